// SPDX-License-Identifier: GPL-3.0-or-later
// The other half of messaging in the sandbox: status callbacks, inbound messages and the TwiML answers followed,
// the phone numbers they arrive at, the alerts for what failed, and Textbench's event record of every request. The
// developer's app is a real HTTP server on loopback (TestServer); the sandbox's clock is frozen and moved by hand,
// so that each status change, and so each callback, happens when the test says.
#include "fixtures.h"
#include "messages/message.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "testserver.h"
#include "webhooks/webhooksignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace textbench;
using namespace textbench::sandbox;
using textbench::test::RecordedRequest;
using textbench::test::TestServer;

namespace {
const QString kHandset = QStringLiteral("+14155552671");
const QDateTime kStart = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);

struct RawReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray form(const FormFields& fields)
{
    return FormEncoding::encode(fields);
}

/// The form a request to the app carried: the body of a POST, the query of a GET.
FormFields sentParameters(const RecordedRequest& r)
{
    return FormEncoding::decode(r.method == "GET" ? r.query : r.body);
}

QString value(const RecordedRequest& r, const char* name)
{
    return FormEncoding::value(sentParameters(r), QString::fromLatin1(name));
}

QByteArray twiml(const QByteArray& inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response>" + inner + "</Response>";
}
} // namespace

