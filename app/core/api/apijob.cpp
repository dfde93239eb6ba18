// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijob.h"

#include <QJsonDocument>
#include <QTimer>

namespace textbench {

ApiJob::ApiJob(ApiClient* client)
    : QObject(client)
    , m_client(client)
    , m_session(client->session())
{ }

ApiError ApiJob::validate(bool requireSecret)
{
    if (!m_started)
        m_session = m_client->session();
    ApiError error;
    const Credentials& credentials = m_session.credentials;
    if (const QString p = requireSecret ? credentials.problem() : credentials.problemIgnoringSecret(); !p.isEmpty())
        error = ApiError::badCredentials(p, tr("Set the credentials, then try again."));
    else if (!m_session.endpoint.isValid())
        error = ApiError::invalidInput(m_session.endpoint.problem());
    else if (const QString inputs = validateInputs(); !inputs.isEmpty())
        error = ApiError::invalidInput(inputs);
    if (requireSecret)
        m_validation.emplace(m_session.generation, error);
    return error;
}

void ApiJob::start()
{
    if (m_started || m_finished) // a job cancelled before it started never sends anything
        return;
    const ApiError error
        = m_validation && m_validation->first == m_client->session().generation ? m_validation->second : validate();
    m_started = true;
    if (error.isError()) {
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    issue(firstRequest());
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    if (m_call)
        m_call->cancel(); // finishes the call, which fails this job with Cancelled
    else
        fail(ApiError::cancelled());
}

ApiRequest ApiJob::request(const QByteArray& method, ApiProduct product, const QString& path, const QString& operation,
    const FormFields& query) const
{
    ApiRequest r;
    r.method = method;
    r.url = m_session.endpoint.url(product, path, query);
    r.operation = operation;
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

ApiRequest ApiJob::accountRequest(
    const QByteArray& method, const QString& path, const QString& operation, const FormFields& query) const
{
    return request(method, ApiProduct::Api, accountPath() + path, operation, query);
}

void ApiJob::issue(const ApiRequest& request)
{
    m_call = m_client->send(request, m_session);
    ApiCall* call = m_call;
    connect(call, &ApiCall::finished, this, [this, call] { onCallFinished(call); });
    connect(call, &ApiCall::retryScheduled, this, &ApiJob::retryScheduled);
}

void ApiJob::onCallFinished(ApiCall* call)
{
    m_call = nullptr;
    if (call->error().isError()) {
        handleError(*call);
        return;
    }
    handleResponse(*call);
}

void ApiJob::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

void ApiJob::fail(const ApiError& error)
{
    if (m_finished)
        return;
    m_error = error;
    m_finished = true;
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

std::optional<QJsonObject> ApiJob::parseObject(const QByteArray& body, QString* problem)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const auto refuse = [problem](const QString& why) -> std::optional<QJsonObject> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError) {
        return refuse(body.isEmpty()
                ? tr("the body is empty")
                : tr("the body is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!doc.isObject())
        return refuse(tr("the body is JSON but not an object"));
    return doc.object();
}

} // namespace textbench
