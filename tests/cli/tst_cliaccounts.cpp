// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-cli for real accounts: `accounts list`, `--subaccount`, `messaging-services list|fetch|phone-numbers`,
// `messages feedback` and `lookup`, the real binary against a sandbox in this process (which keeps what each run
// did, so that one run sees what the one before it made). Never a secret in the output.
#include "clirun.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench::sandbox;
using Run = textbench::test::CliRun;

namespace {
const QString kSubA = QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0a01");
} // namespace

class Tst_CliAccounts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<SandboxServer> m_sandbox;

    /// Against the sandbox in this process, with its account's credentials.
    Run cli(QStringList args)
    {
        args << QStringLiteral("--base-url") << m_sandbox->baseUrl().toString();
        QProcessEnvironment e = textbench::test::cleanCliEnvironment(m_config->path());
        e.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), Account::kAccountSid);
        e.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), Account::kAuthToken);
        Run r = textbench::test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH), args, e);
        // Neither the account's token nor a subaccount's (Twilio lists those to the parent) is ever printed.
        QStringList secrets { Account::kAuthToken };
        for (const Account::Subaccount& s : Account::subaccounts())
            secrets << s.authToken;
        for (const QString& secret : secrets)
            if (r.out.contains(secret.toUtf8()) || r.err.contains(secret.toUtf8()))
                r.exitCode = -3;
        return r;
    }

    static QList<QJsonObject> ndjson(const QByteArray& out)
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : out.split('\n'))
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        return objects;
    }

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxServer>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->setSpeed(1000);
    }
    void cleanup() { m_sandbox.reset(); }

    void accountsAreListed()
    {
        const Run tsv = cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("-o"),
            QStringLiteral("tsv"), QStringLiteral("--properties"),
            QStringLiteral("sid,friendly_name,owner_account_sid"), QStringLiteral("--no-header") });
        QCOMPARE(tsv.exitCode, 0);
        const QList<QByteArray> lines = tsv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(1), (kSubA + u"\tSandbox Client A\t" + Account::kAccountSid).toUtf8());
        const Run columns = cli({ QStringLiteral("accounts"), QStringLiteral("list") });
        QCOMPARE(columns.exitCode, 0);
        QVERIFY2(columns.out.contains(QString(u"subaccount (use it: --subaccount " + kSubA + u")").toUtf8()),
            columns.out.constData());
        const Run json = cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray all = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2).toObject().value(u"auth_token").toString(), QStringLiteral("********"));
        const Run filtered = cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--status"),
            QStringLiteral("suspended") });
        QCOMPARE(filtered.exitCode, 0);
        QCOMPARE(filtered.out, QByteArray("No accounts.\n"));
        QCOMPARE(cli({ QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("gone") })
                     .exitCode,
            2);
    }

    void aSubaccountIsActedAs()
    {
        const Run sent = cli({ QStringLiteral("--subaccount"), kSubA, QStringLiteral("messages"),
            QStringLiteral("create"), QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--from"),
            Account::kSender, QStringLiteral("--body"), QStringLiteral("From client A"), QStringLiteral("--json") });
        QCOMPARE(sent.exitCode, 0);
        const QJsonObject message = QJsonDocument::fromJson(sent.out).object();
        QCOMPARE(message.value(u"account_sid").toString(), kSubA);
        // The option stands anywhere on the line, as every global option.
        const Run list = cli({ QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("-o"),
            QStringLiteral("ndjson"), QStringLiteral("--subaccount"), kSubA });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(ndjson(list.out).size(), 1);
        const Run parent = cli(
            { QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("ndjson") });
        QCOMPARE(parent.exitCode, 0);
        QCOMPARE(ndjson(parent.out).size(), 0);
        const Run notThere = cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            message.value(u"sid").toString() });
        QCOMPARE(notThere.exitCode, 4);
        const Run check
            = cli({ QStringLiteral("--subaccount"), kSubA, QStringLiteral("account"), QStringLiteral("--json") });
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(check.out).object().value(u"friendly_name").toString(),
            QStringLiteral("Sandbox Client A"));
    }

    void accountWideCommandsSaySoUnderSubaccount()
    {
        // messaging v1, monitor v1, lookups v2 and the Accounts list are not under an account's path.
        for (const QStringList& command :
            { QStringList { QStringLiteral("messaging-services"), QStringLiteral("list") },
                QStringList { QStringLiteral("alerts"), QStringLiteral("list") },
                QStringList { QStringLiteral("lookup"), QStringLiteral("+14155552671") } }) {
            const Run r = cli(QStringList { QStringLiteral("--subaccount"), kSubA } + command);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.err.contains("answers for the credentials' own account"), r.err.constData());
        }
        const Run plain = cli({ QStringLiteral("messaging-services"), QStringLiteral("list") });
        QVERIFY(!plain.err.contains("--subaccount"));
    }

    void subaccountMistakes_data()
    {
        QTest::addColumn<QString>("subaccount");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("not a SID") << QStringLiteral("client-a") << 2 << QByteArray("subaccount SID");
        QTest::newRow("another prefix") << QStringLiteral("MG5a4db0c05a4db0c05a4db0c0c11e0a01") << 2
                                        << QByteArray("subaccount SID");
        QTest::newRow("not one of the account's")
            << QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0c03") << 4 << QByteArray("20404");
    }

    void subaccountMistakes()
    {
        QFETCH(QString, subaccount);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, said);
        const Run r
            = cli({ QStringLiteral("--subaccount"), subaccount, QStringLiteral("messages"), QStringLiteral("list") });
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(said), r.err.constData());
    }

    void messagingServicesAndTheirNumbers()
    {
        const Run list = cli(
            { QStringLiteral("messaging-services"), QStringLiteral("list"), QStringLiteral("-o"), QStringLiteral("tsv"),
                QStringLiteral("--no-header"), QStringLiteral("--properties"), QStringLiteral("sid,friendly_name") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, (Account::kMessagingServiceSid + u"\tSandbox Messaging Service\n").toUtf8());
        const Run fetch = cli({ QStringLiteral("messaging-services"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            Account::kMessagingServiceSid });
        QCOMPARE(fetch.exitCode, 0);
        QVERIFY2(fetch.out.contains("Sandbox Messaging Service"), fetch.out.constData());
        const Run pool = cli({ QStringLiteral("messaging-services"), QStringLiteral("phone-numbers"),
            QStringLiteral("--sid"), Account::kMessagingServiceSid, QStringLiteral("-o"), QStringLiteral("ndjson") });
        QCOMPARE(pool.exitCode, 0);
        const QList<QJsonObject> numbers = ndjson(pool.out);
        QCOMPARE(numbers.size(), 1);
        QCOMPARE(numbers.first().value(u"phone_number").toString(), Account::kSecondNumber);
        QCOMPARE(cli({ QStringLiteral("messaging-services"), QStringLiteral("fetch"), QStringLiteral("--sid"),
                         QStringLiteral("MG00000000000000000000000000000000") })
                     .exitCode,
            4);
        QCOMPARE(cli({ QStringLiteral("messaging-services"), QStringLiteral("fetch"), QStringLiteral("--sid"),
                         QStringLiteral("SM00000000000000000000000000000000") })
                     .exitCode,
            2);
    }

    void feedbackOnMessages()
    {
        const Run sent = cli({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), Account::kSender, QStringLiteral("--body"),
            QStringLiteral("Your code is 123456"), QStringLiteral("-o"), QStringLiteral("tsv"),
            QStringLiteral("--properties"), QStringLiteral("sid"), QStringLiteral("--no-header") });
        QCOMPARE(sent.exitCode, 0);
        const QString sid = QString::fromUtf8(sent.out.trimmed());
        const Run confirmed = cli({ QStringLiteral("messages"), QStringLiteral("feedback"), QStringLiteral("--sid"),
            sid, QStringLiteral("--outcome"), QStringLiteral("confirmed") });
        QCOMPARE(confirmed.exitCode, 0);
        QCOMPARE(confirmed.out, (sid + u": feedback confirmed\n").toUtf8());
        const Run json = cli({ QStringLiteral("messages"), QStringLiteral("feedback"), QStringLiteral("--sid"), sid,
            QStringLiteral("--outcome"), QStringLiteral("unconfirmed"), QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(json.out).object().value(u"outcome").toString(), QStringLiteral("unconfirmed"));
        const Run wrong = cli({ QStringLiteral("messages"), QStringLiteral("feedback"), QStringLiteral("--sid"), sid,
            QStringLiteral("--outcome"), QStringLiteral("maybe") });
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("--outcome is confirmed"), wrong.err.constData());
    }

    void lookups_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("landline") << QStringList { QStringLiteral("+15005559006") } << 0
                                  << QByteArray("Line type     landline\n");
        QTest::newRow("landline: why 30006") << QStringList { QStringLiteral("+15005559006") } << 0
                                             << QByteArray("cannot receive SMS: messages to it end in 30006");
        QTest::newRow("mobile") << QStringList { QStringLiteral("+1 415 555 2671") } << 0
                                << QByteArray("Line type     mobile\n");
        QTest::newRow("invalid") << QStringList { QStringLiteral("+15005550001") } << 0
                                 << QByteArray("Valid         no (INVALID_BUT_POSSIBLE)\n");
        QTest::newRow("national") << QStringList { QStringLiteral("020 7946 0018"), QStringLiteral("--country-code"),
            QStringLiteral("GB") } << 0
                                  << QByteArray("+442079460018");
        QTest::newRow("free: no line type")
            << QStringList { QStringLiteral("+15005559006"), QStringLiteral("--no-line-type") } << 0
            << QByteArray("National      (500) 555-9006\n");
        QTest::newRow("not a number") << QStringList { QStringLiteral("+1415/../Accounts") } << 2
                                      << QByteArray("is not a phone number");
        QTest::newRow("two numbers") << QStringList { QStringLiteral("+14155552671"), QStringLiteral("+14155552672") }
                                     << 2 << QByteArray("");
        QTest::newRow("none") << QStringList {} << 2 << QByteArray("give one phone number");
    }

    void lookups()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, said);
        const Run r = cli(QStringList { QStringLiteral("lookup") } + args);
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray all = r.out + r.err;
        QVERIFY2(all.contains(said), all.constData());
        if (args.contains(u"--no-line-type"))
            QVERIFY(!r.out.contains("Line type"));
    }

    void lookupAsJson()
    {
        const Run r = cli({ QStringLiteral("lookup"), QStringLiteral("+15005559006"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"valid").toBool(), true);
        QCOMPARE(o.value(u"line_type_intelligence").toObject().value(u"type").toString(), QStringLiteral("landline"));
    }

    void helpNamesTheNewCommands()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char* line :
            { "messaging-services list", "accounts list", "lookup NUMBER", "messages feedback", "--subaccount" })
            QVERIFY2(help.out.contains(line), line);
        const Run lookupHelp = cli({ QStringLiteral("lookup"), QStringLiteral("--help") });
        QCOMPARE(lookupHelp.exitCode, 0);
        QVERIFY2(lookupHelp.out.contains("bills"), lookupHelp.out.constData());
    }
};

QTEST_GUILESS_MAIN(Tst_CliAccounts)
#include "tst_cliaccounts.moc"
