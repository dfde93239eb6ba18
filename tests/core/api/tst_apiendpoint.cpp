// SPDX-License-Identifier: GPL-3.0-or-later
// ApiEndpoint: Twilio's host forms (checked against twilio-node 5.13.1, lib/base/BaseTwilio.js getHostname), custom
// base URLs and the rule that credentials never leave the endpoint's origin.
#include "api/apiendpoint.h"

#include <QTest>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::ApiProduct)

namespace {
const QString kMessagesPath = QStringLiteral("/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json");

// Concatenates into a QString (QT_USE_QSTRINGBUILDER makes a bare + a builder, which QTest rows do not accept).
template<typename... Parts> QString cat(const Parts&... parts)
{
    QString s;
    ((s += parts), ...);
    return s;
}
} // namespace

class Tst_ApiEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultEndpoint();
    void twilioHost_data();
    void twilioHost();
    void productHost_data();
    void productHost();
    void customServesEveryProduct_data();
    void customServesEveryProduct();
    void eachTwilioHostIsItsOwnOrigin_data();
    void eachTwilioHostIsItsOwnOrigin();
    void isWebUrl_data();
    void isWebUrl();
    void twilioInvalidLabel_data();
    void twilioInvalidLabel();
    void custom_data();
    void custom();
    void customFromQUrl();
    void customUserInfoNotEchoed();
    void url_data();
    void url();
    void resolveResourceUri_data();
    void resolveResourceUri();
    void resolveNeverLeavesOrigin_data();
    void resolveNeverLeavesOrigin();
    void sameOrigin_data();
    void sameOrigin();
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void Tst_ApiEndpoint::defaultEndpoint()
{
    const ApiEndpoint ep;
    QVERIFY(ep.isValid());
    QVERIFY(ep.problem().isEmpty());
    QCOMPARE(ep.baseUrl(), QUrl(QStringLiteral("https://api.twilio.com")));
    QCOMPARE(ep.url(kMessagesPath).toString(QUrl::FullyEncoded),
        cat(QStringLiteral("https://api.twilio.com"), kMessagesPath));
}

void Tst_ApiEndpoint::twilioHost_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("expected");

    // Each host is what twilio-node 5.13.1 requested for the same region/edge options.
    QTest::newRow("neither") << QString() << QString() << QStringLiteral("https://api.twilio.com");
    QTest::newRow("edge and region") << QStringLiteral("ie1") << QStringLiteral("dublin")
                                     << QStringLiteral("https://api.dublin.ie1.twilio.com");
    QTest::newRow("region only") << QStringLiteral("au1") << QString() << QStringLiteral("https://api.au1.twilio.com");
    QTest::newRow("edge only implies us1")
        << QString() << QStringLiteral("sydney") << QStringLiteral("https://api.sydney.us1.twilio.com");
    QTest::newRow("us1 with ashburn") << QStringLiteral("us1") << QStringLiteral("ashburn")
                                      << QStringLiteral("https://api.ashburn.us1.twilio.com");
    QTest::newRow("label with a hyphen") << QStringLiteral("jp1") << QStringLiteral("tokyo-2")
                                         << QStringLiteral("https://api.tokyo-2.jp1.twilio.com");
}

void Tst_ApiEndpoint::twilioHost()
{
    QFETCH(QString, region);
    QFETCH(QString, edge);
    QFETCH(QString, expected);

    const ApiEndpoint ep = ApiEndpoint::twilio(region, edge);
    QVERIFY2(ep.isValid(), qPrintable(ep.problem()));
    QCOMPARE(ep.baseUrl().toString(QUrl::FullyEncoded), expected);
    QCOMPARE(ep.baseUrl().scheme(), QStringLiteral("https"));
    QCOMPARE(ep.url(kMessagesPath).toString(QUrl::FullyEncoded), cat(expected, kMessagesPath));
}

