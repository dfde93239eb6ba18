// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formencoding.h"

#include <QUrl>

namespace textbench {

/// \brief The Twilio products Textbench talks to, each on a host of its own.
enum class ApiProduct {
    Api, ///< api.twilio.com: 2010-04-01 (messages, numbers, accounts, feedback)
    Messaging, ///< messaging.twilio.com: v1 (Messaging Services)
    Monitor, ///< monitor.twilio.com: v1 (alerts)
    Lookups, ///< lookups.twilio.com: v2 (phone number lookups)
};

/// \brief Where requests go: Twilio's hosts (one per product, with a region and edge), or a custom base URL (sandbox,
/// mock, proxy) that serves every product on its one origin, paths unchanged (they do not collide).
///
/// Each Twilio host is its own origin: credentials and redirects for api.twilio.com never go to messaging.twilio.com.
/// Plain http is accepted only for loopback hosts; anything else must be https, and TLS verification is never turned
/// off anywhere in Textbench.
class ApiEndpoint
{
public:
    /// https://{product}.twilio.com
    ApiEndpoint();

    /// Twilio's regional host form, built as the official libraries build it for every product:
    /// https://{product}.{edge}.{region}.twilio.com; a region alone gives {product}.{region}.twilio.com (Twilio routes
    /// it to the region's default edge); an edge alone implies us1; both empty gives {product}.twilio.com.
    static ApiEndpoint twilio(const QString& region = {}, const QString& edge = {});
    static ApiEndpoint custom(const QUrl& baseUrl);
    /// Parses \a text strictly (no guessing of a missing scheme).
    static ApiEndpoint custom(const QString& text);

    /// The base URL of \a product: its Twilio host, or the custom base URL (the same for every product).
    QUrl baseUrl(ApiProduct product = ApiProduct::Api) const;
    /// True for a custom base URL (every product on one origin).
    bool isCustom() const { return m_custom; }
    /// Empty when usable; otherwise what is wrong and what to do.
    const QString& problem() const { return m_problem; }
    bool isValid() const { return m_problem.isEmpty(); }

    /// The base URL of \a product followed by \a path ("/2010-04-01/…", "/v1/…") and the encoded \a query. \a path is
    /// as it goes on the wire: percent-encode what must be (a + in a phone number is %2B, as the official libraries
    /// send it).
    QUrl url(ApiProduct product, const QString& path, const FormFields& query = {}) const;
    /// The same on the api host.
    QUrl url(const QString& path, const FormFields& query = {}) const { return url(ApiProduct::Api, path, query); }

    /// Resolves a link from a response of \a product: a path relative to its base (the 2010-04-01 API's `*_uri`), or
    /// an absolute URL (the v1 APIs' `meta.next_page_url`). Returns an invalid QUrl when \a uri would leave the
    /// product's origin: credentials are only ever sent to the origin they are for.
    QUrl resolveResourceUri(ApiProduct product, const QString& uri) const;
    /// The same for the api host.
    QUrl resolveResourceUri(const QString& uri) const { return resolveResourceUri(ApiProduct::Api, uri); }

    /// "api", "messaging", "monitor", "lookups": the product's first host label.
    static QString productName(ApiProduct product);
    /// True for 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString& host);
    /// Same scheme, host and port.
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    /// True for an absolute http:// or https:// URL with a host: a media URL, a status callback.
    static bool isWebUrl(const QString& text);

private:
    QUrl m_baseUrl; ///< the custom base URL; for Twilio, the api host's
    QString m_region; ///< lower case; empty: none (Twilio's default routing)
    QString m_edge;
    QString m_problem;
    bool m_custom = false;
};

} // namespace textbench
