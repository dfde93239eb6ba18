// SPDX-License-Identifier: GPL-3.0-or-later
// Both of Twilio's HTTP Basic schemes (shared/twilio/messages-api.md, "Base, auth, wire format") and the environment
// variable names Twilio's libraries use.
#include "api/credentials.h"
#include "api/sid.h"

#include <QTest>

#include <algorithm>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::AuthScheme)

namespace {
const QString kAccountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString kAuthToken = QStringLiteral("f0e1d2c3b4a5968778695a4b3c2d1e0f");
const QString kApiKeySid = QStringLiteral("SK0123456789ABCDEF0123456789ABCDEF");
const QString kApiSecret = QStringLiteral("Sup3rS3cretValueOfTheApiKey42xyzw");

// Computed independently: printf '%s' 'user:secret' | base64
const QByteArray kTokenHeader
    = "Basic QUMwMTIzNDU2Nzg5YWJjZGVmMDEyMzQ1Njc4OWFiY2RlZjpmMGUxZDJjM2I0YTU5Njg3Nzg2OTVhNGIzYzJkMWUwZg==";
const QByteArray kApiKeyHeader
    = "Basic U0swMTIzNDU2Nzg5QUJDREVGMDEyMzQ1Njc4OUFCQ0RFRjpTdXAzclMzY3JldFZhbHVlT2ZUaGVBcGlLZXk0Mnh5enc=";

QProcessEnvironment environment(const QStringList& assignments)
{
    QProcessEnvironment env;
    for (const QString& a : assignments) {
        const qsizetype eq = a.indexOf(u'=');
        env.insert(a.left(eq), a.mid(eq + 1));
    }
    return env;
}
} // namespace

class Tst_Credentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authToken();
    void apiKey();
    void fromEnvironment_data();
    void fromEnvironment();
    void problem_data();
    void problem();
    void problemIgnoringSecret();
    void trimming();
    void curlUserPlaceholder();
    void environmentHasAny_data();
    void environmentHasAny();
    void equalityAndEmpty();
};

void Tst_Credentials::authToken()
{
    const Credentials c = Credentials::withAuthToken(kAccountSid, kAuthToken);
    QCOMPARE(c.scheme(), AuthScheme::AuthToken);
    QCOMPARE(c.accountSid(), kAccountSid);
    QCOMPARE(c.username(), kAccountSid);
    QCOMPARE(c.secret(), kAuthToken);
    QVERIFY(c.isValid());
    QVERIFY2(c.problem().isEmpty(), qPrintable(c.problem()));
    QVERIFY(!c.isEmpty());
    QCOMPARE(c.authorizationHeader(), kTokenHeader);
    QCOMPARE(QByteArray::fromBase64(c.authorizationHeader().mid(6)), (kAccountSid + u':' + kAuthToken).toUtf8());
}

void Tst_Credentials::apiKey()
{
    const Credentials c = Credentials::withApiKey(kAccountSid, kApiKeySid, kApiSecret);
    QCOMPARE(c.scheme(), AuthScheme::ApiKey);
    // The Account SID still goes in the path; the API key is the Basic user.
    QCOMPARE(c.accountSid(), kAccountSid);
    QCOMPARE(c.username(), kApiKeySid);
    QCOMPARE(c.secret(), kApiSecret);
    QVERIFY2(c.isValid(), qPrintable(c.problem()));
    QCOMPARE(c.authorizationHeader(), kApiKeyHeader);
    QVERIFY(!c.authorizationHeader().contains(kAccountSid.toUtf8().toBase64()));
}

