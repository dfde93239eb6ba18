// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretmasker.h"

#include "formencoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>

namespace textbench {

SecretMasker::SecretMasker(const Credentials& credentials)
{
    const QString& secret = credentials.secret();
    if (secret.isEmpty())
        return;
    const QByteArray raw = secret.toUtf8();
    m_needles << credentials.authorizationHeader().mid(6) // Base64 of user:secret
              << raw << FormEncoding::encodeComponent(secret) << QUrl::toPercentEncoding(secret, "", "+");
    // JSON-escaped form (a secret with a quote or backslash).
    QByteArray json = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact);
    m_needles << json.mid(2, json.size() - 4);
    // Longest first, so that a needle containing another is replaced whole.
    std::sort(m_needles.begin(), m_needles.end(),
        [](const QByteArray& a, const QByteArray& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
    m_needles.erase(std::unique(m_needles.begin(), m_needles.end()), m_needles.end());
}

namespace {
/// glibc's memmem: a page of a thousand messages is a megabyte, scanned for each needle on every response; memmem
/// does it several times faster than QByteArrayMatcher here (the CLI's list spent a sixth of its time in it).
bool containsBytes(const QByteArray& haystack, QByteArrayView needle)
{
    return !needle.isEmpty()
        && memmem(haystack.constData(), size_t(haystack.size()), needle.data(), size_t(needle.size())) != nullptr;
}
} // namespace

QByteArray SecretMasker::mask(QByteArray text) const
{
    // Secrets this masker was not told about: the Account resource carries the account's "auth_token", which
    // differs from an API key's secret. The value is a JSON string: escaped quotes and backslashes are part of it.
    static const QRegularExpression secretFields(
        QStringLiteral("(\"(?:auth_token|secret|api_secret|password)\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")"));
    if (containsBytes(text, "\"auth_token\"") || containsBytes(text, "secret\"")
        || containsBytes(text, "\"password\"")) {
        QString s = QString::fromUtf8(text);
        s.replace(secretFields, QStringLiteral("\\1********\\2"));
        text = s.toUtf8();
    }
    for (const QByteArray& needle : m_needles) {
        if (containsBytes(text, needle)) // almost never: replace() only then
            text.replace(needle, kMask.toByteArray());
    }
    return text;
}

QString SecretMasker::mask(const QString& text) const
{
    return QString::fromUtf8(mask(text.toUtf8()));
}

HeaderList SecretMasker::maskHeaders(const HeaderList& headers) const
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto& [name, value] : headers) {
        if (QByteArrayView(name).compare("Authorization", Qt::CaseInsensitive) == 0
            || QByteArrayView(name).compare("Proxy-Authorization", Qt::CaseInsensitive) == 0) {
            const qsizetype space = value.indexOf(' ');
            out.append({ name, (space > 0 ? value.left(space + 1) : QByteArray()) + kMask.toByteArray() });
        } else {
            out.append({ name, mask(value) });
        }
    }
    return out;
}

} // namespace textbench
