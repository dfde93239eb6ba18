// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "sandboxstore.h"

namespace textbench::sandbox {

/// \brief /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers: the account's numbers (two at start-up), listed,
/// fetched, bought (create: PhoneNumber, or an AreaCode), updated (their SMS URLs above all) and released.
class PhoneNumbersResource
{
public:
    explicit PhoneNumbersResource(SandboxState& state)
        : m_state(state)
    { }

    /// The numbers every sandbox starts with: +15005550006 (SMS and MMS, the account's sender) and +15005550010
    /// (SMS only); \a smsUrl on the first.
    void addStartingNumbers(const QString& smsUrl);

    Reply list(const Request& request) const;
    Reply fetch(const Request& request) const;
    Reply create(const Request& request);
    Reply update(const Request& request);
    Reply remove(const Request& request);

private:
    Reply notFound(const QString& sid) const;
    /// Applies FriendlyName, SmsUrl, SmsMethod, … of \a form to \a number; the 400 to answer when one is wrong.
    std::optional<Reply> apply(const FormFields& form, StoredPhoneNumber& number) const;

    SandboxState& m_state;
};

} // namespace textbench::sandbox
