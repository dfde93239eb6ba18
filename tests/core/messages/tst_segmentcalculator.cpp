// SPDX-License-Identifier: GPL-3.0-or-later
// SegmentCalculator: the examples of shared/twilio/test-credentials-and-segments.md and the edges of segments, with
// the values Twilio's own calculator (npm sms-segments-calculator 1.3.0) gives for them. The conformance test
// (tests/conformance/segments) compares the two on thousands more bodies.
#include "messages/segmentcalculator.h"

#include <QElapsedTimer>
#include <QTest>

using namespace textbench;

namespace {
QString rep(const QString& s, int n)
{
    return s.repeated(n);
}

const QString kA = QStringLiteral("a");
const QString kZhe = QStringLiteral("ж");
const QString kThumbs = QStringLiteral("👍");
} // namespace

class Tst_SegmentCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analyze_data();
    void analyze();
    void nonGsmCharacters_data();
    void nonGsmCharacters();
    void applySmartEncoding_data();
    void applySmartEncoding();
    void unchangedBodyIsShared();
    void counterText_data();
    void counterText();
    void hugeClusterStaysLinear();
};

void Tst_SegmentCalculator::analyze_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("smart");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("unitsInLastSegment");
    QTest::addColumn<int>("unitsPerSegment");

    const auto row = [](const char* name, const QString& body, bool smart, const char* encoding, int segments,
                         int characters, int units, int perSegment) {
        QTest::newRow(name) << body << smart << QString::fromLatin1(encoding) << segments << characters << units
                            << perSegment;
    };
    // The shared document's examples.
    row("empty", QString(), false, "GSM-7", 1, 0, 0, 160);
    row("empty, smart", QString(), true, "GSM-7", 1, 0, 0, 160);
    row("160 x a", rep(kA, 160), false, "GSM-7", 1, 160, 160, 160);
    row("161 x a", rep(kA, 161), false, "GSM-7", 2, 161, 8, 153);
    row("Hi 👍", QStringLiteral("Hi 👍"), false, "UCS-2", 1, 4, 5, 70);
    row("159 x a + €", rep(kA, 159) + u'€', false, "GSM-7", 2, 161, 8, 153);
    row("70 x ж", rep(kZhe, 70), false, "UCS-2", 1, 70, 70, 70);
    row("71 x ж", rep(kZhe, 71), false, "UCS-2", 2, 71, 4, 67);
    row("67 x 👍", rep(kThumbs, 67), false, "UCS-2", 3, 67, 2, 67);
    row("“quotes”", QStringLiteral("“quotes”"), false, "UCS-2", 1, 8, 8, 70);
    row("“quotes”, smart", QStringLiteral("“quotes”"), true, "GSM-7", 1, 8, 8, 160);
    row("1600 x a", rep(kA, 1600), false, "GSM-7", 11, 1600, 70, 153);

    // Extension characters cost two septets, and the pair is never split.
    row("158 x a + {", rep(kA, 158) + u'{', false, "GSM-7", 1, 160, 160, 160);
    row("159 x a + {", rep(kA, 159) + u'{', false, "GSM-7", 2, 161, 8, 153);
    row("152 x a + € + a", rep(kA, 152) + u'€' + u'a', false, "GSM-7", 1, 155, 155, 160);
    row("160 x a + €", rep(kA, 160) + u'€', false, "GSM-7", 2, 162, 9, 153);
    // 153 in the first segment, 152 in the second: the ~ no longer fits there and opens a third.
    row("305 x a + ~", rep(kA, 305) + u'~', false, "GSM-7", 3, 307, 2, 153);
    row("306 x a + ~", rep(kA, 306) + u'~', false, "GSM-7", 3, 308, 2, 153);
    row("80 x |", rep(QStringLiteral("|"), 80), false, "GSM-7", 1, 160, 160, 160);
    row("81 x |", rep(QStringLiteral("|"), 81), false, "GSM-7", 2, 162, 10, 153);
    row("form feed", QStringLiteral("\f"), false, "GSM-7", 1, 2, 2, 160);

    // Surrogate pairs and emoji sequences: two or more units, one character, never split.
    row("68 x ж + 👍", rep(kZhe, 68) + kThumbs, false, "UCS-2", 1, 69, 70, 70);
    row("69 x ж + 👍", rep(kZhe, 69) + kThumbs, false, "UCS-2", 2, 70, 4, 67);
    row("65 x ж + 👍 + 10 x ж", rep(kZhe, 65) + kThumbs + rep(kZhe, 10), false, "UCS-2", 2, 76, 10, 67);
    row("66 x ж + 👍 + 10 x ж", rep(kZhe, 66) + kThumbs + rep(kZhe, 10), false, "UCS-2", 2, 77, 12, 67);
    row("133 x ж + 👍", rep(kZhe, 133) + kThumbs, false, "UCS-2", 3, 134, 2, 67);
    row("134 x a + 👍", rep(kA, 134) + kThumbs, false, "UCS-2", 3, 135, 2, 67);
    row("family (ZWJ sequence)", QStringLiteral("👨\u200d👩\u200d👧\u200d👦"), false, "UCS-2", 1, 1, 11, 70);
    row("skin tone", QStringLiteral("👍🏽"), false, "UCS-2", 1, 1, 4, 70);
    row("flag", QStringLiteral("🇫🇷"), false, "UCS-2", 1, 1, 4, 70);
    row("e + combining acute", QStringLiteral("e\u0301"), false, "UCS-2", 1, 1, 2, 70);
    row("cluster after 69 units", rep(kZhe, 69) + QStringLiteral("e\u0301\u0301"), false, "UCS-2", 2, 70, 5, 67);
    // The reference's quirk: a cluster larger than a segment leaves the first segment empty and overfills the next.
    row("cluster larger than a segment", u'e' + rep(QStringLiteral("\u0301"), 70), false, "UCS-2", 2, 1, 71, 67);

    // CR LF is one cluster, which the reference counts as two characters.
    row("CR LF, GSM-7", QStringLiteral("a\r\nb"), false, "GSM-7", 1, 4, 4, 160);
    row("CR LF, UCS-2", QStringLiteral("ж\r\n"), false, "UCS-2", 1, 3, 3, 70);

    // The alphabet's edges.
    row("backtick", QStringLiteral("`"), false, "UCS-2", 1, 1, 1, 70);
    row("backtick, smart", QStringLiteral("`"), true, "GSM-7", 1, 1, 1, 160);
    row("Greek capitals", QStringLiteral("ΩΔΣ"), false, "GSM-7", 1, 3, 3, 160);
    row("Greek small", QStringLiteral("ω"), false, "UCS-2", 1, 1, 1, 70);
    row("Ç", QStringLiteral("Ç"), false, "GSM-7", 1, 1, 1, 160);
    row("ç", QStringLiteral("ç"), false, "UCS-2", 1, 1, 1, 70);
    row("@ $ _", QStringLiteral("@$_"), false, "GSM-7", 1, 3, 3, 160);

    // Smart encoding.
    row("no-break space", QStringLiteral("a\u00a0b"), false, "UCS-2", 1, 3, 3, 70);
    row("no-break space, smart (two spaces)", QStringLiteral("a\u00a0b"), true, "GSM-7", 1, 4, 4, 160);
    row("tab, smart (seven spaces)", QStringLiteral("a\tb"), true, "GSM-7", 1, 9, 9, 160);
    row("ellipsis, smart", QStringLiteral("Wait…"), true, "GSM-7", 1, 7, 7, 160);
    row("smart leaves emoji", QStringLiteral("“Hi” 👍"), true, "UCS-2", 1, 6, 7, 70);
}

