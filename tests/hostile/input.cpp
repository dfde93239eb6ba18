// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input from the user and from files.
#include "hostile.h"

void Tst_Hostile::invalidSidsSendNothing_data()
{
    QTest::addColumn<QString>("sid");
    QTest::newRow("too short") << QStringLiteral("SM123");
    QTest::newRow("not hex") << QStringLiteral("SM0123456789abcdef0123456789abcdeg");
    QTest::newRow("wrong prefix") << QStringLiteral("AC0123456789abcdef0123456789abcdef");
    QTest::newRow("path traversal") << QStringLiteral("SM../../../Accounts/AC0123456789abcdef0123456789ab");
    QTest::newRow("percent-encoded slash") << QStringLiteral("SM0123456789abcdef0123456789a%2F%2E");
    QTest::newRow("query injection") << QStringLiteral("SM0123456789abcdef0123456789abc?x=1");
    QTest::newRow("right-to-left override") << QStringLiteral("SM0123456789abcdef\u202E0123456789abcdef");
    QTest::newRow("NUL inside") << QString(
        QStringLiteral("SM0123456789abcdef") + QChar(0) + QStringLiteral("0123456789abcde"));
    QTest::newRow("10,000 characters") << QString(u"SM" + QString(9'998, u'a'));
    QTest::newRow("empty") << QString();
}

void Tst_Hostile::invalidSidsSendNothing()
{
    QFETCH(QString, sid);
    m_server->clearRequests();
    ++g_tally.input;
    auto client = textbench::test::makeClient(m_server->baseUrl());
    for (ApiJob* job : std::initializer_list<ApiJob*> { new FetchMessageJob(client.get(), sid),
             new DeleteMessageJob(client.get(), sid), new UpdateMessageJob(client.get(), sid, QString(), QString()) }) {
        std::unique_ptr<ApiJob> owner(job);
        QVERIFY(textbench::test::finishes(job, 2'000));
        QCOMPARE(job->error().kind(), ApiError::Kind::InvalidInput);
        QVERIFY2(!job->error().explanation().isEmpty(), qPrintable(job->error().toText()));
    }
    QCOMPARE(actionRequests(*m_server).size(), 0);

    if (sid.contains(QChar(0)) || sid.isEmpty())
        return; // not something a command line can carry
    const auto r = cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), sid,
                           QStringLiteral("--base-url"), m_server->baseUrl() },
        cliEnv());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.err.size() < 4000); // a 10,000-character SID is not echoed back whole
    QCOMPARE(actionRequests(*m_server).size(), 0);
}

void Tst_Hostile::numbersWithInvisibleCharacters_data()
{
    QTest::addColumn<QString>("to");
    QTest::newRow("right-to-left override") << QStringLiteral("+1415\u202E5552671");
    QTest::newRow("right-to-left mark") << QStringLiteral("\u200F+14155552671");
    QTest::newRow("left-to-right mark") << QStringLiteral("+1415555\u200E2671");
    QTest::newRow("zero-width space") << QStringLiteral("+1415\u200B5552671");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF+14155552671");
    QTest::newRow("tab") << QStringLiteral("+1415555\t2671");
    QTest::newRow("newline") << QStringLiteral("+14155552671\n+14155550000");
    QTest::newRow("NUL") << QString(QStringLiteral("+1415555") + QChar(0) + QStringLiteral("2671"));
    QTest::newRow("escape sequence") << QStringLiteral("+1415\x1b[31m5552671");
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("+١٤١٥٥٥٥٢٦٧١");
}

