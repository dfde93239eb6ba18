// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes of the sandbox's phone numbers, Messaging Service and Monitor alerts (as Twilio's specs have them:
// 2010-04-01 for IncomingPhoneNumbers, messaging v1 for Services, monitor v1 for Alerts) and its own webhook events.
#include "api/errorcatalog.h"
#include "sandboxjson.h"

#include <QJsonArray>

#include <utility>

namespace textbench::sandbox::Json {

QJsonValue isoDate(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject phoneNumber(const StoredPhoneNumber& n, const QString& accountSid)
{
    const QString uri = accountPath(accountSid) + u"/IncomingPhoneNumbers/" + n.sid;
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("address_requirements"), QStringLiteral("none") },
        { QStringLiteral("address_sid"), QJsonValue::Null },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("beta"), false },
        { QStringLiteral("bundle_sid"), QJsonValue::Null },
        { QStringLiteral("capabilities"),
            QJsonObject { { QStringLiteral("fax"), false }, { QStringLiteral("mms"), n.mms },
                { QStringLiteral("sms"), n.sms }, { QStringLiteral("voice"), n.voice } } },
        { QStringLiteral("date_created"), date(n.created) },
        { QStringLiteral("date_updated"), date(n.updated) },
        { QStringLiteral("emergency_address_sid"), QJsonValue::Null },
        { QStringLiteral("emergency_address_status"), QStringLiteral("unregistered") },
        { QStringLiteral("emergency_status"), QStringLiteral("Inactive") },
        { QStringLiteral("friendly_name"), n.friendlyName },
        { QStringLiteral("identity_sid"), QJsonValue::Null },
        { QStringLiteral("origin"), QStringLiteral("twilio") },
        { QStringLiteral("phone_number"), n.phoneNumber },
        { QStringLiteral("sid"), n.sid },
        { QStringLiteral("sms_application_sid"), QString() },
        { QStringLiteral("sms_fallback_method"), n.smsFallbackMethod },
        { QStringLiteral("sms_fallback_url"), n.smsFallbackUrl },
        { QStringLiteral("sms_method"), n.smsMethod },
        { QStringLiteral("sms_url"), n.smsUrl },
        { QStringLiteral("status"), QStringLiteral("in-use") },
        { QStringLiteral("status_callback"), n.statusCallback },
        { QStringLiteral("status_callback_method"), n.statusCallbackMethod },
        { QStringLiteral("subresource_uris"),
            QJsonObject { { QStringLiteral("assigned_add_ons"), QString(uri + u"/AssignedAddOns.json") } } },
        { QStringLiteral("trunk_sid"), QJsonValue::Null },
        { QStringLiteral("uri"), QString(uri + u".json") },
        { QStringLiteral("voice_application_sid"), QString() },
        { QStringLiteral("voice_caller_id_lookup"), false },
        { QStringLiteral("voice_fallback_method"), QStringLiteral("POST") },
        { QStringLiteral("voice_fallback_url"), QJsonValue::Null }, // as Twilio's own example: null, not ""
        { QStringLiteral("voice_method"), QStringLiteral("POST") },
        { QStringLiteral("voice_receive_mode"), QStringLiteral("voice") },
        { QStringLiteral("voice_url"), QJsonValue::Null },
    };
}

QJsonObject service(const StoredService& s, const QString& accountSid, const QString& origin)
{
    const QString url = origin + u"/v1/Services/" + s.sid;
    static constexpr std::pair<const char*, const char*> kLinks[] = {
        { "phone_numbers", "/PhoneNumbers" },
        { "short_codes", "/ShortCodes" },
        { "alpha_senders", "/AlphaSenders" },
        { "channel_senders", "/ChannelSenders" },
        { "destination_alpha_senders", "/DestinationAlphaSenders" },
        { "us_app_to_person", "/Compliance/Usa2p" },
        { "us_app_to_person_usecases", "/Compliance/Usa2p/Usecases" },
    };
    QJsonObject links;
    for (const auto& [key, path] : kLinks)
        links.insert(QLatin1String(key), QString(url + QLatin1String(path)));
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("area_code_geomatch"), s.areaCodeGeomatch },
        { QStringLiteral("date_created"), isoDate(s.created) },
        { QStringLiteral("date_updated"), isoDate(s.updated) },
        { QStringLiteral("fallback_method"), s.fallbackMethod },
        { QStringLiteral("fallback_to_long_code"), s.fallbackToLongCode },
        { QStringLiteral("fallback_url"), stringOrNull(s.fallbackUrl) },
        { QStringLiteral("friendly_name"), s.friendlyName },
        { QStringLiteral("inbound_method"), s.inboundMethod },
        { QStringLiteral("inbound_request_url"), stringOrNull(s.inboundRequestUrl) },
        { QStringLiteral("links"), links },
        { QStringLiteral("mms_converter"), s.mmsConverter },
        { QStringLiteral("scan_message_content"), s.scanMessageContent },
        { QStringLiteral("sid"), s.sid },
        { QStringLiteral("smart_encoding"), s.smartEncoding },
        { QStringLiteral("status_callback"), stringOrNull(s.statusCallback) },
        { QStringLiteral("sticky_sender"), s.stickySender },
        { QStringLiteral("synchronous_validation"), s.synchronousValidation },
        { QStringLiteral("url"), url },
        { QStringLiteral("us_app_to_person_registered"), false },
        { QStringLiteral("use_inbound_webhook_on_number"), s.useInboundWebhookOnNumber },
        { QStringLiteral("usecase"), s.usecase },
        { QStringLiteral("validity_period"), s.validityPeriod },
    };
}

