// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageexport.h"

#include "messagerows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

namespace textbench {

namespace {
// One CSV field (RFC 4180). A cell a spreadsheet would run as a formula (starting with =, @, a tab or a return, or
// with + or - followed by anything but a number) gets a leading apostrophe, so that a message body cannot run
// code in whoever opens the export; phone numbers and prices stay as they are.
QByteArray csvField(const QString& value)
{
    static const QRegularExpression plainNumber(QStringLiteral("^[+-][0-9][0-9 .]*$"));
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        const bool formula = first == u'=' || first == u'@' || first == u'\t' || first == u'\r'
            || ((first == u'+' || first == u'-') && !plainNumber.match(v).hasMatch());
        if (formula)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.startsWith(u'\''))
        v = u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v.toUtf8();
}
} // namespace

QByteArray MessageExport::csv(const MessageRows& rows)
{
    QByteArray out = "sid,date_created,direction,from,to,status,num_segments,price,price_unit,error_code,body\r\n";
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 created = rows.dateCreated(i);
        const int segments = rows.numSegments(i);
        const int error = rows.errorCode(i);
        const QStringList fields { rows.sid(i),
            created != MessageRows::kNoDate ? QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODate)
                                            : QString(),
            rows.direction(i), rows.from(i), rows.to(i), rows.statusText(i),
            segments < 0 ? QString() : QString::number(segments), rows.price(i), rows.priceUnit(i),
            error ? QString::number(error) : QString(), rows.body(i) };
        QByteArrayList cells;
        for (const QString& f : fields)
            cells << csvField(f);
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QByteArray MessageExport::json(const MessageRows& rows)
{
    QJsonArray array;
    for (int i = 0; i < rows.size(); ++i)
        array.append(rows.json(i));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace textbench
