// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-cli in scripts, run as a script runs it (the real binary, from outside, against an in-process server on
// loopback): the output formats, streaming lists that fail half-way or meet a closed pipe, input from files and
// standard input, several SIDs, the shell completions run by bash, zsh and fish, and the manual page read by man.
#include "clirun.h"
#include "fixtures.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using textbench::test::messageJson;
using textbench::test::RecordedRequest;
using textbench::test::sidNumber;
using textbench::test::TestServer;

namespace {
const QString& kAccount = textbench::test::kAccountSid;
const QString& kToken = textbench::test::kAuthToken;
using Run = textbench::test::CliRun;

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

/// What a page of the list server does: answer, reset the connection, answer 500, answer 503 (which GETs retry),
/// or never answer.
enum class PageFault { None, Reset, ServerError, Unavailable, Stall };
} // namespace

class Tst_CliScripting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_config;
    int m_pageSize = 2;
    int m_pages = 5;
    int m_faultyPage = -1;
    PageFault m_fault = PageFault::None;
    QString m_body = QStringLiteral("Hello");
    QString m_marker; ///< a file made when the server sees the first message's SID

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = textbench::test::cleanCliEnvironment(m_config->path());
        e.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kAccount);
        e.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kToken);
        // The completions call textbench-cli by name, as an installed one would be.
        e.insert(QStringLiteral("PATH"),
            QFileInfo(QStringLiteral(TEXTBENCH_CLI_PATH)).absolutePath() + u':' + e.value(QStringLiteral("PATH")));
        return e;
    }

    Run cli(QStringList arguments, const QByteArray& input = {}, bool withServer = true)
    {
        if (withServer)
            arguments << QStringLiteral("--base-url") << m_server->baseUrl();
        Run r = textbench::test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH), arguments, env(), input);
        if (r.out.contains(kToken.toUtf8()) || r.err.contains(kToken.toUtf8()))
            r.exitCode = -3; // whatever the format, never the secret
        return r;
    }

    /// bash -c \a script, with textbench-cli on PATH and $BASE the server's URL.
    Run shell(const QString& program, const QString& script, const QByteArray& input = {})
    {
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("BASE"), m_server->baseUrl());
        return textbench::test::runCli(program, { QStringLiteral("-c"), script }, e, input);
    }

    /// Runs \a program (bash or zsh) interactively in a pseudo-terminal, so that its own line editor (readline, zle)
    /// completes and quotes, after \a setup; types \a keys and returns what the terminal showed once \a expected is
    /// among it, or everything it showed in 10 s. Tab in \a keys is the Tab key.
    QByteArray typeInShell(
        const QStringList& program, const QByteArray& setup, const QByteArray& keys, const QByteArray& expected)
    {
        // Everything the child needs is made before fork(): only exec after it.
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
        e.insert(QStringLiteral("PS1"), QStringLiteral("$ "));
        std::vector<QByteArray> argStore;
        for (const QString& a : program)
            argStore.push_back(a.toLocal8Bit());
        std::vector<QByteArray> envStore;
        for (const QString& v : e.toStringList())
            envStore.push_back(v.toLocal8Bit());
        std::vector<char*> argv;
        for (QByteArray& a : argStore)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        std::vector<char*> envp;
        for (QByteArray& v : envStore)
            envp.push_back(v.data());
        envp.push_back(nullptr);
        int master = -1;
        // A terminal wide enough for any temporary path: a narrower one makes the line editor scroll the line and
        // show only its end.
        winsize size {};
        size.ws_row = 50;
        size.ws_col = 2000;
        const pid_t pid = forkpty(&master, nullptr, nullptr, &size);
        if (pid == 0) {
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        if (pid < 0)
            return "forkpty failed";
        QByteArray screen;
        const auto readFor = [&](int ms, const QByteArray& until) {
            QDeadlineTimer deadline(ms);
            while (!deadline.hasExpired() && (until.isEmpty() || !screen.contains(until))) {
                pollfd p { master, POLLIN, 0 };
                if (poll(&p, 1, 50) == 1) {
                    char buffer[4096];
                    const ssize_t n = read(master, buffer, sizeof buffer);
                    if (n <= 0)
                        break;
                    screen.append(buffer, n);
                }
            }
        };
        const auto type = [master](const QByteArray& text) {
            [[maybe_unused]] const ssize_t n = write(master, text.constData(), size_t(text.size()));
        };
        type(setup + "\necho ready-$((6*7))\n");
        readFor(10'000, "ready-42");
        screen.clear();
        type(keys);
        readFor(10'000, expected);
        kill(pid, SIGKILL);
        waitpid(pid, nullptr, 0);
        close(master);
        return screen;
    }

    /// Adds a profile named \a name (its secret from standard input, into the test's keychain).
    void addProfile(const QString& name)
    {
        const Run r = cli(QStringList { QStringLiteral("profiles"), QStringLiteral("add"), name,
                              QStringLiteral("--account-sid"), kAccount, QStringLiteral("--secret-stdin") },
            kToken.toUtf8() + '\n', false);
        QCOMPARE(r.exitCode, 0);
    }

    QString listPath() const { return QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount); }

    void serveList()
    {
        m_server->setHandler([this](const RecordedRequest& r, QTcpSocket* s) {
            if (r.method == "POST" && r.path.endsWith("/Messages.json")) {
                TestServer::replyJson(s, 201, QJsonDocument(messageJson(textbench::test::kMessageSid)));
                return;
            }
            if (r.path == "/2010-04-01/Accounts/" + kAccount.toLatin1() + ".json") {
                // The Account resource carries the account's own Auth Token: never printed, in any format.
                TestServer::replyJson(s, 200,
                    QJsonDocument(QJsonObject { { QStringLiteral("sid"), kAccount },
                        { QStringLiteral("friendly_name"), QStringLiteral("Test") },
                        { QStringLiteral("status"), QStringLiteral("active") },
                        { QStringLiteral("type"), QStringLiteral("Full") },
                        { QStringLiteral("auth_token"), kToken } }));
                return;
            }
            if (!r.path.endsWith("/Messages.json")) {
                // A single message: SM…0404 is not there, SM…0500 fails; the others are there.
                const QString sid = QString::fromLatin1(r.path).section(u'/', -1).chopped(5);
                if (!m_marker.isEmpty() && sid == sidNumber(1)) {
                    QFile marker(m_marker); // the first SID has arrived: its reader may go on
                    QVERIFY(marker.open(QIODevice::WriteOnly));
                }
                if (sid.endsWith(u"0404"))
                    TestServer::replyTwilioError(s, 404, 20404, QStringLiteral("The requested resource was not found"));
                else if (sid.endsWith(u"0500"))
                    TestServer::replyTwilioError(s, 500, 20500, QStringLiteral("Internal Server Error"));
                else if (r.method == "DELETE")
                    TestServer::reply(s, 204, {}, {}, {});
                else
                    TestServer::replyJson(s, 200, QJsonDocument(messageJson(sid, QStringLiteral("delivered"))));
                return;
            }
            const QByteArray token
                = QUrlQuery(QString::fromLatin1(r.query)).queryItemValue(QStringLiteral("PageToken")).toLatin1();
            const int page = token.isEmpty() ? 0 : token.mid(2).toInt();
            if (page == m_faultyPage) {
                switch (m_fault) {
                case PageFault::Reset:
                    s->abort();
                    return;
                case PageFault::ServerError:
                    TestServer::replyTwilioError(s, 500, 20500, QStringLiteral("Internal Server Error"));
                    return;
                case PageFault::Unavailable:
                    TestServer::replyTwilioError(s, 503, 20503, QStringLiteral("Service Unavailable"),
                        { { QByteArray("Retry-After"), QByteArray("0") } });
                    return;
                case PageFault::Stall:
                    return; // never answers
                case PageFault::None:
                    break;
                }
            }
            QJsonArray messages;
            for (int i = 1; i <= m_pageSize; ++i) {
                QJsonObject m = messageJson(sidNumber(page * m_pageSize + i), QStringLiteral("delivered"));
                m.insert(QStringLiteral("body"), m_body);
                messages.append(m);
            }
            QJsonObject o { { QStringLiteral("messages"), messages }, { QStringLiteral("page"), page },
                { QStringLiteral("page_size"), m_pageSize } };
            o.insert(QStringLiteral("next_page_uri"),
                page + 1 < m_pages ? QJsonValue(
                    listPath() + QStringLiteral("?PageSize=%1&Page=%2&PageToken=PA%2").arg(m_pageSize).arg(page + 1))
                                   : QJsonValue(QJsonValue::Null));
            TestServer::replyJson(s, 200, QJsonDocument(o));
        });
    }

    static QStringList ndjsonSids(const QByteArray& out)
    {
        QStringList sids;
        for (const QByteArray& line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument d = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !d.isObject())
                return { QStringLiteral("not NDJSON: ") + QString::fromUtf8(line) };
            sids << d.object().value(u"sid").toString();
        }
        return sids;
    }

private Q_SLOTS:
    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        m_server = std::make_unique<TestServer>();
        m_pageSize = 2;
        m_pages = 5;
        m_faultyPage = -1;
        m_fault = PageFault::None;
        m_body = QStringLiteral("Hello");
        m_marker.clear();
        serveList();
    }
    void cleanup() { m_server.reset(); }

    void jsonAndNdjsonStreamTheWholeList()
    {
        const Run json = cli(args({ "messages", "list", "--no-limit", "-o", "json" }));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 10);
        QCOMPARE(array.at(9).toObject().value(u"sid").toString(), sidNumber(10));
        QCOMPARE(array.at(0).toObject(), [&] {
            QJsonObject m = messageJson(sidNumber(1), QStringLiteral("delivered"));
            m.insert(QStringLiteral("body"), m_body);
            return m;
        }()); // the raw resource, every field

        const Run shortForm = cli(args({ "messages", "list", "--no-limit", "--json" }));
        QCOMPARE(shortForm.out, json.out);

        const Run ndjson = cli(args({ "messages", "list", "--no-limit", "-o", "ndjson" }));
        QCOMPARE(ndjson.exitCode, 0);
        QStringList expected;
        for (int i = 1; i <= 10; ++i)
            expected << sidNumber(i);
        QCOMPARE(ndjsonSids(ndjson.out), expected);
        QCOMPARE(ndjson.out.count('\n'), 10);

        // An empty list is still a JSON array.
        m_pages = 1;
        m_pageSize = 0;
        const Run empty = cli(args({ "messages", "list", "--json" }));
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(empty.out).isArray());
        QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
        const Run emptyTsv = cli(args({ "messages", "list", "-o", "tsv", "--properties", "sid" }));
        QCOMPARE(emptyTsv.out, QByteArray("sid\n"));
    }

    void tsvAndProperties_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("firstLines");
        const QByteArray sid1 = sidNumber(1).toLatin1();
        QTest::newRow("twilio-cli names") << args({ "-o", "tsv", "--properties", "sid,status,numSegments" })
                                          << "sid\tstatus\tnumSegments\n" + sid1 + "\tdelivered\t1\n";
        QTest::newRow("Twilio's names") << args({ "-o", "tsv", "--properties", "sid, status ,num_segments" })
                                        << "sid\tstatus\tnumSegments\n" + sid1 + "\tdelivered\t1\n";
        QTest::newRow("no header") << args({ "-o", "tsv", "--no-header", "--properties", "sid,status" })
                                   << sid1 + "\tdelivered\n";
        QTest::newRow("null is empty") << args({ "-o", "tsv", "--properties", "sid,errorCode,price" })
                                       << "sid\terrorCode\tprice\n" + sid1 + "\t\t\n";
        QTest::newRow("default properties")
            << args({ "-o", "tsv" })
            << QByteArray("sid\tdateSent\tdirection\tfrom\tto\tstatus\tnumSegments\terrorCode\tbody\n");
        QTest::newRow("ndjson with properties") << args({ "-o", "ndjson", "--properties", "sid,status" })
                                                << "{\"sid\":\"" + sid1 + "\",\"status\":\"delivered\"}\n";
        QTest::newRow("json keys in the order asked")
            << args({ "-o", "json", "--properties", "status,sid,errorCode" })
            << "[\n    {\n        \"status\": \"delivered\",\n        \"sid\": \"" + sid1
                + "\",\n        \"error_code\": null\n    },";
        QTest::newRow("properties repeated") << args({ "-o", "tsv", "--properties", "sid", "--properties", "status" })
                                             << "sid\tstatus\n" + sid1 + "\tdelivered\n";
        QTest::newRow("columns with properties") << args({ "-o", "columns", "--properties", "sid,status" })
                                                 << "sid" + QByteArray(33, ' ') + "status\n" + sid1 + "  delivered\n";
    }
    void tsvAndProperties()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, firstLines);
        const Run r = cli(args({ "messages", "list", "--limit", "3" }) + arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.left(firstLines.size()), firstLines);
    }

    void tsvEscapesWhatWouldBreakALine()
    {
        m_body = QStringLiteral("tab\there\nnew line\\ and \x1b[31mred\rCR \x7f DEL \u0085 NEL");
        const Run r
            = cli(args({ "messages", "list", "--limit", "1", "-o", "tsv", "--no-header", "--properties", "sid,body" }));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
            sidNumber(1).toLatin1() + "\ttab\\there\\nnew line\\\\ and \\u001b[31mred\\rCR \\u007f DEL \\u0085 NEL\n");
        const Run columns = cli(args({ "messages", "list", "--limit", "1" }));
        QVERIFY(!columns.out.contains('\x1b'));
    }

    void outputOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("format") << args({ "messages", "list", "-o", "xml" })
                                << QByteArray("json, ndjson, tsv or columns");
        QTest::newRow("property") << args({ "messages", "list", "--properties", "sid,colour" })
                                  << QByteArray("there is no property \"colour\"; the properties are: accountSid");
        QTest::newRow("no header without tsv")
            << args({ "messages", "list", "--no-header" }) << QByteArray("--no-header is for -o tsv");
        QTest::newRow("json and tsv") << args({ "messages", "list", "--json", "-o", "tsv" })
                                      << QByteArray("--json is -o json");
        QTest::newRow("empty properties") << args({ "messages", "fetch", "--sid", "SM0", "--properties", "," })
                                          << QByteArray("at least one property");
        QTest::newRow("account") << args({ "account", "--properties", "balance" }) << QByteArray("friendlyName");
    }
    void outputOptionsAreChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, said);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_server->requests().size(), 0);
    }

    void everyCommandThatPrintsResourcesTakesTheFormats()
    {
        const Run fetch = cli(args({ "messages", "fetch", "--sid", "SM0123456789abcdef0123456789abcdef", "-o", "tsv",
            "--properties", "sid,status" }));
        QCOMPARE(fetch.exitCode, 0);
        QCOMPARE(fetch.out, QByteArray("sid\tstatus\nSM0123456789abcdef0123456789abcdef\tdelivered\n"));
        const Run account = cli(args({ "account", "-o", "ndjson", "--properties", "sid" }));
        QCOMPARE(account.exitCode, 0);
        QVERIFY2(account.out.startsWith("{\"sid\":\"AC"), account.out.constData());
        const Run profiles
            = cli(args({ "profiles", "list", "-o", "tsv", "--properties", "name,kind", "--no-header" }), {}, false);
        QCOMPARE(profiles.exitCode, 0);
        QVERIFY2(profiles.out.startsWith("Sandbox\tsandbox\n"), profiles.out.constData());
    }

    void aListThatFailsHalfWayStaysValid_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("exitCode");
        for (const char* format : { "json", "ndjson", "tsv", "columns" }) {
            QTest::addRow("reset on page 3 of 5, %s", format) << int(PageFault::Reset) << format << 6;
            QTest::addRow("500 on page 3 of 5, %s", format) << int(PageFault::ServerError) << format << 7;
            QTest::addRow("503 after the retries on page 3 of 5, %s", format)
                << int(PageFault::Unavailable) << format << 7;
            // --deadline 1 with --timeout 30: only the deadline can end the silent page.
            QTest::addRow("deadline on page 3 of 5, %s", format) << int(PageFault::Stall) << format << 6;
        }
    }
    void aListThatFailsHalfWayStaysValid()
    {
        QFETCH(int, fault);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        m_fault = PageFault(fault);
        m_faultyPage = 2; // the third page
        const Run r = cli(args({ "messages", "list", "--no-limit", "--deadline", "1", "--timeout", "30", "-o" })
            << format << QStringLiteral("--properties") << QStringLiteral("sid"));
        QCOMPARE(r.exitCode, exitCode);
        QStringList sids;
        if (format == u"json") {
            QJsonParseError error;
            const QJsonDocument d = QJsonDocument::fromJson(r.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && d.isArray(), r.out.constData());
            for (const QJsonValue v : d.array())
                sids << v.toObject().value(u"sid").toString();
            // The error is JSON too, on stderr.
            QVERIFY2(QJsonDocument::fromJson(r.err).object().contains(u"error"), r.err.constData());
        } else if (format == u"ndjson") {
            sids = ndjsonSids(r.out);
            // The error is one JSON line on stderr.
            QCOMPARE(r.err.count('\n'), 1);
            QVERIFY2(QJsonDocument::fromJson(r.err).object().contains(u"error"), r.err.constData());
        } else {
            QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.takeFirst().trimmed(), QStringLiteral("sid"));
            sids = lines;
            QVERIFY2(r.err.startsWith("Error: ") || r.err.contains("\nError: "), r.err.constData());
        }
        QCOMPARE(sids, QStringList({ sidNumber(1), sidNumber(2), sidNumber(3), sidNumber(4) }));
        // A GET is retried on 503 (three times, Retry-After 0 here) and on a reset (until the deadline is near), not
        // on 500: "after the retries" is what the error says.
        qsizetype asked = 0;
        for (const RecordedRequest& request : m_server->requests())
            asked += request.query.contains("PageToken=PA2") ? 1 : 0;
        if (m_fault == PageFault::Unavailable)
            QCOMPARE(asked, 4);
        else if (m_fault == PageFault::Reset)
            QVERIFY2(asked > 1, QByteArray::number(asked).constData());
        else
            QCOMPARE(asked, 1);
    }

    void aClosedPipeEndsTheCommandAtOnce_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("input");
        // A list that would go on for 10,000 pages, read by `head -n 1`, in each format.
        for (const char* format : { "json", "ndjson", "tsv", "columns" })
            QTest::addRow("list, %s", format)
                << QStringLiteral("messages list --no-limit --page-size 50 -o %1").arg(QLatin1String(format))
                << QByteArray();
        // A thousand SIDs from standard input.
        QByteArray sids;
        for (int i = 1; i <= 1000; ++i)
            sids += sidNumber(i).toLatin1() + '\n';
        QTest::newRow("several SIDs") << QStringLiteral("messages fetch --sid - -o ndjson") << sids;
    }
    void aClosedPipeEndsTheCommandAtOnce()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, input);
        m_pages = 10'000;
        m_pageSize = 50;
        const Run r = shell(QStringLiteral("bash"),
            QStringLiteral("set -o pipefail; textbench-cli %1 --base-url \"$BASE\" | head -n 1; "
                           "echo \"exit ${PIPESTATUS[0]}\"")
                .arg(command),
            input);
        QVERIFY2(r.out.endsWith("exit 141\n"), r.out.constData());
        QCOMPARE(r.out.count('\n'), 2); // the first line, and the exit code
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // quietly
        // It stopped, not going on through the rest (10,000 pages, 1,000 SIDs). How many requests go out before the
        // pipe is closed depends on when head gets the CPU to exit after its line (on a loaded machine 6 were seen,
        // usually 2-3): the bound says "stopped", not how fast the scheduler is.
        QVERIFY2(m_server->requests().size() <= 16, QByteArray::number(m_server->requests().size()).constData());
    }

    void aReaderThatLeavesWhileAPageIsSlowEndsTheListAtOnce()
    {
        // Page 2 never comes, and nothing is written meanwhile: the reader's leaving is seen all the same (a
        // pipe's writing end reports it), well before the 30 s inactivity timeout would end the list with 6.
        m_fault = PageFault::Stall;
        m_faultyPage = 1;
        const Run r = shell(QStringLiteral("bash"),
            QStringLiteral("textbench-cli messages list --no-limit -o ndjson --timeout 30 --deadline 60 --base-url "
                           "\"$BASE\" | head -n 1; echo \"exit ${PIPESTATUS[0]}\""));
        QVERIFY2(r.out.endsWith("exit 141\n"), r.out.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void aFullDiskIsAnErrorNotAClosedPipe()
    {
        // /dev/full: every write fails with ENOSPC. That is said, with exit 1: the output is incomplete.
        const Run r = shell(QStringLiteral("bash"),
            QStringLiteral("textbench-cli messages list --no-limit -o ndjson --base-url \"$BASE\" >/dev/full; "
                           "echo \"exit $?\""));
        QVERIFY2(r.out.endsWith("exit 1\n"), r.out.constData());
        QVERIFY2(r.err.contains("standard output could not be written (No space left on device)"), r.err.constData());
    }

    void secretsAreInNoFormat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        // The Account resource the server sends holds the token (as Twilio's does): it is masked in every format,
        // named or not, and in the exchanges --verbose prints.
        QTest::newRow("json") << args({ "account", "--json" });
        QTest::newRow("ndjson") << args({ "account", "-o", "ndjson" });
        QTest::newRow("tsv, named") << args({ "account", "-o", "tsv", "--properties", "sid,authToken" });
        QTest::newRow("columns, named") << args({ "account", "--properties", "authToken" });
        QTest::newRow("json, named") << args({ "account", "-o", "json", "--properties", "auth_token" });
        QTest::newRow("verbose") << args({ "account", "-o", "ndjson", "--verbose" });
    }
    void secretsAreInNoFormat()
    {
        QFETCH(QStringList, arguments);
        const Run r = cli(arguments);
        QCOMPARE(r.exitCode, 0); // -3 if the token was anywhere in the output or on stderr
        QVERIFY2(r.out.contains(QByteArray(8, '*')) || r.err.contains(QByteArray(8, '*')), r.out.constData());
    }

    void theBodyComesFromAFileOrStandardInput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("body.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Grüße aus der Datei\n");
        file.close();
        const QStringList send = args({ "messages", "create", "--to", "+14155552671", "--from", "+15005550006" });
        const Run fromFile = cli(send + QStringList { QStringLiteral("--body-file"), path });
        QCOMPARE(fromFile.exitCode, 0);
        QVERIFY2(m_server->requests().last().body.endsWith("&Body=Gr%C3%BC%C3%9Fe%20aus%20der%20Datei"),
            m_server->requests().last().body.constData()); // one final line break dropped
        const Run fromStdin = cli(send + args({ "--body-file", "-" }), "line one\nline two\n");
        QCOMPARE(fromStdin.exitCode, 0);
        QVERIFY2(m_server->requests().last().body.endsWith("&Body=line%20one%0Aline%20two"),
            m_server->requests().last().body.constData());
    }

    void badBodyFilesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("latin-1") << QStringLiteral("latin1.txt")
                                 << QByteArray("Gr\xfc\xdf"
                                               "e")
                                 << QByteArray("is not UTF-8 text (byte 3 is 0xfc)");
        QTest::newRow("missing") << QStringLiteral("") << QByteArray() << QByteArray("cannot be read");
        QTest::newRow("folder") << QStringLiteral(".") << QByteArray() << QByteArray("it is a folder");
        QTest::newRow("too large") << QStringLiteral("big.txt") << QByteArray(70 * 1024, 'a')
                                   << QByteArray("larger than 64 KiB");
    }
    void badBodyFilesAreRefusedWithTheReason()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, contents);
        QFETCH(QByteArray, said);
        QTemporaryDir dir;
        QString path = file.isEmpty() ? dir.filePath(QStringLiteral("nothing-here.txt")) : dir.filePath(file);
        if (!contents.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents);
        }
        const Run r = cli(
            args({ "messages", "create", "--to", "+14155552671", "--from", "+15005550006", "--body-file" }) << path);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), r.err.constData());
        QCOMPARE(m_server->requests().size(), 0);
        const Run both = cli(args({ "messages", "create", "--to", "+14155552671", "--from", "+15005550006", "--body",
            "x", "--body-file", "-" }));
        QCOMPARE(both.exitCode, 2);
    }

    void segmentsReadsStandardInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no text") << args({ "segments", "--json" });
        QTest::newRow("-") << args({ "segments", "--json", "-" });
    }
    void segmentsReadsStandardInput()
    {
        QFETCH(QStringList, arguments);
        const Run r = cli(arguments, QByteArray(161, 'a') + '\n', false);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("{\"encoding\":\"GSM-7\",\"segments\":2,\"characters\":161}\n"));
        const Run bad = cli(arguments, "\xff\xfe", false);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("not UTF-8"));
    }

    void severalSidsAreEachReported()
    {
        const QString ok1 = sidNumber(1);
        const QString ok2 = sidNumber(2);
        const QString missing = QStringLiteral("SM0123456789abcdef0123456789ab0404");
        const Run two = cli(QStringList { QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            ok1, QStringLiteral("--sid"), ok2, QStringLiteral("--json") });
        QCOMPARE(two.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(two.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject().value(u"sid").toString(), ok2);

        // From standard input, one a line; the missing one said with its SID, the exit code the worst.
        const Run piped
            = cli(args({ "messages", "fetch", "--sid", "-", "-o", "tsv", "--properties", "sid,status", "--no-header" }),
                (ok1 + u'\n' + missing + u"\n\n  " + ok2 + u'\n').toLatin1());
        QCOMPARE(piped.exitCode, 4);
        QCOMPARE(piped.out, (ok1 + u"\tdelivered\n" + ok2 + u"\tdelivered\n").toLatin1());
        QVERIFY2(piped.err.contains((u"Error: " + missing + u": ").toLatin1()), piped.err.constData());

        const Run deleted
            = cli(args({ "messages", "delete", "--sid", "-", "-o", "ndjson" }), (ok1 + u'\n' + ok2).toLatin1());
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(ndjsonSids(deleted.out), QStringList({ ok1, ok2 }));
        QCOMPARE(m_server->requests().last().method, QByteArray("DELETE"));

        // One --sid keeps its one object; --sid - with one line is still a list.
        const Run one = cli(QStringList { QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"),
            ok1, QStringLiteral("--json") });
        QVERIFY(QJsonDocument::fromJson(one.out).isObject());
        const Run oneLine = cli(args({ "messages", "fetch", "--sid", "-", "--json" }), ok1.toLatin1());
        QVERIFY(QJsonDocument::fromJson(oneLine.out).isArray());
        const Run none = cli(args({ "messages", "fetch", "--sid", "-" }), "\n\n");
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.isEmpty());
        const qsizetype sent = m_server->requests().size();
        const Run twice = cli(args({ "messages", "fetch", "--sid", "-", "--sid", " - " }), ok1.toLatin1());
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("--sid - may be given once"), twice.err.constData());
        QCOMPARE(m_server->requests().size(), sent);
    }

    void severalSidsExitWithTheWorstCode()
    {
        // Found (0), not found (4), not a SID (2, sent nowhere), a server error (7), found again: each reported,
        // the next one tried, and the exit code the highest. With -o ndjson the errors are JSON lines too.
        const QString missing = QStringLiteral("SM0123456789abcdef0123456789ab0404");
        const QString failing = QStringLiteral("SM0123456789abcdef0123456789ab0500");
        const Run r = cli(
            QStringList { QStringLiteral("messages"), QStringLiteral("update"), QStringLiteral("--body"), QString(),
                QStringLiteral("-o"), QStringLiteral("ndjson"), QStringLiteral("--sid"), QStringLiteral("-") },
            (sidNumber(1) + u'\n' + missing + u"\nnot-a-sid\n" + failing + u'\n' + sidNumber(2)).toLatin1());
        QCOMPARE(r.exitCode, 7);
        QCOMPARE(ndjsonSids(r.out), QStringList({ sidNumber(1), sidNumber(2) }));
        QStringList failed;
        for (const QByteArray& line : r.err.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            QVERIFY2(o.contains(u"error"), line.constData());
            failed << o.value(u"sid").toString();
        }
        QCOMPARE(failed, QStringList({ missing, QStringLiteral("not-a-sid"), failing }));
        QCOMPARE(m_server->requests().size(), 4); // not-a-sid was never sent
        for (const RecordedRequest& request : m_server->requests()) {
            QCOMPARE(request.method, QByteArray("POST"));
            QCOMPARE(request.body, QByteArray("Body="));
        }
    }

    void sidsFromStandardInputAreReadAsTheyCome()
    {
        // The second SID is written only once the server has seen the first: a command that read all of
        // standard input before starting would wait for ever (here: until runCli gives up).
        QTemporaryDir dir;
        m_marker = dir.filePath(QStringLiteral("first-arrived"));
        const Run r = shell(QStringLiteral("bash"),
            QStringLiteral("{ echo %1; while [[ ! -e %2 ]]; do sleep 0.05; done; echo %3; } | "
                           "textbench-cli messages fetch --sid %4 --sid - -o tsv --properties sid --no-header "
                           "--base-url \"$BASE\"")
                .arg(sidNumber(1), m_marker, sidNumber(2), sidNumber(3)));
        QCOMPARE(r.exitCode, 0);
        // --sid before --sid -: in the order given.
        QCOMPARE(r.out, (sidNumber(3) + u'\n' + sidNumber(1) + u'\n' + sidNumber(2) + u'\n').toLatin1());

        // A line far longer than a SID is cut, said to be no SID, and the next line is read.
        const Run longLine = cli(args({ "messages", "fetch", "--sid", "-", "-o", "tsv", "--properties", "sid" }),
            QByteArray(100'000, 'x') + '\n' + sidNumber(1).toLatin1() + '\n');
        QCOMPARE(longLine.exitCode, 2);
        QCOMPARE(longLine.out, "sid\n" + sidNumber(1).toLatin1() + '\n');
        QVERIFY2(longLine.err.contains(QByteArray(QByteArray(64, 'x') + "\xe2\x80\xa6: Invalid input")),
            longLine.err.constData());
        QVERIFY(longLine.err.size() < 1000);
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("commands") << QStringLiteral("textbench-cli me")
                                  << QStringList { QStringLiteral("messages"), QStringLiteral("messaging-services") };
        QTest::newRow("a command and its plural") << QStringLiteral(
            "textbench-cli acc") << QStringList { QStringLiteral("account"), QStringLiteral("accounts") };
        QTest::newRow("verbs") << QStringLiteral("textbench-cli messages cr")
                               << QStringList { QStringLiteral("create") };
        QTest::newRow("options") << QStringLiteral("textbench-cli messages list --page")
                                 << QStringList { QStringLiteral("--page-size") };
        QTest::newRow("after a global option")
            << QStringLiteral("textbench-cli --region ie1 messages list --no-")
            << QStringList { QStringLiteral("--no-limit"), QStringLiteral("--no-header") };
        QTest::newRow("formats") << QStringLiteral("textbench-cli messages list -o n")
                                 << QStringList { QStringLiteral("ndjson") };
        QTest::newRow("profile names") << QStringLiteral("textbench-cli account --profile Sa")
                                       << QStringList { QStringLiteral("Sandbox") };
        QTest::newRow("profile operand") << QStringLiteral("textbench-cli profiles use S")
                                         << QStringList { QStringLiteral("Sandbox") };
        QTest::newRow("shells") << QStringLiteral("textbench-cli completion f")
                                << QStringList { QStringLiteral("fish") };
    }
    void bashCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, offered);
        // The script as bash-completion would load it, then the function called as bash calls it on Tab.
        const Run r = shell(QStringLiteral("bash"),
            QStringLiteral(
                "source <(textbench-cli completion bash) || exit 9\n"
                "COMP_LINE=$1; read -ra COMP_WORDS <<<\"$COMP_LINE\"; [[ $COMP_LINE == *' ' ]] && "
                "COMP_WORDS+=('')\n"
                "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _textbench_cli; printf '[%s]\\n' \"${COMPREPLY[@]}\"")
                .replace(QStringLiteral("$1"), u'\'' + line + u'\''));
        QCOMPARE(r.exitCode, 0);
        QStringList replies; // one COMPREPLY element a line, in brackets: an element that holds two words fails
        for (const QString& l : QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts))
            replies << l.mid(1).chopped(1);
        QCOMPARE(replies, offered);
    }

    void completionsQuoteWhatTheyOffer_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QByteArray>("keys");
        QTest::addColumn<QByteArray>("shown");
        // Profile names with a space or a quote, a path with spaces, and a value after "=", as the line editor
        // puts them on the command line.
        QTest::newRow("bash, a space") << QStringLiteral("bash") << QByteArray("textbench-cli account --profile Wo\t")
                                       << QByteArray("--profile Work\\ Account ");
        QTest::newRow("bash, a quote") << QStringLiteral("bash") << QByteArray("textbench-cli profiles use o\t")
                                       << QByteArray("use o\\'brien ");
        QTest::newRow("bash, typed escaped")
            << QStringLiteral("bash") << QByteArray("textbench-cli profiles use Work\\ A\t")
            << QByteArray("use Work\\ Account ");
        QTest::newRow("bash, a folder with spaces")
            << QStringLiteral("bash") << QByteArray("textbench-cli messages create --body-file DIR/sp\t")
            << QByteArray("DIR/sp\\ ace\\ dir/");
        QTest::newRow("bash, --output=") << QStringLiteral("bash")
                                         << QByteArray("textbench-cli messages list --output=nd\t")
                                         << QByteArray("--output=ndjson ");
        QTest::newRow("zsh, a space") << QStringLiteral("zsh") << QByteArray("textbench-cli account --profile Wo\t")
                                      << QByteArray("--profile Work\\ Account ");
        QTest::newRow("zsh, a quote") << QStringLiteral("zsh") << QByteArray("textbench-cli profiles use o\t")
                                      << QByteArray("use o\\'brien ");
        QTest::newRow("zsh, --output=") << QStringLiteral("zsh")
                                        << QByteArray("textbench-cli messages list --output=nd\t")
                                        << QByteArray("--output=ndjson ");
    }
    void completionsQuoteWhatTheyOffer()
    {
        QFETCH(QString, shell);
        QFETCH(QByteArray, keys);
        QFETCH(QByteArray, shown);
        addProfile(QStringLiteral("Work Account"));
        addProfile(QStringLiteral("o'brien"));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sp ace dir")));
        keys.replace("DIR", dir.path().toUtf8());
        shown.replace("DIR", dir.path().toUtf8());
        const QString path = QStandardPaths::findExecutable(shell);
        QVERIFY2(!path.isEmpty(), "bash and zsh are test dependencies (packaging/install-deps.sh --tests)");
        const QByteArray setup = shell == u"bash"
            ? QByteArray("source <(textbench-cli completion bash)")
            : QByteArray("autoload -U compinit; compinit -u -D; source <(textbench-cli completion zsh)");
        const QStringList program = shell == u"bash"
            ? QStringList { path, QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-i") }
            : QStringList { path, QStringLiteral("-f"), QStringLiteral("-i") };
        const QByteArray screen = typeInShell(program, setup, keys, shown);
        QVERIFY2(screen.contains(shown), screen.constData());
    }

    void fishAndZshComplete()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("fish")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("zsh")).isEmpty())
            QFAIL("fish and zsh are test dependencies (packaging/install-deps.sh --tests)");
        // fish answers `complete -C` itself: the real completion engine.
        const Run fish = shell(QStringLiteral("fish"),
            QStringLiteral(
                "textbench-cli completion fish | source; complete -C'textbench-cli messages cr'; "
                "complete -C'textbench-cli messages list --page'; complete -C'textbench-cli messages list -o '"));
        QCOMPARE(fish.exitCode, 0);
        QVERIFY2(fish.out.contains("create\n") || fish.out.contains("create\t"), fish.out.constData());
        QVERIFY2(fish.out.contains("--page-size\tMessages per request (1-1000)."), fish.out.constData());
        QVERIFY2(fish.out.contains("ndjson"), fish.out.constData());
        // zsh: the script parses, and loads under compinit both ways (autoloaded from fpath, and sourced).
        const Run zsh = shell(QStringLiteral("zsh"),
            QStringLiteral("dir=$(mktemp -d); textbench-cli completion zsh >$dir/_textbench-cli || exit 9; "
                           "zsh -n $dir/_textbench-cli || exit 8; fpath=($dir $fpath); autoload -U compinit; "
                           "compinit -u -D; source <(textbench-cli completion zsh) || exit 7; "
                           "print -r -- $_comps[textbench-cli]; rm -r $dir"));
        QCOMPARE(zsh.exitCode, 0);
        QCOMPARE(zsh.out.trimmed(), QByteArray("_textbench_cli"));
    }

    void theManualPageHasEveryOptionOfTheHelp()
    {
        const Run page = cli(args({ "manpage" }), {}, false);
        QCOMPARE(page.exitCode, 0);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("textbench-cli.1")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(page.out);
        file.close();
        // man formats it without a warning.
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
        const Run man = textbench::test::runCli(
            QStringLiteral("man"), { QStringLiteral("--warnings"), QStringLiteral("-l"), file.fileName() }, e);
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.err.isEmpty(), man.err.constData());
        // In any locale: under LC_ALL=C groff has no "…" and would warn (it is ASCII).
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        const Run plain = textbench::test::runCli(
            QStringLiteral("man"), { QStringLiteral("--warnings"), QStringLiteral("-l"), file.fileName() }, e);
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(plain.err.isEmpty(), plain.err.constData());
        const QString text = QString::fromUtf8(man.out).replace(QChar(0x2010), u'-').replace(QChar(0x2212), u'-');
        // Every option the help of every verb names is in it (they come from the same tables).
        for (const char* verb : { "create", "fetch", "update", "delete", "list" }) {
            const Run help = cli(args({ "messages", verb, "--help" }), {}, false);
            QRegularExpression option(QStringLiteral("^  (?:-\\w, )?(--[a-z-]+)"), QRegularExpression::MultilineOption);
            int found = 0;
            for (auto it = option.globalMatch(QString::fromUtf8(help.out)); it.hasNext(); ++found) {
                const QString name = it.next().captured(1);
                QVERIFY2(text.contains(name), qPrintable(name));
            }
            QVERIFY(found > 3);
        }
        QVERIFY(text.contains(u"EXIT STATUS"));
        QVERIFY(text.contains(u"141"));
    }
};

QTEST_GUILESS_MAIN(Tst_CliScripting)
#include "tst_cliscripting.moc"