void Tst_ApiEndpoint::productHost_data()
{
    QTest::addColumn<ApiProduct>("product");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("expected");

    // Every product follows the rule of twilio-node 5.13.1 (lib/base/BaseTwilio.js getHostname), which builds the host
    // of every domain the same way: {product}[.{edge}].{region}.twilio.com, us1 when only an edge is given.
    const struct
    {
        ApiProduct product;
        const char* name;
    } products[] = { { ApiProduct::Api, "api" }, { ApiProduct::Messaging, "messaging" },
        { ApiProduct::Monitor, "monitor" }, { ApiProduct::Lookups, "lookups" } };
    const struct
    {
        const char* row;
        const char* region;
        const char* edge;
        const char* host; // %1: the product
    } targets[] = {
        { "neither", "", "", "%1.twilio.com" },
        { "edge and region", "ie1", "dublin", "%1.dublin.ie1.twilio.com" },
        { "region only", "au1", "", "%1.au1.twilio.com" },
        { "edge only implies us1", "", "sydney", "%1.sydney.us1.twilio.com" },
        { "us1 with ashburn", "us1", "ashburn", "%1.ashburn.us1.twilio.com" },
        { "upper case and spaces", " IE1 ", "Dublin", "%1.dublin.ie1.twilio.com" },
    };
    for (const auto& p : products) {
        for (const auto& t : targets) {
            QTest::addRow("%s, %s", p.name, t.row)
                << p.product << QString::fromLatin1(t.region) << QString::fromLatin1(t.edge)
                << cat(QStringLiteral("https://"), QString::fromLatin1(t.host).arg(QString::fromLatin1(p.name)));
        }
    }
}

void Tst_ApiEndpoint::productHost()
{
    QFETCH(ApiProduct, product);
    QFETCH(QString, region);
    QFETCH(QString, edge);
    QFETCH(QString, expected);

    const ApiEndpoint ep = ApiEndpoint::twilio(region, edge);
    QVERIFY2(ep.isValid(), qPrintable(ep.problem()));
    QVERIFY(!ep.isCustom());
    QCOMPARE(ep.baseUrl(product).toString(QUrl::FullyEncoded), expected);
    const QString path = QStringLiteral("/v1/Services");
    QCOMPARE(ep.url(product, path).toString(QUrl::FullyEncoded), cat(expected, path));
    QCOMPARE(ep.url(product, path, { { QStringLiteral("PageSize"), QStringLiteral("20") } }).toString(QUrl::FullyEncoded),
        cat(expected, path, QStringLiteral("?PageSize=20")));
    // A link of this product's responses resolves on its own host, relative or absolute.
    QCOMPARE(ep.resolveResourceUri(product, path).toString(QUrl::FullyEncoded), cat(expected, path));
    QCOMPARE(ep.resolveResourceUri(product, cat(expected, path, QStringLiteral("?Page=1"))).toString(QUrl::FullyEncoded),
        cat(expected, path, QStringLiteral("?Page=1")));
}

void Tst_ApiEndpoint::customServesEveryProduct_data()
{
    QTest::addColumn<QString>("base");
    QTest::newRow("sandbox") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("proxy with a prefix") << QStringLiteral("https://proxy.example.com/twilio/");
}

void Tst_ApiEndpoint::customServesEveryProduct()
{
    QFETCH(QString, base);
    const ApiEndpoint ep = ApiEndpoint::custom(base);
    QVERIFY2(ep.isValid(), qPrintable(ep.problem()));
    QVERIFY(ep.isCustom());
    const QString prefix = ep.baseUrl().toString(QUrl::FullyEncoded);
    // Every product on the one origin, paths unchanged: they do not collide (/2010-04-01, /v1/Services, /v1/Alerts,
    // /v2/PhoneNumbers).
    for (const auto& [product, path] :
        { std::pair { ApiProduct::Api, QStringLiteral("/2010-04-01/Accounts/AC1.json") },
            std::pair { ApiProduct::Messaging, QStringLiteral("/v1/Services") },
            std::pair { ApiProduct::Monitor, QStringLiteral("/v1/Alerts") },
            std::pair { ApiProduct::Lookups, QStringLiteral("/v2/PhoneNumbers/%2B14155552671") } }) {
        QCOMPARE(ep.baseUrl(product), ep.baseUrl());
        QCOMPARE(ep.url(product, path).toString(QUrl::FullyEncoded), cat(prefix, path));
        QCOMPARE(ep.resolveResourceUri(product, path).toString(QUrl::FullyEncoded), cat(prefix, path));
        QCOMPARE(
            ep.resolveResourceUri(product, cat(prefix, path)).toString(QUrl::FullyEncoded), cat(prefix, path));
    }
}

