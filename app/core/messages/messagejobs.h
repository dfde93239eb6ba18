// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apijob.h"
#include "messagepage.h"
#include "messageparams.h"

#include <QSet>

#include <utility>

namespace textbench {

/// \brief POST /Accounts/{sid}/Messages.json: send a message. Never retried once it may have reached Twilio.
class CreateMessageJob : public ApiJob
{
    Q_OBJECT
public:
    CreateMessageJob(ApiClient* client, const CreateMessageParams& params);
    ApiRequest firstRequest() const override;
    const Message& message() const { return m_message; }
    const CreateMessageParams& params() const { return m_params; }

protected:
    QString validateInputs() override;
    void handleResponse(const ApiCall& call) override;

private:
    CreateMessageParams m_params;
    Message m_message;
};

/// \brief GET /Accounts/{sid}/Messages/{Sid}.json
class FetchMessageJob : public ApiJob
{
    Q_OBJECT
public:
    FetchMessageJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;
    const Message& message() const { return m_message; }

protected:
    QString validateInputs() override;
    void handleResponse(const ApiCall& call) override;

private:
    QString m_sid;
    Message m_message;
};

/// \brief POST /Accounts/{sid}/Messages/{Sid}.json: redact (Body="") or cancel (Status=canceled).
class UpdateMessageJob : public ApiJob
{
    Q_OBJECT
public:
    /// \a body: a null QString leaves it out, an empty one redacts. \a status: empty or "canceled".
    UpdateMessageJob(ApiClient* client, const QString& sid, const QString& body, const QString& status);
    static UpdateMessageJob* redact(ApiClient* client, const QString& sid);
    static UpdateMessageJob* cancelScheduled(ApiClient* client, const QString& sid);

    ApiRequest firstRequest() const override;
    const Message& message() const { return m_message; }

protected:
    QString validateInputs() override;
    void handleResponse(const ApiCall& call) override;

private:
    QString m_sid;
    QString m_body;
    QString m_status;
    Message m_message;
};

/// \brief DELETE /Accounts/{sid}/Messages/{Sid}.json (204, no body).
class DeleteMessageJob : public ApiJob
{
    Q_OBJECT
public:
    DeleteMessageJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;

protected:
    QString validateInputs() override;
    void handleResponse(const ApiCall& call) override;
    void handleError(const ApiCall& call) override;

private:
    QString m_sid;
};

/// \brief GET /Accounts/{sid}/Messages.json, following next_page_uri until the limit or the last page.
class ListMessagesJob : public ApiJob
{
    Q_OBJECT
public:
    /// \a limit: the most messages to collect; 0 for all of them.
    ListMessagesJob(ApiClient* client, const MessageListFilter& filter, int limit);
    /// Continues from a page URI (the log model's fetchMore()).
    static ListMessagesJob* fromPageUri(ApiClient* client, const QString& pageUri, int limit);

    ApiRequest firstRequest() const override;
    const QList<Message>& messages() const { return m_messages; }
    /// The messages, moved out of the job (which keeps none).
    QList<Message> takeMessages() { return std::exchange(m_messages, {}); }
    /// The next page's URI after the last page fetched; empty at the end of the list.
    const QString& nextPageUri() const { return m_nextPageUri; }
    /// True when the limit left messages out: the rest of the last page fetched, or further pages.
    bool hasMore() const { return m_truncated || !m_nextPageUri.isEmpty(); }
    int pagesFetched() const { return m_pages; }

Q_SIGNALS:
    void pageReceived(const textbench::MessagePage& page);

protected:
    QString validateInputs() override;
    void handleResponse(const ApiCall& call) override;

private:
    void pageParsed(
        const std::optional<MessagePage>& page, const QString& problem, const Exchange& exchange, const QString& url);

    MessageListFilter m_filter;
    QString m_startUri;
    int m_limit;
    QList<Message> m_messages;
    QString m_nextPageUri;
    QSet<QString> m_visited;
    int m_pages = 0;
    bool m_truncated = false;
};

/// \brief One media item of an MMS (the Media subresource): its SID, content type and URI.
struct MessageMedia
{
    QString sid;
    QString contentType;
    QString uri; ///< relative to the API host, ".json" included; the content is at the same path without ".json"
    QDateTime dateCreated;
};

/// \brief GET /Accounts/{sid}/Messages/{Sid}/Media.json: the media of a message (one page: an MMS has at most 10).
class ListMediaJob : public ApiJob
{
    Q_OBJECT
public:
    ListMediaJob(ApiClient* client, const QString& messageSid);
    ApiRequest firstRequest() const override;
    const QList<MessageMedia>& media() const { return m_media; }

protected:
    QString validateInputs() override;
    void handleResponse(const ApiCall& call) override;

private:
    QString m_sid;
    QList<MessageMedia> m_media;
};

/// \brief GET /Accounts/{sid}.json: the account check that tests a profile.
class FetchAccountJob : public ApiJob
{
    Q_OBJECT
public:
    explicit FetchAccountJob(ApiClient* client);
    ApiRequest firstRequest() const override;
    const Account& account() const { return m_account; }

protected:
    void handleResponse(const ApiCall& call) override;

private:
    Account m_account;
};

} // namespace textbench
