// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefilter.h"

#include <QRegularExpression>

namespace textbench {

DateFilter DateFilter::parse(const QString& text)
{
    DateFilter f;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch())
        f.date = QDate::fromString(text, Qt::ISODate);
    else
        f.dateTime = QDateTime::fromString(text, Qt::ISODate);
    return f;
}

int DateFilter::compare(const QDateTime& sent) const
{
    if (date.isValid()) {
        const QDate d = sent.toUTC().date();
        return d < date ? -1 : d > date ? 1 : 0;
    }
    const QDateTime t = dateTime.toUTC();
    return sent < t ? -1 : sent > t ? 1 : 0;
}

} // namespace textbench
