// SPDX-License-Identifier: GPL-3.0-or-later
// To/From checks (libphonenumber) and SID shape checks, on the same text.
//
// Input layout: byte 0 picks the role (bit 0) and the default region (bits 1-3, index into kRegions); the rest,
// read as UTF-8, is the value the user typed.
#include "fuzzcommon.h"

#include "api/sid.h"
#include "phone/phonenumbers.h"

#include <QRegularExpression>

#include <array>

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

namespace {
const std::array<const char*, 8> kRegions { { "", "", "US", "GB", "DE", "IN", "zz", "X" } };

bool isAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7E)
            return false;
    }
    return true;
}

void checkAddress(const QString& input, PhoneNumbers::Role role, const QString& region)
{
    const AddressCheck c = PhoneNumbers::check(input, role, region);
    if (!c.isValid()) {
        FUZZ_CHECK(!c.problem.isEmpty());
        return;
    }
    FUZZ_CHECK(c.problem.isEmpty());
    FUZZ_CHECK(!c.normalized.isEmpty());
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,16}$"));
    switch (c.kind) {
    case AddressCheck::Kind::PhoneNumber: {
        FUZZ_CHECK_MSG(e164.match(c.normalized).hasMatch(), c.normalized);
        // The E.164 form checks again as a phone number; for a number in libphonenumber's data, as itself. (Not for
        // an unverified one: libphonenumber may read its leading zeros differently the second time, as in
        // "000074007012" in IN -> +910074007012 -> +91074007012.)
        const AddressCheck again = PhoneNumbers::check(c.normalized, role);
        FUZZ_CHECK_MSG(again.kind == AddressCheck::Kind::PhoneNumber,
                       c.normalized + QStringLiteral(" -> ") + again.problem);
        if (c.verified)
            FUZZ_CHECK_MSG(again.normalized == c.normalized && again.verified,
                           c.normalized + QStringLiteral(" -> ") + again.normalized);
        break;
    }
    case AddressCheck::Kind::ChannelAddress:
        FUZZ_CHECK(c.normalized.contains(u':'));
        FUZZ_CHECK(c.normalized.section(u':', 0, 0) == c.normalized.section(u':', 0, 0).toLower());
        break;
    case AddressCheck::Kind::ShortCode:
        FUZZ_CHECK(role == PhoneNumbers::Role::From);
        FUZZ_CHECK(c.normalized.size() >= 3 && c.normalized.size() <= 8);
        break;
    case AddressCheck::Kind::AlphanumericSenderId:
        FUZZ_CHECK(role == PhoneNumbers::Role::From);
        FUZZ_CHECK(c.normalized.size() >= 1 && c.normalized.size() <= 11);
        break;
    case AddressCheck::Kind::Invalid:
        FUZZ_CHECK(false);
    }
}

void checkSid(QStringView sid)
{
    const QStringList messagePrefixes { QStringLiteral("SM"), QStringLiteral("MM") };
    const bool shaped = Sid::hasShape(sid, messagePrefixes);
    FUZZ_CHECK(shaped == Sid::isMessageSid(sid));
    if (shaped)
        FUZZ_CHECK(sid.size() == Sid::kLength);
    FUZZ_CHECK(!(Sid::isAccountSid(sid) && Sid::isApiKeySid(sid)));
    (void)Sid::isMessagingServiceSid(sid);

    const QString what = QStringLiteral("message SID");
    const QString quoted = Sid::shapeProblem(sid, messagePrefixes, what, Sid::Quote::Value);
    FUZZ_CHECK(quoted.isEmpty() == shaped);
    // A credential field may hold a pasted secret: with Quote::Nothing, nothing of the value may show. The sentences
    // are ASCII, so any non-ASCII character of the value would be a leak; an ASCII value must not appear whole.
    const QString unquoted = Sid::shapeProblem(sid, { QStringLiteral("AC") }, QStringLiteral("Account SID"),
                                               Sid::Quote::Nothing);
    FUZZ_CHECK(unquoted.isEmpty() == Sid::isAccountSid(sid));
    FUZZ_CHECK_MSG(isAscii(unquoted), unquoted);
    // (No run of 12 characters without a space occurs in the sentences themselves.)
    if (sid.size() >= 12 && !sid.contains(u' '))
        FUZZ_CHECK_MSG(!unquoted.contains(sid), unquoted);

    const QString masked = Sid::masked(sid);
    if (sid.size() > 8)
        FUZZ_CHECK(masked.size() == 9 && masked.startsWith(sid.first(4)) && masked.endsWith(sid.last(4)));
    else
        FUZZ_CHECK(masked == sid);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1 || size > 512)
        return 0;
    const auto role = (data[0] & 1) ? PhoneNumbers::Role::From : PhoneNumbers::Role::To;
    const QString region = QString::fromLatin1(kRegions[(data[0] >> 1) & 7]);
    const QString text = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));

    checkAddress(text, role, region);
    checkSid(text);
    return 0;
}
