// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefollower.h"

#include "cliapp.h"
#include "exitcodes.h"
#include "messages/messagejobs.h"
#include "output.h"

#include <QTimer>

namespace textbench::cli {

MessageFollower::MessageFollower(CliApp& app, QObject* parent)
    : QObject(parent)
    , m_app(app)
{ }

void MessageFollower::print(CliApp& app, const Message& m)
{
    ResourceWriter writer(app.out(), app.format(), ResourceWriter::Shape::One);
    writer.write(m.toJson(), [&m] { return Output::messageDetails(m); });
    writer.finish();
}

void MessageFollower::printStatus(const Message& m)
{
    if (m.statusText == m_lastStatus)
        return;
    m_lastStatus = m.statusText;
    const QDateTime when = m.dateUpdated.isValid() ? m.dateUpdated : QDateTime::currentDateTimeUtc();
    QTextStream& err = m_app.err();
    err << QStringLiteral("%1  %2").arg(when.toUTC().toString(QStringLiteral("HH:mm:ss")), m.statusText);
    if (m.errorCode)
        err << QStringLiteral("  (error %1)").arg(*m.errorCode);
    err << '\n';
    err.flush();
}

void MessageFollower::follow(const Message& created, int timeoutS)
{
    m_created = created;
    m_timeoutS = timeoutS;
    m_giveUp = QDeadlineTimer(qint64(timeoutS) * 1000);
    printStatus(created);
    if (MessageStatuses::isFinal(created.status)) {
        print(m_app, created);
        m_app.finish(Ok);
        return;
    }
    QTimer::singleShot(m_intervalMs, this, &MessageFollower::poll);
}

void MessageFollower::poll()
{
    if (m_giveUp.hasExpired()) {
        m_app.err() << tr("Still %1 after %2 s: stopped following it (--wait-timeout). Fetch it later with: "
                          "textbench-cli messages fetch --sid %3")
                           .arg(m_lastStatus, QString::number(m_timeoutS), m_created.sid)
                    << '\n';
        print(m_app, m_created);
        m_app.finish(Network);
        return;
    }
    auto* fetch = new FetchMessageJob(m_app.client(), m_created.sid);
    connect(fetch, &ApiJob::finished, this, [this, fetch] {
        if (!fetch->succeeded() && fetch->error().twilioCode() == 20008) {
            // Test credentials can create but not fetch: the send worked; there is nothing to follow.
            m_app.err() << tr("Sent with test credentials, which cannot fetch messages: there is no status to follow.")
                        << '\n';
            print(m_app, m_created);
            m_app.finish(Ok);
            return;
        }
        if (!fetch->succeeded()) {
            m_app.reportError(fetch->error());
            m_app.finish(exitCodeFor(fetch->error()));
            return;
        }
        const Message& m = fetch->message();
        printStatus(m);
        if (MessageStatuses::isFinal(m.status) || m.status == MessageStatus::Scheduled) {
            print(m_app, m);
            m_app.finish(Ok);
            return;
        }
        m_intervalMs = std::min(m_intervalMs * 3 / 2, 5000);
        QTimer::singleShot(m_intervalMs, this, &MessageFollower::poll);
    });
    fetch->start();
}

} // namespace textbench::cli
