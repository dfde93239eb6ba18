// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountjobs.h"

namespace textbench {

FetchAccountJob::FetchAccountJob(ApiClient* client)
    : ResourceJob(client)
{ }

ApiRequest FetchAccountJob::firstRequest() const
{
    return accountRequest("GET", QStringLiteral(".json"), QStringLiteral("accounts.fetch"));
}

} // namespace textbench
