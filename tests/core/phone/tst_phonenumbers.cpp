// SPDX-License-Identifier: GPL-3.0-or-later
// To/From checks and E.164 normalisation with libphonenumber, including Twilio's magic test numbers
// (test-credentials-and-segments.md).
#include "phone/phonenumbers.h"

#include <QTest>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::AddressCheck::Kind)
Q_DECLARE_METATYPE(textbench::PhoneNumbers::Role)

class Tst_PhoneNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void magicNumbers_data();
    void magicNumbers();
};

void Tst_PhoneNumbers::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PhoneNumbers::Role>("role");
    QTest::addColumn<QString>("region");
    QTest::addColumn<AddressCheck::Kind>("kind");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("regionCode"); // checked when not empty

    using K = AddressCheck::Kind;
    const auto to = PhoneNumbers::Role::To;
    const auto from = PhoneNumbers::Role::From;
    const QString us = QStringLiteral("+14155552671");

    // E.164 numbers of several countries.
    QTest::newRow("US") << us << to << QString() << K::PhoneNumber << us << QStringLiteral("US");
    // libphonenumber files the well-known example +44 7911 123456 under Guernsey (GG), which shares +44.
    QTest::newRow("UK +447911123456") << QStringLiteral("+447911123456") << to << QString() << K::PhoneNumber
                                      << QStringLiteral("+447911123456") << QStringLiteral("GG");
    QTest::newRow("UK mobile") << QStringLiteral("+447400123456") << to << QString() << K::PhoneNumber
                               << QStringLiteral("+447400123456") << QStringLiteral("GB");
    QTest::newRow("DE mobile") << QStringLiteral("+4915123456789") << to << QString() << K::PhoneNumber
                               << QStringLiteral("+4915123456789") << QStringLiteral("DE");
    QTest::newRow("FR mobile") << QStringLiteral("+33612345678") << to << QString() << K::PhoneNumber
                               << QStringLiteral("+33612345678") << QStringLiteral("FR");
    QTest::newRow("IN mobile") << QStringLiteral("+919876543210") << to << QString() << K::PhoneNumber
                               << QStringLiteral("+919876543210") << QStringLiteral("IN");
    QTest::newRow("US as From") << us << from << QString() << K::PhoneNumber << us << QStringLiteral("US");

    // Formatting characters and invisible marks picked up by copy and paste.
    QTest::newRow("spaces, parentheses, dash")
        << QStringLiteral("+1 (415) 555-2671") << to << QString() << K::PhoneNumber << us << QString();
    QTest::newRow("dots") << QStringLiteral("+1.415.555.2671") << to << QString() << K::PhoneNumber << us << QString();
    QTest::newRow("surrounding white space")
        << QStringLiteral("\t +14155552671 \n") << to << QString() << K::PhoneNumber << us << QString();
    QTest::newRow("no-break spaces") << QStringLiteral("+1\u00a0415\u00a0555\u00a02671") << to << QString()
                                     << K::PhoneNumber << us << QString();
    QTest::newRow("RLM U+200F") << QStringLiteral("\u200f+14155552671") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("LRM U+200E") << QStringLiteral("+14155552671\u200e") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("LRE..PDF U+202A U+202C")
        << QStringLiteral("\u202a+1 415 555 2671\u202c") << to << QString() << K::PhoneNumber << us << QString();
    QTest::newRow("RLE U+202B") << QStringLiteral("\u202b+14155552671\u202c") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("LRO U+202D") << QStringLiteral("\u202d+14155552671\u202c") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("RLO U+202E") << QStringLiteral("\u202e+14155552671\u202c") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("LRI..PDI U+2066 U+2069")
        << QStringLiteral("\u2066+14155552671\u2069") << to << QString() << K::PhoneNumber << us << QString();
    QTest::newRow("RLI U+2067") << QStringLiteral("\u2067+14155552671\u2069") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("FSI U+2068") << QStringLiteral("\u2068+14155552671\u2069") << to << QString() << K::PhoneNumber << us
                                << QString();
    QTest::newRow("zero-width space inside")
        << QStringLiteral("+1415\u200b5552671") << to << QString() << K::PhoneNumber << us << QString();
    QTest::newRow("BOM") << QStringLiteral("\ufeff+14155552671") << to << QString() << K::PhoneNumber << us
                         << QString();

    // Without '+': refused unless a default region is given.
    QTest::newRow("national, no region") << QStringLiteral("4155552671") << to << QString() << K::Invalid << QString()
                                         << QString();
    QTest::newRow("national formatted, no region")
        << QStringLiteral("(415) 555-2671") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("national, region US") << QStringLiteral("4155552671") << to << QStringLiteral("US") << K::PhoneNumber
                                         << us << QStringLiteral("US");
    QTest::newRow("national formatted, region US") << QStringLiteral("(415) 555-2671") << to << QStringLiteral("US")
                                                   << K::PhoneNumber << us << QStringLiteral("US");
    QTest::newRow("national, region lower-case us")
        << QStringLiteral("4155552671") << to << QStringLiteral("us") << K::PhoneNumber << us << QStringLiteral("US");
    QTest::newRow("national, region GB") << QStringLiteral("07400 123456") << to << QStringLiteral("GB")
                                         << K::PhoneNumber << QStringLiteral("+447400123456") << QStringLiteral("GB");
    QTest::newRow("E.164 wins over the region")
        << QStringLiteral("+447400123456") << to << QStringLiteral("US") << K::PhoneNumber
        << QStringLiteral("+447400123456") << QStringLiteral("GB");

    // Not numbers.
    QTest::newRow("too short") << QStringLiteral("+1415") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("too short UK") << QStringLiteral("+44791") << to << QString() << K::Invalid << QString()
                                  << QString();
    QTest::newRow("too long") << QStringLiteral("+1415555267123456") << to << QString() << K::Invalid << QString()
                              << QString();
    QTest::newRow("more than 15 digits") << QStringLiteral("+4479111234567890123") << to << QString() << K::Invalid
                                         << QString() << QString();
    QTest::newRow("invalid country code")
        << QStringLiteral("+9991234567") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("unassigned US area code")
        << QStringLiteral("+11115552671") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("letters") << QStringLiteral("+1415CALLNOW") << to << QString() << K::Invalid << QString()
                             << QString();
    QTest::newRow("word") << QStringLiteral("abc") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("empty") << QString() << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("only invisible marks")
        << QStringLiteral("\u200f\u202a\u202c") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("plus only") << QStringLiteral("+") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("two pluses") << QStringLiteral("++14155552671") << to << QString() << K::Invalid << QString()
                                << QString();

    // Channel addresses.
    QTest::newRow("whatsapp") << QStringLiteral("whatsapp:+14155552671") << to << QString() << K::ChannelAddress
                              << QStringLiteral("whatsapp:+14155552671") << QStringLiteral("US");
    QTest::newRow("whatsapp formatted") << QStringLiteral("WhatsApp:+1 (415) 555-2671") << to << QString()
                                        << K::ChannelAddress << QStringLiteral("whatsapp:+14155552671") << QString();
    QTest::newRow("whatsapp with RTL mark")
        << QStringLiteral("\u200fwhatsapp:+14155552671") << from << QString() << K::ChannelAddress
        << QStringLiteral("whatsapp:+14155552671") << QString();
    QTest::newRow("whatsapp with a bad number")
        << QStringLiteral("whatsapp:+1415") << to << QString() << K::Invalid << QString() << QString();
    QTest::newRow("messenger") << QStringLiteral("messenger:12345") << to << QString() << K::ChannelAddress
                               << QStringLiteral("messenger:12345") << QString();
    QTest::newRow("messenger as From") << QStringLiteral("messenger:12345") << from << QString() << K::ChannelAddress
                                       << QStringLiteral("messenger:12345") << QString();

    // From: alphanumeric sender IDs and short codes.
    QTest::newRow("sender ID") << QStringLiteral("Textbench") << from << QString() << K::AlphanumericSenderId
                               << QStringLiteral("Textbench") << QString();
    QTest::newRow("sender ID with space and digit")
        << QStringLiteral("My Shop 1") << from << QString() << K::AlphanumericSenderId << QStringLiteral("My Shop 1")
        << QString();
    QTest::newRow("sender ID of 11 characters")
        << QStringLiteral("ElevenChars") << from << QString() << K::AlphanumericSenderId
        << QStringLiteral("ElevenChars") << QString();
    QTest::newRow("sender ID too long") << QStringLiteral("TooLongSenderId12") << from << QString() << K::Invalid
                                        << QString() << QString();
    QTest::newRow("sender ID of 12 characters")
        << QStringLiteral("TwelveChars1") << from << QString() << K::Invalid << QString() << QString();
    QTest::newRow("sender ID with punctuation")
        << QStringLiteral("bad!id") << from << QString() << K::Invalid << QString() << QString();
    QTest::newRow("sender ID as To") << QStringLiteral("Textbench") << to << QString() << K::Invalid << QString()
                                     << QString();
    QTest::newRow("short code From") << QStringLiteral("12345") << from << QString() << K::ShortCode
                                     << QStringLiteral("12345") << QString();
    QTest::newRow("six-digit short code From")
        << QStringLiteral("123456") << from << QString() << K::ShortCode << QStringLiteral("123456") << QString();
    QTest::newRow("short code To") << QStringLiteral("12345") << to << QString() << K::Invalid << QString()
                                   << QString();
}

