// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupsresource.h"

#include "phone/phonenumbers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace textbench::sandbox {

namespace {
/// The fields Lookup v2 knows (Fields=…); only line_type_intelligence has an answer here.
const QStringList& knownFields()
{
    static const QStringList fields { QStringLiteral("line_type_intelligence"), QStringLiteral("caller_name"),
        QStringLiteral("sim_swap"), QStringLiteral("call_forwarding"), QStringLiteral("line_status"),
        QStringLiteral("identity_match"), QStringLiteral("reassigned_number"), QStringLiteral("sms_pumping_risk"),
        QStringLiteral("phone_number_quality_score"), QStringLiteral("pre_fill"), QStringLiteral("validation") };
    return fields;
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

Reply LookupsResource::fetch(const Request& request) const
{
    const QString asked = QUrl::fromPercentEncoding(request.capture(0).toUtf8());
    const FormFields query = request.query();
    const QString countryCode = FormEncoding::value(query, QStringLiteral("CountryCode")).trimmed().toUpper();
    bool lineType = false;
    for (const QString& field : FormEncoding::value(query, QStringLiteral("Fields")).split(u',', Qt::SkipEmptyParts)) {
        const QString name = field.trimmed();
        if (!knownFields().contains(name))
            return Reply::error(
                400, 60200, QStringLiteral("Invalid Fields: %1 is not a Lookup field.").arg(name.left(60)));
        lineType = lineType || name == u"line_type_intelligence";
    }
    if (!countryCode.isEmpty()
        && (countryCode.size() != 2 || !countryCode.at(0).isLetter() || !countryCode.at(1).isLetter()))
        return Reply::error(400, 60200, QStringLiteral("Invalid CountryCode: %1.").arg(countryCode.left(10)));

    PhoneNumbers::NumberFacts facts = PhoneNumbers::facts(asked.left(64), countryCode);
    // Twilio's magic numbers (+1 500 555 …): libphonenumber's data may not have the range; the sandbox knows them.
    const bool magic = facts.e164.startsWith(u"+1500555") && facts.e164.size() == 12;
    if (magic) {
        facts.valid = facts.e164 != u"+15005550001";
        facts.validationError = facts.valid ? QString() : QStringLiteral("INVALID_BUT_POSSIBLE");
        facts.regionCode = QStringLiteral("US");
    }
    const bool landline = facts.e164 == u"+15005559006" || facts.e164 == u"+15005550009" || (!magic && facts.fixedLine);

    QJsonObject o {
        { QStringLiteral("calling_country_code"), facts.valid ? orNull(facts.callingCountryCode) : QJsonValue() },
        { QStringLiteral("country_code"), facts.valid ? orNull(facts.regionCode) : QJsonValue() },
        { QStringLiteral("phone_number"), facts.e164.isEmpty() ? asked.left(64) : facts.e164 },
        { QStringLiteral("national_format"), facts.valid ? orNull(facts.nationalFormat) : QJsonValue() },
        { QStringLiteral("valid"), facts.valid },
        { QStringLiteral("validation_errors"),
            facts.valid ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray { facts.validationError }) },
        { QStringLiteral("url"), QString(request.origin() + u"/v2/PhoneNumbers/" + request.capture(0)) },
    };
    for (const QString& f : knownFields())
        if (f != u"validation")
            o.insert(f, QJsonValue::Null);
    if (lineType && facts.valid)
        o.insert(QStringLiteral("line_type_intelligence"),
            QJsonObject {
                { QStringLiteral("carrier_name"),
                    landline ? QStringLiteral("Sandbox Landline Co.") : QStringLiteral("Sandbox Mobile") },
                { QStringLiteral("error_code"), QJsonValue::Null },
                { QStringLiteral("mobile_country_code"), landline ? QJsonValue() : QJsonValue(QStringLiteral("310")) },
                { QStringLiteral("mobile_network_code"), landline ? QJsonValue() : QJsonValue(QStringLiteral("999")) },
                { QStringLiteral("type"), landline ? QStringLiteral("landline") : QStringLiteral("mobile") },
            });
    return Reply::json(200, o);
}

} // namespace textbench::sandbox
