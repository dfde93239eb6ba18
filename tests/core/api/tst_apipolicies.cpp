// SPDX-License-Identifier: GPL-3.0-or-later
// The client's policies over real HTTP on loopback, against servers that misbehave on purpose: redirects off
// origin, hangs, slow drips, oversize and truncated bodies, 429 and 503 with and without Retry-After, and creates
// that must never be sent twice.
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "messages/messagejobs.h"
#include "fixtures.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace textbench;
using textbench::test::RecordedRequest;
using textbench::test::TestServer;
using textbench::test::fastPolicy;
using textbench::test::finishes;
using textbench::test::messageJson;
using textbench::test::sidNumber;

namespace {
const QString& kAccount = textbench::test::kAccountSid;
const QString& kToken = textbench::test::kAuthToken;
const QString& kKeySid = textbench::test::kApiKeySid;
const QString& kKeySecret = textbench::test::kApiKeySecret;
const QString& kSid = textbench::test::kMessageSid;

} // namespace

class Tst_ApiPolicies : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_client;

    void useApiKey() { m_client->setCredentials(Credentials::withApiKey(kAccount, kKeySid, kKeySecret)); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->port() > 0);
        m_client = textbench::test::makeClient(m_server->baseUrl());
        QVERIFY(m_client->endpoint().isValid());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    // --- redirects: credentials never leave their origin --------------------------------------------------------

    void offOriginRedirectNeverCarriesCredentials_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("other port") << QStringLiteral("127.0.0.1");
        QTest::newRow("other host name") << QStringLiteral("localhost");
    }

    void offOriginRedirectNeverCarriesCredentials()
    {
        QFETCH(QString, host);
        TestServer other(true);
        other.setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
        });
        const QString target = other.baseUrl(host) + QStringLiteral("/stolen.json");
        m_server->setHandler([target](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 302, {}, { { "Location", target.toLatin1() } }, {});
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Redirect);
        QCOMPARE(job->error().category(), ApiError::Category::Network);
        textbench::test::waitToSeeNothingHappen(200);
        for (const RecordedRequest& r : other.requests())
            QVERIFY2(!r.hasHeader("Authorization"), "credentials were forwarded off-origin");
        QCOMPARE(other.requests().size(), 0);
        delete job;
    }

    void anotherHostOnTheSamePortIsAnotherOrigin()
    {
        // api.twilio.com and messaging.twilio.com (or monitor., lookups.) differ in the host alone: the same scheme
        // and port. Two loopback addresses on one port stand for them here: a redirect from one to the other is off
        // origin, and carries no credentials.
        TestServer other(QHostAddress(QStringLiteral("127.0.0.2")), m_server->port());
        QVERIFY2(other.port() == m_server->port(), "could not listen on 127.0.0.2 at the first server's port");
        other.setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
        });
        const QString target = other.baseUrl(QStringLiteral("127.0.0.2")) + QStringLiteral("/v1/Services.json");
        m_server->setHandler([target](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 302, {}, { { "Location", target.toLatin1() } }, {});
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Redirect);
        textbench::test::waitToSeeNothingHappen(200);
        QCOMPARE(other.requests().size(), 0);
        delete job;
    }

    void qtDefaultRedirectPolicyWouldLeak()
    {
        // The control for the test above: the same redirect through a bare QNetworkAccessManager with Qt 6.4's
        // default policy does deliver the raw Authorization header to the other port. If this ever stops being
        // true, the test above still holds, but this one documents why the client sets its own policy.
        TestServer other;
        other.setHandler([](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 200, "{}"); });
        const QString target = other.baseUrl() + QStringLiteral("/stolen.json");
        m_server->setHandler([target](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 302, {}, { { "Location", target.toLatin1() } }, {});
        });
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_server->baseUrl() + QStringLiteral("/x.json")));
        req.setRawHeader("Authorization", "Basic c2VjcmV0");
        QNetworkReply* reply = nam.get(req);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        reply->deleteLater();
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(other.requests().first().header("Authorization"), QByteArray("Basic c2VjcmV0"));
    }

    void sameOriginRedirectIsFollowed()
    {
        m_server->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            if (r.path.endsWith("moved.json"))
                TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
            else
                TestServer::reply(s, 301, {}, { { "Location", "/moved.json" } }, {});
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        // Qt may transparently resend an idempotent GET when a keep-alive connection races with the server (seen in
        // about 1 run in 8 here); a create can never be resent that way (see createIsNeverRetried…).
        QVERIFY(m_server->requests().size() >= 2);
        QCOMPARE(m_server->requests().last().path, QByteArray("/moved.json"));
        delete job;
    }

    // --- time and size limits ------------------------------------------------------------------------------------

    void hangingServerHitsTheInactivityTimeout()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket*) { /* accept, never answer */ });
        RequestPolicy p = fastPolicy();
        p.inactivityTimeoutMs = 300;
        p.maxRetries = 0;
        m_client->setPolicy(p);
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QElapsedTimer t;
        t.start();
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
        QCOMPARE(job->error().category(), ApiError::Category::Network);
        QVERIFY(t.elapsed() < 4000);
        delete job;
    }

    void slowDripHitsTheDeadline()
    {
        // One byte every 100 ms keeps the connection active, so only the overall deadline can end it.
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::drip(s, QJsonDocument(messageJson(kSid)).toJson(QJsonDocument::Compact), 100);
        });
        RequestPolicy p = fastPolicy();
        p.inactivityTimeoutMs = 500;
        p.deadlineMs = 1000;
        m_client->setPolicy(p);
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(job->error().explanation().contains(QStringLiteral("in all")));
        delete job;
    }

    void oversizeBodyIsAbandoned_data()
    {
        QTest::addColumn<bool>("declared");
        QTest::newRow("Content-Length over the cap") << true;
        QTest::newRow("streamed without a length") << false;
    }

    void oversizeBodyIsAbandoned()
    {
        QFETCH(bool, declared);
        m_server->setHandler([declared](const RecordedRequest&, QTcpSocket* s) {
            const QByteArray chunk(64 * 1024, ' ');
            if (declared) {
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{");
                return;
            }
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"sid\":\"");
            for (int i = 0; i < 40; ++i) // 2.5 MiB
                s->write(chunk);
        });
        RequestPolicy p = fastPolicy();
        p.maxResponseBytes = 1024 * 1024;
        m_client->setPolicy(p);
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Oversize);
        QCOMPARE(job->error().category(), ApiError::Category::Server);
        delete job;
    }

    void truncatedBodyIsNeverParsed()
    {
        // The prefix is a complete JSON object; the declared length says more was coming.
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            const QByteArray body = QJsonDocument(messageJson(kSid)).toJson(QJsonDocument::Compact);
            TestServer::writeAndClose(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                             + QByteArray::number(body.size() + 100) + "\r\n\r\n" + body);
        });
        RequestPolicy p = fastPolicy();
        p.maxRetries = 0;
        m_client->setPolicy(p);
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind(), ApiError::Kind::Network);
        delete job;
    }

    // --- retries -------------------------------------------------------------------------------------------------

    void retries429ThenSucceeds()
    {
        int calls = 0;
        m_server->setHandler([&calls](const RecordedRequest&, QTcpSocket* s) {
            if (++calls <= 2)
                TestServer::replyTwilioError(s, 429, 20429, QStringLiteral("Too Many Requests"), { { "Retry-After", "0" } });
            else
                TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QSignalSpy retries(job, &ApiJob::retryScheduled);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(retries.count(), 2);
        // Retries are visible in the request log: three exchanges, attempts 1..3.
        const QList<RequestLogEntry> log = m_client->requestLog()->entries();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(2).attempt, 3);
        QCOMPARE(log.at(0).httpStatus, 429);
        QVERIFY(log.at(0).outcome.contains(QStringLiteral("retrying")));
        delete job;
    }

    void retryAfterIsHonoured_data()
    {
        QTest::addColumn<bool>("asDate");
        QTest::addColumn<int>("minDelayMs");
        QTest::addColumn<int>("maxDelayMs");
        QTest::newRow("seconds") << false << 1000 << 1000;
        // An HTTP date has whole seconds: "now + 2 s" is 1 to 2 s away.
        QTest::newRow("http date") << true << 900 << 2000;
    }

    void retryAfterIsHonoured()
    {
        QFETCH(bool, asDate);
        QFETCH(int, minDelayMs);
        QFETCH(int, maxDelayMs);
        int calls = 0;
        m_server->setHandler([&calls, asDate](const RecordedRequest&, QTcpSocket* s) {
            const QByteArray retryAfter = asDate
                ? QDateTime::currentDateTimeUtc().addSecs(2).toString(Qt::RFC2822Date).toLatin1()
                : QByteArray("1");
            if (++calls == 1)
                TestServer::replyTwilioError(s, 429, 20429, QStringLiteral("Too Many Requests"), { { "Retry-After", retryAfter } });
            else
                TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QSignalSpy retries(job, &ApiJob::retryScheduled);
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(retries.count(), 1);
        const int delay = retries.first().at(1).toInt();
        QVERIFY2(delay >= minDelayMs && delay <= maxDelayMs, qPrintable(QString::number(delay)));
        delete job;
    }

    void rateLimitSurfacesAfterTheRetries()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(s, 429, 20429, QStringLiteral("Too Many Requests"));
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QCOMPARE(m_server->requests().size(), 4); // the first try and 3 retries
        QCOMPARE(job->error().twilioCode(), 20429);
        QCOMPARE(job->error().category(), ApiError::Category::RateLimited);
        QCOMPARE(job->error().attempts(), 4);
        delete job;
    }

    void absurdRetryAfterIsNotWaitedFor()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(s, 429, 20429, QStringLiteral("Too Many Requests"), { { "Retry-After", "99999" } });
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(job->error().category(), ApiError::Category::RateLimited);
        QVERIFY(job->error().nextStep().contains(QStringLiteral("99999")));
        delete job;
    }

    void theDeadlineCoversRetries()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(s, 429, 20429, QStringLiteral("Too Many Requests"), { { "Retry-After", "2" } });
        });
        RequestPolicy p = fastPolicy();
        p.deadlineMs = 1000;
        m_client->setPolicy(p);
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QElapsedTimer t;
        t.start();
        QVERIFY(finishes(job));
        QVERIFY(t.elapsed() < 1500);
        QCOMPARE(job->error().category(), ApiError::Category::RateLimited);
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(job->error().nextStep().contains(QStringLiteral("deadline")));
        delete job;
    }

    void aRedirectedCreateIsNotResent()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 307, {}, { { "Location", "/elsewhere.json" } }, {});
        });
        auto* job = new CreateMessageJob(m_client.get(), validCreate());
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::Redirect);
        QVERIFY(!job->error().mayHaveCreated());
        QCOMPARE(m_server->requests().size(), 1);
        delete job;
    }

    void getIsRetriedOn503()
    {
        int calls = 0;
        m_server->setHandler([&calls](const RecordedRequest&, QTcpSocket* s) {
            if (++calls == 1)
                TestServer::replyTwilioError(s, 503, 20503, QStringLiteral("Service Unavailable"));
            else
                TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(m_server->requests().size(), 2);
        delete job;
    }

    void createIsRetriedOn429Only()
    {
        // Twilio did not process a 429, so even a create may go again.
        int calls = 0;
        m_server->setHandler([&calls](const RecordedRequest&, QTcpSocket* s) {
            if (++calls == 1)
                TestServer::replyTwilioError(s, 429, 20429, QStringLiteral("Too Many Requests"));
            else
                TestServer::replyJson(s, 201, QJsonDocument(messageJson(kSid)));
        });
        auto* job = new CreateMessageJob(m_client.get(), validCreate());
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(m_server->requests().size(), 2);
        delete job;
    }

    void createIsNeverRetriedOnceItMayHaveArrived_data()
    {
        QTest::addColumn<QString>("behaviour");
        QTest::newRow("no answer") << QStringLiteral("hang");
        QTest::newRow("500") << QStringLiteral("500");
        QTest::newRow("503") << QStringLiteral("503");
        QTest::newRow("connection reset") << QStringLiteral("reset");
    }

    void createIsNeverRetriedOnceItMayHaveArrived()
    {
        QFETCH(QString, behaviour);
        m_server->setHandler([behaviour](const RecordedRequest&, QTcpSocket* s) {
            if (behaviour == u"500")
                TestServer::replyTwilioError(s, 500, 20500, QStringLiteral("Internal Server Error"));
            else if (behaviour == u"503")
                TestServer::replyTwilioError(s, 503, 20503, QStringLiteral("Service Unavailable"));
            else if (behaviour == u"reset")
                s->abort();
        });
        RequestPolicy p = fastPolicy();
        p.inactivityTimeoutMs = 300;
        m_client->setPolicy(p);
        auto* job = new CreateMessageJob(m_client.get(), validCreate());
        QVERIFY(finishes(job));
        QVERIFY(job->error().isError());
        QVERIFY(job->error().mayHaveCreated());
        QVERIFY(job->error().nextStep().contains(QStringLiteral("log")));
        textbench::test::waitToSeeNothingHappen(100);
        QCOMPARE(m_server->requests().size(), 1);
        delete job;
    }

    void refusedConnectionIsRetriedForGetOnly()
    {
        const QString dead = m_server->baseUrl();
        m_server.reset(); // nothing listens there any more
        m_client->setEndpoint(ApiEndpoint::custom(dead));
        auto* fetch = new FetchMessageJob(m_client.get(), kSid);
        QSignalSpy fetchRetries(fetch, &ApiJob::retryScheduled);
        QVERIFY(finishes(fetch));
        QCOMPARE(fetch->error().kind(), ApiError::Kind::Network);
        QCOMPARE(fetchRetries.count(), 3);
        auto* create = new CreateMessageJob(m_client.get(), validCreate());
        QSignalSpy createRetries(create, &ApiJob::retryScheduled);
        QVERIFY(finishes(create));
        QCOMPARE(createRetries.count(), 0);
        QVERIFY(!create->error().mayHaveCreated()); // a refused connection carried nothing
        delete fetch;
        delete create;
    }

private:
    static CreateMessageParams validCreate()
    {
        CreateMessageParams p;
        p.to = QStringLiteral("+14155552671");
        p.from = QStringLiteral("+15005550006");
        p.body = QStringLiteral("Hello");
        return p;
    }
};

QTEST_GUILESS_MAIN(Tst_ApiPolicies)
#include "tst_apipolicies.moc"
