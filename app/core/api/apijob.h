// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>

namespace textbench {

/// \brief The base of every operation (create, fetch, list, ...): validate, issue requests, parse, and emit one
/// finished() signal with either a result or an ApiError.
///
/// A job deletes itself after finished() unless setAutoDelete(false) was called; read the result in the slot.
/// Validation failures are reported asynchronously too, so a caller always sees finished() after start().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    explicit ApiJob(ApiClient* client);

    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    ApiClient* client() const { return m_client; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// The first request this job sends, without sending it (for --dry-run). Call validate() first.
    virtual ApiRequest firstRequest() const = 0;
    /// Checks the inputs and the client's credentials and endpoint; kind None when the job can run.
    /// \a requireSecret false skips the secret (for showing a request without sending it).
    ApiError validate(bool requireSecret = true);

Q_SIGNALS:
    void finished();
    void retryScheduled(int retry, int delayMs, const textbench::ApiError& reason);

protected:
    /// Checks and normalises this job's own inputs; returns what is wrong, or an empty string.
    virtual QString validateInputs() { return {}; }
    /// Handles a successful exchange: parse it and call succeed(), fail(), or issue() for another request.
    virtual void handleResponse(const ApiCall& call) = 0;
    /// Handles a failed exchange; the default fails the job with the call's error.
    virtual void handleError(const ApiCall& call) { fail(call.error()); }

    void issue(const ApiRequest& request);
    void succeed();
    void fail(const ApiError& error);
    /// Parses a JSON object body, or fails the job with a BadResponse error and returns nullopt.
    std::optional<QJsonObject> parseObject(const ApiCall& call);
    /// The Account SID of the client's credentials, for paths.
    QString accountPath() const;

private:
    void onCallFinished(ApiCall* call);

    ApiClient* m_client;
    QPointer<ApiCall> m_call;
    ApiError m_error;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace textbench
