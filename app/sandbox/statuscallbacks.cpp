// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscallbacks.h"

#include "sandboxaccount.h"
#include "sandboxstore.h"
#include "webhookdispatcher.h"

#include <QLocale>

#include <tuple>

namespace textbench::sandbox {

StatusCallbacks::StatusCallbacks(SandboxState& state, WebhookDispatcher& dispatcher, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_dispatcher(dispatcher)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StatusCallbacks::processDue);
}

std::pair<QString, QString> StatusCallbacks::callbackOf(const StoredMessage& m) const
{
    if (!m.statusCallback.isEmpty())
        return { m.statusCallback, m.statusCallbackMethod };
    // Sent through the Messaging Service, with no StatusCallback of its own: the service's as it is when the message
    // is created (a later change applies to later messages), POSTed.
    if (!m.messagingServiceSid.isEmpty() && m.messagingServiceSid == m_state.service.sid)
        return { m_state.service.statusCallback, QStringLiteral("POST") };
    return {};
}

void StatusCallbacks::watch(const QString& sid)
{
    const StoredMessage* m = m_state.store.find(sid);
    if (!m || m_watched.contains(sid))
        return;
    Watched w;
    std::tie(w.url, w.method) = callbackOf(*m);
    if (w.url.isEmpty())
        return;
    // The status it was created in is never called back: only the changes after it.
    w.lastStatus = m_state.stateOf(*m).status;
    w.points = Lifecycle::changePoints(*m, m_state.speed);
    schedule(sid, m_watched.insert(sid, w).value());
}

void StatusCallbacks::changedNow(const QString& sid)
{
    auto it = m_watched.find(sid);
    const StoredMessage* m = m_state.store.find(sid);
    if (it == m_watched.end() || !m)
        return;
    check(*m, it.value(), m_state.clock.now());
    if (m_state.stateOf(*m).isFinal)
        m_watched.erase(it);
}

void StatusCallbacks::speedChanged()
{
    m_due.clear();
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if (const StoredMessage* m = m_state.store.find(it.key())) {
            it->points = Lifecycle::changePoints(*m, m_state.speed);
            it->next = 0;
            schedule(it.key(), it.value());
        }
    }
    armTimer();
}

void StatusCallbacks::schedule(const QString& sid, Watched& w)
{
    // The next time this message may change that lies ahead of what was already checked.
    if (w.next < w.points.size())
        m_due.emplace(w.points.at(w.next), sid);
    armTimer();
}

void StatusCallbacks::armTimer()
{
    if (m_due.empty() || m_state.clock.isManual()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_state.clock.now().msecsTo(m_due.begin()->first));
    m_timer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
}

void StatusCallbacks::processDue()
{
    const QDateTime now = m_state.clock.now();
    while (!m_due.empty() && m_due.begin()->first <= now) {
        const auto [at, sid] = *m_due.begin();
        m_due.erase(m_due.begin());
        auto it = m_watched.find(sid);
        const StoredMessage* m = m_state.store.find(sid);
        if (it == m_watched.end() || !m) {
            m_watched.remove(sid); // deleted meanwhile: nothing more to say
            continue;
        }
        Watched& w = it.value();
        if (w.next < w.points.size() && w.points.at(w.next) == at) {
            check(*m, w, at);
            ++w.next;
        }
        if (w.next < w.points.size()) {
            m_due.emplace(w.points.at(w.next), sid);
        } else {
            check(*m, w, now); // a change the points did not foresee
            m_watched.erase(it);
        }
    }
    armTimer();
}

void StatusCallbacks::check(const StoredMessage& m, Watched& w, const QDateTime& at)
{
    const Lifecycle::State state = Lifecycle::at(m, at, m_state.speed);
    if (state.status == w.lastStatus)
        return;
    w.lastStatus = state.status;
    FormFields p {
        { QStringLiteral("AccountSid"), m.owner() },
        { QStringLiteral("ApiVersion"), QStringLiteral("2010-04-01") },
        { QStringLiteral("From"), m.from },
        { QStringLiteral("MessageSid"), m.sid },
        { QStringLiteral("MessageStatus"), state.status },
        { QStringLiteral("SmsSid"), m.sid },
        { QStringLiteral("SmsStatus"), state.status },
        { QStringLiteral("To"), m.to },
    };
    if (!m.messagingServiceSid.isEmpty())
        p.append({ QStringLiteral("MessagingServiceSid"), m.messagingServiceSid });
    if (state.errorCode)
        p.append({ QStringLiteral("ErrorCode"), QString::number(*state.errorCode) });
    if (state.status == u"delivered" || state.status == u"undelivered") {
        // The carrier's delivery receipt time, as SMS callbacks carry it: YYMMDDhhmm, no zone.
        p.append({ QStringLiteral("RawDlrDoneDate"), QLocale::c().toString(state.dateUpdated, u"yyMMddHHmm") });
    }
    WebhookRequest r;
    r.kind = WebhookEvent::Kind::StatusCallback;
    r.messageSid = m.sid;
    r.messageStatus = state.status;
    r.url = w.url;
    r.method = w.method;
    r.parameters = p;
    m_dispatcher.send(r);
}

} // namespace textbench::sandbox
