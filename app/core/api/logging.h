// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace textbench {
// One category per area. Nothing secret is ever logged: no Authorization header, no body of a request.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace textbench
