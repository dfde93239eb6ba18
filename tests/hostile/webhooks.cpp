// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile suite's webhook layer: the developer's app misbehaving towards the sandbox. The sandbox (in this
// process) asks a hostile receiver on loopback what to answer an inbound message, or posts it a status callback; each
// run must end as Twilio's alert within Twilio's limits (or the row's #ct/#rt/#tt overrides), leave exactly one event
// with at most its retries, and the sandbox's API must keep answering meanwhile. The longest stall of the event loop
// while they run is printed with the suite's line (a figure, not a pass mark: see bench_sandbox for the target).
#include "hostile.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QWaitCondition>

namespace {
using sandbox::WebhookEvent;

/// One hostile app and what the sandbox must make of it.
struct Receiver
{
    QString name;
    TestServer::Handler handler;
    QString fragment; ///< connection overrides, so that a timeout row takes a second, not fifteen
    int alertCode = 0;
    WebhookEvent::Outcome outcome = WebhookEvent::Outcome::Failed;
    int maxAttempts = 1;
    bool statusCallback = false; ///< a status callback rather than an inbound message's SMS URL
    QString host; ///< another host than the receiver's (never connected to)
};

Receiver row(const QString& name, TestServer::Handler handler, const QString& fragment, int alertCode,
    WebhookEvent::Outcome outcome = WebhookEvent::Outcome::Failed, int maxAttempts = 1, bool statusCallback = false,
    const QString& host = {})
{
    return Receiver { name, std::move(handler), fragment, alertCode, outcome, maxAttempts, statusCallback, host };
}

QByteArray twimlMessage()
{
    return "<?xml version=\"1.0\"?><Response><Message>hi</Message></Response>";
}

QList<Receiver> hostileReceivers()
{
    const auto answer = [](int status, const QByteArray& body, const QByteArray& type) {
        return [status, body, type](
                   const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, status, body, {}, type); };
    };
    QList<Receiver> rows;
    rows.append(row(
        QStringLiteral("silence, Twilio's 15 s"), [](const RecordedRequest&, QTcpSocket*) {}, {}, 11200));
    rows.append(row(
        QStringLiteral("silence, #rt=300"), [](const RecordedRequest&, QTcpSocket*) {}, QStringLiteral("rt=300"),
        11200));
    rows.append(row(
        QStringLiteral("reset"), [](const RecordedRequest&, QTcpSocket* s) { resetConnection(s); }, {}, 11205));
    rows.append(row(
        QStringLiteral("slow drip, #tt=600"),
        [](const RecordedRequest&, QTcpSocket* s) { TestServer::drip(s, twimlMessage(), 100); },
        QStringLiteral("tt=600"), 11200));
    rows.append(row(QStringLiteral("a 10 MB answer"), answer(200, QByteArray(10 * 1024 * 1024, 'x'), "text/xml"), {},
        12100, WebhookEvent::Outcome::Failed));
    rows.append(row(QStringLiteral("a 10 MB answer to a status callback"),
        answer(200, QByteArray(10 * 1024 * 1024, 'x'), "text/plain"), {}, 0, WebhookEvent::Outcome::Delivered, 1,
        true));
    rows.append(row(
        QStringLiteral("redirect loop"),
        [](const RecordedRequest& r, QTcpSocket* s) {
            TestServer::reply(s, 302, {}, { { "Location", r.path } }, {});
        },
        {}, 11215, WebhookEvent::Outcome::Failed, 11)); // the first request and ten redirects
    rows.append(row(
        QStringLiteral("redirect off this computer"),
        [](const RecordedRequest&, QTcpSocket* s) {
            TestServer::reply(s, 302, {}, { { "Location", "http://192.0.2.1/steal" } }, {});
        },
        {}, 11210, WebhookEvent::Outcome::NotSent));
    rows.append(
        row(QStringLiteral("malformed XML"), answer(200, "<Response><Message>hi</Response>", "text/xml"), {}, 12100));
    rows.append(row(QStringLiteral("10,000-deep XML"),
        answer(200,
            "<Response>" + QByteArray("<a>").repeated(10'000) + QByteArray("</a>").repeated(10'000) + "</Response>",
            "text/xml"),
        {}, 12100));
    rows.append(row(QStringLiteral("an entity bomb"),
        answer(200,
            "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
            "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
            "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
            "<Response><Message>&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;</Message></Response>",
            "text/xml"),
        {}, 12100));
    rows.append(row(
        QStringLiteral("the wrong content type"), answer(200, "{\"reply\":\"hi\"}", "application/json"), {}, 12300));
    rows.append(row(QStringLiteral("a 500"), answer(500, "Internal Server Error", "text/plain"), {}, 11200));
    rows.append(row(QStringLiteral("a 500 to a status callback"), answer(500, "no", "text/plain"), {}, 11200,
        WebhookEvent::Outcome::Failed, 1, true));
    rows.append(
        row(QStringLiteral("a closed port"), {}, QStringLiteral("ct=500"), 11205, WebhookEvent::Outcome::Failed, 2));
    rows.append(row(QStringLiteral("another host"), {}, {}, 11210, WebhookEvent::Outcome::NotSent, 0, false,
        QStringLiteral("192.0.2.1")));
    return rows;
}
/// The hostile app on a thread of its own, as an app is its own process: what it does (10 MB to write, a reset) is
/// not counted as the sandbox's stall.
class ReceiverThread : public QThread
{
public:
    explicit ReceiverThread(TestServer::Handler handler)
        : m_handler(std::move(handler))
    { }
    ~ReceiverThread() override
    {
        quit();
        wait();
    }
    /// Starts it and returns its port once it listens.
    quint16 listen()
    {
        start();
        QMutexLocker lock(&m_mutex);
        while (m_port == 0)
            m_ready.wait(&m_mutex);
        return m_port;
    }

protected:
    void run() override
    {
        TestServer server;
        server.setHandler(m_handler);
        {
            QMutexLocker lock(&m_mutex);
            m_port = server.port();
            m_ready.wakeAll();
        }
        exec();
    }

private:
    TestServer::Handler m_handler;
    QMutex m_mutex;
    QWaitCondition m_ready;
    quint16 m_port = 0;
};
} // namespace
Q_DECLARE_METATYPE(Receiver)

