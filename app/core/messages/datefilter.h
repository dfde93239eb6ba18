// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace textbench {

/// \brief A DateSent filter of the message list as Twilio reads it: a day ("2026-11-27", compared by the day) or an
/// instant (an ISO 8601 date-time, compared to the second). The list job checks it; the sandbox applies it.
struct DateFilter
{
    QDate date;
    QDateTime dateTime;

    /// Invalid for anything that is neither.
    static DateFilter parse(const QString& text);
    bool isValid() const { return date.isValid() || dateTime.isValid(); }
    /// The filter as a day: an instant becomes its UTC day. What DateSent= (sent on) means when a library sends
    /// the day as a date-time (twilio-node writes a Date as "2026-12-02T00:00:00Z").
    DateFilter asDay() const
    {
        DateFilter f;
        f.date = date.isValid() ? date : dateTime.toUTC().date();
        return f;
    }
    /// -1 when \a sent is before the filter's day or instant, 0 on it, 1 after.
    int compare(const QDateTime& sent) const;
};

} // namespace textbench
