// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdispatcher.h"

#include "sandboxaccount.h"
#include "sandboxstore.h"
#include "webhooks/webhooksignature.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <utility>

namespace textbench::sandbox {

namespace {
int boundedInt(const QString& text, int low, int high, int fallback)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok && n >= low && n <= high ? n : fallback;
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}
} // namespace

ConnectionOverrides ConnectionOverrides::fromFragment(const QString& fragment)
{
    ConnectionOverrides o;
    const QUrlQuery q(fragment);
    o.connectTimeoutMs = boundedInt(q.queryItemValue(QStringLiteral("ct")), 100, 10000, o.connectTimeoutMs);
    o.readTimeoutMs = boundedInt(q.queryItemValue(QStringLiteral("rt")), 100, 15000, o.readTimeoutMs);
    o.totalTimeoutMs = boundedInt(q.queryItemValue(QStringLiteral("tt")), 100, 15000, o.totalTimeoutMs);
    o.retries = boundedInt(q.queryItemValue(QStringLiteral("rc")), 0, 5, o.retries);
    o.retryPolicy = q.queryItemValue(QStringLiteral("rp")).split(u',', Qt::SkipEmptyParts);
    return o;
}

/// One event in flight: its attempts, redirects, timers and what has been read.
struct WebhookDispatcher::Flight
{
    QString eventSid;
    Done done;
    ConnectionOverrides limits;
    QUrl url; ///< now (after redirects), without the fragment
    QByteArray method;
    int redirects = 0;
    int failedConnects = 0;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    bool truncated = false;
    bool requestSent = false;
    bool gotHeaders = false;
    enum class Abort { None, ConnectTimeout, ReadTimeout, TotalTimeout } abort = Abort::None;
    QElapsedTimer elapsed;
    QTimer connectTimer;
    QTimer readTimer;
    QTimer totalTimer;
};

