// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox end to end: Textbench's own client (and raw requests where the client would refuse to send) over
// loopback, with the sandbox's clock frozen so that every step of the lifecycle is deterministic.
#include "api/apiclient.h"
#include "fixtures.h"
#include "accounts/accountjobs.h"
#include "messages/messagejobs.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <limits>
#include <memory>

using namespace textbench;
using namespace textbench::sandbox;
using textbench::test::finishes;

namespace {
const QString kTo = QStringLiteral("+14155552671");
const QString kFrom = QStringLiteral("+15005550006");
const QDateTime kStart = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);


struct RawReply
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};
} // namespace

class Tst_Sandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    QNetworkAccessManager m_nam;

    CreateMessageParams params(const QString& to = kTo, const QString& body = QStringLiteral("Hello")) const
    {
        CreateMessageParams p;
        p.to = to;
        p.from = kFrom;
        p.body = body;
        return p;
    }

    Message create(const CreateMessageParams& p)
    {
        auto* job = new CreateMessageJob(m_client.get(), p);
        const bool ok = finishes(job);
        Message m = job->message();
        if (!ok || !job->succeeded())
            qWarning() << "create failed:" << job->error().toText();
        delete job;
        return m;
    }

    Message fetch(const QString& sid)
    {
        auto* job = new FetchMessageJob(m_client.get(), sid);
        finishes(job);
        Message m = job->message();
        delete job;
        return m;
    }

    // Sends what the client would refuse to send (missing fields, wrong verbs, bad credentials).
    RawReply raw(const QByteArray& method, const QString& path, const QByteArray& body = {},
                 const QByteArray& authorization = {})
    {
        QNetworkRequest req(QUrl(m_server->baseUrl().toString() + path));
        req.setRawHeader("Authorization",
                         authorization.isEmpty()
                             ? "Basic " + (Account::kAccountSid + u':' + Account::kAuthToken).toUtf8().toBase64()
                             : authorization);
        if (!body.isEmpty() || method == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        spy.wait(5000);
        RawReply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                     reply->rawHeaderPairs() };
        reply->deleteLater();
        return r;
    }

    QString messagesPath() const { return QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(Account::kAccountSid); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen());
        m_server->clock().setManual(kStart);
        m_client = std::make_unique<ApiClient>();
        m_client->setCredentials(Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken));
        m_client->setEndpoint(ApiEndpoint::custom(m_server->baseUrl()));
        QVERIFY(m_client->endpoint().isValid());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void listensOnLoopbackOnly()
    {
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        const QJsonObject info = m_server->connectionInfo();
        for (const char* key : { "base_url", "account_sid", "auth_token", "api_key_sid", "api_key_secret" })
            QVERIFY2(!info.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(info.value(u"base_url").toString(), m_server->baseUrl().toString());
    }

    void createAnswersLikeTwilio()
    {
        const RawReply r = raw("POST", messagesPath(), "To=%2B14155552671&From=%2B15005550006&Body=Hello%20there");
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.json();
        QVERIFY(o.value(u"sid").toString().startsWith(u"SM"));
        QCOMPARE(o.value(u"sid").toString().size(), 34);
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("queued"));
        QCOMPARE(o.value(u"body").toString(), QStringLiteral("Hello there"));
        QCOMPARE(o.value(u"to").toString(), kTo);
        QCOMPARE(o.value(u"from").toString(), kFrom);
        QCOMPARE(o.value(u"direction").toString(), QStringLiteral("outbound-api"));
        QCOMPARE(o.value(u"api_version").toString(), QStringLiteral("2010-04-01"));
        // Twilio's wire types: counts are strings, price null until sent, error_code null, RFC 2822 dates.
        QVERIFY(o.value(u"num_segments").isString());
        QVERIFY(o.value(u"num_media").isString());
        QVERIFY(o.value(u"price").isNull());
        QVERIFY(o.value(u"error_code").isNull());
        QVERIFY(o.value(u"date_sent").isNull());
        QCOMPARE(o.value(u"date_created").toString(), QStringLiteral("Fri, 27 Nov 2026 10:00:00 +0000"));
        QCOMPARE(o.value(u"uri").toString(), QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json")
                                                 .arg(Account::kAccountSid, o.value(u"sid").toString()));
        bool json = false;
        for (const auto& [name, value] : r.headers)
            json = json || (name.compare("Content-Type", Qt::CaseInsensitive) == 0 && value.startsWith("application/json"));
        QVERIFY(json);
    }

    void mediaMakesAnMmsSid()
    {
        CreateMessageParams p = params();
        p.mediaUrls = { QStringLiteral("https://x.test/a.png"), QStringLiteral("https://x.test/b.png") };
        const Message m = create(p);
        QVERIFY(m.sid.startsWith(u"MM"));
        QCOMPARE(m.numMedia, 2);
    }

    void segmentsAreCounted_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("segments");
        QTest::newRow("160 GSM-7") << QString(160, u'a') << 1;
        QTest::newRow("161 GSM-7") << QString(161, u'a') << 2;
        QTest::newRow("70 UCS-2") << QString(70, QChar(0x0436)) << 1;
        QTest::newRow("71 UCS-2") << QString(71, QChar(0x0436)) << 2;
    }

    void segmentsAreCounted()
    {
        QFETCH(QString, body);
        QFETCH(int, segments);
        QCOMPARE(create(params(kTo, body)).numSegments, segments);
    }

    void lifecycleFollowsTheClock_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("speed 1") << 1.0;
        QTest::newRow("speed 10") << 10.0;
    }

    void lifecycleFollowsTheClock()
    {
        QFETCH(double, speed);
        m_server->setSpeed(speed);
        const Message m = create(params());
        QCOMPARE(m.status, MessageStatus::Queued);
        const auto at = [&](qint64 ms) {
            m_server->clock().setManual(kStart.addMSecs(qint64(double(ms) / speed)));
            return fetch(m.sid);
        };
        QCOMPARE(at(299).status, MessageStatus::Queued);
        QCOMPARE(at(300).status, MessageStatus::Sending);
        const Message sent = at(800);
        QCOMPARE(sent.status, MessageStatus::Sent);
        QVERIFY(sent.dateSent.isValid());
        QVERIFY(!sent.price.isEmpty());
        const Message delivered = at(1800);
        QCOMPARE(delivered.status, MessageStatus::Delivered);
        QCOMPARE(delivered.dateSent, sent.dateSent);
        QVERIFY(delivered.dateUpdated >= sent.dateUpdated); // whole seconds on the wire
        QVERIFY(!delivered.errorCode);
    }

    void zeroSpeedFreezesMessages()
    {
        m_server->setSpeed(0);
        const Message m = create(params());
        m_server->clock().advance(3'600'000);
        QCOMPARE(fetch(m.sid).status, MessageStatus::Queued);
    }

    void deliveryFailureNumbers_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<MessageStatus>("status");
        QTest::addColumn<int>("code");
        QTest::newRow("30003") << QStringLiteral("+15005559003") << MessageStatus::Undelivered << 30003;
        QTest::newRow("30005") << QStringLiteral("+15005559005") << MessageStatus::Undelivered << 30005;
        QTest::newRow("30006") << QStringLiteral("+15005559006") << MessageStatus::Undelivered << 30006;
        QTest::newRow("30007") << QStringLiteral("+15005559007") << MessageStatus::Undelivered << 30007;
        QTest::newRow("30008") << QStringLiteral("+15005559008") << MessageStatus::Failed << 30008;
    }

    void deliveryFailureNumbers()
    {
        QFETCH(QString, to);
        QFETCH(MessageStatus, status);
        QFETCH(int, code);
        const Message m = create(params(to));
        QCOMPARE(m.status, MessageStatus::Queued); // accepted now, fails later
        QVERIFY(!m.errorCode);
        m_server->clock().advance(5000);
        const Message later = fetch(m.sid);
        QCOMPARE(later.status, status);
        QCOMPARE(later.errorCode.value_or(0), code);
        QVERIFY(!later.errorMessage.isEmpty());
    }

    void validationErrors_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<int>("code");
        const QByteArray ok = "&From=%2B15005550006&Body=Hi";
        QTest::newRow("missing To") << QByteArray("From=%2B15005550006&Body=Hi") << 21604;
        QTest::newRow("invalid To") << QByteArray("To=12" + ok) << 21211;
        QTest::newRow("no sender") << QByteArray("To=%2B14155552671&Body=Hi") << 21603;
        QTest::newRow("no body or media") << QByteArray("To=%2B14155552671&From=%2B15005550006") << 21602;
        QTest::newRow("body over 1600") << QByteArray("To=%2B14155552671&From=%2B15005550006&Body=" + QByteArray(1601, 'a'))
                                        << 21617;
        QByteArray media = "To=%2B14155552671&From=%2B15005550006";
        for (int i = 0; i < 11; ++i)
            media += "&MediaUrl=https%3A%2F%2Fx.test%2F" + QByteArray::number(i);
        QTest::newRow("11 media URLs") << media << 21623;
        QTest::newRow("invalid media URL") << QByteArray("To=%2B14155552671&From=%2B15005550006&MediaUrl=ftp%3A%2F%2Fx") << 21620;
        QTest::newRow("invalid From") << QByteArray("To=%2B14155552671&From=%2B1&Body=Hi") << 21212;
        QTest::newRow("To equals From") << QByteArray("To=%2B15005550006&From=%2B15005550006&Body=Hi") << 21266;
        QTest::newRow("malformed service") << QByteArray("To=%2B14155552671&MessagingServiceSid=MG12&Body=Hi") << 21701;
        QTest::newRow("another account's service")
            << QByteArray("To=%2B14155552671&MessagingServiceSid=MG00000000000000000000000000000000&Body=Hi") << 21701;
        QTest::newRow("schedule without service")
            << QByteArray("To=%2B14155552671&From=%2B15005550006&Body=Hi&ScheduleType=fixed&SendAt=2026-11-27T12%3A00%3A00Z")
            << 35118;
        QTest::newRow("schedule too soon") << QByteArray("To=%2B14155552671&MessagingServiceSid=" + Account::kMessagingServiceSid.toLatin1()
                                                         + "&Body=Hi&ScheduleType=fixed&SendAt=2026-11-27T10%3A05%3A00Z")
                                           << 35114;
        QTest::newRow("schedule too late") << QByteArray("To=%2B14155552671&MessagingServiceSid=" + Account::kMessagingServiceSid.toLatin1()
                                                         + "&Body=Hi&ScheduleType=fixed&SendAt=2027-02-01T10%3A00%3A00Z")
                                           << 35114;
        // Twilio's magic test numbers.
        QTest::newRow("magic To 21211") << QByteArray("To=%2B15005550001" + ok) << 21211;
        QTest::newRow("magic To 21612") << QByteArray("To=%2B15005550002" + ok) << 21612;
        QTest::newRow("magic To 21408") << QByteArray("To=%2B15005550003" + ok) << 21408;
        QTest::newRow("magic To 21610") << QByteArray("To=%2B15005550004" + ok) << 21610;
        QTest::newRow("magic To 21614") << QByteArray("To=%2B15005550009" + ok) << 21614;
        QTest::newRow("magic From 21212") << QByteArray("To=%2B14155552671&From=%2B15005550001&Body=Hi") << 21212;
        QTest::newRow("magic From 21606") << QByteArray("To=%2B14155552671&From=%2B15005550007&Body=Hi") << 21606;
        QTest::newRow("magic From 21611") << QByteArray("To=%2B14155552671&From=%2B15005550008&Body=Hi") << 21611;
    }

    void validationErrors()
    {
        QFETCH(QByteArray, form);
        QFETCH(int, code);
        const RawReply r = raw("POST", messagesPath(), form);
        QCOMPARE(r.status, 400);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"code").toInt(), code);
        QCOMPARE(o.value(u"status").toInt(), 400);
        QVERIFY(!o.value(u"message").toString().isEmpty());
        QCOMPARE(o.value(u"more_info").toString(), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));
        QCOMPARE(m_server->store().size(), 0);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        const auto basic = [](const QString& user, const QString& password) -> QByteArray {
            return "Basic " + (user + u':' + password).toUtf8().toBase64();
        };
        QTest::newRow("account + token") << basic(Account::kAccountSid, Account::kAuthToken) << 200;
        QTest::newRow("api key + secret") << basic(Account::kApiKeySid, Account::kApiKeySecret) << 200;
        QTest::newRow("wrong token") << basic(Account::kAccountSid, QStringLiteral("nope")) << 401;
        QTest::newRow("key with the token") << basic(Account::kApiKeySid, Account::kAuthToken) << 401;
        QTest::newRow("not basic") << QByteArray("Bearer abc") << 401;
        QTest::newRow("garbage") << QByteArray("Basic !!!") << 401;
    }

    void authentication()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        const RawReply r = raw("GET", messagesPath(), {}, authorization);
        QCOMPARE(r.status, status);
        if (status == 401) {
            QCOMPARE(r.json().value(u"code").toInt(), 20003);
            bool challenged = false;
            for (const auto& [name, value] : r.headers)
                challenged = challenged || name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0;
            QVERIFY(challenged);
        }
    }

    void pathsAndVerbs_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        const QString other = QStringLiteral("AC00000000000000000000000000000001");
        QTest::newRow("another account") << QByteArray("GET") << QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(other)
                                         << 404 << 20404;
        QTest::newRow("unknown message") << QByteArray("GET")
                                         << QStringLiteral("/2010-04-01/Accounts/%1/Messages/SM00000000000000000000000000000000.json")
                                                .arg(Account::kAccountSid)
                                         << 404 << 20404;
        QTest::newRow("unknown path") << QByteArray("GET") << QStringLiteral("/2010-04-01/Calls.json") << 404 << 20404;
        QTest::newRow("PUT on the list") << QByteArray("PUT") << QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(Account::kAccountSid)
                                         << 405 << 20004;
        QTest::newRow("DELETE on the list") << QByteArray("DELETE")
                                            << QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(Account::kAccountSid)
                                            << 405 << 20004;
        QTest::newRow("POST on the account") << QByteArray("POST") << QStringLiteral("/2010-04-01/Accounts/%1.json").arg(Account::kAccountSid)
                                             << 405 << 20004;
    }

    void pathsAndVerbs()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(int, code);
        const RawReply r = raw(method, path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(u"code").toInt(), code);
    }

    void testCredentialsOnlyCreate()
    {
        const QByteArray test = "Basic " + (Account::kTestAccountSid + u':' + Account::kTestAuthToken).toUtf8().toBase64();
        const QString path = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(Account::kTestAccountSid);
        const RawReply created = raw("POST", path, "To=%2B14155552671&From=%2B15005550006&Body=Hi", test);
        QCOMPARE(created.status, 201);
        QCOMPARE(m_server->store().size(), 0); // nothing is kept
        const RawReply otherFrom = raw("POST", path, "To=%2B14155552671&From=%2B14155550100&Body=Hi", test);
        QCOMPARE(otherFrom.json().value(u"code").toInt(), 21606);
        const RawReply list = raw("GET", path, {}, test);
        QCOMPARE(list.status, 403);
        QCOMPARE(list.json().value(u"code").toInt(), 20008);
    }

    void scheduleAndCancel()
    {
        // The client checks the scheduling window against the real clock, so the sandbox's starts there too.
        m_server->clock().setManual(QDateTime::currentDateTimeUtc());
        CreateMessageParams p = params();
        p.messagingServiceSid = Account::kMessagingServiceSid;
        p.sendAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        const Message m = create(p);
        QCOMPARE(m.status, MessageStatus::Scheduled);
        auto* cancel = UpdateMessageJob::cancelScheduled(m_client.get(), m.sid);
        QVERIFY(finishes(cancel));
        QVERIFY2(cancel->succeeded(), qPrintable(cancel->error().toText()));
        QCOMPARE(cancel->message().status, MessageStatus::Canceled);
        delete cancel;
        auto* again = UpdateMessageJob::cancelScheduled(m_client.get(), m.sid);
        QVERIFY(finishes(again));
        QCOMPARE(again->error().twilioCode(), 30409);
        delete again;
    }

    void scheduledMessageIsSentAtSendAt()
    {
        m_server->clock().setManual(QDateTime::currentDateTimeUtc());
        CreateMessageParams p = params();
        p.messagingServiceSid = Account::kMessagingServiceSid;
        // SendAt travels in whole seconds.
        p.sendAt = QDateTime::currentDateTimeUtc().addSecs(1800);
        p.sendAt.setTime(QTime(p.sendAt.time().hour(), p.sendAt.time().minute(), p.sendAt.time().second()));
        const Message m = create(p);
        QCOMPARE(m.status, MessageStatus::Scheduled);
        m_server->clock().setManual(p.sendAt.addMSecs(100));
        QCOMPARE(fetch(m.sid).status, MessageStatus::Queued);
        m_server->clock().setManual(p.sendAt.addSecs(10));
        QCOMPARE(fetch(m.sid).status, MessageStatus::Delivered);
    }

    void redactAndDelete()
    {
        const Message m = create(params());
        auto* early = UpdateMessageJob::redact(m_client.get(), m.sid);
        QVERIFY(finishes(early));
        QCOMPARE(early->error().twilioCode(), 20009); // still in flight
        delete early;
        auto* earlyDelete = new DeleteMessageJob(m_client.get(), m.sid);
        QVERIFY(finishes(earlyDelete));
        QCOMPARE(earlyDelete->error().twilioCode(), 20009);
        delete earlyDelete;

        m_server->clock().advance(5000);
        auto* redact = UpdateMessageJob::redact(m_client.get(), m.sid);
        QVERIFY(finishes(redact));
        QVERIFY(redact->succeeded());
        QVERIFY(redact->message().body.isEmpty());
        QCOMPARE(redact->message().status, MessageStatus::Delivered);
        delete redact;

        auto* del = new DeleteMessageJob(m_client.get(), m.sid);
        QVERIFY(finishes(del));
        QVERIFY(del->succeeded());
        delete del;
        auto* gone = new FetchMessageJob(m_client.get(), m.sid);
        QVERIFY(finishes(gone));
        QCOMPARE(gone->error().twilioCode(), 20404);
        delete gone;
    }

    void updateParameterErrors_data()
    {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<int>("code");
        QTest::newRow("nothing") << QByteArray("") << 30400;
        QTest::newRow("both") << QByteArray("Body=&Status=canceled") << 30400;
        QTest::newRow("other status") << QByteArray("Status=sent") << 30400;
        QTest::newRow("non-empty body") << QByteArray("Body=new") << 30400;
        QTest::newRow("cancel unscheduled") << QByteArray("Status=canceled") << 30409;
    }

    void updateParameterErrors()
    {
        QFETCH(QByteArray, form);
        QFETCH(int, code);
        const Message m = create(params());
        const RawReply r = raw("POST", QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(Account::kAccountSid, m.sid),
                               form);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"code").toInt(), code);
    }

    void pagingOverManyPages()
    {
        QStringList created;
        for (int i = 0; i < 120; ++i) {
            created.prepend(create(params()).sid);
            m_server->clock().advance(10);
        }
        MessageListFilter filter;
        filter.pageSize = 50;
        auto* job = new ListMessagesJob(m_client.get(), filter, 0);
        QSignalSpy pages(job, &ListMessagesJob::pageReceived);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        QCOMPARE(pages.count(), 3);
        QStringList listed;
        for (const Message& m : job->messages())
            listed << m.sid;
        QCOMPARE(listed, created); // newest first, each once
        const MessagePage first = pages.first().first().value<MessagePage>();
        QCOMPARE(first.pageSize, 50);
        QVERIFY(first.nextPageUri.startsWith(u"/2010-04-01/Accounts/"));
        QVERIFY(first.nextPageUri.contains(u"PageToken=PA"));
        QVERIFY(first.previousPageUri.isEmpty());
        const MessagePage last = pages.last().first().value<MessagePage>();
        QCOMPARE(last.messages.size(), 20);
        QVERIFY(last.nextPageUri.isEmpty());
        delete job;
    }

    void pagesPastTheEndAreEmpty()
    {
        create(params());
        const RawReply past = raw("GET", messagesPath() + QStringLiteral("?Page=1"));
        QCOMPARE(past.status, 200);
        QCOMPARE(past.json().value(u"messages").toArray().size(), 0);
        QVERIFY(past.json().value(u"next_page_uri").isNull());
        for (const char* bad : { "?Page=-1", "?Page=abc", "?Page=99999999999", "?PageSize=0", "?PageSize=1001" }) {
            const RawReply r = raw("GET", messagesPath() + QString::fromLatin1(bad));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"code").toInt(), 20001);
        }
    }

    void deletingTheNextPagesFirstMessageWhilePaging()
    {
        for (int i = 0; i < 51; ++i) {
            create(params());
            m_server->clock().advance(10);
        }
        m_server->clock().advance(5000); // all final, so deletable
        const RawReply first = raw("GET", messagesPath() + QStringLiteral("?PageSize=50"));
        const QString next = first.json().value(u"next_page_uri").toString();
        QVERIFY(next.contains(u"PageToken=PA"));
        const QString tokenSid = next.mid(next.indexOf(u"PageToken=PA") + 12, 34);
        QCOMPARE(raw("DELETE", QStringLiteral("/2010-04-01/Accounts/%1/Messages/%2.json").arg(Account::kAccountSid, tokenSid)).status,
                 204);
        const RawReply second = raw("GET", next);
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json().value(u"messages").toArray().size(), 0); // the only message of page 2 is gone
    }

    void connectionCloseIsHonoured()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /2010-04-01/Accounts/" + Account::kAccountSid.toLatin1()
                     + ".json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(socket.readAll().contains("Connection: close"));
    }

    void speedIsKeptSane()
    {
        m_server->setSpeed(1e-20);
        QCOMPARE(m_server->speed(), SandboxServer::kMinSpeed);
        m_server->setSpeed(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(m_server->speed(), 1.0);
        m_server->setSpeed(1e9);
        QCOMPARE(m_server->speed(), SandboxServer::kMaxSpeed);
        // Even at the highest speed a create answers queued, as Twilio's always does.
        QCOMPARE(create(params()).status, MessageStatus::Queued);
    }

    void listFilters()
    {
        const QString other = QStringLiteral("+14155550123");
        create(params());
        create(params(other));
        m_server->clock().advance(24 * 3600 * 1000LL); // a day later
        create(params(other));
        m_server->clock().advance(5000);
        const auto list = [&](MessageListFilter f) {
            auto* job = new ListMessagesJob(m_client.get(), f, 0);
            finishes(job);
            const qsizetype n = job->succeeded() ? job->messages().size() : -1;
            delete job;
            return n;
        };
        MessageListFilter byTo;
        byTo.to = other;
        QCOMPARE(list(byTo), 2);
        MessageListFilter byFrom;
        byFrom.from = kFrom;
        QCOMPARE(list(byFrom), 3);
        MessageListFilter onDay;
        onDay.dateSent = QStringLiteral("2026-11-27");
        QCOMPARE(list(onDay), 2);
        MessageListFilter before;
        before.dateSentBefore = QStringLiteral("2026-11-27"); // on or before, as Twilio reads "DateSent<="
        QCOMPARE(list(before), 2);
        MessageListFilter after;
        after.dateSentAfter = QStringLiteral("2026-11-28");
        QCOMPARE(list(after), 1);
    }

    void concurrentClients()
    {
        std::vector<std::unique_ptr<ApiClient>> clients;
        QList<CreateMessageJob*> jobs;
        for (int c = 0; c < 4; ++c) {
            clients.push_back(std::make_unique<ApiClient>());
            clients.back()->setCredentials(Credentials::withApiKey(Account::kAccountSid, Account::kApiKeySid,
                                                                   Account::kApiKeySecret));
            clients.back()->setEndpoint(ApiEndpoint::custom(m_server->baseUrl()));
            for (int i = 0; i < 25; ++i) {
                auto* job = new CreateMessageJob(clients.back().get(), params());
                job->setAutoDelete(false);
                jobs << job;
            }
        }
        int done = 0;
        for (CreateMessageJob* job : jobs) {
            connect(job, &ApiJob::finished, this, [&done] { ++done; });
            job->start();
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 100, 20'000);
        QSet<QString> sids;
        for (CreateMessageJob* job : jobs) {
            QVERIFY(job->succeeded());
            sids.insert(job->message().sid);
        }
        QCOMPARE(sids.size(), 100);
        QCOMPARE(m_server->store().size(), 100);
        qDeleteAll(jobs);
    }

    void accountCheck()
    {
        auto* job = new FetchAccountJob(m_client.get());
        QVERIFY(finishes(job));
        QVERIFY(job->succeeded());
        QCOMPARE(job->account().sid, Account::kAccountSid);
        QCOMPARE(job->account().status, QStringLiteral("active"));
        delete job;
    }

    void theConnectionIsWhatEveryEmbeddingUses()
    {
        // The window, textbench-cli and a profile's connection test all reach the sandbox through connection().
        const SandboxServer::Connection c = m_server->connection();
        QCOMPARE(c.credentials, Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken));
        QCOMPARE(c.endpoint.baseUrl(), m_server->baseUrl());
        QVERIFY(c.endpoint.isValid());
        // Every product on the one origin (the messaging, monitor and lookups routes of the next operations).
        QCOMPARE(c.endpoint.baseUrl(ApiProduct::Messaging), m_server->baseUrl());
        ApiClient client;
        client.setTarget(c.credentials, c.endpoint);
        auto* job = new FetchAccountJob(&client);
        QVERIFY(finishes(job));
        QVERIFY2(job->succeeded(), qPrintable(job->error().toText()));
        delete job;
    }
};

QTEST_GUILESS_MAIN(Tst_Sandbox)
#include "tst_sandbox.moc"