void Tst_Credentials::fromEnvironment_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<AuthScheme>("scheme");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("problemNames"); // empty: valid; otherwise the problem names one of them

    const QString sid = u"TWILIO_ACCOUNT_SID=" + kAccountSid;
    const QString token = u"TWILIO_AUTH_TOKEN=" + kAuthToken;
    const QString key = u"TWILIO_API_KEY=" + kApiKeySid;
    const QString secret = u"TWILIO_API_SECRET=" + kApiSecret;

    QTest::newRow("auth token pair") << QStringList { sid, token } << AuthScheme::AuthToken << kAccountSid << kAuthToken
                                     << QStringList {};
    QTest::newRow("API key triple") << QStringList { sid, key, secret } << AuthScheme::ApiKey << kApiKeySid
                                    << kApiSecret << QStringList {};
    QTest::newRow("API key wins over the token")
        << QStringList { sid, token, key, secret } << AuthScheme::ApiKey << kApiKeySid << kApiSecret << QStringList {};
    QTest::newRow("token with trailing newline")
        << QStringList { sid, u"TWILIO_AUTH_TOKEN=" + kAuthToken + u'\n' } << AuthScheme::AuthToken << kAccountSid
        << kAuthToken << QStringList {};
    QTest::newRow("account SID only") << QStringList { sid } << AuthScheme::AuthToken << kAccountSid << QString()
                                      << QStringList { QStringLiteral("TWILIO_AUTH_TOKEN") };
    QTest::newRow("auth token only") << QStringList { token } << AuthScheme::AuthToken << QString() << kAuthToken
                                     << QStringList { QStringLiteral("TWILIO_ACCOUNT_SID") };
    QTest::newRow("API key without account SID") << QStringList { key, secret } << AuthScheme::ApiKey << kApiKeySid
                                                 << kApiSecret << QStringList { QStringLiteral("TWILIO_ACCOUNT_SID") };
    QTest::newRow("API key without secret") << QStringList { sid, key } << AuthScheme::ApiKey << kApiKeySid << QString()
                                            << QStringList { QStringLiteral("TWILIO_API_SECRET") };
    QTest::newRow("API key without secret but with a token")
        << QStringList { sid, token, key } << AuthScheme::ApiKey << kApiKeySid << QString()
        << QStringList { QStringLiteral("TWILIO_API_SECRET") };
    // A secret without its key SID is read as an incomplete API key, and the problem names the missing variable.
    QTest::newRow("API secret without key")
        << QStringList { sid, secret } << AuthScheme::ApiKey << QString() << kApiSecret
        << QStringList { QStringLiteral("TWILIO_API_KEY") };
    QTest::newRow("nothing") << QStringList {} << AuthScheme::AuthToken << QString() << QString()
                             << QStringList { QStringLiteral("TWILIO_ACCOUNT_SID") };
}

void Tst_Credentials::fromEnvironment()
{
    QFETCH(QStringList, env);
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, username);
    QFETCH(QString, secret);
    QFETCH(QStringList, problemNames);

    const Credentials c = Credentials::fromEnvironment(environment(env));
    QCOMPARE(c.scheme(), scheme);
    QCOMPARE(c.username(), username);
    QCOMPARE(c.secret(), secret);
    if (problemNames.isEmpty()) {
        QVERIFY2(c.isValid(), qPrintable(c.problem()));
        QCOMPARE(c.accountSid(), kAccountSid);
    } else {
        QVERIFY(!c.isValid());
        const QString problem = c.problem();
        const bool named = std::any_of(problemNames.cbegin(), problemNames.cend(),
            [&problem](const QString& name) { return problem.contains(name); });
        QVERIFY2(named, qPrintable(problem));
    }
    // Whatever the problem, it never repeats a secret.
    QVERIFY(!c.problem().contains(kAuthToken));
    QVERIFY(!c.problem().contains(kApiSecret));
}

