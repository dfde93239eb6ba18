// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pagejob.h"
#include "cliapp.h"
#include "outputformat.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <memory>

namespace textbench {
class PageJobBase;
}

namespace textbench::cli {

/// \brief Prints a streamed list (a paced PageJob) a slice of items at a time, between events, and tells the job
/// when each page is through.
///
/// Printed in one go, a page of a thousand messages held the event loop: the next page, already fetched, waited to
/// be handed to the worker thread that reads it, so reading and printing took turns on one core. In slices, the
/// next page is read on the worker while this one is printed. The job (PageJobBase::setPaced()) holds a further
/// page until this one is taken, so a slow reader of the output never makes pages pile up here. When standard
/// output is closed (`| head`), the printer stops, drops what is left and cancels the job: nothing more is fetched.
class PagePrinter : public QObject
{
    Q_OBJECT
public:
    /// \a job must be paced; \a writer is what \a add()'s items write with.
    PagePrinter(CliApp& app, PageJobBase* job, ResourceWriter& writer, QObject* parent = nullptr);

    /// A page of \a count items (perhaps none): \a writeItem(i) writes item i. Printing starts at the next event.
    void add(qsizetype count, std::function<void(qsizetype)> writeItem);

private:
    void schedule();
    void printSome();

    struct Page
    {
        qsizetype count = 0;
        qsizetype next = 0;
        std::function<void(qsizetype)> write;
    };
    /// Items printed before the event loop gets a turn: about half a millisecond of JSON.
    static constexpr qsizetype kSlice = 64;

    CliApp& m_app;
    QPointer<PageJobBase> m_job;
    ResourceWriter& m_writer;
    std::deque<Page> m_pages; ///< at most two: the job holds the next until the first is taken
    bool m_scheduled = false;
    bool m_stopped = false;
};

/// Runs \a job, a list, as every list of textbench-cli runs: paced, keeping no items, its pages printed a slice at a
/// time by a PagePrinter in the format asked for (--json, -o, the own columns), and \a empty said in the own columns
/// when there was nothing. \a itemsArrived is the job's signal of a page's items; \a writeItem(writer, item) writes
/// one. The command goes on asynchronously (return -1 after it).
template<typename Item, typename Job, typename Signal, typename WriteItem>
void printList(CliApp& app, Job* job, Signal itemsArrived, WriteItem writeItem, const QString& empty)
{
    job->setKeepItems(false);
    job->setPaced(true);
    auto writer = std::make_shared<ResourceWriter>(app.out(), app.format(), ResourceWriter::Shape::Many);
    writer->setOwnColumns({}, QStringLiteral("\n"));
    auto* printer = new PagePrinter(app, job, *writer, job);
    QObject::connect(job, itemsArrived, printer, [writer, printer, writeItem](const QList<Item>& items) {
        printer->add(items.size(), [writer, items, writeItem](qsizetype i) { writeItem(*writer, items.at(i)); });
    });
    QObject::connect(job, &ApiJob::finished, job, [writer] { writer->finish(); });
    app.runJob(job, [&app, writer, empty] {
        if (writer->usesOwnColumns() && writer->count() == 0)
            app.out() << empty << '\n';
    });
}

/// --limit N of a list: the most items it prints.
const QList<OptionSpec>& limitOption();
/// The --limit given (50 when none), or nullopt when it is not a whole number of 1 or more.
std::optional<int> limitOf(const QCommandLineParser& parser);

} // namespace textbench::cli
