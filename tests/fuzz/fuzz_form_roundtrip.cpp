// SPDX-License-Identifier: GPL-3.0-or-later
// application/x-www-form-urlencoded: decode arbitrary bytes, and encode -> decode round trips.
//
// 1. decode(input) must not crash; encode() of what it gave decodes back to the same fields, and re-encodes to the
//    same bytes.
// 2. The input split on NUL bytes, read as UTF-8, is a list of name, value, name, value... (any Unicode, '&', '=',
//    '%' and '+' included): encode -> decode must give it back.
#include "fuzzcommon.h"

#include "api/formencoding.h"

#include <QStringList>

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

namespace {
QString describe(const FormFields& fields)
{
    QStringList parts;
    for (const auto& [n, v] : fields)
        parts.append(u'[' + QString::fromLatin1(n.toUtf8().toHex()) + u'=' + QString::fromLatin1(v.toUtf8().toHex())
                     + u']');
    return parts.join(u' ');
}

bool onlyUnreservedAndSeparators(const QByteArray& encoded)
{
    for (char c : encoded) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~' || c == '%' || c == '&' || c == '=';
        if (!ok)
            return false;
    }
    return true;
}

void checkRoundTrip(const FormFields& fields)
{
    const QByteArray encoded = FormEncoding::encode(fields);
    FUZZ_CHECK(onlyUnreservedAndSeparators(encoded));
    const FormFields decoded = FormEncoding::decode(encoded);
    // QString's == takes a null string and an empty one as equal, as a form does ("a" and "a=").
    FUZZ_CHECK_MSG(decoded == fields,
                   QStringLiteral("fields:  ") + describe(fields) + QStringLiteral("\n  encoded: ")
                       + QString::fromLatin1(encoded) + QStringLiteral("\n  decoded: ") + describe(decoded));
    FUZZ_CHECK(FormEncoding::encode(decoded) == encoded);
    if (!fields.isEmpty()) {
        const QString& name = fields.first().first;
        FUZZ_CHECK(FormEncoding::value(decoded, name) == fields.first().second);
        FUZZ_CHECK(!FormEncoding::value(decoded, name).isNull());
        FUZZ_CHECK(!FormEncoding::values(decoded, name).isEmpty());
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    const FormFields decoded = FormEncoding::decode(input);
    FUZZ_CHECK(decoded.size() <= input.count('&') + 1);
    checkRoundTrip(decoded);

    FormFields built;
    const QList<QByteArray> parts = input.split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
        built.append({ QString::fromUtf8(parts[i]), QString::fromUtf8(parts[i + 1]) });
    checkRoundTrip(built);

    // One component alone, as query strings are built.
    const QString text = QString::fromUtf8(input);
    const FormFields one = FormEncoding::decode(QByteArray("v=" + FormEncoding::encodeComponent(text)));
    FUZZ_CHECK(one.size() == 1 && one.first().second == text);
    return 0;
}
