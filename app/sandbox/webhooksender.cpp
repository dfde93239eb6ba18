// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksender.h"

#include "webhooks/webhooksignature.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

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

/// One request in flight: its attempts, redirects, timers and what has been read.
struct WebhookSender::Flight
{
    OutgoingWebhook request;
    WebhookOutcome outcome;
    QUrl url; ///< now (after redirects)
    QByteArray method;
    int redirects = 0;
    int failedConnects = 0;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    bool truncated = false;
    bool requestSent = false;
    bool gotHeaders = false;
    enum class Abort { None, Queued, ConnectTimeout, ReadTimeout, TotalTimeout } abort = Abort::None;
    QElapsedTimer elapsed;
    QTimer queueTimer;
    QTimer connectTimer;
    QTimer readTimer;
    QTimer totalTimer;
};

WebhookSender::WebhookSender(QObject* parent)
    : QObject(parent)
{ }

WebhookSender::~WebhookSender()
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
    qDeleteAll(m_networks);
}

bool WebhookSender::isLocalHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void WebhookSender::send(const OutgoingWebhook& request)
{
    if (!m_networks.front()) {
        // Our own network managers, on this thread: the app's requests share nothing with anything else.
        for (QNetworkAccessManager*& network : m_networks) {
            network = new QNetworkAccessManager;
            network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            network->setCookieJar(nullptr);
        }
    }
    auto* f = new Flight;
    f->request = request;
    f->outcome.eventSid = request.eventSid;
    f->url = request.url;
    f->method = request.method;
    m_flights.append(f);
    f->elapsed.start();
    attempt(f);
}

void WebhookSender::prepare(Flight* f, const QUrl& url)
{
    // Signed as Twilio signs: the URL as it is requested, then (for a POST) the sorted form.
    const QString target = url.toString(QUrl::FullyEncoded);
    const WebhookSignature::Signed s = f->method == "GET"
        ? WebhookSignature::sign(target, {}, f->request.authToken)
        : WebhookSignature::sign(target, f->request.parameters, f->request.authToken);
    f->outcome.signedData = s.data;
    f->outcome.signature = s.signature;
    f->outcome.requestHeaders = {
        { "Accept", "*/*" },
        { "User-Agent", "TwilioProxy/1.1" },
        { "X-Twilio-Signature", s.signature.toLatin1() },
        { "I-Twilio-Idempotency-Token", f->request.idempotencyToken.toLatin1() },
        { "X-Home-Region", "us1" },
    };
    if (f->method != "GET")
        f->outcome.requestHeaders.prepend({ "Content-Type", "application/x-www-form-urlencoded; charset=UTF-8" });
}