class Tst_SandboxWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestServer> m_app;
    QNetworkAccessManager m_nam;
    /// What the app answers, by path (the default: 204 for callbacks).
    QHash<QByteArray, std::function<void(const RecordedRequest&, QTcpSocket*)>> m_routes;

    QString app(const QString& path) const { return m_app->baseUrl() + path; }
    QString accountPath() const { return QStringLiteral("/2010-04-01/Accounts/") + Account::kAccountSid; }

    RawReply raw(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest req(QUrl(m_sandbox->baseUrl().toString() + path));
        req.setRawHeader(
            "Authorization", "Basic " + (Account::kAccountSid + u':' + Account::kAuthToken).toUtf8().toBase64());
        if (method == "POST")
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply* reply = m_nam.sendCustomRequest(req, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            spy.wait(5000);
        RawReply r { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll() };
        reply->deleteLater();
        return r;
    }

    QString send(const FormFields& extra)
    {
        FormFields f { { u"To"_qs, kHandset }, { u"From"_qs, Account::kSender }, { u"Body"_qs, u"Hi"_qs } };
        for (const auto& [name, v] : extra) {
            f.removeIf([&name = name](const auto& field) { return field.first == name; });
            f.append({ name, v });
        }
        const RawReply r = raw("POST", accountPath() + u"/Messages.json", form(f));
        if (r.status != 201)
            qWarning() << r.body;
        return r.json().value(u"sid").toString();
    }

    RawReply inbound(const QString& body, const QString& to = Account::kSender, const QStringList& media = {})
    {
        FormFields f { { u"From"_qs, kHandset }, { u"To"_qs, to }, { u"Body"_qs, body } };
        for (const QString& m : media)
            f.append({ u"MediaUrl"_qs, m });
        return raw("POST", accountPath() + u"/Textbench/InboundMessages.json", form(f));
    }

    QString numberSid(int i) const { return m_sandbox->phoneNumbers().all().at(i).sid; }

    void setNumber(int i, const FormFields& fields)
    {
        const RawReply r
            = raw("POST", accountPath() + u"/IncomingPhoneNumbers/" + numberSid(i) + u".json", form(fields));
        QCOMPARE(r.status, 200);
    }

    QList<RecordedRequest> requestsTo(const QByteArray& path) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest& r : m_app->requests()) {
            if (r.path == path)
                out << r;
        }
        return out;
    }

    /// Every event the sandbox recorded, oldest first.
    QList<WebhookEvent> events() const { return m_sandbox->webhooks().events(); }
    bool allEnded() const
    {
        const auto& all = m_sandbox->webhooks().events();
        return std::none_of(all.cbegin(), all.cend(),
            [](const WebhookEvent& e) { return e.outcome == WebhookEvent::Outcome::Pending; });
    }

    /// The signature the app received checks out for the URL it was requested at and what it was sent.
    static bool signatureValid(const RecordedRequest& r)
    {
        const QByteArray query = r.query.isEmpty() ? QByteArray() : QByteArray("?" + r.query);
        const QString url = QString::fromLatin1("http://" + r.header("Host") + r.path + query);
        const FormFields params = r.method == "GET" ? FormFields {} : FormEncoding::decode(r.body);
        return WebhookSignature::matches(
            QString::fromLatin1(r.header("X-Twilio-Signature")), url, params, Account::kAuthToken);
    }

    QList<Message> messages()
    {
        QList<Message> out;
        const QJsonArray all = raw("GET", accountPath() + u"/Messages.json").json().value(u"messages").toArray();
        for (const QJsonValue v : all) {
            if (auto m = Message::fromJson(v.toObject()))
                out << *m;
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->clock().setManual(kStart);
        m_app = std::make_unique<TestServer>();
        m_routes.clear();
        m_app->setHandler([this](const RecordedRequest& r, QTcpSocket* s) {
            if (const auto route = m_routes.value(r.path))
                route(r, s);
            else
                TestServer::reply(s, 204, {}, {}, {});
        });
    }
    void cleanup()
    {
        m_sandbox.reset();
        m_app.reset();
    }

    void aStatusCallbackOnEveryChangeAfterTheFirst()
    {
        const QString sid = send({ { u"StatusCallback"_qs, app(u"/cb"_qs) } });
        QVERIFY(!sid.isEmpty());
        test::waitToSeeNothingHappen(100);
        QVERIFY(requestsTo("/cb").isEmpty()); // queued is the status it was created in: no callback
        const QStringList statuses { u"sending"_qs, u"sent"_qs, u"delivered"_qs };
        const qint64 at[] = { Lifecycle::kSendingMs, Lifecycle::kSentMs, Lifecycle::kFinalMs };
        for (int i = 0; i < 3; ++i) {
            m_sandbox->clock().setManual(kStart.addMSecs(at[i]));
            QTRY_COMPARE(requestsTo("/cb").size(), i + 1);
            const RecordedRequest r = requestsTo("/cb").last();
            QCOMPARE(value(r, "MessageStatus"), statuses.at(i));
            QCOMPARE(value(r, "SmsStatus"), statuses.at(i));
            QCOMPARE(value(r, "MessageSid"), sid);
            QCOMPARE(value(r, "SmsSid"), sid);
            QCOMPARE(value(r, "AccountSid"), Account::kAccountSid);
            QCOMPARE(value(r, "From"), Account::kSender);
            QCOMPARE(value(r, "To"), kHandset);
            QCOMPARE(value(r, "ApiVersion"), u"2010-04-01"_qs);
            QCOMPARE(value(r, "ErrorCode"), QString());
            QCOMPARE(value(r, "RawDlrDoneDate").isEmpty(), i < 2);
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.header("User-Agent"), QByteArray("TwilioProxy/1.1"));
            QVERIFY(r.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
            QCOMPARE(r.header("X-Home-Region"), QByteArray("us1"));
            QVERIFY(signatureValid(r));
        }
        QTRY_VERIFY(allEnded());
        // One idempotency token an event, each different.
        QSet<QByteArray> tokens;
        for (const RecordedRequest& r : requestsTo("/cb"))
            tokens.insert(r.header("I-Twilio-Idempotency-Token"));
        QCOMPARE(tokens.size(), 3);
        // One event each, delivered, with what was signed.
        const QList<WebhookEvent> all = events();
        QCOMPARE(all.size(), 3);
        for (const WebhookEvent& e : all) {
            QCOMPARE(e.outcome, WebhookEvent::Outcome::Delivered);
            QCOMPARE(e.responseStatus, 204);
            QVERIFY(e.signedData.startsWith(
                QByteArray(app(u"/cb"_qs).toUtf8() + "AccountSid" + Account::kAccountSid.toUtf8())));
            QCOMPARE(e.attempts, 1);
        }
        test::waitToSeeNothingHappen(100);
        QCOMPARE(requestsTo("/cb").size(), 3); // and never again
    }

    void aClockThatJumpsSendsEveryChangeInOrder()
    {
        // To +15005559006: undelivered with 30006, which the last callback carries.
        const QString sid = send({ { u"To"_qs, u"+15005559006"_qs }, { u"StatusCallback"_qs, app(u"/cb"_qs) } });
        QVERIFY(!sid.isEmpty());
        m_sandbox->clock().setManual(kStart.addSecs(60));
        QTRY_COMPARE(requestsTo("/cb").size(), 3);
        QTRY_VERIFY(allEnded());
        QStringList seen;
        for (const RecordedRequest& r : requestsTo("/cb"))
            seen << value(r, "MessageStatus");
        QCOMPARE(seen, QStringList({ u"sending"_qs, u"sent"_qs, u"undelivered"_qs }));
        QCOMPARE(value(requestsTo("/cb").last(), "ErrorCode"), u"30006"_qs);
    }

    void aCancelledScheduleIsCalledBack()
    {
        const QString sendAt = kStart.addSecs(3600).toString(Qt::ISODate);
        const QString sid = send({ { u"MessagingServiceSid"_qs, Account::kMessagingServiceSid },
            { u"SendAt"_qs, sendAt }, { u"ScheduleType"_qs, u"fixed"_qs }, { u"StatusCallback"_qs, app(u"/cb"_qs) } });
        QVERIFY(!sid.isEmpty());
        QCOMPARE(raw("POST", accountPath() + u"/Messages/" + sid + u".json", "Status=canceled").status, 200);
        QTRY_COMPARE(requestsTo("/cb").size(), 1);
        QCOMPARE(value(requestsTo("/cb").first(), "MessageStatus"), u"canceled"_qs);
        QCOMPARE(value(requestsTo("/cb").first(), "MessagingServiceSid"), Account::kMessagingServiceSid);
        m_sandbox->clock().setManual(kStart.addSecs(7200));
        test::waitToSeeNothingHappen(100);
        QCOMPARE(requestsTo("/cb").size(), 1);
    }

    void theMessagingServicesCallback()
    {
        // messaging v1's Services on the sandbox's origin: its one service, listed, fetched, updated.
        const QString service = u"/v1/Services/"_qs + Account::kMessagingServiceSid;
        const RawReply listed = raw("GET", u"/v1/Services"_qs);
        QCOMPARE(listed.status, 200);
        const QJsonArray services = listed.json().value(u"services").toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first().toObject().value(u"sid").toString(), Account::kMessagingServiceSid);
        QCOMPARE(listed.json().value(u"meta").toObject().value(u"key").toString(), u"services"_qs);
        QVERIFY(raw("GET", service).json().value(u"status_callback").isNull());
        QCOMPARE(raw("GET", u"/v1/Services/MG00000000000000000000000000000000"_qs).status, 404);
        const RawReply bad = raw("POST", service, form({ { u"StatusCallback"_qs, u"ftp://127.0.0.1/x"_qs } }));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(u"code").toInt(), 21502);
        QCOMPARE(raw("POST", service, form({ { u"ValidityPeriod"_qs, u"0"_qs } })).status, 400);
        const RawReply set = raw("POST", service, form({ { u"StatusCallback"_qs, app(u"/svc"_qs) } }));
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"status_callback").toString(), app(u"/svc"_qs));

        // A message sent through the service with no StatusCallback of its own reports to the service's.
        const QString viaService = send({ { u"MessagingServiceSid"_qs, Account::kMessagingServiceSid } });
        // One with its own StatusCallback reports there only.
        const QString own = send(
            { { u"MessagingServiceSid"_qs, Account::kMessagingServiceSid }, { u"StatusCallback"_qs, app(u"/cb"_qs) } });
        // One not sent through the service, to nobody.
        QVERIFY(!send({}).isEmpty());
        m_sandbox->clock().setManual(kStart.addSecs(60));
        QTRY_COMPARE(requestsTo("/svc").size(), 3);
        QTRY_COMPARE(requestsTo("/cb").size(), 3);
        QStringList statuses;
        for (const RecordedRequest& r : requestsTo("/svc")) {
            QCOMPARE(value(r, "MessageSid"), viaService);
            QCOMPARE(value(r, "MessagingServiceSid"), Account::kMessagingServiceSid);
            QCOMPARE(r.method, QByteArray("POST"));
            QVERIFY(signatureValid(r));
            statuses << value(r, "MessageStatus");
        }
        QCOMPARE(statuses, QStringList({ u"sending"_qs, u"sent"_qs, u"delivered"_qs }));
        for (const RecordedRequest& r : requestsTo("/cb"))
            QCOMPARE(value(r, "MessageSid"), own);

        // The service's callback is fixed when a message is created: cleared after that, the message still reports
        // there; a message created after it was cleared reports nowhere.
        const QString before = send({ { u"MessagingServiceSid"_qs, Account::kMessagingServiceSid } });
        QCOMPARE(raw("POST", service, form({ { u"StatusCallback"_qs, QString() } })).status, 200);
        QVERIFY(raw("GET", service).json().value(u"status_callback").isNull());
        QVERIFY(!send({ { u"MessagingServiceSid"_qs, Account::kMessagingServiceSid } }).isEmpty());
        m_sandbox->clock().setManual(kStart.addSecs(120));
        QTRY_COMPARE(requestsTo("/svc").size(), 6);
        test::waitToSeeNothingHappen(100);
        QCOMPARE(requestsTo("/svc").size(), 6);
        QCOMPARE(value(requestsTo("/svc").last(), "MessageSid"), before);
    }

    void aGetCallbackAndItsSignature()
    {
        // A reply's statusCallback through <Message action method="GET">: the parameters in the query, signed
        // with the whole URL.
        m_routes["/sms"] = [](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(
                s, 200, twiml("<Message action=\"/cb?from=twiml\" method=\"GET\">Hi back</Message>"), {}, "text/xml");
        };
        setNumber(0, { { u"SmsUrl"_qs, app(u"/sms"_qs) } });
        QCOMPARE(inbound(u"Hello"_qs).status, 201);
        QTRY_COMPARE(requestsTo("/sms").size(), 1);
        QTRY_COMPARE(messages().size(), 2);
        m_sandbox->clock().setManual(kStart.addSecs(60));
        QTRY_COMPARE(requestsTo("/cb").size(), 3);
        // Three changes due at once: each its own request, one after another in the order of the changes.
        QStringList statuses;
        for (const RecordedRequest& r : requestsTo("/cb")) {
            QCOMPARE(r.method, QByteArray("GET"));
            QVERIFY(r.query.startsWith("from=twiml&"));
            QVERIFY(signatureValid(r));
            statuses << value(r, "MessageStatus");
        }
        QCOMPARE(statuses, QStringList({ u"sending"_qs, u"sent"_qs, u"delivered"_qs }));
    }

    void anInboundMessageAsksTheAppAndItsAnswerIsSent()
    {
        m_routes["/sms"] = [](const RecordedRequest& r, QTcpSocket* s) {
            const QString body = FormEncoding::value(FormEncoding::decode(r.body), u"Body"_qs);
            TestServer::reply(s, 200,
                twiml("<Message statusCallback=\"/status\">You said: " + body.toHtmlEscaped().toUtf8()
                    + "</Message><Message to=\"+14155550100\"><Body>A copy</Body><Media>https://example.com/a.png"
                      "</Media></Message>"),
                {}, "text/xml; charset=utf-8");
        };
        setNumber(0, { { u"SmsUrl"_qs, app(u"/sms"_qs) } });
        const RawReply r = inbound(u"Hello <bot> & 😀"_qs, Account::kSender, { u"https://example.com/cat.jpg"_qs });
        QCOMPARE(r.status, 201);
        const QJsonObject m = r.json();
        QCOMPARE(m.value(u"direction").toString(), u"inbound"_qs);
        QCOMPARE(m.value(u"status").toString(), u"received"_qs);
        QCOMPARE(m.value(u"from").toString(), kHandset);
        QCOMPARE(m.value(u"to").toString(), Account::kSender);
        QCOMPARE(m.value(u"num_media").toString(), u"1"_qs);
        QVERIFY(m.value(u"sid").toString().startsWith(u"MM"));

        QTRY_COMPARE(requestsTo("/sms").size(), 1);
        const RecordedRequest asked = requestsTo("/sms").first();
        QVERIFY(signatureValid(asked));
        QCOMPARE(value(asked, "Body"), u"Hello <bot> & 😀"_qs);
        QCOMPARE(value(asked, "From"), kHandset);
        QCOMPARE(value(asked, "To"), Account::kSender);
        QCOMPARE(value(asked, "MessageSid"), m.value(u"sid").toString());
        QCOMPARE(value(asked, "SmsMessageSid"), m.value(u"sid").toString());
        QCOMPARE(value(asked, "SmsStatus"), u"received"_qs);
        QCOMPARE(value(asked, "NumMedia"), u"1"_qs);
        QCOMPARE(value(asked, "MediaUrl0"), u"https://example.com/cat.jpg"_qs);
        QCOMPARE(value(asked, "MediaContentType0"), u"image/jpeg"_qs);
        QCOMPARE(value(asked, "FromCountry"), u"US"_qs);
        QCOMPARE(value(asked, "NumSegments"), u"1"_qs);

        // Both replies: outbound-reply, from the number that received it, to the sender (or the `to` given).
        QTRY_COMPARE(messages().size(), 3);
        QList<Message> replies;
        for (const Message& msg : messages()) {
            if (msg.direction == u"outbound-reply")
                replies.prepend(msg);
        }
        QCOMPARE(replies.size(), 2);
        QCOMPARE(replies.at(0).body, u"You said: Hello <bot> & 😀"_qs);
        QCOMPARE(replies.at(0).to, kHandset);
        QCOMPARE(replies.at(0).from, Account::kSender);
        QCOMPARE(replies.at(1).to, u"+14155550100"_qs);
        QCOMPARE(replies.at(1).numMedia, 1);
        // The first reply's own status callbacks, resolved against the SMS URL.
        m_sandbox->clock().setManual(kStart.addSecs(60));
        QTRY_COMPARE(requestsTo("/status").size(), 3);
        QCOMPARE(value(requestsTo("/status").last(), "MessageSid"), replies.at(0).sid);
        QVERIFY(requestsTo("/cb").isEmpty());
    }

    void aRedirectAndAPlainTextAnswer()
    {
        m_routes["/sms"] = [](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 200, twiml("<Redirect method=\"GET\">/next?step=2</Redirect>"), {}, "text/xml");
        };
        m_routes["/next"] = [](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 200, "Plain thanks", {}, "text/plain");
        };
        setNumber(0, { { u"SmsUrl"_qs, app(u"/sms"_qs) } });
        QCOMPARE(inbound(u"Hi"_qs).status, 201);
        QTRY_COMPARE(requestsTo("/next").size(), 1);
        const RecordedRequest next = requestsTo("/next").first();
        QCOMPARE(next.method, QByteArray("GET"));
        QVERIFY(next.query.startsWith("step=2&"));
        QCOMPARE(value(next, "Body"), u"Hi"_qs);
        QVERIFY(signatureValid(next));
        QTRY_COMPARE(messages().size(), 2);
        QCOMPARE(messages().first().body, u"Plain thanks"_qs);
        QTRY_VERIFY(allEnded());
        QCOMPARE(events().size(), 2);
        QCOMPARE(events().last().kind, WebhookEvent::Kind::Redirect);
    }

    void aFailedAppTriesTheFallback()
    {
        m_routes["/sms"] = [](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 500, "<h1>Internal Server Error</h1>", {}, "text/html");
        };
        m_routes["/fallback"] = [](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 200, twiml("<Message>Sorry, try later</Message>"), {}, "text/xml");
        };
        setNumber(0, { { u"SmsUrl"_qs, app(u"/sms"_qs) }, { u"SmsFallbackUrl"_qs, app(u"/fallback"_qs) } });
        QCOMPARE(inbound(u"Hi"_qs).status, 201);
        QTRY_COMPARE(requestsTo("/fallback").size(), 1);
        QTRY_COMPARE(messages().size(), 2);
        QCOMPARE(messages().first().body, u"Sorry, try later"_qs);
        QTRY_VERIFY(allEnded());
        const QList<WebhookEvent> all = events();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).outcome, WebhookEvent::Outcome::Failed);
        QCOMPARE(all.at(0).errorCode, 11200);
        QCOMPARE(all.at(0).responseStatus, 500);
        QCOMPARE(all.at(1).kind, WebhookEvent::Kind::Fallback);
        QCOMPARE(all.at(1).outcome, WebhookEvent::Outcome::Delivered);
        // The alert, through Monitor's API: the list, and one with what was sent and what came back.
        const QJsonObject list = raw("GET", u"/v1/Alerts"_qs).json();
        const QJsonArray alerts = list.value(u"alerts").toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().toObject().value(u"error_code").toString(), u"11200"_qs);
        QCOMPARE(list.value(u"meta").toObject().value(u"key").toString(), u"alerts"_qs);
        QVERIFY(list.value(u"meta").toObject().value(u"url").toString().startsWith(m_sandbox->baseUrl().toString()));
        const QJsonObject alert
            = raw("GET", u"/v1/Alerts/"_qs + alerts.first().toObject().value(u"sid").toString()).json();
        QCOMPARE(alert.value(u"request_url").toString(), app(u"/sms"_qs));
        QCOMPARE(alert.value(u"request_method").toString(), u"POST"_qs);
        QVERIFY(alert.value(u"request_variables").toString().contains(u"Body=Hi"));
        QCOMPARE(alert.value(u"response_body").toString(), u"<h1>Internal Server Error</h1>"_qs);
        QCOMPARE(alert.value(u"resource_sid").toString(), all.at(0).messageSid);
        QCOMPARE(raw("GET", u"/v1/Alerts?LogLevel=warning"_qs).json().value(u"alerts").toArray().size(), 0);
        QCOMPARE(raw("GET", u"/v1/Alerts/NO00000000000000000000000000000000"_qs).status, 404);
    }

    void whatIsNeverSentIsStillSaid()
    {
        // A number with no SMS URL: the message is stored, the event says nobody was asked.
        QCOMPARE(inbound(u"Anyone?"_qs, Account::kSecondNumber).status, 201);
        QCOMPARE(events().size(), 1);
        QCOMPARE(events().first().outcome, WebhookEvent::Outcome::NotSent);
        QVERIFY(events().first().explanation.contains(u"no SMS URL"));
        // A callback to another host: never sent (nothing leaves this computer), an event and an alert say why.
        QVERIFY(!send({ { u"StatusCallback"_qs, u"https://example.com/cb"_qs } }).isEmpty());
        m_sandbox->clock().setManual(kStart.addMSecs(Lifecycle::kSendingMs)); // one change: sending
        QTRY_COMPARE(events().size(), 2);
        const WebhookEvent e = events().last();
        QCOMPARE(e.outcome, WebhookEvent::Outcome::NotSent);
        QCOMPARE(e.errorCode, 11210);
        QVERIFY(e.explanation.contains(u"only this computer"));
        QVERIFY(!e.alertSid.isEmpty());
        QVERIFY(m_app->requests().isEmpty());
        // The inbound URL refuses what is not a conversation with one of the account's numbers.
        QCOMPARE(inbound(u"x"_qs, u"+14155550199"_qs).status, 400);
        QCOMPARE(inbound(QString()).status, 400);
    }

    void anEventIsSentAgainWithItsToken()
    {
        m_routes["/sms"]
            = [](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 503, "busy", {}, "text/plain"); };
        setNumber(0, { { u"SmsUrl"_qs, app(u"/sms"_qs) } });
        QCOMPARE(inbound(u"Hi"_qs).status, 201);
        QTRY_VERIFY(!events().isEmpty() && allEnded());
        const WebhookEvent first = events().first();
        QCOMPARE(first.outcome, WebhookEvent::Outcome::Failed);
        m_routes["/sms"] = [](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 200, {}, {}, "text/xml"); };
        const RawReply resent = raw("POST", accountPath() + u"/Textbench/WebhookEvents/" + first.sid + u"/Resend.json");
        QCOMPARE(resent.status, 202);
        QTRY_VERIFY(allEnded());
        const WebhookEvent again = events().first();
        QCOMPARE(events().size(), 1); // the same event, not a new one
        QCOMPARE(again.outcome, WebhookEvent::Outcome::Delivered);
        QCOMPARE(again.resends, 1);
        QCOMPARE(requestsTo("/sms").size(), 2);
        QCOMPARE(requestsTo("/sms").at(1).header("I-Twilio-Idempotency-Token"),
            requestsTo("/sms").at(0).header("I-Twilio-Idempotency-Token"));
        // The record, as the window and textbench-cli read it.
        const QJsonObject list
            = raw("GET", accountPath() + u"/Textbench/WebhookEvents.json?MessageSid=" + first.messageSid).json();
        QCOMPARE(list.value(u"webhook_events").toArray().size(), 1);
        const QJsonObject e = list.value(u"webhook_events").toArray().first().toObject();
        QCOMPARE(e.value(u"kind").toString(), u"inbound"_qs);
        QCOMPARE(e.value(u"outcome").toString(), u"delivered"_qs);
        QCOMPARE(e.value(u"resends").toInt(), 1);
        QVERIFY(e.value(u"signed_data").toString().startsWith(app(u"/sms"_qs)));
        QCOMPARE(raw("POST", accountPath() + u"/Textbench/WebhookEvents/WH0/Resend.json").status, 404);
    }

    void phoneNumbers()
    {
        const QJsonObject list = raw("GET", accountPath() + u"/IncomingPhoneNumbers.json").json();
        const QJsonArray numbers = list.value(u"incoming_phone_numbers").toArray();
        QCOMPARE(numbers.size(), 2);
        const QJsonObject first = numbers.at(0).toObject();
        QCOMPARE(first.value(u"phone_number").toString(), Account::kSender);
        QCOMPARE(first.value(u"capabilities").toObject().value(u"mms").toBool(), true);
        QCOMPARE(numbers.at(1).toObject().value(u"capabilities").toObject().value(u"mms").toBool(), false);
        QCOMPARE(numbers.at(1).toObject().value(u"capabilities").toObject().value(u"sms").toBool(), true);
        QCOMPARE(first.value(u"sms_method").toString(), u"POST"_qs);
        // Update: the SMS URL and method; a bad one changes nothing.
        const QString path = accountPath() + u"/IncomingPhoneNumbers/" + numberSid(0) + u".json";
        QCOMPARE(raw("POST", path, "SmsUrl=not%20a%20url").status, 400);
        QCOMPARE(raw("POST", path, "SmsMethod=PUT").status, 400);
        const RawReply updated
            = raw("POST", path, "SmsUrl=http%3A%2F%2F127.0.0.1%3A1%2Fsms&SmsMethod=get&FriendlyName=Bot");
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"sms_url").toString(), u"http://127.0.0.1:1/sms"_qs);
        QCOMPARE(updated.json().value(u"sms_method").toString(), u"GET"_qs);
        QCOMPARE(raw("GET", path).json().value(u"friendly_name").toString(), u"Bot"_qs);
        // Buy one by area code, find it, release it.
        const RawReply bought = raw("POST", accountPath() + u"/IncomingPhoneNumbers.json", "AreaCode=415");
        QCOMPARE(bought.status, 201);
        QVERIFY(bought.json().value(u"phone_number").toString().startsWith(u"+1415555"));
        const QString sid = bought.json().value(u"sid").toString();
        QCOMPARE(raw("GET", accountPath() + u"/IncomingPhoneNumbers.json?PhoneNumber=%2B1415")
                     .json()
                     .value(u"incoming_phone_numbers")
                     .toArray()
                     .size(),
            1);
        QCOMPARE(raw("DELETE", accountPath() + u"/IncomingPhoneNumbers/" + sid + u".json").status, 204);
        QCOMPARE(raw("GET", accountPath() + u"/IncomingPhoneNumbers/" + sid + u".json").status, 404);
        QCOMPARE(raw("POST", accountPath() + u"/IncomingPhoneNumbers.json", "AreaCode=1").status, 400);
        // Paging.
        const QJsonObject page = raw("GET", accountPath() + u"/IncomingPhoneNumbers.json?PageSize=1").json();
        QCOMPARE(page.value(u"incoming_phone_numbers").toArray().size(), 1);
        QVERIFY(page.value(u"next_page_uri").toString().contains(u"Page=1"));
    }

    void dateSentTakesADateTime()
    {
        // twilio-node sends a Date as an ISO 8601 date-time: DateSent then means that day.
        const QString sid = send({});
        m_sandbox->clock().setManual(kStart.addSecs(60));
        for (const char* q : { "DateSent=2026-11-27", "DateSent=2026-11-27T00%3A00%3A00Z",
                 "DateSent%3E=2026-11-27T09%3A00%3A00Z", "DateSent%3C=2026-11-28T00%3A00%3A00Z" }) {
            const RawReply r = raw("GET", accountPath() + u"/Messages.json?" + QString::fromLatin1(q));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"messages").toArray().size(), 1);
        }
        QCOMPARE(raw("GET", accountPath() + u"/Messages.json?DateSent=2026-11-26T00%3A00%3A00Z")
                     .json()
                     .value(u"messages")
                     .toArray()
                     .size(),
            0);
        QCOMPARE(raw("GET", accountPath() + u"/Messages.json?DateSent=yesterday").status, 400);
        Q_UNUSED(sid)
    }

    void theFirstLineNamesTheNumbersAndTheInboundUrl()
    {
        const QJsonObject info = m_sandbox->connectionInfo();
        const QJsonArray numbers = info.value(u"phone_numbers").toArray();
        QCOMPARE(numbers.size(), 2);
        QCOMPARE(numbers.at(0).toObject().value(u"phone_number").toString(), Account::kSender);
        QVERIFY(numbers.at(0).toObject().value(u"sid").toString().startsWith(u"PN"));
        QCOMPARE(info.value(u"inbound_url").toString(),
            m_sandbox->baseUrl().toString() + accountPath() + u"/Textbench/InboundMessages.json");
    }
};

QTEST_GUILESS_MAIN(Tst_SandboxWebhooks)
#include "tst_sandboxwebhooks.moc"
