// SPDX-License-Identifier: GPL-3.0-or-later
// FormEncoding must write bodies and queries byte for byte as Twilio's official Node library does (qs, RFC 3986).
// The reference bodies below were captured from twilio-node 5.13.1 sending to a loopback server.
#include "api/formencoding.h"

#include <QTest>

using namespace textbench;

namespace {
using Field = QPair<QString, QString>;

// The create body the Node library sent on the wire for:
// messages.create({to, validityPeriod: 600, smartEncoded: true, from, body, mediaUrl: [a, b]}).
constexpr char kNodeCreateBody[]
    = "To=%2B14155552671&ValidityPeriod=600&SmartEncoded=true&From=%2B15005550006"
      "&Body=a%2Bb%26c%3Dd%20%C3%A9%20%F0%9F%91%8D%20~%2A%27%28%29%21"
      "&MediaUrl=https%3A%2F%2Fx.test%2Fa.png%3Fx%3D1%26y%3D2&MediaUrl=https%3A%2F%2Fx.test%2Fb.png";

FormFields nodeCreateFields()
{
    return {
        { QStringLiteral("To"), QStringLiteral("+14155552671") },
        { QStringLiteral("ValidityPeriod"), QStringLiteral("600") },
        { QStringLiteral("SmartEncoded"), QStringLiteral("true") },
        { QStringLiteral("From"), QStringLiteral("+15005550006") },
        { QStringLiteral("Body"),
            QStringLiteral("a+b&c=d \u00e9 ") + QString::fromUcs4(U"\U0001F44D") + QStringLiteral(" ~*'()!") },
        { QStringLiteral("MediaUrl"), QStringLiteral("https://x.test/a.png?x=1&y=2") },
        { QStringLiteral("MediaUrl"), QStringLiteral("https://x.test/b.png") },
    };
}

QByteArray describe(const FormFields& fields)
{
    QByteArray out;
    for (const auto& [n, v] : fields)
        out += '[' + n.toUtf8() + "]=[" + v.toUtf8() + "] ";
    return out;
}
} // namespace

class Tst_FormEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodeComponent_data();
    void encodeComponent();
    void encode_data();
    void encode();
    void decode_data();
    void decode();
    void roundTrip_data();
    void roundTrip();
    void value();
    void values();
};

void Tst_FormEncoding::encodeComponent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("unreserved kept") << QStringLiteral("AZaz09-._~") << QByteArray("AZaz09-._~");
    QTest::newRow("space is %20, never +") << QStringLiteral("a b") << QByteArray("a%20b");
    QTest::newRow("plus") << QStringLiteral("+14155552671") << QByteArray("%2B14155552671");
    QTest::newRow("sub-delims encoded as qs does") << QStringLiteral("!*'()") << QByteArray("%21%2A%27%28%29");
    QTest::newRow("gen-delims") << QStringLiteral(":/?#[]@") << QByteArray("%3A%2F%3F%23%5B%5D%40");
    QTest::newRow("ampersand equals") << QStringLiteral("a&b=c") << QByteArray("a%26b%3Dc");
    QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("100%25");
    QTest::newRow("angle brackets of list keys") << QStringLiteral("DateSent<>") << QByteArray("DateSent%3C%3E");
    QTest::newRow("latin-1 as UTF-8") << QStringLiteral("\u00e9") << QByteArray("%C3%A9");
    QTest::newRow("emoji as 4 UTF-8 bytes") << QString::fromUcs4(U"\U0001F44D") << QByteArray("%F0%9F%91%8D");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QByteArray("a%0Ab");
    QTest::newRow("quote backslash") << QStringLiteral("\"\\") << QByteArray("%22%5C");
    QTest::newRow("JSON content variables") << QStringLiteral("{\"1\":\"x\"}") << QByteArray("%7B%221%22%3A%22x%22%7D");
}

