// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace textbench {

/// \brief A Lookup v2 answer (lookups.twilio.com/v2/PhoneNumbers/{number}): whether the number is valid, its
/// national format and, with Fields=line_type_intelligence, its carrier and line type (mobile, landline, …).
struct PhoneLookup
{
    QString phoneNumber; ///< E.164 when valid; as asked otherwise
    bool valid = false;
    QStringList validationErrors; ///< TOO_SHORT, TOO_LONG, INVALID_BUT_POSSIBLE, …
    QString callingCountryCode;
    QString countryCode;
    QString nationalFormat;
    /// line_type_intelligence: empty when not asked for or not known.
    QString lineType; ///< mobile, landline, fixedVoip, nonFixedVoip, tollFree, …
    QString carrierName;
    int lineTypeErrorCode = 0;
    QJsonObject raw;

    bool hasLineType() const { return !lineType.isEmpty(); }
    /// False for line types that cannot receive SMS (a landline: Twilio's 30006).
    bool canReceiveSms() const { return lineType != u"landline" && lineType != u"fixedVoip" && lineType != u"pager"; }
    static std::optional<PhoneLookup> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

} // namespace textbench
