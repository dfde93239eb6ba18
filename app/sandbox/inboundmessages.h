// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "webhookstore.h"

#include <QObject>

namespace textbench {
struct TwimlReply;
}

namespace textbench::sandbox {

struct SandboxState;
struct StoredMessage;
struct StoredPhoneNumber;
class StatusCallbacks;
class WebhookDispatcher;

/// \brief Messages that arrive at the account's numbers, and the app's answers to them, as Twilio handles them.
///
/// An inbound message is stored (direction inbound, status received); the number's SMS URL is requested (its
/// method, Twilio's parameters, signed); the answer is followed: TwiML <Message>s become replies (direction
/// outbound-reply, through the lifecycle, with their own status callbacks), a <Redirect> fetches more TwiML, a
/// text/plain answer is sent back as it is, an empty one sends nothing; a failed request or an answer that cannot be
/// followed tries the number's fallback URL. Every request is a WebhookEvent; every failure an alert.
class InboundMessages : public QObject
{
    Q_OBJECT
public:
    /// Redirects (<Redirect>) followed for one inbound message before it is an error (11215).
    static constexpr int kMaxTwimlRedirects = 10;

    InboundMessages(
        SandboxState& state, WebhookDispatcher& dispatcher, StatusCallbacks& callbacks, QObject* parent = nullptr);

    /// POST /2010-04-01/Accounts/{AccountSid}/Textbench/InboundMessages.json (a Textbench extension, not Twilio's):
    /// From (any number), To (one of the account's numbers), Body, MediaUrl repeated. 201 with the inbound Message.
    Reply receiveRequest(const Request& request);
    /// The same, from inside the process (the window's handset box): the stored message, or the reply's error.
    Reply receive(const QString& from, const QString& to, const QString& body, const QStringList& mediaUrls);

private:
    struct Conversation;
    /// The Twilio parameters of the request for inbound message \a m.
    FormFields parameters(const StoredMessage& m) const;
    void request(
        const std::shared_ptr<Conversation>& c, WebhookEvent::Kind kind, const QString& url, const QString& method);
    void answered(const std::shared_ptr<Conversation>& c, const WebhookEvent& event);
    /// The answer could not be followed: an alert (on the event's request) and the fallback, once.
    void failed(const std::shared_ptr<Conversation>& c, const WebhookEvent& event, int code, const QString& text);
    void sendReplies(const std::shared_ptr<Conversation>& c, const WebhookEvent& event, const TwimlReply& reply);

    SandboxState& m_state;
    WebhookDispatcher& m_dispatcher;
    StatusCallbacks& m_callbacks;
};

} // namespace textbench::sandbox
