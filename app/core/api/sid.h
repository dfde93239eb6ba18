// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace textbench {

/// \brief Shape checks for Twilio SIDs: a two-letter prefix and 32 hexadecimal digits.
///
/// Checked before any request, so a typo costs no round trip and gets an answer that says what is wrong
/// instead of a bare 404 from Twilio.
namespace Sid {

inline constexpr int kLength = 34;

/// True when \a sid is one of \a prefixes followed by exactly 32 hex digits.
bool hasShape(QStringView sid, const QStringList& prefixes);

bool isAccountSid(QStringView sid);
bool isApiKeySid(QStringView sid);
bool isMessageSid(QStringView sid);
bool isMessagingServiceSid(QStringView sid);

/// How much of the value a problem sentence may quote.
enum class Quote {
    Value, ///< the value itself (message SIDs and other identifiers the user typed)
    Nothing, ///< nothing of it: a credential field may hold a secret pasted in the wrong place
};

/// Empty when \a sid has the shape; otherwise a sentence saying what is wrong with it, naming \a what
/// ("message SID", "Account SID", ...) and the shape expected.
QString shapeProblem(QStringView sid, const QStringList& prefixes, const QString& what, Quote quote = Quote::Value);

/// Masks the middle of a SID for display: "AC12…cdef". SIDs are not secrets, but need not be shown whole.
QString masked(QStringView sid);

} // namespace Sid
} // namespace textbench
