// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagejobs.h"

#include "api/sid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThreadPool>

namespace textbench {

namespace {
QString messageSidProblem(const QString& sid)
{
    return Sid::shapeProblem(sid, { QStringLiteral("SM"), QStringLiteral("MM") },
        QCoreApplication::translate("textbench::MessageJobs", "message SID"));
}
} // namespace

// --- create ------------------------------------------------------------------------------------------------------

CreateMessageJob::CreateMessageJob(ApiClient* client, const CreateMessageParams& params)
    : ApiJob(client)
    , m_params(params)
{ }

QString CreateMessageJob::validateInputs()
{
    return m_params.normalize();
}

ApiRequest CreateMessageJob::firstRequest() const
{
    ApiRequest r;
    r.method = "POST";
    r.url = client()->endpoint().url(accountPath() + u"/Messages.json");
    r.form = m_params.toForm();
    r.createsResource = true;
    r.operation = QStringLiteral("messages.create");
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

void CreateMessageJob::handleResponse(const ApiCall& call)
{
    const auto json = parseObject(call);
    if (!json)
        return;
    QString problem;
    auto message = Message::fromJson(*json, &problem);
    if (!message) {
        fail(ApiError::badResponse(call.exchange(), problem));
        return;
    }
    m_message = std::move(*message);
    succeed();
}

// --- fetch -------------------------------------------------------------------------------------------------------

ListMediaJob::ListMediaJob(ApiClient* client, const QString& messageSid)
    : ApiJob(client)
    , m_sid(messageSid.trimmed())
{ }

QString ListMediaJob::validateInputs()
{
    return messageSidProblem(m_sid);
}

ApiRequest ListMediaJob::firstRequest() const
{
    ApiRequest r;
    r.url = client()->endpoint().url(accountPath() + u"/Messages/" + m_sid + u"/Media.json");
    r.operation = QStringLiteral("messages.media.list");
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

void ListMediaJob::handleResponse(const ApiCall& call)
{
    const auto json = parseObject(call);
    if (!json)
        return;
    const QJsonValue list = json->value(QStringLiteral("media_list"));
    if (!list.isArray()) {
        fail(ApiError::badResponse(call.exchange(), tr("it has no media_list array")));
        return;
    }
    const QJsonArray items = list.toArray();
    for (const QJsonValue v : items) {
        const QJsonObject o = v.toObject();
        const QString sid = o.value(QStringLiteral("sid")).toString();
        if (sid.isEmpty())
            continue; // not a media object: skipped rather than shown empty
        m_media.append({ sid, o.value(QStringLiteral("content_type")).toString(),
            o.value(QStringLiteral("uri")).toString(), parseTwilioDate(o.value(QStringLiteral("date_created"))) });
    }
    succeed();
}

FetchMessageJob::FetchMessageJob(ApiClient* client, const QString& sid)
    : ApiJob(client)
    , m_sid(sid.trimmed())
{ }

QString FetchMessageJob::validateInputs()
{
    return messageSidProblem(m_sid);
}

ApiRequest FetchMessageJob::firstRequest() const
{
    ApiRequest r;
    r.url = client()->endpoint().url(accountPath() + u"/Messages/" + m_sid + u".json");
    r.operation = QStringLiteral("messages.fetch");
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

void FetchMessageJob::handleResponse(const ApiCall& call)
{
    const auto json = parseObject(call);
    if (!json)
        return;
    QString problem;
    auto message = Message::fromJson(*json, &problem);
    if (!message) {
        fail(ApiError::badResponse(call.exchange(), problem));
        return;
    }
    m_message = std::move(*message);
    succeed();
}

// --- update ------------------------------------------------------------------------------------------------------

UpdateMessageJob::UpdateMessageJob(ApiClient* client, const QString& sid, const QString& body, const QString& status)
    : ApiJob(client)
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
    ApiRequest r;
    r.method = "POST";
    r.url = client()->endpoint().url(accountPath() + u"/Messages/" + m_sid + u".json");
    if (!m_body.isNull())
        r.form.append({ QStringLiteral("Body"), m_body });
    if (!m_status.isEmpty())
        r.form.append({ QStringLiteral("Status"), m_status });
    r.operation = QStringLiteral("messages.update");
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

void UpdateMessageJob::handleResponse(const ApiCall& call)
{
    const auto json = parseObject(call);
    if (!json)
        return;
    QString problem;
    auto message = Message::fromJson(*json, &problem);
    if (!message) {
        fail(ApiError::badResponse(call.exchange(), problem));
        return;
    }
    m_message = std::move(*message);
    succeed();
}

// --- delete ------------------------------------------------------------------------------------------------------

DeleteMessageJob::DeleteMessageJob(ApiClient* client, const QString& sid)
    : ApiJob(client)
    , m_sid(sid.trimmed())
{ }

QString DeleteMessageJob::validateInputs()
{
    return messageSidProblem(m_sid);
}

ApiRequest DeleteMessageJob::firstRequest() const
{
    ApiRequest r;
    r.method = "DELETE";
    r.url = client()->endpoint().url(accountPath() + u"/Messages/" + m_sid + u".json");
    r.operation = QStringLiteral("messages.delete");
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

void DeleteMessageJob::handleResponse(const ApiCall&)
{
    succeed();
}

void DeleteMessageJob::handleError(const ApiCall& call)
{
    // A retried DELETE whose first attempt got through finds the message gone: that is the delete succeeding.
    if (call.attempts() > 1 && call.error().httpStatus() == 404) {
        succeed();
        return;
    }
    ApiError error = call.error();
    if (error.httpStatus() == 404)
        error.appendNextStep(tr("If a connection broke while deleting, the delete may have gone through: list the "
                                "messages to check."));
    fail(error);
}

// --- list --------------------------------------------------------------------------------------------------------

ListMessagesJob::ListMessagesJob(ApiClient* client, const MessageListFilter& filter, int limit)
    : ApiJob(client)
    , m_filter(filter)
    , m_limit(std::max(0, limit))
{ }

ListMessagesJob* ListMessagesJob::fromPageUri(ApiClient* client, const QString& pageUri, int limit)
{
    auto* job = new ListMessagesJob(client, {}, limit);
    job->m_startUri = pageUri;
    return job;
}

QString ListMessagesJob::validateInputs()
{
    if (!m_startUri.isEmpty() && !client()->endpoint().resolveResourceUri(m_startUri).isValid())
        return tr("The page address \"%1\" is not on this profile's API host.").arg(m_startUri);
    return m_filter.normalize();
}

ApiRequest ListMessagesJob::firstRequest() const
{
    ApiRequest r;
    r.url = m_startUri.isEmpty()
        ? client()->endpoint().url(accountPath() + u"/Messages.json", m_filter.toQuery(m_limit))
        : client()->endpoint().resolveResourceUri(m_startUri);
    r.operation = QStringLiteral("messages.list");
    return r;
}

namespace {
// What a worker thread makes of a page's body: plain values only (no QObject), handed back to the job's thread.
struct ParsedPage
{
    std::optional<MessagePage> page;
    QString problem; ///< why the body is not a page, when page is empty
};

ParsedPage parsePage(const QByteArray& body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return { std::nullopt,
            body.isEmpty() ? ApiJob::tr("the body is empty")
                           : ApiJob::tr("the body is not JSON (%1 at byte %2)")
                                 .arg(parseError.errorString())
                                 .arg(parseError.offset) };
    }
    if (!doc.isObject())
        return { std::nullopt, ApiJob::tr("the body is JSON but not an object") };
    ParsedPage parsed;
    parsed.page = MessagePage::fromJson(doc.object(), &parsed.problem);
    return parsed;
}
} // namespace

void ListMessagesJob::handleResponse(const ApiCall& call)
{
    // A page of a thousand messages is a megabyte of JSON and takes several milliseconds to read: it is read on a
    // worker thread, and the window keeps drawing and answering meanwhile. The job goes on in its own thread when
    // the page is ready; a job cancelled or deleted in between drops it.
    QPointer<ListMessagesJob> self(this);
    QThreadPool::globalInstance()->start(
        [self, body = call.body(), exchange = call.exchange(), url = call.request().url.toString(QUrl::FullyEncoded)] {
            ParsedPage parsed = parsePage(body);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, parsed = std::move(parsed), exchange, url] {
                    if (self && !self->isFinished())
                        self->pageParsed(parsed.page, parsed.problem, exchange, url);
                },
                Qt::QueuedConnection);
        });
}

void ListMessagesJob::pageParsed(
    const std::optional<MessagePage>& page, const QString& problem, const Exchange& exchange, const QString& url)
{
    if (!page) {
        fail(ApiError::badResponse(exchange, problem));
        return;
    }
    ++m_pages;
    m_visited.insert(url);
    m_nextPageUri = page->nextPageUri;
    if (m_messages.isEmpty() && (m_limit == 0 || page->messages.size() <= m_limit)) {
        m_messages = page->messages; // the whole page: shared, not copied message by message
    } else {
        for (const Message& m : std::as_const(page->messages)) {
            if (m_limit > 0 && m_messages.size() >= m_limit) {
                m_truncated = true; // the rest of this page was dropped: there is more, even on the last page
                break;
            }
            m_messages.append(m);
        }
    }
    Q_EMIT pageReceived(*page);

    if (m_nextPageUri.isEmpty() || (m_limit > 0 && m_messages.size() >= m_limit)) {
        succeed();
        return;
    }
    // Twilio's next_page_uri is a path on the same host; anything else would carry the credentials elsewhere.
    const QUrl next = client()->endpoint().resolveResourceUri(m_nextPageUri);
    if (!next.isValid()) {
        fail(ApiError::badResponse(exchange,
            tr("its next_page_uri \"%1\" points away from the API host; it was not followed")
                .arg(m_nextPageUri.left(200))));
        return;
    }
    if (m_visited.contains(next.toString(QUrl::FullyEncoded))) {
        // A server whose pages point back at each other would otherwise be followed for ever.
        fail(ApiError::badResponse(exchange, tr("its next_page_uri leads back to a page already fetched")));
        return;
    }
    if (page->messages.isEmpty()) {
        // A page with nothing on it but a next page would loop for ever on a broken server.
        fail(ApiError::badResponse(exchange, tr("an empty page claims there is a next page")));
        return;
    }
    ApiRequest r;
    r.url = next;
    r.operation = QStringLiteral("messages.list");
    issue(r);
}

// --- account -----------------------------------------------------------------------------------------------------

FetchAccountJob::FetchAccountJob(ApiClient* client)
    : ApiJob(client)
{ }

ApiRequest FetchAccountJob::firstRequest() const
{
    ApiRequest r;
    r.url = client()->endpoint().url(accountPath() + u".json");
    r.operation = QStringLiteral("accounts.fetch");
    r.maxResponseBytes = ApiRequest::kSingleResourceCap;
    return r;
}

void FetchAccountJob::handleResponse(const ApiCall& call)
{
    const auto json = parseObject(call);
    if (!json)
        return;
    QString problem;
    auto account = Account::fromJson(*json, &problem);
    if (!account) {
        fail(ApiError::badResponse(call.exchange(), problem));
        return;
    }
    m_account = std::move(*account);
    succeed();
}

} // namespace textbench
