// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After: RetryPolicy::parseRetryAfterMs(bytes, a fixed now), and the backoff it feeds.
#include "fuzzcommon.h"

#include "api/retrypolicy.h"


using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 1024)
        return 0;
    // 2015-10-21 07:00:00 UTC: 28 minutes before the RFC's example date.
    static const QDateTime now(QDate(2015, 10, 21), QTime(7, 0), Qt::UTC);
    const QByteArray value = fuzz::bytes(data, size);

    const std::optional<qint64> ms = RetryPolicy::parseRetryAfterMs(value, now);
    FUZZ_CHECK(!ms || *ms >= 0);
    FUZZ_CHECK(RetryPolicy::parseRetryAfterMs(value, now) == ms); // pure

    const QByteArray trimmed = value.trimmed();
    bool digits = !trimmed.isEmpty();
    for (char c : trimmed)
        digits = digits && c >= '0' && c <= '9';
    if (trimmed.isEmpty()) {
        FUZZ_CHECK(!ms);
    } else if (digits) {
        // delay-seconds: exact below a billion seconds, capped above.
        FUZZ_CHECK(ms);
        if (trimmed.size() <= 9)
            FUZZ_CHECK(*ms == trimmed.toLongLong() * 1000);
        else
            FUZZ_CHECK(*ms == qint64(999'999'999) * 1000);
    } else if (trimmed.startsWith('-') && trimmed.size() > 1) {
        bool negative = true;
        for (char c : trimmed.mid(1))
            negative = negative && c >= '0' && c <= '9';
        if (negative)
            FUZZ_CHECK(!ms); // negative: refused
    }

    // The backoff the retry loop computes next to it.
    if (size >= 2) {
        const RequestPolicy policy;
        const int retry = int(data[0]) - 16;
        const double random = double(data[1]) / 256.0;
        const int backoff = RetryPolicy::backoffMs(retry, policy, random);
        FUZZ_CHECK(backoff >= policy.retryBaseDelayMs / 2 && backoff <= policy.retryMaxDelayMs);
    }
    return 0;
}
