// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace textbench {

/// \brief The parameters of a message create, with every field Twilio documents.
///
/// toForm() writes them in the order the official Node library does; normalize() checks and normalises them
/// before anything is sent, with Twilio's own rules, so a typo gets an immediate, precise answer.
struct CreateMessageParams
{
    static constexpr int kMaxBodyCharacters = 1600;
    static constexpr int kMaxMediaUrls = 10;

    QString to;
    QString from;
    QString messagingServiceSid;
    std::optional<QString> body;
    QStringList mediaUrls;
    QString contentSid;
    QString contentVariables;
    QString statusCallback;
    QString applicationSid;
    QString maxPrice;
    std::optional<bool> provideFeedback;
    std::optional<int> attempt;
    std::optional<int> validityPeriod;
    std::optional<bool> forceDelivery;
    QString contentRetention;
    QString addressRetention;
    std::optional<bool> smartEncoded;
    QStringList persistentActions;
    QString trafficType;
    std::optional<bool> shortenUrls;
    QString scheduleType;
    QDateTime sendAt;
    std::optional<bool> sendAsMms;
    QString riskCheck;

    /// Checks every field and normalises To/From to E.164; returns what is wrong (empty when all is well).
    /// \a now is the reference for SendAt's scheduling window.
    QString normalize(const QDateTime& now = QDateTime::currentDateTimeUtc(), const QString& defaultRegion = {});
    /// What normalize() accepted with a doubt (a number outside the phone data's known ranges).
    QStringList warnings;

    FormFields toForm() const;
};

/// \brief The filters of the message list.
struct MessageListFilter
{
    static constexpr int kMaxPageSize = 1000;

    QString to;
    QString from;
    /// YYYY-MM-DD, or an ISO 8601 date-time; passed on as given, as the official libraries do.
    QString dateSent;
    QString dateSentBefore;
    QString dateSentAfter;
    /// 0 = let the limit or Twilio decide.
    int pageSize = 0;

    QString normalize();
    /// The query of the first page. \a limit (0 = none) sets PageSize when pageSize is not set.
    FormFields toQuery(int limit) const;
};

/// Formats a date-time as Twilio wants it in a request: "2026-11-27T10:00:00Z".
QString toTwilioDateTime(const QDateTime& dt);

} // namespace textbench
