// SPDX-License-Identifier: GPL-3.0-or-later
// CreateMessageParams and MessageListFilter: the order and encoding of twilio-node 5.13.1
// (lib/rest/api/v2010/account/message.js), and Twilio's rules from shared/twilio/messages-api.md.
#include "messages/messageparams.h"

#include <QTest>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::CreateMessageParams)
Q_DECLARE_METATYPE(textbench::MessageListFilter)

namespace {
const QString kMg = QStringLiteral("MG22222222222222222222222222222222");
const QDateTime kNow(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);

QStringList mediaUrls(int n)
{
    QStringList urls;
    for (int i = 0; i < n; ++i)
        urls << QStringLiteral("https://x.test/%1.png").arg(i);
    return urls;
}

QStringList names(const FormFields& fields)
{
    QStringList out;
    for (const auto& field : fields)
        out << field.first;
    return out;
}

CreateMessageParams minimal()
{
    CreateMessageParams p;
    p.to = QStringLiteral("+14155552671");
    p.from = QStringLiteral("+15005550006");
    p.body = QStringLiteral("Hello");
    return p;
}

// Every field set, with the values used for the body captured from twilio-node.
CreateMessageParams everything()
{
    CreateMessageParams p;
    p.to = QStringLiteral("+14155552671");
    p.statusCallback = QStringLiteral("https://cb.test/s?a=1");
    p.applicationSid = QStringLiteral("AP11111111111111111111111111111111");
    p.maxPrice = QStringLiteral("0.05");
    p.provideFeedback = true;
    p.attempt = 2;
    p.validityPeriod = 600;
    p.forceDelivery = false;
    p.contentRetention = QStringLiteral("retain");
    p.addressRetention = QStringLiteral("obfuscate");
    p.smartEncoded = true;
    p.persistentActions = QStringList { QStringLiteral("mailto:a@b.test"), QStringLiteral("sms:+14155552671") };
    p.trafficType = QStringLiteral("free");
    p.shortenUrls = false;
    p.scheduleType = QStringLiteral("fixed");
    p.sendAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    p.sendAsMms = true;
    p.contentVariables = QStringLiteral("{\"1\":\"x\"}");
    p.riskCheck = QStringLiteral("disable");
    p.from = QStringLiteral("+15005550006");
    p.messagingServiceSid = kMg;
    p.body = QStringLiteral("Hi");
    p.mediaUrls = QStringList { QStringLiteral("https://x.test/a.png"), QStringLiteral("https://x.test/b.png") };
    p.contentSid = QStringLiteral("HX33333333333333333333333333333333");
    return p;
}
} // namespace

class Tst_MessageParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toFormOrder();
    void toFormNodeBody();
    void toFormOmitsUnset();
    void toFormBooleans_data();
    void toFormBooleans();
    void toTwilioDateTime_data();
    void toTwilioDateTime();
    void normalize_data();
    void normalize();
    void normalizeTrimsMediaUrls();
    void listQueryOrder();
    void listPageSize_data();
    void listPageSize();
    void listNormalize_data();
    void listNormalize();
};

void Tst_MessageParams::toFormOrder()
{
    const QStringList expected {
        QStringLiteral("To"),
        QStringLiteral("StatusCallback"),
        QStringLiteral("ApplicationSid"),
        QStringLiteral("MaxPrice"),
        QStringLiteral("ProvideFeedback"),
        QStringLiteral("Attempt"),
        QStringLiteral("ValidityPeriod"),
        QStringLiteral("ForceDelivery"),
        QStringLiteral("ContentRetention"),
        QStringLiteral("AddressRetention"),
        QStringLiteral("SmartEncoded"),
        QStringLiteral("PersistentAction"),
        QStringLiteral("PersistentAction"),
        QStringLiteral("TrafficType"),
        QStringLiteral("ShortenUrls"),
        QStringLiteral("ScheduleType"),
        QStringLiteral("SendAt"),
        QStringLiteral("SendAsMms"),
        QStringLiteral("ContentVariables"),
        QStringLiteral("RiskCheck"),
        QStringLiteral("From"),
        QStringLiteral("MessagingServiceSid"),
        QStringLiteral("Body"),
        QStringLiteral("MediaUrl"),
        QStringLiteral("MediaUrl"),
        QStringLiteral("ContentSid"),
    };
    QCOMPARE(names(everything().toForm()), expected);
}

