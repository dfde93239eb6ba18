// SPDX-License-Identifier: GPL-3.0-or-later
#include "senders.h"

#include "api/twiliodate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Senders)
};

QString text(const QJsonObject& json, const char* key)
{
    return json.value(QLatin1StringView(key)).toString();
}

bool refuse(QString* problem, const QString& why)
{
    if (problem)
        *problem = why;
    return false;
}
} // namespace

std::optional<MessagingService> MessagingService::fromJson(const QJsonObject& json, QString* problem)
{
    MessagingService s;
    s.sid = text(json, "sid");
    if (!s.sid.startsWith(u"MG") && !refuse(problem, Tr::tr("a Messaging Service without its \"sid\" (MG…)")))
        return std::nullopt;
    s.friendlyName = text(json, "friendly_name");
    s.statusCallback = text(json, "status_callback");
    s.inboundRequestUrl = text(json, "inbound_request_url");
    s.dateCreated = parseTwilioDate(json.value(u"date_created"));
    s.raw = json;
    return s;
}

std::optional<ServicePhoneNumber> ServicePhoneNumber::fromJson(const QJsonObject& json, QString* problem)
{
    ServicePhoneNumber n;
    n.sid = text(json, "sid");
    n.phoneNumber = text(json, "phone_number");
    if ((!n.sid.startsWith(u"PN") || n.phoneNumber.isEmpty())
        && !refuse(problem, Tr::tr("a service's number without its \"sid\" (PN…) or \"phone_number\"")))
        return std::nullopt;
    n.serviceSid = text(json, "service_sid");
    n.countryCode = text(json, "country_code");
    for (const auto& c : json.value(u"capabilities").toArray())
        if (c.isString())
            n.capabilities << c.toString();
    n.raw = json;
    return n;
}

std::optional<ShortCode> ShortCode::fromJson(const QJsonObject& json, QString* problem)
{
    ShortCode c;
    c.sid = text(json, "sid");
    c.shortCode = text(json, "short_code");
    if ((!c.sid.startsWith(u"SC") || c.shortCode.isEmpty())
        && !refuse(problem, Tr::tr("a short code without its \"sid\" (SC…) or \"short_code\"")))
        return std::nullopt;
    c.friendlyName = text(json, "friendly_name");
    c.smsUrl = text(json, "sms_url");
    c.smsMethod = text(json, "sms_method");
    c.raw = json;
    return c;
}

} // namespace textbench
