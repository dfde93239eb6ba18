// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"

namespace textbench::sandbox {

class WebhookDispatcher;
class WebhookStore;

/// \brief A Textbench extension, not Twilio's: /2010-04-01/Accounts/{AccountSid}/Textbench/WebhookEvents, every
/// request the sandbox made to the developer's app (newest first, MessageSid to filter), one of them, and
/// …/{Sid}/Resend.json to send it again as Twilio retries (the same idempotency token).
class WebhookEventsResource
{
public:
    WebhookEventsResource(WebhookStore& store, WebhookDispatcher& dispatcher)
        : m_store(store)
        , m_dispatcher(dispatcher)
    { }

    Reply list(const Request& request) const;
    Reply fetch(const Request& request) const;
    Reply resend(const Request& request);

private:
    WebhookStore& m_store;
    WebhookDispatcher& m_dispatcher;
};

} // namespace textbench::sandbox
