// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "globaloptions.h"
#include "profiles/profilemanager.h"

#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace textbench {
class ApiClient;
class ApiJob;
class ApiError;
class ProfileStore;
class SecretStore;
namespace sandbox {
class SandboxServer;
}
} // namespace textbench

namespace textbench::cli {

/// \brief textbench-cli: finds the command (Commands) and runs it, and gives every command what it shares: the
/// output streams, parsing with the global options, the client (ConnectionChoice), jobs run to an exit code, the
/// profiles, errors reported as text or JSON.
///
/// start() runs the command; the application exits with its exit code (finish()).
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(const QStringList& arguments, QObject* parent = nullptr);

    /// Call from within the event loop: ends it with QCoreApplication::exit(code).
    void start();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    bool json() const { return m_json; }

    /// Parses \a args with the global options; at most \a positionals plain arguments are accepted. Says what is
    /// wrong (naming the help of \a command) and returns false when they do not parse.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command, int positionals = 0);
    /// Points the client at what the global options, the environment and the profiles choose (ConnectionChoice),
    /// starting the built-in sandbox when that is it. Returns an exit code when they are unusable, or -1.
    int setUpClient(const QCommandLineParser& parser);
    ApiClient* client() const { return m_client; }

    /// Runs \a job (reading the profile's secret from the keychain first, if need be); on success calls \a onSuccess
    /// and, unless \a finishOnSuccess is false, ends the program; on failure reports the error and ends it.
    void runJob(ApiJob* job, const std::function<void()>& onSuccess, bool finishOnSuccess = true);

    ProfileStore* profileStore();
    ProfileManager* profileManager();

    int printHelp();
    /// Reports a usage error (with a pointer to `textbench-cli HELPCOMMAND --help`) and returns exit code 2.
    int usageError(const QString& message, const QString& helpCommand);
    void reportError(const ApiError& error);
    /// Ends the program with \a code, after --verbose's account of every exchange.
    void finish(int code);

private:
    int run();
    void printExchanges();

    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    ApiClient* m_client = nullptr;
    sandbox::SandboxServer* m_sandbox = nullptr;
    ProfileStore* m_profileStore = nullptr;
    SecretStore* m_secretStore = nullptr;
    ProfileManager* m_profileManager = nullptr;
    /// A profile whose secret must be read from the keychain before the first request.
    QString m_pendingProfileId;
    bool m_json = false;
    bool m_verbose = false;
};

} // namespace textbench::cli
