// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"
#include "errorcatalog.h"
#include "retrypolicy.h"

#include <QJsonDocument>
#include <QSslCertificate>

// ApiError::fromExchange() and badResponse(): a finished exchange as one explained error (or none). The rest of
// ApiError is in apierror.cpp.
namespace textbench {

namespace {
constexpr qsizetype kBodySampleBytes = 512;

// Qt's "content" errors (201-299, 302's ProtocolInvalidOperation, 401-499) normally restate an HTTP error status.
bool isContentError(QNetworkReply::NetworkError e)
{
    const int code = int(e);
    return (code >= 201 && code <= 299) || e == QNetworkReply::ProtocolInvalidOperationError
        || (code >= 401 && code <= 499);
}

// A content error under a success or redirect status is Qt refusing the body itself: its decompression failed, or
// its archive-bomb check stopped a body that would expand far beyond any API response.
bool isUndecodableBody(const Exchange& ex)
{
    return isContentError(ex.networkError) && ex.networkError != QNetworkReply::ContentReSendError
        && ex.httpStatus >= 200 && ex.httpStatus < 400;
}

bool isTransportError(const Exchange& ex)
{
    if (ex.networkError == QNetworkReply::NoError)
        return false;
    // Qt's HTTP layer needed to resend the request but could not (see ApiCall's one-shot body): the server closed
    // the connection without answering.
    if (ex.networkError == QNetworkReply::ContentReSendError)
        return true;
    if (isUndecodableBody(ex))
        return true;
    return !isContentError(ex.networkError);
}

// For an https URL whose server never began a TLS session.
QString plainHttpHint()
{
    return ApiError::tr("if the server at this address speaks plain HTTP, its URL starts with http://, not https://.");
}

// What was wrong with the server's certificate, in one sentence (the first problem Qt reported that says most).
QString tlsProblem(const Exchange& ex)
{
    const QString host = ex.url.host();
    for (const QSslError& error : ex.sslErrors) {
        const QSslCertificate cert = error.certificate();
        switch (error.error()) {
        case QSslError::CertificateExpired:
            return ApiError::tr("its certificate expired on %1.").arg(cert.expiryDate().toUTC().toString(Qt::ISODate));
        case QSslError::CertificateNotYetValid:
            return ApiError::tr("its certificate is not valid before %1 (check this computer's date).")
                .arg(cert.effectiveDate().toUTC().toString(Qt::ISODate));
        case QSslError::HostNameMismatch: {
            QStringList names = cert.subjectAlternativeNames().values(QSsl::DnsEntry);
            names += cert.subjectAlternativeNames().values(QSsl::IpAddressEntry);
            if (names.isEmpty())
                names = cert.subjectInfo(QSslCertificate::CommonName);
            return ApiError::tr("its certificate was issued for %1, not for %2.")
                .arg(names.isEmpty() ? ApiError::tr("another name") : names.join(QStringLiteral(", ")).left(300), host);
        }
        default:
            break;
        }
    }
    for (const QSslError& error : ex.sslErrors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return ApiError::tr("its certificate is self-signed: no authority this system trusts vouches for it.");
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return ApiError::tr("its certificate was issued by an authority this system does not trust.");
        case QSslError::CertificateRevoked:
            return ApiError::tr("its certificate has been revoked.");
        default:
            break;
        }
    }
    if (!ex.sslErrors.isEmpty())
        return ApiError::tr("its certificate was refused (%1).").arg(ex.sslErrors.constFirst().errorString());
    return ApiError::tr("the handshake broke before a certificate could be checked (%1); %2")
        .arg(ex.networkErrorString, plainHttpHint());
}

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}
} // namespace

bool Exchange::transferComplete() const
{
    return abort == Abort::None && httpStatus > 0 && !isTransportError(*this);
}

