// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhooksignature.h"

#include <QCoreApplication>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace textbench::WebhookSignature {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::WebhookSignature)
};

/// Node's querystring.stringify(): encodeURIComponent for names and values (A-Z a-z 0-9 - _ . ! ~ * ' ( ) kept).
QByteArray nodeQueryComponent(const QString& text)
{
    return QUrl::toPercentEncoding(text, "-_.!~*'()");
}
} // namespace

Signed sign(const QString& url, const FormFields& params, const QString& authToken)
{
    // Sorted by name as JavaScript sorts strings (UTF-16 code units, which is what QString's < compares); a
    // name's distinct values sorted likewise.
    QMap<QString, QStringList> byName;
    for (const auto& [name, value] : params) {
        QStringList& values = byName[name];
        if (!values.contains(value))
            values.append(value);
    }
    QString data = url;
    for (auto it = byName.begin(); it != byName.end(); ++it) {
        QStringList values = it.value();
        std::sort(values.begin(), values.end());
        for (const QString& value : values)
            data += it.key() + value;
    }
    Signed out;
    out.data = data.toUtf8();
    out.signature = QString::fromLatin1(
        QMessageAuthenticationCode::hash(out.data, authToken.toUtf8(), QCryptographicHash::Sha1).toBase64());
    return out;
}

bool matches(const QString& signature, const QString& url, const FormFields& params, const QString& authToken)
{
    const QByteArray expected = sign(url, params, authToken).signature.toLatin1();
    const QByteArray given = signature.trimmed().toLatin1();
    if (given.size() != expected.size())
        return false;
    // Constant time: how much of a guess matched must not show in how long the answer takes.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        diff |= static_cast<unsigned char>(given.at(i) ^ expected.at(i));
    return diff == 0;
}

namespace {
/// A URL cut into its parts as written, so that a variant changes one part and leaves the others' exact text
/// (QUrl would normalise "%7E" to "~", and the signature is over the text).
struct UrlParts
{
    QString scheme; ///< "https"
    QString host; ///< with its brackets for IPv6
    QString port; ///< empty when none is written
    QString path;
    QString query; ///< without "?"; null when there is no "?"

    static std::optional<UrlParts> split(const QString& url)
    {
        UrlParts p;
        const qsizetype schemeEnd = url.indexOf(u"://");
        if (schemeEnd <= 0)
            return std::nullopt;
        p.scheme = url.left(schemeEnd).toLower();
        if (p.scheme != u"http" && p.scheme != u"https")
            return std::nullopt;
        qsizetype at = schemeEnd + 3;
        qsizetype authorityEnd = at;
        while (authorityEnd < url.size() && url.at(authorityEnd) != u'/' && url.at(authorityEnd) != u'?'
            && url.at(authorityEnd) != u'#')
            ++authorityEnd;
        const QString authority = url.mid(at, authorityEnd - at);
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon > authority.lastIndexOf(u']')) {
            p.host = authority.left(colon);
            p.port = authority.mid(colon + 1);
        } else {
            p.host = authority;
        }
        if (p.host.isEmpty())
            return std::nullopt;
        QString rest = url.mid(authorityEnd);
        rest = rest.left(rest.indexOf(u'#') < 0 ? rest.size() : rest.indexOf(u'#'));
        const qsizetype question = rest.indexOf(u'?');
        p.path = question < 0 ? rest : rest.left(question);
        if (question >= 0)
            p.query = rest.mid(question + 1);
        return p;
    }

    QString join() const
    {
        QString out = scheme + u"://" + host;
        if (!port.isEmpty())
            out += u':' + port;
        out += path;
        if (!query.isNull())
            out += u'?' + query;
        return out;
    }
};
} // namespace

QList<Variant> variants(const QString& url)
{
    const std::optional<UrlParts> parsed = UrlParts::split(url.trimmed());
    if (!parsed)
        return {};
    QList<Variant> out;
    const auto add = [&out, &url](const UrlParts& parts, const QString& change, bool accepted) {
        const QString candidate = parts.join();
        if (candidate != url
            && std::none_of(out.cbegin(), out.cend(), [&](const Variant& v) { return v.url == candidate; }))
            out.append({ candidate, change, accepted });
    };
    const bool https = parsed->scheme == u"https";
    const QString defaultPort = https ? QStringLiteral("443") : QStringLiteral("80");
    // Twilio's libraries: without the port, and with the scheme's default port when none is written.
    UrlParts noPort = *parsed;
    noPort.port.clear();
    add(noPort, Tr::tr("the port removed"), true);
    if (parsed->port.isEmpty()) {
        UrlParts withPort = *parsed;
        withPort.port = defaultPort;
        add(withPort, Tr::tr("the default port :%1 added").arg(defaultPort), true);
    }
    // Twilio's libraries: the query re-encoded as Node's legacy querystring module writes it.
    if (!parsed->query.isEmpty()) {
        QByteArray query;
        QString plus = parsed->query;
        plus.replace(u'+', u' '); // querystring.parse reads + as a space
        for (const QString& pair : plus.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            const QString name = QUrl::fromPercentEncoding(pair.left(equals < 0 ? pair.size() : equals).toUtf8());
            const QString value = equals < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(equals + 1).toUtf8());
            if (!query.isEmpty())
                query += '&';
            query += nodeQueryComponent(name) + '=' + nodeQueryComponent(value);
        }
        UrlParts reencoded = *parsed;
        reencoded.query = QString::fromLatin1(query);
        add(reencoded, Tr::tr("the query re-encoded"), true);
    }
    // What a proxy or tunnel in front of the app changes: the scheme (TLS ended before the app), and a slash.
    UrlParts otherScheme = *parsed;
    otherScheme.scheme = https ? QStringLiteral("http") : QStringLiteral("https");
    if (parsed->port == defaultPort)
        otherScheme.port.clear();
    add(otherScheme,
        https ? Tr::tr("http instead of https (TLS ended by a proxy or tunnel)")
              : Tr::tr("https instead of http (a proxy or tunnel in front of the app)"),
        false);
    UrlParts slash = *parsed;
    slash.path = parsed->path.endsWith(u'/') ? parsed->path.chopped(1) : parsed->path + u'/';
    add(slash, parsed->path.endsWith(u'/') ? Tr::tr("without the trailing slash") : Tr::tr("with a trailing slash"),
        false);
    return out;
}

} // namespace textbench::WebhookSignature
