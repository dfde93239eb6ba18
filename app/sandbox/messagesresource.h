// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "sandboxstore.h"

namespace textbench::sandbox {

class StatusCallbacks;

/// \brief /2010-04-01/Accounts/{AccountSid}/Messages: create (with Twilio's validation codes and magic numbers),
/// fetch, redact or cancel, delete, list with filters and paging, each message's Media and Feedback. Each account
/// (the sandbox account, each subaccount) sees its own messages only. A StatusCallback is
/// followed by StatusCallbacks.
class MessagesResource
{
public:
    MessagesResource(SandboxState& state, StatusCallbacks& callbacks)
        : m_state(state)
        , m_callbacks(callbacks)
    { }

    Reply create(const Request& request);
    Reply fetch(const Request& request) const;
    Reply update(const Request& request);
    Reply remove(const Request& request);
    Reply list(const Request& request) const;
    Reply media(const Request& request) const;
    /// POST /Messages/{Sid}/Feedback.json: Outcome confirmed (the default) or unconfirmed.
    Reply feedback(const Request& request);

private:
    /// The message \a sid if it belongs to the account \a request acts as.
    StoredMessage* find(const Request& request, const QString& sid) const;
    static Reply notFound(const Request& request, const QString& sid);
    QJsonObject json(const StoredMessage& message) const;

    SandboxState& m_state;
    StatusCallbacks& m_callbacks;
};

} // namespace textbench::sandbox
