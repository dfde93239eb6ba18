// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagewatch.h"

#include "api/apiclient.h"
#include "messagejobs.h"

namespace textbench {

MessageWatch::MessageWatch(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        // A user action (redact, cancel, delete) in progress is never abandoned for a poll; its answer brings the
        // message up to date anyway.
        if (m_client && !m_sid.isEmpty() && !m_job)
            run(new FetchMessageJob(m_client, m_sid), QStringLiteral("fetch"), true);
    });
}

MessageWatch::~MessageWatch()
{
    abandonJob();
}

void MessageWatch::open(const QString& sid)
{
    clear();
    m_sid = sid.trimmed();
    m_polledFor.start();
    Q_EMIT changed();
    refresh();
}

void MessageWatch::follow(const Message& message)
{
    clear();
    m_sid = message.sid;
    m_polledFor.start();
    accept(message);
}

void MessageWatch::refresh()
{
    if (!m_client || m_sid.isEmpty())
        return;
    m_pollTimer.stop();
    run(new FetchMessageJob(m_client, m_sid), QStringLiteral("fetch"), true);
    setPolling(true);
}

void MessageWatch::stopPolling()
{
    m_pollTimer.stop();
    if (m_job && m_jobIsPoll)
        abandonJob();
    setPolling(false);
}

void MessageWatch::setPolling(bool polling)
{
    if (polling == m_polling)
        return;
    m_polling = polling;
    Q_EMIT pollingChanged(polling);
}

void MessageWatch::clear()
{
    abandonJob();
    m_pollTimer.stop();
    m_interval = kFirstPollMs;
    m_sid.clear();
    m_message = Message();
    m_timeline.clear();
    if (m_mediaJob) {
        disconnect(m_mediaJob, nullptr, this, nullptr);
        m_mediaJob->cancel();
        m_mediaJob = nullptr;
    }
    m_media.clear();
    m_mediaState = MediaState::None;
    setPolling(false);
    Q_EMIT changed();
}

void MessageWatch::fetchMedia()
{
    // Once per message; again after a failure (the next fetch or poll retries it).
    if (m_mediaState == MediaState::Loading || m_mediaState == MediaState::Loaded || !m_client
        || m_message.numMedia <= 0)
        return;
    m_mediaState = MediaState::Loading;
    auto* job = new ListMediaJob(m_client, m_sid);
    m_mediaJob = job;
    const QString sid = m_sid;
    connect(job, &ApiJob::finished, this, [this, job, sid] {
        if (job != m_mediaJob || sid != m_sid)
            return;
        m_mediaJob = nullptr;
        if (!job->succeeded()) {
            m_mediaState = MediaState::Failed;
            Q_EMIT failed(job->error(), QStringLiteral("media"));
            Q_EMIT changed();
            return;
        }
        m_media = job->media();
        m_mediaState = MediaState::Loaded;
        Q_EMIT changed();
    });
    job->start();
}

void MessageWatch::abandonJob()
{
    if (!m_job)
        return;
    ApiJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
    Q_EMIT busyChanged(false);
}

bool MessageWatch::canRedact() const
{
    return hasMessage() && !isBusy() && MessageStatuses::isFinal(m_message.status) && !m_message.body.isEmpty();
}

bool MessageWatch::canCancel() const
{
    return hasMessage() && !isBusy() && m_message.status == MessageStatus::Scheduled;
}

bool MessageWatch::canDelete() const
{
    return hasMessage() && !isBusy() && MessageStatuses::isFinal(m_message.status);
}

void MessageWatch::redact()
{
    if (canRedact())
        run(UpdateMessageJob::redact(m_client, m_sid), QStringLiteral("redact"), false);
}

void MessageWatch::cancelScheduled()
{
    if (canCancel())
        run(UpdateMessageJob::cancelScheduled(m_client, m_sid), QStringLiteral("cancel"), false);
}

void MessageWatch::remove()
{
    if (canDelete())
        run(new DeleteMessageJob(m_client, m_sid), QStringLiteral("delete"), false);
}

bool MessageWatch::pollingCannotSucceed(const ApiError& error)
{
    const int status = error.httpStatus();
    return error.kind() == ApiError::Kind::InvalidInput || error.kind() == ApiError::Kind::Credentials || status == 400
        || status == 401 || status == 403 || status == 404 || error.twilioCode() == 20008
        || error.twilioCode() == 20404;
}

void MessageWatch::run(ApiJob* job, const QString& action, bool isPoll)
{
    if (!isPoll)
        m_pollTimer.stop(); // resumed by the action's answer if the message is not final
    abandonJob();
    m_job = job;
    m_jobIsPoll = isPoll;
    const QString sid = m_sid;
    connect(job, &ApiJob::retryScheduled, this, &MessageWatch::retryScheduled);
    connect(job, &ApiJob::finished, this, [this, job, action, isPoll, sid] {
        if (job != m_job || sid != m_sid)
            return; // an answer about a message no longer shown
        m_job = nullptr;
        Q_EMIT busyChanged(false);
        if (!m_client->isCurrent(job->session())) {
            clear(); // asked under the profile before a switch: nothing of it stays on screen
            return;
        }
        if (!job->succeeded()) {
            Q_EMIT failed(job->error(), action);
            if (isPoll && !pollingCannotSucceed(job->error()) && !MessageStatuses::isFinal(m_message.status))
                schedulePoll();
            else if (isPoll)
                setPolling(false);
            Q_EMIT changed();
            return;
        }
        if (action == u"delete") {
            m_pollTimer.stop();
            Q_EMIT deleted(sid);
            clear();
            return;
        }
        // A fetch, a redact or a cancel: each answers with the message.
        if (auto* answer = dynamic_cast<ResourceJob<Message>*>(job))
            accept(answer->result());
    });
    job->start();
    Q_EMIT busyChanged(true);
}

void MessageWatch::accept(const Message& message)
{
    const bool first = m_timeline.isEmpty();
    const QString previous = m_timeline.isEmpty() ? QString() : m_timeline.last().status;
    m_message = message;
    if (first || message.statusText != previous) {
        // The first state is dated by Twilio when it can be (created/sent); later ones by when they were seen.
        QDateTime at = QDateTime::currentDateTimeUtc();
        if (first && message.dateUpdated.isValid())
            at = message.dateUpdated;
        m_timeline.append({ message.statusText, at });
        m_interval = kFirstPollMs; // a change: look again soon
    }
    fetchMedia();
    if (MessageStatuses::isFinal(message.status) || message.status == MessageStatus::Scheduled) {
        m_pollTimer.stop();
        setPolling(false);
    } else {
        schedulePoll();
    }
    Q_EMIT changed();
}

void MessageWatch::schedulePoll()
{
    if (m_polledFor.isValid() && m_polledFor.elapsed() > kGiveUpMs) {
        setPolling(false);
        return;
    }
    m_pollTimer.start(m_interval);
    m_interval = qMin(kMaxPollMs, int(m_interval * kBackoff));
    setPolling(true);
}

} // namespace textbench