void Tst_MessageParams::toFormNodeBody()
{
    // twilio-node 5.13.1, messages.create() with the same values, serialised by its request client (qs, repeat).
    const QByteArray node
        = "To=%2B14155552671&StatusCallback=https%3A%2F%2Fcb.test%2Fs%3Fa%3D1&ApplicationSid="
          "AP11111111111111111111111111111111"
          "&MaxPrice=0.05&ProvideFeedback=true&Attempt=2&ValidityPeriod=600&ForceDelivery=false&ContentRetention=retain"
          "&AddressRetention=obfuscate&SmartEncoded=true&PersistentAction=mailto%3Aa%40b.test"
          "&PersistentAction=sms%3A%2B14155552671&TrafficType=free&ShortenUrls=false&ScheduleType=fixed"
          "&SendAt=2026-11-28T10%3A00%3A00Z&SendAsMms=true&ContentVariables=%7B%221%22%3A%22x%22%7D&RiskCheck=disable"
          "&From=%2B15005550006&MessagingServiceSid=MG22222222222222222222222222222222&Body=Hi"
          "&MediaUrl=https%3A%2F%2Fx.test%2Fa.png&MediaUrl=https%3A%2F%2Fx.test%2Fb.png"
          "&ContentSid=HX33333333333333333333333333333333";
    QCOMPARE(FormEncoding::encode(everything().toForm()), node);

    // And the create the Node library sent on the wire in the FormEncoding test.
    CreateMessageParams p;
    p.to = QStringLiteral("+14155552671");
    p.validityPeriod = 600;
    p.smartEncoded = true;
    p.from = QStringLiteral("+15005550006");
    p.body = QStringLiteral("a+b&c=d \u00e9 ") + QString::fromUcs4(U"\U0001F44D") + QStringLiteral(" ~*'()!");
    p.mediaUrls
        = QStringList { QStringLiteral("https://x.test/a.png?x=1&y=2"), QStringLiteral("https://x.test/b.png") };
    QCOMPARE(FormEncoding::encode(p.toForm()),
        QByteArray("To=%2B14155552671&ValidityPeriod=600&SmartEncoded=true&From=%2B15005550006"
                   "&Body=a%2Bb%26c%3Dd%20%C3%A9%20%F0%9F%91%8D%20~%2A%27%28%29%21"
                   "&MediaUrl=https%3A%2F%2Fx.test%2Fa.png%3Fx%3D1%26y%3D2&MediaUrl=https%3A%2F%2Fx.test%2Fb.png"));
}

void Tst_MessageParams::toFormOmitsUnset()
{
    QCOMPARE(names(minimal().toForm()),
        QStringList({ QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("Body") }));

    CreateMessageParams noBody = minimal();
    noBody.body.reset();
    noBody.mediaUrls = QStringList { QStringLiteral("https://x.test/a.png") };
    QCOMPARE(names(noBody.toForm()),
        QStringList({ QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("MediaUrl") }));

    // An explicitly empty body is sent (Body=), unlike an absent one.
    CreateMessageParams emptyBody = minimal();
    emptyBody.body = QString();
    QVERIFY(names(emptyBody.toForm()).contains(QStringLiteral("Body")));
    QCOMPARE(FormEncoding::value(emptyBody.toForm(), QStringLiteral("Body")), QString());

    // A false boolean and a zero attempt are still values.
    CreateMessageParams falsy = minimal();
    falsy.smartEncoded = false;
    falsy.attempt = 0;
    QCOMPARE(FormEncoding::value(falsy.toForm(), QStringLiteral("SmartEncoded")), QStringLiteral("false"));
    QCOMPARE(FormEncoding::value(falsy.toForm(), QStringLiteral("Attempt")), QStringLiteral("0"));
}

void Tst_MessageParams::toFormBooleans_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("value");

    for (const char* name : { "ProvideFeedback", "ForceDelivery", "SmartEncoded", "ShortenUrls", "SendAsMms" }) {
        QTest::addRow("%s true", name) << QString::fromLatin1(name) << true;
        QTest::addRow("%s false", name) << QString::fromLatin1(name) << false;
    }
}