void Tst_ApiEndpoint::eachTwilioHostIsItsOwnOrigin_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("edge");
    QTest::newRow("default hosts") << QString() << QString();
    QTest::newRow("dublin ie1") << QStringLiteral("ie1") << QStringLiteral("dublin");
}

void Tst_ApiEndpoint::eachTwilioHostIsItsOwnOrigin()
{
    QFETCH(QString, region);
    QFETCH(QString, edge);
    const ApiEndpoint ep = ApiEndpoint::twilio(region, edge);
    const ApiProduct products[] = { ApiProduct::Api, ApiProduct::Messaging, ApiProduct::Monitor, ApiProduct::Lookups };
    for (ApiProduct a : products) {
        for (ApiProduct b : products) {
            const bool same = a == b;
            QCOMPARE(ApiEndpoint::sameOrigin(ep.baseUrl(a), ep.baseUrl(b)), same);
            // A link that a response of product a gives, pointing at product b's host: followed only on a's own host
            // (a Messaging Service page whose next_page_url points at api.twilio.com is refused, and the other way).
            const QString link = cat(ep.baseUrl(b).toString(), QStringLiteral("/v1/Services?Page=1"));
            QCOMPARE(ep.resolveResourceUri(a, link).isValid(), same);
        }
    }
}

void Tst_ApiEndpoint::isWebUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("web");
    QTest::newRow("https") << QStringLiteral("https://example.com/cat.png") << true;
    QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/status") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/cat.png") << false;
    QTest::newRow("no host") << QStringLiteral("https:///cat.png") << false;
    QTest::newRow("relative") << QStringLiteral("/cat.png") << false;
    QTest::newRow("no scheme") << QStringLiteral("example.com/cat.png") << false;
    QTest::newRow("space in host") << QStringLiteral("https://exa mple.com/") << false;
    QTest::newRow("empty") << QString() << false;
}

void Tst_ApiEndpoint::isWebUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, web);
    QCOMPARE(ApiEndpoint::isWebUrl(text), web);
}

void Tst_ApiEndpoint::twilioInvalidLabel_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("named");

    QTest::newRow("dot in region") << QStringLiteral("ie1.evil.test") << QString() << QStringLiteral("ie1.evil.test");
    QTest::newRow("slash in edge") << QStringLiteral("ie1") << QStringLiteral("dublin/x") << QStringLiteral("dublin/x");
    QTest::newRow("at sign in edge") << QString() << QStringLiteral("evil.test@x") << QStringLiteral("evil.test@x");
    QTest::newRow("space inside region") << QStringLiteral("ie 1") << QString() << QStringLiteral("ie 1");
    QTest::newRow("leading hyphen") << QStringLiteral("-ie1") << QString() << QStringLiteral("-ie1");
    QTest::newRow("trailing hyphen") << QString() << QStringLiteral("dublin-") << QStringLiteral("dublin-");
    QTest::newRow("underscore") << QStringLiteral("ie_1") << QString() << QStringLiteral("ie_1");
    QTest::newRow("non-ASCII") << QString() << QStringLiteral("d\u00fcblin") << QStringLiteral("d\u00fcblin");
    QTest::newRow("64 characters") << QString(64, u'a') << QString() << QString(64, u'a');
    QTest::newRow("colon (port)") << QStringLiteral("ie1:8443") << QString() << QStringLiteral("ie1:8443");
}

void Tst_ApiEndpoint::twilioInvalidLabel()
{
    QFETCH(QString, region);
    QFETCH(QString, edge);
    QFETCH(QString, named);

    const ApiEndpoint ep = ApiEndpoint::twilio(region, edge);
    QVERIFY(!ep.isValid());
    QVERIFY(!ep.problem().isEmpty());
    QVERIFY2(ep.problem().contains(named), qPrintable(ep.problem()));
}

