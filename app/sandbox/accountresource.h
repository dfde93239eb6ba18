// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"
#include "sandboxjson.h"

namespace textbench::sandbox {

/// \brief /2010-04-01/Accounts/{AccountSid}.json: the account check.
class AccountResource
{
public:
    Reply fetch(const Request&) const { return Reply::json(200, Json::account()); }
};

} // namespace textbench::sandbox
