// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace textbench {

/// \brief What a To or From value turned out to be, normalised for the wire.
struct AddressCheck
{
    enum class Kind { Invalid, PhoneNumber, ChannelAddress, AlphanumericSenderId, ShortCode };

    Kind kind = Kind::Invalid;
    /// E.164 ("+14155552671"), a channel address ("whatsapp:+14155552671"), or the sender ID as typed.
    QString normalized;
    /// When invalid: what is wrong and how to write it instead.
    QString problem;
    /// ISO 3166 region of a phone number ("US"), when known.
    QString regionCode;
    /// "mobile", "fixed line", "toll-free", … for a phone number.
    QString numberType;
    /// True when the number is in libphonenumber's data of numbers in service. A number of the right length but
    /// outside that data (a range newer than Debian's copy of it) is accepted with a warning: Twilio decides.
    bool verified = false;
    QString warning;

    bool isValid() const { return kind != Kind::Invalid; }
};

/// \brief Phone number checks and E.164 normalisation with libphonenumber.
namespace PhoneNumbers {

enum class Role { To, From };

/// Checks a To or From value. Spaces, dashes, dots, parentheses and invisible formatting characters (such as
/// right-to-left marks picked up by copy and paste) are removed. Channel addresses (`whatsapp:+…`) keep their
/// prefix; From may also be an alphanumeric sender ID or a short code. A number without a leading + is read in
/// \a defaultRegion (ISO 3166, e.g. "US") when one is given, and refused otherwise.
AddressCheck check(const QString& input, Role role, const QString& defaultRegion = {});

} // namespace PhoneNumbers
} // namespace textbench
