// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboundmessages.h"

#include "api/apiendpoint.h"
#include "messages/segmentcalculator.h"
#include "phone/phonenumbers.h"
#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "sandboxstore.h"
#include "statuscallbacks.h"
#include "webhookdispatcher.h"
#include "webhooks/twiml.h"

#include <QUrl>

namespace textbench::sandbox {

/// One inbound message on its way through the app: which request of it this is, and how many redirects so far.
struct InboundMessages::Conversation
{
    QString messageSid;
    StoredPhoneNumber number;
    FormFields parameters;
    int redirects = 0;
    bool triedFallback = false;
};

InboundMessages::InboundMessages(
    SandboxState& state, WebhookDispatcher& dispatcher, StatusCallbacks& callbacks, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_dispatcher(dispatcher)
    , m_callbacks(callbacks)
{ }

Reply InboundMessages::receiveRequest(const Request& request)
{
    // Only the sandbox account has numbers to receive on; its subaccounts have none.
    if (request.isSubaccount())
        return Reply::error(
            400, 21211, QStringLiteral("The 'To' number is not one of this subaccount's phone numbers: it has none."));
    const FormFields form = request.form();
    return receive(FormEncoding::value(form, QStringLiteral("From")), FormEncoding::value(form, QStringLiteral("To")),
        FormEncoding::value(form, QStringLiteral("Body")), FormEncoding::values(form, QStringLiteral("MediaUrl")));
}

Reply InboundMessages::receive(
    const QString& rawFrom, const QString& rawTo, const QString& body, const QStringList& mediaUrls)
{
    if (rawFrom.trimmed().isEmpty())
        return Reply::error(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (rawTo.trimmed().isEmpty())
        return Reply::error(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (body.isEmpty() && mediaUrls.isEmpty())
        return Reply::error(400, 21602, QStringLiteral("Message body is required."));
    if (body.toUcs4().size() > 1600)
        return Reply::error(
            400, 21617, QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    if (mediaUrls.size() > 10)
        return Reply::error(400, 21623, QStringLiteral("Too many media urls. The maximum number of media urls is 10."));
    for (const QString& url : mediaUrls) {
        if (!ApiEndpoint::isWebUrl(url))
            return Reply::error(400, 21620,
                QStringLiteral("Media urls: %1 are invalid. Please use only valid http and https urls").arg(url));
    }
    const AddressCheck from = PhoneNumbers::check(rawFrom.trimmed(), PhoneNumbers::Role::To);
    if (!from.isValid())
        return Reply::error(
            400, 21212, QStringLiteral("The 'From' number %1 is not a valid phone number.").arg(rawFrom.trimmed()));
    const AddressCheck to = PhoneNumbers::check(rawTo.trimmed(), PhoneNumbers::Role::To);
    const StoredPhoneNumber* number = m_state.numbers.findByNumber(to.normalized);
    if (!number)
        return Reply::error(400, 21211,
            QStringLiteral("The 'To' number %1 is not one of this account's phone numbers (IncomingPhoneNumbers).")
                .arg(rawTo.trimmed()));

    StoredMessage m;
    m.sid = m_state.newSid(mediaUrls.isEmpty() ? QStringLiteral("SM") : QStringLiteral("MM"));
    m.direction = QStringLiteral("inbound");
    m.from = from.normalized;
    m.to = number->phoneNumber;
    m.body = body;
    m.mediaUrls = mediaUrls;
    m.numSegments = body.isEmpty() ? 1 : SegmentCalculator::analyze(body, false).segments;
    m.created = m_state.clock.now();
    m_state.store.insert(m);

    auto c = std::make_shared<Conversation>();
    c->messageSid = m.sid;
    c->number = *number;
    c->parameters = parameters(m);
    if (number->smsUrl.isEmpty()) {
        WebhookRequest r;
        r.kind = WebhookEvent::Kind::Inbound;
        r.messageSid = m.sid;
        r.parameters = c->parameters;
        m_dispatcher.recordNotSent(r,
            tr("%1 has no SMS URL: the message was stored, and no app was asked what to answer. Set one with "
               "textbench-cli phone-numbers update, or in the window.")
                .arg(number->phoneNumber));
    } else {
        request(c, WebhookEvent::Kind::Inbound, number->smsUrl, number->smsMethod);
    }
    return Reply::json(201, Json::message(m, m_state.stateOf(m), Account::kAccountSid));
}

FormFields InboundMessages::parameters(const StoredMessage& m) const
{
    FormFields p {
        { QStringLiteral("ToCountry"), PhoneNumbers::check(m.to, PhoneNumbers::Role::To).regionCode },
        { QStringLiteral("FromCountry"), PhoneNumbers::check(m.from, PhoneNumbers::Role::To).regionCode },
        { QStringLiteral("SmsMessageSid"), m.sid },
        { QStringLiteral("NumMedia"), QString::number(m.mediaUrls.size()) },
        { QStringLiteral("SmsSid"), m.sid },
        { QStringLiteral("SmsStatus"), QStringLiteral("received") },
        { QStringLiteral("Body"), m.body },
        { QStringLiteral("To"), m.to },
        { QStringLiteral("NumSegments"), QString::number(m.numSegments) },
        { QStringLiteral("MessageSid"), m.sid },
        { QStringLiteral("AccountSid"), Account::kAccountSid },
        { QStringLiteral("From"), m.from },
        { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
    };
    for (qsizetype i = 0; i < m.mediaUrls.size(); ++i) {
        p.append({ QStringLiteral("MediaUrl%1").arg(i), m.mediaUrls.at(i) });
        p.append({ QStringLiteral("MediaContentType%1").arg(i), Json::contentTypeOf(m.mediaUrls.at(i)) });
    }
    // Only what is known: an empty country (a number libphonenumber places nowhere) is left out.
    p.removeIf([](const auto& field) { return field.second.isEmpty() && field.first.endsWith(u"Country"); });
    return p;
}

void InboundMessages::request(
    const std::shared_ptr<Conversation>& c, WebhookEvent::Kind kind, const QString& url, const QString& method)
{
    WebhookRequest r;
    r.kind = kind;
    r.messageSid = c->messageSid;
    r.url = url;
    r.method = method.isEmpty() ? QStringLiteral("POST") : method;
    r.parameters = c->parameters;
    m_dispatcher.send(r, [this, c](const WebhookEvent& event) { answered(c, event); });
}

void InboundMessages::answered(const std::shared_ptr<Conversation>& c, const WebhookEvent& event)
{
    if (event.outcome == WebhookEvent::Outcome::NotSent)
        return; // said already: not this computer, or not a URL
    if (event.outcome != WebhookEvent::Outcome::Delivered) {
        failed(c, event, 0, {}); // the alert is the request's own
        return;
    }
    if (event.responseTruncated) {
        failed(c, event, 12100,
            tr("The answer is longer than %1 KiB, Twilio's limit for a TwiML document.").arg(Twiml::kMaxBytes / 1024));
        return;
    }
    QByteArray contentType;
    for (const auto& [name, value] : event.responseHeaders) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    const TwimlReply reply = Twiml::read(event.responseBody, contentType);
    for (const auto& [code, text] : reply.warnings)
        m_dispatcher.reportProblem(event.sid, code, text, true);
    if (reply.failed()) {
        failed(c, event, reply.errorCode, reply.problem);
        return;
    }
    sendReplies(c, event, reply);
    if (reply.redirect) {
        if (++c->redirects > kMaxTwimlRedirects) {
            m_dispatcher.reportProblem(
                event.sid, 11215, tr("More than %1 <Redirect>s for one message.").arg(kMaxTwimlRedirects));
            return;
        }
        const QString target = QUrl(event.url).resolved(QUrl(reply.redirect->url)).toString(QUrl::FullyEncoded);
        request(c, WebhookEvent::Kind::Redirect, target, reply.redirect->method);
    }
}

void InboundMessages::failed(
    const std::shared_ptr<Conversation>& c, const WebhookEvent& event, int code, const QString& text)
{
    if (code != 0)
        m_dispatcher.reportProblem(event.sid, code, text);
    // Twilio tries the fallback URL once when the primary's request or TwiML fails.
    if (c->triedFallback || c->number.smsFallbackUrl.isEmpty() || event.kind == WebhookEvent::Kind::Fallback)
        return;
    c->triedFallback = true;
    request(c, WebhookEvent::Kind::Fallback, c->number.smsFallbackUrl, c->number.smsFallbackMethod);
}

void InboundMessages::sendReplies(
    const std::shared_ptr<Conversation>& c, const WebhookEvent& event, const TwimlReply& reply)
{
    const StoredMessage* inbound = m_state.store.find(c->messageSid);
    if (!inbound)
        return; // deleted while the app was thinking
    const QString sender = inbound->from;
    const QString number = inbound->to;
    for (const TwimlMessage& tm : reply.messages) {
        const AddressCheck to = PhoneNumbers::check(tm.to.isEmpty() ? sender : tm.to, PhoneNumbers::Role::To);
        if (!to.isValid()) {
            m_dispatcher.reportProblem(
                event.sid, 14101, tr("<Message to=\"%1\">: not a valid phone number.").arg(tm.to));
            continue;
        }
        const QString from
            = tm.from.isEmpty() ? number : PhoneNumbers::check(tm.from, PhoneNumbers::Role::From).normalized;
        if (!m_state.numbers.findByNumber(from)) {
            m_dispatcher.reportProblem(
                event.sid, 14102, tr("<Message from=\"%1\">: not one of this account's numbers.").arg(tm.from));
            continue;
        }
        QString callback = tm.statusCallback.isEmpty() ? tm.action : tm.statusCallback;
        QString callbackMethod
            = tm.statusCallback.isEmpty() && !tm.method.isEmpty() ? tm.method : QStringLiteral("POST");
        if (!callback.isEmpty()) {
            const QUrl resolved = QUrl(event.url).resolved(QUrl(callback));
            if (!resolved.isValid() || (resolved.scheme() != u"http" && resolved.scheme() != u"https")) {
                m_dispatcher.reportProblem(
                    event.sid, 14105, tr("<Message statusCallback=\"%1\">: not an http or https URL.").arg(callback));
                callback.clear();
            } else {
                callback = resolved.toString(QUrl::FullyEncoded);
            }
        }
        StoredMessage m;
        m.sid = m_state.newSid(tm.mediaUrls.isEmpty() ? QStringLiteral("SM") : QStringLiteral("MM"));
        m.direction = QStringLiteral("outbound-reply");
        m.from = from;
        m.to = to.normalized;
        m.body = tm.body;
        m.mediaUrls = tm.mediaUrls;
        m.numSegments = tm.body.isEmpty() ? 1 : SegmentCalculator::analyze(tm.body, false).segments;
        m.created = m_state.clock.now();
        m.failure = MagicNumbers::deliveryFailureFor(m.to);
        m.statusCallback = callback;
        m.statusCallbackMethod = callbackMethod;
        m_state.store.insert(m);
        m_callbacks.watch(m.sid);
    }
}

} // namespace textbench::sandbox
