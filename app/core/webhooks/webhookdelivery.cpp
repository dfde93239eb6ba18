// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdelivery.h"

#include "api/errorcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::WebhookDelivery)
};

WebhookDelivery::Headers pairs(const QJsonValue& value)
{
    WebhookDelivery::Headers out;
    for (const QJsonValue pair : value.toArray()) {
        const QJsonArray a = pair.toArray();
        out.append({ a.at(0).toString(), a.at(1).toString() });
    }
    return out;
}
} // namespace

std::optional<WebhookDelivery> WebhookDelivery::fromJson(const QJsonObject& json, QString* problem)
{
    const QString sid = json.value(u"sid").toString();
    if (!sid.startsWith(u"WH") || !json.value(u"outcome").isString()) {
        if (problem)
            *problem = Tr::tr("a webhook event without its \"sid\" (WH…) or \"outcome\"");
        return std::nullopt;
    }
    const auto text = [&json](const char* key) { return json.value(QLatin1StringView(key)).toString(); };
    WebhookDelivery d;
    d.sid = sid;
    d.kind = text("kind");
    d.messageSid = text("message_sid");
    d.messageStatus = text("message_status");
    d.created = QDateTime::fromString(text("date_created"), Qt::ISODate);
    d.url = text("url");
    d.method = text("method");
    for (const auto& [name, value] : pairs(json.value(u"parameters")))
        d.parameters.append({ name, value });
    d.requestHeaders = pairs(json.value(u"request_headers"));
    d.signedData = text("signed_data");
    d.signature = text("signature");
    d.idempotencyToken = text("idempotency_token");
    d.attempts = json.value(u"attempts").toInt();
    d.resends = json.value(u"resends").toInt();
    d.responseStatus = json.value(u"response_status").toInt();
    d.responseHeaders = pairs(json.value(u"response_headers"));
    d.responseBody = text("response_body");
    d.responseTruncated = json.value(u"response_truncated").toBool();
    d.latencyMs = json.value(u"latency_ms").isDouble() ? qint64(json.value(u"latency_ms").toDouble()) : -1;
    d.outcome = text("outcome");
    d.errorCode = ErrorCatalog::codeFromJson(json.value(u"error_code"));
    d.explanation = text("explanation");
    d.alertSid = text("alert_sid");
    d.raw = json;
    return d;
}

std::optional<WebhookDeliveryPage> WebhookDeliveryPage::fromJson(const QJsonObject& json, QString* problem)
{
    std::optional<QList<WebhookDelivery>> items
        = PageItems::read<WebhookDelivery>(json, QStringLiteral("webhook_events"), problem);
    if (!items)
        return std::nullopt;
    WebhookDeliveryPage page;
    static_cast<PageEnvelope&>(page) = PageEnvelope::fromJson(json);
    page.deliveries = std::move(*items);
    return page;
}

} // namespace textbench
