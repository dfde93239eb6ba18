// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageprinter.h"

#include "api/pagejob.h"
#include "cliapp.h"
#include "outputformat.h"

namespace textbench::cli {

PagePrinter::PagePrinter(CliApp& app, PageJobBase* job, ResourceWriter& writer, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_job(job)
    , m_writer(writer)
{ }

void PagePrinter::add(qsizetype count, std::function<void(qsizetype)> writeItem)
{
    if (m_stopped)
        return;
    m_pages.push_back({ count, 0, std::move(writeItem) });
    schedule();
}

void PagePrinter::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &PagePrinter::printSome, Qt::QueuedConnection);
}

void PagePrinter::printSome()
{
    m_scheduled = false;
    if (m_stopped || m_pages.empty())
        return;
    Page& page = m_pages.front();
    for (qsizetype budget = kSlice; page.next < page.count && budget > 0; --budget)
        page.write(page.next++);
    const bool pageDone = page.next == page.count;
    if (pageDone)
        m_pages.pop_front();
    m_writer.flush();
    if (!m_app.flushOutput()) {
        // Nobody reads any more: say nothing, fetch nothing else (CliApp ends with 141).
        m_stopped = true;
        m_pages.clear();
        if (m_job)
            m_job->cancel();
        return;
    }
    if (!m_pages.empty())
        schedule();
    if (pageDone && m_job)
        m_job->pageTaken(); // may hand the next page over (add()) or end the job, at once
}

const QList<OptionSpec>& limitOption()
{
    static const QList<OptionSpec> option { { "limit", "N",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "The most to show (default 50).") } };
    return option;
}

std::optional<int> limitOf(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("limit")))
        return 50;
    bool ok = false;
    const int n = parser.value(QStringLiteral("limit")).toInt(&ok);
    return ok && n >= 1 ? std::optional<int>(n) : std::nullopt;
}

} // namespace textbench::cli
