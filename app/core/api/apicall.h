// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apirequest.h"
#include "apisession.h"
#include "exchange.h"
#include "secretmasker.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QIODevice;
class QNetworkReply;

namespace textbench {

class ApiClient;

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