void Tst_ApiEndpoint::custom_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expectedBase");

    QTest::newRow("api.twilio.com") << QStringLiteral("https://api.twilio.com") << true
                                    << QStringLiteral("https://api.twilio.com");
    QTest::newRow("trailing slash removed")
        << QStringLiteral("https://api.twilio.com/") << true << QStringLiteral("https://api.twilio.com");
    QTest::newRow("path prefix kept") << QStringLiteral("https://proxy.example.com/twilio/") << true
                                      << QStringLiteral("https://proxy.example.com/twilio");
    QTest::newRow("port and deep prefix") << QStringLiteral("https://proxy.example.com:8443/a/b//") << true
                                          << QStringLiteral("https://proxy.example.com:8443/a/b");
    QTest::newRow("surrounding white space")
        << QStringLiteral("  https://api.twilio.com \n") << true << QStringLiteral("https://api.twilio.com");
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true
                                    << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("http 127.x.y.z") << QStringLiteral("http://127.10.20.30:9/") << true
                                    << QStringLiteral("http://127.10.20.30:9");
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8080/") << true << QStringLiteral("http://[::1]:8080");
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000/sandbox") << true
                                    << QStringLiteral("http://localhost:3000/sandbox");
    QTest::newRow("https loopback") << QStringLiteral("https://127.0.0.1:8443") << true
                                    << QStringLiteral("https://127.0.0.1:8443");

    QTest::newRow("http remote host") << QStringLiteral("http://api.twilio.com") << false << QString();
    QTest::newRow("http private address") << QStringLiteral("http://192.168.1.10:8080") << false << QString();
    QTest::newRow("http 10/8") << QStringLiteral("http://10.0.0.1") << false << QString();
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0:8080") << false << QString();
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.evil.test") << false << QString();
    QTest::newRow("http 127.0.0.1 lookalike") << QStringLiteral("http://127.0.0.1.nip.io") << false << QString();
    QTest::newRow("http ::2") << QStringLiteral("http://[::2]:8080") << false << QString();
    QTest::newRow("user and password") << QStringLiteral("https://AC123:token@api.twilio.com") << false << QString();
    QTest::newRow("user only") << QStringLiteral("https://user@api.twilio.com") << false << QString();
    QTest::newRow("userinfo on loopback") << QStringLiteral("http://u:p@127.0.0.1:8080") << false << QString();
    QTest::newRow("query") << QStringLiteral("https://api.twilio.com/?x=1") << false << QString();
    QTest::newRow("empty query") << QStringLiteral("https://api.twilio.com/?") << false << QString();
    QTest::newRow("fragment") << QStringLiteral("https://api.twilio.com/#top") << false << QString();
    QTest::newRow("ftp") << QStringLiteral("ftp://api.twilio.com") << false << QString();
    QTest::newRow("ws on loopback") << QStringLiteral("ws://127.0.0.1:8080") << false << QString();
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false << QString();
    QTest::newRow("no scheme") << QStringLiteral("api.twilio.com") << false << QString();
    QTest::newRow("scheme only") << QStringLiteral("https://") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << QString();
    QTest::newRow("space in host") << QStringLiteral("https://api twilio.com") << false << QString();
}

void Tst_ApiEndpoint::custom()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, expectedBase);

    const ApiEndpoint ep = ApiEndpoint::custom(text);
    QCOMPARE(ep.isValid(), valid);
    QCOMPARE(ep.problem().isEmpty(), valid);
    if (valid) {
        QCOMPARE(ep.baseUrl().toString(QUrl::FullyEncoded), expectedBase);
        QCOMPARE(ep.url(kMessagesPath).toString(QUrl::FullyEncoded), cat(expectedBase, kMessagesPath));
    }
}