WebhookDispatcher::WebhookDispatcher(SandboxState& state, WebhookStore& store, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_store(store)
{
    // Our own network manager: the app's requests never share connections or cookies with anything else.
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network.setCookieJar(nullptr);
}

WebhookDispatcher::~WebhookDispatcher()
{
    // Quietly: an aborted reply says finished() at once, and nothing may answer it now.
    const QList<Flight*> flights = std::exchange(m_flights, {});
    for (Flight* f : flights) {
        if (f->reply) {
            f->reply->disconnect(this);
            f->reply->abort();
            delete f->reply;
        }
        delete f;
    }
}

bool WebhookDispatcher::isLocalHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

WebhookEvent WebhookDispatcher::newEvent(const WebhookRequest& request) const
{
    WebhookEvent e;
    e.sid = m_state.newSid(QStringLiteral("WH"));
    e.kind = request.kind;
    e.messageSid = request.messageSid;
    e.messageStatus = request.messageStatus;
    e.created = m_state.clock.now();
    e.url = request.url;
    e.method = request.method.toUpper();
    e.parameters = request.parameters;
    e.idempotencyToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return e;
}

QString WebhookDispatcher::send(const WebhookRequest& request, Done done)
{
    QString sid = m_store.add(newEvent(request)).sid;
    start(sid, std::move(done));
    return sid;
}

QString WebhookDispatcher::recordNotSent(const WebhookRequest& request, const QString& explanation)
{
    WebhookEvent e = newEvent(request);
    e.outcome = WebhookEvent::Outcome::NotSent;
    e.explanation = explanation;
    QString sid = m_store.add(e).sid;
    Q_EMIT eventChanged(sid);
    return sid;
}

void WebhookDispatcher::reportProblem(const QString& eventSid, int code, const QString& text, bool warning)
{
    WebhookEvent* e = m_store.event(eventSid);
    if (!e)
        return;
    const QString alert = raiseAlert(*e, code, text, warning ? QStringLiteral("warning") : QStringLiteral("error"));
    if (!warning) {
        e->outcome = WebhookEvent::Outcome::Failed;
        e->errorCode = code;
        e->explanation = text;
        e->alertSid = alert;
    }
    Q_EMIT eventChanged(eventSid);
    Q_EMIT alertRaised(alert);
}

bool WebhookDispatcher::resend(const QString& eventSid, Done done)
{
    WebhookEvent* e = m_store.event(eventSid);
    if (!e || e->outcome == WebhookEvent::Outcome::Pending)
        return false;
    ++e->resends;
    e->outcome = WebhookEvent::Outcome::Pending;
    e->attempts = 0;
    e->responseStatus = 0;
    e->responseHeaders.clear();
    e->responseBody.clear();
    e->responseTruncated = false;
    e->latencyMs = -1;
    e->errorCode = 0;
    e->explanation.clear();
    e->alertSid.clear();
    start(eventSid, std::move(done));
    return true;
}

void WebhookDispatcher::start(const QString& eventSid, Done done)
{
    auto* f = new Flight;
    f->eventSid = eventSid;
    f->done = std::move(done);
    m_flights.append(f);
    WebhookEvent& e = *m_store.event(eventSid);
    Q_EMIT eventChanged(eventSid);

    const QUrl configured(e.url, QUrl::StrictMode);
    f->limits = ConnectionOverrides::fromFragment(configured.fragment());
    f->url = configured.adjusted(QUrl::RemoveFragment);
    f->method = e.method.toLatin1();
    if (!configured.isValid() || configured.isRelative() || configured.host().isEmpty()
        || (configured.scheme() != u"http" && configured.scheme() != u"https")) {
        end(f, WebhookEvent::Outcome::NotSent, 11321,
            tr("\"%1\" is not an absolute http or https URL, so it was not requested.").arg(e.url.left(300)));
        return;
    }
    if (f->method != "GET" && f->method != "POST") {
        end(f, WebhookEvent::Outcome::NotSent, 11322,
            tr("The method \"%1\" is neither GET nor POST, so it was not requested.").arg(e.method.left(20)));
        return;
    }
    if (!isLocalHost(f->url.host())) {
        end(f, WebhookEvent::Outcome::NotSent, 11210,
            tr("Not sent: the sandbox calls only this computer (127.0.0.1, ::1, localhost), and %1 is another host. "
               "Nothing it does leaves this machine; to reach that host, use your Twilio account.")
                .arg(f->url.host()));
        return;
    }
    f->elapsed.start();
    attempt(f);
}

void WebhookDispatcher::prepare(WebhookEvent& e, const QUrl& url)
{
    // Signed as Twilio signs: the URL as it is requested, then (for a POST) the sorted form. The fragment of
    // overrides is never sent, so it is not signed either.
    const QString token = Account::kAuthToken;
    const QString target = url.toString(QUrl::FullyEncoded);
    const WebhookSignature::Signed s = e.method == u"GET" ? WebhookSignature::sign(target, {}, token)
                                                          : WebhookSignature::sign(target, e.parameters, token);
    e.signedData = s.data;
    e.signature = s.signature;
    e.requestHeaders = {
        { "Accept", "*/*" },
        { "User-Agent", "TwilioProxy/1.1" },
        { "X-Twilio-Signature", s.signature.toLatin1() },
        { "I-Twilio-Idempotency-Token", e.idempotencyToken.toLatin1() },
        { "X-Home-Region", "us1" },
    };
    if (e.method != u"GET")
        e.requestHeaders.prepend({ "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8" });
}

void WebhookDispatcher::attempt(Flight* f)
{
    WebhookEvent& e = *m_store.event(f->eventSid);
    ++e.attempts;
    f->body.clear();
    f->truncated = false;
    f->requestSent = false;
    f->gotHeaders = false;
    f->abort = Flight::Abort::None;

    QUrl url = f->url;
    if (f->method == "GET" && !e.parameters.isEmpty() && f->redirects == 0) {
        // A GET carries the parameters in the query, after what the URL already has.
        const QString extra = QString::fromLatin1(FormEncoding::encode(e.parameters));
        url.setQuery(url.hasQuery() ? url.query(QUrl::FullyEncoded) + u'&' + extra : extra, QUrl::StrictMode);
    }
    prepare(e, url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& [name, value] : e.requestHeaders)
        request.setRawHeader(name, value);
    QNetworkReply* reply
        = f->method == "GET" ? m_network.get(request) : m_network.post(request, FormEncoding::encode(e.parameters));
    f->reply = reply;

    f->connectTimer.setSingleShot(true);
    f->readTimer.setSingleShot(true);
    f->totalTimer.setSingleShot(true);
    const auto abortWith = [f](Flight::Abort why) {
        if (f->abort == Flight::Abort::None && f->reply) {
            f->abort = why;
            f->reply->abort();
        }
    };
    f->connectTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::ConnectTimeout); });
    f->readTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::ReadTimeout); });
    f->totalTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::TotalTimeout); });
    f->connectTimer.start(f->limits.connectTimeoutMs);
    f->totalTimer.start(f->limits.totalTimeoutMs);

    connect(reply, &QNetworkReply::requestSent, this, [f] {
        // Connected (or on a kept-alive connection) and the request is out: now the answer has rt to come.
        f->requestSent = true;
        f->connectTimer.stop();
        f->readTimer.start(f->limits.readTimeoutMs);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [f] {
        f->gotHeaders = true;
        f->connectTimer.stop();
        f->readTimer.start(f->limits.readTimeoutMs);
    });
    connect(reply, &QNetworkReply::readyRead, this, [f, reply] {
        if (f->truncated || !reply->isOpen())
            return;
        f->readTimer.start(f->limits.readTimeoutMs);
        const qint64 room = kMaxAnswerBytes - f->body.size();
        f->body += reply->read(std::max<qint64>(0, room));
        if (reply->bytesAvailable() > 0 || (room <= 0 && !reply->atEnd())) {
            // More than Twilio reads: keep what fits and stop reading (a 10 MB answer costs 64 KiB here).
            f->truncated = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, f] { onFinished(f); });
}

void WebhookDispatcher::onFinished(Flight* f)
{
    f->connectTimer.stop();
    f->readTimer.stop();
    f->totalTimer.stop();
    QNetworkReply* reply = f->reply;
    reply->deleteLater();
    WebhookEvent& e = *m_store.event(f->eventSid);
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (!f->truncated && reply->isOpen())
        f->body += reply->readAll().left(kMaxAnswerBytes - f->body.size());
    e.responseStatus = status;
    e.responseHeaders.clear();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        e.responseHeaders.append({ name, value });
    e.responseBody = f->body.left(WebhookEvent::kKeptBody);
    e.responseTruncated = f->truncated;
    const QNetworkReply::NetworkError error = reply->error();

    // A connection that never carried the request: retried (rc, one by default) with the same token.
    const bool connectFailed = status == 0 && !f->requestSent
        && (f->abort == Flight::Abort::ConnectTimeout || error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::HostNotFoundError || error == QNetworkReply::TemporaryNetworkFailureError
            || error == QNetworkReply::NetworkSessionFailedError);
    const bool retryAll = f->limits.retryPolicy.contains(QStringLiteral("all"));
    const bool retryStatus = status >= 500 ? f->limits.retryPolicy.contains(QStringLiteral("5xx"))
        : status >= 400                    ? f->limits.retryPolicy.contains(QStringLiteral("4xx"))
                                           : false;
    const bool readTimedOut = f->abort == Flight::Abort::ReadTimeout || f->abort == Flight::Abort::TotalTimeout;
    const bool retryable = connectFailed || ((retryAll || retryStatus) && status >= 400)
        || ((retryAll || f->limits.retryPolicy.contains(QStringLiteral("rt"))) && readTimedOut);
    if (retryable && f->failedConnects < f->limits.retries) {
        ++f->failedConnects;
        attempt(f);
        return;
    }

    if (f->truncated && status >= 200 && status < 300) {
        end(f, WebhookEvent::Outcome::Delivered, 0,
            tr("Answered %1; the answer was longer than %2 KiB and was read no further.")
                .arg(status)
                .arg(kMaxAnswerBytes / 1024));
        return;
    }
    switch (f->abort) {
    case Flight::Abort::ConnectTimeout:
        end(f, WebhookEvent::Outcome::Failed, 11205,
            tr("Could not connect to %1 within %2 s (tried %3 times).")
                .arg(f->url.authority(), seconds(f->limits.connectTimeoutMs))
                .arg(e.attempts));
        return;
    case Flight::Abort::ReadTimeout:
        end(f, WebhookEvent::Outcome::Failed, 11200,
            f->gotHeaders ? tr("The answer stopped coming: nothing for %1 s.").arg(seconds(f->limits.readTimeoutMs))
                          : tr("Connected, but no answer within %1 s.").arg(seconds(f->limits.readTimeoutMs)));
        return;
    case Flight::Abort::TotalTimeout:
        end(f, WebhookEvent::Outcome::Failed, 11200,
            tr("The answer was not complete within %1 s (Twilio's limit for the whole answer).")
                .arg(seconds(f->limits.totalTimeoutMs)));
        return;
    case Flight::Abort::None:
        break;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QUrl next = f->url.resolved(location);
        if (location.isEmpty() || !next.isValid()) {
            end(f, WebhookEvent::Outcome::Failed, 11206, tr("Answered %1 without a usable Location.").arg(status));
            return;
        }
        if (++f->redirects > kMaxRedirects) {
            end(f, WebhookEvent::Outcome::Failed, 11215,
                tr("More than %1 redirects; the last one was to %2.")
                    .arg(kMaxRedirects)
                    .arg(next.toString().left(300)));
            return;
        }
        if (!isLocalHost(next.host()) || (next.scheme() != u"http" && next.scheme() != u"https")) {
            end(f, WebhookEvent::Outcome::NotSent, 11210,
                tr("Redirected to %1, which is not on this computer: not followed (the sandbox calls only "
                   "127.0.0.1, ::1 and localhost).")
                    .arg(next.toString().left(300)));
            return;
        }
        // 307 and 308 keep the method and form; the others become a GET, as clients do.
        if (status != 307 && status != 308)
            f->method = "GET";
        f->url = next;
        e.url = next.toString(QUrl::FullyEncoded);
        e.method = QString::fromLatin1(f->method);
        attempt(f);
        return;
    }
    if (status >= 200 && status < 300) {
        end(f, WebhookEvent::Outcome::Delivered, 0, tr("Answered %1.").arg(status));
        return;
    }
    if (status >= 400) {
        end(f, WebhookEvent::Outcome::Failed, 11200,
            tr("Your app answered HTTP %1 %2.")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(100)));
        return;
    }
    if (status > 0 || f->gotHeaders || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::UnknownContentError || error == QNetworkReply::ProtocolUnknownError) {
        end(f, WebhookEvent::Outcome::Failed, 11206,
            tr("The answer was not valid HTTP, or was cut short: %1.").arg(reply->errorString()));
        return;
    }
    end(f, WebhookEvent::Outcome::Failed, 11205,
        error == QNetworkReply::ConnectionRefusedError
            ? tr("Connection refused at %1 (tried %2 times): is the app running on that port?")
                  .arg(f->url.authority())
                  .arg(e.attempts)
            : tr("The connection failed before an answer: %1.").arg(reply->errorString()));
}