void Tst_MessageParams::toFormBooleans()
{
    QFETCH(QString, name);
    QFETCH(bool, value);

    CreateMessageParams p = minimal();
    std::optional<bool>* field = name == u"ProvideFeedback" ? &p.provideFeedback
        : name == u"ForceDelivery"                          ? &p.forceDelivery
        : name == u"SmartEncoded"                           ? &p.smartEncoded
        : name == u"ShortenUrls"                            ? &p.shortenUrls
                                                            : &p.sendAsMms;
    QVERIFY(!FormEncoding::values(p.toForm(), name).size());
    *field = value;
    QCOMPARE(FormEncoding::values(p.toForm(), name),
        QStringList { value ? QStringLiteral("true") : QStringLiteral("false") });
}

void Tst_MessageParams::toTwilioDateTime_data()
{
    QTest::addColumn<QDateTime>("dt");
    QTest::addColumn<QString>("expected");

    QTest::newRow("UTC") << QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC)
                         << QStringLiteral("2026-11-28T10:00:00Z");
    QTest::newRow("offset +01:00") << QDateTime(QDate(2026, 11, 28), QTime(11, 0), Qt::OffsetFromUTC, 3600)
                                   << QStringLiteral("2026-11-28T10:00:00Z");
    QTest::newRow("offset -08:00 across midnight") << QDateTime(QDate(2026, 11, 27), QTime(18, 30, 5),
        Qt::OffsetFromUTC, -8 * 3600) << QStringLiteral("2026-11-28T02:30:05Z");
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0, 789), Qt::UTC) << QStringLiteral("2026-11-28T10:00:00Z");
}

void Tst_MessageParams::toTwilioDateTime()
{
    QFETCH(QDateTime, dt);
    QFETCH(QString, expected);
    QCOMPARE(textbench::toTwilioDateTime(dt), expected);

    CreateMessageParams p = minimal();
    p.sendAt = dt;
    QCOMPARE(FormEncoding::value(p.toForm(), QStringLiteral("SendAt")), expected);
}

