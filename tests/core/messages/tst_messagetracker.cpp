// SPDX-License-Identifier: GPL-3.0-or-later
// The watched messages behind desktop notifications, against the sandbox over loopback: sent messages followed to
// delivered, undelivered and failed, each settling once; a copy seen elsewhere (note()) standing in for a fetch;
// clear() and a switch of account dropping answers in flight; restored messages, the final ones not notifying; at
// most four fetches at a time; the twenty newest kept; a message that is gone dropped. The sandbox's lifecycle is
// frozen (speed 0) where a test needs a message to stay in flight, and sped up (10) where it needs it to end.
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "fixtures.h"
#include "messages/messagejobs.h"
#include "messages/messagetracker.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace textbench;
using namespace textbench::sandbox;
using textbench::test::finishes;
using textbench::test::waitToSeeNothingHappen;

class Tst_MessageTracker : public QObject
{
    Q_OBJECT

private:
    SandboxServer m_sandbox;
    ApiClient m_client; ///< sends the messages; each tracker gets a client of its own, whose request log is its

    std::unique_ptr<ApiClient> newClient() const
    {
        auto client = std::make_unique<ApiClient>();
        client->setTarget(Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken),
            ApiEndpoint::custom(m_sandbox.baseUrl()));
        client->setPolicy(test::fastPolicy());
        return client;
    }

    Message send(const QString& to, const QString& body = QStringLiteral("Track me"))
    {
        CreateMessageParams p;
        p.to = to;
        p.from = QStringLiteral("+15005550006");
        p.body = body;
        auto job = std::make_unique<CreateMessageJob>(&m_client, p);
        job->setAutoDelete(false);
        if (!finishes(job.get()) || !job->succeeded())
            qWarning("create failed: %s", qPrintable(job->error().toText()));
        return job->message();
    }

    QString statusNow(const QString& sid)
    {
        auto job = std::make_unique<FetchMessageJob>(&m_client, sid);
        job->setAutoDelete(false);
        return finishes(job.get()) && job->succeeded() ? job->message().statusText : QString();
    }

    /// The fetches of \a sid that \a client sent (each attempt counts).
    static int fetchesOf(const ApiClient& client, const QString& sid)
    {
        int n = 0;
        for (const RequestLogEntry& e : client.requestLog()->entries()) {
            if (e.method == "GET"
                && e.url.path().endsWith(QStringLiteral("/Messages/") + sid + QStringLiteral(".json")))
                ++n;
        }
        return n;
    }

    static Message local(int i, const QString& status)
    {
        return *Message::fromJson(test::messageJson(test::sidNumber(i), status));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.listen());
        m_client.setTarget(Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken),
            ApiEndpoint::custom(m_sandbox.baseUrl()));
        m_client.setPolicy(test::fastPolicy());
    }

    void init()
    {
        m_sandbox.setSpeed(10); // queued -> sending -> sent -> delivered in about 0.2 s
    }

    void sentMessagesSettle_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("delivered") << QStringLiteral("+14155552671") << QStringLiteral("delivered") << 0;
        QTest::newRow("undelivered") << QStringLiteral("+15005559006") << QStringLiteral("undelivered") << 30006;
        QTest::newRow("failed") << QStringLiteral("+15005559008") << QStringLiteral("failed") << 30008;
    }

    void sentMessagesSettle()
    {
        QFETCH(QString, to);
        QFETCH(QString, status);
        QFETCH(int, errorCode);
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QSignalSpy settled(&tracker, &MessageTracker::settled);

        const Message sent = send(to);
        QCOMPARE(sent.statusText, QStringLiteral("queued"));
        tracker.track(sent);
        QCOMPARE(tracker.sids(), QStringList { sent.sid });
        QVERIFY(tracker.isPolling(sent.sid));
        QVERIFY(tracker.nextPollInMs(sent.sid) > MessageTracker::kFirstPollMs / 2); // known: no fetch at once

        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10'000);
        const auto message = settled.at(0).at(0).value<Message>();
        QCOMPARE(message.sid, sent.sid);
        QCOMPARE(message.statusText, status);
        QCOMPARE(message.errorCode.value_or(0), errorCode);
        QCOMPARE(tracker.messages().first().statusText, status);
        QVERIFY(!tracker.isPolling(sent.sid));
        QCOMPARE(tracker.nextPollInMs(sent.sid), -1);
        QCOMPARE(tracker.sids(), QStringList { sent.sid }); // still watched, no longer polled

        // Once per SID: the same final status again, through either door, says nothing new.
        const int fetches = fetchesOf(*client, sent.sid);
        QVERIFY(fetches >= 1);
        tracker.note(message);
        tracker.track(message);
        tracker.track(message.sid);
        waitToSeeNothingHappen(300);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(fetchesOf(*client, sent.sid), fetches);
    }

    void aNoteStandsInForAFetch()
    {
        m_sandbox.setSpeed(0); // frozen: queued until told otherwise
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QSignalSpy settled(&tracker, &MessageTracker::settled);
        const Message sent = send(QStringLiteral("+14155552671"));
        tracker.track(sent);

        // The first poll is due a second after tracking; 0.6 s in, nothing was fetched.
        waitToSeeNothingHappen(600);
        QCOMPARE(fetchesOf(*client, sent.sid), 0);
        // The inspector's watch polled it meanwhile: its copy puts this message's own poll off by a full interval…
        Message fresher = sent;
        fresher.status = MessageStatus::Sending;
        fresher.statusText = QStringLiteral("sending");
        tracker.note(fresher);
        QCOMPARE(tracker.messages().first().statusText, QStringLiteral("sending"));
        QVERIFY(tracker.nextPollInMs(sent.sid) > 900);
        // …so at 1.3 s, past the poll that was due at 1 s, still nothing was fetched.
        waitToSeeNothingHappen(700);
        QCOMPARE(fetchesOf(*client, sent.sid), 0);
        // Then it polls on by itself.
        QTRY_COMPARE_WITH_TIMEOUT(fetchesOf(*client, sent.sid), 1, 5000);
        QVERIFY(tracker.isPolling(sent.sid));
        QCOMPARE(settled.size(), 0);
    }

    void aNoteOfAFinalStatusSettlesAtOnce()
    {
        m_sandbox.setSpeed(0);
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QSignalSpy settled(&tracker, &MessageTracker::settled);
        const Message sent = send(QStringLiteral("+14155552671"));
        tracker.track(sent);

        Message delivered = sent;
        delivered.status = MessageStatus::Delivered;
        delivered.statusText = QStringLiteral("delivered");
        tracker.note(delivered);
        QCOMPARE(settled.size(), 1);
        QCOMPARE(settled.at(0).at(0).value<Message>().sid, sent.sid);
        QVERIFY(!tracker.isPolling(sent.sid));
        waitToSeeNothingHappen(1300); // past the first poll
        QCOMPARE(fetchesOf(*client, sent.sid), 0);
        QCOMPARE(settled.size(), 1);

        // A message not watched is not noted.
        Message other = local(7, QStringLiteral("delivered"));
        tracker.note(other);
        QVERIFY(!tracker.isTracked(other.sid));
        QCOMPARE(settled.size(), 1);
    }

    void clearAbandonsTheFetchesInFlight()
    {
        m_sandbox.setSpeed(0);
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QList<Message> sent;
        for (int i = 0; i < 5; ++i)
            sent << send(QStringLiteral("+14155552671"));
        for (const Message& m : sent)
            tracker.track(m.sid); // status unknown: fetched at once, four at a time
        QCOMPARE(tracker.fetchesInFlight(), MessageTracker::kMaxInFlight);

        QSignalSpy changed(&tracker, &MessageTracker::changed);
        QSignalSpy settled(&tracker, &MessageTracker::settled);
        tracker.clear();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(tracker.fetchesInFlight(), 0);
        QVERIFY(tracker.sids().isEmpty());
        waitToSeeNothingHappen(300);
        QCOMPARE(changed.size(), 1); // no answer came back into the list
        QVERIFY(tracker.sids().isEmpty());
        QCOMPARE(settled.size(), 0);
        // They were cancelled, not left to run: none was answered.
        const auto noneInFlight = [&client] {
            const QList<RequestLogEntry> entries = client->requestLog()->entries();
            return !entries.isEmpty()
                && std::none_of(entries.cbegin(), entries.cend(), [](const RequestLogEntry& e) { return e.inFlight; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(noneInFlight(), 5000);
        QCOMPARE(client->requestLog()->size(), MessageTracker::kMaxInFlight);
        for (const RequestLogEntry& e : client->requestLog()->entries())
            QVERIFY2(e.httpStatus == 0, qPrintable(e.outcome));

        // The abandoned fetches hold no slot: a message tracked now is fetched at once.
        tracker.track(sent.last().sid);
        QCOMPARE(tracker.fetchesInFlight(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(tracker.messages().first().statusText, QStringLiteral("queued"), 5000);
        QCOMPARE(tracker.sids(), QStringList { sent.last().sid });
    }

    void anAnswerFromBeforeASwitchIsNotTaken()
    {
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QStringList seen;
        connect(&tracker, &MessageTracker::changed, &tracker, [&] {
            for (const Message& m : tracker.messages())
                seen << m.statusText;
        });
        QSignalSpy dropped(&tracker, &MessageTracker::dropped);
        const Message sent = send(QStringLiteral("+14155552671"));
        tracker.track(sent.sid);
        QCOMPARE(tracker.fetchesInFlight(), 1);
        // Acting as a subaccount before the answer came: the message is the parent account's, and the answer,
        // asked under the parent, is not taken. Asked again as the subaccount, it is not there.
        client->setAccount(Account::subaccountSids().first());
        QTRY_COMPARE_WITH_TIMEOUT(dropped.size(), 1, 5000);
        QCOMPARE(dropped.at(0).at(0).toString(), sent.sid);
        QCOMPARE(dropped.at(0).at(1).value<ApiError>().httpStatus(), 404);
        QVERIFY(tracker.sids().isEmpty());
        QCOMPARE(fetchesOf(*client, sent.sid), 2);
        QVERIFY2(!seen.contains(QStringLiteral("queued")) && !seen.contains(QStringLiteral("delivered")),
            qPrintable(seen.join(u',')));
    }

    void restoredMessagesThatAreFinalDoNotNotify()
    {
        const Message first = send(QStringLiteral("+14155552671"), QStringLiteral("first"));
        const Message second = send(QStringLiteral("+15005559006"), QStringLiteral("second"));
        QTRY_COMPARE_WITH_TIMEOUT(statusNow(first.sid), QStringLiteral("delivered"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusNow(second.sid), QStringLiteral("undelivered"), 5000);

        const auto client = newClient();
        MessageTracker tracker(client.get());
        QSignalSpy settled(&tracker, &MessageTracker::settled);
        tracker.restore({ second.sid, first.sid });
        QCOMPARE(tracker.sids(), (QStringList { second.sid, first.sid })); // the order saved
        QTRY_VERIFY_WITH_TIMEOUT(!tracker.isPolling(first.sid) && !tracker.isPolling(second.sid), 5000);
        QCOMPARE(tracker.messages().at(0).statusText, QStringLiteral("undelivered"));
        QCOMPARE(tracker.messages().at(1).statusText, QStringLiteral("delivered"));
        QCOMPARE(tracker.messages().at(1).body, QStringLiteral("first"));
        waitToSeeNothingHappen(300);
        QCOMPARE(settled.size(), 0);
        QCOMPARE(fetchesOf(*client, first.sid), 1);
    }

    void restoredMessagesStillInFlightSettle()
    {
        m_sandbox.setSpeed(0);
        const Message first = send(QStringLiteral("+14155552671"));
        const Message second = send(QStringLiteral("+15005559008"));
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QSignalSpy settled(&tracker, &MessageTracker::settled);
        tracker.restore({ first.sid, second.sid });
        QTRY_COMPARE_WITH_TIMEOUT(tracker.messages().at(1).statusText, QStringLiteral("queued"), 5000);
        QCOMPARE(tracker.messages().at(0).statusText, QStringLiteral("queued"));

        m_sandbox.setSpeed(10);
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 2, 10'000);
        QStringList sids { settled.at(0).at(0).value<Message>().sid, settled.at(1).at(0).value<Message>().sid };
        sids.sort();
        QStringList expected { first.sid, second.sid };
        expected.sort();
        QCOMPARE(sids, expected);
        waitToSeeNothingHappen(200);
        QCOMPARE(settled.size(), 2);
    }

    void atMostFourFetchesAtATime()
    {
        QStringList sids;
        for (int i = 0; i < 10; ++i)
            sids << send(QStringLiteral("+14155552671"), QStringLiteral("message %1").arg(i)).sid;
        const auto client = newClient();
        int most = 0;
        const auto count = [&] {
            int inFlight = 0;
            for (const RequestLogEntry& e : client->requestLog()->entries())
                inFlight += e.inFlight ? 1 : 0;
            most = qMax(most, inFlight);
        };
        connect(client->requestLog(), &RequestLog::entryAdded, this, count);
        connect(client->requestLog(), &RequestLog::entryUpdated, this, count);

        MessageTracker tracker(client.get());
        tracker.restore(sids);
        QCOMPARE(tracker.fetchesInFlight(), MessageTracker::kMaxInFlight);
        const auto allKnown = [&tracker] {
            const QList<Message> messages = tracker.messages();
            return std::none_of(messages.cbegin(), messages.cend(),
                [](const Message& m) { return m.status == MessageStatus::Unknown; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allKnown(), 10'000);
        QCOMPARE(tracker.sids(), sids);
        QVERIFY2(most > 0 && most <= MessageTracker::kMaxInFlight, qPrintable(QString::number(most)));
        for (const QString& sid : sids)
            QVERIFY(fetchesOf(*client, sid) >= 1);
    }

    void keepsTheTwentyNewest()
    {
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QStringList expected;
        for (int i = 0; i < 25; ++i) {
            tracker.track(local(i, QStringLiteral("delivered"))); // final: nothing to fetch
            expected.prepend(test::sidNumber(i));
        }
        QCOMPARE(tracker.sids().size(), MessageTracker::kMaxMessages);
        QCOMPARE(tracker.sids(), expected.mid(0, MessageTracker::kMaxMessages));
        QVERIFY(!tracker.isTracked(test::sidNumber(4)));

        // Watching one again makes it the newest, once.
        tracker.track(test::sidNumber(10));
        QCOMPARE(tracker.sids().first(), test::sidNumber(10));
        QCOMPARE(tracker.sids().size(), MessageTracker::kMaxMessages);
        QCOMPARE(tracker.sids().count(test::sidNumber(10)), 1);

        tracker.untrack(test::sidNumber(10));
        QCOMPARE(tracker.sids().size(), MessageTracker::kMaxMessages - 1);
        QVERIFY(!tracker.isTracked(test::sidNumber(10)));

        // A restore keeps the first twenty it is given.
        MessageTracker restored(client.get());
        QStringList many;
        for (int i = 0; i < 25; ++i)
            many << test::sidNumber(100 + i);
        restored.restore(many);
        QCOMPARE(restored.sids(), many.mid(0, MessageTracker::kMaxMessages));
        QCOMPARE(client->requestLog()->size() <= MessageTracker::kMaxInFlight, true);
    }

    void aMessageThatIsGoneIsDropped()
    {
        const auto client = newClient();
        MessageTracker tracker(client.get());
        QSignalSpy dropped(&tracker, &MessageTracker::dropped);
        QSignalSpy changed(&tracker, &MessageTracker::changed);
        const QString missing = test::sidNumber(999);
        tracker.track(missing);
        QVERIFY(tracker.isTracked(missing));
        QVERIFY(dropped.wait(5000));
        QCOMPARE(dropped.at(0).at(0).toString(), missing);
        QCOMPARE(dropped.at(0).at(1).value<ApiError>().httpStatus(), 404);
        QVERIFY(!tracker.isTracked(missing));
        QCOMPARE(changed.size(), 2); // tracked, dropped
        QCOMPARE(fetchesOf(*client, missing), 1); // not retried

        // An SID that is not one is dropped too, without a request.
        tracker.track(QStringLiteral("not-a-sid"));
        QVERIFY(dropped.wait(5000));
        QCOMPARE(dropped.at(1).at(1).value<ApiError>().kind(), ApiError::Kind::InvalidInput);
        QVERIFY(tracker.sids().isEmpty());
    }
};

QTEST_GUILESS_MAIN(Tst_MessageTracker)
#include "tst_messagetracker.moc"
