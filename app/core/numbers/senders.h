// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pageenvelope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace textbench {

/// \brief A Messaging Service (messaging.twilio.com/v1/Services/MG…): a pool of senders a message can name instead
/// of a From.
struct MessagingService
{
    static constexpr const char* kPageKey = "services";
    QString sid; ///< MG…
    QString friendlyName;
    QString statusCallback;
    QString inboundRequestUrl;
    QDateTime dateCreated;
    QJsonObject raw;

    static std::optional<MessagingService> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

/// \brief One of a Messaging Service's numbers (/v1/Services/MG…/PhoneNumbers).
struct ServicePhoneNumber
{
    static constexpr const char* kPageKey = "phone_numbers";
    QString sid; ///< PN…
    QString serviceSid;
    QString phoneNumber; ///< E.164
    QString countryCode;
    QStringList capabilities; ///< as Twilio writes them: "SMS", "MMS", "Voice", …
    QJsonObject raw;

    bool can(QStringView capability) const { return capabilities.contains(capability, Qt::CaseInsensitive); }
    static std::optional<ServicePhoneNumber> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

/// \brief One of the account's short codes (/2010-04-01/Accounts/AC…/SMS/ShortCodes). Short codes send SMS; whether
/// one sends MMS is agreed with the carriers and not in the resource.
struct ShortCode
{
    static constexpr const char* kPageKey = "short_codes";
    QString sid; ///< SC…
    QString shortCode;
    QString friendlyName;
    QString smsUrl;
    QString smsMethod;
    QJsonObject raw;

    static std::optional<ShortCode> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

using MessagingServicePage = ItemPage<MessagingService>;
using ServicePhoneNumberPage = ItemPage<ServicePhoneNumber>;
using ShortCodePage = ItemPage<ShortCode>;

/// \brief Something a message can be sent from, as the composer's From field offers it: one of the account's
/// numbers, a short code, or a Messaging Service.
struct Sender
{
    enum class Kind { Number, ShortCode, Service };
    Kind kind = Kind::Number;
    /// What goes in From (a number or short code) or MessagingServiceSid (MG…).
    QString address;
    QString friendlyName;
    bool sms = true;
    bool mms = false;
    /// For a number: the Messaging Service it belongs to, if any.
    QString serviceSid;
    QString serviceName;
    /// False where the account's resources do not say whether it sends MMS (a short code).
    bool mmsKnown = true;
};

} // namespace textbench