void Tst_MessageParams::normalize_data()
{
    QTest::addColumn<CreateMessageParams>("params");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("mentions"); // empty: valid; otherwise the problem contains each
    QTest::addColumn<QString>("expectedTo");

    const auto ok
        = [](const char* name, const CreateMessageParams& p, const QString& to = QStringLiteral("+14155552671"),
              const QString& region = {}) { QTest::newRow(name) << p << region << QStringList {} << to; };
    const auto bad = [](const char* name, const CreateMessageParams& p, const QStringList& mentions) {
        QTest::newRow(name) << p << QString() << mentions << QString();
    };
    const auto with = [](auto change) {
        CreateMessageParams p = minimal();
        change(p);
        return p;
    };
    const auto scheduled = [&with](qint64 secondsAhead) {
        return with([secondsAhead](CreateMessageParams& p) {
            p.from.clear();
            p.messagingServiceSid = kMg;
            p.sendAt = kNow.addSecs(secondsAhead);
        });
    };

    ok("valid minimal", minimal());
    ok("To with formatting", with([](CreateMessageParams& p) { p.to = QStringLiteral("+1 (415) 555-2671"); }));
    ok("Messaging Service instead of From", with([](CreateMessageParams& p) {
        p.from.clear();
        p.messagingServiceSid = kMg;
    }));
    ok("media without body", with([](CreateMessageParams& p) {
        p.body.reset();
        p.mediaUrls = mediaUrls(1);
    }));
    ok("content template without body", with([](CreateMessageParams& p) {
        p.body.reset();
        p.contentSid = QStringLiteral("HX33333333333333333333333333333333");
    }));
    ok("body of 1600 characters", with([](CreateMessageParams& p) { p.body = QString(1600, u'a'); }));
    ok("10 media URLs", with([](CreateMessageParams& p) { p.mediaUrls = mediaUrls(10); }));
    ok("http media URL", with([](CreateMessageParams& p) { p.mediaUrls = { QStringLiteral("http://x.test/a.png") }; }));
    ok("status callback URL",
        with([](CreateMessageParams& p) { p.statusCallback = QStringLiteral("https://cb.test/s"); }));
    ok("validity period 1", with([](CreateMessageParams& p) { p.validityPeriod = 1; }));
    ok("validity period 36000", with([](CreateMessageParams& p) { p.validityPeriod = 36000; }));
    ok("SendAt one hour ahead", scheduled(3600));
    ok("SendAt exactly 15 minutes ahead", scheduled(15 * 60));
    ok("SendAt exactly 35 days ahead", scheduled(35 * 24 * 3600));
    ok("retention values", with([](CreateMessageParams& p) {
        p.contentRetention = QStringLiteral("discard");
        p.addressRetention = QStringLiteral("retain");
        p.riskCheck = QStringLiteral("enable");
    }));
    ok("WhatsApp", with([](CreateMessageParams& p) {
        p.to = QStringLiteral("whatsapp:+14155552671");
        p.from = QStringLiteral("whatsapp:+15005550006");
    }),
        QStringLiteral("whatsapp:+14155552671"));
    ok("national number with a default region",
        with([](CreateMessageParams& p) { p.to = QStringLiteral("(415) 555-2671"); }), QStringLiteral("+14155552671"),
        QStringLiteral("US"));

    bad("missing To", with([](CreateMessageParams& p) { p.to.clear(); }), { QStringLiteral("To") });
    bad("blank To", with([](CreateMessageParams& p) { p.to = QStringLiteral("   "); }), { QStringLiteral("To") });
    bad("To not a number", with([](CreateMessageParams& p) { p.to = QStringLiteral("+1415CALLNOW"); }),
        { QStringLiteral("+1415CALLNOW") });
    bad("To without country code", with([](CreateMessageParams& p) { p.to = QStringLiteral("4155552671"); }),
        { QStringLiteral("4155552671") });
    bad("To a short code", with([](CreateMessageParams& p) { p.to = QStringLiteral("12345"); }), {});
    bad("missing From and service", with([](CreateMessageParams& p) { p.from.clear(); }),
        { QStringLiteral("From"), QStringLiteral("Messaging Service") });
    bad("bad Messaging Service SID", with([](CreateMessageParams& p) {
        p.from.clear();
        p.messagingServiceSid = QStringLiteral("MG123");
    }),
        { QStringLiteral("Messaging Service SID") });
    bad("Messaging Service SID with wrong prefix", with([](CreateMessageParams& p) {
        p.messagingServiceSid = QStringLiteral("SM22222222222222222222222222222222");
    }),
        { QStringLiteral("Messaging Service SID"), QStringLiteral("MG") });
    bad("empty body and no media", with([](CreateMessageParams& p) { p.body = QString(); }),
        { QStringLiteral("body") });
    bad("no body at all", with([](CreateMessageParams& p) { p.body.reset(); }), { QStringLiteral("body") });
    bad("body of 1601 characters", with([](CreateMessageParams& p) { p.body = QString(1601, u'a'); }),
        { QStringLiteral("1601"), QStringLiteral("1600") });
    bad("11 media URLs", with([](CreateMessageParams& p) { p.mediaUrls = mediaUrls(11); }),
        { QStringLiteral("11"), QStringLiteral("10") });
    bad("ftp media URL", with([](CreateMessageParams& p) { p.mediaUrls = { QStringLiteral("ftp://x.test/a.png") }; }),
        { QStringLiteral("ftp://x.test/a.png") });
    bad("relative media URL", with([](CreateMessageParams& p) { p.mediaUrls = { QStringLiteral("x.test/a.png") }; }),
        { QStringLiteral("x.test/a.png") });
    bad("status callback not a URL",
        with([](CreateMessageParams& p) { p.statusCallback = QStringLiteral("not a url"); }),
        { QStringLiteral("not a url") });
    bad("validity period 0", with([](CreateMessageParams& p) { p.validityPeriod = 0; }), { QStringLiteral("36000") });
    bad("validity period 36001", with([](CreateMessageParams& p) { p.validityPeriod = 36001; }),
        { QStringLiteral("36001") });
    bad("SendAt without Messaging Service", with([](CreateMessageParams& p) { p.sendAt = kNow.addSecs(3600); }),
        { QStringLiteral("Messaging Service") });
    bad("SendAt 5 minutes ahead", scheduled(5 * 60), { QStringLiteral("15 minutes") });
    bad("SendAt 40 days ahead", scheduled(40 * 24 * 3600), { QStringLiteral("35 days") });
    bad("SendAt in the past", scheduled(-3600), { QStringLiteral("15 minutes") });
    bad("SendAt just under 15 minutes", scheduled(15 * 60 - 1), { QStringLiteral("15 minutes") });
    bad("SendAt just over 35 days", scheduled(35 * 24 * 3600 + 1), { QStringLiteral("35 days") });
    bad("bad ContentRetention", with([](CreateMessageParams& p) { p.contentRetention = QStringLiteral("keep"); }),
        { QStringLiteral("ContentRetention"), QStringLiteral("keep") });
    bad("bad AddressRetention", with([](CreateMessageParams& p) { p.addressRetention = QStringLiteral("discard"); }),
        { QStringLiteral("AddressRetention") });
    bad("bad RiskCheck", with([](CreateMessageParams& p) { p.riskCheck = QStringLiteral("on"); }),
        { QStringLiteral("RiskCheck") });
    bad("ScheduleType without SendAt", with([](CreateMessageParams& p) { p.scheduleType = QStringLiteral("fixed"); }),
        { QStringLiteral("SendAt") });
    bad("To == From", with([](CreateMessageParams& p) { p.from = QStringLiteral("+14155552671"); }), {});
    bad("To == From once normalised", with([](CreateMessageParams& p) { p.from = QStringLiteral("+1 415-555-2671"); }),
        {});
    bad("bad ContentSid", with([](CreateMessageParams& p) { p.contentSid = QStringLiteral("HX1"); }),
        { QStringLiteral("Content SID") });
    bad("bad ApplicationSid", with([](CreateMessageParams& p) { p.applicationSid = QStringLiteral("AB1"); }),
        { QStringLiteral("Application SID") });
    bad("MaxPrice not a number", with([](CreateMessageParams& p) { p.maxPrice = QStringLiteral("cheap"); }),
        { QStringLiteral("cheap") });
    bad("Attempt 0", with([](CreateMessageParams& p) { p.attempt = 0; }), { QStringLiteral("Attempt") });
}

