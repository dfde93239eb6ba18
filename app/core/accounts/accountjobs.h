// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "account.h"
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

} // namespace textbench
