// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "sandboxstore.h"

namespace textbench::sandbox {

/// \brief messaging.twilio.com/v1/Services, on the sandbox's origin: its one Messaging Service, listed, fetched and
/// updated (its status callback above all: where the changes of a message sent through it go when the message
/// names no StatusCallback of its own).
class ServicesResource
{
public:
    explicit ServicesResource(SandboxState& state)
        : m_state(state)
    { }

    /// The service every sandbox starts with (Account::kMessagingServiceSid).
    void addStartingService();

    Reply list(const Request& request) const;
    Reply fetch(const Request& request) const;
    Reply update(const Request& request);

private:
    SandboxState& m_state;
};

} // namespace textbench::sandbox
