// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apirequest.h"
#include "apisession.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace textbench {

class RequestLog;

/// \brief The HTTP client every Twilio operation goes through: one owned QNetworkAccessManager, the current session
/// (credentials, endpoint, account, time/size/retry policy) and the request log.
///
/// Jobs take the session when they start and send every request under it (see ApiSession), so changing the target
/// (switching profile) never affects a job in flight; each change of target starts a new generation.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    /// What a job starting now is sent under.
    const ApiSession& session() const { return m_session; }
    /// True while \a session is still where requests go: its answers belong to what is shown now.
    bool isCurrent(const ApiSession& session) const { return session.generation == m_session.generation; }

    /// A new target: the credentials and the endpoint together, as one change (a profile switch).
    void setTarget(const Credentials& credentials, const ApiEndpoint& endpoint);
    /// Changes the credentials (and the account they name): a new target.
    void setCredentials(const Credentials& credentials) { setTarget(credentials, m_session.endpoint); }
    /// Acts as \a accountSid (a subaccount of the credentials' account, as Twilio lets a parent's credentials do):
    /// every path names it from now on; empty goes back to the credentials' own account. A new generation, as a
    /// profile switch is: jobs in flight finish under the account they started with.
    void setAccount(const QString& accountSid);
    /// True while requests act as a subaccount rather than the credentials' own account.
    bool actsAsSubaccount() const { return m_session.accountSid != m_session.credentials.accountSid(); }
    const Credentials& credentials() const { return m_session.credentials; }
    /// Changes the endpoint: a new target.
    void setEndpoint(const ApiEndpoint& endpoint) { setTarget(m_session.credentials, endpoint); }
    const ApiEndpoint& endpoint() const { return m_session.endpoint; }
    /// Changes the time and retry limits of the requests to come; the target stays.
    void setPolicy(const RequestPolicy& policy) { m_session.policy = policy; }
    const RequestPolicy& policy() const { return m_session.policy; }

    RequestLog* requestLog() const { return m_log; }

    /// Starts \a request under \a session. The call belongs to this client and deletes itself after
    /// ApiCall::finished().
    ApiCall* send(const ApiRequest& request, const ApiSession& session);

    /// "Textbench/0.1.0 (linux x86_64; Debian GNU/Linux 12 (bookworm)) Qt/6.4.2"
    static QByteArray userAgent();

    /// The headers sent with \a request, in order, with the real Authorization value (never log this).
    HeaderList requestHeaders(const ApiRequest& request, const Credentials& credentials) const;
    /// The request as it would be sent under \a session, with Authorization masked: for --dry-run and the UI.
    QJsonObject describe(const ApiRequest& request, const ApiSession& session) const;

Q_SIGNALS:
    /// Requests go somewhere else from now on (session().generation changed).
    void targetChanged();

private:
    friend class ApiCall;
    QNetworkAccessManager* m_nam;
    RequestLog* m_log;
    ApiSession m_session;
};

} // namespace textbench
