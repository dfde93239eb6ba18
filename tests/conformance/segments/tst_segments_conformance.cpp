// SPDX-License-Identifier: GPL-3.0-or-later
// Checks SegmentCalculator against Twilio's own calculator (npm sms-segments-calculator) on the corpus that
// corpus.mjs generated with it; run.sh does both. The corpus path comes from TEXTBENCH_SEGMENTS_CORPUS.
#include "messages/segmentcalculator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace textbench;

namespace {
constexpr int kReportedMismatches = 20;

/// The body as a C-style literal, so that invisible characters, surrogates and line breaks can be read and pasted.
QString escaped(const QString& body)
{
    static constexpr int kShown = 200;
    QString out;
    for (qsizetype i = 0; i < body.size() && i < kShown; ++i) {
        const char16_t c = body.at(i).unicode();
        if (c == u'\\' || c == u'"')
            out += u'\\' + QChar(c);
        else if (c >= 0x20 && c < 0x7F)
            out += QChar(c);
        else
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
    }
    if (body.size() > kShown)
        out += QStringLiteral("... (%1 UTF-16 units)").arg(body.size());
    return u'"' + out + u'"';
}

QStringList toStringList(const QJsonArray& array)
{
    QStringList list;
    for (const QJsonValue& v : array)
        list.append(v.toString());
    return list;
}
} // namespace

class Tst_SegmentsConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesReference();
};

void Tst_SegmentsConformance::matchesReference()
{
    const QString path = qEnvironmentVariable("TEXTBENCH_SEGMENTS_CORPUS");
    if (path.isEmpty())
        QFAIL("TEXTBENCH_SEGMENTS_CORPUS is not set: run this test through tests/conformance/segments/run.sh, which "
              "generates the corpus with the reference calculator.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QFAIL(qPrintable(QStringLiteral("Cannot read the corpus %1: %2").arg(path, file.errorString())));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isArray())
        QFAIL(qPrintable(QStringLiteral("The corpus %1 is not a JSON array: %2").arg(path, error.errorString())));
    const QJsonArray entries = doc.array();

    int mismatches = 0;
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        const QString body = entry.value(u"body").toString();
        const bool smart = entry.value(u"smart").toBool();
        const SegmentInfo info = SegmentCalculator::analyze(body, smart);

        QStringList differences;
        const auto compare = [&differences](const char* field, const QString& ours, const QString& theirs) {
            if (ours != theirs)
                differences.append(QStringLiteral("%1 %2 (reference: %3)").arg(QLatin1String(field), ours, theirs));
        };
        compare("encoding", info.encodingName(), entry.value(u"encoding").toString());
        compare("segments", QString::number(info.segments), QString::number(entry.value(u"segments").toInt()));
        compare("characters", QString::number(info.characters), QString::number(entry.value(u"characters").toInt()));
        if (entry.contains(u"nonGsm")) {
            const QStringList theirs = toStringList(entry.value(u"nonGsm").toArray());
            if (info.nonGsmCharacters != theirs)
                differences.append(QStringLiteral("non-GSM characters differ: %1 (reference: %2)")
                                       .arg(escaped(info.nonGsmCharacters.join(u'|')), escaped(theirs.join(u'|'))));
        }
        if (entry.contains(u"lastSegmentUnits"))
            compare("units in the last segment", QString::number(info.unitsInLastSegment),
                QString::number(entry.value(u"lastSegmentUnits").toInt()));

        if (differences.isEmpty())
            continue;
        if (++mismatches <= kReportedMismatches)
            qWarning().noquote() << QStringLiteral("mismatch, smart encoding %1, body %2: %3")
                                        .arg(smart ? QStringLiteral("on") : QStringLiteral("off"), escaped(body),
                                            differences.join(QStringLiteral("; ")));
    }

    qInfo().noquote() << QStringLiteral("%1 corpus entries, %2 mismatches").arg(entries.size()).arg(mismatches);
    // A corpus that lost its bodies would pass vacuously.
    QVERIFY2(entries.size() >= 1000, "The corpus is suspiciously small.");
    QCOMPARE(mismatches, 0);
}

QTEST_GUILESS_MAIN(Tst_SegmentsConformance)
#include "tst_segments_conformance.moc"