// A number the user typed or pasted with characters that do not belong in it: either refused with an
// explanation before anything is sent, or sent as a clean E.164 number. Never sent with the characters inside.
void Tst_Hostile::numbersWithInvisibleCharacters()
{
    QFETCH(QString, to);
    static const QRegularExpression clean(QStringLiteral("^\\+[0-9]{8,15}$"));
    m_server->clearRequests();
    m_server->setHandler([](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, 201, messageBody()); });
    auto restore = qScopeGuard([this] { m_server->setHandler(nullptr); });
    ++g_tally.input;

    auto client = textbench::test::makeClient(m_server->baseUrl());
    CreateMessageParams p = createParams();
    p.to = to;
    CreateMessageJob job(client.get(), p);
    QVERIFY(textbench::test::finishes(&job, 5'000));
    const auto sends = [this] { return actionRequests(*m_server); };
    if (job.error().isError()) {
        QCOMPARE(job.error().kind(), ApiError::Kind::InvalidInput);
        QVERIFY2(!job.error().explanation().isEmpty(), qPrintable(job.error().toText()));
        QCOMPARE(sends().size(), 0);
    } else {
        QCOMPARE(sends().size(), 1);
        const QString sentTo = FormEncoding::value(FormEncoding::decode(sends().first().body), QStringLiteral("To"));
        QVERIFY2(clean.match(sentTo).hasMatch(), qPrintable(sentTo));
    }

    // The window: the check under To says what is wrong as it is typed, and nothing is lost.
    QVERIFY(openWindow(Where::Http));
    m_server->clearRequests();
    m_window->errorPanel()->hide();
    auto* toEdit = find<QLineEdit>("toLineEdit");
    toEdit->setText(to);
    find<QComboBox>("fromComboBox")->setCurrentText(kFrom);
    find<QPlainTextEdit>("bodyTextEdit")->setPlainText(kBody);
    QTest::mouseClick(find<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->errorPanel()->isVisible() || m_workbench->watch()->hasMessage(), 5'000);
    if (toEdit->text() != to && toEdit->text() != to.simplified())
        ++g_tally.inputsLost;
    for (const RecordedRequest& r : sends()) {
        const QString sentTo = FormEncoding::value(FormEncoding::decode(r.body), QStringLiteral("To"));
        QVERIFY2(clean.match(sentTo).hasMatch(), qPrintable(sentTo));
    }
    m_workbench->watch()->clear();
}

void Tst_Hostile::aHugePasteIsKeptAndRefused()
{
    ++g_tally.input;
    // 2 MiB of text with a little of everything (GSM-7, UCS-2, emoji): far over the 1600-character limit.
    QString huge;
    const QString piece = QStringLiteral("Hello {world} – ünïcödé 😀 €[~] ");
    while (huge.size() < 2 * 1024 * 1024)
        huge += piece;

    m_server->clearRequests();
    auto client = textbench::test::makeClient(m_server->baseUrl());
    CreateMessageParams p = createParams();
    p.body = huge;
    CreateMessageJob job(client.get(), p);
    QVERIFY(textbench::test::finishes(&job, 10'000));
    QCOMPARE(job.error().kind(), ApiError::Kind::InvalidInput);
    QVERIFY2(job.error().explanation().contains(QStringLiteral("1600")), qPrintable(job.error().toText()));
    QCOMPARE(actionRequests(*m_server).size(), 0);

    // The CLI, with as much as one argument can carry (128 KiB).
    const auto r = cli(
        { QStringLiteral("messages"), QStringLiteral("create"), QStringLiteral("--to"), kTo, QStringLiteral("--from"),
            kFrom, QStringLiteral("--body"), huge.left(40'000), QStringLiteral("--base-url"), m_server->baseUrl() },
        cliEnv());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("1600"), r.err.constData());
    QVERIFY(r.err.size() < 4000);
    QCOMPARE(actionRequests(*m_server).size(), 0);

    // The window: pasted whole into the body, counted, kept, refused with the limit named.
    QVERIFY(openWindow(Where::Http));
    m_window->errorPanel()->hide();
    auto* body = find<QPlainTextEdit>("bodyTextEdit");
    find<QLineEdit>("toLineEdit")->setText(kTo);
    find<QComboBox>("fromComboBox")->setCurrentText(kFrom);
    body->clear();
    QApplication::clipboard()->setText(huge);
    body->setFocus();
    body->paste();
    QApplication::clipboard()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(body->toPlainText().size(), huge.size(), 20'000);
    QTest::mouseClick(find<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->errorPanel()->isVisible(), 20'000);
    QVERIFY2(QString(m_window->errorPanel()->titleText() + m_window->errorPanel()->bodyText())
                 .contains(QStringLiteral("1600")),
        qPrintable(m_window->errorPanel()->bodyText()));
    if (body->toPlainText() != huge)
        ++g_tally.inputsLost;
    QVERIFY(body->toPlainText() == huge);
    QCOMPARE(actionRequests(*m_server).size(), 0);
    body->clear();
}

void Tst_Hostile::aCorruptSettingsFileIsSurvived_data()
{
    QTest::addColumn<QByteArray>("contents");
    QByteArray garbage;
    for (int i = 0; i < 256 * 1024; ++i)
        garbage += char((i * 7919) & 0xFF);
    QTest::newRow("binary garbage") << garbage;
    QTest::newRow("truncated mid-line") << QByteArray("[profiles]\n1\\id=abc\n1\\name=Work\n1\\accountSid=AC01");
    QTest::newRow("hostile values") << QByteArray(
        "[profiles]\nsize=2\n1\\id=../../etc\n1\\name=\"<b>x</b>\\n\\t\"\n1\\kind=nonsense\n1\\accountSid=ACzz\n"
        "1\\baseUrl=javascript:alert(1)\n2\\id=\n2\\name=\n2\\accountSid=AC0123456789abcdef0123456789abcdef\n"
        "2\\baseUrl=file:///etc/passwd\n[state]\nactiveProfile=does-not-exist\n");
    QTest::newRow("size claims a million") << QByteArray("[profiles]\nsize=1000000\n");
    QTest::newRow("empty") << QByteArray();
}

// The settings file is the one file Textbench reads that a user (or a crash, or a sync tool) may have mangled.
void Tst_Hostile::aCorruptSettingsFileIsSurvived()
{
    QFETCH(QByteArray, contents);
    ++g_tally.input;
    const QString configHome
        = m_dir.filePath(QStringLiteral("corrupt-") + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QDir().mkpath(configHome + QStringLiteral("/Textbench"));
    QFile f(configHome + QStringLiteral("/Textbench/textbench.conf"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(contents);
    f.close();

    // The CLI lists what it can and keeps working on explicit credentials.
    QProcessEnvironment env = textbench::test::cleanCliEnvironment(configHome);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const auto list = cli({ QStringLiteral("profiles"), QStringLiteral("list") }, env);
    QVERIFY2(list.exitCode == 0, list.err.constData());

    // The window starts on the Sandbox, whatever the file says.
    test::Launch launch(f.fileName(), QStringLiteral("io.github.textbench.test-hostile"), 10);
    if (!launch.ready) {
        ++g_tally.hung;
        QFAIL("the window never became ready");
    }
    Workbench& bench = *launch.workbench;
    MainWindow& window = *launch.window;
    QTRY_VERIFY(window.findChild<QLabel*>(QStringLiteral("kindBadgeLabel"))->text().size() > 0);
    for (const Profile& p : bench.profiles()->profiles()) {
        // Whatever survived is usable or explained, never a file: or javascript: endpoint.
        const bool oddScheme
            = p.baseUrl.startsWith(QStringLiteral("javascript:")) || p.baseUrl.startsWith(QStringLiteral("file:"));
        QVERIFY2(!oddScheme || !p.endpoint().isValid(), qPrintable(p.baseUrl));
    }
}

void Tst_Hostile::aVanishedKeychainEntryIsExplained()
{
    if (qEnvironmentVariableIsSet("TEXTBENCH_KEYCHAIN_SCENARIO"))
        QSKIP("needs the real Secret Service of tests/run.sh");
    ++g_tally.input;
    const QString configHome = m_dir.filePath(QStringLiteral("vanished"));
    QProcessEnvironment env = textbench::test::cleanCliEnvironment(configHome);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const auto add = cli({ QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Vanishing"),
                             QStringLiteral("--account-sid"), kAccount, QStringLiteral("--base-url"),
                             m_server->baseUrl(), QStringLiteral("--secret-stdin") },
        env, kToken.toUtf8() + '\n');
    QVERIFY2(add.exitCode == 0, add.err.constData());
    // The entry disappears behind Textbench's back (another tool, a keyring reset).
    ProfileStore store(new QSettings(configHome + QStringLiteral("/Textbench/textbench.conf"), QSettings::IniFormat));
    QString id;
    for (const Profile& p : store.profiles()) {
        if (p.name == u"Vanishing")
            id = p.id;
    }
    QVERIFY(!id.isEmpty());
    QProcess clear;
    clear.start(QStringLiteral("secret-tool"),
        { QStringLiteral("clear"), QStringLiteral("server"), QStringLiteral("io.github.textbench"),
            QStringLiteral("user"), QStringLiteral("profile/") + id });
    QVERIFY(clear.waitForFinished(10'000));
    m_server->clearRequests();
    const auto fetch = cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid,
                               QStringLiteral("--profile"), QStringLiteral("Vanishing") },
        env);
    QVERIFY2(fetch.exitCode == 3, fetch.err.constData());
    QVERIFY2(fetch.err.contains("keychain"), fetch.err.constData());
    QCOMPARE(actionRequests(*m_server).size(), 0);
    cli({ QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Vanishing") }, env);
}

void Tst_Hostile::thereIsNoWayToIgnoreACertificate()
{
    ++g_tally.input;
    for (const char* flag : { "--insecure", "-k", "--ignore-ssl-errors", "--no-verify" }) {
        const auto r = cli({ QStringLiteral("messages"), QStringLiteral("fetch"), QStringLiteral("--sid"), kSid,
                               QString::fromLatin1(flag), QStringLiteral("--base-url"), baseUrl(Where::TlsSelfSigned) },
            cliEnv());
        QVERIFY2(r.exitCode == 2, flag);
        QCOMPARE(m_tls.at(Where::TlsSelfSigned)->requests().size(), 0);
    }
    const auto help = cli({ QStringLiteral("--help") }, cliEnv());
    QVERIFY(!help.out.contains("insecure") && !help.out.contains("ignore"));
}
