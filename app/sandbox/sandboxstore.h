// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magicnumbers.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace textbench::sandbox {

/// \brief The sandbox's time: the real clock, or a manual one that tests set and advance, so that every status a
/// message passes through can be observed deterministically.
class SandboxClock
{
public:
    QDateTime now() const { return m_manual.isValid() ? m_manual : QDateTime::currentDateTimeUtc(); }
    /// Freezes the clock at \a time (UTC); advance() moves it.
    void setManual(const QDateTime& time) { m_manual = time.toUTC(); }
    void advance(qint64 ms) { m_manual = now().addMSecs(ms); }
    bool isManual() const { return m_manual.isValid(); }

private:
    QDateTime m_manual;
};

/// \brief A message as the sandbox keeps it. Its status is not stored: it follows from the clock (see statusAt()),
/// so nothing needs a timer and a frozen clock freezes every message.
struct StoredMessage
{
    QString sid;
    QString from;
    QString to;
    QString body;
    QString messagingServiceSid;
    QStringList mediaUrls;
    int numSegments = 1;
    QDateTime created;
    QDateTime sendAt; ///< valid for a scheduled message
    std::optional<MagicNumbers::DeliveryFailure> failure;
    QDateTime canceledAt;
    QDateTime redactedAt;
};

/// \brief The lifecycle: queued -> sending -> sent -> delivered (or undelivered, or failed), on a clock.
struct Lifecycle
{
    /// Offsets from the start (creation, or SendAt) at speed 1.
    static constexpr qint64 kSendingMs = 300;
    static constexpr qint64 kSentMs = 800;
    static constexpr qint64 kFinalMs = 1800;

    struct State
    {
        QString status;
        QDateTime dateUpdated;
        QDateTime dateSent; ///< invalid until sent
        std::optional<int> errorCode;
        QString errorMessage;
        bool isFinal = false;
    };

    /// \a speed: 1 = the offsets above; 10 = ten times faster; 0 or less = messages stay queued.
    static State at(const StoredMessage& message, const QDateTime& now, double speed);
};

/// \brief All messages of the sandbox account, newest first when listed.
class SandboxStore
{
public:
    void insert(const StoredMessage& message);
    StoredMessage* find(const QString& sid);
    const StoredMessage* find(const QString& sid) const;
    bool remove(const QString& sid);
    int size() const { return int(m_messages.size()); }
    /// The \a i-th message, newest first (0 <= i < size()).
    const StoredMessage& atNewestFirst(qsizetype i) const { return *find(m_order.at(m_order.size() - 1 - i)); }
    /// The position of \a sid, newest first, or -1. Constant time, for paging without scanning the list.
    qsizetype indexNewestFirst(const QString& sid) const;

private:
    QHash<QString, StoredMessage> m_messages;
    QStringList m_order; ///< oldest first
    QHash<QString, qsizetype> m_position; ///< index in m_order
};

/// \brief What every handler of the sandbox works on: the account's messages, the clock and the lifecycle's speed.
struct SandboxState
{
    SandboxStore store;
    SandboxClock clock;
    /// 1 = the Lifecycle offsets; larger is faster; 0 freezes messages.
    double speed = 1.0;

    /// A message's status and dates now.
    Lifecycle::State stateOf(const StoredMessage& message) const { return Lifecycle::at(message, clock.now(), speed); }
    /// "SM" + 32 hex digits: random, with a sequence number mixed in so two SIDs of one run never collide.
    QString newSid(const QString& prefix);

private:
    quint64 m_sequence = 0;
};

} // namespace textbench::sandbox
