// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhookstore.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkReply;
class QTimer;

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

/// \brief Twilio's connection overrides, from a webhook URL's fragment (`https://app/sms#ct=2000&rc=2`), with
/// Twilio's defaults and bounds.
struct ConnectionOverrides
{
    int connectTimeoutMs = 5000; ///< ct: 100-10000
    int readTimeoutMs = 15000; ///< rt: 100-15000
    int totalTimeoutMs = 15000; ///< tt: 100-15000
    int retries = 1; ///< rc: 0-5, retries after a failed connection
    /// rp: what else is retried besides a failed connection ("4xx", "5xx", "rt", "all").
    QStringList retryPolicy;

    static ConnectionOverrides fromFragment(const QString& fragment);
};

/// \brief Sends webhook requests as Twilio does (signed with the account's Auth Token, its headers, one idempotency
/// token an event), through its own QNetworkAccessManager, asynchronously: the sandbox's API never waits for an app.
///
/// Only this computer is called: a URL (or a redirect) to any host but a loopback address or localhost is recorded
/// as not sent, saying why, so nothing leaves the machine. Twilio's limits hold: connect 5 s (one retry), 15 s for
/// the whole answer, the fragment's overrides, at most kMaxRedirects HTTP redirects, an answer read up to
/// kMaxAnswerBytes. Every request is one WebhookEvent in the store, updated as it ends; a failure is also an alert
/// (StoredAlert) with Twilio's code.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 10;
    /// Read at most this much of an answer (a TwiML document may have 64 KiB): anything longer is cut off there.
    static constexpr qsizetype kMaxAnswerBytes = qsizetype(64) * 1024;

    using Done = std::function<void(const WebhookEvent& event)>;

    WebhookDispatcher(SandboxState& state, WebhookStore& store, QObject* parent = nullptr);
    ~WebhookDispatcher() override;

    /// Records and sends \a request; \a done (if any) is called once it has ended, however it ends. Returns the
    /// event's SID.
    QString send(const WebhookRequest& request, Done done = {});
    /// Sends an event again as Twilio retries one: the same parameters and idempotency token, signed anew. Returns
    /// false when there is no such event or it is still in flight.
    bool resend(const QString& eventSid, Done done = {});
    /// Records a request that was never sent (a number without an SMS URL), saying why in \a explanation.
    QString recordNotSent(const WebhookRequest& request, const QString& explanation);
    /// What came back for \a eventSid could not be used (TwiML that cannot be followed): the event fails with
    /// \a code and \a text, and an alert says so. With \a warning the event keeps its outcome and the alert is a
    /// warning (12200).
    void reportProblem(const QString& eventSid, int code, const QString& text, bool warning = false);
    /// Requests in flight.
    int pending() const { return int(m_flights.size()); }

    /// True when \a host is this computer: a loopback address, or localhost.
    static bool isLocalHost(const QString& host);

Q_SIGNALS:
    /// An event was recorded, or has ended (its outcome is set).
    void eventChanged(const QString& eventSid);
    void alertRaised(const QString& alertSid);

private:
    struct Flight;
    void start(const QString& eventSid, Done done);
    void attempt(Flight* flight);
    void onFinished(Flight* flight);
    void end(Flight* flight, WebhookEvent::Outcome outcome, int errorCode, const QString& explanation);
    /// The event's signed request for \a url (the form for a POST, the query for a GET).
    void prepare(WebhookEvent& event, const QUrl& url);
    /// A Monitor alert for \a event: what was sent and what came back.
    QString raiseAlert(const WebhookEvent& event, int code, const QString& text, const QString& level);
    WebhookEvent newEvent(const WebhookRequest& request) const;

    SandboxState& m_state;
    WebhookStore& m_store;
    QNetworkAccessManager m_network;
    QList<Flight*> m_flights;
};

} // namespace textbench::sandbox