void Tst_SegmentCalculator::analyze()
{
    QFETCH(QString, body);
    QFETCH(bool, smart);
    QFETCH(QString, encoding);
    QFETCH(int, segments);
    QFETCH(int, characters);
    QFETCH(int, unitsInLastSegment);
    QFETCH(int, unitsPerSegment);

    const SegmentInfo info = SegmentCalculator::analyze(body, smart);
    QCOMPARE(info.encodingName(), encoding);
    QCOMPARE(info.encoding == SegmentInfo::Encoding::Gsm7, encoding == u"GSM-7");
    QCOMPARE(info.segments, segments);
    QCOMPARE(info.characters, characters);
    QCOMPARE(info.unitsInLastSegment, unitsInLastSegment);
    QCOMPARE(info.unitsPerSegment, unitsPerSegment);
    if (!smart)
        QCOMPARE(info.smartEncodedBody, body);
    QCOMPARE(info.nonGsmCharacters.isEmpty(), info.encoding == SegmentInfo::Encoding::Gsm7);
}

void Tst_SegmentCalculator::nonGsmCharacters_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("smart");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("GSM-7") << QStringLiteral("Hello {world} €5") << false << QStringList();
    QTest::newRow("each once, in order") << QStringLiteral("Hi 👍 and 👍 again, ж or Ω and ж") << false
                                         << QStringList { QStringLiteral("👍"), QStringLiteral("ж") };
    QTest::newRow("whole clusters") << QStringLiteral("Cafe\u0301 👍🏽") << false
                                    << QStringList { QStringLiteral("e\u0301"), QStringLiteral("👍🏽") };
    QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) << false << QStringList { QString(QChar(0xD83D)) };
    QTest::newRow("curly quotes") << QStringLiteral("“a” ж") << false
                                  << QStringList { QStringLiteral("“"), QStringLiteral("”"), QStringLiteral("ж") };
    QTest::newRow("curly quotes, smart") << QStringLiteral("“a” ж") << true << QStringList { QStringLiteral("ж") };
}

