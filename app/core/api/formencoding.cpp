// SPDX-License-Identifier: GPL-3.0-or-later
#include "formencoding.h"

#include <QStringDecoder>
#include <QStringList>

namespace textbench::FormEncoding {

QByteArray encodeComponent(const QString& value)
{
    // QByteArray::toPercentEncoding() leaves exactly the RFC 3986 unreserved set alone, as qs does.
    return value.toUtf8().toPercentEncoding();
}

QByteArray encode(const FormFields& fields)
{
    QByteArray out;
    for (const auto& [name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += encodeComponent(name);
        out += '=';
        out += encodeComponent(value);
    }
    return out;
}

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// QByteArray::fromPercentEncoding() turns a malformed escape ("%zz") into garbage; keep it as typed instead.
QString decodeComponent(QByteArrayView part)
{
    QByteArray bytes;
    bytes.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part[i];
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%' && i + 2 < part.size() && hexValue(part[i + 1]) >= 0 && hexValue(part[i + 2]) >= 0) {
            bytes += char(hexValue(part[i + 1]) * 16 + hexValue(part[i + 2]));
            i += 2;
        } else {
            bytes += c;
        }
    }
    // Not QString::fromUtf8: it drops a leading byte-order mark, and a value must decode to exactly what was
    // encoded (U+FEFF included). Malformed bytes still become U+FFFD.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(bytes);
}
} // namespace

FormFields decode(QByteArrayView encoded)
{
    FormFields fields;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = encoded.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            if (eq < 0)
                fields.append({ decodeComponent(pair), QString() });
            else
                fields.append({ decodeComponent(pair.first(eq)), decodeComponent(pair.sliced(eq + 1)) });
        }
        start = end + 1;
    }
    return fields;
}

QString value(const FormFields& fields, const QString& name)
{
    for (const auto& [n, v] : fields) {
        if (n == name)
            return v.isNull() ? QStringLiteral("") : v;
    }
    return {};
}

QStringList values(const FormFields& fields, const QString& name)
{
    QStringList out;
    for (const auto& [n, v] : fields) {
        if (n == name)
            out.append(v);
    }
    return out;
}

} // namespace textbench::FormEncoding
