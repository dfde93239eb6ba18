// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "message.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace textbench {

class ApiClient;
class FetchMessageJob;

/// \brief The messages the user sent or opened this run ("watched"), followed in the background until each
/// reaches a final status: what desktop notifications are made of.
///
/// At most kMaxMessages are kept, newest first (the oldest is dropped). Those whose status is not final are
/// polled with FetchMessageJob through the client, with a backoff per message (kFirstPollMs, times kBackoff, at
/// most kMaxPollMs; given up after kGiveUpMs) and at most kMaxInFlight fetches at a time. settled() says once per
/// message that a status seen in flight during this run became final; a message that was already final when it
/// was first seen (a restored one, one opened from the log) never settles.
///
/// A fetch that fails for a passing reason (network, 5xx, rate limit) is retried at the next interval; one that
/// cannot succeed (404, authentication, an invalid SID) drops the message. Answers asked under an older session of
/// the client (before a switch of profile or account) are never taken; clear() abandons the fetches in flight.
class MessageTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMessages = 20;
    static constexpr int kMaxInFlight = 4;
    static constexpr int kFirstPollMs = 1000;
    static constexpr double kBackoff = 1.5;
    static constexpr int kMaxPollMs = 15'000;
    /// Polling a message gives up after this long without a final status (a real message can stay "sent" for hours).
    static constexpr int kGiveUpMs = 10 * 60 * 1000;

    explicit MessageTracker(ApiClient* client, QObject* parent = nullptr);
    ~MessageTracker() override;

    /// Watches \a message (just sent, or opened with its status known): polled from kFirstPollMs on unless final.
    /// A message already watched is updated and becomes the newest.
    void track(const Message& message);
    /// Watches message \a sid, status unknown: fetched at once (as soon as fewer than kMaxInFlight fetches run).
    void track(const QString& sid);
    /// A fresher copy of a watched message, seen elsewhere (the inspector polled it): taken as if fetched here, and
    /// this message's own next poll is put off by a full interval, so the same message is not fetched twice.
    /// Messages not watched are ignored.
    void note(const Message& message);
    /// Stops watching \a sid (a fetch in flight for it is abandoned).
    void untrack(const QString& sid);
    /// Forgets every message and abandons every fetch in flight (a switch of profile or account).
    void clear();
    /// Watches \a sids again after a restart (newest first, as sids() gave them; past kMaxMessages ignored): each is
    /// fetched. One that is already final does not settle.
    void restore(const QStringList& sids);

    /// The SIDs watched, newest first: what to save for restore().
    QStringList sids() const;
    /// The messages watched, newest first. One not fetched yet has only its `sid` (status Unknown).
    QList<Message> messages() const;
    bool isTracked(const QString& sid) const { return indexOf(sid) >= 0; }
    /// True while \a sid is watched and not final, and polling it has not given up: a fetch running or one due.
    bool isPolling(const QString& sid) const;
    /// Milliseconds until \a sid's next fetch, 0 when due now (waiting for a free slot), or -1 (none due).
    int nextPollInMs(const QString& sid) const;
    /// Fetches running now (never more than kMaxInFlight).
    int fetchesInFlight() const;

Q_SIGNALS:
    /// The list, or a message in it, changed.
    void changed();
    /// \a message went from a status seen in flight during this run to a final one (once per SID).
    void settled(const textbench::Message& message);
    /// \a sid was dropped because fetching it cannot succeed (\a error says why: gone, authentication, …).
    void dropped(const QString& sid, const textbench::ApiError& error);

private:
    struct Entry
    {
        QString sid;
        Message message; ///< sid empty until known
        bool seenInFlight = false; ///< a status that is not final was seen this run
        bool settled = false; ///< settled() was emitted
        int interval = kFirstPollMs;
        qint64 dueAtMs = -1; ///< on m_clock; -1: no fetch due
        QElapsedTimer polledFor;
        QPointer<FetchMessageJob> job;
    };

    int indexOf(const QString& sid) const;
    /// Puts \a sid first (a new entry if it is not watched yet) and returns it; drops the oldest past the limit.
    Entry& promote(const QString& sid);
    /// Takes \a message into \a entry; returns true when it settled (the caller emits settled()).
    bool accept(Entry& entry, const Message& message);
    /// accept(), then the next fetches, changed() and, if it became final, settled().
    void acceptAndSay(Entry& entry, const Message& message);
    /// The next fetch of \a entry: its interval from now, then the interval grows; none past kGiveUpMs.
    void schedule(Entry& entry);
    void startDue();
    void armTimer();
    void fetch(Entry& entry);
    void finished(FetchMessageJob* job, const QString& sid);
    void abandon(Entry& entry);
    static bool cannotSucceed(const ApiError& error);

    QPointer<ApiClient> m_client;
    QList<Entry> m_entries; ///< newest first
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace textbench
