// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include "apiclient.h"
#include "logging.h"
#include "requestlog.h"
#include "secretmasker.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslConfiguration>

#include <cstring>

namespace textbench {

namespace {
bool requestNeverLeft(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

// A request body that can be read once and never rewound. Qt's HTTP layer silently resends a request when the
// server closes the connection before answering (up to twice); a resend needs to rewind the body, so a body that
// cannot rewind turns the resend into a ContentReSendError instead. For a create that is the difference between
// an error and a second SMS.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray& data, QObject* parent)
        : QIODevice(parent)
        , m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }
    bool reset() override { return false; }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString describeOutcome(const Exchange& ex, const ApiError& error)
{
    if (ex.httpStatus > 0 && ex.transferComplete())
        return QStringLiteral("%1 %2").arg(ex.httpStatus).arg(QString::fromLatin1(ex.reasonPhrase)).trimmed();
    return error.title();
}
} // namespace

ApiCall::ApiCall(ApiClient* client, const ApiRequest& request, const ApiSession& session)
    : QObject(client)
    , m_client(client)
    , m_request(request)
    , m_credentials(session.credentials)
    , m_policy(session.policy)
    , m_deadline(session.policy.deadlineMs)
{
    if (m_request.maxResponseBytes > 0)
        m_policy.maxResponseBytes = std::min(m_policy.maxResponseBytes, m_request.maxResponseBytes);
    if (m_request.hasBody())
        m_requestBody = FormEncoding::encode(m_request.form);
    for (QTimer* t : { &m_inactivityTimer, &m_deadlineTimer, &m_retryTimer })
        t->setSingleShot(true);
    connect(&m_inactivityTimer, &QTimer::timeout, this, [this] { abortWith(Exchange::Abort::InactivityTimeout); });
    connect(&m_deadlineTimer, &QTimer::timeout, this, [this] { abortWith(Exchange::Abort::Deadline); });
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiCall::startAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::startAttempt()
{
    ++m_attempt;
    m_abort = Exchange::Abort::None;
    m_exchange = Exchange {};
    m_exchange.method = m_request.method;
    m_exchange.url = m_request.url;
    m_exchange.idempotent = !m_request.createsResource;
    m_exchange.maxResponseBytes = m_policy.maxResponseBytes;
    m_exchange.attempts = m_attempt;

    QNetworkRequest req(m_request.url);
    for (const auto& [name, value] : m_client->requestHeaders(m_request, m_credentials))
        req.setRawHeader(name, value);
    // Credentials stay on their origin; nothing is remembered between requests (profiles must not leak).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    req.setMaximumRedirectsAllowed(5);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    // No cache is set on the manager, so nothing is cached; AlwaysNetwork would add Cache-Control and Pragma
    // headers that the official library does not send.
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkAccessManager* nam = m_client->m_nam;
    if (m_request.method == "GET") {
        m_reply = nam->get(req);
    } else {
        // Everything but a GET goes out with a body Qt cannot rewind, so that Qt never resends it on its own (see
        // OneShotBody): a create must not go twice, and a DELETE resent behind our back would report 404 for a
        // message it deleted. ApiCall's own retries decide instead, and show in the request log.
        req.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
        req.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_uploadBody = new OneShotBody(m_requestBody, this);
        m_reply = nam->sendCustomRequest(req, m_request.method, m_uploadBody);
        m_uploadBody->setParent(m_reply); // lives exactly as long as the reply that reads it
    }

    connect(m_reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::uploadProgress, this, &ApiCall::touch);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &ApiCall::touch);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Recorded to explain the failure; never ignored: Textbench has no way to accept an unverified certificate.
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError>& errors) { m_exchange.sslErrors = errors; });
    connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_exchange.tlsEstablished = true; });

    m_attemptStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_inactivityTimer.start(m_policy.inactivityTimeoutMs);
    m_deadlineTimer.start(int(std::max<qint64>(0, m_deadline.remainingTime())));
    logAttemptStart();
    qCDebug(lcApi) << "attempt" << m_attempt << m_request.method << m_request.url.toString(QUrl::RemoveQuery);
}

void ApiCall::touch()
{
    if (m_reply)
        m_inactivityTimer.start(m_policy.inactivityTimeoutMs);
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_policy.maxResponseBytes)
        abortWith(Exchange::Abort::Oversize);
}

void ApiCall::onReadyRead()
{
    if (!m_reply)
        return;
    touch();
    m_exchange.body += m_reply->readAll();
    if (m_exchange.body.size() > m_policy.maxResponseBytes)
        abortWith(Exchange::Abort::Oversize);
}

