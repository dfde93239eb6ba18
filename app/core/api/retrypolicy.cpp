// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"


#include <QLocale>

#include <algorithm>
#include <cmath>

namespace textbench::RetryPolicy {

std::optional<qint64> parseRetryAfterMs(QByteArrayView value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed().toByteArray();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = true;
    for (char c : trimmed)
        isNumber = isNumber && c >= '0' && c <= '9';
    if (isNumber) {
        // Cap absurd values before multiplying, so 99999999999999 does not overflow.
        if (trimmed.size() > 9)
            return qint64(999'999'999) * 1000;
        return trimmed.toLongLong() * 1000;
    }
    // HTTP-date: RFC 9110 asks recipients to accept all three forms. IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT")
    // goes through Qt's RFC 2822 parser; the obsolete RFC 850 and asctime forms through fixed formats.
    QString text = QString::fromLatin1(trimmed).simplified();
    if (text.endsWith(u" GMT") || text.endsWith(u" UTC"))
        text = text.chopped(4) + u" +0000";
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        const QLocale c = QLocale::c();
        // RFC 850: "Wednesday, 21-Oct-15 07:28:00 GMT". The weekday is dropped before parsing: Qt checks it against
        // the date, and the two-digit year is read as 19yy first.
        when = c.toDateTime(text.section(QStringLiteral(", "), 1), QStringLiteral("dd-MMM-yy HH:mm:ss '+0000'"));
        if (when.isValid() && when.date().year() < 1970) // RFC 9110: a two-digit year is in the recent past
            when = when.addYears(100);
        if (!when.isValid())
            when = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy")); // asctime
        if (when.isValid())
            when.setTimeSpec(Qt::UTC);
    }
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}

int backoffMs(int retry, const RequestPolicy& policy, double random01)
{
    const double exponential = policy.retryBaseDelayMs * std::pow(2.0, std::clamp(retry - 1, 0, 20));
    const double capped = std::min<double>(exponential, policy.retryMaxDelayMs);
    const double jittered = capped / 2.0 + capped / 2.0 * std::clamp(random01, 0.0, 1.0);
    return int(std::lround(jittered));
}

} // namespace textbench::RetryPolicy
