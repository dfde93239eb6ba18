// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apiclient.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace textbench {

/// \brief The base of every operation (create, fetch, list, ...): validate, issue requests, parse, and emit one
/// finished() signal with either a result or an ApiError.
///
/// An operation is its verb, path, form and result type; most derive from ResourceJob (one request, one resource
/// back) or PageJob (pages of resources) and only say those. A job takes its client's session when it is validated
/// or started, and sends every request under it (see ApiSession). A job deletes itself after finished() unless
/// setAutoDelete(false) was called; read the result in the slot. Validation failures are reported asynchronously
/// too, so a caller always sees finished() after start().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    explicit ApiJob(ApiClient* client);

    /// Validates (unless validate() already did, under the same target) and sends the first request.
    void start();
    void cancel();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    ApiClient* client() const { return m_client; }
    /// What the job's requests are sent under: the client's session when the job was validated or started.
    const ApiSession& session() const { return m_session; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    /// The first request this job sends, without sending it (for --dry-run). Call validate() first.
    virtual ApiRequest firstRequest() const = 0;
    /// Takes the client's session and checks it and the job's inputs: the one validation of the job, which start()
    /// does not repeat. Kind None when the job can run; InvalidInput for the job's own inputs (what a form shows
    /// beside its fields). \a requireSecret false skips the secret (for showing a request without sending it).
    ApiError validate(bool requireSecret = true);

    /// Parses a response body that must be one JSON object: the one JSON reader of every job (thread-safe). Returns
    /// nullopt and says why in \a problem ("the body is empty", "not JSON (… at byte N)", "not an object").
    static std::optional<QJsonObject> parseObject(const QByteArray& body, QString* problem);

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

    /// A request to \a path on \a product's host under the job's session. It expects one resource back (capped at
    /// ApiRequest::kSingleResourceCap); set maxResponseBytes to 0 for a page.
    ApiRequest request(const QByteArray& method, ApiProduct product, const QString& path, const QString& operation,
        const FormFields& query = {}) const;
    /// The same under the session's account on the api host: \a path follows "/2010-04-01/Accounts/AC…".
    ApiRequest accountRequest(
        const QByteArray& method, const QString& path, const QString& operation, const FormFields& query = {}) const;
    /// The prefix of the session's 2010-04-01 paths: "/2010-04-01/Accounts/AC…".
    QString accountPath() const { return m_session.accountPath(); }

    void issue(const ApiRequest& request);
    void succeed();
    void fail(const ApiError& error);

private:
    void onCallFinished(ApiCall* call);

    ApiClient* m_client;
    ApiSession m_session;
    QPointer<ApiCall> m_call;
    ApiError m_error;
    /// The outcome of validate() with the secret, and the generation it was made under.
    std::optional<std::pair<quint64, ApiError>> m_validation;
    bool m_started = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace textbench
