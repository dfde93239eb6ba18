// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pageenvelope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace textbench {

/// \brief A Monitor alert (monitor.twilio.com/v1/Alerts): Twilio's debugger's record of something that went wrong,
/// most often a request Twilio made to the account's app (a webhook). The list gives the summary; a fetch adds the
/// request and the response.
struct Alert
{
    QString sid; ///< NO…
    int errorCode = 0;
    QString logLevel; ///< error, warning, notice, debug
    QString alertText;
    QString moreInfo;
    QString requestMethod;
    QString requestUrl;
    QString requestVariables; ///< the form that was sent, encoded
    QString requestHeaders;
    QString responseHeaders;
    QString responseBody;
    QString resourceSid; ///< the message (or call) it is about
    QString serviceSid;
    QDateTime dateCreated;
    QJsonObject raw;

    static std::optional<Alert> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
    /// Twilio's alert_text is often a URL-encoded form ("Msg=…&sourceComponent=…"): the readable part of it.
    QString readableText() const;
};

/// \brief A v1 page of alerts.
struct AlertPage : PageEnvelope
{
    using Item = Alert;
    QList<Alert> alerts;
    const QList<Alert>& items() const { return alerts; }
    static std::optional<AlertPage> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
