// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "apisession.h"
#include "secretmasker.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace textbench {

class ApiCall;
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

/// \brief One logical request: the attempts, retries and timers behind it, and its outcome.
///
/// Emits finished() exactly once, then deletes itself later; read the outcome in the slot.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    const ApiRequest& request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    /// Kind None on success.
    const ApiError& error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const Exchange& exchange() const { return m_exchange; }
    int httpStatus() const { return m_exchange.httpStatus; }
    const QByteArray& body() const { return m_exchange.body; }
    int attempts() const { return m_attempt; }

    /// Stops the request (or a pending retry) and finishes with a Cancelled error.
    void cancel();

Q_SIGNALS:
    void finished();
    /// A retry will start in \a delayMs (for a countdown in the UI).
    void retryScheduled(int retry, int delayMs, const textbench::ApiError& reason);

private:
    friend class ApiClient;
    ApiCall(ApiClient* client, const ApiRequest& request, const ApiSession& session);

    void startAttempt();
    void onReadyRead();
    void onMetaDataChanged();
    void onReplyFinished();
    void abortWith(Exchange::Abort reason);
    void touch();
    bool shouldRetry(const ApiError& error) const;
    void finish(const ApiError& error);
    void logAttemptStart();
    void logAttemptEnd(const QString& outcome);
    /// The masker for this call's credentials, made once (it prepares several encodings of the secret).
    const SecretMasker& secretMasker();

    ApiClient* m_client;
    ApiRequest m_request;
    Credentials m_credentials;
    std::optional<SecretMasker> m_masker;
    RequestPolicy m_policy;
    QByteArray m_requestBody;
    QPointer<QNetworkReply> m_reply;
    QPointer<QIODevice> m_uploadBody;
    QTimer m_inactivityTimer;
    QTimer m_deadlineTimer;
    QTimer m_retryTimer;
    /// The overall deadline of the call, retries and their waits included.
    QDeadlineTimer m_deadline;
    qint64 m_attemptStartedMs = 0;
    Exchange m_exchange;
    Exchange::Abort m_abort = Exchange::Abort::None;
    ApiError m_error;
    quint64 m_logId = 0;
    int m_attempt = 0;
    bool m_finished = false;
};

} // namespace textbench
