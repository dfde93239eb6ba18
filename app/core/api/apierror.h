// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QUrl>

namespace textbench {

/// \brief One value type for every failure: local validation, transport, TLS, timeout, HTTP status with or without
/// a Twilio error body, a response that is not what Twilio sends, an oversize body, cancellation.
///
/// Built by one pure function, fromExchange(), from a finished exchange. Each error carries a title, an
/// explanation and a next step in the project's own words; the UI and the CLI only choose how to show them.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(textbench::ApiError)
public:
    enum class Kind {
        None, ///< not an error
        InvalidInput, ///< caught before any request: a malformed SID, number or URL
        Credentials, ///< caught before any request: credentials missing or malformed
        Network, ///< DNS, refused, reset, cut off
        Tls, ///< certificate or handshake failure; never ignored
        Timeout, ///< inactivity timeout or overall deadline
        Redirect, ///< a redirect Textbench refused to follow
        Http, ///< an HTTP error status (with or without a Twilio error body)
        BadResponse, ///< a success status with a body that is not the expected JSON
        Oversize, ///< the body exceeded the size cap and was abandoned
        Cancelled, ///< cancelled by the user or the caller
    };

    /// Coarse classes, for exit codes and icons.
    enum class Category { None, Usage, Auth, NotFound, RateLimited, Network, Server, Api, Cancelled };

    ApiError() = default;

    /// Maps a finished exchange to an error; returns an error of kind None for a complete 2xx exchange. Pure.
    static ApiError fromExchange(const Exchange& exchange);
    /// A 2xx exchange whose body is not what Twilio sends (\a problem says what was wrong with it).
    static ApiError badResponse(const Exchange& exchange, const QString& problem);
    /// A problem found before sending anything.
    static ApiError invalidInput(const QString& explanation, const QString& nextStep = {});
    static ApiError badCredentials(const QString& explanation, const QString& nextStep = {});
    static ApiError cancelled();

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    Category category() const;

    int httpStatus() const { return m_httpStatus; }
    /// Twilio's `code`, or 0 when the response had none.
    int twilioCode() const { return m_twilioCode; }
    /// Twilio's own `message`, verbatim.
    const QString& twilioMessage() const { return m_twilioMessage; }
    /// Twilio's `more_info` link (or the docs link for the code when the body lacked one).
    const QString& moreInfo() const { return m_moreInfo; }
    const QJsonValue& details() const { return m_details; }

    /// One line: "HTTP 404 Not Found · Twilio 20404: Resource not found".
    const QString& title() const { return m_title; }
    const QString& explanation() const { return m_explanation; }
    const QString& nextStep() const { return m_nextStep; }
    /// Low-level detail for the curious: Qt's error string, the JSON parse error.
    const QString& technical() const { return m_technical; }
    /// The first bytes of the response body, for diagnostics (never a request body, never a secret).
    const QByteArray& bodySample() const { return m_bodySample; }

    QByteArray method() const { return m_method; }
    const QUrl& url() const { return m_url; }
    int attempts() const { return m_attempts; }
    /// True for a create (non-idempotent POST) that may have reached Twilio before failing: resending could send a
    /// second message.
    bool mayHaveCreated() const { return m_mayHaveCreated; }
    /// The server's Retry-After, in milliseconds, or -1.
    qint64 retryAfterMs() const { return m_retryAfterMs; }

    /// A few lines for a terminal: title, explanation, Twilio's message, next step, link.
    QString toText() const;
    QJsonObject toJson() const;

    /// Adds a sentence to the next step (used by jobs that know more about the context).
    void appendNextStep(const QString& sentence);

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_twilioCode = 0;
    QString m_twilioMessage;
    QString m_moreInfo;
    QJsonValue m_details = QJsonValue(QJsonValue::Undefined);
    QString m_title;
    QString m_explanation;
    QString m_nextStep;
    QString m_technical;
    QByteArray m_bodySample;
    QByteArray m_method;
    QUrl m_url;
    int m_attempts = 0;
    bool m_mayHaveCreated = false;
    qint64 m_retryAfterMs = -1;
};

} // namespace textbench
