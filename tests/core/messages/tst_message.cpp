// SPDX-License-Identifier: GPL-3.0-or-later
// Message, MessagePage and Account from JSON. The fixtures in data/ follow the documented examples
// (shared/seed/making-requests-to-the-twilio-api.txt) and the field list of shared/twilio/messages-api.md.
#include "accounts/account.h"
#include "fixtures.h"
#include "messages/message.h"
#include "messages/messagepage.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::MessageStatus)

namespace {
QString fixturePath(const char* name)
{
    return QString::fromUtf8(TEXTBENCH_TEST_DATA) + u"/core/messages/data/" + QString::fromUtf8(name);
}

// Loads a fixture; an empty object (with a failure recorded by the caller's QVERIFY) when it is missing or broken.
QJsonObject fixture(const char* name, QString* error)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + u": " + file.errorString();
        return {};
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = file.fileName() + u": " + parseError.errorString();
        return {};
    }
    return doc.object();
}

#define LOAD(var, name)                                                                                                \
    QString var##Error;                                                                                                \
    const QJsonObject var = fixture(name, &var##Error);                                                                \
    QVERIFY2(var##Error.isEmpty(), qPrintable(var##Error))

QDateTime utc(int year, int month, int day, int h, int m, int s)
{
    return QDateTime(QDate(year, month, day), QTime(h, m, s), Qt::UTC);
}

QJsonObject parse(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class Tst_Message : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queuedFixture();
    void failedFixture();
    void nullsFixture();
    void unknownFieldsKept();
    void parseTwilioDate_data();
    void parseTwilioDate();
    void twilioDatesAgreeWithQt();
    void canonical_data();
    void canonical();
    void lenient_data();
    void lenient();
    void rejected_data();
    void rejected();
    void statuses_data();
    void statuses();
    void unknownStatusKeepsText();
    void pageFirst();
    void pageLast();
    void pageEmpty();
    void pageRejected_data();
    void pageRejected();
    void account();
    void accountRejected();
};

void Tst_Message::queuedFixture()
{
    LOAD(json, "message_queued.json");
    QString problem;
    const std::optional<Message> m = Message::fromJson(json, &problem);
    QVERIFY2(m.has_value(), qPrintable(problem));
    QCOMPARE(m->sid, QStringLiteral("SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(m->accountSid, QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(m->apiVersion, QStringLiteral("2010-04-01"));
    QCOMPARE(m->from, QStringLiteral("+14155552344"));
    QCOMPARE(m->to, QStringLiteral("+14155552345"));
    QCOMPARE(m->body, QStringLiteral("This will be the body of the new message!"));
    QCOMPARE(m->status, MessageStatus::Queued);
    QCOMPARE(m->statusText, QStringLiteral("queued"));
    QCOMPARE(m->direction, QStringLiteral("outbound-api"));
    // Strings on the wire, integers here.
    QCOMPARE(m->numSegments, 1);
    QCOMPARE(m->numMedia, 0);
    // Null while not yet priced.
    QVERIFY(m->price.isNull());
    QVERIFY(m->priceUnit.isNull());
    QVERIFY(!m->errorCode.has_value());
    QVERIFY(m->errorMessage.isNull());
    QCOMPARE(m->messagingServiceSid, QStringLiteral("MGaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    // "Thu, 24 Aug 2023 05:01:45 +0000", to the exact instant.
    const QDateTime expected = utc(2023, 8, 24, 5, 1, 45);
    QVERIFY(m->dateCreated.isValid());
    QCOMPARE(m->dateCreated.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(m->dateSent.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(m->dateUpdated.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    QCOMPARE(m->dateCreated.toUTC(), expected);
    QCOMPARE(m->uri,
        QStringLiteral("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/"
                       "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"));
    QCOMPARE(m->mediaUri,
        QStringLiteral("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/"
                       "SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Media.json"));
    QVERIFY(m->feedbackUri.isEmpty());
    QVERIFY(!MessageStatuses::isFinal(m->status));
}

void Tst_Message::failedFixture()
{
    LOAD(json, "message_failed.json");
    QString problem;
    const std::optional<Message> m = Message::fromJson(json, &problem);
    QVERIFY2(m.has_value(), qPrintable(problem));
    QCOMPARE(m->sid, QStringLiteral("SMb7c0a2ce80504485a6f653a7110836f5"));
    QCOMPARE(m->status, MessageStatus::Failed);
    QVERIFY(MessageStatuses::isFinal(m->status));
    QVERIFY(m->errorCode.has_value());
    QCOMPARE(*m->errorCode, 30007);
    QCOMPARE(m->errorMessage, QStringLiteral("Carrier violation"));
    // Money stays text, trailing zeros and sign included.
    QCOMPARE(m->price, QStringLiteral("-0.00750"));
    QCOMPARE(m->priceUnit, QStringLiteral("USD"));
    QCOMPARE(m->from, QStringLiteral("+12019235161"));
    QCOMPARE(m->to, QStringLiteral("+18182008801"));
    QCOMPARE(m->body, QStringLiteral("testing"));
    QCOMPARE(m->numSegments, 1);
    QCOMPARE(m->numMedia, 0);
    QCOMPARE(m->dateCreated.toUTC(), utc(2019, 5, 24, 17, 18, 27));
    QCOMPARE(m->dateSent.toUTC(), utc(2019, 5, 24, 17, 18, 28));
    QCOMPARE(m->dateUpdated.toUTC(), utc(2019, 5, 24, 17, 18, 28));
    QCOMPARE(m->feedbackUri,
        QStringLiteral("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/"
                       "SMb7c0a2ce80504485a6f653a7110836f5/Feedback.json"));
    QCOMPARE(m->mediaUri,
        QStringLiteral("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/"
                       "SMb7c0a2ce80504485a6f653a7110836f5/Media.json"));
}

void Tst_Message::nullsFixture()
{
    // Everything but status and direction may be null.
    LOAD(json, "message_nulls.json");
    QString problem;
    const std::optional<Message> m = Message::fromJson(json, &problem);
    QVERIFY2(m.has_value(), qPrintable(problem));
    QCOMPARE(m->sid, QStringLiteral("MM0123456789abcdef0123456789abcdef"));
    QCOMPARE(m->status, MessageStatus::Receiving);
    QCOMPARE(m->direction, QStringLiteral("inbound"));
    for (const QString* s : { &m->accountSid, &m->apiVersion, &m->from, &m->to, &m->body, &m->price, &m->priceUnit,
             &m->errorMessage, &m->messagingServiceSid, &m->uri, &m->mediaUri, &m->feedbackUri })
        QVERIFY(s->isEmpty());
    QCOMPARE(m->numSegments, -1);
    QCOMPARE(m->numMedia, -1);
    QVERIFY(!m->errorCode.has_value());
    QVERIFY(!m->dateCreated.isValid());
    QVERIFY(!m->dateSent.isValid());
    QVERIFY(!m->dateUpdated.isValid());
    QCOMPARE(m->toJson(), json);
}

void Tst_Message::unknownFieldsKept()
{
    LOAD(json, "message_queued.json");
    const std::optional<Message> m = Message::fromJson(json);
    QVERIFY(m.has_value());
    const QJsonObject raw = m->toJson();
    QCOMPARE(raw, json);
    QVERIFY(raw.contains(u"tags"));
    QCOMPARE(raw.value(u"tags").toObject().value(u"campaign_name").toString(), QStringLiteral("Spring Sale 2022"));
    QCOMPARE(raw.value(u"tags").toObject().value(u"message_type").toString(), QStringLiteral("cart_abandoned"));
    // The raw view shows nulls as Twilio sent them.
    QVERIFY(raw.value(u"price").isNull());
    QCOMPARE(raw.value(u"num_segments").toString(), QStringLiteral("1"));
}

void Tst_Message::parseTwilioDate_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: no date

    QTest::newRow("+0000") << QJsonValue(QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0000"))
                           << utc(2023, 8, 24, 5, 1, 45);
    QTest::newRow("+0200") << QJsonValue(QStringLiteral("Thu, 24 Aug 2023 07:01:45 +0200"))
                           << utc(2023, 8, 24, 5, 1, 45);
    QTest::newRow("-0700 across midnight")
        << QJsonValue(QStringLiteral("Wed, 23 Aug 2023 22:01:45 -0700")) << utc(2023, 8, 24, 5, 1, 45);
    QTest::newRow("new year") << QJsonValue(QStringLiteral("Mon, 01 Jan 2024 00:00:00 +0000"))
                              << utc(2024, 1, 1, 0, 0, 0);
    QTest::newRow("leap day") << QJsonValue(QStringLiteral("Thu, 29 Feb 2024 12:30:59 +0000"))
                              << utc(2024, 2, 29, 12, 30, 59);
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QDateTime();
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << QDateTime();
    QTest::newRow("empty") << QJsonValue(QString()) << QDateTime();
    QTest::newRow("junk") << QJsonValue(QStringLiteral("yesterday")) << QDateTime();
    QTest::newRow("number") << QJsonValue(1692853305) << QDateTime();
    QTest::newRow("impossible day") << QJsonValue(QStringLiteral("Thu, 32 Aug 2023 05:01:45 +0000")) << QDateTime();
}

void Tst_Message::parseTwilioDate()
{
    QFETCH(QJsonValue, value);
    QFETCH(QDateTime, expected);
    const QDateTime actual = textbench::parseTwilioDate(value);
    QCOMPARE(actual.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(actual.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(actual.toUTC(), expected);
    }
}

void Tst_Message::lenient_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("numSegments");
    QTest::addColumn<int>("numMedia");
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("errorCode"); // -1: none
    QTest::addColumn<QString>("from");

    QTest::newRow("strings as documented")
        << QByteArray("{\"sid\":\"SM1\",\"status\":\"sent\",\"num_segments\":\"3\",\"num_media\":\"2\","
                      "\"price\":\"-0.02250\",\"error_code\":null,\"from\":\"+15005550006\"}")
        << 3 << 2 << QStringLiteral("-0.02250") << -1 << QStringLiteral("+15005550006");
    QTest::newRow("numbers where strings are expected")
        << QByteArray("{\"sid\":\"SM1\",\"status\":\"sent\",\"num_segments\":3,\"num_media\":2,\"price\":-0.0075,"
                      "\"from\":14155552671}")
        << 3 << 2 << QStringLiteral("-0.0075") << -1 << QStringLiteral("14155552671");
    QTest::newRow("error code as a string")
        << QByteArray("{\"sid\":\"SM1\",\"status\":\"failed\",\"error_code\":\"30007\"}") << -1 << -1 << QString()
        << 30007 << QString();
    QTest::newRow("error code as an integer")
        << QByteArray("{\"sid\":\"SM1\",\"status\":\"failed\",\"error_code\":30003}") << -1 << -1 << QString() << 30003
        << QString();
    QTest::newRow("junk counts") << QByteArray("{\"sid\":\"SM1\",\"status\":\"sent\",\"num_segments\":\"many\","
                                               "\"num_media\":\"-1\",\"error_code\":\"none\"}")
                                 << -1 << -1 << QString() << -1 << QString();
    QTest::newRow("objects where scalars are expected")
        << QByteArray("{\"sid\":\"SM1\",\"status\":\"sent\",\"num_segments\":{},\"num_media\":[],\"price\":{},"
                      "\"error_code\":{},\"from\":[\"+1\"]}")
        << -1 << -1 << QString() << -1 << QString();
    // Found by fuzz_message_json (tests/fuzz/regressions/message_json): 0.5 passed the "> 0" check, then became 0.
    QTest::newRow("fractional error code") << QByteArray("{\"sid\":\"SM1\",\"status\":\"failed\",\"error_code\":0.5}")
                                           << -1 << -1 << QString() << -1 << QString();
    QTest::newRow("negative error code as a string")
        << QByteArray("{\"sid\":\"SM1\",\"status\":\"failed\",\"error_code\":\"-30007\"}") << -1 << -1 << QString()
        << -1 << QString();
    QTest::newRow("error code too large") << QByteArray("{\"sid\":\"SM1\",\"status\":\"failed\",\"error_code\":1e300}")
                                          << -1 << -1 << QString() << -1 << QString();
    QTest::newRow("status null") << QByteArray("{\"sid\":\"SM1\",\"status\":null}") << -1 << -1 << QString() << -1
                                 << QString();
    QTest::newRow("status absent") << QByteArray("{\"sid\":\"SM1\"}") << -1 << -1 << QString() << -1 << QString();
}

void Tst_Message::lenient()
{
    QFETCH(QByteArray, json);
    QFETCH(int, numSegments);
    QFETCH(int, numMedia);
    QFETCH(QString, price);
    QFETCH(int, errorCode);
    QFETCH(QString, from);

    const QJsonObject object = parse(json);
    QVERIFY(!object.isEmpty());
    QString problem;
    const std::optional<Message> m = Message::fromJson(object, &problem);
    QVERIFY2(m.has_value(), qPrintable(problem));
    QCOMPARE(m->sid, QStringLiteral("SM1"));
    QCOMPARE(m->numSegments, numSegments);
    QCOMPARE(m->numMedia, numMedia);
    QCOMPARE(m->price, price);
    QCOMPARE(m->errorCode.has_value(), errorCode >= 0);
    if (errorCode >= 0)
        QCOMPARE(*m->errorCode, errorCode);
    QCOMPARE(m->from, from);
    QCOMPARE(m->toJson(), object);
}

void Tst_Message::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("sid");
    QTest::newRow("no sid") << QByteArray("{\"status\":\"queued\",\"to\":\"+14155552671\"}") << QStringLiteral("sid");
    QTest::newRow("sid null") << QByteArray("{\"sid\":null,\"status\":\"queued\"}") << QStringLiteral("sid");
    QTest::newRow("sid a number") << QByteArray("{\"sid\":12345,\"status\":\"queued\"}") << QStringLiteral("sid");
    QTest::newRow("sid an object") << QByteArray("{\"sid\":{\"v\":\"SM1\"},\"status\":\"queued\"}")
                                   << QStringLiteral("sid");
    QTest::newRow("sid empty") << QByteArray("{\"sid\":\"\",\"status\":\"queued\"}") << QStringLiteral("sid");
    QTest::newRow("status a number") << QByteArray("{\"sid\":\"SM1\",\"status\":3}") << QStringLiteral("status");
    QTest::newRow("status an object") << QByteArray("{\"sid\":\"SM1\",\"status\":{\"s\":\"sent\"}}")
                                      << QStringLiteral("status");
    QTest::newRow("status an array") << QByteArray("{\"sid\":\"SM1\",\"status\":[\"sent\"]}")
                                     << QStringLiteral("status");
}

void Tst_Message::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString problem;
    QVERIFY(!Message::fromJson(parse(json), &problem).has_value());
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
    // The problem argument is optional.
    QVERIFY(!Message::fromJson(parse(json)).has_value());
}

void Tst_Message::statuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MessageStatus>("status");
    QTest::addColumn<bool>("final");

    QTest::newRow("queued") << QStringLiteral("queued") << MessageStatus::Queued << false;
    QTest::newRow("sending") << QStringLiteral("sending") << MessageStatus::Sending << false;
    QTest::newRow("sent") << QStringLiteral("sent") << MessageStatus::Sent << false;
    QTest::newRow("failed") << QStringLiteral("failed") << MessageStatus::Failed << true;
    QTest::newRow("delivered") << QStringLiteral("delivered") << MessageStatus::Delivered << true;
    QTest::newRow("undelivered") << QStringLiteral("undelivered") << MessageStatus::Undelivered << true;
    QTest::newRow("receiving") << QStringLiteral("receiving") << MessageStatus::Receiving << false;
    QTest::newRow("received") << QStringLiteral("received") << MessageStatus::Received << true;
    QTest::newRow("accepted") << QStringLiteral("accepted") << MessageStatus::Accepted << false;
    QTest::newRow("scheduled") << QStringLiteral("scheduled") << MessageStatus::Scheduled << false;
    QTest::newRow("read") << QStringLiteral("read") << MessageStatus::Read << true;
    QTest::newRow("partially_delivered") << QStringLiteral("partially_delivered") << MessageStatus::PartiallyDelivered
                                         << false;
    QTest::newRow("canceled") << QStringLiteral("canceled") << MessageStatus::Canceled << true;
}

void Tst_Message::statuses()
{
    QFETCH(QString, text);
    QFETCH(MessageStatus, status);
    QFETCH(bool, final);

    QCOMPARE(MessageStatuses::fromString(text), status);
    QCOMPARE(MessageStatuses::toString(status), text);
    QCOMPARE(MessageStatuses::isFinal(status), final);

    // Through a message object too.
    const QJsonObject json { { QStringLiteral("sid"), QStringLiteral("SM1") }, { QStringLiteral("status"), text } };
    const std::optional<Message> m = Message::fromJson(json);
    QVERIFY(m.has_value());
    QCOMPARE(m->status, status);
    QCOMPARE(m->statusText, text);
}

void Tst_Message::unknownStatusKeepsText()
{
    QCOMPARE(MessageStatuses::fromString(u"delivering_soon"), MessageStatus::Unknown);
    QCOMPARE(MessageStatuses::fromString(u""), MessageStatus::Unknown);
    QCOMPARE(MessageStatuses::fromString(u"cancelled"), MessageStatus::Unknown); // Twilio spells it "canceled"
    QVERIFY(!MessageStatuses::isFinal(MessageStatus::Unknown));

    const std::optional<Message> m = Message::fromJson(parse("{\"sid\":\"SM1\",\"status\":\"delivering_soon\"}"));
    QVERIFY(m.has_value());
    QCOMPARE(m->status, MessageStatus::Unknown);
    // A status newer than this build is still shown as Twilio sent it.
    QCOMPARE(m->statusText, QStringLiteral("delivering_soon"));
}

void Tst_Message::pageFirst()
{
    LOAD(json, "page_first.json");
    QString problem;
    const std::optional<MessagePage> page = MessagePage::fromJson(json, &problem);
    QVERIFY2(page.has_value(), qPrintable(problem));
    QCOMPARE(page->messages.size(), 2);
    QCOMPARE(page->messages.at(0).sid, QStringLiteral("SM00000000000000000000000000000001"));
    QCOMPARE(page->messages.at(0).status, MessageStatus::Delivered);
    QCOMPARE(page->messages.at(1).sid, QStringLiteral("MM00000000000000000000000000000002"));
    QCOMPARE(page->messages.at(1).status, MessageStatus::Received);
    QCOMPARE(page->messages.at(1).numMedia, 2);
    QCOMPARE(page->messages.at(1).body, QString(QStringLiteral("Photo \u00e9 ") + QString::fromUcs4(U"\U0001F44D")));
    // Unknown fields of each message are kept too.
    QVERIFY(page->messages.at(0).toJson().contains(u"tags"));
    QCOMPARE(page->page, 0);
    QCOMPARE(page->pageSize, 2);
    QCOMPARE(page->start, 0);
    QCOMPARE(page->end, 1);
    const QString base = QStringLiteral("/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages.json");
    QCOMPARE(page->uri, QString(base + u"?To=%2B14155552345&PageSize=2&Page=0"));
    QCOMPARE(page->firstPageUri, QString(base + u"?To=%2B14155552345&PageSize=2&Page=0"));
    QCOMPARE(page->nextPageUri,
        QString(base + u"?To=%2B14155552345&PageSize=2&Page=1&PageToken=PASM00000000000000000000000000000002"));
    QVERIFY(page->previousPageUri.isEmpty());
}

void Tst_Message::pageLast()
{
    LOAD(json, "page_last.json");
    QString problem;
    const std::optional<MessagePage> page = MessagePage::fromJson(json, &problem);
    QVERIFY2(page.has_value(), qPrintable(problem));
    QCOMPARE(page->messages.size(), 1);
    QCOMPARE(page->messages.at(0).status, MessageStatus::Undelivered);
    QCOMPARE(page->messages.at(0).errorCode.value_or(0), 30003);
    // next_page_uri null: the last page.
    QVERIFY(page->nextPageUri.isEmpty());
    QVERIFY(!page->previousPageUri.isEmpty());
    QCOMPARE(page->page, 1);
    QCOMPARE(page->start, 2);
    QCOMPARE(page->end, 2);
}

void Tst_Message::pageEmpty()
{
    const std::optional<MessagePage> page = MessagePage::fromJson(
        parse("{\"messages\": [], \"page\": 0, \"page_size\": 50, \"start\": 0, \"end\": 0, \"next_page_uri\": null}"));
    QVERIFY(page.has_value());
    QVERIFY(page->messages.isEmpty());
    QCOMPARE(page->pageSize, 50);
    QVERIFY(page->nextPageUri.isEmpty());
}

void Tst_Message::pageRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("no messages") << QByteArray("{\"page\": 0}") << QStringLiteral("messages");
    QTest::newRow("messages an object") << QByteArray("{\"messages\": {}}") << QStringLiteral("messages");
    QTest::newRow("messages a string") << QByteArray("{\"messages\": \"none\"}") << QStringLiteral("messages");
    QTest::newRow("messages null") << QByteArray("{\"messages\": null}") << QStringLiteral("messages");
    QTest::newRow("a number in the array") << QByteArray("{\"messages\": [1]}") << QStringLiteral("1");
    QTest::newRow("second message without sid")
        << QByteArray("{\"messages\": [{\"sid\": \"SM1\", \"status\": \"sent\"}, {\"status\": \"sent\"}]}")
        << QStringLiteral("2");
    QTest::newRow("message with bad status")
        << QByteArray("{\"messages\": [{\"sid\": \"SM1\", \"status\": 7}]}") << QStringLiteral("status");
    QTest::newRow("an array in the array") << QByteArray("{\"messages\": [[]]}") << QStringLiteral("1");
}

void Tst_Message::pageRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString problem;
    QVERIFY(!MessagePage::fromJson(parse(json), &problem).has_value());
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(mentions), qPrintable(problem));
}

void Tst_Message::account()
{
    LOAD(json, "account.json");
    QString problem;
    const std::optional<Account> a = Account::fromJson(json, &problem);
    QVERIFY2(a.has_value(), qPrintable(problem));
    QCOMPARE(a->sid, QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    QCOMPARE(a->friendlyName, QStringLiteral("My Textbench account"));
    QCOMPARE(a->status, QStringLiteral("active"));
    QCOMPARE(a->type, QStringLiteral("Full"));
    QCOMPARE(a->dateCreated.toUTC(), utc(2015, 7, 30, 20, 0, 0));
    // The account's own Auth Token is never kept for the raw view; everything else is.
    QVERIFY(json.value(u"auth_token").isString());
    QCOMPARE(a->raw.value(u"auth_token").toString(), QStringLiteral("********"));
    QJsonObject expected = json;
    expected.insert(QStringLiteral("auth_token"), QStringLiteral("********"));
    QCOMPARE(a->raw, expected);
}

void Tst_Message::accountRejected()
{
    QString problem;
    QVERIFY(!Account::fromJson(QJsonObject(), &problem).has_value());
    QVERIFY(problem.contains(QStringLiteral("sid")));
    problem.clear();
    QVERIFY(!Account::fromJson(parse("{\"sid\": 1, \"status\": \"active\"}"), &problem).has_value());
    QVERIFY(!problem.isEmpty());
}

QTEST_GUILESS_MAIN(Tst_Message)
#include "tst_message.moc"

// The hand-written reader and writer of Twilio's dates against Qt's RFC 2822 parser, over a century and a half of
// random seconds, and on texts that are nearly right (wrong weekday, another offset): those go to Qt's parser.
void Tst_Message::twilioDatesAgreeWithQt()
{
    QRandomGenerator random(20261130);
    const qint64 from = QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 to = QDateTime(QDate(2120, 12, 31), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    for (int i = 0; i < 20'000; ++i) {
        const qint64 ms = (from + qint64(random.bounded(double(to - from)))) * 1000;
        const QString text = textbench::formatTwilioDate(ms);
        const QDateTime qt = QDateTime::fromString(text, Qt::RFC2822Date);
        QVERIFY2(qt.isValid() && qt.toMSecsSinceEpoch() == ms, qPrintable(text));
        QCOMPARE(textbench::parseTwilioDate(QJsonValue(text)).toMSecsSinceEpoch(), ms);
        QCOMPARE(text.left(3), QLocale::c().dayName(qt.toUTC().date().dayOfWeek(), QLocale::ShortFormat));
    }
    const QStringList nearly = { QStringLiteral("Fri, 24 Aug 2023 05:01:45 +0000"), // Thursday, in fact
        QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0100"), QStringLiteral("Thu, 24 Aug 23 05:01:45 +0000"),
        QStringLiteral("Thu, 31 Jun 2023 05:01:45 +0000"), QStringLiteral("Thu, 24 Aug 2023 24:01:45 +0000"),
        QStringLiteral("Thu, 24 aug 2023 05:01:45 +0000"), QStringLiteral("Thu, 24 Aug 2023 05:01:4x +0000") };
    for (const QString& text : nearly) {
        const QDateTime qt = QDateTime::fromString(text, Qt::RFC2822Date);
        const QDateTime ours = textbench::parseTwilioDate(QJsonValue(text));
        QVERIFY2(ours.isValid() == qt.isValid(), qPrintable(text));
        if (qt.isValid())
            QCOMPARE(ours.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
    }
}

namespace {
QJsonObject twilioShaped()
{
    return textbench::test::twilioShapedMessage();
}
} // namespace

void Tst_Message::canonical_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("canonical");
    const auto with = [](const char* key, const QJsonValue& value) {
        QJsonObject o = twilioShaped();
        o.insert(QLatin1StringView(key), value);
        return o;
    };
    const auto without = [](const char* key) {
        QJsonObject o = twilioShaped();
        o.remove(QLatin1StringView(key));
        return o;
    };
    QTest::newRow("Twilio's shape") << twilioShaped() << true;
    QTest::newRow("error 30003") << with("error_code", 30003) << true;
    QTest::newRow("queued: nulls") << with("date_sent", QJsonValue::Null) << true;
    QTest::newRow("an extra field") << with("tags", QJsonObject {}) << false;
    QTest::newRow("a field missing") << without("price_unit") << false;
    QTest::newRow("ISO date") << with("date_created", QStringLiteral("2023-08-24T05:01:45Z")) << false;
    QTest::newRow("another offset") << with("date_created", QStringLiteral("Thu, 24 Aug 2023 07:01:45 +0200")) << false;
    QTest::newRow("count as a number") << with("num_segments", 1) << false;
    QTest::newRow("count with a zero in front") << with("num_segments", QStringLiteral("01")) << false;
    QTest::newRow("empty string for null") << with("price", QString()) << false;
    QTest::newRow("error code 0") << with("error_code", 0) << false;
    QTest::newRow("error code as text") << with("error_code", QStringLiteral("30003")) << false;
    QTest::newRow("URI elsewhere") << with("uri", QStringLiteral("/elsewhere.json")) << false;
    QTest::newRow("media only") << with("subresource_uris",
        QJsonObject {
            { QStringLiteral("media"), twilioShaped().value(u"subresource_uris").toObject().value(u"media") } })
                                << true;
    QTest::newRow("a third subresource") << with("subresource_uris",
        QJsonObject { { QStringLiteral("media"), twilioShaped().value(u"subresource_uris").toObject().value(u"media") },
            { QStringLiteral("other"), QStringLiteral("x") } })
                                         << false;
    QTest::newRow("empty status") << with("status", QString()) << false;
    QTest::newRow("number as from") << with("from", 15005550006.0) << false;
}

void Tst_Message::canonical()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, canonical);
    const auto m = Message::fromJson(json);
    QVERIFY(m);
    QCOMPARE(m->isCanonical(), canonical);
    QCOMPARE(m->toJson(), json); // kept whole either way
}