void Tst_ApiEndpoint::customFromQUrl()
{
    const ApiEndpoint ok = ApiEndpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:4010/prefix/")));
    QVERIFY2(ok.isValid(), qPrintable(ok.problem()));
    QCOMPARE(ok.baseUrl().toString(QUrl::FullyEncoded), QStringLiteral("http://127.0.0.1:4010/prefix"));

    const ApiEndpoint remote = ApiEndpoint::custom(QUrl(QStringLiteral("http://example.com")));
    QVERIFY(!remote.isValid());
    // The problem says how to fix it: use https.
    QVERIFY2(remote.problem().contains(QStringLiteral("https")), qPrintable(remote.problem()));

    QVERIFY(!ApiEndpoint::custom(QUrl()).isValid());
}

void Tst_ApiEndpoint::customUserInfoNotEchoed()
{
    // A password typed into the base URL must not be repeated back in the problem text (it may be shown or logged).
    const ApiEndpoint ep = ApiEndpoint::custom(QStringLiteral("https://AC123:s3cretT0ken@api.twilio.com"));
    QVERIFY(!ep.isValid());
    QVERIFY2(!ep.problem().contains(QStringLiteral("s3cretT0ken")), qPrintable(ep.problem()));
    QVERIFY(!ep.baseUrl().toString().contains(QStringLiteral("s3cretT0ken")));
}

void Tst_ApiEndpoint::url_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<FormFields>("query");
    QTest::addColumn<QString>("expected");

    const QString twilio = QStringLiteral("https://api.twilio.com");
    QTest::newRow("no query") << twilio << kMessagesPath << FormFields {} << cat(twilio, kMessagesPath);
    QTest::newRow("list filters") << twilio << kMessagesPath
                                  << FormFields { { QStringLiteral("To"), QStringLiteral("+14155552671") },
                                         { QStringLiteral("DateSent<"), QStringLiteral("2024-01-02") },
                                         { QStringLiteral("PageSize"), QStringLiteral("5") } }
                                  << cat(twilio, kMessagesPath,
                                         QStringLiteral("?To=%2B14155552671&DateSent%3C=2024-01-02&PageSize=5"));
    // The URL twilio-node 5.13.1 requested for list({to, dateSentBefore: new Date('2024-01-02T00:00:00Z'), limit: 5}).
    QTest::newRow("Node list URL (captured)")
        << twilio << kMessagesPath
        << FormFields { { QStringLiteral("To"), QStringLiteral("+14155552671") },
               { QStringLiteral("DateSent<"), QStringLiteral("2024-01-02T00:00:00Z") },
               { QStringLiteral("PageSize"), QStringLiteral("5") } }
        << cat(twilio, kMessagesPath,
               QStringLiteral("?To=%2B14155552671&DateSent%3C=2024-01-02T00%3A00%3A00Z&PageSize=5"));
    QTest::newRow("greater-than and sub-delims")
        << twilio << kMessagesPath
        << FormFields { { QStringLiteral("DateSent>"), QStringLiteral("2024-01-02") },
               { QStringLiteral("From"), QStringLiteral("a b!*'()") } }
        << cat(twilio, kMessagesPath, QStringLiteral("?DateSent%3E=2024-01-02&From=a%20b%21%2A%27%28%29"));
    QTest::newRow("non-ASCII in query") << twilio << kMessagesPath
                                        << FormFields { { QStringLiteral("From"), QStringLiteral("\u00e9") } }
                                        << cat(twilio, kMessagesPath, QStringLiteral("?From=%C3%A9"));
    QTest::newRow("path prefix") << QStringLiteral("https://proxy.example.com/twilio/") << kMessagesPath
                                 << FormFields { { QStringLiteral("PageSize"), QStringLiteral("50") } }
                                 << cat(QStringLiteral("https://proxy.example.com/twilio"), kMessagesPath,
                                        QStringLiteral("?PageSize=50"));
    QTest::newRow("loopback with port") << QStringLiteral("http://127.0.0.1:8080") << kMessagesPath << FormFields {}
                                        << cat(QStringLiteral("http://127.0.0.1:8080"), kMessagesPath);
}

