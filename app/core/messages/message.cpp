// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include "api/errorcatalog.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <array>
#include <optional>
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

QString string(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

// num_segments and num_media are strings on the wire; accept numbers too.
int count(const QJsonValue& v)
{
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

QString messageResourcePath(const QString& accountSid, const QString& sid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + accountSid + QStringLiteral("/Messages/") + sid;
}

MessageField messageField(QStringView key)
{
    // By length first: one or two string comparisons per key.
    const auto is = [key](const char* name) { return key == QLatin1StringView(name); };
    switch (key.size()) {
    case 2:
        return is("to") ? MessageField::To : MessageField::Unknown;
    case 3:
        return is("sid") ? MessageField::Sid : is("uri") ? MessageField::Uri : MessageField::Unknown;
    case 4:
        return is("body") ? MessageField::Body : is("from") ? MessageField::From : MessageField::Unknown;
    case 5:
        return is("price") ? MessageField::Price : MessageField::Unknown;
    case 6:
        return is("status") ? MessageField::Status : MessageField::Unknown;
    case 9:
        return is("date_sent") ? MessageField::DateSent
            : is("direction")  ? MessageField::Direction
            : is("num_media")  ? MessageField::NumMedia
                               : MessageField::Unknown;
    case 10:
        return is("error_code") ? MessageField::ErrorCode
            : is("price_unit")  ? MessageField::PriceUnit
                                : MessageField::Unknown;
    case 11:
        return is("account_sid") ? MessageField::AccountSid
            : is("api_version")  ? MessageField::ApiVersion
                                 : MessageField::Unknown;
    case 12:
        return is("date_created") ? MessageField::DateCreated
            : is("date_updated")  ? MessageField::DateUpdated
            : is("num_segments")  ? MessageField::NumSegments
                                  : MessageField::Unknown;
    case 13:
        return is("error_message") ? MessageField::ErrorMessage : MessageField::Unknown;
    case 16:
        return is("subresource_uris") ? MessageField::SubresourceUris : MessageField::Unknown;
    case 21:
        return is("messaging_service_sid") ? MessageField::MessagingServiceSid : MessageField::Unknown;
    default:
        return MessageField::Unknown;
    }
}

std::optional<Message> Message::fromJson(const QJsonObject& json, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<Message> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // One walk over the object (a log parses a hundred thousand of these), which also tells whether it is in
    // Twilio's own shape (isCanonical()).
    Message m;
    m.m_raw = json;
    bool hasSid = false;
    bool badStatus = false;
    bool canonical = json.size() == kMessageFieldCount;
    QJsonObject subresources;
    // A string field: Twilio sends a non-empty string or null.
    const auto optional = [](const QJsonValue& v) { return v.isNull() || (v.isString() && !v.toString().isEmpty()); };
    bool twilioDate = false; // set by parseTwilioDate() for each date field
    const auto decimal = [](const QJsonValue& v, int n) {
        return v.isNull() || (v.isString() && n >= 0 && v.toString() == QString::number(n));
    };
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const MessageField field = messageField(it.key());
        switch (field) {
        case MessageField::Sid:
        case MessageField::Body:
        case MessageField::Uri:
            canonical = canonical && v.isString();
            break;
        case MessageField::Status:
        case MessageField::Direction:
            canonical = canonical && v.isString() && !v.toString().isEmpty();
            break;
        case MessageField::AccountSid:
        case MessageField::ApiVersion:
        case MessageField::From:
        case MessageField::To:
        case MessageField::Price:
        case MessageField::PriceUnit:
        case MessageField::ErrorMessage:
        case MessageField::MessagingServiceSid:
            canonical = canonical && optional(v);
            break;
        case MessageField::DateCreated:
        case MessageField::DateSent:
        case MessageField::DateUpdated: // checked below, as they are read
            break;
        case MessageField::ErrorCode:
            canonical = canonical
                && (v.isNull() || (v.isDouble() && v.toDouble() != 0 && ErrorCatalog::codeFromJson(v) == v.toDouble()));
            break;
        case MessageField::SubresourceUris:
            canonical = canonical && v.isObject();
            break;
        case MessageField::NumMedia:
        case MessageField::NumSegments:
        case MessageField::Unknown:
            canonical = canonical && field != MessageField::Unknown;
            break;
        }
        switch (field) {
        case MessageField::Sid:
            hasSid = v.isString() && !v.toString().isEmpty();
            m.sid = hasSid ? v.toString() : QString();
            break;
        case MessageField::Status:
            badStatus = !v.isString() && !v.isNull();
            m.statusText = string(v);
            break;
        case MessageField::AccountSid:
            m.accountSid = string(v);
            break;
        case MessageField::ApiVersion:
            m.apiVersion = string(v);
            break;
        case MessageField::From:
            m.from = string(v);
            break;
        case MessageField::To:
            m.to = string(v);
            break;
        case MessageField::Body:
            m.body = string(v);
            break;
        case MessageField::Direction:
            m.direction = string(v);
            break;
        case MessageField::NumSegments:
            m.numSegments = count(v);
            canonical = canonical && decimal(v, m.numSegments);
            break;
        case MessageField::NumMedia:
            m.numMedia = count(v);
            canonical = canonical && decimal(v, m.numMedia);
            break;
        case MessageField::Price:
            m.price = string(v);
            break;
        case MessageField::PriceUnit:
            m.priceUnit = string(v);
            break;
        case MessageField::ErrorCode:
            if (const int code = ErrorCatalog::codeFromJson(v))
                m.errorCode = code;
            break;
        case MessageField::ErrorMessage:
            m.errorMessage = string(v);
            break;
        case MessageField::MessagingServiceSid:
            m.messagingServiceSid = string(v);
            break;
        case MessageField::DateCreated:
            m.dateCreated = parseTwilioDate(v, &twilioDate);
            canonical = canonical && twilioDate;
            break;
        case MessageField::DateSent:
            m.dateSent = parseTwilioDate(v, &twilioDate);
            canonical = canonical && twilioDate;
            break;
        case MessageField::DateUpdated:
            m.dateUpdated = parseTwilioDate(v, &twilioDate);
            canonical = canonical && twilioDate;
            break;
        case MessageField::Uri:
            m.uri = string(v);
            break;
        case MessageField::SubresourceUris:
            subresources = v.toObject();
            m.mediaUri = string(subresources.value(u"media"));
            m.feedbackUri = string(subresources.value(u"feedback"));
            break;
        case MessageField::Unknown:
            break;
        }
    }
    if (!hasSid)
        return fail(Tr::tr("the message has no \"sid\""));
    if (badStatus)
        return fail(Tr::tr("the message's \"status\" is not a string"));
    m.status = MessageStatuses::fromString(m.statusText);
    if (canonical) {
        const QString uri = messageResourcePath(m.accountSid, m.sid);
        const bool hasMedia = !m.mediaUri.isEmpty();
        const bool hasFeedback = !m.feedbackUri.isEmpty();
        canonical = m.uri == uri + u".json" && subresources.size() == int(hasMedia) + int(hasFeedback)
            && (!hasMedia || m.mediaUri == uri + u"/Media.json")
            && (!hasFeedback || m.feedbackUri == uri + u"/Feedback.json");
    }
    m.m_canonical = canonical;
    return m;
}

} // namespace textbench
