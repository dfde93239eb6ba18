// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookstore.h"

#include <utility>

namespace textbench::sandbox {

QString WebhookEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::StatusCallback:
        return QStringLiteral("status-callback");
    case Kind::Inbound:
        return QStringLiteral("inbound");
    case Kind::Fallback:
        return QStringLiteral("fallback");
    case Kind::Redirect:
        return QStringLiteral("redirect");
    }
    return {};
}

QString WebhookEvent::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Delivered:
        return QStringLiteral("delivered");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::NotSent:
        return QStringLiteral("not-sent");
    }
    return {};
}

WebhookEvent& WebhookStore::add(WebhookEvent event)
{
    if (m_events.size() >= kMaxKept)
        m_events.removeFirst();
    m_events.append(std::move(event));
    return m_events.last();
}

WebhookEvent* WebhookStore::event(const QString& sid)
{
    // Newest first: the one asked for is usually recent.
    for (auto it = m_events.rbegin(); it != m_events.rend(); ++it) {
        if (it->sid == sid)
            return &*it;
    }
    return nullptr;
}

const StoredAlert& WebhookStore::addAlert(const StoredAlert& alert)
{
    if (m_alerts.size() >= kMaxKept)
        m_alerts.removeFirst();
    m_alerts.append(alert);
    return m_alerts.last();
}

const StoredAlert* WebhookStore::alert(const QString& sid) const
{
    for (auto it = m_alerts.crbegin(); it != m_alerts.crend(); ++it) {
        if (it->sid == sid)
            return &*it;
    }
    return nullptr;
}

} // namespace textbench::sandbox
