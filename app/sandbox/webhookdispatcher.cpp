// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookdispatcher.h"

#include "sandboxaccount.h"
#include "sandboxstore.h"

#include <QUuid>

#include <utility>

namespace textbench::sandbox {

WebhookDispatcher::WebhookDispatcher(SandboxState& state, WebhookStore& store, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_store(store)
    , m_sender(new WebhookSender)
{
    static const int registered = [] {
        qRegisterMetaType<OutgoingWebhook>();
        qRegisterMetaType<WebhookOutcome>();
        return 0;
    }();
    Q_UNUSED(registered)
    m_thread.setObjectName(QStringLiteral("webhooks"));
    m_sender->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_sender, &QObject::deleteLater);
    connect(this, &WebhookDispatcher::deliver, m_sender, &WebhookSender::send, Qt::QueuedConnection);
    connect(m_sender, &WebhookSender::finished, this, &WebhookDispatcher::finished, Qt::QueuedConnection);
    m_thread.start();
}

WebhookDispatcher::~WebhookDispatcher()
{
    // The sender ends its requests quietly on its own thread (deleteLater on the thread's end).
    m_thread.quit();
    m_thread.wait();
}

WebhookEvent WebhookDispatcher::newEvent(const WebhookRequest& request) const
{
    WebhookEvent e;
    e.sid = m_state.newSid(QStringLiteral("WH"));
    e.kind = request.kind;
    e.messageSid = request.messageSid;
    e.messageStatus = request.messageStatus;
    e.created = m_state.clock.now();
    e.url = request.url;
    e.method = request.method.toUpper();
    e.parameters = request.parameters;
    e.idempotencyToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return e;
}

QString WebhookDispatcher::send(const WebhookRequest& request, Done done)
{
    QString sid = m_store.add(newEvent(request)).sid;
    startInLane(sid, std::move(done));
    return sid;
}

void WebhookDispatcher::startInLane(const QString& eventSid, Done done)
{
    const WebhookEvent& e = *m_store.event(eventSid);
    if (e.kind == WebhookEvent::Kind::StatusCallback && !e.messageSid.isEmpty()) {
        if (m_laneHolder.contains(e.messageSid)) {
            m_lanes[e.messageSid].append({ eventSid, std::move(done) });
            Q_EMIT eventChanged(eventSid);
            return;
        }
        m_laneHolder.insert(e.messageSid, eventSid);
    }
    start(eventSid, std::move(done));
}

void WebhookDispatcher::releaseLane(const QString& messageSid, const QString& eventSid)
{
    const auto holder = m_laneHolder.constFind(messageSid);
    if (holder == m_laneHolder.cend() || *holder != eventSid)
        return;
    // The message's next status callback, if one is waiting, goes now (one the record dropped meanwhile, not).
    m_laneHolder.remove(messageSid);
    QList<std::pair<QString, Done>> waiting = m_lanes.take(messageSid);
    while (!waiting.isEmpty()) {
        auto [next, nextDone] = waiting.takeFirst();
        if (!m_store.event(next))
            continue;
        m_laneHolder.insert(messageSid, next);
        if (!waiting.isEmpty())
            m_lanes.emplace(messageSid, std::move(waiting));
        start(next, std::move(nextDone));
        return;
    }
}

QString WebhookDispatcher::recordNotSent(const WebhookRequest& request, const QString& explanation)
{
    WebhookEvent e = newEvent(request);
    e.outcome = WebhookEvent::Outcome::NotSent;
    e.explanation = explanation;
    QString sid = m_store.add(std::move(e)).sid;
    Q_EMIT eventChanged(sid);
    return sid;
}

void WebhookDispatcher::reportProblem(const QString& eventSid, int code, const QString& text, bool warning)
{
    WebhookEvent* e = m_store.event(eventSid);
    if (!e)
        return;
    const QString alert = raiseAlert(*e, code, text, warning ? QStringLiteral("warning") : QStringLiteral("error"));
    if (!warning) {
        e->outcome = WebhookEvent::Outcome::Failed;
        e->errorCode = code;
        e->explanation = text;
        e->alertSid = alert;
    }
    Q_EMIT eventChanged(eventSid);
    Q_EMIT alertRaised(alert);
}

bool WebhookDispatcher::resend(const QString& eventSid, Done done)
{
    WebhookEvent* e = m_store.event(eventSid);
    if (!e || e->outcome == WebhookEvent::Outcome::Pending)
        return false;
    ++e->resends;
    e->outcome = WebhookEvent::Outcome::Pending;
    e->attempts = 0;
    e->responseStatus = 0;
    e->responseHeaders.clear();
    e->responseBody.clear();
    e->responseTruncated = false;
    e->latencyMs = -1;
    e->errorCode = 0;
    e->explanation.clear();
    e->alertSid.clear();
    startInLane(eventSid, std::move(done)); // behind the message's other callbacks, if one is in flight
    return true;
}

void WebhookDispatcher::start(const QString& eventSid, Done done)
{
    WebhookEvent& e = *m_store.event(eventSid);
    m_pending.emplace(eventSid, std::move(done));
    Q_EMIT eventChanged(eventSid);

    const QUrl configured(e.url, QUrl::StrictMode);
    if (!configured.isValid() || configured.isRelative() || configured.host().isEmpty()
        || (configured.scheme() != u"http" && configured.scheme() != u"https")) {
        end(eventSid, WebhookEvent::Outcome::NotSent, 11321,
            tr("\"%1\" is not an absolute http or https URL, so it was not requested.").arg(e.url.left(300)));
        return;
    }
    if (e.method != u"GET" && e.method != u"POST") {
        end(eventSid, WebhookEvent::Outcome::NotSent, 11322,
            tr("The method \"%1\" is neither GET nor POST, so it was not requested.").arg(e.method.left(20)));
        return;
    }
    if (!isLocalHost(configured.host())) {
        end(eventSid, WebhookEvent::Outcome::NotSent, 11210,
            tr("Not sent: the sandbox calls only this computer (127.0.0.1, ::1, localhost), and %1 is another host. "
               "Nothing it does leaves this machine; to reach that host, use your Twilio account.")
                .arg(configured.host()));
        return;
    }
    OutgoingWebhook request;
    request.eventSid = eventSid;
    request.url = configured.adjusted(QUrl::RemoveFragment);
    request.limits = ConnectionOverrides::fromFragment(configured.fragment());
    request.method = e.method.toLatin1();
    request.parameters = e.parameters;
    // Signed with the Auth Token of the account the event belongs to, as Twilio signs a subaccount's with its own.
    request.authToken = Account::authTokenOf(FormEncoding::value(e.parameters, QStringLiteral("AccountSid")));
    request.idempotencyToken = e.idempotencyToken;
    request.lane = qHash(e.messageSid);
    Q_EMIT deliver(request);
}

void WebhookDispatcher::finished(const WebhookOutcome& o)
{
    WebhookEvent* e = m_store.event(o.eventSid);
    if (!e) {
        // Dropped from the record meanwhile (a very long run): its lane, if it held one, goes on to the next.
        m_pending.remove(o.eventSid);
        QString messageSid; // a copy of the key: releaseLane() removes the entry
        for (auto it = m_laneHolder.cbegin(); it != m_laneHolder.cend() && messageSid.isEmpty(); ++it) {
            if (*it == o.eventSid)
                messageSid = it.key();
        }
        if (!messageSid.isEmpty())
            releaseLane(messageSid, o.eventSid);
        return;
    }
    e->url = o.url;
    e->method = QString::fromLatin1(o.method);
    e->signedData = o.signedData;
    e->signature = o.signature;
    e->requestHeaders = o.requestHeaders;
    e->attempts = o.attempts;
    e->responseStatus = o.responseStatus;
    e->responseHeaders = o.responseHeaders;
    e->responseBody = o.responseBody.left(WebhookEvent::kKeptBody);
    e->responseTruncated = o.responseTruncated;
    e->latencyMs = o.latencyMs;
    const WebhookEvent::Outcome outcome = o.kind == WebhookOutcome::Kind::Delivered ? WebhookEvent::Outcome::Delivered
        : o.kind == WebhookOutcome::Kind::NotSent                                   ? WebhookEvent::Outcome::NotSent
                                                                                    : WebhookEvent::Outcome::Failed;
    end(o.eventSid, outcome, o.errorCode, o.explanation);
}

QString WebhookDispatcher::raiseAlert(const WebhookEvent& e, int code, const QString& text, const QString& level)
{
    const auto encoded = [](const QList<std::pair<QByteArray, QByteArray>>& headers) {
        FormFields fields;
        for (const auto& [name, value] : headers)
            fields.append({ QString::fromLatin1(name), QString::fromLatin1(value) });
        return QString::fromUtf8(FormEncoding::encode(fields));
    };
    StoredAlert a;
    a.sid = m_state.newSid(QStringLiteral("NO"));
    a.errorCode = code;
    a.logLevel = level;
    a.alertText = text;
    a.resourceSid = e.messageSid;
    a.requestMethod = e.method;
    a.requestUrl = e.url;
    a.requestVariables = QString::fromUtf8(FormEncoding::encode(e.parameters));
    a.requestHeaders = encoded(e.requestHeaders);
    a.responseHeaders = encoded(e.responseHeaders);
    a.responseBody = QString::fromUtf8(e.responseBody);
    a.created = m_state.clock.now();
    return m_store.addAlert(a).sid;
}

void WebhookDispatcher::end(
    const QString& eventSid, WebhookEvent::Outcome outcome, int errorCode, const QString& explanation)
{
    WebhookEvent& e = *m_store.event(eventSid);
    e.outcome = outcome;
    e.errorCode = errorCode;
    e.explanation = explanation;
    if (e.latencyMs < 0)
        e.latencyMs = 0;
    if (errorCode != 0)
        e.alertSid = raiseAlert(e, errorCode, explanation, QStringLiteral("error"));
    const WebhookEvent copy = e; // the store may move on while callbacks run
    Done done = m_pending.take(eventSid);
    releaseLane(copy.messageSid, eventSid);
    Q_EMIT eventChanged(copy.sid);
    if (!copy.alertSid.isEmpty())
        Q_EMIT alertRaised(copy.alertSid);
    if (done)
        done(copy);
}

} // namespace textbench::sandbox
