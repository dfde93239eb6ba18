// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter: textbench-cli's JSON output, byte for byte what QJsonDocument::toJson() writes, on fixed rows for each
// case Qt treats apart (escapes, surrogates, integers and doubles, empty and nested containers) and on random
// documents (seeded: a failure names its seed and repeats).
#include "jsonwriter.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace textbench::cli;

namespace {

QByteArray ours(const QJsonObject& o, JsonWriter::Style style)
{
    QByteArray out = "prefix:"; // appends: what was in the buffer stays
    JsonWriter::appendObject(out, o, style);
    if (style == JsonWriter::Style::Indented)
        out += '\n'; // QJsonDocument ends an indented document with a newline
    return out.mid(7);
}

QByteArray qts(const QJsonObject& o, JsonWriter::Style style)
{
    return QJsonDocument(o).toJson(
        style == JsonWriter::Style::Compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

QString randomString(QRandomGenerator& rng)
{
    // Mostly the characters that need care: ASCII controls, quotes, backslashes, DEL, 2-, 3- and 4-byte UTF-8,
    // and surrogates alone or in pairs (or in the wrong order).
    static const char16_t pool[] = { u'a', u'Z', u' ', u'"', u'\\', u'/', 0x0, 0x1, 0x8, 0x9, 0xa, 0xc, 0xd, 0x1f, 0x7f,
        0x80, 0xe9, 0x7ff, 0x800, 0x20ac, 0xfeff, 0xfffe, 0xffff, 0xd83d, 0xde00, 0xdbff, 0xdc00 };
    QString s;
    const int n = int(rng.bounded(12));
    for (int i = 0; i < n; ++i)
        s += QChar(pool[rng.bounded(int(std::size(pool)))]);
    return s;
}

QJsonValue randomValue(QRandomGenerator& rng, int depth);

QJsonObject randomObject(QRandomGenerator& rng, int depth)
{
    QJsonObject o;
    const int n = int(rng.bounded(depth > 3 ? 2 : 6));
    for (int i = 0; i < n; ++i)
        o.insert(randomString(rng), randomValue(rng, depth + 1));
    return o;
}

QJsonValue randomValue(QRandomGenerator& rng, int depth)
{
    switch (rng.bounded(depth > 3 ? 7 : 9)) {
    case 0:
        return QJsonValue::Null;
    case 1:
        return rng.bounded(2) == 1;
    case 2:
        return qint64(rng.generate64()) >> rng.bounded(64); // integers of every size
    case 3:
        return std::ldexp(rng.generateDouble() - 0.5, int(rng.bounded(200)) - 100); // doubles of every size
    case 4:
        return double(rng.bounded(1000)) * std::pow(10.0, rng.bounded(18)); // whole doubles, any size
    case 5:
    case 6:
        return randomString(rng);
    case 7: {
        QJsonArray a;
        const int n = int(rng.bounded(5));
        for (int i = 0; i < n; ++i)
            a.append(randomValue(rng, depth + 1));
        return a;
    }
    default:
        return randomObject(rng, depth);
    }
}

} // namespace

class TestJsonWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void likeQt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("message") << QByteArray(
            "{\"sid\":\"SM0123\",\"body\":\"Hello \\\"world\\\"\\n\\ttab\\\\ é € "
            "😀\",\"num_segments\":\"1\",\"error_code\":null,"
            "\"price\":null,\"subresource_uris\":{\"media\":\"/x.json\"},\"to\":\"+14155552671\"}");
        QTest::newRow("controls") << QByteArray("{\"c\":\"\\u0000\\u0001\\u0008\\u000b\\u000c\\u001f\\u007f\"}");
        QTest::newRow("slash is not escaped") << QByteArray("{\"a/b\":\"</script>\"}");
        QTest::newRow("lone surrogates") << QByteArray("{\"s\":\"\\ud83d x \\ude00 \\udc00\\ud800\"}");
        QTest::newRow("integers") << QByteArray(
            "{\"a\":0,\"b\":-1,\"c\":9007199254740993,\"d\":-9223372036854775808,\"e\":10000000000000000}");
        QTest::newRow("doubles") << QByteArray(
            "{\"a\":0.5,\"b\":-1.25e-7,\"c\":1e300,\"d\":1.0,\"e\":1e16,\"f\":123456.789}");
        QTest::newRow("booleans") << QByteArray("{\"t\":true,\"f\":false}");
        QTest::newRow("empty containers") << QByteArray("{\"o\":{},\"a\":[],\"deep\":{\"o\":{},\"a\":[[],{}]}}");
        QTest::newRow("nested") << QByteArray("{\"a\":[1,[2,[3,{\"b\":[{\"c\":{\"d\":\"e\"}}]}]]]}");
        QTest::newRow("keys sorted by Qt") << QByteArray("{\"z\":1,\"a\":2,\"é\":3,\"A\":4}");
        QTest::newRow("unicode keys") << QByteArray("{\"\\u0001\\n😀\":\"v\"}");
    }
    void likeQt()
    {
        QFETCH(QByteArray, json);
        QJsonParseError error {};
        const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const auto style : { JsonWriter::Style::Compact, JsonWriter::Style::Indented })
            QCOMPARE(ours(o, style), qts(o, style));
    }

    void valuesMadeInCode()
    {
        // Values that never went through the parser: doubles given as doubles, infinities, undefined in an array.
        QJsonObject o;
        o.insert(QStringLiteral("whole double"), 1e16);
        o.insert(QStringLiteral("int"), 42);
        o.insert(QStringLiteral("qint64"), qint64(1) << 60);
        o.insert(QStringLiteral("inf"), std::numeric_limits<double>::infinity());
        o.insert(QStringLiteral("nan"), std::numeric_limits<double>::quiet_NaN());
        o.insert(QStringLiteral("max"), std::numeric_limits<double>::max());
        o.insert(QStringLiteral("denormal"), std::numeric_limits<double>::denorm_min());
        o.insert(QStringLiteral("array"), QJsonArray { QJsonValue(QJsonValue::Undefined), 1, u"x"_qs });
        for (const auto style : { JsonWriter::Style::Compact, JsonWriter::Style::Indented })
            QCOMPARE(ours(o, style), qts(o, style));
    }

    void nestedAtAnIndent()
    {
        // A list's member: one level in, as in Qt's indented array of them.
        const QJsonObject o { { u"a"_qs, QJsonArray { 1, QJsonObject { { u"b"_qs, 2 } } } } };
        QByteArray out;
        JsonWriter::appendIndent(out, 1);
        JsonWriter::appendObject(out, o, JsonWriter::Style::Indented, 1);
        const QByteArray array = QJsonDocument(QJsonArray { o }).toJson(QJsonDocument::Indented);
        QCOMPARE(out, array.mid(2, array.size() - 5)); // without "[\n" and "\n]\n"
    }

    void chosenKeysInTheOrderAsked()
    {
        // --properties: those keys only, in the order given, a missing one as null.
        const QJsonObject o { { u"sid"_qs, u"SM1"_qs }, { u"status"_qs, u"sent"_qs }, { u"body"_qs, u"hi"_qs } };
        QByteArray out;
        JsonWriter::appendObject(out, o, { u"status"_qs, u"sid"_qs, u"price"_qs }, JsonWriter::Style::Compact);
        QCOMPARE(out, QByteArray("{\"status\":\"sent\",\"sid\":\"SM1\",\"price\":null}"));
        out.clear();
        JsonWriter::appendObject(out, o, { u"body"_qs }, JsonWriter::Style::Indented);
        QCOMPARE(out, QByteArray("{\n    \"body\": \"hi\"\n}"));
    }

    void randomDocuments()
    {
        const quint32 seed = qEnvironmentVariableIsSet("TEXTBENCH_SEED")
            ? quint32(qEnvironmentVariableIntValue("TEXTBENCH_SEED"))
            : QRandomGenerator::global()->generate();
        QRandomGenerator rng(seed);
        for (int i = 0; i < 3000; ++i) {
            const QJsonObject o = randomObject(rng, 0);
            for (const auto style : { JsonWriter::Style::Compact, JsonWriter::Style::Indented }) {
                const QByteArray a = ours(o, style);
                const QByteArray b = qts(o, style);
                if (a != b)
                    QFAIL(qPrintable(
                        QStringLiteral("seed %1, document %2 (TEXTBENCH_SEED=%1 repeats it):\nours %3\nQt's %4")
                            .arg(seed)
                            .arg(i)
                            .arg(QString::fromUtf8(a.toPercentEncoding(" {}[]\":,\n")),
                                QString::fromUtf8(b.toPercentEncoding(" {}[]\":,\n")))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