void Tst_FormEncoding::encodeComponent()
{
    QFETCH(QString, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(FormEncoding::encodeComponent(input), expected);
}

void Tst_FormEncoding::encode_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("Node create body (captured)") << nodeCreateFields() << QByteArray(kNodeCreateBody);
    // messages(sid).update({body: ""}) in the Node library sends exactly this (redaction).
    QTest::newRow("empty body redacts") << FormFields { { QStringLiteral("Body"), QString() } } << QByteArray("Body=");
    QTest::newRow("empty but not null body")
        << FormFields { { QStringLiteral("Body"), QStringLiteral("") } } << QByteArray("Body=");
    QTest::newRow("no fields") << FormFields {} << QByteArray();
    QTest::newRow("key with < is encoded")
        << FormFields { { QStringLiteral("DateSent<"), QStringLiteral("2024-01-02") } }
        << QByteArray("DateSent%3C=2024-01-02");
    QTest::newRow("key with >") << FormFields { { QStringLiteral("DateSent>"), QStringLiteral("2024-01-02") } }
                                << QByteArray("DateSent%3E=2024-01-02");
    // The list query the Node library sent for list({to, dateSentBefore: new Date('2024-01-02T00:00:00Z'), limit: 5}).
    QTest::newRow("Node list query (captured)")
        << FormFields { { QStringLiteral("To"), QStringLiteral("+14155552671") },
               { QStringLiteral("DateSent<"), QStringLiteral("2024-01-02T00:00:00Z") },
               { QStringLiteral("PageSize"), QStringLiteral("5") } }
        << QByteArray("To=%2B14155552671&DateSent%3C=2024-01-02T00%3A00%3A00Z&PageSize=5");
    QTest::newRow("repeated keys keep order") << FormFields { { QStringLiteral("MediaUrl"), QStringLiteral("b") },
        { QStringLiteral("Body"), QStringLiteral("x") }, { QStringLiteral("MediaUrl"), QStringLiteral("a") } }
                                              << QByteArray("MediaUrl=b&Body=x&MediaUrl=a");
}

void Tst_FormEncoding::encode()
{
    QFETCH(FormFields, fields);
    QFETCH(QByteArray, expected);
    QCOMPARE(FormEncoding::encode(fields), expected);
}

void Tst_FormEncoding::decode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<FormFields>("expected");

    QTest::newRow("Node create body") << QByteArray(kNodeCreateBody) << nodeCreateFields();
    QTest::newRow("plus decodes to space")
        << QByteArray("Body=a+b") << FormFields { { QStringLiteral("Body"), QStringLiteral("a b") } };
    QTest::newRow("%2B stays plus") << QByteArray("To=%2B1415")
                                    << FormFields { { QStringLiteral("To"), QStringLiteral("+1415") } };
    QTest::newRow("%20 decodes to space")
        << QByteArray("Body=a%20b") << FormFields { { QStringLiteral("Body"), QStringLiteral("a b") } };
    QTest::newRow("lower-case hex") << QByteArray("Body=%c3%a9")
                                    << FormFields { { QStringLiteral("Body"), QStringLiteral("\u00e9") } };
    QTest::newRow("malformed escape kept")
        << QByteArray("Body=%zz") << FormFields { { QStringLiteral("Body"), QStringLiteral("%zz") } };
    QTest::newRow("malformed escape in the middle kept")
        << QByteArray("Body=a%zzb&To=1")
        << FormFields { { QStringLiteral("Body"), QStringLiteral("a%zzb") },
               { QStringLiteral("To"), QStringLiteral("1") } };
    QTest::newRow("half escape with one hex digit kept")
        << QByteArray("Body=%4g") << FormFields { { QStringLiteral("Body"), QStringLiteral("%4g") } };
    QTest::newRow("truncated escape at the end kept")
        << QByteArray("Body=100%") << FormFields { { QStringLiteral("Body"), QStringLiteral("100%") } };
    QTest::newRow("truncated escape with one digit at the end kept")
        << QByteArray("Body=%2") << FormFields { { QStringLiteral("Body"), QStringLiteral("%2") } };
    QTest::newRow("empty value") << QByteArray("Body=") << FormFields { { QStringLiteral("Body"), QString() } };
    QTest::newRow("name without =") << QByteArray("Flag") << FormFields { { QStringLiteral("Flag"), QString() } };
    QTest::newRow("value containing =") << QByteArray("a=b=c")
                                        << FormFields { { QStringLiteral("a"), QStringLiteral("b=c") } };
    QTest::newRow("empty pairs skipped") << QByteArray("&&a=1&&b=2&")
                                         << FormFields { { QStringLiteral("a"), QStringLiteral("1") },
                                                { QStringLiteral("b"), QStringLiteral("2") } };
    QTest::newRow("empty input") << QByteArray() << FormFields {};
    QTest::newRow("encoded key") << QByteArray("DateSent%3C=2024-01-02")
                                 << FormFields { { QStringLiteral("DateSent<"), QStringLiteral("2024-01-02") } };
    QTest::newRow("repeated keys") << QByteArray("MediaUrl=a&MediaUrl=b")
                                   << FormFields { { QStringLiteral("MediaUrl"), QStringLiteral("a") },
                                          { QStringLiteral("MediaUrl"), QStringLiteral("b") } };
    QTest::newRow("emoji") << QByteArray("Body=%F0%9F%91%8D")
                           << FormFields { { QStringLiteral("Body"), QString::fromUcs4(U"\U0001F44D") } };
}

