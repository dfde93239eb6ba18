// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetracker.h"

#include "api/apiclient.h"
#include "messagejobs.h"

#include <algorithm>

namespace textbench {

MessageTracker::MessageTracker(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessageTracker::startDue);
}

MessageTracker::~MessageTracker()
{
    for (Entry& e : m_entries)
        abandon(e);
}

void MessageTracker::track(const Message& message)
{
    if (message.sid.isEmpty())
        return;
    Entry& e = promote(message.sid);
    abandon(e); // the copy given is at least as fresh as what a fetch in flight would bring
    e.polledFor.start(); // watched again: polling starts over (also after it gave up)
    acceptAndSay(e, message);
}

void MessageTracker::acceptAndSay(Entry& entry, const Message& message)
{
    const bool settledNow = accept(entry, message);
    const Message copy = entry.message;
    startDue();
    Q_EMIT changed();
    if (settledNow)
        Q_EMIT settled(copy);
}

void MessageTracker::track(const QString& sid)
{
    const QString trimmed = sid.trimmed();
    if (trimmed.isEmpty())
        return;
    Entry& e = promote(trimmed);
    const bool known = !e.message.sid.isEmpty();
    if (!e.job && e.dueAtMs < 0 && (!known || !MessageStatuses::isFinal(e.message.status))) {
        // New, or polling had stopped (given up, scheduled): fetch now and poll on from there.
        e.polledFor.start();
        e.interval = kFirstPollMs;
        e.dueAtMs = m_clock.elapsed();
    }
    startDue();
    Q_EMIT changed();
}

void MessageTracker::note(const Message& message)
{
    const int i = indexOf(message.sid);
    if (i < 0)
        return;
    Entry& e = m_entries[i];
    abandon(e); // its answer would be no fresher than this copy
    // accept() schedules the next poll a full interval from now: the other poller's copy stands for this one's.
    acceptAndSay(e, message);
}

void MessageTracker::untrack(const QString& sid)
{
    const int i = indexOf(sid);
    if (i < 0)
        return;
    abandon(m_entries[i]);
    m_entries.removeAt(i);
    startDue(); // a slot may have been freed
    Q_EMIT changed();
}

void MessageTracker::clear()
{
    for (Entry& e : m_entries)
        abandon(e);
    m_entries.clear();
    m_timer.stop();
    Q_EMIT changed();
}

void MessageTracker::restore(const QStringList& sids)
{
    const QStringList kept = sids.mid(0, kMaxMessages);
    for (auto it = kept.crbegin(); it != kept.crend(); ++it) {
        const QString sid = it->trimmed();
        if (sid.isEmpty() || indexOf(sid) >= 0)
            continue;
        Entry& e = promote(sid);
        e.dueAtMs = m_clock.elapsed();
    }
    startDue();
    Q_EMIT changed();
}

QStringList MessageTracker::sids() const
{
    QStringList list;
    list.reserve(m_entries.size());
    for (const Entry& e : m_entries)
        list << e.sid;
    return list;
}

QList<Message> MessageTracker::messages() const
{
    QList<Message> list;
    list.reserve(m_entries.size());
    for (const Entry& e : m_entries) {
        if (e.message.sid.isEmpty()) {
            Message placeholder;
            placeholder.sid = e.sid;
            list << placeholder;
        } else {
            list << e.message;
        }
    }
    return list;
}

bool MessageTracker::isPolling(const QString& sid) const
{
    const int i = indexOf(sid);
    return i >= 0 && (m_entries.at(i).job || m_entries.at(i).dueAtMs >= 0);
}

int MessageTracker::nextPollInMs(const QString& sid) const
{
    const int i = indexOf(sid);
    if (i < 0 || m_entries.at(i).dueAtMs < 0)
        return -1;
    return int(std::max<qint64>(0, m_entries.at(i).dueAtMs - m_clock.elapsed()));
}

int MessageTracker::fetchesInFlight() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return bool(e.job); }));
}

int MessageTracker::indexOf(const QString& sid) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).sid == sid)
            return i;
    }
    return -1;
}

MessageTracker::Entry& MessageTracker::promote(const QString& sid)
{
    const int i = indexOf(sid);
    if (i > 0) {
        m_entries.move(i, 0);
    } else if (i < 0) {
        Entry e;
        e.sid = sid;
        e.polledFor.start();
        m_entries.prepend(e);
        while (m_entries.size() > kMaxMessages) {
            abandon(m_entries.last());
            m_entries.removeLast();
        }
    }
    return m_entries.first();
}

