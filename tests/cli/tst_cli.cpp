// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real textbench-cli binary against an in-process HTTP server on loopback: output, --json, --dry-run,
// exit codes, and that no secret ever reaches its output.
#include "clirun.h"
#include "fixtures.h"
#include "testserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using textbench::test::messageJson;
using textbench::test::RecordedRequest;
using textbench::test::sidNumber;
using textbench::test::TestServer;

namespace {
const QString& kAccount = textbench::test::kAccountSid;
const QString& kToken = textbench::test::kAuthToken;
const QString& kSid = textbench::test::kMessageSid;

using Run = textbench::test::CliRun;

} // namespace

class Tst_Cli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;

    static QProcessEnvironment credentialsEnv(bool withToken = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : { "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET",
                 "TWILIO_REGION", "TWILIO_EDGE" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kAccount);
        if (withToken)
            env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kToken);
        return env;
    }

    Run cli(const QStringList& args, const QProcessEnvironment& env = credentialsEnv(), const QByteArray& input = {})
    {
        // Profiles live in a configuration folder of this test's own, never the machine's.
        QProcessEnvironment isolated = env;
        isolated.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        Run r = textbench::test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH), args, isolated, input);
        // Whatever the command, the secret never reaches the terminal.
        const QByteArray base64 = (kAccount + u':' + kToken).toUtf8().toBase64();
        if (r.out.contains(kToken.toUtf8()) || r.err.contains(kToken.toUtf8()) || r.out.contains(base64)
            || r.err.contains(base64))
            r.exitCode = -3;
        return r;
    }

    QStringList withServer(QStringList args) const
    {
        return args << QStringLiteral("--base-url") << m_server->baseUrl();
    }

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        m_server = std::make_unique<TestServer>();
        m_server->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            if (r.method == "POST")
                TestServer::replyJson(
                    s, r.path.endsWith("Messages.json") ? 201 : 200, QJsonDocument(messageJson(kSid)));
            else if (r.method == "DELETE")
                TestServer::reply(s, 204, {}, {}, {});
            else if (r.path.startsWith("/2010-04-01/Accounts/") && r.path.count('/') == 3) // the account check
                TestServer::replyJson(s, 200,
                    QJsonDocument(QJsonObject { { QStringLiteral("sid"), QString::fromLatin1(r.path.mid(21, 34)) },
                        { QStringLiteral("status"), QStringLiteral("active") } }));
            else
                TestServer::replyJson(s, 200, QJsonDocument(messageJson(kSid, QStringLiteral("delivered"))));
        });
    }

    void cleanup() { m_server.reset(); }

    void helpAndVersion()
    {
        const Run help = cli({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Exit codes"));
        QVERIFY(help.out.contains("TWILIO_AUTH_TOKEN"));
        const Run createHelp = cli({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--help") });
        QCOMPARE(createHelp.exitCode, 0);
        QVERIFY(createHelp.out.contains("--media-url"));
        QVERIFY(createHelp.out.contains("--dry-run"));
        const Run version = cli({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(TEXTBENCH_VERSION));
    }

    void globalOptionsStandBeforeOrAfterTheCommand_data()
    {
        QTest::addColumn<QStringList>("args"); // %1: the server's base URL
        const QString url = QStringLiteral("%1");
        QTest::newRow("after") << QStringList { QStringLiteral("messages"), QStringLiteral("fetch"),
            QStringLiteral("--sid"), kSid, QStringLiteral("--json"), QStringLiteral("--base-url"), url };
        QTest::newRow("before the command") << QStringList { QStringLiteral("--json"), QStringLiteral("--base-url"),
            url, QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid };
        QTest::newRow("before the verb") << QStringList { QStringLiteral("messages"), QStringLiteral("--base-url=%1"),
            QStringLiteral("-json"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid };
        QTest::newRow("on both sides") << QStringList { QStringLiteral("--timeout"), QStringLiteral("5"),
            QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--json"), QStringLiteral("--sid"),
            kSid, QStringLiteral("--base-url"), url, QStringLiteral("--deadline"), QStringLiteral("10") };
    }

    void globalOptionsStandBeforeOrAfterTheCommand()
    {
        QFETCH(QStringList, args);
        for (QString& a : args)
            a.replace(QStringLiteral("%1"), m_server->baseUrl());
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"sid").toString(), kSid);
        QCOMPARE(m_server->requests().size(), 1);
        // A value that looks like an option stays the value of the option before it.
        const Run body = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("--json"), QStringLiteral("--dry-run") }));
        QVERIFY2(body.exitCode == 0, body.err.constData());
        QVERIFY2(body.out.contains("Body=--json"), body.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("unknown command") << QStringList { QStringLiteral("calls") } << QByteArray("unknown command");
        QTest::newRow("unknown verb") << QStringList { QStringLiteral("messages"), QStringLiteral("send") }
                                      << QByteArray("unknown verb");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("messages"), QStringLiteral("fetch"),
            QStringLiteral("--sidd"), kSid }
                                        << QByteArray("sidd");
        QTest::newRow("missing sid") << QStringList { QStringLiteral("messages"), QStringLiteral("fetch") }
                                     << QByteArray("--sid is required");
        QTest::newRow("malformed sid") << QStringList { QStringLiteral("messages"), QStringLiteral("fetch"),
            QStringLiteral("--sid"), QStringLiteral("SM123") }
                                       << QByteArray("34");
        QTest::newRow("invalid To") << QStringList { QStringLiteral("messages"), QStringLiteral("create"),
            QStringLiteral("--to"), QStringLiteral("4155552671"), QStringLiteral("--from"),
            QStringLiteral("+15005550006"), QStringLiteral("--body"), QStringLiteral("hi") }
                                    << QByteArray("country code");
        QTest::newRow("no body") << QStringList { QStringLiteral("messages"), QStringLiteral("create"),
            QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--from"),
            QStringLiteral("+15005550006") }
                                 << QByteArray("empty");
        QTest::newRow("bad limit") << QStringList { QStringLiteral("messages"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("ten") }
                                   << QByteArray("--limit");
        QTest::newRow("plain http to another host") << QStringList { QStringLiteral("messages"),
            QStringLiteral("fetch"), QStringLiteral("--sid"), kSid, QStringLiteral("--base-url"),
            QStringLiteral("http://example.com") } << QByteArray("Plain http");
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("messages"), QStringLiteral("fetch"),
            QStringLiteral("--sid"), kSid, QStringLiteral("--timeout"), QStringLiteral("soon") }
                                     << QByteArray("--timeout");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, mentions);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void secretsAreNeverTakenFromArguments_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--auth-token") << QStringLiteral("--auth-token");
        QTest::newRow("--api-secret=") << QStringLiteral("--api-secret=");
        QTest::newRow("--password") << QStringLiteral("--password");
    }

    void secretsAreNeverTakenFromArguments()
    {
        QFETCH(QString, option);
        const QString secret = QStringLiteral("0badc0de0badc0de0badc0de0badc0de");
        QStringList args { QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid };
        if (option.endsWith(u'='))
            args << option + secret;
        else
            args << option << secret;
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("never accepted"));
        QVERIFY(r.err.contains("TWILIO_AUTH_TOKEN"));
        QVERIFY(!r.err.contains(secret.toLatin1()));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void missingCredentialsExitWithAuth()
    {
        QProcessEnvironment env = credentialsEnv();
        env.remove(QStringLiteral("TWILIO_ACCOUNT_SID"));
        env.remove(QStringLiteral("TWILIO_AUTH_TOKEN"));
        const Run r = cli(
            withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid }), env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("TWILIO_ACCOUNT_SID"));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void createPrintsTheMessage()
    {
        const Run r = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+1 415 555 2671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("Hi & bye"), QStringLiteral("--media-url"),
            QStringLiteral("https://x.test/a.png"), QStringLiteral("--media-url"),
            QStringLiteral("https://x.test/b.png") }));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(kSid.toLatin1()));
        QVERIFY(r.out.contains("queued"));
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_server->requests().first().body,
            QByteArray("To=%2B14155552671&From=%2B15005550006&Body=Hi%20%26%20bye"
                       "&MediaUrl=https%3A%2F%2Fx.test%2Fa.png&MediaUrl=https%3A%2F%2Fx.test%2Fb.png"));
    }

    void jsonOutputIsTheRawResource()
    {
        const Run fetch = cli(withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            kSid, QStringLiteral("--json") }));
        QCOMPARE(fetch.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(fetch.out).object();
        QCOMPARE(o.value(u"sid").toString(), kSid);
        QCOMPARE(o.value(u"num_segments").toString(), QStringLiteral("1")); // the wire type, untouched
    }

    void dryRunPrintsTheRequestAndSendsNothing()
    {
        // No secret is needed to show a request.
        const Run r = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
                              QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
                              QStringLiteral("--body"), QStringLiteral("Hello"), QStringLiteral("--status-callback"),
                              QStringLiteral("https://cb.test/s"), QStringLiteral("--dry-run") }),
            credentialsEnv(false));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"method").toString(), QStringLiteral("POST"));
        QCOMPARE(o.value(u"url").toString(),
            m_server->baseUrl() + QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount));
        QStringList names;
        for (const QJsonValue& pair : o.value(u"form").toArray())
            names << pair.toArray().at(0).toString();
        QCOMPARE(names,
            (QStringList { QStringLiteral("To"), QStringLiteral("StatusCallback"), QStringLiteral("From"),
                QStringLiteral("Body") }));
        QCOMPARE(o.value(u"body").toString(),
            QStringLiteral(
                "To=%2B14155552671&StatusCallback=https%3A%2F%2Fcb.test%2Fs&From=%2B15005550006&Body=Hello"));
        bool sawAuthorization = false;
        for (const QJsonValue& pair : o.value(u"headers").toArray()) {
            if (pair.toArray().at(0).toString() == u"Authorization") {
                sawAuthorization = true;
                QCOMPARE(pair.toArray().at(1).toString(), QStringLiteral("Basic ********"));
            }
        }
        QVERIFY(sawAuthorization);

        // With the secret present it is masked all the same (cli() fails the run if it appears anywhere).
        const Run withSecret = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"),
            QStringLiteral("--to"), QStringLiteral("+14155552671"), QStringLiteral("--from"),
            QStringLiteral("+15005550006"), QStringLiteral("--body"), kToken, QStringLiteral("--dry-run") }));
        QCOMPARE(withSecret.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void exitCodesFollowTheError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("401") << 401 << 20003 << 3 << QByteArray("20003");
        QTest::newRow("403 test credentials") << 403 << 20008 << 3 << QByteArray("test credentials");
        QTest::newRow("404") << 404 << 20404 << 4 << QByteArray("20404");
        QTest::newRow("429") << 429 << 20429 << 5 << QByteArray("20429");
        QTest::newRow("400") << 400 << 21211 << 8 << QByteArray("21211");
        QTest::newRow("500") << 500 << 20500 << 7 << QByteArray("500");
    }

    void exitCodesFollowTheError()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, mentions);
        m_server->setHandler([status, code](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(
                s, status, code, QStringLiteral("Twilio's own words"), { { "Retry-After", "0" } });
        });
        const Run r
            = cli(withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid }));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(mentions), r.err.constData());
        QVERIFY(r.err.contains("Twilio says: Twilio's own words"));
        QVERIFY(r.err.contains("What to do:"));
        QVERIFY(r.out.isEmpty());

        const Run json = cli(withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            kSid, QStringLiteral("--json") }));
        QCOMPARE(json.exitCode, exitCode);
        const QJsonObject error = QJsonDocument::fromJson(json.err).object().value(u"error").toObject();
        QVERIFY2(error.value(u"status").toInt() == status, json.err.constData());
        QCOMPARE(error.value(u"code").toInt(), code);
    }

    void aServerThatEchoesTheCredentialsCannotLeakThem()
    {
        // A mock or proxy that repeats the request's Authorization header (and sends terminal escapes) in its error.
        m_server->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            TestServer::replyTwilioError(s, 401, 20003,
                QStringLiteral("bad auth %1 \u001b[31mred\u001b[0m")
                    .arg(QString::fromLatin1(r.header("Authorization"))));
        });
        const Run r
            = cli(withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid }));
        QCOMPARE(r.exitCode, 3); // -3 would mean the secret reached the output
        QVERIFY(r.err.contains("bad auth Basic ********"));
        QVERIFY(!r.err.contains('\x1b'));
        QVERIFY(r.err.contains("\\u001b[31mred"));
    }

    void jsonUsageErrorsAreJson()
    {
        const Run r = cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 2);
        const QJsonObject error = QJsonDocument::fromJson(r.err).object().value(u"error").toObject();
        QCOMPARE(error.value(u"kind").toString(), QStringLiteral("invalid_input"));
        QVERIFY(error.value(u"explanation").toString().contains(QStringLiteral("--sid")));
    }

    void credentialsInTheWrongVariableAreNotEchoed()
    {
        // The token pasted into the SID variable: the error says so without repeating it.
        QProcessEnvironment env = credentialsEnv();
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kToken);
        const Run r = cli(
            withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid }), env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("Account SID"));
    }

    void aCreateThatFailedOnTheServerSaysToCheckTheLog()
    {
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(s, 500, 20500, QStringLiteral("Internal Server Error"));
        });
        const Run r = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("Hello") }));
        QCOMPARE(r.exitCode, 7);
        QVERIFY(r.err.contains("message log"));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void networkFailuresExitWith6()
    {
        // A hanging server and the --timeout option.
        m_server->setHandler([](const RecordedRequest&, QTcpSocket*) {});
        const Run hang = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("Hello"), QStringLiteral("--timeout"), QStringLiteral("0.5") }));
        QCOMPARE(hang.exitCode, 6);
        QVERIFY(hang.err.contains("0.5 s"));
        QCOMPARE(m_server->requests().size(), 1);

        // Nothing listening at all.
        const QString dead = m_server->baseUrl();
        m_server.reset();
        const Run refused = cli({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("Hello"), QStringLiteral("--base-url"), dead });
        QCOMPARE(refused.exitCode, 6);
        QVERIFY(refused.err.contains("refused"));
    }

    void listPagesAndLimits()
    {
        const QString base = QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount);
        m_server->setHandler([base](const RecordedRequest& r, QTcpSocket* s) {
            const int page = r.query.contains("PageToken=PA2") ? 2 : r.query.contains("PageToken=PA1") ? 1 : 0;
            QJsonArray messages;
            for (int i = 1; i <= 2; ++i)
                messages.append(messageJson(sidNumber(page * 2 + i)));
            QJsonObject o { { QStringLiteral("messages"), messages }, { QStringLiteral("page"), page } };
            o.insert(QStringLiteral("next_page_uri"),
                page < 2 ? QJsonValue(base + QStringLiteral("?PageSize=2&Page=%1&PageToken=PA%1").arg(page + 1))
                         : QJsonValue(QJsonValue::Null));
            TestServer::replyJson(s, 200, QJsonDocument(o));
        });
        const Run limited = cli(withServer({ QStringLiteral("messages"), QStringLiteral("list"),
            QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--json") }));
        QCOMPARE(limited.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(limited.out).array().size(), 3);
        QVERIFY(limited.err.contains("more"));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().first().query, QByteArray("PageSize=3"));

        m_server->clearRequests();
        const Run all = cli(withServer(
            { QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("--no-limit"), QStringLiteral("--to"),
                QStringLiteral("+14155552671"), QStringLiteral("--date-sent-after"), QStringLiteral("2024-01-01") }));
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests().first().query, QByteArray("To=%2B14155552671&DateSent%3E=2024-01-01"));
        for (int i = 1; i <= 6; ++i)
            QVERIFY(all.out.contains(sidNumber(i).toLatin1()));
    }

    void updateAndDelete()
    {
        const Run redact = cli(withServer({ QStringLiteral("messages"), QStringLiteral("update"),
            QStringLiteral("--sid"), kSid, QStringLiteral("--body"), QString() }));
        QCOMPARE(redact.exitCode, 0);
        QCOMPARE(m_server->requests().last().body, QByteArray("Body="));
        const Run cancel = cli(withServer({ QStringLiteral("messages"), QStringLiteral("update"),
            QStringLiteral("--sid"), kSid, QStringLiteral("--status"), QStringLiteral("canceled") }));
        QCOMPARE(cancel.exitCode, 0);
        QCOMPARE(m_server->requests().last().body, QByteArray("Status=canceled"));
        const Run badStatus = cli(withServer({ QStringLiteral("messages"), QStringLiteral("update"),
            QStringLiteral("--sid"), kSid, QStringLiteral("--status"), QStringLiteral("sent") }));
        QCOMPARE(badStatus.exitCode, 2);
        const Run del
            = cli(withServer({ QStringLiteral("messages"), QStringLiteral("delete"), QStringLiteral("--sid"), kSid }));
        QCOMPARE(del.exitCode, 0);
        QVERIFY(del.out.contains("Deleted"));
        QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));
        QCOMPARE(m_server->requests().size(), 3);
    }

    void withoutCredentialsTheBuiltInSandboxAnswers()
    {
        QProcessEnvironment env = credentialsEnv();
        env.remove(QStringLiteral("TWILIO_ACCOUNT_SID"));
        env.remove(QStringLiteral("TWILIO_AUTH_TOKEN"));
        const Run r = cli({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
                              QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
                              QStringLiteral("--body"), QStringLiteral("Hello"), QStringLiteral("--wait") },
            env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains("built-in sandbox"));
        // The status timeline on stderr, in order, then the delivered message on stdout.
        const qsizetype queued = r.err.indexOf("queued");
        const qsizetype delivered = r.err.indexOf("delivered");
        QVERIFY2(queued >= 0 && delivered > queued, r.err.constData());
        QVERIFY(r.out.contains("Status        delivered"));

        const Run failed = cli(
            { QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
                QStringLiteral("+15005559007"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
                QStringLiteral("--body"), QStringLiteral("Hello"), QStringLiteral("--wait"), QStringLiteral("--json") },
            env);
        QCOMPARE(failed.exitCode, 0);
        const QJsonObject m = QJsonDocument::fromJson(failed.out).object();
        QCOMPARE(m.value(u"status").toString(), QStringLiteral("undelivered"));
        QCOMPARE(m.value(u"error_code").toInt(), 30007);
    }

    void waitGivesUpAfterItsTimeout()
    {
        // A message that never settles (real Twilio can leave one "sent" for hours).
        m_server->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            TestServer::replyJson(
                s, r.method == "POST" ? 201 : 200, QJsonDocument(messageJson(kSid, QStringLiteral("sent"))));
        });
        const Run r = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("Hi"), QStringLiteral("--wait"), QStringLiteral("--wait-timeout"),
            QStringLiteral("1") }));
        QCOMPARE(r.exitCode, 6);
        QVERIFY2(r.err.contains("stopped following"), r.err.constData());
        QVERIFY(m_server->requests().size() <= 6); // backs off; never hammers the server
    }

    void segments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("GSM-7") << QStringList { QString(161, u'a') }
                               << QByteArray(R"({"encoding":"GSM-7","segments":2,"characters":161})");
        QTest::newRow("UCS-2") << QStringList { QStringLiteral("Hi 👍") }
                               << QByteArray(R"({"encoding":"UCS-2","segments":1,"characters":4})");
        QTest::newRow("smart encoding") << QStringList { QStringLiteral("--smart-encoding"),
            QStringLiteral("“quotes”") } << QByteArray(R"({"encoding":"GSM-7","segments":1,"characters":8})");
    }

    void segments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, json);
        const Run r = cli(QStringList { QStringLiteral("segments"), QStringLiteral("--json") } + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), json);
    }

    void accountCheck()
    {
        m_server->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            QCOMPARE(r.path, "/2010-04-01/Accounts/" + kAccount.toLatin1() + ".json");
            TestServer::replyJson(s, 200,
                QJsonDocument(QJsonObject { { QStringLiteral("sid"), kAccount },
                    { QStringLiteral("friendly_name"), QStringLiteral("Dev") },
                    { QStringLiteral("status"), QStringLiteral("active") },
                    { QStringLiteral("auth_token"), kToken } }));
        });
        const Run r = cli(withServer({ QStringLiteral("account") }));
        QCOMPARE(r.exitCode, 0); // -3 would mean the account's auth_token reached the output
        QVERIFY(r.out.contains("active"));
        QVERIFY(r.out.contains("Dev"));
        const Run json = cli(withServer({ QStringLiteral("account"), QStringLiteral("--json") }));
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(json.out).object().value(u"auth_token").toString(), QStringLiteral("********"));
    }

    void profilesAndPrecedence()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the keychain session of tests/run.sh");
        QProcessEnvironment noCredentials = credentialsEnv();
        noCredentials.remove(QStringLiteral("TWILIO_ACCOUNT_SID"));
        noCredentials.remove(QStringLiteral("TWILIO_AUTH_TOKEN"));
        const QString profileToken = QStringLiteral("0ddba110c0ffee000ddba110c0ffee00");
        const QString profileAccount = QStringLiteral("AC00000000000000000000000000000042");
        const auto authorizationOf = [](const QString& sid, const QString& token) {
            return QByteArray("Basic " + (sid + u':' + token).toUtf8().toBase64());
        };

        // At first only the built-in Sandbox profile, and it is active.
        const Run empty
            = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") }, noCredentials);
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 1);

        // Add: the secret comes from standard input, never an argument.
        const Run added = cli({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Work"),
                                  QStringLiteral("--account-sid"), profileAccount, QStringLiteral("--base-url"),
                                  m_server->baseUrl(), QStringLiteral("--secret-stdin") },
            noCredentials, profileToken.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Run listed
            = cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") }, noCredentials);
        QVERIFY(!listed.out.contains(profileToken.toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);
        const QJsonObject work = QJsonDocument::fromJson(listed.out).array().at(1).toObject();
        QCOMPARE(work.value(QStringLiteral("name")).toString(), QStringLiteral("Work"));
        QCOMPARE(work.value(QStringLiteral("secret_storage")).toString(), QStringLiteral("keychain"));
        // Without a terminal or --secret-stdin there is no way to give a secret: a clear refusal.
        const Run noSecret = cli({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Other"),
                                     QStringLiteral("--account-sid"), profileAccount },
            noCredentials);
        QCOMPARE(noSecret.exitCode, 2);
        QVERIFY(noSecret.err.contains("--secret-stdin"));

        // The active profile is used when the environment has no credentials...
        QCOMPARE(
            cli({ QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("Work") }, noCredentials).exitCode,
            0);
        QCOMPARE(
            cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid }, noCredentials)
                .exitCode,
            0);
        QCOMPARE(m_server->requests().last().header("Authorization"), authorizationOf(profileAccount, profileToken));
        // ...the environment wins over the active profile...
        QCOMPARE(cli(withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid }))
                     .exitCode,
            0);
        QCOMPARE(m_server->requests().last().header("Authorization"), authorizationOf(kAccount, kToken));
        // ...and --profile wins over the environment.
        QCOMPARE(cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid,
                         QStringLiteral("--profile"), QStringLiteral("work") })
                     .exitCode,
            0);
        QCOMPARE(m_server->requests().last().header("Authorization"), authorizationOf(profileAccount, profileToken));

        // test: the account check with the profile's credentials from the keychain.
        const Run tested
            = cli({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("Work") }, noCredentials);
        QVERIFY2(tested.exitCode == 0, tested.err.constData());
        QVERIFY(tested.out.contains("Profile Work works"));
        QCOMPARE(m_server->requests().last().path, "/2010-04-01/Accounts/" + profileAccount.toLatin1() + ".json");
        // edit, and import-env from the environment's credentials.
        QCOMPARE(cli({ QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Work"),
                         QStringLiteral("--kind"), QStringLiteral("test") },
                     noCredentials)
                     .exitCode,
            0);
        // test on a Test profile: Twilio answers the account check with 403/20008, and the note says what test
        // credentials can and cannot do.
        m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) {
            TestServer::replyTwilioError(
                s, 403, 20008, QStringLiteral("Resource not accessible with Test Account Credentials"));
        });
        const Run testKind
            = cli({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("Work") }, noCredentials);
        QCOMPARE(testKind.exitCode, 3);
        QVERIFY2(testKind.err.contains("20008") && testKind.err.contains("Test profile")
                && testKind.err.contains("can only create messages"),
            testKind.err.constData());
        const Run imported
            = cli({ QStringLiteral("profiles"), QStringLiteral("import-env"), QStringLiteral("From env") });
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const QJsonArray three = QJsonDocument::fromJson(
            cli({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") }, noCredentials).out)
                                     .array();
        QCOMPARE(three.size(), 3);
        bool sawTestKind = false;
        for (const QJsonValue& v : three)
            sawTestKind = sawTestKind || (v[u"name"].toString() == u"Work" && v[u"kind"].toString() == u"test");
        QVERIFY(sawTestKind);
        QCOMPARE(
            cli({ QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("From env") }, noCredentials)
                .exitCode,
            0);

        // Removing takes the secret with it; the Sandbox is active again.
        QCOMPARE(cli({ QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Work") }, noCredentials)
                     .exitCode,
            0);
        const Run gone = cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid,
            QStringLiteral("--profile"), QStringLiteral("Work") });
        QCOMPARE(gone.exitCode, 2);
        QVERIFY(gone.err.contains("no profile called"));
        // The configuration folder holds no secret.
        QDirIterator it(m_config->path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(!f.readAll().contains(profileToken.toUtf8()));
        }
    }

    void verboseShowsTheRequestLogWithoutSecrets()
    {
        const Run r = cli(withServer({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            kSid, QStringLiteral("--verbose") }));
        QCOMPARE(r.exitCode, 0); // -3 would mean the secret leaked into the output
        QVERIFY(r.err.contains("GET "));
        QVERIFY(r.err.contains("200"));
        QVERIFY(r.err.contains("attempt 1)"));
        // Like curl -v: the headers both ways (Authorization masked), the response body, and the request as a cURL
        // command that takes the secret from the environment.
        QVERIFY2(r.err.contains("  > Authorization: Basic ********\n"), r.err.constData());
        QVERIFY(r.err.contains("  > User-Agent: Textbench/"));
        QVERIFY(r.err.contains("  < Content-Type: application/json"));
        QVERIFY(r.err.contains(("  < {\"")));
        QVERIFY(r.err.contains(kSid.toUtf8()));
        QVERIFY2(r.err.contains("  $ curl"), r.err.constData());
        QVERIFY(r.err.contains("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\""));

        // A create shows its (masked) form body too.
        const Run create
            = cli(withServer({ QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
                QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
                QStringLiteral("--body"), QStringLiteral("a+b"), QStringLiteral("--verbose") }));
        QCOMPARE(create.exitCode, 0);
        QVERIFY2(create.err.contains("  > To=%2B14155552671&From=%2B15005550006&Body=a%2Bb\n"), create.err.constData());
    }
};

QTEST_GUILESS_MAIN(Tst_Cli)
#include "tst_cli.moc"
