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

/// \brief What Lookup v2 says of a number without asking a carrier: validity in the words of Twilio's
/// `validation_errors`, and the formats. The sandbox's Lookup answers from it.
struct NumberFacts
{
    bool valid = false;
    /// Twilio's words when not valid: TOO_SHORT, TOO_LONG, INVALID_COUNTRY_CODE, INVALID_LENGTH,
    /// INVALID_BUT_POSSIBLE, NOT_A_NUMBER.
    QString validationError;
    QString e164; ///< empty when the number could not be read
    QString callingCountryCode; ///< "1"
    QString regionCode; ///< "US"
    QString nationalFormat; ///< "(415) 555-2671"
    bool fixedLine = false; ///< libphonenumber's type is fixed line only
};
/// \a input in E.164, or national with \a countryCode (ISO 3166 alpha-2).
NumberFacts facts(const QString& input, const QString& countryCode = {});

} // namespace PhoneNumbers
} // namespace textbench