void Tst_MessageParams::normalize()
{
    QFETCH(CreateMessageParams, params);
    QFETCH(QString, region);
    QFETCH(QStringList, mentions);
    QFETCH(QString, expectedTo);

    const bool expectValid = !expectedTo.isEmpty();
    const QString problem = params.normalize(kNow, region);
    if (expectValid) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(params.to, expectedTo);
        if (params.sendAt.isValid())
            QCOMPARE(params.scheduleType, QStringLiteral("fixed"));
        return;
    }
    QVERIFY2(!problem.isEmpty(), "accepted");
    for (const QString& m : mentions)
        QVERIFY2(problem.contains(m, Qt::CaseInsensitive), qPrintable(problem));
}

void Tst_MessageParams::normalizeTrimsMediaUrls()
{
    CreateMessageParams p = minimal();
    p.mediaUrls = { QStringLiteral("  https://x.test/a.png\n") };
    p.from = QStringLiteral(" +1 (500) 555-0006 ");
    QVERIFY2(p.normalize(kNow).isEmpty(), qPrintable(p.normalize(kNow)));
    QCOMPARE(p.mediaUrls, QStringList { QStringLiteral("https://x.test/a.png") });
    QCOMPARE(p.from, QStringLiteral("+15005550006"));
    QCOMPARE(FormEncoding::encode(p.toForm()),
        QByteArray("To=%2B14155552671&From=%2B15005550006&Body=Hello&MediaUrl=https%3A%2F%2Fx.test%2Fa.png"));
}

void Tst_MessageParams::listQueryOrder()
{
    MessageListFilter f;
    f.pageSize = 20;
    f.dateSentAfter = QStringLiteral("2023-12-01");
    f.dateSentBefore = QStringLiteral("2024-01-02");
    f.dateSent = QStringLiteral("2024-01-01");
    f.from = QStringLiteral("+15005550006");
    f.to = QStringLiteral("+14155552671");
    QVERIFY(f.normalize().isEmpty());
    const FormFields q = f.toQuery(0);
    QCOMPARE(names(q),
        QStringList({ QStringLiteral("To"), QStringLiteral("From"), QStringLiteral("DateSent"),
            QStringLiteral("DateSent<"), QStringLiteral("DateSent>"), QStringLiteral("PageSize") }));
    QCOMPARE(FormEncoding::encode(q),
        QByteArray("To=%2B14155552671&From=%2B15005550006&DateSent=2024-01-01"
                   "&DateSent%3C=2024-01-02&DateSent%3E=2023-12-01&PageSize=20"));
    QVERIFY(MessageListFilter().toQuery(0).isEmpty());
}

