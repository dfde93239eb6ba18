// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "api/errorcatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace textbench::cli::Output {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::cli::Output)
};

const QString kNone = QStringLiteral("—");

QString orNone(const QString& s)
{
    return s.isEmpty() ? kNone : printable(s);
}
QString count(int n)
{
    return n < 0 ? kNone : QString::number(n);
}

QString fit(const QString& s, int width);
} // namespace

// Control characters would redraw the terminal; show them escaped.
QString printable(const QString& s, NewlineMode newlines)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'\n' && newlines == EscapeNewlines)
            out += QStringLiteral("\\n");
        else if (c == u'\t')
            out += QStringLiteral("\\t");
        else if (c.category() == QChar::Other_Control && c != u'\n')
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

namespace {
QString fit(const QString& s, int width)
{
    const QString p = printable(s);
    return p.size() <= width ? p : p.left(width - 1) + QChar(0x2026);
}
} // namespace

QByteArray requestJson(const QJsonObject& description)
{
    const auto compact = [](const QJsonValue& v) {
        return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    };
    QByteArrayList members;
    for (const char* key : { "method", "url", "headers", "form", "body" }) {
        const QJsonValue value = description.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        QByteArray member = "  \"" + QByteArray(key) + "\": ";
        if (value.isArray()) {
            QByteArrayList pairs;
            for (const QJsonValue pair : value.toArray())
                pairs << "    " + compact(pair);
            member += "[\n" + pairs.join(",\n") + "\n  ]";
        } else {
            member += compact(value);
        }
        members << member;
    }
    return "{\n" + members.join(",\n") + "\n}\n";
}

QString dateTime(const QDateTime& dt)
{
    return dt.isValid() ? dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : kNone;
}

QString messageDetails(const Message& m)
{
    QList<QPair<QString, QString>> rows {
        { Tr::tr("SID"), printable(m.sid) },
        { Tr::tr("Status"), orNone(m.statusText) },
        { Tr::tr("Direction"), orNone(m.direction) },
        { Tr::tr("From"), orNone(m.from) },
        { Tr::tr("To"), orNone(m.to) },
        { Tr::tr("Body"), m.body.isEmpty() ? kNone : printable(m.body) },
        { Tr::tr("Segments"), count(m.numSegments) },
        { Tr::tr("Media"), count(m.numMedia) },
        { Tr::tr("Price"), m.price.isEmpty() ? kNone : printable(m.price + u' ' + m.priceUnit) },
        { Tr::tr("Service"), orNone(m.messagingServiceSid) },
        { Tr::tr("Created"), dateTime(m.dateCreated) },
        { Tr::tr("Sent"), dateTime(m.dateSent) },
        { Tr::tr("Updated"), dateTime(m.dateUpdated) },
    };
    if (m.errorCode) {
        const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(*m.errorCode);
        QString text = QString::number(*m.errorCode);
        if (!m.errorMessage.isEmpty())
            text += u" " + printable(m.errorMessage);
        if (e.isKnown())
            text += u"\n              " + e.meaning + u"\n              " + e.action;
        text += u"\n              " + ErrorCatalog::docsUrl(*m.errorCode);
        rows.append({ Tr::tr("Error"), text });
    }
    QStringList lines;
    for (const auto& [name, value] : rows)
        lines << name.leftJustified(14) + value;
    return lines.join(u'\n') + u'\n';
}

QString messageTableHeader()
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
        .arg(Tr::tr("SID").leftJustified(34), Tr::tr("Sent").leftJustified(23), Tr::tr("Direction").leftJustified(14),
            Tr::tr("From").leftJustified(16), Tr::tr("To").leftJustified(16), Tr::tr("Status").leftJustified(11),
            Tr::tr("Seg", "column: number of segments").rightJustified(3), Tr::tr("Error").leftJustified(5),
            Tr::tr("Body"));
}

QString messageRow(const Message& m)
{
    return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
        .arg(fit(m.sid, 34).leftJustified(34),
            dateTime(m.dateSent.isValid() ? m.dateSent : m.dateCreated).leftJustified(23),
            fit(m.direction, 14).leftJustified(14), fit(m.from, 16).leftJustified(16), fit(m.to, 16).leftJustified(16),
            fit(m.statusText, 11).leftJustified(11), count(m.numSegments).rightJustified(3),
            (m.errorCode ? QString::number(*m.errorCode) : kNone).leftJustified(5), fit(m.body, 40));
}

} // namespace textbench::cli::Output
