// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/twiliodate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace textbench {

/// \brief A message's status, as Twilio names it.
enum class MessageStatus {
    Unknown,
    Queued,
    Sending,
    Sent,
    Failed,
    Delivered,
    Undelivered,
    Receiving,
    Received,
    Accepted,
    Scheduled,
    Read,
    PartiallyDelivered,
    Canceled,
};

namespace MessageStatuses {
MessageStatus fromString(QStringView s);
QString toString(MessageStatus status);
/// Delivered, undelivered, failed, received, read, canceled: nothing changes any more.
bool isFinal(MessageStatus status);
} // namespace MessageStatuses

/// \brief A Message resource (API 2010-04-01), with every documented field in its proper type.
///
/// The JSON it came from is kept whole, unknown fields included, for the raw view; toJson() returns it.
class Message
{
public:
    /// Parses a message object. Returns nullopt (and says why in \a problem) when \a json is not one: it must
    /// be an object with a string `sid`. Fields of an unexpected type are read leniently (a number where Twilio
    /// sends a string), never trusted blindly.
    static std::optional<Message> fromJson(const QJsonObject& json, QString* problem = nullptr);

    QJsonObject toJson() const { return m_raw; }
    /// True when the JSON was in Twilio's own shape: exactly the twenty fields of the Message resource, each with
    /// the type Twilio sends, dates as "Thu, 24 Aug 2023 05:01:45 +0000", counts as decimal strings, the URIs the
    /// ones Twilio derives from the account and SID, and no empty string where Twilio would send null. Such a
    /// message can be written back from its fields alone (the message log keeps no more than that).
    bool isCanonical() const { return m_canonical; }

    QString sid;
    QString accountSid;
    QString apiVersion;
    QString from;
    QString to;
    QString body;
    MessageStatus status = MessageStatus::Unknown;
    QString statusText; ///< as Twilio sent it, also for statuses newer than this build
    QString direction;
    /// Strings on the wire ("1"); -1 when null or absent.
    int numSegments = -1;
    int numMedia = -1;
    /// A decimal string such as "-0.00750", kept as text: it is money. Null while not yet priced.
    QString price;
    QString priceUnit;
    std::optional<int> errorCode;
    QString errorMessage;
    QString messagingServiceSid;
    QDateTime dateCreated;
    QDateTime dateSent;
    QDateTime dateUpdated;
    QString uri;
    QString mediaUri; ///< subresource_uris.media
    QString feedbackUri; ///< subresource_uris.feedback

private:
    QJsonObject m_raw;
    bool m_canonical = false;
};

/// The fields of Twilio's Message resource, for code that walks a message's JSON once instead of looking each key
/// up (a lookup in a QJsonObject compares strings: twenty of them per message add up over a log).
enum class MessageField {
    Unknown,
    AccountSid,
    ApiVersion,
    Body,
    DateCreated,
    DateSent,
    DateUpdated,
    Direction,
    ErrorCode,
    ErrorMessage,
    From,
    MessagingServiceSid,
    NumMedia,
    NumSegments,
    Price,
    PriceUnit,
    Sid,
    Status,
    SubresourceUris,
    To,
    Uri,
};
constexpr int kMessageFieldCount = int(MessageField::Uri); ///< the known ones
MessageField messageField(QStringView key);

/// The path of a message resource as Twilio writes it in "uri" (plus ".json") and "subresource_uris" (plus
/// "/Media.json", "/Feedback.json"). One definition for what Message::isCanonical() expects and what the message
/// log writes back.
QString messageResourcePath(const QString& accountSid, const QString& sid);

} // namespace textbench