void ApiCall::abortWith(Exchange::Abort reason)
{
    if (!m_reply)
        return;
    m_abort = reason;
    m_reply->abort(); // emits finished() synchronously: onReplyFinished() records the outcome
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_inactivityTimer.stop();
    m_deadlineTimer.stop();

    if (m_abort == Exchange::Abort::None)
        m_exchange.body += reply->readAll();
    else
        m_exchange.body.clear();
    // Nothing a server sends back may carry the secret further (into errors, the raw view, the terminal): a mock or
    // proxy that echoes the request's headers would otherwise hand the credentials to whatever shows the answer.
    const SecretMasker& masker = secretMasker();
    m_exchange.body = masker.mask(m_exchange.body);
    m_exchange.abort = m_abort;
    m_exchange.timeoutMs
        = m_abort == Exchange::Abort::InactivityTimeout ? m_policy.inactivityTimeoutMs : m_policy.deadlineMs;
    m_exchange.networkError = m_abort == Exchange::Abort::None ? reply->error() : QNetworkReply::OperationCanceledError;
    m_exchange.networkErrorString = reply->errorString();
    m_exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_exchange.responseHeaders = masker.maskHeaders(reply->rawHeaderPairs());
    m_exchange.requestMayHaveBeenSent = !requestNeverLeft(reply->error());
    // encrypted() is not emitted on a reused connection: a session cipher says the TLS session exists.
    if (m_request.url.scheme() == u"https" && !reply->sslConfiguration().sessionCipher().isNull())
        m_exchange.tlsEstablished = true;
    // Whatever happened to the body's transfer, the URL that answered is the one to report.
    if (reply->url().isValid())
        m_exchange.url = reply->url();

    ApiError error = ApiError::fromExchange(m_exchange);
    if (!error.isError() || m_abort == Exchange::Abort::Cancelled || !shouldRetry(error)
        || m_attempt > m_policy.maxRetries) {
        logAttemptEnd(describeOutcome(m_exchange, error));
        finish(error);
        return;
    }

    int delayMs = RetryPolicy::backoffMs(m_attempt, m_policy, QRandomGenerator::global()->generateDouble());
    if (error.retryAfterMs() >= 0) {
        if (error.retryAfterMs() > m_policy.retryAfterCeilingMs) {
            error.appendNextStep(tr("The server asked to wait %1 s before retrying, which is longer than Textbench "
                                    "waits on its own (%2 s); try again later.")
                                     .arg(error.retryAfterMs() / 1000)
                                     .arg(m_policy.retryAfterCeilingMs / 1000));
            logAttemptEnd(describeOutcome(m_exchange, error));
            finish(error);
            return;
        }
        delayMs = int(error.retryAfterMs());
    }
    if (delayMs >= m_deadline.remainingTime()) {
        error.appendNextStep(tr("Textbench did not retry: the wait would go past the request's overall deadline "
                                "(%1 s).")
                                 .arg(m_policy.deadlineMs / 1000));
        logAttemptEnd(describeOutcome(m_exchange, error));
        finish(error);
        return;
    }
    logAttemptEnd(tr("%1; retrying in %2 s").arg(describeOutcome(m_exchange, error)).arg(delayMs / 1000.0, 0, 'f', 1));
    qCDebug(lcApi) << "retry" << m_attempt << "in" << delayMs << "ms after" << error.title();
    m_retryTimer.start(delayMs);
    Q_EMIT retryScheduled(m_attempt, delayMs, error);
}

bool ApiCall::shouldRetry(const ApiError& error) const
{
    // Twilio did not process a 429: safe to resend anything, a create included.
    if (error.kind() == ApiError::Kind::Http && error.httpStatus() == 429)
        return true;
    if (!m_request.isIdempotent())
        return false;
    if (error.kind() == ApiError::Kind::Http)
        return error.httpStatus() == 503;
    if (error.kind() == ApiError::Kind::Network) {
        switch (m_exchange.networkError) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::UnknownNetworkError:
            return true;
        default:
            return false;
        }
    }
    return false;
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        abortWith(Exchange::Abort::Cancelled);
        return;
    }
    m_retryTimer.stop();
    ApiError error = ApiError::cancelled();
    logAttemptEnd(error.title());
    finish(error);
}

void ApiCall::finish(const ApiError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

const SecretMasker& ApiCall::secretMasker()
{
    if (!m_masker)
        m_masker.emplace(m_credentials);
    return *m_masker;
}

void ApiCall::logAttemptStart()
{
    const SecretMasker& masker = secretMasker();
    RequestLogEntry entry;
    entry.startedAt = QDateTime::currentDateTime();
    entry.operation = m_request.operation;
    entry.method = m_request.method;
    entry.url = m_request.url;
    entry.attempt = m_attempt;
    entry.scheme = m_credentials.scheme();
    entry.requestHeaders = masker.maskHeaders(m_client->requestHeaders(m_request, m_credentials));
    entry.requestBody = masker.mask(m_requestBody);
    entry.requestBytes = m_requestBody.size();
    m_logId = m_client->requestLog()->add(std::move(entry));
}

void ApiCall::logAttemptEnd(const QString& outcome)
{
    RequestLog* log = m_client->requestLog();
    std::optional<RequestLogEntry> entry = log->find(m_logId);
    if (!entry)
        return;
    const SecretMasker& masker = secretMasker();
    entry->inFlight = false;
    entry->httpStatus = m_exchange.httpStatus;
    entry->durationMs = QDateTime::currentMSecsSinceEpoch() - m_attemptStartedMs;
    entry->responseBytes = m_exchange.body.size();
    entry->outcome = outcome;
    entry->responseHeaders = masker.maskHeaders(m_exchange.responseHeaders);
    // Only what the log keeps is masked (a page of a thousand messages is about a megabyte), with a margin so that a
    // secret across the cut is masked whole before the cut drops its end (secrets are tens of bytes).
    const qsizetype kept = RequestLog::kMaxBodyBytes + 4096;
    entry->responseBody = masker.mask(m_exchange.body.size() > kept ? m_exchange.body.left(kept) : m_exchange.body);
    // update() cuts it to kMaxBodyBytes, noting what responseBytes says was left out.
    log->update(*entry);
}

} // namespace textbench