void Tst_SegmentCalculator::nonGsmCharacters()
{
    QFETCH(QString, body);
    QFETCH(bool, smart);
    QFETCH(QStringList, expected);

    QCOMPARE(SegmentCalculator::analyze(body, smart).nonGsmCharacters, expected);
}

void Tst_SegmentCalculator::applySmartEncoding_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing to do") << QStringLiteral("Plain {text} €") << QStringLiteral("Plain {text} €");
    QTest::newRow("curly quotes") << QStringLiteral("“It’s”") << QStringLiteral("\"It's\"");
    QTest::newRow("dashes and bullet") << QStringLiteral("a–b—c•d") << QStringLiteral("a-b-c-d");
    QTest::newRow("ellipsis") << QStringLiteral("Wait…") << QStringLiteral("Wait...");
    QTest::newRow("no-break space") << QStringLiteral("10\u00a0km") << QStringLiteral("10  km");
    QTest::newRow("em quad") << QStringLiteral("a\u2001b") << QStringLiteral("a b");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a       b");
    QTest::newRow("invisible") << QStringLiteral("a\u200bb\ufeffc\u2060d") << QStringLiteral("abcd");
    QTest::newRow("fractions") << QStringLiteral("½ ¼ ¾") << QStringLiteral("1/2 1/4 3/4");
    QTest::newRow("fullwidth") << QStringLiteral("ＡＢＣ１２３！") << QStringLiteral("ABC123!");
    QTest::newRow("to extension characters") << QStringLiteral("｛Ｘ｝") << QStringLiteral("{X}");
    QTest::newRow("emoji untouched") << QStringLiteral("“👍”") << QStringLiteral("\"👍\"");
}

void Tst_SegmentCalculator::applySmartEncoding()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);

    QCOMPARE(SegmentCalculator::applySmartEncoding(body), expected);
    QCOMPARE(SegmentCalculator::analyze(body, true).smartEncodedBody, expected);
}

void Tst_SegmentCalculator::unchangedBodyIsShared()
{
    // Runs on every keystroke: a body with nothing to replace must not be copied.
    const QString body = rep(QStringLiteral("Plain text. "), 100);
    QCOMPARE(SegmentCalculator::applySmartEncoding(body).constData(), body.constData());
    QCOMPARE(SegmentCalculator::analyze(body, true).smartEncodedBody.constData(), body.constData());
    QCOMPARE(SegmentCalculator::analyze(body, false).smartEncodedBody.constData(), body.constData());
}

void Tst_SegmentCalculator::counterText_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QStringLiteral("0/160 · 1 segment");
    QTest::newRow("142 x a") << rep(kA, 142) << QStringLiteral("142/160 · 1 segment");
    QTest::newRow("161 x a") << rep(kA, 161) << QStringLiteral("8/153 · 2 segments");
    QTest::newRow("71 x ж") << rep(kZhe, 71) << QStringLiteral("4/67 · 2 segments");
}

void Tst_SegmentCalculator::counterText()
{
    QFETCH(QString, body);
    QFETCH(QString, expected);

    QCOMPARE(SegmentCalculator::counterText(SegmentCalculator::analyze(body)), expected);
}

void Tst_SegmentCalculator::hugeClusterStaysLinear()
{
    // The reference rescans the cluster for every code point; ours must not, or a pasted wall of combining marks
    // would freeze the composer.
    const QString body = u'e' + rep(QStringLiteral("\u0301"), 200000);
    QElapsedTimer timer;
    timer.start();
    const SegmentInfo info = SegmentCalculator::analyze(body);
    QCOMPARE(info.characters, 1);
    QCOMPARE(info.segments, 2);
    QCOMPARE(info.unitsInLastSegment, 200001);
    QVERIFY2(timer.elapsed() < 1000, "analyze() is not linear in the length of a cluster");
}

QTEST_GUILESS_MAIN(Tst_SegmentCalculator)
#include "tst_segmentcalculator.moc"
