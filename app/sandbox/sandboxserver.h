// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountsresource.h"
#include "lookupsresource.h"
#include "alertsresource.h"
#include "api/apiendpoint.h"
#include "api/credentials.h"
#include "inboundmessages.h"
#include "messagesresource.h"
#include "phonenumbersresource.h"
#include "sandboxrouter.h"
#include "sandboxstore.h"
#include "servicesresource.h"
#include "statuscallbacks.h"
#include "webhookdispatcher.h"
#include "webhookeventsresource.h"
#include "webhookstore.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

namespace textbench::sandbox {

/// \brief A Twilio-compatible Messages API on 127.0.0.1: the same paths, auth check, form parsing, JSON shapes and
/// field types, RFC 2822 dates, paging envelope and error bodies as api.twilio.com; the account's phone numbers,
/// status callbacks and inbound messages to the developer's app (signed, on this computer only), and Monitor's
/// alerts for what failed.
///
/// This class listens, authenticates and writes each answer exactly (status line, headers, body: QtHttpServer's
/// QAbstractHttpServer); what is asked is answered by a route (Router) of a resource (MessagesResource,
/// AccountsResource), whose JSON shapes are in Json. A new resource is a new file and a route line in the
/// constructor. Embeddable (the app and textbench-cli start one when no credentials are configured) and standalone
/// (textbench-sandbox). Messages live in memory for the life of the server.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);

    /// Listens on 127.0.0.1 only; \a port 0 picks a free one. Returns false when the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT"
    QUrl baseUrl() const;

    /// \brief How a client reaches this sandbox as its account: what every embedding (the window, textbench-cli, a
    /// profile's connection test) points its client at.
    struct Connection
    {
        Credentials credentials;
        ApiEndpoint endpoint;
    };
    /// The account's Auth Token on this server's base URL (valid once listening).
    Connection connection() const;

    SandboxClock& clock() { return m_state.clock; }
    static constexpr double kMinSpeed = 0.001;
    static constexpr double kMaxSpeed = 1e6;
    /// Lifecycle speed: 1 = about two seconds from queued to delivered; larger is faster; 0 freezes messages.
    /// Anything else outside [kMinSpeed, kMaxSpeed] (or not a number) is clamped into it.
    void setSpeed(double speed);
    double speed() const { return m_state.speed; }

    const SandboxStore& store() const { return m_state.store; }
    const PhoneNumberStore& phoneNumbers() const { return m_state.numbers; }
    const WebhookStore& webhooks() const { return m_webhooks; }
    /// Requests to the developer's app: their events change as they go (the window's Webhooks panel listens).
    WebhookDispatcher& dispatcher() { return m_dispatcher; }

    /// Sets the SMS URL of the first number (textbench-sandbox --sms-url).
    void setSmsUrl(const QString& url);
    /// A message from \a from (any number) to \a to (one of the account's), as the inbound URL receives one: stored,
    /// and the number's SMS URL asked what to answer. The reply: 201 with the message, or the error.
    Reply receiveInbound(const QString& from, const QString& to, const QString& body, const QStringList& mediaUrls);
    /// The Textbench extension where an inbound message is posted (the first line's inbound_url).
    QUrl inboundUrl() const;

    /// The credentials and base URL as one JSON object (textbench-sandbox's first line).
    QJsonObject connectionInfo() const;

Q_SIGNALS:
    /// Something a client could see changed: a request that changes the account was answered, an inbound message
    /// arrived, a request to the developer's app was made or ended, an alert was raised. (A status that moves on by
    /// the clock alone is not announced: it changes without anything happening.)
    void changed();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static Caller authenticate(const QHttpServerRequest& request);

    SandboxState m_state;
    WebhookStore m_webhooks;
    WebhookDispatcher m_dispatcher { m_state, m_webhooks };
    StatusCallbacks m_callbacks { m_state, m_dispatcher };
    InboundMessages m_inbound { m_state, m_dispatcher, m_callbacks };
    MessagesResource m_messages { m_state, m_callbacks };
    PhoneNumbersResource m_numbers { m_state };
    ServicesResource m_services { m_state };
    AlertsResource m_alerts { m_webhooks };
    WebhookEventsResource m_events { m_webhooks, m_dispatcher };
    AccountsResource m_accounts { m_state };
    LookupsResource m_lookups;
    Router m_router;
    quint16 m_port = 0;
};

} // namespace textbench::sandbox
