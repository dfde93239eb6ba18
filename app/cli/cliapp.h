// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profilemanager.h"

#include <QCommandLineParser>

#include <optional>
#include <QObject>
#include <QStringList>
#include <QTextStream>

namespace textbench {
class ApiClient;
class ApiJob;
class ApiError;
class Message;
class ProfileStore;
class SecretStore;
namespace sandbox {
class SandboxServer;
}
} // namespace textbench

namespace textbench::cli {

/// \brief textbench-cli: `messages create|fetch|update|delete|list` over the core.
///
/// start() parses the arguments and starts one job; the application exits with the job's exit code.
class CliApp : public QObject
{
    Q_OBJECT
public:
    explicit CliApp(const QStringList& arguments, QObject* parent = nullptr);

    /// Call from within the event loop: ends it with QCoreApplication::exit(code).
    void start();

private:
    int run();
    int runMessages(const QString& verb, const QStringList& args);
    int usageError(const QString& message, const QString& helpCommand);
    int printHelp();
    /// Parses \a args with the global options; at most \a positionals plain arguments are accepted.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command, int positionals = 0);
    /// Returns an exit code when the options are unusable, or -1.
    int setUpClient(const QCommandLineParser& parser);
    void addGlobalOptions(QCommandLineParser& parser);
    int runSegments(const QStringList& args);
    int runAccount(const QStringList& args);
    int runProfiles(const QStringList& args);
    ProfileStore* profileStore();
    ProfileManager* profileManager();
    /// Reports a profile operation's outcome and ends the program: \a success on stdout, or the explained error.
    ProfileManager::Callback profileOutcome(const QString& success);
    /// Copies the profile options given (--account-sid, --api-key, --kind, --region, …) into \a profile; false for
    /// a --kind that is neither live nor test.
    bool applyProfileOptions(const QCommandLineParser& parser, Profile& profile);
    /// The secret for `profiles add`: from standard input with --secret-stdin, else a no-echo prompt on a terminal.
    std::optional<QString> readSecret(bool fromStdin, const QString& prompt);
    /// Runs \a job; on success calls \a onSuccess and, unless \a finishOnSuccess is false, ends the program.
    void runJob(ApiJob* job, const std::function<void()>& onSuccess, bool finishOnSuccess = true);
    void followUntilFinal(const Message& created);
    void printMessage(const Message& message);
    void reportError(const ApiError& error);
    void finish(int code);

    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
    ApiClient* m_client = nullptr;
    sandbox::SandboxServer* m_sandbox = nullptr;
    QString m_lastStatus;
    int m_waitTimeoutS = 120;
    ProfileStore* m_profileStore = nullptr;
    SecretStore* m_secretStore = nullptr;
    ProfileManager* m_profileManager = nullptr;
    /// A profile whose secret must be read from the keychain before the first request.
    QString m_pendingProfileId;
    bool m_json = false;
    bool m_verbose = false;
};

} // namespace textbench::cli
