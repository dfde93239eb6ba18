// SPDX-License-Identifier: GPL-3.0-or-later
// The secret scan: runs last, after the whole suite, in the private D-Bus session and keyring of tests/run.sh.
//
// 1. A full session with known secrets, the way a user works: textbench-cli adds profiles (secret on standard input),
//    lists and exports them, tests them, sends, fetches, lists, redacts and deletes messages with --verbose (which
//    prints headers, bodies and cURL commands), hits an authentication error and a rate limit, imports environment
//    credentials, changes a secret and removes the profiles; and, in process, a client whose request log is written
//    out entry by entry with its cURL command, as the app's Activity panel copies and exports it; and the window:
//    a profile with its secret in the keychain, a send, the JSON and every cURL command copied to the clipboard,
//    the log exported as CSV and JSON.
//    While it runs, every process's command line is sampled.
// 2. Then every file under the run's folders (TEXTBENCH_TEST_ROOT: the config, cache, data and temp folders of the
//    whole test run, the keyring's folder included), every log line (this session's log and CTest's LastTest.log of
//    the run so far, LastTest.log.tmp) and every command line seen are searched for each known secret of the suite:
//    raw, percent- encoded, JSON-escaped, Base64 alone and Base64 inside "user:secret".
#include "activitywidget.h"
#include "api/apiclient.h"
#include "api/requestlog.h"
#include "clirun.h"
#include "fixtures.h"
#include "logwidget.h"
#include "mainwindow.h"
#include "statekeeper.h"
#include "accounts/accountjobs.h"
#include "messages/messagejobs.h"
#include "testserver.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace textbench;
using namespace textbench::test;

namespace {
// This session's secrets: with characters that percent-encoding, JSON and Base64 each render differently.
const QString kProfileSecret = QStringLiteral("Sx+/=%&\"Profile\\Secret~0001");
const QString kKeySecret = QStringLiteral("KeySecret+/=%0002abcdefABCDEF12");
const QString kEnvSecret = QStringLiteral("EnvSecret:%3A+/0003abcdefABCDEF");
const QString kNewSecret = QStringLiteral("NewSecret=?&#0004abcdefABCDEF12");
const QString kWrongSecret = QStringLiteral("WrongSecret!*'()0005abcdefABCDE");
const QString kScanAccount = QStringLiteral("AC5ca05ca05ca05ca05ca05ca05ca05ca0");
const QString kScanKey = QStringLiteral("SK5ca05ca05ca05ca05ca05ca05ca05ca0");

// Every secret the suite's tests use (tests/common/fixtures.h and the keychain tests), and this session's.
QStringList knownSecrets()
{
    return { kProfileSecret, kKeySecret, kEnvSecret, kNewSecret, kWrongSecret, kAuthToken, kApiKeySecret,
        QStringLiteral("c0ffeec0ffeec0ffeec0ffeec0ffee42"), QStringLiteral("secretAsecretAsecretAsecretA0001"),
        QStringLiteral("secretBsecretBsecretBsecretB0002"), QStringLiteral("betasecret"),
        // tst_credentials and tst_requestlog
        QStringLiteral("f0e1d2c3b4a5968778695a4b3c2d1e0f"), QStringLiteral("Sup3rS3cretValueOfTheApiKey42xyzw"),
        QStringLiteral("s3cr\"et\\p+a/ss\u00e9X") };
}

QStringList knownUsers()
{
    return { kScanAccount, kScanKey, kAccountSid, kApiKeySid, QStringLiteral("AC0123456789abcdef0123456789abcdef"),
        QStringLiteral("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), QStringLiteral("ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb") };
}

struct Form
{
    QByteArray bytes;
    QString what;
};

QList<Form> secretForms()
{
    QList<Form> forms;
    for (const QString& secret : knownSecrets()) {
        const QByteArray raw = secret.toUtf8();
        forms.append({ raw, QStringLiteral("the secret %1").arg(secret.left(6)) });
        forms.append(
            { QUrl::toPercentEncoding(secret), QStringLiteral("the secret %1, percent-encoded").arg(secret.left(6)) });
        QByteArray json = QJsonDocument(QJsonArray { secret }).toJson(QJsonDocument::Compact);
        json = json.mid(2, json.size() - 4); // ["…"] -> …
        forms.append({ json, QStringLiteral("the secret %1, JSON-escaped").arg(secret.left(6)) });
        forms.append({ raw.toBase64(), QStringLiteral("the secret %1, Base64").arg(secret.left(6)) });
        for (const QString& user : knownUsers())
            forms.append({ (user + u':' + secret).toUtf8().toBase64(),
                QStringLiteral("Base64 of %1…:%2…").arg(user.left(6), secret.left(6)) });
    }
    return forms;
}

// Where each form occurs in \a content, as "where: what" lines.
QStringList findForms(const QByteArray& content, const QString& where, const QList<Form>& forms)
{
    QStringList found;
    for (const Form& form : forms) {
        if (content.contains(form.bytes))
            found << where + u": " + form.what;
    }
    return found;
}

// Every file under \a root, searched; \a files counts them.
QStringList scanTree(const QString& root, const QList<Form>& forms, int* files)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // a socket or a file gone since
        ++*files;
        found << findForms(f.readAll(), path, forms);
    }
    return found;
}

QString basic(const QString& user, const QString& secret)
{
    return QStringLiteral("Basic ") + QString::fromLatin1((user + u':' + secret).toUtf8().toBase64());
}
} // namespace

