// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include <QProcess>
#include <QSignalSpy>

namespace textbench::test {

CliRun runCli(const QString& program, const QStringList& args, const QProcessEnvironment& env, const QByteArray& input,
    int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(10'000))
        return { -2, {}, process.errorString().toUtf8() };
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
        process.readAllStandardError() };
}

QProcessEnvironment cleanCliEnvironment(const QString& configHome)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(u"TWILIO_"))
            env.remove(name);
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    return env;
}

} // namespace textbench::test