void Tst_ApiEndpoint::url()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(FormFields, query);
    QFETCH(QString, expected);

    const ApiEndpoint ep = ApiEndpoint::custom(base);
    QVERIFY2(ep.isValid(), qPrintable(ep.problem()));
    const QUrl u = ep.url(path, query);
    QVERIFY(u.isValid());
    QCOMPARE(u.toString(QUrl::FullyEncoded), expected);
    // What QNetworkAccessManager puts on the wire.
    QCOMPARE(u.toEncoded(), expected.toLatin1());
    QCOMPARE(u.query(QUrl::FullyEncoded).toLatin1(), FormEncoding::encode(query));
}

void Tst_ApiEndpoint::resolveResourceUri_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("expected"); // empty: an invalid QUrl

    const QString twilio = QStringLiteral("https://api.twilio.com");
    const QString next
        = cat(kMessagesPath, QStringLiteral("?To=%2B14155552671&PageSize=50&Page=1&PageToken=PASMabc%3D%3D"));
    QTest::newRow("next_page_uri") << twilio << next << cat(twilio, next);
    const QString filtered = cat(kMessagesPath,
        QStringLiteral("?DateSent%3C=2024-01-02&DateSent%3E=2023-12-01&PageSize=5&Page=1&PageToken=PASM0123"));
    QTest::newRow("encoded < and > kept exactly") << twilio << filtered << cat(twilio, filtered);
    QTest::newRow("plain path") << twilio << QStringLiteral("/2010-04-01/Accounts/AC1/Messages/SM1/Media.json")
                                << cat(twilio, QStringLiteral("/2010-04-01/Accounts/AC1/Messages/SM1/Media.json"));
    QTest::newRow("path prefix of the base") << QStringLiteral("https://proxy.example.com/twilio") << next
                                             << cat(QStringLiteral("https://proxy.example.com/twilio"), next);
    QTest::newRow("loopback base") << QStringLiteral("http://127.0.0.1:8080") << next
                                   << cat(QStringLiteral("http://127.0.0.1:8080"), next);
    QTest::newRow("same-origin absolute") << twilio << cat(twilio, next) << cat(twilio, next);

    QTest::newRow("protocol-relative") << twilio << QStringLiteral("//evil.test/x") << QString();
    QTest::newRow("other host") << twilio << QStringLiteral("http://other-host/2010-04-01/x.json") << QString();
    QTest::newRow("other https host") << twilio << cat(QStringLiteral("https://evil.test"), next) << QString();
    QTest::newRow("other port") << twilio << cat(QStringLiteral("https://api.twilio.com:8443"), next) << QString();
    QTest::newRow("downgrade to http") << twilio << cat(QStringLiteral("http://api.twilio.com"), next) << QString();
    QTest::newRow("other loopback port") << QStringLiteral("http://127.0.0.1:8080")
                                         << cat(QStringLiteral("http://127.0.0.1:9090"), next) << QString();
    QTest::newRow("relative without slash") << twilio << QStringLiteral("evil.test/x") << QString();
    QTest::newRow("empty") << twilio << QString() << QString();
}

