// SPDX-License-Identifier: GPL-3.0-or-later
#include "apijob.h"

#include <QJsonDocument>
#include <QTimer>

namespace textbench {

ApiJob::ApiJob(ApiClient* client)
    : QObject(client)
    , m_client(client)
{
}

ApiError ApiJob::validate(bool requireSecret)
{
    const Credentials& credentials = m_client->credentials();
    if (const QString p = requireSecret ? credentials.problem() : credentials.problemIgnoringSecret(); !p.isEmpty())
        return ApiError::badCredentials(p, tr("Set the credentials, then try again."));
    if (!m_client->endpoint().isValid())
        return ApiError::invalidInput(m_client->endpoint().problem());
    if (const QString p = validateInputs(); !p.isEmpty())
        return ApiError::invalidInput(p);
    return {};
}

void ApiJob::start()
{
    if (m_started || m_finished) // a job cancelled before it started never sends anything
        return;
    m_started = true;
    if (const ApiError e = validate(); e.isError()) {
        QTimer::singleShot(0, this, [this, e] { fail(e); });
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

void ApiJob::issue(const ApiRequest& request)
{
    m_call = m_client->send(request);
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

std::optional<QJsonObject> ApiJob::parseObject(const ApiCall& call)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(call.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(ApiError::badResponse(call.exchange(),
                                   call.body().isEmpty() ? tr("the body is empty")
                                                         : tr("the body is not JSON (%1 at byte %2)")
                                                               .arg(parseError.errorString())
                                                               .arg(parseError.offset)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(ApiError::badResponse(call.exchange(), tr("the body is JSON but not an object")));
        return std::nullopt;
    }
    return doc.object();
}

QString ApiJob::accountPath() const
{
    return QStringLiteral("/2010-04-01/Accounts/") + m_client->credentials().accountSid();
}

} // namespace textbench
