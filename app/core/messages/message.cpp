// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include "api/errorcatalog.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <array>
#include <utility>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Message)
};

constexpr std::array<std::pair<MessageStatus, const char*>, 13> kStatusNames { {
    { MessageStatus::Queued, "queued" },
    { MessageStatus::Sending, "sending" },
    { MessageStatus::Sent, "sent" },
    { MessageStatus::Failed, "failed" },
    { MessageStatus::Delivered, "delivered" },
    { MessageStatus::Undelivered, "undelivered" },
    { MessageStatus::Receiving, "receiving" },
    { MessageStatus::Received, "received" },
    { MessageStatus::Accepted, "accepted" },
    { MessageStatus::Scheduled, "scheduled" },
    { MessageStatus::Read, "read" },
    { MessageStatus::PartiallyDelivered, "partially_delivered" },
    { MessageStatus::Canceled, "canceled" },
} };

QString string(const QJsonObject& o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

// num_segments and num_media are strings on the wire; accept numbers too.
int count(const QJsonObject& o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e9)
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok && n >= 0)
            return n;
    }
    return -1;
}
} // namespace

MessageStatus MessageStatuses::fromString(QStringView s)
{
    for (const auto& [status, name] : kStatusNames) {
        if (s == QLatin1String(name))
            return status;
    }
    return MessageStatus::Unknown;
}

QString MessageStatuses::toString(MessageStatus status)
{
    for (const auto& [st, name] : kStatusNames) {
        if (st == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

bool MessageStatuses::isFinal(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Delivered:
    case MessageStatus::Undelivered:
    case MessageStatus::Failed:
    case MessageStatus::Received:
    case MessageStatus::Read:
    case MessageStatus::Canceled:
        return true;
    default:
        return false;
    }
}

QDateTime parseTwilioDate(const QJsonValue& value)
{
    if (!value.isString())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt;
}

std::optional<Message> Message::fromJson(const QJsonObject& json, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<Message> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (!json.value(u"sid").isString() || json.value(u"sid").toString().isEmpty())
        return fail(Tr::tr("the message has no \"sid\""));
    if (json.contains(u"status") && !json.value(u"status").isString() && !json.value(u"status").isNull())
        return fail(Tr::tr("the message's \"status\" is not a string"));

    Message m;
    m.m_raw = json;
    m.sid = json.value(u"sid").toString();
    m.accountSid = string(json, u"account_sid");
    m.apiVersion = string(json, u"api_version");
    m.from = string(json, u"from");
    m.to = string(json, u"to");
    m.body = string(json, u"body");
    m.statusText = string(json, u"status");
    m.status = MessageStatuses::fromString(m.statusText);
    m.direction = string(json, u"direction");
    m.numSegments = count(json, u"num_segments");
    m.numMedia = count(json, u"num_media");
    m.price = string(json, u"price");
    m.priceUnit = string(json, u"price_unit");
    if (const int code = ErrorCatalog::codeFromJson(json.value(u"error_code")))
        m.errorCode = code;
    m.errorMessage = string(json, u"error_message");
    m.messagingServiceSid = string(json, u"messaging_service_sid");
    m.dateCreated = parseTwilioDate(json.value(u"date_created"));
    m.dateSent = parseTwilioDate(json.value(u"date_sent"));
    m.dateUpdated = parseTwilioDate(json.value(u"date_updated"));
    m.uri = string(json, u"uri");
    const QJsonObject subresources = json.value(u"subresource_uris").toObject();
    m.mediaUri = string(subresources, u"media");
    m.feedbackUri = string(subresources, u"feedback");
    return m;
}

} // namespace textbench