bool MessageTracker::accept(Entry& entry, const Message& message)
{
    const bool known = !entry.message.sid.isEmpty();
    const bool final = MessageStatuses::isFinal(message.status);
    // A final status never changes back: an answer saying otherwise is older than what is known.
    if (known && MessageStatuses::isFinal(entry.message.status) && !final)
        return false;
    const bool statusChanged = !known || entry.message.statusText != message.statusText;
    entry.message = message;
    if (final) {
        entry.dueAtMs = -1;
        if (entry.seenInFlight && !entry.settled) {
            entry.settled = true;
            return true;
        }
        return false;
    }
    entry.seenInFlight = true;
    if (message.status == MessageStatus::Scheduled) {
        entry.dueAtMs = -1; // nothing happens to it until its time; track() again to poll it
        return false;
    }
    if (statusChanged)
        entry.interval = kFirstPollMs; // it moves: look again soon
    schedule(entry);
    return false;
}

void MessageTracker::schedule(Entry& entry)
{
    if (entry.polledFor.isValid() && entry.polledFor.elapsed() > kGiveUpMs) {
        entry.dueAtMs = -1;
        return;
    }
    entry.dueAtMs = m_clock.elapsed() + entry.interval;
    entry.interval = std::min(kMaxPollMs, int(entry.interval * kBackoff));
}

void MessageTracker::startDue()
{
    if (!m_client) {
        m_timer.stop();
        return;
    }
    const qint64 now = m_clock.elapsed();
    int running = fetchesInFlight();
    while (running < kMaxInFlight) {
        int next = -1;
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry& e = m_entries.at(i);
            if (!e.job && e.dueAtMs >= 0 && e.dueAtMs <= now && (next < 0 || e.dueAtMs < m_entries.at(next).dueAtMs))
                next = i;
        }
        if (next < 0)
            break;
        fetch(m_entries[next]);
        ++running;
    }
    armTimer();
}

void MessageTracker::armTimer()
{
    qint64 earliest = -1;
    if (fetchesInFlight() < kMaxInFlight) {
        for (const Entry& e : std::as_const(m_entries)) {
            if (!e.job && e.dueAtMs >= 0 && (earliest < 0 || e.dueAtMs < earliest))
                earliest = e.dueAtMs;
        }
    }
    // With every slot taken, the next answer starts what is due.
    if (earliest < 0)
        m_timer.stop();
    else
        m_timer.start(int(std::max<qint64>(0, earliest - m_clock.elapsed())));
}

void MessageTracker::fetch(Entry& entry)
{
    auto* job = new FetchMessageJob(m_client, entry.sid);
    entry.job = job;
    entry.dueAtMs = -1; // scheduled again by the answer
    const QString sid = entry.sid;
    connect(job, &ApiJob::finished, this, [this, job, sid] { finished(job, sid); });
    job->start(); // finishes asynchronously, even when the SID is invalid
}

void MessageTracker::finished(FetchMessageJob* job, const QString& sid)
{
    const int i = indexOf(sid);
    if (i < 0 || m_entries.at(i).job != job)
        return; // abandoned (jobs are disconnected then; this is a second guard)
    Entry& e = m_entries[i];
    e.job = nullptr;
    if (!m_client || !m_client->isCurrent(job->session())) {
        // Asked under the account before a switch: not taken. Asked again under the current one.
        e.dueAtMs = m_clock.elapsed();
        startDue();
        return;
    }
    if (!job->succeeded()) {
        const ApiError& error = job->error();
        if (cannotSucceed(error)) {
            m_entries.removeAt(i);
            startDue();
            Q_EMIT dropped(sid, error);
            Q_EMIT changed();
            return;
        }
        schedule(e); // a passing failure: tried again at the next interval
        startDue();
        return;
    }
    const bool settledNow = accept(e, job->message());
    const Message copy = e.message;
    startDue();
    Q_EMIT changed();
    if (settledNow)
        Q_EMIT settled(copy);
}

void MessageTracker::abandon(Entry& entry)
{
    if (!entry.job)
        return;
    FetchMessageJob* job = entry.job;
    entry.job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

bool MessageTracker::cannotSucceed(const ApiError& error)
{
    // As MessageWatch decides for the inspector: invalid input, credentials, 400/401/403/404, Twilio's "not found".
    const int status = error.httpStatus();
    return error.kind() == ApiError::Kind::InvalidInput || error.kind() == ApiError::Kind::Credentials || status == 400
        || status == 401 || status == 403 || status == 404 || error.twilioCode() == 20008
        || error.twilioCode() == 20404;
}

} // namespace textbench
