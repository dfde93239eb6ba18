// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

namespace textbench::PhoneNumbers {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::PhoneNumbers)
};

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

QString stripInvisible(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            continue;
        out.append(c);
    }
    return out.trimmed();
}

QString stripPunctuation(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/')
            continue;
        out.append(c);
    }
    return out;
}

QString typeName(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return Tr::tr("fixed line");
    case PhoneNumberUtil::MOBILE:
        return Tr::tr("mobile");
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return Tr::tr("fixed line or mobile");
    case PhoneNumberUtil::TOLL_FREE:
        return Tr::tr("toll-free");
    case PhoneNumberUtil::PREMIUM_RATE:
        return Tr::tr("premium rate");
    case PhoneNumberUtil::SHARED_COST:
        return Tr::tr("shared cost");
    case PhoneNumberUtil::VOIP:
        return Tr::tr("VoIP");
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return Tr::tr("personal number");
    case PhoneNumberUtil::PAGER:
        return Tr::tr("pager");
    case PhoneNumberUtil::UAN:
        return Tr::tr("UAN");
    case PhoneNumberUtil::VOICEMAIL:
        return Tr::tr("voicemail");
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return {};
}

AddressCheck invalid(const QString& problem)
{
    AddressCheck c;
    c.problem = problem;
    return c;
}

AddressCheck checkPhone(const QString& shown, const QString& digits, const QString& defaultRegion)
{
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const QString example = QStringLiteral("+14155552671");
    if (!digits.startsWith(u'+') && defaultRegion.isEmpty()) {
        return invalid(Tr::tr("\"%1\" has no country code: write the number in E.164 form, with + and the country "
                              "code, such as %2.")
                           .arg(shown, example));
    }
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9]+$"));
    if (!allowed.match(digits).hasMatch()) {
        return invalid(
            Tr::tr("\"%1\" is not a phone number: only digits may follow the +, as in %2.").arg(shown, example));
    }
    PhoneNumber number;
    const std::string region = digits.startsWith(u'+') ? std::string("ZZ") : defaultRegion.toUpper().toStdString();
    const auto parsed = util->Parse(digits.toStdString(), region, &number);
    if (parsed != PhoneNumberUtil::NO_PARSING_ERROR) {
        switch (parsed) {
        case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
            return invalid(Tr::tr("\"%1\" does not start with a valid country code (such as +1 or +44).").arg(shown));
        case PhoneNumberUtil::TOO_SHORT_NSN:
        case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
            return invalid(Tr::tr("\"%1\" is too short to be a phone number.").arg(shown));
        case PhoneNumberUtil::TOO_LONG_NSN:
            return invalid(Tr::tr("\"%1\" is too long to be a phone number.").arg(shown));
        default:
            return invalid(
                Tr::tr("\"%1\" is not a phone number; write it in E.164 form, such as %2.").arg(shown, example));
        }
    }
    std::string regionCode;
    util->GetRegionCodeForNumber(number, &regionCode);
    const QString qRegion = QString::fromStdString(regionCode);
    const bool verified = util->IsValidNumber(number);
    if (!verified) {
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::IS_POSSIBLE: {
            // The right length; the range may simply be newer than libphonenumber's data (Debian 12 has 2022's).
            // North American numbering rules themselves do not change: no area code or exchange starts with 0 or 1.
            static const QRegularExpression nanp(QStringLiteral("^[2-9][0-9]{2}[2-9][0-9]{6}$"));
            if (number.country_code() == 1
                && !nanp.match(QString::number(qulonglong(number.national_number()))).hasMatch())
                return invalid(Tr::tr("\"%1\" is not a North American number: neither the area code nor the "
                                      "exchange may start with 0 or 1.")
                                   .arg(shown));
            break;
        }
        case PhoneNumberUtil::TOO_SHORT:
            return invalid(Tr::tr("\"%1\" has too few digits for a number with country code +%2.")
                               .arg(shown, QString::number(number.country_code())));
        case PhoneNumberUtil::TOO_LONG:
            return invalid(Tr::tr("\"%1\" has too many digits for a number with country code +%2.")
                               .arg(shown, QString::number(number.country_code())));
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            return invalid(Tr::tr("\"%1\" does not start with a valid country code (such as +1 or +44).").arg(shown));
        default:
            return invalid(Tr::tr("\"%1\" does not have the length of a number with country code +%2. Check the "
                                  "digits.")
                               .arg(shown, QString::number(number.country_code())));
        }
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    AddressCheck c;
    c.kind = AddressCheck::Kind::PhoneNumber;
    c.normalized = QString::fromStdString(e164);
    c.regionCode = qRegion;
    c.numberType = typeName(util->GetNumberType(number));
    c.verified = verified;
    if (!verified)
        c.warning = Tr::tr("%1 is not a number range this computer's phone number data knows (it may be newer than "
                           "the data); Twilio will say whether it is valid.")
                        .arg(c.normalized);
    return c;
}
} // namespace

static AddressCheck checkUncached(const QString& input, Role role, const QString& defaultRegion);

