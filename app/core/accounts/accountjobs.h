// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
#include "api/pagejob.h"
#include "api/resourcejob.h"

namespace textbench {

/// \brief GET /Accounts/{sid}.json: the account check that tests a profile.
class FetchAccountJob : public ResourceJob<Account>
{
    Q_OBJECT
public:
    explicit FetchAccountJob(ApiClient* client);
    ApiRequest firstRequest() const override;
    const Account& account() const { return result(); }
};

/// \brief GET /2010-04-01/Accounts.json: the account the credentials belong to and its subaccounts (what a parent's
/// credentials may act as).
class ListAccountsJob : public PageJob<AccountPage>
{
    Q_OBJECT
public:
    ListAccountsJob(ApiClient* client, int limit, int pageSize = 50);
    /// Twilio's filters: a friendly name, and active, suspended or closed.
    void setFilter(const QString& friendlyName, const QString& status);

Q_SIGNALS:
    void accountsArrived(const QList<textbench::Account>& accounts);

protected:
    ApiRequest firstPageRequest() const override;
    QString validateQuery() override;
    void pageArrived(const AccountPage&, const QList<Account>& items) override { Q_EMIT accountsArrived(items); }

private:
    int m_pageSize;
    QString m_friendlyName;
    QString m_status;
};

} // namespace textbench
