// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-cli for the developer's own app: `webhooks sign|verify` (Twilio's test vector, the variants that explain a
// failing validator), and `webhooks inbound|events|resend`, `phone-numbers`, `alerts` against a sandbox in this process
// that calls a real app on loopback. The real binary, run as a user runs it; never a secret in its output.
#include "clirun.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench::sandbox;
using textbench::test::RecordedRequest;
using textbench::test::TestServer;
using Run = textbench::test::CliRun;

namespace {
const QString kVectorUrl = QStringLiteral("https://example.com/myapp.php?foo=1&bar=2");
const QStringList kVectorParams { QStringLiteral("--param"), QStringLiteral("CallSid=CA1234567890ABCDE"),
    QStringLiteral("--param"), QStringLiteral("Caller=+14158675310"), QStringLiteral("--param"),
    QStringLiteral("Digits=1234"), QStringLiteral("--param"), QStringLiteral("From=+14158675310"),
    QStringLiteral("--param"), QStringLiteral("To=+18005551212") };
const QString kVectorToken = QStringLiteral("12345");
} // namespace

class Tst_CliWebhooks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<TestServer> m_app;

    QProcessEnvironment env(const QString& account, const QString& token) const
    {
        QProcessEnvironment e = textbench::test::cleanCliEnvironment(m_config->path());
        e.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), account);
        e.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), token);
        return e;
    }

    Run cli(const QStringList& args, const QProcessEnvironment& e)
    {
        Run r = textbench::test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH), args, e);
        // (Twilio's test vector's token, 12345, is published and part of its CallSid: only real-sized ones count.)
        const QByteArray token = e.value(QStringLiteral("TWILIO_AUTH_TOKEN")).toUtf8();
        if (token.size() >= 16 && (r.out.contains(token) || r.err.contains(token)))
            r.exitCode = -3; // the token signs; it is never shown
        return r;
    }

    /// Against the sandbox in this process, with its account's credentials.
    Run sandbox(QStringList args)
    {
        args << QStringLiteral("--base-url") << m_sandbox->baseUrl().toString();
        return cli(args, env(Account::kAccountSid, Account::kAuthToken));
    }

    Run vector(const QString& verb, const QString& url, const QStringList& extra = {},
        const QString& token = QStringLiteral("12345"))
    {
        return cli(
            QStringList { QStringLiteral("webhooks"), verb, QStringLiteral("--url"), url } + kVectorParams + extra,
            env(QStringLiteral("AC00000000000000000000000000000000"), token));
    }

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->setSpeed(1000);
        m_app = std::make_unique<TestServer>();
        m_app->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            if (r.path == "/sms")
                TestServer::reply(s, 200, "<Response><Message>Echo</Message></Response>", {}, "text/xml");
            else if (r.path == "/broken")
                TestServer::reply(s, 500, "oops", {}, "text/plain");
            else
                TestServer::reply(s, 204, {}, {}, {});
        });
    }
    void cleanup()
    {
        m_sandbox.reset();
        m_app.reset();
    }

    void signPrintsWhatIsSignedAndTheSignature()
    {
        const Run r = vector(QStringLiteral("sign"), kVectorUrl);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("String signed  https://example.com/myapp.php?foo=1&bar=2CallSidCA1234567890ABCDECaller"
                                "+14158675310Digits1234From+14158675310To+18005551212\n"),
            r.out.constData());
        QVERIFY2(r.out.contains("Signature      L/OH5YylLD5NRKLltdqwSvS0BnU=\n"), r.out.constData());
        const Run json = vector(QStringLiteral("sign"), kVectorUrl, { QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"signature").toString(), u"L/OH5YylLD5NRKLltdqwSvS0BnU="_qs);
        QCOMPARE(o.value(u"method").toString(), u"POST"_qs);
        // GET: the URL alone.
        const Run get = cli({ QStringLiteral("webhooks"), QStringLiteral("sign"), QStringLiteral("--url"),
                                QStringLiteral("http://127.0.0.1:8080/sms?Body=hi"), QStringLiteral("--method"),
                                QStringLiteral("GET"), QStringLiteral("--json") },
            env(QStringLiteral("AC00000000000000000000000000000000"), kVectorToken));
        QCOMPARE(QJsonDocument::fromJson(get.out).object().value(u"string_to_sign").toString(),
            u"http://127.0.0.1:8080/sms?Body=hi"_qs);
    }

    void verifySaysWhatWouldHaveMatched_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("valid") << kVectorUrl << kVectorToken << 0 << QByteArray("Valid:");
        QTest::newRow("the port added") << u"https://example.com:443/myapp.php?foo=1&bar=2"_qs << kVectorToken << 1
                                        << QByteArray("(the port removed): Twilio's libraries try that form too");
        QTest::newRow("http behind a proxy") << u"http://example.com/myapp.php?foo=1&bar=2"_qs << kVectorToken << 1
                                             << QByteArray("https instead of http");
        QTest::newRow("another token") << kVectorUrl << u"54321"_qs << 1 << QByteArray("check the Auth Token");
    }
    void verifySaysWhatWouldHaveMatched()
    {
        QFETCH(QString, url);
        QFETCH(QString, token);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, says);
        const Run r = vector(QStringLiteral("verify"), url,
            { QStringLiteral("--signature"), QStringLiteral("L/OH5YylLD5NRKLltdqwSvS0BnU=") }, token);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.contains(says), r.out.constData());
    }

    void theTokenNeverComesFromAnArgument()
    {
        // No option takes it; an API key cannot sign (Twilio signs with the Auth Token).
        const Run asArgument = cli({ QStringLiteral("webhooks"), QStringLiteral("sign"), QStringLiteral("--url"),
                                       kVectorUrl, QStringLiteral("--auth-token"), QStringLiteral("12345") },
            env(QStringLiteral("AC00000000000000000000000000000000"), kVectorToken));
        QCOMPARE(asArgument.exitCode, 2);
        QProcessEnvironment apiKey = textbench::test::cleanCliEnvironment(m_config->path());
        apiKey.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), QStringLiteral("AC00000000000000000000000000000000"));
        apiKey.insert(QStringLiteral("TWILIO_API_KEY"), QStringLiteral("SK00000000000000000000000000000000"));
        apiKey.insert(QStringLiteral("TWILIO_API_SECRET"), QStringLiteral("secretsecretsecretsecret00000000"));
        const Run withKey
            = cli({ QStringLiteral("webhooks"), QStringLiteral("sign"), QStringLiteral("--url"), kVectorUrl }, apiKey);
        QCOMPARE(withKey.exitCode, 3);
        QVERIFY2(withKey.err.contains("Auth Token"), withKey.err.constData());
        QVERIFY(!withKey.out.contains("secretsecret") && !withKey.err.contains("secretsecret"));
    }

    void anInboundMessageThroughASandboxNumber()
    {
        const QString number = m_sandbox->phoneNumbers().all().first().sid;
        const Run update = sandbox({ QStringLiteral("phone-numbers"), QStringLiteral("update"), QStringLiteral("--sid"),
            number, QStringLiteral("--sms-url"), m_app->baseUrl() + u"/sms", QStringLiteral("-o"),
            QStringLiteral("tsv"), QStringLiteral("--properties"), QStringLiteral("phoneNumber,smsUrl,smsMethod"),
            QStringLiteral("--no-header") });
        QCOMPARE(update.exitCode, 0);
        QCOMPARE(update.out, (Account::kSender + u'\t' + m_app->baseUrl() + u"/sms\tPOST\n").toUtf8());
        const Run in = sandbox({ QStringLiteral("webhooks"), QStringLiteral("inbound"), QStringLiteral("--from"),
            QStringLiteral("+14155552671"), QStringLiteral("--to"), Account::kSender, QStringLiteral("--body"),
            QStringLiteral("Hi bot"), QStringLiteral("--json") });
        QCOMPARE(in.exitCode, 0);
        const QJsonObject message = QJsonDocument::fromJson(in.out).object();
        QCOMPARE(message.value(u"direction").toString(), u"inbound"_qs);
        QTRY_COMPARE(m_app->requests().size(), 1);
        QTRY_COMPARE(m_sandbox->store().size(), 2); // and the reply
        const Run events = sandbox({ QStringLiteral("webhooks"), QStringLiteral("events"), QStringLiteral("--message"),
            message.value(u"sid").toString(), QStringLiteral("-o"), QStringLiteral("ndjson") });
        QCOMPARE(events.exitCode, 0);
        const QJsonObject e = QJsonDocument::fromJson(events.out.split('\n').first()).object();
        QCOMPARE(e.value(u"kind").toString(), u"inbound"_qs);
        QCOMPARE(e.value(u"outcome").toString(), u"delivered"_qs);
        QVERIFY(e.value(u"signed_data").toString().startsWith(m_app->baseUrl() + u"/sms"));
        // Sent again: the same event, resent once, the same idempotency token.
        const Run resent = sandbox({ QStringLiteral("webhooks"), QStringLiteral("resend"), QStringLiteral("--sid"),
            e.value(u"sid").toString(), QStringLiteral("--json") });
        QCOMPARE(resent.exitCode, 0);
        QTRY_COMPARE(m_app->requests().size(), 2);
        QCOMPARE(m_app->requests().at(1).header("I-Twilio-Idempotency-Token"),
            m_app->requests().at(0).header("I-Twilio-Idempotency-Token"));
        // A number the sandbox does not have.
        const Run wrong = sandbox({ QStringLiteral("webhooks"), QStringLiteral("inbound"), QStringLiteral("--from"),
            QStringLiteral("+14155552671"), QStringLiteral("--to"), QStringLiteral("+14155550199"),
            QStringLiteral("--body"), QStringLiteral("x") });
        QCOMPARE(wrong.exitCode, 8);
        QVERIFY2(wrong.err.contains("not one of this account's phone numbers"), wrong.err.constData());
    }

    void alertsAreExplained()
    {
        const QString number = m_sandbox->phoneNumbers().all().first().sid;
        QCOMPARE(sandbox({ QStringLiteral("phone-numbers"), QStringLiteral("update"), QStringLiteral("--sid"), number,
                             QStringLiteral("--sms-url"), m_app->baseUrl() + u"/broken" })
                     .exitCode,
            0);
        QCOMPARE(sandbox({ QStringLiteral("webhooks"), QStringLiteral("inbound"), QStringLiteral("--from"),
                             QStringLiteral("+14155552671"), QStringLiteral("--to"), Account::kSender,
                             QStringLiteral("--body"), QStringLiteral("Hi") })
                     .exitCode,
            0);
        QTRY_COMPARE(m_sandbox->webhooks().alerts().size(), 1);
        const Run list = sandbox({ QStringLiteral("alerts"), QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.contains("11200 · HTTP retrieval failure (error)"), list.out.constData());
        QVERIFY2(list.out.contains("Your app answered HTTP 500"), list.out.constData());
        const Run fetched = sandbox({ QStringLiteral("alerts"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            m_sandbox->webhooks().alerts().first().sid });
        QCOMPARE(fetched.exitCode, 0);
        QVERIFY2(fetched.out.contains("Answer        oops"), fetched.out.constData());
        QVERIFY2(fetched.out.contains("Body=Hi"), fetched.out.constData());
        const Run tsv
            = sandbox({ QStringLiteral("alerts"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("tsv"),
                QStringLiteral("--properties"), QStringLiteral("errorCode,logLevel"), QStringLiteral("--no-header") });
        QCOMPARE(tsv.out, QByteArray("11200\terror\n"));
        QCOMPARE(sandbox({ QStringLiteral("alerts"), QStringLiteral("fetch"), QStringLiteral("--sid"),
                             QStringLiteral("NOT-A-SID") })
                     .exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(Tst_CliWebhooks)
#include "tst_cliwebhooks.moc"