NumberFacts facts(const QString& input, const QString& countryCode)
{
    NumberFacts f;
    const QString digits = stripPunctuation(stripInvisible(input));
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9]{1,30}$"));
    if (!allowed.match(digits).hasMatch()) {
        f.validationError = QStringLiteral("NOT_A_NUMBER");
        return f;
    }
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = digits.startsWith(u'+') ? std::string("ZZ") : countryCode.toUpper().toStdString();
    switch (util->Parse(digits.toStdString(), region, &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        f.validationError = QStringLiteral("INVALID_COUNTRY_CODE");
        return f;
    case PhoneNumberUtil::TOO_SHORT_NSN:
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
        f.validationError = QStringLiteral("TOO_SHORT");
        return f;
    case PhoneNumberUtil::TOO_LONG_NSN:
        f.validationError = QStringLiteral("TOO_LONG");
        return f;
    default:
        f.validationError = QStringLiteral("NOT_A_NUMBER");
        return f;
    }
    std::string text;
    util->Format(number, PhoneNumberUtil::E164, &text);
    f.e164 = QString::fromStdString(text);
    f.callingCountryCode = QString::number(number.country_code());
    util->GetRegionCodeForNumber(number, &text);
    f.regionCode = QString::fromStdString(text);
    util->Format(number, PhoneNumberUtil::NATIONAL, &text);
    f.nationalFormat = QString::fromStdString(text);
    f.valid = util->IsValidNumber(number);
    if (!f.valid) {
        switch (util->IsPossibleNumberWithReason(number)) {
        case PhoneNumberUtil::TOO_SHORT:
            f.validationError = QStringLiteral("TOO_SHORT");
            break;
        case PhoneNumberUtil::TOO_LONG:
            f.validationError = QStringLiteral("TOO_LONG");
            break;
        case PhoneNumberUtil::INVALID_COUNTRY_CODE:
            f.validationError = QStringLiteral("INVALID_COUNTRY_CODE");
            break;
        case PhoneNumberUtil::IS_POSSIBLE:
            f.validationError = QStringLiteral("INVALID_BUT_POSSIBLE");
            break;
        default:
            f.validationError = QStringLiteral("INVALID_LENGTH");
            break;
        }
    }
    f.fixedLine = util->GetNumberType(number) == PhoneNumberUtil::FIXED_LINE;
    return f;
}

AddressCheck check(const QString& input, Role role, const QString& defaultRegion)
{
    // libphonenumber takes tens of microseconds a number (regular expressions over its metadata): a batch of
    // sends to the same numbers, or a form checked at each keystroke, asks the same questions again. The answer
    // only depends on the arguments (and the language of the messages), so recent ones are kept, per thread.
    thread_local QHash<QString, AddressCheck> recent;
    const QString key = QString::number(int(role)) + u'\x1f' + defaultRegion + u'\x1f' + input;
    if (const auto it = recent.constFind(key); it != recent.cend())
        return *it;
    if (recent.size() >= 256)
        recent.clear();
    AddressCheck result = checkUncached(input, role, defaultRegion);
    recent.insert(key, result);
    return result;
}

static AddressCheck checkUncached(const QString& input, Role role, const QString& defaultRegion)
{
    const QString cleaned = stripInvisible(input);
    const QString label = role == Role::To ? Tr::tr("To") : Tr::tr("From");
    if (cleaned.isEmpty())
        return invalid(Tr::tr("The %1 number is empty.").arg(label));
    if (cleaned.size() > 64)
        return invalid(Tr::tr("The %1 value is %2 characters long: no phone number or address is that long.")
                           .arg(label)
                           .arg(cleaned.size()));

    // Channel addresses: whatsapp:+1..., messenger:1234, rcs:..., and so on.
    static const QRegularExpression channel(QStringLiteral("^([A-Za-z][A-Za-z0-9-]*):(.+)$"));
    if (const auto m = channel.match(cleaned); m.hasMatch()) {
        const QString prefix = m.captured(1).toLower();
        const QString rest = m.captured(2).trimmed();
        AddressCheck c;
        if (rest.startsWith(u'+')) {
            c = checkPhone(cleaned, stripPunctuation(rest), {});
            if (!c.isValid())
                return c;
            c.normalized = prefix + u':' + c.normalized;
        } else {
            c.normalized = prefix + u':' + rest;
        }
        c.kind = AddressCheck::Kind::ChannelAddress;
        return c;
    }

    const QString compact = stripPunctuation(cleaned);
    if (role == Role::From) {
        static const QRegularExpression shortCode(QStringLiteral("^[0-9]{3,8}$"));
        if (shortCode.match(compact).hasMatch() && defaultRegion.isEmpty()) {
            AddressCheck c;
            c.kind = AddressCheck::Kind::ShortCode;
            c.normalized = compact;
            return c;
        }
        static const QRegularExpression hasLetter(QStringLiteral("[A-Za-z]"));
        if (hasLetter.match(cleaned).hasMatch()) {
            static const QRegularExpression senderId(QStringLiteral("^[A-Za-z0-9 ]{1,11}$"));
            if (!senderId.match(cleaned).hasMatch()) {
                return invalid(Tr::tr("\"%1\" is not a valid alphanumeric sender ID: use 1 to 11 letters, digits and "
                                      "spaces, with at least one letter.")
                                   .arg(cleaned));
            }
            AddressCheck c;
            c.kind = AddressCheck::Kind::AlphanumericSenderId;
            c.normalized = cleaned;
            return c;
        }
    }
    return checkPhone(cleaned, compact, defaultRegion);
}

} // namespace textbench::PhoneNumbers
