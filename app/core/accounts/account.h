// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pageenvelope.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace textbench {

/// \brief The account resource, as the account check (GET /Accounts/{sid}.json) returns it.
struct Account
{
    static constexpr const char* kPageKey = "accounts";
    QString sid;
    QString friendlyName;
    QString status; ///< active, suspended, closed
    QString type; ///< Trial, Full
    /// The parent: the account's own SID for a main account, the parent's for a subaccount.
    QString ownerAccountSid;
    QDateTime dateCreated;
    /// The JSON as sent, but for the account's Auth Token, which is masked.
    QJsonObject raw;

    bool isSubaccount() const { return !ownerAccountSid.isEmpty() && ownerAccountSid != sid; }
    static std::optional<Account> fromJson(const QJsonObject& json, QString* problem = nullptr);
    QJsonObject toJson() const { return raw; }
};

using AccountPage = ItemPage<Account>;

} // namespace textbench
