// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace textbench {

/// \brief The account resource, as the account check (GET /Accounts/{sid}.json) returns it.
struct Account
{
    QString sid;
    QString friendlyName;
    QString status; ///< active, suspended, closed
    QString type; ///< Trial, Full
    QDateTime dateCreated;
    /// The JSON as sent, but for the account's Auth Token, which is masked.
    QJsonObject raw;

    static std::optional<Account> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
