// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace textbench {

/// \brief X-Twilio-Signature: how Twilio signs the requests it makes to an app (status callbacks, a number's SMS
/// URL), and how an app checks them. The one implementation: the sandbox signs with it, textbench-cli's `webhooks
/// sign` and `webhooks verify` print it.
///
/// The URL exactly as configured (scheme, host, port if written, path, query), then for a POST each form parameter
/// sorted by name, name and value appended with no separator (a name given several times: its distinct values,
/// sorted, each after the name, as twilio-node's getExpectedTwilioSignature does); HMAC-SHA1 of that UTF-8 string
/// keyed with the account's Auth Token, in Base64. A GET appends nothing: its parameters are in the URL.
namespace WebhookSignature {

struct Signed
{
    /// The exact string that was signed (UTF-8): what a developer compares with what their validator builds.
    QByteArray data;
    QString signature;
};

/// Signs a request to \a url: for a POST its form \a params; for a GET pass none (they are in the URL already).
Signed sign(const QString& url, const FormFields& params, const QString& authToken);

/// True when \a signature is the one for \a url and \a params (compared in constant time).
bool matches(const QString& signature, const QString& url, const FormFields& params, const QString& authToken);

/// \brief A form of the URL that differs from the one given in a way that commonly breaks a validator.
struct Variant
{
    QString url;
    /// What differs, in words: "the port removed", "https instead of http", …
    QString change;
    /// True when Twilio's own libraries (twilio-node's validateRequest) also try this form: a signature made for it
    /// still validates there.
    bool librariesAccept = false;
};
/// The forms of \a url worth trying when a signature does not match: the port removed or the scheme's default port
/// added, the query re-encoded as Node's legacy querystring does (both tried by Twilio's libraries), the other
/// scheme (a proxy or tunnel that ends TLS), and a trailing slash added or removed.
QList<Variant> variants(const QString& url);

} // namespace WebhookSignature
} // namespace textbench
