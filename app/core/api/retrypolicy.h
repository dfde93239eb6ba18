// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace textbench {

/// \brief The time and retry limits of every request.
///
/// Defaults follow the official Node library where it has one (30 s timeout) and DESIGN.md elsewhere.
struct RequestPolicy
{
    /// No byte moved in either direction for this long: abort.
    int inactivityTimeoutMs = 30'000;
    /// A request may take at most this long in all, retries and their waits included.
    int deadlineMs = 60'000;
    /// Responses larger than this are abandoned (a message is a few KiB; a page of 1000 about 1.5 MiB).
    qint64 maxResponseBytes = qint64(8) * 1024 * 1024;
    /// Retries after the first attempt (429 for everything; 503 and connection failures for GET and DELETE).
    int maxRetries = 3;
    /// Exponential backoff: base * 2^(retry-1), capped, with jitter between half and all of it.
    int retryBaseDelayMs = 500;
    int retryMaxDelayMs = 8'000;
    /// A Retry-After above this is not waited for: the error is reported instead.
    int retryAfterCeilingMs = 60'000;
};

namespace RetryPolicy {

/// Parses a Retry-After header: delay-seconds or an HTTP date. Returns nullopt when absent, malformed or
/// negative; a date in the past gives 0.
std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime& now);

/// The backoff before retry number \a retry (1-based): jittered exponential; \a random01 in [0, 1).
int backoffMs(int retry, const RequestPolicy& policy, double random01);

} // namespace RetryPolicy
} // namespace textbench
