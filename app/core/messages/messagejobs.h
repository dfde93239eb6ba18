// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pagejob.h"
#include "api/resourcejob.h"
#include "message.h"
#include "messagefeedback.h"
#include "messagemedia.h"
#include "messagepage.h"
#include "messageparams.h"

namespace textbench {

/// \brief POST /Accounts/{sid}/Messages.json: send a message. Never retried once it may have reached Twilio.
class CreateMessageJob : public ResourceJob<Message>
{
    Q_OBJECT
public:
    CreateMessageJob(ApiClient* client, const CreateMessageParams& params);
    ApiRequest firstRequest() const override;
    const Message& message() const { return result(); }
    /// The parameters as validate() normalised them (numbers in E.164), with its warnings.
    const CreateMessageParams& params() const { return m_params; }

protected:
    QString validateInputs() override;

private:
    CreateMessageParams m_params;
};

/// \brief GET /Accounts/{sid}/Messages/{Sid}.json
class FetchMessageJob : public ResourceJob<Message>
{
    Q_OBJECT
public:
    FetchMessageJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;
    const Message& message() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
};

/// \brief POST /Accounts/{sid}/Messages/{Sid}.json: redact (Body="") or cancel (Status=canceled).
class UpdateMessageJob : public ResourceJob<Message>
{
    Q_OBJECT
public:
    /// \a body: a null QString leaves it out, an empty one redacts. \a status: empty or "canceled".
    UpdateMessageJob(ApiClient* client, const QString& sid, const QString& body, const QString& status);
    static UpdateMessageJob* redact(ApiClient* client, const QString& sid);
    static UpdateMessageJob* cancelScheduled(ApiClient* client, const QString& sid);

    ApiRequest firstRequest() const override;
    const Message& message() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
    QString m_body;
    QString m_status;
};

/// \brief DELETE /Accounts/{sid}/Messages/{Sid}.json (204, no body).
class DeleteMessageJob : public DeleteJob
{
    Q_OBJECT
public:
    DeleteMessageJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;

protected:
    QString validateInputs() override;
    QString notFoundHint() const override;

private:
    QString m_sid;
};

/// \brief GET /Accounts/{sid}/Messages.json, following next_page_uri until the limit or the last page.
class ListMessagesJob : public PageJob<MessagePage>
{
    Q_OBJECT
public:
    /// \a limit: the most messages to collect; 0 for all of them.
    ListMessagesJob(ApiClient* client, const MessageListFilter& filter, int limit);
    /// Continues from a page URI (the log model's fetchMore()).
    static ListMessagesJob* fromPageUri(ApiClient* client, const QString& pageUri, int limit);

    const QList<Message>& messages() const { return items(); }
    /// The messages, moved out of the job (which keeps none).
    QList<Message> takeMessages() { return takeItems(); }

Q_SIGNALS:
    void pageReceived(const textbench::MessagePage& page);
    /// The messages of each page that the limit lets in, as it arrives (with setKeepItems(false), the only copy).
    void messagesArrived(const QList<textbench::Message>& messages);

protected:
    ApiRequest firstPageRequest() const override;
    QString validateQuery() override;
    void pageArrived(const MessagePage& page, const QList<Message>& messages) override
    {
        Q_EMIT pageReceived(page);
        Q_EMIT messagesArrived(messages);
    }

private:
    MessageListFilter m_filter;
};

/// \brief GET /Accounts/{sid}/Messages/{Sid}/Media.json: the media of a message (one page: an MMS has at most 10).
class ListMediaJob : public ResourceJob<MessageMediaList>
{
    Q_OBJECT
public:
    ListMediaJob(ApiClient* client, const QString& messageSid);
    ApiRequest firstRequest() const override;
    const QList<MessageMedia>& media() const { return result().items; }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
};

/// \brief POST /Accounts/{sid}/Messages/{Sid}/Feedback.json: the message was acted on (`confirmed`) or not
/// (`unconfirmed`). Sent once, never resent.
class CreateFeedbackJob : public ResourceJob<MessageFeedback>
{
    Q_OBJECT
public:
    CreateFeedbackJob(ApiClient* client, const QString& messageSid, const QString& outcome);
    ApiRequest firstRequest() const override;
    const MessageFeedback& feedback() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
    QString m_outcome;
};

} // namespace textbench
