// SPDX-License-Identifier: GPL-3.0-or-later
#include "twiliodate.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <optional>

namespace textbench {

namespace {
constexpr const char* kWeekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
constexpr const char* kMonths[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
constexpr qint64 kMSecsPerDay = 86'400'000;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's days_from_civil/civil_from_days).
constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146'097 + doe - 719'468;
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return { yoe + era * 400 + (m <= 2), m, d };
}
static_assert(daysFromCivil(1970, 1, 1) == 0 && daysFromCivil(2023, 8, 24) == 19'593);
static_assert(
    civilFromDays(19'593).year == 2023 && civilFromDays(19'593).month == 8 && civilFromDays(19'593).day == 24);

// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
constexpr int weekdayIndex(qint64 days)
{
    const qint64 w = (days + 3) % 7;
    return int(w < 0 ? w + 7 : w);
}

// "Thu, 24 Aug 2023 05:01:45 +0000" exactly as Twilio writes it, read by hand: a log of a hundred thousand messages
// has three hundred thousand of them, and QDateTime::fromString takes microseconds each. Anything else (another
// offset, a weekday that does not match, a two-digit year) is left to Qt's parser.
std::optional<qint64> fastTwilioMSecs(QStringView s)
{
    if (s.size() != 31 || s[3] != u',' || s[4] != u' ' || s[7] != u' ' || s[11] != u' ' || s[16] != u' '
        || s[19] != u':' || s[22] != u':' || s.sliced(25) != u" +0000")
        return std::nullopt;
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = s[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int day = number(5, 2);
    const int year = number(12, 4);
    const int hour = number(17, 2);
    const int minute = number(20, 2);
    const int second = number(23, 2);
    int month = 0;
    for (int i = 0; i < 12 && month == 0; ++i) {
        if (s.sliced(8, 3) == QLatin1StringView(kMonths[i]))
            month = i + 1;
    }
    if (!digits || month == 0 || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    if (s.first(3) != QLatin1StringView(kWeekdays[weekdayIndex(days)]))
        return std::nullopt;
    return days * kMSecsPerDay + ((hour * 60 + minute) * 60 + second) * qint64(1000);
}
} // namespace

QString formatTwilioDate(qint64 msecs)
{
    const qint64 days = msecs >= 0 ? msecs / kMSecsPerDay : (msecs - kMSecsPerDay + 1) / kMSecsPerDay;
    const Civil c = civilFromDays(days);
    if (c.year < 1 || c.year > 9999)
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::RFC2822Date);
    const qint64 secondOfDay = (msecs - days * kMSecsPerDay) / 1000;
    char text[32];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    // A fixed-width field, not a C string: copied by length.
    std::copy_n(kWeekdays[weekdayIndex(days)], 3, text);
    std::copy_n(", ", 2, text + 3);
    put(5, c.day, 2);
    text[7] = ' ';
    std::copy_n(kMonths[c.month - 1], 3, text + 8);
    text[11] = ' ';
    put(12, c.year, 4);
    text[16] = ' ';
    put(17, secondOfDay / 3600, 2);
    text[19] = ':';
    put(20, secondOfDay / 60 % 60, 2);
    text[22] = ':';
    put(23, secondOfDay % 60, 2);
    std::copy_n(" +0000", 6, text + 25);
    return QString::fromLatin1(text, 31);
}

QDateTime parseTwilioDate(const QJsonValue& value, bool* twilioForm)
{
    bool ignored = false;
    if (!twilioForm)
        twilioForm = &ignored;
    *twilioForm = value.isNull();
    if (!value.isString())
        return {};
    const QString text = value.toString();
    if (const std::optional<qint64> ms = fastTwilioMSecs(text)) {
        *twilioForm = true;
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt;
}

} // namespace textbench
