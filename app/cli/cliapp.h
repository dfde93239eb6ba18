// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "globaloptions.h"
#include "outputformat.h"
#include "profiles/profilemanager.h"

#include <QCommandLineParser>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>

#include <functional>

class QSocketNotifier;

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

    /// The output options of a command that prints resources (OutputFormat::specs() in its parser); -o json or
    /// ndjson also makes errors JSON. Reports a usage error (exit code 2 in \a code) when they are wrong.
    std::optional<OutputFormat> outputFormat(const QCommandLineParser& parser, const QStringList& known,
        const QStringList& tsvDefaults, const QString& command, int* code);
    /// The output format the command read (outputFormat()); columns when it takes none.
    const OutputFormat& format() const { return m_format; }
    /// Flushes standard output; when it cannot be written (the reader of a pipe has gone, as `| head` does), ends
    /// the program quietly with BrokenPipe and returns false.
    bool flushOutput();

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
    /// Runs \a job and never ends the program: on success calls \a onSuccess, on failure reports the error (about
    /// \a subject, such as a SID, when not empty); then calls \a done with the job's exit code. For commands that
    /// run several jobs.
    void runJobThen(ApiJob* job, const std::function<void()>& onSuccess, const std::function<void(int code)>& done,
        const QString& subject = {});

    /// Reads the chosen profile's secret from the keychain if it has not been read yet (runJob() does this before
    /// its first request), then calls \a then: with true once client()->credentials() are complete, with false
    /// after saying why they cannot be (the program then ends with Auth).
    void withCredentials(const std::function<void(bool ok)>& then);

    ProfileStore* profileStore();
    ProfileManager* profileManager();

    int printHelp();
    /// Where credentials come from, and the exit codes: the overview's sections, in the manual page too.
    static QString credentialsHelp();
    static QString exitCodesHelp();
    /// Reports a usage error (with a pointer to `textbench-cli HELPCOMMAND --help`) and returns exit code 2.
    int usageError(const QString& message, const QString& helpCommand);
    /// Says on stderr (not with --json) that --subaccount, if given, does not change what \a command answers: its
    /// API is not under an account's path (messaging v1, monitor v1, lookups v2, the Accounts list).
    void noteAccountWide(const QString& command);
    void reportError(const ApiError& error, const QString& subject = {});
    /// Ends the program with \a code, after --verbose's account of every exchange.
    void finish(int code);

private:
    int run();
    void printExchanges();
    /// Standard output could not be written: the reader of a pipe has gone (exit 141, quietly), or the write failed
    /// (a full disk: said, exit 1).
    void outputFailed();
    /// BrokenPipe when the reader of the pipe has gone; else says why the output failed and returns OtherError.
    int outputErrorCode();
    /// When standard output is a pipe, notices its reader leaving while nothing is being written (a page that is
    /// slow to come): the command ends at once, as at a failed write.
    void watchOutputReader();

    QStringList m_arguments;
    /// Standard output and error, written with write(2): a closed pipe is an error at the next flush, not a buffer
    /// that fills unseen.
    QFile m_stdout;
    QFile m_stderr;
    QTextStream m_out;
    QTextStream m_err;
    ApiClient* m_client = nullptr;
    sandbox::SandboxServer* m_sandbox = nullptr;
    ProfileStore* m_profileStore = nullptr;
    SecretStore* m_secretStore = nullptr;
    ProfileManager* m_profileManager = nullptr;
    /// A profile whose secret must be read from the keychain before the first request.
    QString m_pendingProfileId;
    /// --subaccount: the account every path names, when not the credentials' own.
    QString m_subaccount;
    bool m_json = false;
    bool m_verbose = false;
    bool m_finished = false;
    OutputFormat m_format;
    QPointer<QSocketNotifier> m_readerWatch;
};

} // namespace textbench::cli
