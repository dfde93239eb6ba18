// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pageenvelope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace textbench {

/// \brief One of the account's phone numbers (IncomingPhoneNumbers): what it can do, and the URLs of the app that
/// answers the messages it receives.
struct PhoneNumber
{
    QString sid; ///< PN…
    QString phoneNumber; ///< E.164
    QString friendlyName;
    bool sms = false;
    bool mms = false;
    bool voice = false;
    QString smsUrl;
    QString smsMethod;
    QString smsFallbackUrl;
    QString smsFallbackMethod;
    QDateTime dateCreated;
    QJsonObject raw;

    static std::optional<PhoneNumber> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

struct PhoneNumberPage : PageEnvelope
{
    using Item = PhoneNumber;
    QList<PhoneNumber> numbers;
    const QList<PhoneNumber>& items() const { return numbers; }
    static std::optional<PhoneNumberPage> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
