// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apijob.h"
#include "message.h"
#include "messagejobs.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace textbench {

/// \brief The inspector's model of one message: fetches it, polls it (with backoff) until its status is final,
/// records each status it was seen in, and redacts, cancels or deletes it.
///
/// Everything is asynchronous; a message opened later replaces the one before, and answers about the one before
/// are dropped. A poll that fails for a passing reason (network, 5xx, rate limit) is retried at the next interval;
/// one that cannot succeed (404, authentication, test credentials) stops the polling.
class MessageWatch : public QObject
{
    Q_OBJECT
public:
    /// A status the message was seen in, and when (Twilio's date for the first one, then the time it was seen).
    struct Step
    {
        QString status;
        QDateTime at;
    };

    static constexpr int kFirstPollMs = 500;
    static constexpr double kBackoff = 1.5;
    static constexpr int kMaxPollMs = 10'000;
    /// Polling gives up after this long without a final status (a real message can stay "sent" for hours).
    static constexpr int kGiveUpMs = 10 * 60 * 1000;

    explicit MessageWatch(ApiClient* client, QObject* parent = nullptr);
    ~MessageWatch() override;

    /// Fetches message \a sid, then polls it until final.
    void open(const QString& sid);
    /// Shows \a message (just created, or picked in the log) at once, then polls it until final.
    void follow(const Message& message);
    /// Fetches again now (and polls on if not final).
    void refresh();
    void stopPolling();
    void clear();

    bool hasMessage() const { return !m_message.sid.isEmpty(); }
    const QString& sid() const { return m_sid; }
    const Message& message() const { return m_message; }
    const QList<Step>& timeline() const { return m_timeline; }
    /// The media of an MMS, fetched once the message is known to have some.
    const QList<MessageMedia>& media() const { return m_media; }
    enum class MediaState { None, Loading, Loaded, Failed };
    MediaState mediaState() const { return m_mediaState; }
    /// Until the status is final (or polling gave up or cannot succeed): a fetch running or one due.
    bool isPolling() const { return m_polling; }
    bool isBusy() const { return m_job != nullptr; }
    /// Milliseconds until the next poll, or -1.
    int nextPollInMs() const { return m_pollTimer.isActive() ? m_pollTimer.remainingTime() : -1; }

    /// What Twilio allows now: redact a body once the message is no longer in flight, cancel only a scheduled
    /// message, delete once it is no longer in flight.
    bool canRedact() const;
    bool canCancel() const;
    bool canDelete() const;
    void redact();
    void cancelScheduled();
    void remove();

Q_SIGNALS:
    /// The message, its timeline or what can be done with it changed.
    void changed();
    void busyChanged(bool busy);
    void pollingChanged(bool polling);
    /// \a action: "fetch", "redact", "cancel", "delete" or "media".
    void failed(const textbench::ApiError& error, const QString& action);
    void retryScheduled(int retry, int delayMs, const textbench::ApiError& reason);
    void deleted(const QString& sid);

private:
    void run(ApiJob* job, const QString& action, bool isPoll);
    void accept(const Message& message);
    void schedulePoll();
    void fetchMedia();
    void setPolling(bool polling);
    void abandonJob();
    static bool pollingCannotSucceed(const ApiError& error);

    QPointer<ApiClient> m_client;
    QString m_sid;
    Message m_message;
    QList<Step> m_timeline;
    QPointer<ApiJob> m_job;
    QPointer<ListMediaJob> m_mediaJob;
    QList<MessageMedia> m_media;
    MediaState m_mediaState = MediaState::None;
    bool m_jobIsPoll = false;
    bool m_polling = false;
    QTimer m_pollTimer;
    int m_interval = kFirstPollMs;
    QElapsedTimer m_polledFor;
};

} // namespace textbench
