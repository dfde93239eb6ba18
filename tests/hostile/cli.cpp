// SPDX-License-Identifier: GPL-3.0-or-later
// A transport row through textbench-cli.
#include "hostile.h"

QStringList Tst_Hostile::cliArgs(Op op, Where where) const
{
    QStringList args { QStringLiteral("messages") };
    switch (op) {
    case Op::Fetch:
        args << QStringLiteral("fetch") << QStringLiteral("--sid") << kSid;
        break;
    case Op::Create:
        args << QStringLiteral("create") << QStringLiteral("--to") << kTo << QStringLiteral("--from") << kFrom
             << QStringLiteral("--body") << kBody;
        break;
    case Op::List:
        args << QStringLiteral("list") << QStringLiteral("--limit") << QStringLiteral("50");
        break;
    }
    args << QStringLiteral("--base-url") << baseUrl(where) << QStringLiteral("--timeout") << QStringLiteral("2")
         << QStringLiteral("--deadline") << QStringLiteral("5");
    return args;
}

// Runs textbench-cli and counts a crash or a hang.
textbench::test::CliRun Tst_Hostile::cli(
    const QStringList& args, const QProcessEnvironment& env, const QByteArray& input, int timeoutMs)
{
    const auto r = textbench::test::runCli(QStringLiteral(TEXTBENCH_CLI_PATH), args, env, input, timeoutMs);
    if (r.exitCode == -2)
        ++g_tally.crashed;
    if (r.exitCode == -1)
        ++g_tally.hung;
    return r;
}

QProcessEnvironment Tst_Hostile::cliEnv() const
{
    QProcessEnvironment env = textbench::test::cleanCliEnvironment(m_dir.filePath(QStringLiteral("cli-config")));
    env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), kAccount);
    env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), kToken);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

void Tst_Hostile::checkCli(const Scenario& s, const CoreRun& core)
{
    resetServers();
    ++g_tally.cli;
    const auto r = cli(cliArgs(s.op, s.where), cliEnv(), {}, kHangMs + 3'000);
    const QByteArray output = r.out + r.err;
    const int cliLeaks = offOriginCredentials(s.where) + (containsSecret(output) ? 1 : 0);
    g_tally.leaked += cliLeaks;
    QVERIFY2(cliLeaks == 0, masked(output).constData());
    QVERIFY2(r.exitCode == cliExitFor(s.kind, s.httpStatus)
            || (s.orKind && r.exitCode == cliExitFor(*s.orKind, s.httpStatus)),
        qPrintable(QStringLiteral("exit %1, expected %2:\n%3")
                       .arg(r.exitCode)
                       .arg(cliExitFor(s.kind, s.httpStatus))
                       .arg(QString::fromUtf8(masked(output)))));
    if (s.kind != ApiError::Kind::None && !s.orKind)
        QVERIFY2(QString::fromUtf8(r.err).contains(core.error.title()), masked(r.err).constData());
    if (!s.says.isEmpty() && s.kind != ApiError::Kind::None && r.exitCode == cliExitFor(s.kind, s.httpStatus))
        QVERIFY2(
            QString::fromUtf8(r.err).simplified().contains(s.says, Qt::CaseInsensitive), masked(r.err).constData());
    QVERIFY2(requestsAtOrigin(s.where, s.op) <= s.maxRequests,
        qPrintable(QStringLiteral("the CLI made %1 requests, at most %2 allowed: %3")
                       .arg(requestsAtOrigin(s.where, s.op))
                       .arg(s.maxRequests)
                       .arg(requestsSeen(s.where))));
}
