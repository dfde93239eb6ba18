// SPDX-License-Identifier: GPL-3.0-or-later
// SID shapes (messages-api.md: AccountSid ^AC[0-9a-fA-F]{32}$, message Sid ^(SM|MM)[0-9a-fA-F]{32}$): the checks made
// before any request, the problem sentence that says what is wrong, and the masked form shown.
#include "api/sid.h"

#include <QTest>

using namespace textbench;

namespace {
const QString kHex32 = QStringLiteral("0123456789abcdef0123456789ABCDEF");
} // namespace

class Tst_Sid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageSid_data();
    void messageSid();
    void otherSids_data();
    void otherSids();
    void shapeProblem_data();
    void shapeProblem();
    void masked_data();
    void masked();
};

void Tst_Sid::messageSid_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<bool>("valid");

    QTest::newRow("SM lower hex") << QStringLiteral("SM0123456789abcdef0123456789abcdef") << true;
    QTest::newRow("SM upper hex") << QStringLiteral("SM0123456789ABCDEF0123456789ABCDEF") << true;
    QTest::newRow("MM mixed hex") << QString(u"MM" + kHex32) << true;
    QTest::newRow("documented example") << QStringLiteral("SMb7c0a2ce80504485a6f653a7110836f5") << true;
    QTest::newRow("31 hex digits") << QString(u"SM" + kHex32.chopped(1)) << false;
    QTest::newRow("33 hex digits") << QString(u"SM" + kHex32 + u'0') << false;
    QTest::newRow("prefix only") << QStringLiteral("SM") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("MG prefix") << QString(u"MG" + kHex32) << false;
    QTest::newRow("AC prefix") << QString(u"AC" + kHex32) << false;
    QTest::newRow("lower-case prefix") << QString(u"sm" + kHex32) << false;
    QTest::newRow("mixed-case prefix") << QString(u"Sm" + kHex32) << false;
    QTest::newRow("non-hex g") << QStringLiteral("SM0123456789abcdeg0123456789abcdef") << false;
    QTest::newRow("placeholder x") << QStringLiteral("SMxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") << false;
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("SM0123456789abcdef0123456789abcde\u0663") << false;
    QTest::newRow("full-width A") << QStringLiteral("SM0123456789abcdef0123456789abcde\uff21") << false;
    QTest::newRow("leading space") << QString(u' ' + QStringLiteral("SM") + kHex32.chopped(1)) << false;
    QTest::newRow("trailing newline") << QString(u"SM" + kHex32.chopped(1) + u'\n') << false;
}

void Tst_Sid::messageSid()
{
    QFETCH(QString, sid);
    QFETCH(bool, valid);
    QCOMPARE(Sid::isMessageSid(sid), valid);
    QCOMPARE(Sid::hasShape(sid, { QStringLiteral("SM"), QStringLiteral("MM") }), valid);
    QCOMPARE(
        Sid::shapeProblem(sid, { QStringLiteral("SM"), QStringLiteral("MM") }, QStringLiteral("message SID")).isEmpty(),
        valid);
}

void Tst_Sid::otherSids_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<bool>("account");
    QTest::addColumn<bool>("apiKey");
    QTest::addColumn<bool>("service");

    QTest::newRow("AC") << QString(u"AC" + kHex32) << true << false << false;
    QTest::newRow("SK") << QString(u"SK" + kHex32) << false << true << false;
    QTest::newRow("MG") << QString(u"MG" + kHex32) << false << false << true;
    QTest::newRow("SM") << QString(u"SM" + kHex32) << false << false << false;
    QTest::newRow("AC short") << QString(u"AC" + kHex32.chopped(2)) << false << false << false;
    QTest::newRow("placeholder") << QStringLiteral("ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX") << false << false << false;
}

void Tst_Sid::otherSids()
{
    QFETCH(QString, sid);
    QFETCH(bool, account);
    QFETCH(bool, apiKey);
    QFETCH(bool, service);
    QCOMPARE(Sid::isAccountSid(sid), account);
    QCOMPARE(Sid::isApiKeySid(sid), apiKey);
    QCOMPARE(Sid::isMessagingServiceSid(sid), service);
    QCOMPARE(Sid::hasShape(sid, { QStringLiteral("AC"), QStringLiteral("SK") }), account || apiKey);
}

void Tst_Sid::shapeProblem_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QStringList>("mentions"); // empty: no problem

    QTest::newRow("valid") << QString(u"SM" + kHex32) << QStringList {};
    QTest::newRow("empty") << QString() << QStringList { QStringLiteral("message SID") };
    QTest::newRow("too short: length") << QString(u"SM" + kHex32.chopped(1))
                                       << QStringList { QStringLiteral("message SID"), QStringLiteral("33") };
    QTest::newRow("too long: length") << QString(u"SM" + kHex32 + u"ab")
                                      << QStringList { QStringLiteral("message SID"), QStringLiteral("36") };
    QTest::newRow("non-hex: position") << QStringLiteral("SM012g456789abcdef0123456789abcdef")
                                       << QStringList { QStringLiteral("message SID"), QStringLiteral("position 6"),
                                              QStringLiteral("g") };
    QTest::newRow("non-hex at the end: position")
        << QStringLiteral("SM0123456789abcdef0123456789abcdez") << QStringList { QStringLiteral("position 34") };
    QTest::newRow("wrong prefix: expected prefixes") << QString(
        u"MG" + kHex32) << QStringList { QStringLiteral("message SID"), QStringLiteral("SM"), QStringLiteral("MM") };
}

void Tst_Sid::shapeProblem()
{
    QFETCH(QString, sid);
    QFETCH(QStringList, mentions);
    const QString problem
        = Sid::shapeProblem(sid, { QStringLiteral("SM"), QStringLiteral("MM") }, QStringLiteral("message SID"));
    QCOMPARE(problem.isEmpty(), mentions.isEmpty());
    for (const QString& m : mentions)
        QVERIFY2(problem.contains(m), qPrintable(problem));
    if (!mentions.isEmpty()) // it says what the shape should be
        QVERIFY2(problem.contains(QStringLiteral("32")), qPrintable(problem));
}

void Tst_Sid::masked_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("account SID") << QStringLiteral("AC12aaaaaaaaaaaaaaaaaaaaaaaaaacdef")
                                 << QStringLiteral("AC12\u2026cdef");
    QTest::newRow("message SID") << QStringLiteral("SMb7c0a2ce80504485a6f653a7110836f5")
                                 << QStringLiteral("SMb7\u202636f5");
    QTest::newRow("short") << QStringLiteral("SM12") << QStringLiteral("SM12");
    QTest::newRow("empty") << QString() << QString();
}

void Tst_Sid::masked()
{
    QFETCH(QString, sid);
    QFETCH(QString, expected);
    const QString m = Sid::masked(sid);
    QCOMPARE(m, expected);
    if (sid.size() > 12)
        QVERIFY(!m.contains(sid.mid(4, sid.size() - 8)));
}

QTEST_GUILESS_MAIN(Tst_Sid)
#include "tst_sid.moc"
