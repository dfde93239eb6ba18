// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace textbench::test {

/// What a finished textbench-cli run left behind.
struct CliRun
{
    int exitCode = -1; ///< -1: it did not finish in time (killed); -2: it crashed
    QByteArray out;
    QByteArray err;
};

/// Runs the textbench-cli binary at \a program with \a args and \a env, writing \a input (when not null) to its
/// standard input, and waits for it while the event loop runs (so that an in-process test server can answer).
CliRun runCli(const QString& program, const QStringList& args, const QProcessEnvironment& env,
    const QByteArray& input = {}, int timeoutMs = 30'000);

/// The environment without any TWILIO_* variable, plus XDG_CONFIG_HOME = \a configHome (profiles of the test's
/// own, never the machine's).
QProcessEnvironment cleanCliEnvironment(const QString& configHome);

} // namespace textbench::test