double g_longestWebhookStallMs = 0;

void Tst_Hostile::hostileReceiver_data()
{
    QTest::addColumn<Receiver>("receiver");
    for (const Receiver& r : hostileReceivers())
        QTest::newRow(qPrintable(r.name)) << r;
}

void Tst_Hostile::hostileReceiver()
{
    QFETCH(Receiver, receiver);
    ++g_tally.webhooks;
    sandbox::SandboxServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setSpeed(1000);
    std::unique_ptr<ReceiverThread> app;
    quint16 port = 0;
    if (receiver.handler) {
        app = std::make_unique<ReceiverThread>(receiver.handler);
        port = app->listen();
    } else {
        TestServer closed; // a port that answered once and is closed now
        port = closed.port();
    }
    const QString host = receiver.host.isEmpty() ? QStringLiteral("127.0.0.1") : receiver.host;
    const QString url = QStringLiteral("http://%1:%2/app").arg(host).arg(port)
        + (receiver.fragment.isEmpty() ? QString() : u'#' + receiver.fragment);

    // The event loop's longest pause while the sandbox deals with the app.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    double longest = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, double(now - last) / 1e6);
        last = now;
    });
    tick.start(1);
    last = clock.nsecsElapsed();

    QElapsedTimer took;
    took.start();
    QNetworkAccessManager nam;
    const auto api = [&](const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        QNetworkRequest req(
            QUrl(sandbox.baseUrl().toString() + u"/2010-04-01/Accounts/" + sandbox::Account::kAccountSid + path));
        req.setRawHeader("Authorization",
            "Basic " + (sandbox::Account::kAccountSid + u':' + sandbox::Account::kAuthToken).toUtf8().toBase64());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(5000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    if (receiver.statusCallback) {
        QCOMPARE(api("POST", u"/Messages.json"_qs,
                     FormEncoding::encode({ { u"To"_qs, kTo }, { u"From"_qs, kFrom }, { u"Body"_qs, u"x"_qs },
                         { u"StatusCallback"_qs, url } })),
            201);
    } else {
        sandbox.setSmsUrl(url);
        QCOMPARE(api("POST", u"/Textbench/InboundMessages.json"_qs,
                     FormEncoding::encode({ { u"From"_qs, kTo }, { u"To"_qs, sandbox::Account::kSender },
                         { u"Body"_qs, u"hello"_qs } })),
            201);
    }
    // The API keeps answering while the app misbehaves.
    QCOMPARE(api("GET", u"/Messages.json"_qs), 200);
    const auto ended = [&] {
        const auto& events = sandbox.webhooks().events();
        return !events.isEmpty() && std::none_of(events.cbegin(), events.cend(), [](const WebhookEvent& e) {
            return e.outcome == WebhookEvent::Outcome::Pending;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(ended(), 20'000);
    tick.stop();
    g_longestWebhookStallMs = std::max(g_longestWebhookStallMs, longest);
    if (took.elapsed() > 17'000)
        ++g_tally.hung; // past Twilio's 15 s for the answer (and its one retry of a connect)

    // For a status callback, the first change's event (sending): exactly one event for it, at most its retries.
    const WebhookEvent e = sandbox.webhooks().events().first();
    QCOMPARE(e.outcome, receiver.outcome);
    QCOMPARE(e.errorCode, receiver.alertCode);
    QVERIFY2(e.attempts <= receiver.maxAttempts, qPrintable(QStringLiteral("%1 attempts").arg(e.attempts)));
    QVERIFY2(!e.explanation.isEmpty(), "every outcome is said");
    const QString sid = e.messageSid;
    const auto& all = sandbox.webhooks().events();
    QCOMPARE(std::count_if(all.cbegin(), all.cend(),
                 [&](const WebhookEvent& other) {
                     return other.messageSid == sid && other.messageStatus == e.messageStatus;
                 }),
        1);
    if (receiver.alertCode) {
        QVERIFY(!e.alertSid.isEmpty());
        const sandbox::StoredAlert* alert = sandbox.webhooks().alert(e.alertSid);
        QVERIFY(alert);
        QCOMPARE(alert->errorCode, receiver.alertCode);
    }
    // Nothing was kept of a huge answer but what Twilio reads.
    QVERIFY(e.responseBody.size() <= WebhookEvent::kKeptBody);
    // The other host was never connected to: no event of it has an answer.
    if (!receiver.host.isEmpty())
        QCOMPARE(e.responseStatus, 0);
}