void Tst_MessageParams::listPageSize_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("expected"); // null: no PageSize

    QTest::newRow("nothing") << 0 << 0 << QString();
    QTest::newRow("limit 5") << 0 << 5 << QStringLiteral("5");
    QTest::newRow("limit 1000") << 0 << 1000 << QStringLiteral("1000");
    QTest::newRow("limit 1001 capped") << 0 << 1001 << QStringLiteral("1000");
    QTest::newRow("limit 5000 capped") << 0 << 5000 << QStringLiteral("1000");
    QTest::newRow("page size wins over limit") << 20 << 5 << QStringLiteral("20");
    QTest::newRow("page size without limit") << 20 << 0 << QStringLiteral("20");
    QTest::newRow("page size 1000") << 1000 << 0 << QStringLiteral("1000");
}

void Tst_MessageParams::listPageSize()
{
    QFETCH(int, pageSize);
    QFETCH(int, limit);
    QFETCH(QString, expected);
    MessageListFilter f;
    f.pageSize = pageSize;
    QVERIFY(f.normalize().isEmpty());
    const FormFields q = f.toQuery(limit);
    QCOMPARE(FormEncoding::value(q, QStringLiteral("PageSize")), expected);
    QCOMPARE(FormEncoding::values(q, QStringLiteral("PageSize")).size(), expected.isNull() ? 0 : 1);
}

void Tst_MessageParams::listNormalize_data()
{
    QTest::addColumn<MessageListFilter>("filter");
    QTest::addColumn<QString>("mentions"); // null: valid
    QTest::addColumn<QString>("expectedTo");

    const auto f = [](auto change) {
        MessageListFilter filter;
        change(filter);
        return filter;
    };
    QTest::newRow("empty") << MessageListFilter() << QString() << QString();
    QTest::newRow("date") << f([](MessageListFilter& x) { x.dateSent = QStringLiteral("2024-01-02"); }) << QString()
                          << QString();
    QTest::newRow("date-time") << f([](MessageListFilter& x) {
        x.dateSentBefore = QStringLiteral("2024-01-02T10:00:00Z");
    }) << QString() << QString();
    QTest::newRow("To formatted") << f([](MessageListFilter& x) { x.to = QStringLiteral("+1 (415) 555-2671"); })
                                  << QString() << QStringLiteral("+14155552671");
    QTest::newRow("page size 1000") << f([](MessageListFilter& x) { x.pageSize = 1000; }) << QString() << QString();
    QTest::newRow("page size 1") << f([](MessageListFilter& x) { x.pageSize = 1; }) << QString() << QString();

    QTest::newRow("month 13") << f([](MessageListFilter& x) { x.dateSent = QStringLiteral("2024-13-01"); })
                              << QStringLiteral("2024-13-01") << QString();
    QTest::newRow("30 February") << f([](MessageListFilter& x) { x.dateSentBefore = QStringLiteral("2024-02-30"); })
                                 << QStringLiteral("2024-02-30") << QString();
    QTest::newRow("US order") << f([](MessageListFilter& x) { x.dateSentAfter = QStringLiteral("01/02/2024"); })
                              << QStringLiteral("01/02/2024") << QString();
    QTest::newRow("words") << f([](MessageListFilter& x) { x.dateSent = QStringLiteral("yesterday"); })
                           << QStringLiteral("yesterday") << QString();
    QTest::newRow("page size 1001") << f([](MessageListFilter& x) { x.pageSize = 1001; }) << QStringLiteral("1001")
                                    << QString();
    QTest::newRow("page size -1") << f([](MessageListFilter& x) { x.pageSize = -1; }) << QStringLiteral("-1")
                                  << QString();
    QTest::newRow("To not a number") << f([](MessageListFilter& x) { x.to = QStringLiteral("abc"); })
                                     << QStringLiteral("To") << QString();
}

void Tst_MessageParams::listNormalize()
{
    QFETCH(MessageListFilter, filter);
    QFETCH(QString, mentions);
    QFETCH(QString, expectedTo);
    const QString problem = filter.normalize();
    if (mentions.isNull()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (!expectedTo.isNull())
            QCOMPARE(filter.to, expectedTo);
    } else {
        QVERIFY2(problem.contains(mentions), qPrintable(problem));
    }
}

QTEST_GUILESS_MAIN(Tst_MessageParams)
#include "tst_messageparams.moc"