void Tst_Credentials::problem_data()
{
    QTest::addColumn<AuthScheme>("scheme");
    QTest::addColumn<QString>("accountSid");
    QTest::addColumn<QString>("keySid");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QStringList>("mentions"); // empty: valid

    const AuthScheme token = AuthScheme::AuthToken;
    const AuthScheme key = AuthScheme::ApiKey;
    QTest::newRow("valid lower-case hex") << token << kAccountSid << QString() << kAuthToken << QStringList {};
    QTest::newRow("valid upper-case hex")
        << token << QStringLiteral("AC0123456789ABCDEF0123456789ABCDEF") << QString() << kAuthToken << QStringList {};
    QTest::newRow("valid API key") << key << kAccountSid << kApiKeySid << kApiSecret << QStringList {};
    QTest::newRow("Account SID wrong prefix")
        << token << QStringLiteral("AB0123456789abcdef0123456789abcdef") << QString() << kAuthToken
        << QStringList { QStringLiteral("Account SID"), QStringLiteral("AC") };
    QTest::newRow("Account SID lower-case prefix")
        << token << QStringLiteral("ac0123456789abcdef0123456789abcdef") << QString() << kAuthToken
        << QStringList { QStringLiteral("Account SID") };
    QTest::newRow("Account SID too short") << token << kAccountSid.chopped(1) << QString() << kAuthToken
                                           << QStringList { QStringLiteral("Account SID"), QStringLiteral("33") };
    QTest::newRow("Account SID too long") << token << QString(kAccountSid + u'0') << QString() << kAuthToken
                                          << QStringList { QStringLiteral("Account SID"), QStringLiteral("35") };
    QTest::newRow("Account SID non-hex") << token << QStringLiteral("AC0123456g89abcdef0123456789abcdef") << QString()
                                         << kAuthToken
                                         << QStringList { QStringLiteral("Account SID"),
                                                QStringLiteral("position 10") };
    QTest::newRow("Account SID given an API key SID")
        << token << kApiKeySid << QString() << kAuthToken << QStringList { QStringLiteral("Account SID") };
    QTest::newRow("API Key SID wrong prefix")
        << key << kAccountSid << QStringLiteral("SX0123456789ABCDEF0123456789ABCDEF") << kApiSecret
        << QStringList { QStringLiteral("API Key SID"), QStringLiteral("SK") };
    QTest::newRow("API Key SID is the Account SID")
        << key << kAccountSid << kAccountSid << kApiSecret << QStringList { QStringLiteral("API Key SID") };
    QTest::newRow("API Key SID too short") << key << kAccountSid << QStringLiteral("SK0123") << kApiSecret
                                           << QStringList { QStringLiteral("API Key SID"), QStringLiteral("6") };
    QTest::newRow("API key without account SID")
        << key << QString() << kApiKeySid << kApiSecret << QStringList { QStringLiteral("TWILIO_ACCOUNT_SID") };
    QTest::newRow("missing token") << token << kAccountSid << QString() << QString()
                                   << QStringList { QStringLiteral("TWILIO_AUTH_TOKEN") };
    QTest::newRow("missing API secret") << key << kAccountSid << kApiKeySid << QString()
                                        << QStringList { QStringLiteral("TWILIO_API_SECRET") };
    QTest::newRow("space inside token") << token << kAccountSid << QString()
                                        << QStringLiteral("0123456789abcdef 123456789abcdef")
                                        << QStringList { QStringLiteral("TWILIO_AUTH_TOKEN") };
    QTest::newRow("tab inside API secret") << key << kAccountSid << kApiKeySid << QStringLiteral("Sup3r\tS3cret")
                                           << QStringList { QStringLiteral("TWILIO_API_SECRET") };
    QTest::newRow("zero-width space inside token")
        << token << kAccountSid << QString() << QStringLiteral("0123456789abcdef\u200b0123456789abcdef")
        << QStringList { QStringLiteral("TWILIO_AUTH_TOKEN") };
    QTest::newRow("newline inside token")
        << token << kAccountSid << QString() << QStringLiteral("0123456789abcdef\n0123456789abcdef")
        << QStringList { QStringLiteral("TWILIO_AUTH_TOKEN") };
}

void Tst_Credentials::problem()
{
    QFETCH(AuthScheme, scheme);
    QFETCH(QString, accountSid);
    QFETCH(QString, keySid);
    QFETCH(QString, secret);
    QFETCH(QStringList, mentions);

    const Credentials c = scheme == AuthScheme::ApiKey ? Credentials::withApiKey(accountSid, keySid, secret)
                                                       : Credentials::withAuthToken(accountSid, secret);
    const QString problem = c.problem();
    QCOMPARE(c.isValid(), mentions.isEmpty());
    QCOMPARE(problem.isEmpty(), mentions.isEmpty());
    for (const QString& m : mentions)
        QVERIFY2(problem.contains(m), qPrintable(problem));
    // The secret is never quoted back.
    if (secret.size() > 6)
        QVERIFY2(!problem.contains(secret.trimmed()), qPrintable(problem));
}

