// SPDX-License-Identifier: GPL-3.0-or-later
#include "sid.h"

#include <QCoreApplication>

namespace textbench::Sid {

namespace {
bool isHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Sid)
};
} // namespace

bool hasShape(QStringView sid, const QStringList& prefixes)
{
    if (sid.size() != kLength)
        return false;
    bool prefixOk = false;
    for (const QString& prefix : prefixes)
        prefixOk = prefixOk || sid.startsWith(prefix);
    if (!prefixOk)
        return false;
    for (qsizetype i = 2; i < sid.size(); ++i) {
        if (!isHex(sid[i]))
            return false;
    }
    return true;
}

bool isAccountSid(QStringView sid) { return hasShape(sid, { QStringLiteral("AC") }); }
bool isApiKeySid(QStringView sid) { return hasShape(sid, { QStringLiteral("SK") }); }
bool isMessageSid(QStringView sid) { return hasShape(sid, { QStringLiteral("SM"), QStringLiteral("MM") }); }
bool isMessagingServiceSid(QStringView sid) { return hasShape(sid, { QStringLiteral("MG") }); }

QString shapeProblem(QStringView sid, const QStringList& prefixes, const QString& what, Quote quote)
{
    if (hasShape(sid, prefixes))
        return {};
    const QString expected = Tr::tr("%1 followed by 32 hexadecimal digits").arg(prefixes.join(Tr::tr(" or ")));
    if (sid.isEmpty())
        return Tr::tr("The %1 is empty: it should be %2.").arg(what, expected);
    bool prefixOk = false;
    for (const QString& prefix : prefixes)
        prefixOk = prefixOk || sid.startsWith(prefix);
    if (!prefixOk) {
        if (quote == Quote::Nothing)
            return Tr::tr("The %1 does not start with %2: it should be %3. Check that it is not another value (such "
                          "as a token or secret) set in its place.")
                .arg(what, prefixes.join(Tr::tr(" or ")), expected);
        return Tr::tr("\"%1\" is not a valid %2: it should start with %3 (%4).")
            .arg(sid.left(40).toString(), what, prefixes.join(Tr::tr(" or ")), expected);
    }
    for (qsizetype i = 2; i < sid.size() && i < kLength; ++i) {
        if (!isHex(sid[i])) {
            if (quote == Quote::Nothing)
                return Tr::tr("The %1 has a character that is not a hexadecimal digit at position %2: it should be "
                              "%3.")
                    .arg(what)
                    .arg(i + 1)
                    .arg(expected);
            return Tr::tr("The %1 has a character that is not a hexadecimal digit at position %2 (\"%3\"): "
                          "it should be %4.")
                .arg(what)
                .arg(i + 1)
                .arg(sid.mid(i, 1).toString(), expected);
        }
    }
    return Tr::tr("The %1 has %2 characters instead of 34: it should be %3. Check that it was copied whole.")
        .arg(what)
        .arg(sid.size())
        .arg(expected);
}

QString masked(QStringView sid)
{
    if (sid.size() <= 8)
        return sid.toString();
    return sid.left(4).toString() + QChar(0x2026) + sid.right(4).toString();
}

} // namespace textbench::Sid
