// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiendpoint.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::ApiEndpoint)
};

bool isHostLabel(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return re.match(s).hasMatch();
}
} // namespace

ApiEndpoint::ApiEndpoint()
    : m_baseUrl(QStringLiteral("https://api.twilio.com"))
{ }

ApiEndpoint ApiEndpoint::twilio(const QString& regionIn, const QString& edgeIn)
{
    ApiEndpoint ep;
    const QString region = regionIn.trimmed().toLower();
    const QString edge = edgeIn.trimmed().toLower();
    if (region.isEmpty() && edge.isEmpty())
        return ep;
    if (!region.isEmpty() && !isHostLabel(region)) {
        ep.m_problem = Tr::tr("\"%1\" is not a Twilio region: use a region ID such as us1, ie1 or au1.").arg(regionIn);
        return ep;
    }
    if (!edge.isEmpty() && !isHostLabel(edge)) {
        ep.m_problem = Tr::tr("\"%1\" is not a Twilio edge: use an edge location such as ashburn, dublin or sydney.")
                           .arg(edgeIn);
        return ep;
    }
    // As the official libraries do: an edge alone implies us1; a region alone is addressed as {product}.{region}
    // and Twilio routes it to that region's default edge.
    ep.m_region = region.isEmpty() ? QStringLiteral("us1") : region;
    ep.m_edge = edge;
    ep.m_baseUrl = ep.baseUrl(ApiProduct::Api);
    return ep;
}

QUrl ApiEndpoint::baseUrl(ApiProduct product) const
{
    if (m_custom || (product == ApiProduct::Api && m_region.isEmpty()))
        return m_baseUrl;
    QString host = productName(product);
    if (!m_edge.isEmpty())
        host += u'.' + m_edge;
    if (!m_region.isEmpty())
        host += u'.' + m_region;
    return QUrl(QStringLiteral("https://") + host + QStringLiteral(".twilio.com"));
}

QString ApiEndpoint::productName(ApiProduct product)
{
    switch (product) {
    case ApiProduct::Api:
        break;
    case ApiProduct::Messaging:
        return QStringLiteral("messaging");
    case ApiProduct::Monitor:
        return QStringLiteral("monitor");
    case ApiProduct::Lookups:
        return QStringLiteral("lookups");
    }
    return QStringLiteral("api");
}

ApiEndpoint ApiEndpoint::custom(const QString& text)
{
    return custom(QUrl(text.trimmed(), QUrl::StrictMode));
}

ApiEndpoint ApiEndpoint::custom(const QUrl& baseUrl)
{
    ApiEndpoint ep;
    ep.m_custom = true;
    ep.m_baseUrl = baseUrl;
    const QString shown = baseUrl.toDisplayString(QUrl::RemoveUserInfo);
    if (!baseUrl.isValid() || baseUrl.host().isEmpty()) {
        ep.m_problem = Tr::tr("\"%1\" is not a usable base URL: write it whole, e.g. https://api.twilio.com or "
                              "http://127.0.0.1:8080.")
                           .arg(shown);
    } else if (!baseUrl.userInfo().isEmpty()) {
        ep.m_problem = Tr::tr("The base URL must not contain a user name or password: credentials come from the "
                              "profile or the environment, never from a URL.");
        ep.m_baseUrl = QUrl();
    } else if (baseUrl.hasQuery() || baseUrl.hasFragment()) {
        ep.m_problem = Tr::tr("The base URL \"%1\" must not have a query or fragment.").arg(shown);
    } else if (baseUrl.scheme() == u"http") {
        if (!isLoopbackHost(baseUrl.host())) {
            ep.m_problem = Tr::tr("Plain http is only allowed to this computer (127.0.0.1, ::1, localhost): "
                                  "credentials would cross the network unencrypted. Use https://%1 instead.")
                               .arg(baseUrl.authority());
        }
    } else if (baseUrl.scheme() != u"https") {
        ep.m_problem = Tr::tr("The base URL must start with https:// (or http:// for this computer only).");
    }
    if (ep.m_problem.isEmpty()) {
        QString path = baseUrl.path();
        while (path.endsWith(u'/'))
            path.chop(1);
        ep.m_baseUrl.setPath(path);
    }
    return ep;
}

QUrl ApiEndpoint::url(ApiProduct product, const QString& path, const FormFields& query) const
{
    QUrl u = baseUrl(product);
    u.setPath(u.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        u.setQuery(QString::fromLatin1(FormEncoding::encode(query)), QUrl::StrictMode);
    return u;
}

QUrl ApiEndpoint::resolveResourceUri(ApiProduct product, const QString& uri) const
{
    const QUrl base = baseUrl(product);
    if (uri.startsWith(u'/') && !uri.startsWith(u"//")) {
        QUrl u = base;
        const qsizetype q = uri.indexOf(u'?');
        u.setPath(base.path(QUrl::FullyEncoded) + (q < 0 ? uri : uri.left(q)), QUrl::StrictMode);
        if (q >= 0)
            u.setQuery(uri.mid(q + 1), QUrl::StrictMode);
        return u.isValid() ? u : QUrl();
    }
    // An absolute URL is accepted only on the product's own origin.
    QUrl absolute(uri, QUrl::StrictMode);
    if (absolute.isValid() && sameOrigin(absolute, base))
        return absolute;
    return {};
}

bool ApiEndpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool ApiEndpoint::sameOrigin(const QUrl& a, const QUrl& b)
{
    const auto defaultPort = [](const QUrl& u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && defaultPort(a) == defaultPort(b);
}

bool ApiEndpoint::isWebUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty();
}

} // namespace textbench
