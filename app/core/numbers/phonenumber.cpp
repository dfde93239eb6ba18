// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

#include "api/twiliodate.h"

#include <QCoreApplication>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::PhoneNumber)
};
} // namespace

std::optional<PhoneNumber> PhoneNumber::fromJson(const QJsonObject& json, QString* problem)
{
    const QString sid = json.value(u"sid").toString();
    const QString number = json.value(u"phone_number").toString();
    if (!sid.startsWith(u"PN") || number.isEmpty()) {
        if (problem)
            *problem = Tr::tr("a phone number without its \"sid\" (PN…) or \"phone_number\"");
        return std::nullopt;
    }
    const auto text = [&json](const char* key) { return json.value(QLatin1StringView(key)).toString(); };
    const QJsonObject capabilities = json.value(u"capabilities").toObject();
    PhoneNumber n;
    n.sid = sid;
    n.phoneNumber = number;
    n.friendlyName = text("friendly_name");
    // Twilio writes the capabilities in lower case in JSON (and SMS/MMS in XML).
    n.sms = capabilities.value(u"sms").toBool() || capabilities.value(u"SMS").toBool();
    n.mms = capabilities.value(u"mms").toBool() || capabilities.value(u"MMS").toBool();
    n.voice = capabilities.value(u"voice").toBool();
    n.smsUrl = text("sms_url");
    n.smsMethod = text("sms_method");
    n.smsFallbackUrl = text("sms_fallback_url");
    n.smsFallbackMethod = text("sms_fallback_method");
    bool ok = false;
    n.dateCreated = parseTwilioDate(json.value(u"date_created"), &ok);
    n.raw = json;
    return n;
}

std::optional<PhoneNumberPage> PhoneNumberPage::fromJson(const QJsonObject& json, QString* problem)
{
    std::optional<QList<PhoneNumber>> items
        = PageItems::read<PhoneNumber>(json, QStringLiteral("incoming_phone_numbers"), problem);
    if (!items)
        return std::nullopt;
    PhoneNumberPage page;
    static_cast<PageEnvelope&>(page) = PageEnvelope::fromJson(json);
    page.numbers = std::move(*items);
    return page;
}

} // namespace textbench