void Tst_PhoneNumbers::check()
{
    QFETCH(QString, input);
    QFETCH(PhoneNumbers::Role, role);
    QFETCH(QString, region);
    QFETCH(AddressCheck::Kind, kind);
    QFETCH(QString, normalized);
    QFETCH(QString, regionCode);

    const AddressCheck c = PhoneNumbers::check(input, role, region);
    QVERIFY2(c.kind == kind,
        qPrintable(QStringLiteral("kind %1, normalized \"%2\", problem \"%3\"")
                       .arg(int(c.kind))
                       .arg(c.normalized, c.problem)));
    QCOMPARE(c.isValid(), kind != AddressCheck::Kind::Invalid);
    if (c.isValid()) {
        QCOMPARE(c.normalized, normalized);
        QVERIFY(c.problem.isEmpty());
        if (!regionCode.isEmpty())
            QCOMPARE(c.regionCode, regionCode);
    } else {
        QVERIFY(!c.problem.isEmpty());
    }
}

void Tst_PhoneNumbers::magicNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<PhoneNumbers::Role>("role");

    // Twilio's magic test numbers: with test credentials Twilio answers each with a documented result, so
    // Textbench must let them through to Twilio rather than refuse them locally.
    for (const char* n : { "+15005550006", "+15005550001", "+15005550007", "+15005550008" })
        QTest::addRow("From %s", n) << QString::fromLatin1(n) << PhoneNumbers::Role::From;
    for (const char* n : { "+15005550001", "+15005550002", "+15005550003", "+15005550004", "+15005550009" })
        QTest::addRow("To %s", n) << QString::fromLatin1(n) << PhoneNumbers::Role::To;
}

void Tst_PhoneNumbers::magicNumbers()
{
    QFETCH(QString, number);
    QFETCH(PhoneNumbers::Role, role);
    const AddressCheck c = PhoneNumbers::check(number, role);
    QVERIFY2(c.kind == AddressCheck::Kind::PhoneNumber, qPrintable(c.problem));
    QCOMPARE(c.normalized, number);
}

QTEST_GUILESS_MAIN(Tst_PhoneNumbers)
#include "tst_phonenumbers.moc"