QString WebhookDispatcher::raiseAlert(const WebhookEvent& e, int code, const QString& text, const QString& level)
{
    const auto encoded = [](const QList<std::pair<QByteArray, QByteArray>>& headers) {
        FormFields fields;
        for (const auto& [name, value] : headers)
            fields.append({ QString::fromLatin1(name), QString::fromLatin1(value) });
        return QString::fromUtf8(FormEncoding::encode(fields));
    };
    StoredAlert a;
    a.sid = m_state.newSid(QStringLiteral("NO"));
    a.errorCode = code;
    a.logLevel = level;
    a.alertText = text;
    a.resourceSid = e.messageSid;
    a.requestMethod = e.method;
    a.requestUrl = e.url;
    a.requestVariables = QString::fromUtf8(FormEncoding::encode(e.parameters));
    a.requestHeaders = encoded(e.requestHeaders);
    a.responseHeaders = encoded(e.responseHeaders);
    a.responseBody = QString::fromUtf8(e.responseBody);
    a.created = m_state.clock.now();
    return m_store.addAlert(a).sid;
}

void WebhookDispatcher::end(Flight* f, WebhookEvent::Outcome outcome, int errorCode, const QString& explanation)
{
    WebhookEvent& e = *m_store.event(f->eventSid);
    e.outcome = outcome;
    e.errorCode = errorCode;
    e.explanation = explanation;
    e.latencyMs = f->elapsed.isValid() ? f->elapsed.elapsed() : 0;
    if (errorCode != 0)
        e.alertSid = raiseAlert(e, errorCode, explanation, QStringLiteral("error"));
    const WebhookEvent copy = e; // the store may move on while callbacks run
    m_flights.removeOne(f);
    Done done = std::move(f->done);
    delete f;
    Q_EMIT eventChanged(copy.sid);
    if (!copy.alertSid.isEmpty())
        Q_EMIT alertRaised(copy.alertSid);
    if (done)
        done(copy);
}

} // namespace textbench::sandbox
