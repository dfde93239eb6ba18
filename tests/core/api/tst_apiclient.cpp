// SPDX-License-Identifier: GPL-3.0-or-later
// The client end to end: real HTTP over loopback to an in-process server (QtHttpServer), every operation, the
// exact bytes on the wire, paging, the request log. The policies are in tst_apipolicies.cpp.
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "accounts/accountjobs.h"
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

class Tst_ApiClient : public QObject
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

    void createSendsTheExactRequest_data()
    {
        QTest::addColumn<bool>("apiKey");
        QTest::addColumn<QByteArray>("authorization");
        QTest::newRow("account sid + auth token") << false
                                                  << QByteArray("Basic " + (kAccount + u':' + kToken).toUtf8().toBase64());
        QTest::newRow("api key + secret") << true << QByteArray("Basic " + (kKeySid + u':' + kKeySecret).toUtf8().toBase64());
    }

    void createSendsTheExactRequest()
    {
        QFETCH(bool, apiKey);
        QFETCH(QByteArray, authorization);
        if (apiKey)
            useApiKey();
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(s, 201, QJsonDocument(messageJson(kSid)));
        });
        CreateMessageParams p;
        p.to = QStringLiteral("+1 (415) 555-2671");
        p.from = QStringLiteral("+15005550006");
        p.body = QStringLiteral("a+b&c=d é 👍 ~*'()!");
        p.mediaUrls = { QStringLiteral("https://x.test/a.png?x=1&y=2"), QStringLiteral("https://x.test/b.png") };
        p.smartEncoded = true;
        p.validityPeriod = 600;
        auto* job = new CreateMessageJob(m_client.get(), p);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(job->message().sid, kSid);
        QCOMPARE(job->message().status, MessageStatus::Queued);

        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest& r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        // The Account SID is always in the path, whichever scheme authenticates.
        QCOMPARE(r.path, "/2010-04-01/Accounts/" + kAccount.toLatin1() + "/Messages.json");
        QCOMPARE(r.header("Authorization"), authorization);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(r.header("Accept"), QByteArray("application/json"));
        QCOMPARE(r.header("Accept-Charset"), QByteArray("utf-8"));
        QVERIFY(r.header("User-Agent").startsWith("Textbench/" TEXTBENCH_VERSION " ("));
        QVERIFY(r.header("User-Agent").contains("Qt/"));
        // Byte for byte what twilio-node 5.13.1 sends for the same call (captured from the real library).
        QCOMPARE(r.body, QByteArray("To=%2B14155552671&ValidityPeriod=600&SmartEncoded=true&From=%2B15005550006"
                                    "&Body=a%2Bb%26c%3Dd%20%C3%A9%20%F0%9F%91%8D%20~%2A%27%28%29%21"
                                    "&MediaUrl=https%3A%2F%2Fx.test%2Fa.png%3Fx%3D1%26y%3D2"
                                    "&MediaUrl=https%3A%2F%2Fx.test%2Fb.png"));
        delete job;
    }

    void fetchMessage()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            QJsonObject m = messageJson(kSid, QStringLiteral("delivered"));
            m.insert(QStringLiteral("tags"), QJsonObject { { QStringLiteral("campaign"), QStringLiteral("x") } });
            TestServer::replyJson(s, 200, QJsonDocument(m));
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->message().status, MessageStatus::Delivered);
        QVERIFY(job->message().toJson().contains(QStringLiteral("tags"))); // unknown fields kept for the raw view
        const RecordedRequest& r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("GET"));
        QCOMPARE(r.path, "/2010-04-01/Accounts/" + kAccount.toLatin1() + "/Messages/" + kSid.toLatin1() + ".json");
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.hasHeader("Content-Type"));
        delete job;
    }

    void updateSendsTheRightForm_data()
    {
        QTest::addColumn<bool>("redact");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("redact") << true << QByteArray("Body=");
        QTest::newRow("cancel") << false << QByteArray("Status=canceled");
    }

    void updateSendsTheRightForm()
    {
        QFETCH(bool, redact);
        QFETCH(QByteArray, body);
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid, QStringLiteral("canceled"))));
        });
        UpdateMessageJob* job = redact ? UpdateMessageJob::redact(m_client.get(), kSid)
                                       : UpdateMessageJob::cancelScheduled(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        const RecordedRequest& r = m_server->requests().first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, "/2010-04-01/Accounts/" + kAccount.toLatin1() + "/Messages/" + kSid.toLatin1() + ".json");
        QCOMPARE(r.body, body);
        delete job;
    }

    void deleteMessage()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 204, {}, {}, {}); });
        auto* job = new DeleteMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(m_server->requests().first().method, QByteArray("DELETE"));
        delete job;
    }

    void fetchAccount()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyJson(s, 200,
                                  QJsonDocument(QJsonObject { { QStringLiteral("sid"), kAccount },
                                                              { QStringLiteral("friendly_name"), QStringLiteral("Dev") },
                                                              { QStringLiteral("status"), QStringLiteral("active") },
                                                              { QStringLiteral("type"), QStringLiteral("Trial") } }));
        });
        auto* job = new FetchAccountJob(m_client.get());
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->account().friendlyName, QStringLiteral("Dev"));
        QCOMPARE(m_server->requests().first().path, "/2010-04-01/Accounts/" + kAccount.toLatin1() + ".json");
        delete job;
    }

    void listFollowsNextPageUri()
    {
        // Three pages of two; the server's next_page_uri carries a PageToken the client must send back verbatim.
        const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount);
        m_server->setHandler([base](const RecordedRequest& r, QTcpSocket* s) {
            int page = 0;
            for (const QByteArray& part : r.query.split('&')) {
                if (part.startsWith("Page="))
                    page = part.mid(5).toInt();
            }
            QJsonArray messages { messageJson(sidNumber(page * 2 + 1)), messageJson(sidNumber(page * 2 + 2)) };
            QJsonObject o { { QStringLiteral("messages"), messages },
                            { QStringLiteral("page"), page },
                            { QStringLiteral("page_size"), 2 },
                            { QStringLiteral("uri"), base } };
            o.insert(QStringLiteral("next_page_uri"),
                     page < 2 ? QJsonValue(base + QStringLiteral("?To=%2B14155552671&PageSize=2&Page=%1&PageToken=PA%1")
                                                      .arg(page + 1))
                              : QJsonValue(QJsonValue::Null));
            TestServer::replyJson(s, 200, QJsonDocument(o));
        });
        MessageListFilter filter;
        filter.to = QStringLiteral("+14155552671");
        filter.dateSentBefore = QStringLiteral("2024-01-02");
        filter.pageSize = 2;
        auto* job = new ListMessagesJob(m_client.get(), filter, 0);
        QSignalSpy pages(job, &ListMessagesJob::pageReceived);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(job->messages().size(), 6);
        QCOMPARE(job->messages().last().sid, sidNumber(6));
        QCOMPARE(pages.count(), 3);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().at(0).query, QByteArray("To=%2B14155552671&DateSent%3C=2024-01-02&PageSize=2"));
        QCOMPARE(m_server->requests().at(1).query, QByteArray("To=%2B14155552671&PageSize=2&Page=1&PageToken=PA1"));
        QCOMPARE(m_server->requests().at(2).query, QByteArray("To=%2B14155552671&PageSize=2&Page=2&PageToken=PA2"));
        for (const RecordedRequest& r : m_server->requests())
            QVERIFY(r.hasHeader("Authorization"));
        QVERIFY(job->nextPageUri().isEmpty());
        delete job;
    }

    void listStopsAtTheLimit()
    {
        const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount);
        m_server->setHandler([base](const RecordedRequest&, QTcpSocket* s) {
            const QJsonArray messages { messageJson(sidNumber(1)), messageJson(sidNumber(2)), messageJson(sidNumber(3)) };
            const QString next = base + QStringLiteral("?Page=1&PageToken=PA1");
            QJsonObject o { { QStringLiteral("messages"), messages }, { QStringLiteral("next_page_uri"), next } };
            TestServer::replyJson(s, 200, QJsonDocument(o));
        });
        auto* job = new ListMessagesJob(m_client.get(), {}, 2);
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->messages().size(), 2);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().query, QByteArray("PageSize=2"));
        QVERIFY(!job->nextPageUri().isEmpty());
        delete job;
    }

    void listStopsWhenPagesLoop()
    {
        // A broken server whose next page is always the same page must not be followed for ever.
        const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount);
        m_server->setHandler([base](const RecordedRequest&, QTcpSocket* s) {
            const QJsonArray messages { messageJson(sidNumber(1)) };
            const QString next = base + QStringLiteral("?Page=1&PageToken=PA1");
            TestServer::replyJson(s, 200, QJsonDocument(QJsonObject { { QStringLiteral("messages"), messages },
                                                                      { QStringLiteral("next_page_uri"), next } }));
        });
        auto* job = new ListMessagesJob(m_client.get(), {}, 0);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
        QCOMPARE(m_server->requests().size(), 2);
        delete job;
    }

    void limitInsideTheLastPageStillHasMore()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            const QJsonArray messages { messageJson(sidNumber(1)), messageJson(sidNumber(2)), messageJson(sidNumber(3)) };
            TestServer::replyJson(s, 200, QJsonDocument(QJsonObject { { QStringLiteral("messages"), messages },
                                                                      { QStringLiteral("next_page_uri"), QJsonValue::Null } }));
        });
        MessageListFilter filter;
        filter.pageSize = 50;
        auto* job = new ListMessagesJob(m_client.get(), filter, 2);
        QVERIFY(finishes(job));
        QCOMPARE(job->messages().size(), 2);
        QVERIFY(job->nextPageUri().isEmpty());
        QVERIFY(job->hasMore());
        delete job;
    }

    void aJobCancelledBeforeItStartsSendsNothing()
    {
        auto* job = new CreateMessageJob(m_client.get(), validCreate());
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        job->cancel();
        job->start();
        textbench::test::waitToSeeNothingHappen(200);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
        QCOMPARE(m_server->requests().size(), 0);
        delete job;
    }

    void aRetriedDeleteThatFindsNothingSucceeded()
    {
        // The first DELETE is processed but its answer is lost with the connection; the retry finds nothing.
        int calls = 0;
        m_server->setHandler([&calls](const RecordedRequest&, QTcpSocket* s) {
            if (++calls == 1)
                s->abort();
            else
                TestServer::replyTwilioError(s, 404, 20404, QStringLiteral("not found"));
        });
        auto* job = new DeleteMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(m_server->requests().size(), 2);
        delete job;

        // A plain 404 on the first try is still "not found".
        auto* again = new DeleteMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(again));
        QCOMPARE(again->error().category(), ApiError::Category::NotFound);
        delete again;
    }

    void listNeverFollowsAPageUriOffOrigin()
    {
        TestServer other(true);
        const QString elsewhere = other.baseUrl(QStringLiteral("localhost"))
            + QStringLiteral("/2010-04-01/Accounts/%1/Messages.json?Page=1").arg(kAccount);
        m_server->setHandler([elsewhere](const RecordedRequest&, QTcpSocket* s) {
            QJsonObject o { { QStringLiteral("messages"), QJsonArray { messageJson(sidNumber(1)) } },
                            { QStringLiteral("next_page_uri"), elsewhere } };
            TestServer::replyJson(s, 200, QJsonDocument(o));
        });
        auto* job = new ListMessagesJob(m_client.get(), {}, 0);
        QVERIFY(finishes(job));
        QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
        textbench::test::waitToSeeNothingHappen(200);
        QCOMPARE(other.requests().size(), 0);
        delete job;
    }

    void twilioErrorBodyIsExplained()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(s, 400, 21211, QStringLiteral("The 'To' number +1 is not a valid phone number."));
        });
        CreateMessageParams p;
        p.to = QStringLiteral("+14155552671");
        p.from = QStringLiteral("+15005550006");
        p.body = QStringLiteral("hi");
        auto* job = new CreateMessageJob(m_client.get(), p);
        QVERIFY(finishes(job));
        const ApiError& e = job->error();
        QCOMPARE(e.kind(), ApiError::Kind::Http);
        QCOMPARE(e.httpStatus(), 400);
        QCOMPARE(e.twilioCode(), 21211);
        QCOMPARE(e.category(), ApiError::Category::Api);
        QCOMPARE(e.moreInfo(), QStringLiteral("https://www.twilio.com/docs/errors/21211"));
        QVERIFY(e.title().contains(QStringLiteral("21211")));
        QVERIFY(!e.explanation().isEmpty());
        QVERIFY(!e.nextStep().isEmpty());
        QVERIFY(!e.mayHaveCreated()); // a 400 is a refusal: nothing was created
        delete job;
    }

    void invalidInputSendsNothing_data()
    {
        QTest::addColumn<QString>("sid");
        QTest::addColumn<bool>("credentials");
        QTest::newRow("sid too short") << QStringLiteral("SM123") << true;
        QTest::newRow("sid of an account") << kAccount << true;
        QTest::newRow("no credentials") << kSid << false;
    }

    void invalidInputSendsNothing()
    {
        QFETCH(QString, sid);
        QFETCH(bool, credentials);
        if (!credentials)
            m_client->setCredentials(Credentials::withAuthToken({}, {}));
        auto* job = new FetchMessageJob(m_client.get(), sid);
        QVERIFY(finishes(job));
        QVERIFY(job->error().isError());
        QCOMPARE(job->error().category(), credentials ? ApiError::Category::Usage : ApiError::Category::Auth);
        QCOMPARE(m_server->requests().size(), 0);
        delete job;
    }

    // --- the request log and credentials -------------------------------------------------------------------------

    void requestLogNeverHoldsTheSecret()
    {
        m_server->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            if (r.method == "POST") // a server that echoes the secret must not get it into the log either
                TestServer::replyJson(s, 201, QJsonDocument(QJsonObject { { QStringLiteral("sid"), kSid },
                                                                          { QStringLiteral("echo"), kToken } }));
            else
                TestServer::replyTwilioError(s, 404, 20404, QStringLiteral("not found"));
        });
        auto* create = new CreateMessageJob(m_client.get(), validCreate());
        QVERIFY(finishes(create));
        auto* fetch = new FetchMessageJob(m_client.get(), kSid);
        QVERIFY(finishes(fetch));
        const QList<QByteArray> forms { kToken.toUtf8(), (kAccount + u':' + kToken).toUtf8().toBase64() };
        const QList<RequestLogEntry> log = m_client->requestLog()->entries();
        QCOMPARE(log.size(), 2);
        for (const RequestLogEntry& e : log) {
            QByteArray all = e.url.toEncoded() + e.requestBody + e.responseBody + e.toCurl().toUtf8();
            for (const auto& [n, v] : e.requestHeaders + e.responseHeaders)
                all += n + ": " + v + "\n";
            for (const QByteArray& secret : forms)
                QVERIFY2(!all.contains(secret), all.constData());
            QVERIFY(e.toCurl().contains(QStringLiteral("$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN")));
            QVERIFY(!e.inFlight);
            QVERIFY(e.durationMs >= 0);
        }
        QCOMPARE(log.at(0).httpStatus, 201);
        QCOMPARE(log.at(1).httpStatus, 404);
        QVERIFY(log.at(0).requestBytes > 0);
        delete create;
        delete fetch;
    }

    void credentialsAreFixedWhenARequestStarts()
    {
        // Switching profile mid-flight: the request already running keeps the credentials it started with.
        QList<QByteArray> seen;
        m_server->setHandler([&seen](const RecordedRequest& r, QTcpSocket* s) {
            seen << r.header("Authorization");
            TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid)));
        });
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        job->start();
        useApiKey();
        QVERIFY(spy.wait(5000));
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first(), QByteArray("Basic " + (kAccount + u':' + kToken).toUtf8().toBase64()));
        delete job;
    }

    void cancelEndsARequestInFlight()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket*) {});
        auto* job = new FetchMessageJob(m_client.get(), kSid);
        job->setAutoDelete(false);
        QSignalSpy spy(job, &ApiJob::finished);
        job->start();
        QTRY_COMPARE(m_server->requests().size(), 1);
        job->cancel();
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(job->error().kind(), ApiError::Kind::Cancelled);
        delete job;
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

QTEST_GUILESS_MAIN(Tst_ApiClient)
#include "tst_apiclient.moc"
