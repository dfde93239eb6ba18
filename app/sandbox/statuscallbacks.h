// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <map>
#include <utility>

namespace textbench::sandbox {

struct SandboxState;
struct StoredMessage;
class WebhookDispatcher;

/// \brief Status callbacks: for a message with a StatusCallback (its own, or its Messaging Service's), one request
/// on every change of its status after the first, with Twilio's parameters (AccountSid, From, To, MessageSid,
/// MessageStatus, SmsSid, SmsStatus, ApiVersion, MessagingServiceSid, ErrorCode, RawDlrDoneDate), sent by the
/// WebhookDispatcher.
///
/// A message's status follows from the clock (Lifecycle), so nothing changes by itself: this keeps the times at which
/// each watched message may change (Lifecycle::changePoints()) in one queue, and one timer for the earliest. With a
/// manual clock the timer is idle and the clock's moves drive it. A clock that jumps over several changes sends
/// each of them, in order.
class StatusCallbacks : public QObject
{
    Q_OBJECT
public:
    StatusCallbacks(SandboxState& state, WebhookDispatcher& dispatcher, QObject* parent = nullptr);

    /// Follows \\a sid (a message with a statusCallback) from its present status on.
    void watch(const QString& sid);
    /// \\a sid's status changed outside the clock's course (a cancel): its callback goes now.
    void changedNow(const QString& sid);
    /// Sends what is due by now. Called by the timer and when a manual clock moves.
    void processDue();
    /// The lifecycle's speed changed: every watched message's times are worked out again.
    void speedChanged();
    /// Messages still watched.
    int watching() const { return int(m_watched.size()); }

private:
    struct Watched
    {
        /// Where its changes go, fixed when it is created: its own StatusCallback, or its service's at that moment.
        QString url;
        QString method;
        QString lastStatus;
        QList<QDateTime> points;
        qsizetype next = 0;
    };
    void schedule(const QString& sid, Watched& w);
    void armTimer();
    /// Where a message's changes go, and how: its own StatusCallback, or its Messaging Service's; empty for none.
    std::pair<QString, QString> callbackOf(const StoredMessage& m) const;
    /// Sends a callback for \\a m if its status at \\a at differs from the last one sent.
    void check(const StoredMessage& m, Watched& w, const QDateTime& at);

    SandboxState& m_state;
    WebhookDispatcher& m_dispatcher;
    QHash<QString, Watched> m_watched;
    std::multimap<QDateTime, QString> m_due;
    QTimer m_timer;
};

} // namespace textbench::sandbox
