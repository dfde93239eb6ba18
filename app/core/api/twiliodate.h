// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace textbench {

/// Parses an RFC 2822 date as Twilio sends it ("Thu, 24 Aug 2023 05:01:45 +0000"; other RFC 2822 or ISO 8601 forms
/// too); invalid for null or junk. \a twilioForm, when given, says whether the text was exactly Twilio's own form,
/// which formatTwilioDate() writes back to the letter (null counts as Twilio's too). Twilio's form is read by hand:
/// a log of a hundred thousand messages has three hundred thousand dates, and Qt's parser takes microseconds each.
QDateTime parseTwilioDate(const QJsonValue& value, bool* twilioForm = nullptr);

/// Twilio's text for a moment (milliseconds since the epoch, UTC), "Thu, 24 Aug 2023 05:01:45 +0000": the inverse of
/// parseTwilioDate() for the dates Twilio sends (whole seconds). Qt's Qt::RFC2822Date leaves out the day's name.
QString formatTwilioDate(qint64 msecsSinceEpoch);

} // namespace textbench