void WebhookSender::attempt(Flight* f)
{
    ++f->outcome.attempts;
    f->body.clear();
    f->truncated = false;
    f->requestSent = false;
    f->gotHeaders = false;
    f->abort = Flight::Abort::None;

    QUrl url = f->url;
    if (f->method == "GET" && !f->request.parameters.isEmpty() && f->redirects == 0) {
        // A GET carries the parameters in the query, after what the URL already has.
        const QString extra = QString::fromLatin1(FormEncoding::encode(f->request.parameters));
        url.setQuery(url.hasQuery() ? url.query(QUrl::FullyEncoded) + u'&' + extra : extra, QUrl::StrictMode);
    }
    prepare(f, url);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto& [name, value] : f->outcome.requestHeaders)
        request.setRawHeader(name, value);
    QNetworkAccessManager* network = m_networks.at(f->request.lane % m_networks.size());
    QNetworkReply* reply = f->method == "GET" ? network->get(request)
                                              : network->post(request, FormEncoding::encode(f->request.parameters));
    f->reply = reply;

    for (QTimer* t : { &f->queueTimer, &f->connectTimer, &f->readTimer, &f->totalTimer })
        t->setSingleShot(true);
    const auto abortWith = [f](Flight::Abort why) {
        if (f->abort == Flight::Abort::None && f->reply) {
            f->abort = why;
            f->reply->abort();
        }
    };
    f->queueTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::Queued); });
    f->connectTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::ConnectTimeout); });
    f->readTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::ReadTimeout); });
    f->totalTimer.callOnTimeout(reply, [abortWith] { abortWith(Flight::Abort::TotalTimeout); });
    // Twilio's limits count from the connection: a request waiting for one of the few connections to its host (a
    // burst of callbacks) has not started yet. Waiting is bounded on its own.
    f->queueTimer.start(kMaxQueueMs);

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [f] {
        f->queueTimer.stop();
        f->connectTimer.start(f->request.limits.connectTimeoutMs);
        f->totalTimer.start(f->request.limits.totalTimeoutMs);
    });
    connect(reply, &QNetworkReply::requestSent, this, [f] {
        // Connected (or on a kept-alive connection) and the request is out: now the answer has rt to come.
        f->requestSent = true;
        f->queueTimer.stop();
        f->connectTimer.stop();
        if (!f->totalTimer.isActive())
            f->totalTimer.start(f->request.limits.totalTimeoutMs);
        f->readTimer.start(f->request.limits.readTimeoutMs);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [f] {
        f->gotHeaders = true;
        f->connectTimer.stop();
        f->readTimer.start(f->request.limits.readTimeoutMs);
    });
    connect(reply, &QNetworkReply::readyRead, this, [f, reply] {
        if (f->truncated || !reply->isOpen())
            return;
        f->readTimer.start(f->request.limits.readTimeoutMs);
        const qint64 room = kMaxAnswerBytes - f->body.size();
        f->body += reply->read(std::max<qint64>(0, room));
        if (reply->bytesAvailable() > 0) {
            // More than Twilio reads: keep what fits and stop reading (a 10 MB answer costs 64 KiB here).
            f->truncated = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, f] { onFinished(f); });
}

void WebhookSender::onFinished(Flight* f)
{
    f->queueTimer.stop();
    f->connectTimer.stop();
    f->readTimer.stop();
    f->totalTimer.stop();
    QNetworkReply* reply = f->reply;
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (!f->truncated && reply->isOpen())
        f->body += reply->readAll().left(kMaxAnswerBytes - f->body.size());
    WebhookOutcome& o = f->outcome;
    o.responseStatus = status;
    o.responseHeaders.clear();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        o.responseHeaders.append({ name, value });
    o.responseBody = f->body;
    o.responseTruncated = f->truncated;
    const QNetworkReply::NetworkError error = reply->error();
    const ConnectionOverrides& limits = f->request.limits;

    // A connection that never carried the request: retried (rc, one by default) with the same token.
    const bool connectFailed = status == 0 && !f->requestSent
        && (f->abort == Flight::Abort::ConnectTimeout || error == QNetworkReply::ConnectionRefusedError
            || error == QNetworkReply::HostNotFoundError || error == QNetworkReply::TemporaryNetworkFailureError
            || error == QNetworkReply::NetworkSessionFailedError);
    const bool retryAll = limits.retryPolicy.contains(QStringLiteral("all"));
    const bool retryStatus = status >= 500 ? limits.retryPolicy.contains(QStringLiteral("5xx"))
        : status >= 400                    ? limits.retryPolicy.contains(QStringLiteral("4xx"))
                                           : false;
    const bool readTimedOut = f->abort == Flight::Abort::ReadTimeout || f->abort == Flight::Abort::TotalTimeout;
    const bool retryable = connectFailed || ((retryAll || retryStatus) && status >= 400)
        || ((retryAll || limits.retryPolicy.contains(QStringLiteral("rt"))) && readTimedOut);
    if (retryable && f->failedConnects < limits.retries) {
        ++f->failedConnects;
        attempt(f);
        return;
    }

    if (f->truncated && status >= 200 && status < 300) {
        end(f, WebhookOutcome::Kind::Delivered, 0,
            tr("Answered %1; the answer was longer than %2 KiB and was read no further.")
                .arg(status)
                .arg(kMaxAnswerBytes / 1024));
        return;
    }
    switch (f->abort) {
    case Flight::Abort::Queued:
        end(f, WebhookOutcome::Kind::Failed, 11205,
            tr("Not sent within %1 s: every connection to %2 was busy with earlier requests (an app that answers "
               "slowly holds them).")
                .arg(kMaxQueueMs / 1000)
                .arg(f->url.authority()));
        return;
    case Flight::Abort::ConnectTimeout:
        end(f, WebhookOutcome::Kind::Failed, 11205,
            tr("Could not connect to %1 within %2 s (tried %3 times).")
                .arg(f->url.authority(), seconds(limits.connectTimeoutMs))
                .arg(o.attempts));
        return;
    case Flight::Abort::ReadTimeout:
        end(f, WebhookOutcome::Kind::Failed, 11200,
            f->gotHeaders ? tr("The answer stopped coming: nothing for %1 s.").arg(seconds(limits.readTimeoutMs))
                          : tr("Connected, but no answer within %1 s.").arg(seconds(limits.readTimeoutMs)));
        return;
    case Flight::Abort::TotalTimeout:
        end(f, WebhookOutcome::Kind::Failed, 11200,
            tr("The answer was not complete within %1 s (Twilio's limit for the whole answer).")
                .arg(seconds(limits.totalTimeoutMs)));
        return;
    case Flight::Abort::None:
        break;
    }
    if (status >= 300 && status < 400) {
        const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        const QUrl next = f->url.resolved(location);
        if (location.isEmpty() || !next.isValid()) {
            end(f, WebhookOutcome::Kind::Failed, 11206, tr("Answered %1 without a usable Location.").arg(status));
            return;
        }
        if (++f->redirects > kMaxRedirects) {
            end(f, WebhookOutcome::Kind::Failed, 11215,
                tr("More than %1 redirects; the last one was to %2.")
                    .arg(kMaxRedirects)
                    .arg(next.toString().left(300)));
            return;
        }
        if (!isLocalHost(next.host()) || (next.scheme() != u"http" && next.scheme() != u"https")) {
            end(f, WebhookOutcome::Kind::NotSent, 11210,
                tr("Redirected to %1, which is not on this computer: not followed (the sandbox calls only "
                   "127.0.0.1, ::1 and localhost).")
                    .arg(next.toString().left(300)));
            return;
        }
        // 307 and 308 keep the method and form; the others become a GET, as clients do.
        if (status != 307 && status != 308)
            f->method = "GET";
        f->url = next;
        attempt(f);
        return;
    }
    if (status >= 200 && status < 300) {
        end(f, WebhookOutcome::Kind::Delivered, 0, tr("Answered %1.").arg(status));
        return;
    }
    if (status >= 400) {
        end(f, WebhookOutcome::Kind::Failed, 11200,
            tr("Your app answered HTTP %1 %2.")
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(100)));
        return;
    }
    if (status > 0 || f->gotHeaders || error == QNetworkReply::ProtocolFailure
        || error == QNetworkReply::UnknownContentError || error == QNetworkReply::ProtocolUnknownError) {
        end(f, WebhookOutcome::Kind::Failed, 11206,
            tr("The answer was not valid HTTP, or was cut short: %1.").arg(reply->errorString()));
        return;
    }
    end(f, WebhookOutcome::Kind::Failed, 11205,
        error == QNetworkReply::ConnectionRefusedError
            ? tr("Connection refused at %1 (tried %2 times): is the app running on that port?")
                  .arg(f->url.authority())
                  .arg(o.attempts)
            : tr("The connection failed before an answer: %1.").arg(reply->errorString()));
}

void WebhookSender::end(Flight* f, WebhookOutcome::Kind kind, int errorCode, const QString& explanation)
{
    WebhookOutcome o = std::move(f->outcome);
    o.kind = kind;
    o.errorCode = errorCode;
    o.explanation = explanation;
    o.url = f->url.toString(QUrl::FullyEncoded);
    o.method = f->method;
    o.latencyMs = f->elapsed.elapsed();
    m_flights.removeOne(f);
    delete f;
    Q_EMIT finished(o);
}

} // namespace textbench::sandbox