class Tst_SecretScan : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_ownRoot;
    QString m_root; ///< everything this run writes is under here
    QString m_session; ///< this session's config, cache, data and temp folders
    TestServer m_server;
    QFile m_log;
    QStringList m_commandLinesWithSecrets;
    QByteArray m_clipboard; // everything the window put in the clipboard
    int m_commandLinesSeen = 0;
    QTimer m_sampler;
    const QList<Form> m_forms = secretForms();

    QProcessEnvironment sessionEnvironment() const
    {
        QProcessEnvironment env = cleanCliEnvironment(m_session + u"/config");
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_session + u"/cache");
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_session + u"/data");
        env.insert(QStringLiteral("TMPDIR"), m_session + u"/tmp");
        return env;
    }

    CliRun cli(const QStringList& args, const QByteArray& input = {}, QProcessEnvironment env = {})
    {
        if (env.isEmpty())
            env = sessionEnvironment();
        const CliRun r = runCli(QStringLiteral(TEXTBENCH_CLI_PATH), args, env, input);
        m_log.write("$ textbench-cli " + args.join(u' ').toUtf8() + " -> " + QByteArray::number(r.exitCode) + '\n');
        m_log.write(r.out);
        m_log.write(r.err);
        m_log.flush();
        return r;
    }

    // Runs a step of the session and says what the CLI printed when its exit code is not the expected one.
    bool step(const QStringList& args, int expected, const QByteArray& input = {}, const QProcessEnvironment& env = {})
    {
        const CliRun r = cli(args, input, env);
        if (r.exitCode == expected)
            return true;
        qWarning("textbench-cli %s: exit code %d, expected %d\n%s%s", qPrintable(args.join(u' ')), r.exitCode, expected,
            r.out.constData(), r.err.constData());
        return false;
    }

    void sampleCommandLines()
    {
        const QList<Form>& forms = m_forms;
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList({ QStringLiteral("[0-9]*") }, QDir::Dirs);
        for (const QString& pid : pids) {
            QFile f(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray cmdline = f.readAll();
            if (cmdline.isEmpty())
                continue;
            ++m_commandLinesSeen;
            m_commandLinesWithSecrets << findForms(
                cmdline, QStringLiteral("the command line of process ") + pid, forms);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("run under tests/run.sh (a private D-Bus session with gnome-keyring)");
        QVERIFY(m_ownRoot.isValid());
        m_root = qEnvironmentVariable("TEXTBENCH_TEST_ROOT", m_ownRoot.path());
        m_session = m_root + u"/secret-scan";
        for (const char* sub : { "config", "cache", "data", "tmp", "logs" })
            QVERIFY(QDir().mkpath(m_session + u'/' + QLatin1String(sub)));
        m_log.setFileName(m_session + u"/logs/session.log");
        QVERIFY(m_log.open(QIODevice::WriteOnly | QIODevice::Append));

        // A Twilio look-alike: the scan account's messages and account, a 401 for a wrong secret, and one 429.
        auto rateLimited = std::make_shared<bool>(false);
        m_server.setHandler([rateLimited](const RecordedRequest& r, QTcpSocket* s) {
            const QByteArray auth = r.header("Authorization");
            if (auth == basic(kScanAccount, kWrongSecret).toLatin1()) {
                TestServer::replyTwilioError(s, 401, 20003, QStringLiteral("Authenticate"));
            } else if (r.path.endsWith("Messages.json") && r.method == "GET" && !*rateLimited) {
                *rateLimited = true;
                TestServer::replyTwilioError(
                    s, 429, 20429, QStringLiteral("Too Many Requests"), { { "Retry-After", "0" } });
            } else if (r.path.endsWith("Messages.json") && r.method == "GET") {
                QJsonObject page { { QStringLiteral("messages"), QJsonArray { messageJson(kMessageSid) } },
                    { QStringLiteral("next_page_uri"), QJsonValue::Null }, { QStringLiteral("page"), 0 },
                    { QStringLiteral("page_size"), 50 } };
                TestServer::replyJson(s, 200, QJsonDocument(page));
            } else if (r.path.endsWith(QByteArray(kScanAccount.toUtf8() + ".json"))) {
                TestServer::replyJson(s, 200,
                    QJsonDocument(QJsonObject { { QStringLiteral("sid"), kScanAccount },
                        { QStringLiteral("friendly_name"), QStringLiteral("Scan") },
                        { QStringLiteral("status"), QStringLiteral("active") },
                        { QStringLiteral("type"), QStringLiteral("Full") },
                        // what Twilio really sends back on an account fetch
                        { QStringLiteral("auth_token"), kProfileSecret } }));
            } else if (r.method == "DELETE") {
                TestServer::reply(s, 204, {}, {}, {});
            } else {
                TestServer::replyJson(s, r.method == "POST" && r.path.endsWith("Messages.json") ? 201 : 200,
                    QJsonDocument(messageJson(kMessageSid)));
            }
        });

        connect(&m_sampler, &QTimer::timeout, this, &Tst_SecretScan::sampleCommandLines);
        m_sampler.start(25);
    }

    void aFullSessionWithKnownSecrets()
    {
        const QString base = m_server.baseUrl();
        const QStringList send { QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"),
            QStringLiteral("+14155552671"), QStringLiteral("--from"), QStringLiteral("+15005550006"),
            QStringLiteral("--body"), QStringLiteral("scan"), QStringLiteral("--verbose") };
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Scan"),
                         QStringLiteral("--account-sid"), kScanAccount, QStringLiteral("--base-url"), base,
                         QStringLiteral("--secret-stdin") },
            0, kProfileSecret.toUtf8() + '\n'));
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("ScanKey"),
                         QStringLiteral("--account-sid"), kScanAccount, QStringLiteral("--api-key"), kScanKey,
                         QStringLiteral("--base-url"), base, QStringLiteral("--kind"), QStringLiteral("test"),
                         QStringLiteral("--secret-stdin") },
            0, kKeySecret.toUtf8() + '\n'));
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("list") }, 0));
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json") }, 0));
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("Scan") }, 0));
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("use"), QStringLiteral("Scan") }, 0));
        QVERIFY(step(send, 0));
        QVERIFY(step(QStringList(send) << QStringLiteral("--dry-run"), 0));
        QVERIFY(step({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kMessageSid,
                         QStringLiteral("--json"), QStringLiteral("--verbose") },
            0));
        QVERIFY(step(
            { QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("--verbose") }, 0)); // 429, then 200
        QVERIFY(step({ QStringLiteral("account"), QStringLiteral("--json"), QStringLiteral("--verbose") }, 0));
        QVERIFY(step({ QStringLiteral("messages"), QStringLiteral("update"), QStringLiteral("--profile"),
                         QStringLiteral("ScanKey"), QStringLiteral("--sid"), kMessageSid, QStringLiteral("--body"),
                         QString(), QStringLiteral("--verbose") },
            0));
        QVERIFY(step({ QStringLiteral("messages"), QStringLiteral("delete"), QStringLiteral("--profile"),
                         QStringLiteral("ScanKey"), QStringLiteral("--sid"), kMessageSid, QStringLiteral("--verbose") },
            0));

        // Environment credentials: used directly with a wrong secret (a 401, explained), then imported.
        QProcessEnvironment env = sessionEnvironment();
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kScanAccount);
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kWrongSecret);
        QVERIFY(step(QStringList(send) << QStringLiteral("--base-url") << base, 3, {}, env));
        env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kEnvSecret);
        QVERIFY(
            step({ QStringLiteral("profiles"), QStringLiteral("import-env"), QStringLiteral("FromEnv") }, 0, {}, env));
        QVERIFY(step({ QStringLiteral("messages"), QStringLiteral("list"), QStringLiteral("--profile"),
                         QStringLiteral("FromEnv"), QStringLiteral("--base-url"), base, QStringLiteral("--verbose") },
            0));

        // A new secret, then everything removed.
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("edit"), QStringLiteral("Scan"),
                         QStringLiteral("--secret-stdin") },
            0, kNewSecret.toUtf8() + '\n'));
        QVERIFY(step({ QStringLiteral("profiles"), QStringLiteral("test"), QStringLiteral("Scan") }, 0));
        for (const char* name : { "Scan", "ScanKey", "FromEnv" })
            QCOMPARE(
                cli({ QStringLiteral("profiles"), QStringLiteral("remove"), QString::fromLatin1(name) }).exitCode, 0);

        // The server did get the secrets: they were on the wire to it, where they belong.
        bool sawProfileSecret = false;
        for (const RecordedRequest& r : m_server.requests())
            sawProfileSecret |= r.header("Authorization") == basic(kScanAccount, kProfileSecret).toLatin1();
        QVERIFY(sawProfileSecret);
    }

    void theRequestLogAndItsCurlCommands()
    {
        // In process, as the app's Activity panel: every entry with its headers, bodies and cURL command, written out.
        ApiClient client;
        client.setPolicy(fastPolicy());
        client.setCredentials(Credentials::withApiKey(kScanAccount, kScanKey, kKeySecret));
        client.setEndpoint(ApiEndpoint::custom(m_server.baseUrl()));
        CreateMessageParams params;
        params.to = QStringLiteral("+14155552671");
        params.from = QStringLiteral("+15005550006");
        params.body = QStringLiteral("scan ") + kKeySecret; // a user who pastes the secret into a body: still masked
        auto create = std::make_unique<CreateMessageJob>(&client, params);
        QVERIFY(finishes(create.get()));
        auto account = std::make_unique<FetchAccountJob>(&client);
        QVERIFY(finishes(account.get()));
        client.setCredentials(Credentials::withAuthToken(kScanAccount, kWrongSecret));
        auto denied = std::make_unique<FetchMessageJob>(&client, kMessageSid);
        QVERIFY(finishes(denied.get()));
        QVERIFY(!denied->succeeded());

        QFile out(m_session + u"/logs/request-log.txt");
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(client.requestLog()->size(), 3);
        for (const RequestLogEntry& e : client.requestLog()->entries()) {
            out.write(e.method + ' ' + e.url.toEncoded() + " -> " + e.outcome.toUtf8() + '\n');
            for (const auto& [name, value] : e.requestHeaders)
                out.write("> " + name + ": " + value + '\n');
            out.write(e.requestBody + '\n');
            for (const auto& [name, value] : e.responseHeaders)
                out.write("< " + name + ": " + value + '\n');
            out.write(e.responseBody + '\n' + e.toCurl().toUtf8() + '\n');
        }
    }

    void theWindowsCopiesAndExports()
    {
        // The window, as a user works with it: a profile whose secret goes to the keychain, a send, the message's
        // JSON and the request's cURL command copied, the log exported as CSV and JSON (into the scanned folder).
        // Every copy lands in the clipboard only because the user asked, and none carries the secret.
        Workbench::Options options;
        options.settings = new QSettings(m_session + u"/config/window.ini", QSettings::IniFormat);
        options.keychainService = QStringLiteral("io.github.textbench.test-scan");
        Workbench bench(options);
        MainWindow window(&bench);
        // What the window keeps (drafts, watched messages, its layout) goes into the scanned folders too.
        QSettings windowSettings(m_session + u"/config/window.ini", QSettings::IniFormat);
        StateKeeper keeper(&window, &bench, m_session + u"/data/work", &windowSettings);
        keeper.restoreWindow();
        window.show();
        QSignalSpy ready(&bench, &Workbench::ready);
        bench.start();
        QVERIFY(ready.wait(10'000));
        QCOMPARE(QApplication::clipboard()->text(), QString()); // nothing copied on its own

        Profile p;
        p.name = QStringLiteral("Scan window");
        p.accountSid = kScanAccount;
        p.baseUrl = m_server.baseUrl();
        std::optional<ProfileManager::Outcome> added;
        bench.profileManager()->add(p, kProfileSecret, this, [&](const ProfileManager::Outcome& o) { added = o; });
        QTRY_VERIFY_WITH_TIMEOUT(added.has_value(), 10'000);
        QVERIFY2(added->ok, qPrintable(added->message));
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
        const int row = bench.profileList()->rowOf(added->id);
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
        QTRY_VERIFY_WITH_TIMEOUT(window.windowTitle().contains(p.name), 10'000);
        QCOMPARE(QApplication::clipboard()->text(), QString());

        window.findChild<QLineEdit*>(QStringLiteral("toLineEdit"))->setText(QStringLiteral("+14155552671"));
        window.findChild<QComboBox*>(QStringLiteral("fromComboBox"))->setCurrentText(QStringLiteral("+15005550006"));
        window.findChild<QPlainTextEdit*>(QStringLiteral("bodyTextEdit"))->setPlainText(QStringLiteral("scan window"));
        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("sendButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bench.watch()->hasMessage(), 10'000);

        QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyJsonButton")), Qt::LeftButton);
        const QString json = QApplication::clipboard()->text();
        QVERIFY(json.contains(kMessageSid));
        m_clipboard += json.toUtf8() + '\n';

        QTableView* activity = window.activity()->table();
        QTRY_VERIFY(activity->model()->rowCount() > 0);
        for (int r = 0; r < activity->model()->rowCount(); ++r) {
            activity->setCurrentIndex(activity->model()->index(r, 0));
            QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("copyCurlButton")), Qt::LeftButton);
            const QString curl = QApplication::clipboard()->text();
            QVERIFY(curl.startsWith(QStringLiteral("curl")));
            m_clipboard += curl.toUtf8() + '\n';
        }

        bench.log()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(bench.log()->rowCount() > 0, 10'000);
        for (const char* file : { "export.csv", "export.json" }) {
            const QString path = m_session + u"/tmp/" + QLatin1String(file);
            window.logWidget()->exportTo(path);
            QVERIFY2(QFileInfo(path).size() > 0, file);
        }
        QApplication::clipboard()->clear();

        // A draft with a status callback whose URL carries the profile's secret as its password (percent-encoded, as
        // a URL needs it), not sent: kept on disk at once, without it.
        window.findChild<QAbstractButton*>(QStringLiteral("advancedToggleButton"))->setChecked(true);
        window.findChild<QLineEdit*>(QStringLiteral("statusCallbackLineEdit"))
            ->setText(u"https://hook:" + QString::fromLatin1(QUrl::toPercentEncoding(kProfileSecret))
                + u"@example.com/status");
        window.findChild<QPlainTextEdit*>(QStringLiteral("bodyTextEdit"))->setPlainText(QStringLiteral("draft kept"));
        keeper.flush();
        const QString draft = keeper.store().pathFor(added->id);
        QFile kept(draft);
        QVERIFY2(kept.open(QIODevice::ReadOnly), qPrintable(draft));
        const QByteArray bytes = kept.readAll();
        QVERIFY(bytes.contains("draft kept"));
        QVERIFY(bytes.contains("https://hook@example.com/status"));
    }

    void noSecretReachesAFileALogOrACommandLine()
    {
        m_sampler.stop();
        m_log.close();
        const QList<Form> forms = secretForms();

        // The scan can fail: a planted secret is found (then removed).
        {
            QFile canary(m_session + u"/tmp/canary");
            QVERIFY(canary.open(QIODevice::WriteOnly));
            canary.write("x" + (kScanKey + u':' + kKeySecret).toUtf8().toBase64() + "x");
            canary.close();
            int files = 0;
            QVERIFY(!scanTree(m_session + u"/tmp", forms, &files).isEmpty());
            QVERIFY(QFile::remove(canary.fileName()));
        }

        int files = 0;
        QStringList found = scanTree(m_root, forms, &files);
        const QString keyring = qEnvironmentVariable("XDG_DATA_HOME"); // the keyring's folder, from with-keyring.sh
        if (!keyring.isEmpty() && !keyring.startsWith(m_root))
            found << scanTree(keyring, forms, &files);
        // CTest writes the log of the run in progress to LastTest.log.tmp (each test's output once it ends), and
        // renames it at the end; LastTest.log alone is the previous run's.
        QString ctestLog = QStringLiteral(TEXTBENCH_BUILD_DIR "/Testing/Temporary/LastTest.log.tmp");
        if (!QFile::exists(ctestLog))
            ctestLog.chop(4);
        QFile lastTest(ctestLog);
        const bool haveCtestLog = lastTest.open(QIODevice::ReadOnly);
        if (haveCtestLog)
            found << findForms(lastTest.readAll(), ctestLog, forms);
        found << m_commandLinesWithSecrets;
        found << findForms(m_clipboard, QStringLiteral("the clipboard"), forms);

        qInfo("searched %d files under %s%s, %s, %d command lines and %lld bytes copied to the clipboard, for %lld "
              "forms of %lld secrets",
            files, qPrintable(m_root), keyring.isEmpty() ? "" : qPrintable(u" and " + keyring),
            haveCtestLog ? qPrintable(ctestLog) : "no CTest log", m_commandLinesSeen, qlonglong(m_clipboard.size()),
            qlonglong(forms.size()), qlonglong(knownSecrets().size()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
        QVERIFY(files >= 4); // at least the session log, the request log, the profiles and the keyring
        QVERIFY(m_commandLinesSeen > 0);
        QVERIFY(!m_clipboard.isEmpty());
    }
};

QTEST_MAIN(Tst_SecretScan)
#include "tst_secretscan.moc"
