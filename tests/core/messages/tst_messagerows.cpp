// SPDX-License-Identifier: GPL-3.0-or-later
// MessageRows, the message log's codec: for every field of Twilio's Message resource, in Twilio's shape and out of
// it, a message kept as a row gives back exactly the JSON it came from (Message::toJson) and the same fields.
#include "fixtures.h"
#include "messages/messagerows.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace textbench;

namespace {
const QString& kAccount = textbench::test::kAccountSid;
const QString& kSid = textbench::test::kMessageSid;

QString resourcePath()
{
    return messageResourcePath(kAccount, kSid);
}

// A message exactly as Twilio sends it: every field of the resource.
QJsonObject twilioShaped()
{
    return textbench::test::twilioShapedMessage();
}

QJsonObject with(const QString& key, const QJsonValue& value)
{
    QJsonObject o = twilioShaped();
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

// Each row varies one field of Twilio's shape: in Twilio's own form (kept as a row alone) and out of it (kept whole).
struct Variant
{
    QString field;
    const char* what;
    QJsonValue value; ///< Undefined: the field left out
};

QList<Variant> variants()
{
    const QJsonValue missing(QJsonValue::Undefined);
    const QJsonValue null(QJsonValue::Null);
    return {
        { QStringLiteral("account_sid"), "another account", QStringLiteral("ACffffffffffffffffffffffffffffffff") },
        { QStringLiteral("account_sid"), "null", null },
        { QStringLiteral("api_version"), "null", null },
        { QStringLiteral("api_version"), "another version", QStringLiteral("2008-08-01") },
        { QStringLiteral("body"), "empty (redacted)", QString() },
        { QStringLiteral("body"), "UCS-2, emoji, new lines", QStringLiteral("Grüße 😀\nzweite Zeile") },
        { QStringLiteral("body"), "null", null },
        { QStringLiteral("date_created"), "another day", QStringLiteral("Sat, 29 Feb 2020 23:59:59 +0000") },
        { QStringLiteral("date_created"), "null", null },
        { QStringLiteral("date_created"), "ISO 8601", QStringLiteral("2023-08-24T05:01:45Z") },
        { QStringLiteral("date_created"), "another offset", QStringLiteral("Thu, 24 Aug 2023 07:01:45 +0200") },
        { QStringLiteral("date_sent"), "null while queued", null },
        { QStringLiteral("date_sent"), "junk", QStringLiteral("yesterday") },
        { QStringLiteral("date_updated"), "null", null },
        { QStringLiteral("date_updated"), "before 1970", QStringLiteral("Wed, 31 Dec 1969 23:59:59 +0000") },
        { QStringLiteral("direction"), "inbound", QStringLiteral("inbound") },
        { QStringLiteral("direction"), "outbound-reply", QStringLiteral("outbound-reply") },
        { QStringLiteral("direction"), "null", null },
        { QStringLiteral("error_code"), "30003", 30003 },
        { QStringLiteral("error_code"), "0", 0 },
        { QStringLiteral("error_code"), "as text", QStringLiteral("30003") },
        { QStringLiteral("error_message"), "text", QStringLiteral("Unreachable destination handset") },
        { QStringLiteral("error_message"), "empty string", QString() },
        { QStringLiteral("from"), "a short code", QStringLiteral("12345") },
        { QStringLiteral("from"), "whatsapp", QStringLiteral("whatsapp:+15005550006") },
        { QStringLiteral("from"), "null", null },
        { QStringLiteral("from"), "a number", 15005550006.0 },
        { QStringLiteral("messaging_service_sid"), "a service", QStringLiteral("MG0123456789abcdef0123456789abcdef") },
        { QStringLiteral("messaging_service_sid"), "empty string", QString() },
        { QStringLiteral("num_media"), "3", QStringLiteral("3") },
        { QStringLiteral("num_media"), "null", null },
        { QStringLiteral("num_media"), "as a number", 3 },
        { QStringLiteral("num_segments"), "10", QStringLiteral("10") },
        { QStringLiteral("num_segments"), "null", null },
        { QStringLiteral("num_segments"), "with a zero in front", QStringLiteral("01") },
        { QStringLiteral("price"), "null while not priced", null },
        { QStringLiteral("price"), "positive", QStringLiteral("0.0075") },
        { QStringLiteral("price"), "empty string", QString() },
        { QStringLiteral("price_unit"), "EUR", QStringLiteral("EUR") },
        { QStringLiteral("price_unit"), "missing", missing },
        { QStringLiteral("sid"), "an MMS", QStringLiteral("MM0123456789abcdef0123456789abcdef") },
        { QStringLiteral("status"), "partially_delivered", QStringLiteral("partially_delivered") },
        { QStringLiteral("status"), "a status newer than this build", QStringLiteral("teleported") },
        { QStringLiteral("status"), "empty", QString() },
        { QStringLiteral("subresource_uris"), "media only",
            QJsonObject { { QStringLiteral("media"), QString(resourcePath() + u"/Media.json") } } },
        { QStringLiteral("subresource_uris"), "none", QJsonObject {} },
        { QStringLiteral("subresource_uris"), "a third one",
            QJsonObject { { QStringLiteral("media"), QString(resourcePath() + u"/Media.json") },
                { QStringLiteral("other"), QStringLiteral("/x.json") } } },
        { QStringLiteral("to"), "another country", QStringLiteral("+442071838750") },
        { QStringLiteral("to"), "null", null },
        { QStringLiteral("uri"), "elsewhere", QStringLiteral("/elsewhere.json") },
        { QStringLiteral("uri"), "missing", missing },
    };
}
} // namespace

class Tst_MessageRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void everyFieldHasRows();
    void aMessageIsListedOnce();
    void replaceAndRemove();
};

