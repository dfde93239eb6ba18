// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace textbench::sandbox {

/// Who is calling, by their credentials.
enum class Caller {
    None, ///< no credentials the sandbox knows
    Live, ///< the account's Auth Token or its API key
    Test, ///< the account's test credentials: only a create works, and nothing is kept
};

/// \brief A request as a handler sees it: who calls, the route's captures, the form body and query.
struct Request
{
    const QHttpServerRequest& http;
    Caller caller = Caller::None;
    /// The account the request acts as: the credentials' own (the test account's for test credentials), or on a
    /// 2010-04-01 path one of its subaccounts.
    QString accountSid;
    /// The route's {placeholders} in order, as sent (percent-encoded).
    QStringList captures;

    bool isTest() const { return caller == Caller::Test; }
    /// True when the request acts as a subaccount of the credentials' account.
    bool isSubaccount() const;
    QString capture(int i) const { return captures.value(i); }
    /// The form body of a POST.
    FormFields form() const { return FormEncoding::decode(http.body()); }
    /// The query string, decoded.
    FormFields query() const;
    /// "http://127.0.0.1:PORT": the origin the request came to (v1 resources carry absolute URLs on it).
    QString origin() const;
};

/// \brief An answer: status and JSON body, as api.twilio.com gives them.
struct Reply
{
    int status = 200;
    QByteArray body;

    static Reply json(int status, const QJsonObject& object);
    /// Twilio's error body: {code, message, more_info, status}.
    static Reply error(int status, int code, const QString& message);
    static Reply noContent() { return { 204, {} }; }
    /// 404 20404 for \a path, with Twilio's words.
    static Reply notFound(const QString& path);

    /// The whole HTTP/1.1 response (status line, Twilio's headers, body); \a close adds "Connection: close".
    QByteArray toHttp(const QByteArray& requestId, bool close) const;
};

/// \brief The webhook fields of an update form (a phone number's SmsUrl, a service's StatusCallback…), read as
/// Twilio reads them. Each sets \a field (trimmed) when \a name is in \a form, and returns the 400 to answer when
/// the value is wrong.
namespace WebhookFields {
/// An absolute http(s) URL, or empty to clear it (else 21502).
std::optional<Reply> url(const FormFields& form, const char* name, QString* field);
/// GET or POST, any case (else 21503).
std::optional<Reply> method(const FormFields& form, const char* name, QString* field);
} // namespace WebhookFields

} // namespace textbench::sandbox
