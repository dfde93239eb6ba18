// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-cli in scripts, run as a script runs it (the real binary, from outside, against an in-process server on
// loopback): the output formats, streaming lists that fail half-way or meet a closed pipe, input from files and
// standard input, several SIDs, the shell completions run by bash, zsh and fish, and the manual page read by man.
#include "clirun.h"
#include "fixtures.h"
#include "testserver.h"

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

/// What a page of the list server does: answer, reset the connection, answer 500, or never answer.
enum class PageFault { None, Reset, ServerError, Stall };
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

    QString listPath() const { return QStringLiteral("/2010-04-01/Accounts/%1/Messages.json").arg(kAccount); }

    void serveList()
    {
        m_server->setHandler([this](const RecordedRequest& r, QTcpSocket* s) {
            if (r.method == "POST") {
                TestServer::replyJson(s, 201, QJsonDocument(messageJson(textbench::test::kMessageSid)));
                return;
            }
            if (!r.path.endsWith("/Messages.json")) {
                // A single message: SM…0404 is not there; the others are.
                const QString sid = QString::fromLatin1(r.path).section(u'/', -1).chopped(5);
                if (sid.endsWith(u"0404"))
                    TestServer::replyTwilioError(s, 404, 20404, QStringLiteral("The requested resource was not found"));
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
        m_body = QStringLiteral("tab\there\nnew line\\ and \x1b[31mred");
        const Run r
            = cli(args({ "messages", "list", "--limit", "1", "-o", "tsv", "--no-header", "--properties", "sid,body" }));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, sidNumber(1).toLatin1() + "\ttab\\there\\nnew line\\\\ and \\u001b[31mred\n");
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
        for (const char* format : { "json", "ndjson", "tsv" }) {
            QTest::addRow("reset on page 3 of 5, %s", format) << int(PageFault::Reset) << format << 6;
            QTest::addRow("500 on page 3 of 5, %s", format) << int(PageFault::ServerError) << format << 7;
        }
        QTest::newRow("deadline on page 3 of 5, json") << int(PageFault::Stall) << QStringLiteral("json") << 6;
    }
    void aListThatFailsHalfWayStaysValid()
    {
        QFETCH(int, fault);
        QFETCH(QString, format);
        QFETCH(int, exitCode);
        m_fault = PageFault(fault);
        m_faultyPage = 2; // the third page
        const Run r = cli(args({ "messages", "list", "--no-limit", "--deadline", "1", "--timeout", "1", "-o" })
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
        } else {
            QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
            QCOMPARE(lines.takeFirst(), QStringLiteral("sid"));
            sids = lines;
            QVERIFY2(r.err.startsWith("Error: ") || r.err.contains("\nError: "), r.err.constData());
        }
        QCOMPARE(sids, QStringList({ sidNumber(1), sidNumber(2), sidNumber(3), sidNumber(4) }));
    }

    void aClosedPipeEndsTheListAtOnce()
    {
        // A list that would go on for 10,000 pages, read by `head -n 1`.
        m_pages = 10'000;
        m_pageSize = 50;
        const Run r = shell(QStringLiteral("bash"),
            QStringLiteral(
                "set -o pipefail; textbench-cli messages list --no-limit --page-size 50 -o ndjson --base-url "
                "\"$BASE\" | head -n 1; echo \"exit ${PIPESTATUS[0]}\""));
        QVERIFY2(r.out.endsWith("exit 141\n"), r.out.constData());
        QCOMPARE(ndjsonSids(r.out.split('\n').first()), QStringList { sidNumber(1) });
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // quietly
        // It stopped: the page in flight when the pipe closed at most, not the 10,000.
        QVERIFY2(m_server->requests().size() <= 3, QByteArray::number(m_server->requests().size()).constData());
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
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("commands") << QStringLiteral("textbench-cli me") << QStringList { QStringLiteral("messages") };
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
            QStringLiteral("source <(textbench-cli completion bash) || exit 9\n"
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
