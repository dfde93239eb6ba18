// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxpaging.h"

namespace textbench::sandbox {

std::optional<Paging> Paging::read(const FormFields& query, Reply* error)
{
    Paging p;
    if (const QString v = FormEncoding::value(query, QStringLiteral("PageSize")); !v.isEmpty()) {
        bool ok = false;
        p.pageSize = v.toInt(&ok);
        if (!ok || p.pageSize < 1 || p.pageSize > kMaxPageSize) {
            *error = Reply::error(400, 20001, QStringLiteral("PageSize must be between 1 and %1.").arg(kMaxPageSize));
            return std::nullopt;
        }
    }
    if (const QString v = FormEncoding::value(query, QStringLiteral("Page")); !v.isEmpty()) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < 0 || n > 1'000'000) {
            *error = Reply::error(400, 20001, QStringLiteral("Page must be a whole number from 0 to 1000000."));
            return std::nullopt;
        }
        p.page = int(n);
    }
    return p;
}

} // namespace textbench::sandbox
