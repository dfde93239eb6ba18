// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace textbench {
Q_LOGGING_CATEGORY(lcApi, "textbench.api", QtWarningMsg)
} // namespace textbench
