// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"

#include <QList>
#include <QRegularExpression>

#include <functional>

namespace textbench::sandbox {

/// \brief The sandbox's route table: method + path pattern -> handler, with Twilio's answers for everything that
/// does not reach a handler.
///
/// In Twilio's order: a path no route knows is 404 (before any credentials are looked at); then unknown credentials
/// are 401 20003; a path under another account is 404; a method the path does not take is 405 20004; test
/// credentials on a route that does not take them are 403 20008.
class Router
{
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<Reply(const Request&)>;
    /// Who may call a route.
    enum class Access {
        Live, ///< the account's own credentials only
        TestCredentialsToo, ///< test credentials as well (a create: answered, nothing kept)
    };

    /// \a pattern is a path with {Name} placeholders, each one path segment, matched on the path as sent (a %2F is
    /// not a separator): "/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json". A pattern whose first placeholder
    /// is {AccountSid} answers only the caller's own account and its subaccounts.
    void add(Method method, const QString& pattern, Handler handler, Access access = Access::Live);

    /// The answer to \a request from \a caller, whose credentials name \a accountSid; an account route may also
    /// name one of \a subaccounts (the handler's Request::accountSid is then the subaccount).
    Reply route(const QHttpServerRequest& request, Caller caller, const QString& accountSid,
        const QStringList& subaccounts = {}) const;

private:
    struct Route
    {
        Method method;
        QRegularExpression path;
        bool scopedToAccount;
        Handler handler;
        Access access;
    };
    QList<Route> m_routes;
};

} // namespace textbench::sandbox
