// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhooksender.h"
#include "webhookstore.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>

namespace textbench::sandbox {

struct SandboxState;

/// \brief What to send to the developer's app: a webhook request before it is signed.
struct WebhookRequest
{
    WebhookEvent::Kind kind = WebhookEvent::Kind::StatusCallback;
    QString messageSid;
    QString messageStatus;
    QString url; ///< as configured; a #fragment of Twilio's connection overrides (ct, rt, tt, rc) is read, not sent
    QString method = QStringLiteral("POST");
    FormFields parameters;
};

/// \brief Sends webhook requests as Twilio does (signed with the account's Auth Token, its headers, one idempotency
/// token an event) and keeps the record: every request is one WebhookEvent in the store, updated as it ends; a
/// failure is also an alert (StoredAlert) with Twilio's code.
///
/// The requests themselves go out from a WebhookSender on a thread of its own: the sandbox's API never waits for an
/// app, and a burst of callbacks does not queue behind the API's requests (or the other way round). Only this
/// computer is called: a URL to any other host is recorded as not sent, saying why, so nothing leaves the machine.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const WebhookEvent& event)>;

    WebhookDispatcher(SandboxState& state, WebhookStore& store, QObject* parent = nullptr);
    ~WebhookDispatcher() override;

    /// Records and sends \a request; \a done (if any) is called once it has ended, however it ends (unless the record
    /// drops the event first, in a run of more than WebhookStore::kMaxKept events). Returns the
    /// event's SID. A status callback waits until the message's previous one has ended, so that an app sees a
    /// message's changes in order (Twilio does not promise that; a test that the sandbox runs should be able to).
    QString send(const WebhookRequest& request, Done done = {});
    /// Sends an event again as Twilio retries one: the same parameters and idempotency token, signed anew (a status
    /// callback behind its message's callback in flight, if there is one). Returns false when there is no such event
    /// or it is still in flight.
    bool resend(const QString& eventSid, Done done = {});
    /// Records a request that was never sent (a number without an SMS URL), saying why in \a explanation.
    QString recordNotSent(const WebhookRequest& request, const QString& explanation);
    /// What came back for \a eventSid could not be used (TwiML that cannot be followed): the event fails with
    /// \a code and \a text, and an alert says so. With \a warning the event keeps its outcome and the alert is a
    /// warning (12200).
    void reportProblem(const QString& eventSid, int code, const QString& text, bool warning = false);
    /// Requests in flight.
    int pending() const { return int(m_pending.size()); }

    /// True when \a host is this computer: a loopback address, or localhost.
    static bool isLocalHost(const QString& host) { return WebhookSender::isLocalHost(host); }

Q_SIGNALS:
    /// An event was recorded, or has ended (its outcome is set).
    void eventChanged(const QString& eventSid);
    void alertRaised(const QString& alertSid);
    /// To the sender's thread.
    void deliver(const textbench::sandbox::OutgoingWebhook& request);

private:
    void start(const QString& eventSid, Done done);
    /// Starts \a eventSid, or for a status callback whose message has one in flight, queues it behind that one.
    void startInLane(const QString& eventSid, Done done);
    /// \a eventSid of \a messageSid has ended (or left the record): the lane passes to the next waiting, if any.
    void releaseLane(const QString& messageSid, const QString& eventSid);
    void finished(const WebhookOutcome& outcome);
    void end(const QString& eventSid, WebhookEvent::Outcome outcome, int errorCode, const QString& explanation);
    /// A Monitor alert for \a event: what was sent and what came back.
    QString raiseAlert(const WebhookEvent& event, int code, const QString& text, const QString& level);
    WebhookEvent newEvent(const WebhookRequest& request) const;

    SandboxState& m_state;
    WebhookStore& m_store;
    QThread m_thread;
    WebhookSender* m_sender;
    QHash<QString, Done> m_pending; ///< events in flight, and what to call when each ends
    /// One message's status callbacks go one after another, in the order of its changes: the event in flight for
    /// each message, and those waiting behind it.
    QHash<QString, QString> m_laneHolder;
    QHash<QString, QList<std::pair<QString, Done>>> m_lanes;
};

} // namespace textbench::sandbox
