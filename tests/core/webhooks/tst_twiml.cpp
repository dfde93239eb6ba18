// SPDX-License-Identifier: GPL-3.0-or-later
// The TwiML reader: what an app's answer asks for, as Twilio reads it, and each way an answer fails with Twilio's
// code. (The conformance test feeds it the documents twilio-node's MessagingResponse writes.)
#include "webhooks/twiml.h"

#include <QTest>

using namespace textbench;

namespace {
QByteArray xml(const QByteArray& inner)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + inner;
}
} // namespace

class Tst_Twiml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("errorCode");
        QTest::addColumn<QStringList>("bodies"); // of the replies, in order
        QTest::addColumn<QString>("redirect"); // "METHOD url"
        QTest::addColumn<int>("warnings");

        const QByteArray text = "text/xml";
        QTest::newRow("a text message") << xml("<Response><Message>Hello &amp; bye</Message></Response>") << text << 0
                                        << QStringList { u"Hello & bye"_qs } << QString() << 0;
        QTest::newRow("Body and Media") << xml("<Response><Message><Body>Look</Body><Media>https://a/1.png</Media>"
                                               "<Media>https://a/2.png</Media></Message></Response>")
                                        << text << 0 << QStringList { u"Look"_qs } << QString() << 0;
        QTest::newRow("several messages") << xml("<Response><Message>one</Message><Message>two</Message></Response>")
                                          << QByteArray("application/xml; charset=utf-8") << 0
                                          << QStringList { u"one"_qs, u"two"_qs } << QString() << 0;
        QTest::newRow("CDATA") << xml("<Response><Message><![CDATA[<b>5 > 3</b>]]></Message></Response>") << text << 0
                               << QStringList { u"<b>5 > 3</b>"_qs } << QString() << 0;
        QTest::newRow("empty Response") << xml("<Response/>") << text << 0 << QStringList {} << QString() << 0;
        QTest::newRow("an empty answer") << QByteArray() << QByteArray() << 0 << QStringList {} << QString() << 0;
        QTest::newRow("text/plain") << QByteArray("Thanks!\n") << QByteArray("text/plain; charset=utf-8") << 0
                                    << QStringList { u"Thanks!"_qs } << QString() << 0;
        QTest::newRow("text/html is TwiML")
            << xml("<Response><Message>hi</Message></Response>") << QByteArray("text/html") << 0
            << QStringList { u"hi"_qs } << QString() << 0;
        QTest::newRow("Redirect, GET") << xml("<Response><Message>first</Message><Redirect method=\"GET\">/next"
                                              "</Redirect><Message>never</Message></Response>")
                                       << text << 0 << QStringList { u"first"_qs } << u"GET /next"_qs << 0;
        QTest::newRow("Redirect, POST by default") << xml("<Response><Redirect>https://a/b</Redirect></Response>")
                                                   << text << 0 << QStringList {} << u"POST https://a/b"_qs << 0;
        QTest::newRow("an unknown verb") << xml("<Response><Say>hi</Say><Message>ok</Message></Response>") << text << 0
                                         << QStringList { u"ok"_qs } << QString() << 1;
        QTest::newRow("names are case-sensitive")
            << xml("<Response><message>hi</message></Response>") << text << 0 << QStringList {} << QString() << 1;
        QTest::newRow("eleven media") << xml(("<Response><Message>"
            + QByteArray("<Media>https://a/x.png</Media>").repeated(11) + "</Message></Response>"))
                                      << text << 0 << QStringList { QString() } << QString() << 1;

        QTest::newRow("JSON") << QByteArray("{\"message\":\"hi\"}") << QByteArray("application/json") << 12300
                              << QStringList {} << QString() << 0;
        QTest::newRow("the root is not Response")
            << xml("<Message>hi</Message>") << text << 12102 << QStringList {} << QString() << 0;
        QTest::newRow("not well-formed") << xml("<Response><Message>hi</Response>") << text << 12100 << QStringList {}
                                         << QString() << 0;
        QTest::newRow("not XML at all") << QByteArray("Hello") << text << 12100 << QStringList {} << QString() << 0;
        QTest::newRow("a DTD (an entity bomb)")
            << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                          "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><Response><Message>&c;"
                          "</Message></Response>")
            << text << 12100 << QStringList {} << QString() << 0;
        QTest::newRow("an undeclared entity")
            << xml("<Response><Message>&x;</Message></Response>") << text << 12100 << QStringList {} << QString() << 0;
        QTest::newRow("10,000 levels deep") << xml(
            "<Response>" + QByteArray("<a>").repeated(10'000) + QByteArray("</a>").repeated(10'000) + "</Response>")
                                            << text << 12100 << QStringList {} << QString() << 0;
        QTest::newRow("too large") << QByteArray(70 * 1024, ' ') + "<Response/>" << text << 12100 << QStringList {}
                                   << QString() << 0;
        QTest::newRow("a message of nothing")
            << xml("<Response><Message></Message></Response>") << text << 14103 << QStringList {} << QString() << 0;
        QTest::newRow("a body too long") << xml("<Response><Message>" + QByteArray(1601, 'a') + "</Message></Response>")
                                         << text << 14103 << QStringList {} << QString() << 0;
        QTest::newRow("a bad method") << xml("<Response><Message method=\"PUT\">hi</Message></Response>") << text
                                      << 14104 << QStringList {} << QString() << 0;
    }
    void read()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, errorCode);
        QFETCH(QStringList, bodies);
        QFETCH(QString, redirect);
        QFETCH(int, warnings);
        const TwimlReply r = Twiml::read(body, contentType);
        QCOMPARE(r.errorCode, errorCode);
        QCOMPARE(r.problem.isEmpty(), errorCode == 0);
        if (errorCode != 0)
            return;
        QStringList got;
        for (const TwimlMessage& m : r.messages)
            got << m.body;
        QCOMPARE(got, bodies);
        QCOMPARE(r.redirect ? r.redirect->method + u' ' + r.redirect->url : QString(), redirect);
        QCOMPARE(r.warnings.size(), warnings);
        for (const auto& [code, text] : r.warnings) {
            QCOMPARE(code, 12200);
            QVERIFY(!text.isEmpty());
        }
    }

    void messageAttributes()
    {
        const TwimlReply r = Twiml::read(xml("<Response><Message to=\"+14155552671\" from=\"+15005550006\" "
                                             "statusCallback=\"/status\" action=\"/action\" method=\"get\"><Body>hi"
                                             "</Body><Media>https://a/1.png</Media></Message></Response>"),
            "text/xml");
        QVERIFY(!r.failed());
        QCOMPARE(r.messages.size(), 1);
        const TwimlMessage& m = r.messages.first();
        QCOMPARE(m.to, u"+14155552671"_qs);
        QCOMPARE(m.from, u"+15005550006"_qs);
        QCOMPARE(m.statusCallback, u"/status"_qs);
        QCOMPARE(m.action, u"/action"_qs);
        QCOMPARE(m.method, u"GET"_qs);
        QCOMPARE(m.mediaUrls, QStringList { u"https://a/1.png"_qs });
        QCOMPARE(r.messages.first().body, u"hi"_qs);
        // Media alone is a message.
        const TwimlReply media
            = Twiml::read(xml("<Response><Message><Media>https://a/1.png</Media></Message></Response>"), "text/xml");
        QVERIFY(!media.failed());
        QCOMPARE(media.messages.first().body, QString());
    }
};

QTEST_GUILESS_MAIN(Tst_Twiml)
#include "tst_twiml.moc"