void Tst_FormEncoding::decode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(FormFields, expected);
    const FormFields actual = FormEncoding::decode(encoded);
    QVERIFY2(actual == expected, QByteArray("got " + describe(actual) + "expected " + describe(expected)).constData());
}

void Tst_FormEncoding::roundTrip_data()
{
    QTest::addColumn<FormFields>("fields");

    QTest::newRow("Node create fields") << nodeCreateFields();
    QTest::newRow("every ASCII character") << [] {
        QString all;
        for (char16_t c = 0x20; c < 0x7f; ++c)
            all.append(QChar(c));
        return FormFields { { all, all } };
    }();
    QTest::newRow("plus, percent and spaces")
        << FormFields { { QStringLiteral("Body"), QStringLiteral(" + % %20 %zz ") } };
    QTest::newRow("non-BMP and RTL") << FormFields { { QStringLiteral("Body"),
        QString::fromUcs4(U"\U0001F600 \u05e9\u05dc\u05d5\u05dd \u200f") } };
    // Found by fuzz_form_roundtrip (tests/fuzz/regressions/form_roundtrip): QString::fromUtf8 dropped a leading BOM.
    QTest::newRow("leading byte-order marks")
        << FormFields { { QStringLiteral("Body"), QStringLiteral("\uFEFF\uFEFFHi") },
               { QStringLiteral("\uFEFF"), QString() } };
    QTest::newRow("empty values") << FormFields { { QStringLiteral("Body"), QStringLiteral("") },
        { QStringLiteral("To"), QStringLiteral("") } };
}

void Tst_FormEncoding::roundTrip()
{
    QFETCH(FormFields, fields);
    const QByteArray encoded = FormEncoding::encode(fields);
    // What goes on the wire is plain ASCII with nothing but unreserved characters, '%', '&' and '='.
    for (char c : encoded) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~' || c == '%' || c == '&' || c == '=';
        QVERIFY2(ok, QByteArray("unexpected byte in " + encoded).constData());
    }
    const FormFields decoded = FormEncoding::decode(encoded);
    QVERIFY2(decoded == fields, QByteArray("got " + describe(decoded) + "expected " + describe(fields)).constData());
}

void Tst_FormEncoding::value()
{
    const FormFields fields = FormEncoding::decode("MediaUrl=a&Body=&MediaUrl=b&Flag&To=%2B1");
    QCOMPARE(FormEncoding::value(fields, QStringLiteral("MediaUrl")), QStringLiteral("a"));
    QCOMPARE(FormEncoding::value(fields, QStringLiteral("To")), QStringLiteral("+1"));

    // Present but empty: an empty, non-null string, so that "Body=" (redact) differs from no Body at all.
    const QString body = FormEncoding::value(fields, QStringLiteral("Body"));
    QVERIFY(body.isEmpty());
    QVERIFY(!body.isNull());
    const QString flag = FormEncoding::value(fields, QStringLiteral("Flag"));
    QVERIFY(flag.isEmpty());
    QVERIFY(!flag.isNull());

    QVERIFY(FormEncoding::value(fields, QStringLiteral("From")).isNull());
    // Names are case-sensitive, as Twilio's parameters are.
    QVERIFY(FormEncoding::value(fields, QStringLiteral("to")).isNull());
    QVERIFY(FormEncoding::value({}, QStringLiteral("To")).isNull());
}

void Tst_FormEncoding::values()
{
    const FormFields fields = FormEncoding::decode(kNodeCreateBody);
    QCOMPARE(FormEncoding::values(fields, QStringLiteral("MediaUrl")),
        QStringList({ QStringLiteral("https://x.test/a.png?x=1&y=2"), QStringLiteral("https://x.test/b.png") }));
    QCOMPARE(FormEncoding::values(fields, QStringLiteral("To")), QStringList { QStringLiteral("+14155552671") });
    QVERIFY(FormEncoding::values(fields, QStringLiteral("ContentSid")).isEmpty());
    QCOMPARE(FormEncoding::values(FormEncoding::decode("A=1&B=2&A=&A=3"), QStringLiteral("A")).size(), 3);
}

QTEST_GUILESS_MAIN(Tst_FormEncoding)
#include "tst_formencoding.moc"
