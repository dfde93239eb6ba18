// SPDX-License-Identifier: GPL-3.0-or-later
// X-Twilio-Signature: Twilio's published test vector, POST and GET, repeated names, Unicode, and the URL variants
// textbench-cli's `webhooks verify` suggests. (The conformance test checks the sandbox's signatures with twilio-node's
// own validateRequest.)
#include "webhooks/webhooksignature.h"

#include <QTest>

using namespace textbench;

class Tst_WebhookSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void twiliosTestVector()
    {
        // ../shared/twilio/webhooks.md: recomputed with twilio-node's getExpectedTwilioSignature.
        const FormFields params { { QStringLiteral("To"), QStringLiteral("+18005551212") },
            { QStringLiteral("CallSid"), QStringLiteral("CA1234567890ABCDE") },
            { QStringLiteral("Digits"), QStringLiteral("1234") },
            { QStringLiteral("Caller"), QStringLiteral("+14158675310") },
            { QStringLiteral("From"), QStringLiteral("+14158675310") } };
        const QString url = QStringLiteral("https://example.com/myapp.php?foo=1&bar=2");
        const WebhookSignature::Signed s = WebhookSignature::sign(url, params, QStringLiteral("12345"));
        QCOMPARE(s.signature, QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU="));
        QCOMPARE(s.data,
            QByteArray("https://example.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller+14158675310Digits1234"
                       "From+14158675310To+18005551212"));
        QVERIFY(WebhookSignature::matches(
            QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU="), url, params, QStringLiteral("12345")));
        QVERIFY(!WebhookSignature::matches(
            QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnV="), url, params, QStringLiteral("12345")));
        QVERIFY(!WebhookSignature::matches(QString(), url, params, QStringLiteral("12345")));
        QVERIFY(!WebhookSignature::matches(
            QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU="), url, params, QStringLiteral("12346")));
    }

    void signedString_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<FormFields>("params");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("GET: the URL alone")
            << QStringLiteral("http://127.0.0.1:8080/sms?Body=hi&From=%2B1") << FormFields {}
            << QByteArray("http://127.0.0.1:8080/sms?Body=hi&From=%2B1");
        QTest::newRow("names sorted, case-sensitive")
            << QStringLiteral("http://h/")
            << FormFields { { u"b"_qs, u"1"_qs }, { u"B"_qs, u"2"_qs }, { u"a"_qs, u"3"_qs } }
            << QByteArray("http://h/B2a3b1");
        QTest::newRow("a repeated name: its distinct values sorted")
            << QStringLiteral("http://h/")
            << FormFields { { u"MediaUrl"_qs, u"z"_qs }, { u"MediaUrl"_qs, u"a"_qs }, { u"MediaUrl"_qs, u"z"_qs } }
            << QByteArray("http://h/MediaUrlaMediaUrlz");
        QTest::newRow("values decoded, UTF-8")
            << QStringLiteral("http://h/") << FormFields { { u"Body"_qs, u"Grüße 😀 & +1"_qs } }
            << QByteArray("http://h/BodyGr\xc3\xbc\xc3\x9f"
                          "e \xf0\x9f\x98\x80 & +1");
        QTest::newRow("an empty value") << QStringLiteral("http://h/") << FormFields { { u"Body"_qs, QString() } }
                                        << QByteArray("http://h/Body");
    }
    void signedString()
    {
        QFETCH(QString, url);
        QFETCH(FormFields, params);
        QFETCH(QByteArray, data);
        QCOMPARE(WebhookSignature::sign(url, params, QStringLiteral("token")).data, data);
    }

    void variantsAreTheUsualMistakes()
    {
        const auto urls = [](const QList<WebhookSignature::Variant>& variants) {
            QStringList out;
            for (const auto& v : variants)
                out << v.url + (v.librariesAccept ? u" (libraries)"_qs : QString());
            return out;
        };
        QCOMPARE(urls(WebhookSignature::variants(QStringLiteral("http://127.0.0.1:8080/sms?b=1%202&a=%7E"))),
            QStringList({ QStringLiteral("http://127.0.0.1/sms?b=1%202&a=%7E (libraries)"),
                QStringLiteral("http://127.0.0.1:8080/sms?b=1%202&a=~ (libraries)"),
                QStringLiteral("https://127.0.0.1:8080/sms?b=1%202&a=%7E"),
                QStringLiteral("http://127.0.0.1:8080/sms/?b=1%202&a=%7E") }));
        QCOMPARE(urls(WebhookSignature::variants(QStringLiteral("https://example.com/sms"))),
            QStringList({ QStringLiteral("https://example.com:443/sms (libraries)"),
                QStringLiteral("http://example.com/sms"), QStringLiteral("https://example.com/sms/") }));
        QVERIFY(WebhookSignature::variants(QStringLiteral("not a url")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(Tst_WebhookSignature)
#include "tst_webhooksignature.moc"
