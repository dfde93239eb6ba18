// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxhttp.h"

#include <optional>

namespace textbench::sandbox {

/// \brief Page and PageSize of a list request, checked as Twilio checks them; the page's first item is Page x
/// PageSize (a PageToken is taken as given: these lists are short and change only by growing at the end).
struct Paging
{
    int page = 0;
    int pageSize = 50;
    qsizetype start() const { return qsizetype(page) * pageSize; }

    static constexpr int kMaxPageSize = 1000;
    /// The paging of \a query, or the 400 to answer in \a error.
    static std::optional<Paging> read(const FormFields& query, Reply* error);
};

} // namespace textbench::sandbox
