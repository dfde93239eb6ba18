// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupjobs.h"

namespace textbench {

LookupPhoneNumberJob::LookupPhoneNumberJob(
    ApiClient* client, const QString& number, bool lineType, const QString& countryCode)
    : ResourceJob(client)
    , m_number(number.trimmed())
    , m_lineType(lineType)
    , m_countryCode(countryCode.trimmed().toUpper())
{ }

QString LookupPhoneNumberJob::validateInputs()
{
    if (m_number.isEmpty())
        return tr("Give the phone number to look up, in E.164 (+14155550123) or national with a country code.");
    if (m_number.size() > kMaxNumberLength)
        return tr("That is %1 characters; a phone number is at most %2.").arg(m_number.size()).arg(kMaxNumberLength);
    // ASCII digits (at least one), the separators people type, and a leading +; nothing that would change the path.
    bool digits = false;
    for (const QChar c : std::as_const(m_number)) {
        const bool digit = c >= u'0' && c <= u'9';
        digits = digits || digit;
        if (!digit && !QStringView(u"+ -().").contains(c))
            return tr("\"%1\" is not a phone number: only digits, +, spaces, dashes and brackets.")
                .arg(m_number.left(kMaxNumberLength));
    }
    if (!digits)
        return tr("\"%1\" is not a phone number: only digits, +, spaces, dashes and brackets.")
            .arg(m_number.left(kMaxNumberLength));
    if (!m_countryCode.isEmpty()
        && (m_countryCode.size() != 2 || !m_countryCode.at(0).isLetter() || !m_countryCode.at(1).isLetter()))
        return tr("A country code is two letters (US, GB, DE), not \"%1\".").arg(m_countryCode.left(10));
    return {};
}

ApiRequest LookupPhoneNumberJob::firstRequest() const
{
    FormFields query;
    if (m_lineType)
        query.append({ QStringLiteral("Fields"), QStringLiteral("line_type_intelligence") });
    if (!m_countryCode.isEmpty())
        query.append({ QStringLiteral("CountryCode"), m_countryCode });
    // As twilio-node: the number as typed in the path, where '+' and brackets are plain characters; spaces encoded
    // (validateInputs() let nothing else through).
    const QString path = QStringLiteral("/v2/PhoneNumbers/")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_number, QByteArrayLiteral("+()")));
    return request("GET", ApiProduct::Lookups, path, QStringLiteral("lookups.fetch"), query);
}

} // namespace textbench
