// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace textbench::sandbox {

/// \brief A request the sandbox made to the developer's app (a status callback, an inbound message's SMS URL, its
/// fallback, a <Redirect>), with everything sent and received: what the window's Webhooks panel, textbench-cli
/// and the tests read. A Textbench record, not a Twilio resource (Twilio keeps only the failures, as alerts).
struct WebhookEvent
{
    enum class Kind { StatusCallback, Inbound, Fallback, Redirect };
    /// How it ended: answered 2xx, failed (an alert says why), or never sent (no URL, or not this computer).
    enum class Outcome { Pending, Delivered, Failed, NotSent };

    QString sid; ///< WH + 32 hex digits
    Kind kind = Kind::StatusCallback;
    QString messageSid; ///< the message it is about
    QString messageStatus; ///< a status callback's MessageStatus
    QDateTime created;
    QString url; ///< as configured (its #fragment of connection overrides included)
    QString method = QStringLiteral("POST");
    FormFields parameters;
    QList<std::pair<QByteArray, QByteArray>> requestHeaders;
    /// The exact string that was signed, and the signature (X-Twilio-Signature).
    QByteArray signedData;
    QString signature;
    QString idempotencyToken;
    int attempts = 0; ///< connection attempts (retries after a failed connect included)
    int resends = 0; ///< times sent again from the window or the CLI
    int responseStatus = 0; ///< 0: no HTTP answer
    QList<std::pair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody; ///< at most kKeptBody bytes
    bool responseTruncated = false;
    qint64 latencyMs = -1;
    Outcome outcome = Outcome::Pending;
    int errorCode = 0; ///< the alert's code, or 0
    QString explanation; ///< what happened, in words
    QString alertSid;

    static constexpr qsizetype kKeptBody = qsizetype(64) * 1024;

    static QString kindName(Kind kind);
    static QString outcomeName(Outcome outcome);
};

/// \brief A Monitor alert (monitor.twilio.com/v1/Alerts): a webhook failure as Twilio's debugger keeps it.
struct StoredAlert
{
    QString sid; ///< NO + 32 hex digits
    int errorCode = 0;
    QString logLevel = QStringLiteral("error"); ///< error, warning
    QString alertText;
    QString resourceSid; ///< the message
    QString serviceSid;
    QString requestMethod;
    QString requestUrl;
    QString requestVariables; ///< the form, encoded
    QString requestHeaders;
    QString responseHeaders;
    QString responseBody;
    QDateTime created;
};

/// \brief The sandbox's webhook events and alerts, newest last.
class WebhookStore
{
public:
    /// Keeps at most this many events (and alerts): the oldest go first.
    static constexpr qsizetype kMaxKept = 20'000;

    WebhookEvent& add(WebhookEvent event);
    WebhookEvent* event(const QString& sid);
    const QList<WebhookEvent>& events() const { return m_events; }

    const StoredAlert& addAlert(const StoredAlert& alert);
    const StoredAlert* alert(const QString& sid) const;
    const QList<StoredAlert>& alerts() const { return m_alerts; }

private:
    QList<WebhookEvent> m_events;
    QList<StoredAlert> m_alerts;
};

} // namespace textbench::sandbox

// Every member is a relocatable Qt value: the store's lists move them with memmove when they grow or slide (a full
// store drops its oldest event for each new one).
Q_DECLARE_TYPEINFO(textbench::sandbox::WebhookEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(textbench::sandbox::StoredAlert, Q_RELOCATABLE_TYPE);
