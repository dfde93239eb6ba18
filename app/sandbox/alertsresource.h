// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "webhookstore.h"

namespace textbench::sandbox {

/// \brief Monitor's /v1/Alerts on the sandbox's origin (monitor.twilio.com on Twilio): the webhook failures, newest
/// first, filtered by LogLevel, StartDate and EndDate, in v1 pages; and one alert with its request and response.
class AlertsResource
{
public:
    explicit AlertsResource(const WebhookStore& store)
        : m_store(store)
    { }

    Reply list(const Request& request) const;
    Reply fetch(const Request& request) const;

private:
    const WebhookStore& m_store;
};

} // namespace textbench::sandbox
