// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace textbench {

/// \brief Message Feedback (/Messages/{SM…}/Feedback.json): whether the person the message went to acted on it (an
/// OTP entered, a link opened): `confirmed` or `unconfirmed`. Twilio uses it to tune delivery.
struct MessageFeedback
{
    QString messageSid;
    QString outcome; ///< confirmed, unconfirmed
    QDateTime dateCreated;
    QJsonObject raw;

    static bool isOutcome(const QString& outcome) { return outcome == u"confirmed" || outcome == u"unconfirmed"; }
    static std::optional<MessageFeedback> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

} // namespace textbench
