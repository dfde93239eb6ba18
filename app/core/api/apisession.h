// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiendpoint.h"
#include "credentials.h"
#include "retrypolicy.h"

#include <QMetaType>

namespace textbench {

/// \brief Everything a request is sent under: the credentials, the endpoint, the account its paths name, the time
/// and retry policy, and the generation of the client's target.
///
/// A job takes the client's session when it starts and uses it for every request it makes, next pages included, so
/// that a profile switch never changes a job in flight. Whoever shows a job's answer asks the client whether the
/// job's session is still the current one (ApiClient::isCurrent()): that is the whole of profile-switch safety.
struct ApiSession
{
    Credentials credentials;
    ApiEndpoint endpoint;
    RequestPolicy policy;
    /// The account every path names (/2010-04-01/Accounts/{accountSid}/…): the credentials' own account.
    QString accountSid;
    /// Counts the changes of where requests go (credentials, endpoint, account). Two sessions of one client with the
    /// same generation talk to the same account the same way.
    quint64 generation = 0;

    /// "/2010-04-01/Accounts/AC…": the prefix of the 2010-04-01 API's paths.
    QString accountPath() const { return QStringLiteral("/2010-04-01/Accounts/") + accountSid; }
};

} // namespace textbench

Q_DECLARE_METATYPE(textbench::ApiSession)