ApiError ApiError::fromExchange(const Exchange& ex)
{
    ApiError e;
    e.m_method = ex.method;
    e.m_url = ex.url;
    e.m_attempts = ex.attempts;
    e.m_httpStatus = ex.httpStatus;
    e.m_technical = ex.networkErrorString;
    const QString host = hostOf(ex.url);
    const bool createMayHaveHappened = !ex.idempotent && ex.requestMayHaveBeenSent;

    switch (ex.abort) {
    case Exchange::Abort::None:
        break;
    case Exchange::Abort::Cancelled: {
        ApiError c = cancelled();
        c.m_method = ex.method;
        c.m_url = ex.url;
        c.m_attempts = ex.attempts;
        c.m_mayHaveCreated = createMayHaveHappened;
        if (createMayHaveHappened)
            c.appendNextStep(tr("The message may have been created before the request was cancelled: check the "
                                "message log before sending it again, or it may be sent twice."));
        return c;
    }
    case Exchange::Abort::InactivityTimeout:
    case Exchange::Abort::Deadline:
        e.m_kind = Kind::Timeout;
        e.m_title = tr("Timed out");
        e.m_explanation = ex.abort == Exchange::Abort::InactivityTimeout
            ? tr("%1 sent nothing for %2 s, so the request was abandoned.").arg(host, seconds(ex.timeoutMs))
            : tr("The request to %1 took longer than %2 s in all, so it was abandoned.")
                  .arg(host, seconds(ex.timeoutMs));
        e.m_nextStep = tr("Check your network connection and try again; raise the timeout if the connection is "
                          "slow.");
        e.m_mayHaveCreated = createMayHaveHappened;
        break;
    case Exchange::Abort::Oversize:
        e.m_kind = Kind::Oversize;
        e.m_title = tr("Response too large");
        e.m_explanation = tr("The response from %1 grew past %2 MiB, far more than Twilio sends, so it was "
                             "abandoned.")
                              .arg(host, QString::number(double(ex.maxResponseBytes) / (1024 * 1024), 'f', 1));
        e.m_nextStep = tr("Check the base URL of the profile: it may not point at a Twilio API. For a list, ask for "
                          "smaller pages.");
        e.m_mayHaveCreated = createMayHaveHappened;
        break;
    }

    // A same-origin 307/308 of a create: Qt must resend the body to follow it, and Textbench's one-shot body refuses.
    // The server answered with a redirect, so it created nothing.
    if (e.m_kind == Kind::None && ex.networkError == QNetworkReply::ContentReSendError && ex.httpStatus >= 300
        && ex.httpStatus < 400) {
        e.m_kind = Kind::Redirect;
        e.m_title = tr("Redirect refused");
        e.m_explanation = tr("%1 answered the send with a redirect (HTTP %2). Textbench does not resend a message "
                             "to follow it; nothing was created.")
                              .arg(host, QString::number(ex.httpStatus));
        e.m_nextStep = tr("Check the base URL of the profile; Twilio's API does not redirect.");
        return e;
    }

    if (e.m_kind == Kind::None && isUndecodableBody(ex)) {
        ApiError b = badResponse(ex,
            tr("its compressed body could not be expanded: it is corrupt, or it would expand far beyond any Twilio "
               "response (a compression bomb). It was abandoned unread."));
        b.m_title = tr("Response could not be decoded");
        return b;
    }

    // A redirect Qt could not follow: to another scheme (file:, ftp:), or without a usable Location. Qt reports that
    // as an unknown protocol; any other failure under a 3xx status belongs to the request that followed a redirect.
    if (e.m_kind == Kind::None && ex.httpStatus >= 300 && ex.httpStatus < 400
        && ex.networkError == QNetworkReply::ProtocolUnknownError) {
        e.m_kind = Kind::Redirect;
        e.m_title = tr("Redirect refused");
        const QByteArray location = ex.header("Location");
        e.m_explanation = location.isEmpty()
            ? tr("%1 answered HTTP %2 without saying where to; nothing more was sent.")
                  .arg(host, QString::number(ex.httpStatus))
            : tr("%1 redirected the request to \"%2\", which Textbench does not follow; your credentials were not "
                 "sent there.")
                  .arg(host, QString::fromLatin1(location.left(200)));
        e.m_nextStep = tr("Check the base URL of the profile; Twilio's API does not redirect.");
        return e;
    }

    if (e.m_kind == Kind::None && isTransportError(ex)) {
        e.m_kind = Kind::Network;
        e.m_mayHaveCreated = createMayHaveHappened;
        switch (ex.networkError) {
        case QNetworkReply::HostNotFoundError:
            e.m_title = tr("Host not found");
            e.m_explanation = tr("The name %1 could not be resolved.").arg(ex.url.host());
            e.m_nextStep = tr("Check your network connection and DNS, and the region, edge or base URL of the "
                              "profile.");
            break;
        case QNetworkReply::ConnectionRefusedError:
            e.m_title = tr("Connection refused");
            e.m_explanation = tr("%1 refused the connection: nothing is listening there.").arg(host);
            e.m_nextStep = tr("If the profile uses a custom base URL (a sandbox, mock or proxy), check that it is "
                              "running; otherwise check the base URL.");
            break;
        case QNetworkReply::RemoteHostClosedError:
        case QNetworkReply::ContentReSendError:
            e.m_title = tr("Connection closed");
            e.m_explanation = ex.httpStatus > 0
                ? tr("%1 closed the connection before the whole response (HTTP %2) arrived.")
                      .arg(host, QString::number(ex.httpStatus))
                : tr("%1 closed the connection before answering.").arg(host);
            e.m_nextStep = tr("Try again in a moment.");
            if (ex.url.scheme() == u"https" && ex.httpStatus == 0 && !ex.tlsEstablished)
                e.appendNextStep(tr("The connection closed before a secure session began: %1").arg(plainHttpHint()));
            break;
        case QNetworkReply::TimeoutError:
            e.m_kind = Kind::Timeout;
            e.m_title = tr("Timed out");
            e.m_explanation = tr("The connection to %1 timed out.").arg(host);
            e.m_nextStep = tr("Check your network connection and try again.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            e.m_kind = Kind::Tls;
            e.m_title = tr("Secure connection failed");
            e.m_explanation = tr("The TLS connection to %1 failed: %2 Textbench never sends credentials over an "
                                 "unverified connection, and has no setting to accept one.")
                                  .arg(host, tlsProblem(ex));
            e.m_nextStep = tr("Check the base URL and the system's date and CA certificates; a proxy that intercepts "
                              "TLS must have its CA installed in the system.");
            e.m_mayHaveCreated = false;
            break;
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            e.m_kind = Kind::Redirect;
            e.m_title = tr("Redirect refused");
            e.m_explanation = ex.networkError == QNetworkReply::TooManyRedirectsError
                ? tr("%1 redirected too many times.").arg(host)
                : tr("%1 redirected the request to another origin. Textbench does not follow it, so your "
                     "credentials were not sent there.")
                      .arg(host);
            e.m_nextStep = tr("Check the base URL of the profile; Twilio's API does not redirect.");
            e.m_mayHaveCreated = false; // a redirect is a complete answer: the server did not create anything
            break;
        default:
            e.m_title = tr("Network error");
            e.m_explanation = ex.httpStatus > 0 ? tr("The response from %1 (HTTP %2) was cut off or malformed.")
                                                      .arg(host, QString::number(ex.httpStatus))
                                                : tr("The request to %1 failed before an answer arrived.").arg(host);
            e.m_nextStep = tr("Check your network connection and try again.");
            break;
        }
    }

    if (e.m_kind != Kind::None) {
        // "Try again" would be the wrong first advice here: a create may have gone through.
        if (e.m_mayHaveCreated) {
            e.m_nextStep = tr("The message may have been created before the connection failed: check the message log "
                              "before sending it again, or it may be sent twice.");
        }
        return e;
    }

    // The transfer completed: the status and the body can be believed.
    if (ex.httpStatus >= 200 && ex.httpStatus < 300)
        return e;

    e.m_kind = Kind::Http;
    e.m_technical.clear(); // Qt's "Error transferring … server replied: Not Found" adds nothing to the status
    const ErrorCatalog::Entry status = ErrorCatalog::httpStatus(ex.httpStatus);
    e.m_bodySample = ex.body.left(kBodySampleBytes);
    if (const auto retryAfter
        = RetryPolicy::parseRetryAfterMs(ex.header("Retry-After"), QDateTime::currentDateTimeUtc()))
        e.m_retryAfterMs = *retryAfter;

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(ex.body, &parseError);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        e.m_twilioCode = ErrorCatalog::codeFromJson(o.value(u"code"));
        if (o.value(u"message").isString())
            e.m_twilioMessage = o.value(u"message").toString().left(2000);
        if (o.value(u"more_info").isString())
            e.m_moreInfo = o.value(u"more_info").toString().left(500);
        if (o.contains(u"details"))
            e.m_details = o.value(u"details");
    } else if (!ex.body.isEmpty()) {
        e.m_technical = parseError.error != QJsonParseError::NoError
            ? tr("The error response is not JSON (%1); its first bytes are kept.").arg(parseError.errorString())
            : tr("The error response is JSON but not an object.");
    }
    if (e.m_twilioCode > 0 && e.m_moreInfo.isEmpty())
        e.m_moreInfo = ErrorCatalog::docsUrl(e.m_twilioCode);

    const ErrorCatalog::Entry code = ErrorCatalog::twilioCode(e.m_twilioCode);
    e.m_title = tr("HTTP %1 %2").arg(ex.httpStatus).arg(status.title);
    if (e.m_twilioCode > 0) {
        e.m_title += tr(" · Twilio %1").arg(e.m_twilioCode);
        if (code.isKnown())
            e.m_title += u": " + code.title;
    }
    e.m_explanation = code.isKnown() ? code.meaning : status.meaning;
    e.m_nextStep = code.isKnown() && !code.action.isEmpty() ? code.action : status.action;
    if (ex.httpStatus >= 500 && !ex.idempotent) {
        e.m_mayHaveCreated = true;
        e.m_nextStep = tr("Twilio may have created the message before failing: check the message log before "
                          "sending it again, or it may be sent twice.");
    }
    if (ex.httpStatus == 429 && ex.attempts > 1)
        e.appendNextStep(tr("Textbench tried %1 times.").arg(ex.attempts));
    return e;
}

ApiError ApiError::badResponse(const Exchange& ex, const QString& problem)
{
    ApiError e;
    e.m_kind = Kind::BadResponse;
    e.m_method = ex.method;
    e.m_url = ex.url;
    e.m_attempts = ex.attempts;
    e.m_httpStatus = ex.httpStatus;
    e.m_bodySample = ex.body.left(kBodySampleBytes);
    e.m_title = tr("Unexpected response");
    e.m_explanation = tr("%1 answered HTTP %2, but the response is not what Twilio sends: %3")
                          .arg(hostOf(ex.url), QString::number(ex.httpStatus), problem);
    e.m_technical = problem;
    e.m_nextStep = tr("Check the base URL of the profile: it may not point at a Twilio API.");
    if (!ex.idempotent) {
        e.m_mayHaveCreated = true;
        e.appendNextStep(tr("The message may have been created anyway: check the message log before sending it "
                            "again."));
    }
    return e;
}

} // namespace textbench
