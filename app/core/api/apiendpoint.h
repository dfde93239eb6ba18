// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formencoding.h"

#include <QUrl>

namespace textbench {

/// \brief Where requests go: api.twilio.com, a region/edge host, or a custom base URL (sandbox, mock, proxy).
///
/// Plain http is accepted only for loopback hosts; anything else must be https, and TLS verification is never
/// turned off anywhere in Textbench.
class ApiEndpoint
{
public:
    /// https://api.twilio.com
    ApiEndpoint();

    /// Twilio's regional host form, built as the official libraries build it: https://api.{edge}.{region}.twilio.com;
    /// a region alone gives api.{region}.twilio.com (Twilio routes it to the region's default edge); an edge alone
    /// implies us1; both empty gives api.twilio.com.
    static ApiEndpoint twilio(const QString& region = {}, const QString& edge = {});
    static ApiEndpoint custom(const QUrl& baseUrl);
    /// Parses \a text strictly (no guessing of a missing scheme).
    static ApiEndpoint custom(const QString& text);

    const QUrl& baseUrl() const { return m_baseUrl; }
    /// Empty when usable; otherwise what is wrong and what to do.
    const QString& problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    /// The base URL followed by \a path ("/2010-04-01/…") and the encoded \a query.
    QUrl url(const QString& path, const FormFields& query = {}) const;

    /// Resolves a `*_uri` from a Twilio response (a path relative to the base). Returns an invalid QUrl when
    /// \a uri would leave this endpoint's origin: credentials are only ever sent to the origin they are for.
    QUrl resolveResourceUri(const QString& uri) const;

    /// True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString& host);
    /// Same scheme, host and port.
    static bool sameOrigin(const QUrl& a, const QUrl& b);

private:
    QUrl m_baseUrl;
    QString m_problem;
};

} // namespace textbench
