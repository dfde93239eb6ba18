// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector's model of one message, against the sandbox over loopback with its lifecycle sped up (queued ->
// sending -> sent -> delivered in about 0.2 s): polling until final with the transitions recorded, a delivery
// failure, redact, cancel, delete, a missing message, and answers about a message no longer shown.
#include "api/apiclient.h"
#include "fixtures.h"
#include "messages/messagejobs.h"
#include "messages/messagewatch.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

using namespace textbench;
using namespace textbench::sandbox;
using textbench::test::finishes;

class Tst_MessageWatch : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    ApiClient m_client;

    Message send(const QString& to, const QString& body = QStringLiteral("Watch me"), bool scheduled = false)
    {
        CreateMessageParams p;
        p.to = to;
        if (scheduled) {
            p.messagingServiceSid = Account::kMessagingServiceSid;
            p.scheduleType = QStringLiteral("fixed");
            p.sendAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        } else {
            p.from = QStringLiteral("+15005550006");
        }
        p.body = body;
        auto job = std::make_unique<CreateMessageJob>(&m_client, p);
        job->setAutoDelete(false);
        if (!finishes(job.get()) || !job->succeeded())
            qWarning("create failed: %s", qPrintable(job->error().toText()));
        return job->message();
    }

    static QStringList statuses(const MessageWatch& watch)
    {
        QStringList list;
        for (const MessageWatch::Step& s : watch.timeline())
            list << s.status;
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox.setSpeed(10); // the lifecycle's 0.3/0.8/1.8 s become 30/80/180 ms
        QVERIFY(m_sandbox.listen());
        m_client.setCredentials(Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken));
        m_client.setEndpoint(ApiEndpoint::custom(m_sandbox.baseUrl()));
        m_client.setPolicy(test::fastPolicy());
    }

    void followsAMessageUntilItIsDelivered()
    {
        const Message sent = send(QStringLiteral("+14155552671"));
        QCOMPARE(sent.statusText, QStringLiteral("queued"));
        MessageWatch watch(&m_client);
        QSignalSpy polling(&watch, &MessageWatch::pollingChanged);
        watch.follow(sent);
        QVERIFY(watch.isPolling());
        QCOMPARE(statuses(watch), QStringList { QStringLiteral("queued") });
        QVERIFY(!watch.canDelete()); // still in flight
        QVERIFY(!watch.canRedact());

        QTRY_VERIFY_WITH_TIMEOUT(MessageStatuses::isFinal(watch.message().status), 10'000);
        QCOMPARE(watch.message().statusText, QStringLiteral("delivered"));
        QVERIFY(!watch.isPolling());
        QCOMPARE(polling.last().at(0).toBool(), false);
        // Each status once, in order, each with a time.
        QStringList seen = statuses(watch);
        QCOMPARE(seen.first(), QStringLiteral("queued"));
        QCOMPARE(seen.last(), QStringLiteral("delivered"));
        QCOMPARE(seen.removeDuplicates(), 0);
        for (const MessageWatch::Step& s : watch.timeline())
            QVERIFY(s.at.isValid());
        QVERIFY(watch.canDelete());
        QVERIFY(watch.canRedact());
        QVERIFY(!watch.canCancel());
    }

    void aDeliveryFailureIsExplained()
    {
        MessageWatch watch(&m_client);
        watch.open(send(QStringLiteral("+15005559006")).sid); // landline or unreachable carrier
        QTRY_VERIFY_WITH_TIMEOUT(MessageStatuses::isFinal(watch.message().status), 10'000);
        QCOMPARE(watch.message().statusText, QStringLiteral("undelivered"));
        QCOMPARE(watch.message().errorCode.value_or(0), 30006);
    }

    void redactThenDelete()
    {
        const Message sent = send(QStringLiteral("+14155552671"), QStringLiteral("Secret plan"));
        MessageWatch watch(&m_client);
        watch.follow(sent);
        QTRY_VERIFY_WITH_TIMEOUT(watch.canRedact(), 10'000);
        watch.redact();
        QVERIFY(watch.isBusy());
        QVERIFY(!watch.canDelete()); // one action at a time
        QTRY_VERIFY_WITH_TIMEOUT(!watch.isBusy(), 10'000);
        QCOMPARE(watch.message().body, QString());
        QVERIFY(!watch.canRedact());

        QSignalSpy deleted(&watch, &MessageWatch::deleted);
        watch.remove();
        QVERIFY(deleted.wait(10'000));
        QCOMPARE(deleted.at(0).at(0).toString(), sent.sid);
        QVERIFY(!watch.hasMessage());

        // It is gone: opening it again is a 404, explained, and nothing polls.
        QSignalSpy failed(&watch, &MessageWatch::failed);
        watch.open(sent.sid);
        QVERIFY(failed.wait(10'000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().httpStatus(), 404);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("fetch"));
        QVERIFY(!watch.isPolling());
    }

    void cancelAScheduledMessage()
    {
        const Message scheduled = send(QStringLiteral("+14155552671"), QStringLiteral("Later"), true);
        QCOMPARE(scheduled.statusText, QStringLiteral("scheduled"));
        MessageWatch watch(&m_client);
        watch.follow(scheduled);
        QVERIFY(!watch.isPolling()); // nothing happens to a scheduled message until its time
        QVERIFY(watch.canCancel());
        QVERIFY(!watch.canDelete());
        watch.cancelScheduled();
        QTRY_COMPARE_WITH_TIMEOUT(watch.message().statusText, QStringLiteral("canceled"), 10'000);
        QVERIFY(!watch.canCancel());
        QCOMPARE(statuses(watch), (QStringList { QStringLiteral("scheduled"), QStringLiteral("canceled") }));
    }

    void theMediaOfAnMms()
    {
        CreateMessageParams p;
        p.to = QStringLiteral("+14155552671");
        p.from = QStringLiteral("+15005550006");
        p.mediaUrls = { QStringLiteral("https://example.com/cat.png"), QStringLiteral("https://example.com/menu.pdf") };
        auto job = std::make_unique<CreateMessageJob>(&m_client, p);
        job->setAutoDelete(false);
        QVERIFY(finishes(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QVERIFY(job->message().sid.startsWith(QStringLiteral("MM")));

        MessageWatch watch(&m_client);
        watch.follow(job->message());
        QTRY_COMPARE_WITH_TIMEOUT(watch.media().size(), 2, 10'000);
        QCOMPARE(watch.media().at(0).contentType, QStringLiteral("image/png"));
        QCOMPARE(watch.media().at(1).contentType, QStringLiteral("application/pdf"));
        QVERIFY(watch.media().at(0).sid.startsWith(QStringLiteral("ME")));
        QVERIFY(watch.media().at(0).uri.endsWith(watch.media().at(0).sid + QStringLiteral(".json")));
        QVERIFY(watch.media().at(0).uri.contains(job->message().sid));
        // The same SIDs on every fetch.
        auto again = std::make_unique<ListMediaJob>(&m_client, job->message().sid);
        again->setAutoDelete(false);
        QVERIFY(finishes(again.get()));
        QCOMPARE(again->media().at(1).sid, watch.media().at(1).sid);

        // An SMS has none, and nothing is asked.
        MessageWatch sms(&m_client);
        sms.follow(send(QStringLiteral("+14155552671")));
        QTRY_VERIFY_WITH_TIMEOUT(MessageStatuses::isFinal(sms.message().status), 10'000);
        QVERIFY(sms.media().isEmpty());
    }

    void answersAboutAnotherMessageAreDropped()
    {
        const Message first = send(QStringLiteral("+14155552671"), QStringLiteral("first"));
        const Message second = send(QStringLiteral("+14155552671"), QStringLiteral("second"));
        MessageWatch watch(&m_client);
        watch.open(first.sid);
        watch.open(second.sid); // before the first fetch answered
        QTRY_VERIFY_WITH_TIMEOUT(watch.hasMessage() && MessageStatuses::isFinal(watch.message().status), 10'000);
        textbench::test::waitToSeeNothingHappen(100);
        QCOMPARE(watch.message().sid, second.sid);
        QCOMPARE(watch.message().body, QStringLiteral("second"));

        watch.clear();
        QVERIFY(!watch.hasMessage());
        QVERIFY(!watch.isPolling());
        QVERIFY(watch.timeline().isEmpty());
    }
};

QTEST_GUILESS_MAIN(Tst_MessageWatch)
#include "tst_messagewatch.moc"