void Tst_Credentials::problemIgnoringSecret()
{
    // Without a secret: good enough to show a request, not to send one.
    const Credentials noToken = Credentials::withAuthToken(kAccountSid, QString());
    QVERIFY(noToken.problemIgnoringSecret().isEmpty());
    QVERIFY(!noToken.problem().isEmpty());
    QVERIFY(!noToken.isValid());

    const Credentials badToken = Credentials::withAuthToken(kAccountSid, QStringLiteral("has space"));
    QVERIFY(badToken.problemIgnoringSecret().isEmpty());
    QVERIFY(!badToken.problem().isEmpty());

    const Credentials noKeySecret = Credentials::withApiKey(kAccountSid, kApiKeySid, QString());
    QVERIFY(noKeySecret.problemIgnoringSecret().isEmpty());
    QVERIFY(!noKeySecret.problem().isEmpty());

    // The SIDs are still checked.
    const Credentials badSid = Credentials::withAuthToken(QStringLiteral("AC123"), QString());
    QVERIFY(badSid.problemIgnoringSecret().contains(QStringLiteral("Account SID")));
    const Credentials badKey = Credentials::withApiKey(kAccountSid, QStringLiteral("SK123"), QString());
    QVERIFY(badKey.problemIgnoringSecret().contains(QStringLiteral("API Key SID")));
    QVERIFY(!Credentials().problemIgnoringSecret().isEmpty());
}

void Tst_Credentials::trimming()
{
    const Credentials c = Credentials::withAuthToken(u' ' + kAccountSid + u'\n', kAuthToken + QStringLiteral("\r\n"));
    QCOMPARE(c.accountSid(), kAccountSid);
    QCOMPARE(c.username(), kAccountSid);
    QCOMPARE(c.secret(), kAuthToken);
    QVERIFY2(c.isValid(), qPrintable(c.problem()));
    QCOMPARE(c.authorizationHeader(), kTokenHeader);

    const Credentials k = Credentials::withApiKey(kAccountSid + u'\n', u'\t' + kApiKeySid, kApiSecret + u'\n');
    QCOMPARE(k.username(), kApiKeySid);
    QCOMPARE(k.secret(), kApiSecret);
    QCOMPARE(k.authorizationHeader(), kApiKeyHeader);
}

void Tst_Credentials::curlUserPlaceholder()
{
    const Credentials token = Credentials::withAuthToken(kAccountSid, kAuthToken);
    QCOMPARE(token.curlUserPlaceholder(), QStringLiteral("$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN"));
    const Credentials key = Credentials::withApiKey(kAccountSid, kApiKeySid, kApiSecret);
    QCOMPARE(key.curlUserPlaceholder(), QStringLiteral("$TWILIO_API_KEY:$TWILIO_API_SECRET"));
    QVERIFY(!token.curlUserPlaceholder().contains(kAuthToken));
    QVERIFY(!key.curlUserPlaceholder().contains(kApiSecret));
}

void Tst_Credentials::environmentHasAny_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << QStringList {} << false;
    QTest::newRow("unrelated") << QStringList { QStringLiteral("PATH=/usr/bin"), QStringLiteral("HOME=/root") }
                               << false;
    QTest::newRow("other TWILIO_ variable") << QStringList { QStringLiteral("TWILIO_REGION=ie1") } << false;
    QTest::newRow("account SID") << QStringList { u"TWILIO_ACCOUNT_SID=" + kAccountSid } << true;
    QTest::newRow("auth token") << QStringList { u"TWILIO_AUTH_TOKEN=" + kAuthToken } << true;
    QTest::newRow("API key") << QStringList { u"TWILIO_API_KEY=" + kApiKeySid } << true;
    QTest::newRow("API secret") << QStringList { u"TWILIO_API_SECRET=" + kApiSecret } << true;
    QTest::newRow("lower-case name") << QStringList { u"twilio_account_sid=" + kAccountSid } << false;
}

void Tst_Credentials::environmentHasAny()
{
    QFETCH(QStringList, env);
    QFETCH(bool, expected);
    QCOMPARE(Credentials::environmentHasAny(environment(env)), expected);
}

void Tst_Credentials::equalityAndEmpty()
{
    const Credentials a = Credentials::withAuthToken(kAccountSid, kAuthToken);
    QVERIFY(a == Credentials::withAuthToken(kAccountSid, kAuthToken));
    QVERIFY(!(a == Credentials::withAuthToken(kAccountSid, QStringLiteral("ffffffffffffffffffffffffffffffff"))));
    // Same user and secret, different scheme: different credentials.
    QVERIFY(!(Credentials::withApiKey(kAccountSid, kAccountSid, kAuthToken) == a));

    const Credentials empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.isValid());
    QVERIFY(!empty.problem().isEmpty());
    QVERIFY(Credentials::fromEnvironment(QProcessEnvironment()).isEmpty());
}

QTEST_GUILESS_MAIN(Tst_Credentials)
#include "tst_credentials.moc"