void Tst_ApiEndpoint::resolveResourceUri()
{
    QFETCH(QString, base);
    QFETCH(QString, uri);
    QFETCH(QString, expected);

    const ApiEndpoint ep = ApiEndpoint::custom(base);
    QVERIFY2(ep.isValid(), qPrintable(ep.problem()));
    const QUrl resolved = ep.resolveResourceUri(uri);
    if (expected.isEmpty()) {
        QVERIFY2(!resolved.isValid(), qPrintable(resolved.toString()));
    } else {
        QVERIFY(resolved.isValid());
        QCOMPARE(resolved.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(resolved.toEncoded(), expected.toLatin1());
        QVERIFY(ApiEndpoint::sameOrigin(resolved, ep.baseUrl()));
    }
}

void Tst_ApiEndpoint::resolveNeverLeavesOrigin_data()
{
    QTest::addColumn<QString>("uri");

    QTest::newRow("backslash after slash") << QStringLiteral("/\\evil.test/x");
    QTest::newRow("double backslash") << QStringLiteral("\\\\evil.test\\x");
    QTest::newRow("triple slash") << QStringLiteral("///evil.test/x");
    QTest::newRow("encoded slashes") << QStringLiteral("/%2F%2Fevil.test/x");
    QTest::newRow("scheme without slashes") << QStringLiteral("https:evil.test/x");
    QTest::newRow("scheme with one slash") << QStringLiteral("https:/evil.test/x");
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://evil.test/x");
    QTest::newRow("userinfo trick") << QStringLiteral("https://api.twilio.com@evil.test/x");
    QTest::newRow("tab in scheme-relative") << QStringLiteral("/\t/evil.test/x");
    QTest::newRow("data url") << QStringLiteral("data:text/plain,hi");
}

void Tst_ApiEndpoint::resolveNeverLeavesOrigin()
{
    QFETCH(QString, uri);
    const ApiEndpoint ep;
    const QUrl resolved = ep.resolveResourceUri(uri);
    if (resolved.isValid()) {
        QVERIFY2(ApiEndpoint::sameOrigin(resolved, ep.baseUrl()), qPrintable(resolved.toString()));
        QCOMPARE(resolved.host(), QStringLiteral("api.twilio.com"));
    }
}

void Tst_ApiEndpoint::sameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << QStringLiteral("https://api.twilio.com") << QStringLiteral("https://api.twilio.com")
                               << true;
    QTest::newRow("paths differ") << QStringLiteral("https://api.twilio.com/a?x=1")
                                  << QStringLiteral("https://api.twilio.com/b") << true;
    QTest::newRow("explicit default https port")
        << QStringLiteral("https://api.twilio.com:443/x") << QStringLiteral("https://api.twilio.com") << true;
    QTest::newRow("explicit default http port")
        << QStringLiteral("http://localhost:80/x") << QStringLiteral("http://localhost") << true;
    QTest::newRow("host case") << QStringLiteral("https://API.Twilio.com") << QStringLiteral("https://api.twilio.com")
                               << true;
    QTest::newRow("other port") << QStringLiteral("https://api.twilio.com:8443")
                                << QStringLiteral("https://api.twilio.com") << false;
    QTest::newRow("other scheme") << QStringLiteral("http://api.twilio.com") << QStringLiteral("https://api.twilio.com")
                                  << false;
    QTest::newRow("http on 443 is not https")
        << QStringLiteral("http://api.twilio.com:443") << QStringLiteral("https://api.twilio.com") << false;
    QTest::newRow("other host") << QStringLiteral("https://api.twilio.com.evil.test")
                                << QStringLiteral("https://api.twilio.com") << false;
    QTest::newRow("subdomain") << QStringLiteral("https://x.api.twilio.com") << QStringLiteral("https://api.twilio.com")
                               << false;
    QTest::newRow("loopback ports") << QStringLiteral("http://127.0.0.1:8080")
                                    << QStringLiteral("http://127.0.0.1:8081") << false;
}

void Tst_ApiEndpoint::sameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const QUrl ua(a);
    const QUrl ub(b);
    QCOMPARE(ApiEndpoint::sameOrigin(ua, ub), same);
    QCOMPARE(ApiEndpoint::sameOrigin(ub, ua), same);
}

void Tst_ApiEndpoint::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("::1 long form") << QStringLiteral("0:0:0:0:0:0:0:1") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("126.255.255.255") << QStringLiteral("126.255.255.255") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("::2") << QStringLiteral("::2") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("192.168.0.1") << QStringLiteral("192.168.0.1") << false;
    QTest::newRow("api.twilio.com") << QStringLiteral("api.twilio.com") << false;
    QTest::newRow("localhost lookalike") << QStringLiteral("localhost.evil.test") << false;
    QTest::newRow("localhost prefix") << QStringLiteral("mylocalhost") << false;
    QTest::newRow("127 lookalike") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("empty") << QString() << false;
}

void Tst_ApiEndpoint::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(ApiEndpoint::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(Tst_ApiEndpoint)
#include "tst_apiendpoint.moc"
