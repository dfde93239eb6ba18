// SPDX-License-Identifier: GPL-3.0-or-later
#include "account.h"

#include "api/sid.h"
#include "messages/message.h"

#include <QCoreApplication>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Account)
};
} // namespace

std::optional<Account> Account::fromJson(const QJsonObject& json, QString* problem)
{
    // An account's SID becomes part of every path when it is acted as: its shape, nothing else.
    if (!Sid::hasShape(json.value(u"sid").toString(), { QStringLiteral("AC") })) {
        if (problem)
            *problem = Tr::tr("the account has no \"sid\" (AC and 32 hex digits)");
        return std::nullopt;
    }
    Account a;
    a.raw = json;
    // The account resource carries the account's own Auth Token: it is never kept, shown or logged.
    if (a.raw.contains(u"auth_token"))
        a.raw.insert(QStringLiteral("auth_token"), QStringLiteral("********"));
    a.sid = json.value(u"sid").toString();
    a.friendlyName = json.value(u"friendly_name").toString();
    a.status = json.value(u"status").toString();
    a.type = json.value(u"type").toString();
    a.ownerAccountSid = json.value(u"owner_account_sid").toString();
    a.dateCreated = parseTwilioDate(json.value(u"date_created"));
    return a;
}

} // namespace textbench
