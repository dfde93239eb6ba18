// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "sandboxstore.h"

namespace textbench::sandbox {

/// \brief /2010-04-01/Accounts: the account and its two subaccounts (fetched and listed with the account's own
/// credentials, as a parent does on Twilio), and the account's senders that are not phone numbers: its short codes
/// and the numbers of its Messaging Service.
class AccountsResource
{
public:
    explicit AccountsResource(SandboxState& state)
        : m_state(state)
    { }

    /// The short code every sandbox starts with (Account::kShortCode), and the second number in the service.
    void addStartingSenders();

    /// GET /Accounts/{AccountSid}.json: the account the path names (the credentials' own or a subaccount).
    Reply fetch(const Request& request) const;
    /// GET /Accounts.json: the credentials' account and its subaccounts; FriendlyName and Status filter.
    Reply list(const Request& request) const;
    /// GET /Accounts/{AccountSid}/SMS/ShortCodes.json (a subaccount has none).
    Reply shortCodes(const Request& request) const;
    /// GET messaging /v1/Services/{Sid}/PhoneNumbers: the numbers in the service's sender pool.
    Reply servicePhoneNumbers(const Request& request) const;

private:
    SandboxState& m_state;
};

} // namespace textbench::sandbox