QJsonObject alert(const StoredAlert& a, const QString& accountSid, const QString& origin, bool instance)
{
    QJsonObject o {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("alert_text"), a.alertText },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("date_created"), isoDate(a.created) },
        { QStringLiteral("date_generated"), isoDate(a.created) },
        { QStringLiteral("date_updated"), isoDate(a.created) },
        { QStringLiteral("error_code"), QString::number(a.errorCode) },
        { QStringLiteral("log_level"), a.logLevel },
        { QStringLiteral("more_info"), ErrorCatalog::docsUrl(a.errorCode) },
        { QStringLiteral("request_method"), stringOrNull(a.requestMethod) },
        { QStringLiteral("request_url"), stringOrNull(a.requestUrl) },
        { QStringLiteral("resource_sid"), stringOrNull(a.resourceSid) },
        { QStringLiteral("service_sid"), stringOrNull(a.serviceSid) },
        { QStringLiteral("sid"), a.sid },
        { QStringLiteral("url"), QString(origin + u"/v1/Alerts/" + a.sid) },
    };
    if (instance) {
        o.insert(QStringLiteral("request_variables"), stringOrNull(a.requestVariables));
        o.insert(QStringLiteral("request_headers"), stringOrNull(a.requestHeaders));
        o.insert(QStringLiteral("response_headers"), stringOrNull(a.responseHeaders));
        o.insert(QStringLiteral("response_body"), stringOrNull(a.responseBody));
    }
    return o;
}

QJsonObject event(const WebhookEvent& e, const QString& accountSid)
{
    const auto headers = [](const QList<std::pair<QByteArray, QByteArray>>& list) {
        QJsonArray out;
        for (const auto& [name, value] : list)
            out.append(QJsonArray { QString::fromLatin1(name), QString::fromLatin1(value) });
        return out;
    };
    QJsonArray parameters;
    for (const auto& [name, value] : e.parameters)
        parameters.append(QJsonArray { name, value });
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("sid"), e.sid },
        { QStringLiteral("kind"), WebhookEvent::kindName(e.kind) },
        { QStringLiteral("message_sid"), stringOrNull(e.messageSid) },
        { QStringLiteral("message_status"), stringOrNull(e.messageStatus) },
        { QStringLiteral("date_created"), isoDate(e.created) },
        { QStringLiteral("url"), stringOrNull(e.url) },
        { QStringLiteral("method"), e.method },
        { QStringLiteral("parameters"), parameters },
        { QStringLiteral("request_headers"), headers(e.requestHeaders) },
        { QStringLiteral("signed_data"), QString::fromUtf8(e.signedData) },
        { QStringLiteral("signature"), stringOrNull(e.signature) },
        { QStringLiteral("idempotency_token"), e.idempotencyToken },
        { QStringLiteral("attempts"), e.attempts },
        { QStringLiteral("resends"), e.resends },
        { QStringLiteral("response_status"), e.responseStatus ? QJsonValue(e.responseStatus) : QJsonValue() },
        { QStringLiteral("response_headers"), headers(e.responseHeaders) },
        { QStringLiteral("response_body"), QString::fromUtf8(e.responseBody) },
        { QStringLiteral("response_truncated"), e.responseTruncated },
        { QStringLiteral("latency_ms"), e.latencyMs >= 0 ? QJsonValue(e.latencyMs) : QJsonValue() },
        { QStringLiteral("outcome"), WebhookEvent::outcomeName(e.outcome) },
        { QStringLiteral("error_code"), e.errorCode ? QJsonValue(e.errorCode) : QJsonValue() },
        { QStringLiteral("explanation"), stringOrNull(e.explanation) },
        { QStringLiteral("alert_sid"), stringOrNull(e.alertSid) },
    };
}

QJsonObject V1Page::toJson(const QJsonArray& items) const
{
    const auto pageUrl = [this](int number) -> QString {
        FormFields q = filters;
        q.append({ QStringLiteral("PageSize"), QString::number(pageSize) });
        q.append({ QStringLiteral("Page"), QString::number(number) });
        return url + u'?' + QString::fromLatin1(FormEncoding::encode(q));
    };
    return QJsonObject {
        { key, items },
        { QStringLiteral("meta"),
            QJsonObject {
                { QStringLiteral("first_page_url"), pageUrl(0) },
                { QStringLiteral("key"), key },
                { QStringLiteral("next_page_url"), hasNext ? QJsonValue(pageUrl(page + 1)) : QJsonValue() },
                { QStringLiteral("page"), page },
                { QStringLiteral("page_size"), pageSize },
                { QStringLiteral("previous_page_url"), page > 0 ? QJsonValue(pageUrl(page - 1)) : QJsonValue() },
                { QStringLiteral("url"), pageUrl(page) },
            } },
    };
}

} // namespace textbench::sandbox::Json