void Tst_MessageRows::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("Twilio's shape") << twilioShaped();
    for (const Variant& v : variants())
        QTest::addRow("%s: %s", qPrintable(v.field), v.what) << with(v.field, v.value);
    // And what is not a field of the resource at all.
    QTest::newRow("an extra field") << with(QStringLiteral("tags"), QJsonObject { { QStringLiteral("a"), 1 } });
}

void Tst_MessageRows::roundTrip()
{
    QFETCH(QJsonObject, json);
    QString problem;
    const std::optional<Message> parsed = Message::fromJson(json, &problem);
    QVERIFY2(parsed, qPrintable(problem));
    const Message& m = *parsed;

    MessageRows rows;
    rows.append(rows.encodeNew({ m }));
    QCOMPARE(rows.size(), 1);
    // What the log shows, exports and opens is what the server sent, byte for byte once serialised.
    QCOMPARE(rows.json(0), m.toJson());
    QCOMPARE(rows.json(0), json);
    QCOMPARE(rows.message(0).toJson(), json);
    // And the fields the log's columns read.
    QCOMPARE(rows.sid(0), m.sid);
    QCOMPARE(rows.body(0), m.body);
    QCOMPARE(rows.from(0), m.from);
    QCOMPARE(rows.to(0), m.to);
    QCOMPARE(rows.direction(0), m.direction);
    QCOMPARE(rows.statusText(0), m.statusText);
    QCOMPARE(rows.status(0), m.status);
    QCOMPARE(rows.dateCreated(0), m.dateCreated.isValid() ? m.dateCreated.toMSecsSinceEpoch() : MessageRows::kNoDate);
    QCOMPARE(rows.numSegments(0), m.numSegments);
    QCOMPARE(rows.price(0), m.price);
    QCOMPARE(rows.priceUnit(0), m.priceUnit);
    QCOMPARE(rows.errorCode(0), m.errorCode.value_or(0));
    QCOMPARE(rows.errorMessage(0), m.errorMessage);
    QCOMPARE(rows.indexOf(m.sid), 0);
}

void Tst_MessageRows::everyFieldHasRows()
{
    // A field added to Twilio's shape (and to Message) is not done until it has rows above: the codec is the one
    // place the log knows the fields.
    QSet<QString> fields;
    const QJsonObject shape = twilioShaped();
    for (auto it = shape.begin(); it != shape.end(); ++it) {
        fields.insert(it.key());
        QVERIFY2(messageField(it.key()) != MessageField::Unknown, qPrintable(it.key()));
    }
    QCOMPARE(int(fields.size()), kMessageFieldCount);
    QSet<QString> varied;
    for (const Variant& v : variants())
        varied.insert(v.field);
    QCOMPARE(varied, fields);
}

void Tst_MessageRows::aMessageIsListedOnce()
{
    MessageRows rows;
    const Message a = *Message::fromJson(twilioShaped());
    const Message b = *Message::fromJson(with(QStringLiteral("sid"), QStringLiteral("SM1")));
    // A page boundary that moved while messages arrived repeats a message: within a page and across pages.
    rows.append(rows.encodeNew({ a, b, a }));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.encodeNew({ b, a }).size(), 0);
    QCOMPARE(rows.indexOf(QStringLiteral("SM1")), 1);
    QCOMPARE(rows.indexOf(QStringLiteral("SM2")), -1);
    rows.clear();
    QCOMPARE(rows.size(), 0);
    QCOMPARE(rows.indexOf(kSid), -1);
    QCOMPARE(rows.encodeNew({ a }).size(), 1);
}

void Tst_MessageRows::replaceAndRemove()
{
    MessageRows rows;
    const Message queued = *Message::fromJson(with(QStringLiteral("status"), QStringLiteral("queued")));
    const Message other = *Message::fromJson(with(QStringLiteral("sid"), QStringLiteral("SM1")));
    rows.append(rows.encodeNew({ queued, other }));
    const Message delivered = *Message::fromJson(twilioShaped());
    rows.replace(0, delivered);
    QCOMPARE(rows.statusText(0), QStringLiteral("delivered"));
    QCOMPARE(rows.json(0), twilioShaped());
    rows.remove(0);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.sid(0), QStringLiteral("SM1"));
    QCOMPARE(rows.indexOf(kSid), -1);
    QCOMPARE(rows.indexOf(QStringLiteral("SM1")), 0);
}

QTEST_GUILESS_MAIN(Tst_MessageRows)
#include "tst_messagerows.moc"
