// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"
#include "api/pageenvelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace textbench {

/// \brief One request the sandbox made to the developer's app (a status callback, an inbound message's SMS URL, its
/// fallback, a <Redirect>), as its Textbench extension /Textbench/WebhookEvents.json reports it: what was sent,
/// signed and received, and how it ended. Not a Twilio resource: Twilio keeps only the failures (Alert).
struct WebhookDelivery
{
    using Headers = QList<std::pair<QString, QString>>;

    QString sid; ///< WH…
    QString kind; ///< status-callback, inbound, fallback, redirect
    QString messageSid;
    QString messageStatus;
    QDateTime created;
    QString url;
    QString method;
    FormFields parameters;
    Headers requestHeaders;
    QString signedData;
    QString signature;
    QString idempotencyToken;
    int attempts = 0;
    int resends = 0;
    int responseStatus = 0;
    Headers responseHeaders;
    QString responseBody;
    bool responseTruncated = false;
    qint64 latencyMs = -1;
    QString outcome; ///< pending, delivered, failed, not-sent
    int errorCode = 0;
    QString explanation;
    QString alertSid;
    QJsonObject raw;

    bool isPending() const { return outcome == u"pending"; }
    static std::optional<WebhookDelivery> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

struct WebhookDeliveryPage : PageEnvelope
{
    using Item = WebhookDelivery;
    QList<WebhookDelivery> deliveries;
    const QList<WebhookDelivery>& items() const { return deliveries; }
    static std::optional<WebhookDeliveryPage> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
