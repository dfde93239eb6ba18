// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonelookup.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::PhoneLookup)
};
} // namespace

std::optional<PhoneLookup> PhoneLookup::fromJson(const QJsonObject& json, QString* problem)
{
    if (!json.value(u"valid").isBool() || !json.value(u"phone_number").isString()) {
        if (problem)
            *problem = Tr::tr("the lookup has no \"valid\" (true or false) or \"phone_number\"");
        return std::nullopt;
    }
    const auto text = [](const QJsonObject& o, const char* key) { return o.value(QLatin1StringView(key)).toString(); };
    PhoneLookup l;
    l.phoneNumber = text(json, "phone_number");
    l.valid = json.value(u"valid").toBool();
    for (const auto& e : json.value(u"validation_errors").toArray())
        if (e.isString())
            l.validationErrors << e.toString();
    l.callingCountryCode = text(json, "calling_country_code");
    l.countryCode = text(json, "country_code");
    l.nationalFormat = text(json, "national_format");
    const QJsonObject line = json.value(u"line_type_intelligence").toObject();
    l.lineType = text(line, "type");
    l.carrierName = text(line, "carrier_name");
    l.lineTypeErrorCode = line.value(u"error_code").toInt();
    l.raw = json;
    return l;
}

} // namespace textbench
