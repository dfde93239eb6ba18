// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagejobs.h"

#include "api/sid.h"

#include <QCoreApplication>

namespace textbench {

namespace {
QString messageSidProblem(const QString& sid)
{
    return Sid::shapeProblem(sid, { QStringLiteral("SM"), QStringLiteral("MM") },
        QCoreApplication::translate("textbench::MessageJobs", "message SID"));
}

QString messagePath(const QString& sid, QStringView rest = u".json")
{
    return QStringLiteral("/Messages/") + sid + rest;
}
} // namespace

// --- create ------------------------------------------------------------------------------------------------------

CreateMessageJob::CreateMessageJob(ApiClient* client, const CreateMessageParams& params)
    : ResourceJob(client)
    , m_params(params)
{ }

QString CreateMessageJob::validateInputs()
{
    return m_params.normalize();
}

ApiRequest CreateMessageJob::firstRequest() const
{
    ApiRequest r = accountRequest("POST", QStringLiteral("/Messages.json"), QStringLiteral("messages.create"));
    r.form = m_params.toForm();
    r.createsResource = true;
    return r;
}

// --- fetch -------------------------------------------------------------------------------------------------------

FetchMessageJob::FetchMessageJob(ApiClient* client, const QString& sid)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
{ }

QString FetchMessageJob::validateInputs()
{
    return messageSidProblem(m_sid);
}

ApiRequest FetchMessageJob::firstRequest() const
{
    return accountRequest("GET", messagePath(m_sid), QStringLiteral("messages.fetch"));
}

// --- update ------------------------------------------------------------------------------------------------------

UpdateMessageJob::UpdateMessageJob(ApiClient* client, const QString& sid, const QString& body, const QString& status)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
    , m_body(body)
    , m_status(status.trimmed())
{ }

UpdateMessageJob* UpdateMessageJob::redact(ApiClient* client, const QString& sid)
{
    return new UpdateMessageJob(client, sid, QStringLiteral(""), {});
}

UpdateMessageJob* UpdateMessageJob::cancelScheduled(ApiClient* client, const QString& sid)
{
    return new UpdateMessageJob(client, sid, {}, QStringLiteral("canceled"));
}

QString UpdateMessageJob::validateInputs()
{
    if (QString p = messageSidProblem(m_sid); !p.isEmpty())
        return p;
    if (m_body.isNull() && m_status.isEmpty())
        return tr("Nothing to update: give an empty body to redact the message, or the status \"canceled\" to cancel "
                  "a scheduled one.");
    if (!m_body.isNull() && !m_body.isEmpty())
        return tr("Twilio only accepts an empty body in an update: it redacts the message. A sent body cannot be "
                  "changed.");
    if (!m_status.isEmpty() && m_status != u"canceled")
        return tr("The only status a message can be updated to is \"canceled\" (to cancel a scheduled message), "
                  "not \"%1\".")
            .arg(m_status);
    return {};
}

ApiRequest UpdateMessageJob::firstRequest() const
{
    ApiRequest r = accountRequest("POST", messagePath(m_sid), QStringLiteral("messages.update"));
    if (!m_body.isNull())
        r.form.append({ QStringLiteral("Body"), m_body });
    if (!m_status.isEmpty())
        r.form.append({ QStringLiteral("Status"), m_status });
    return r;
}

// --- delete ------------------------------------------------------------------------------------------------------

DeleteMessageJob::DeleteMessageJob(ApiClient* client, const QString& sid)
    : DeleteJob(client)
    , m_sid(sid.trimmed())
{ }

QString DeleteMessageJob::validateInputs()
{
    return messageSidProblem(m_sid);
}

ApiRequest DeleteMessageJob::firstRequest() const
{
    return accountRequest("DELETE", messagePath(m_sid), QStringLiteral("messages.delete"));
}

QString DeleteMessageJob::notFoundHint() const
{
    return tr("If a connection broke while deleting, the delete may have gone through: list the messages to check.");
}

// --- list --------------------------------------------------------------------------------------------------------

ListMessagesJob::ListMessagesJob(ApiClient* client, const MessageListFilter& filter, int limit)
    : PageJob(client, ApiProduct::Api, QStringLiteral("messages.list"), limit)
    , m_filter(filter)
{ }

ListMessagesJob* ListMessagesJob::fromPageUri(ApiClient* client, const QString& pageUri, int limit)
{
    auto* job = new ListMessagesJob(client, {}, limit);
    job->setStartUri(pageUri);
    return job;
}

QString ListMessagesJob::validateQuery()
{
    return m_filter.normalize();
}

ApiRequest ListMessagesJob::firstPageRequest() const
{
    return accountRequest(
        "GET", QStringLiteral("/Messages.json"), QStringLiteral("messages.list"), m_filter.toQuery(limit()));
}

// --- media -------------------------------------------------------------------------------------------------------

ListMediaJob::ListMediaJob(ApiClient* client, const QString& messageSid)
    : ResourceJob(client)
    , m_sid(messageSid.trimmed())
{ }

QString ListMediaJob::validateInputs()
{
    return messageSidProblem(m_sid);
}

ApiRequest ListMediaJob::firstRequest() const
{
    return accountRequest("GET", messagePath(m_sid, u"/Media.json"), QStringLiteral("messages.media.list"));
}

// --- feedback ----------------------------------------------------------------------------------------------------

CreateFeedbackJob::CreateFeedbackJob(ApiClient* client, const QString& messageSid, const QString& outcome)
    : ResourceJob(client)
    , m_sid(messageSid.trimmed())
    , m_outcome(outcome.trimmed().toLower())
{ }

QString CreateFeedbackJob::validateInputs()
{
    if (QString problem = messageSidProblem(m_sid); !problem.isEmpty())
        return problem;
    if (!MessageFeedback::isOutcome(m_outcome))
        return tr("The outcome is confirmed (the message was acted on) or unconfirmed, not \"%1\".")
            .arg(m_outcome.left(20));
    return {};
}

ApiRequest CreateFeedbackJob::firstRequest() const
{
    ApiRequest r = accountRequest("POST", messagePath(m_sid, u"/Feedback.json"), QStringLiteral("messages.feedback"));
    r.form = { { QStringLiteral("Outcome"), m_outcome } };
    r.createsResource = true;
    return r;
}

} // namespace textbench
