// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requestlog.h"
#include "api/sid.h"
#include "commands.h"
#include "connectionchoice.h"
#include "exitcodes.h"
#include "output.h"
#include "profiles/profilemanager.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QSocketNotifier>

#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace textbench::cli {

namespace {
/// True when \a fd is a pipe whose reader has closed it (poll() says POLLERR on the writing end then).
bool pipeReaderGone(int fd)
{
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))
        return false;
    pollfd p { fd, 0, 0 };
    return poll(&p, 1, 0) == 1 && (p.revents & (POLLERR | POLLHUP)) != 0;
}

// Options that would put a secret on the command line, where other users can read it (ps, /proc) and the shell
// keeps it in its history.
bool looksLikeSecretOption(const QString& arg)
{
    static const QStringList names { QStringLiteral("--auth-token"), QStringLiteral("--api-secret"),
        QStringLiteral("--api-key-secret"), QStringLiteral("--secret"), QStringLiteral("--password"),
        QStringLiteral("--token"), QStringLiteral("--auth") };
    for (const QString& n : names) {
        if (arg == n || arg.startsWith(n + u'='))
            return true;
    }
    return false;
}
} // namespace

CliApp::CliApp(const QStringList& arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(arguments)
{
    // Unbuffered: QTextStream buffers, and flushOutput() sees at once when the pipe is closed.
    m_stdout.open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_stderr.open(STDERR_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
    m_out.setDevice(&m_stdout);
    m_err.setDevice(&m_stderr);
}

void CliApp::start()
{
    watchOutputReader();
    const int code = run();
    if (code >= 0)
        finish(code);
}

int CliApp::run()
{
    const QStringList all = m_arguments.mid(1);
    m_json = all.contains(QStringLiteral("--json")); // so that even an argument error comes out as JSON
    for (const QString& a : all) {
        if (looksLikeSecretOption(a)) {
            return usageError(tr("secrets are never accepted as command-line arguments: other users can read them "
                                 "from the process list, and the shell keeps them in its history. Set "
                                 "TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) in the environment "
                                 "instead."),
                {});
        }
    }
    // Global options may stand before the command: they go behind it, where the command's parser reads them.
    const auto [globals, args] = GlobalOptions::splitLeading(all);
    const QString name = args.value(0);
    if (name.isEmpty() || name == u"--help" || name == u"-h" || name == u"help")
        return printHelp();
    if (name == u"--version" || name == u"version") {
        m_out << "textbench-cli " << TEXTBENCH_VERSION << '\n';
        return Ok;
    }
    Command* command = Commands::create(name, *this);
    if (!command)
        return usageError(tr("unknown command \"%1\"; the commands are: %2.").arg(name, Commands::names()), {});
    return command->run(args.mid(1) + globals);
}

int CliApp::printHelp()
{
    m_out << tr("textbench-cli %1: Twilio's Programmable Messaging API from the command line.")
                 .arg(QStringLiteral(TEXTBENCH_VERSION))
          << "\n\n"
          << tr("Usage:") << '\n'
          << Commands::usage() << '\n'
          << GlobalOptions::help() << '\n'
          << credentialsHelp() << '\n'
          << exitCodesHelp();
    return Ok;
}

QString CliApp::credentialsHelp()
{
    return tr("Credentials come from the environment, never from an argument:\n"
              "  TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET + TWILIO_ACCOUNT_SID\n"
              "or from a profile, whose secret lives in the OS keychain. Precedence: --profile, then the "
              "environment,\nthen the active profile (profiles use), then the built-in sandbox: a Twilio-compatible "
              "API inside this\nprocess. Nothing reaches Twilio from the sandbox, and its messages last until the "
              "command exits.\n");
}

QString CliApp::exitCodesHelp()
{
    return tr("Exit codes: 0 success, 1 other error, 2 usage or invalid input, 3 authentication, 4 not found,\n"
              "            5 rate limited, 6 network or timeout, 7 server error, 8 other API error, 130 "
              "cancelled,\n"
              "            141 standard output closed early (| head). Several SIDs: the highest of their codes.\n"
              "            A list that fails half-way exits with its error's code; what it printed stays valid.\n");
}

bool CliApp::parse(QCommandLineParser& parser, const QStringList& args, const QString& command, int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    GlobalOptions::addTo(parser);
    if (!parser.parse(QStringList { QStringLiteral("textbench-cli") } + args)) {
        usageError(parser.errorText(), command);
        return false;
    }
    if (parser.positionalArguments().size() > positionals) {
        usageError(tr("unexpected argument \"%1\" (values go after an option, such as --body \"Hello\")")
                       .arg(parser.positionalArguments().value(positionals)),
            command);
        return false;
    }
    const GlobalOptions globals = GlobalOptions::from(parser);
    m_json = globals.json;
    m_verbose = globals.verbose;
    return true;
}

int CliApp::setUpClient(const QCommandLineParser& parser)
{
    const GlobalOptions globals = GlobalOptions::from(parser);
    ProfileStore* store = profileStore();
    const ConnectionChoice choice = ConnectionChoice::choose(
        globals, QProcessEnvironment::systemEnvironment(),
        [store](const QString& nameOrId) { return store->find(nameOrId); }, store->find(store->activeId()));
    if (!choice.problem.isEmpty())
        return usageError(choice.problem, {});

    if (globals.subaccount) {
        m_subaccount = globals.subaccount->trimmed();
        if (const QString problem = Sid::shapeProblem(m_subaccount, { QStringLiteral("AC") }, tr("subaccount SID"));
            !problem.isEmpty())
            return usageError(problem, {});
    }
    m_client = new ApiClient(this);
    if (choice.source == ConnectionChoice::Source::Sandbox) {
        // Nothing configured: the built-in sandbox, so that every command works on first use, and says so.
        m_sandbox = new sandbox::SandboxServer(this);
        if (!m_sandbox->listen())
            return usageError(tr("no Twilio credentials are set, and the built-in sandbox could not start."), {});
        m_client->setTarget(m_sandbox->connection().credentials, m_sandbox->connection().endpoint);
        if (!m_json)
            m_err << tr("No Twilio credentials in the environment: using the built-in sandbox. Nothing reaches Twilio, "
                        "and its messages last until this command exits. Set TWILIO_ACCOUNT_SID and "
                        "TWILIO_AUTH_TOKEN, or add a profile, to use your account.")
                  << '\n';
    } else {
        m_client->setTarget(choice.credentials, choice.endpoint);
        if (choice.source == ConnectionChoice::Source::Profile)
            m_pendingProfileId = choice.profile->id; // its secret is read just before the first request (runJob())
    }
    m_client->setAccount(m_subaccount);
    RequestPolicy policy;
    if (const QString problem = globals.applyTo(policy); !problem.isEmpty())
        return usageError(problem, {});
    m_client->setPolicy(policy);
    return -1;
}

void CliApp::noteAccountWide(const QString& command)
{
    if (!m_subaccount.isEmpty() && !m_json)
        m_err << tr("Note: %1 answers for the credentials' own account; --subaccount does not change it.").arg(command)
              << '\n';
}

void CliApp::runJob(ApiJob* job, const std::function<void()>& onSuccess, bool finishOnSuccess)
{
    runJobThen(job, onSuccess, [this, job, finishOnSuccess](int code) {
        if (code != Ok || finishOnSuccess)
            finish(code);
    });
}

void CliApp::runJobThen(ApiJob* job, const std::function<void()>& onSuccess, const std::function<void(int code)>& done,
    const QString& subject)
{
    connect(job, &ApiJob::retryScheduled, this, [this](int retry, int delayMs, const ApiError& reason) {
        if (m_json)
            return; // stderr carries one JSON document then; the error reports the attempts
        m_err << tr("%1; retry %2 in %3 s…").arg(reason.title()).arg(retry).arg(delayMs / 1000.0, 0, 'f', 1) << '\n';
        m_err.flush();
    });
    connect(job, &ApiJob::finished, this, [this, job, onSuccess, done, subject] {
        if (m_finished)
            return; // ended already (a closed pipe): nothing more to say
        if (job->succeeded())
            onSuccess();
        else
            reportError(job->error(), subject);
        done(exitCodeFor(job->error()));
    });
    withCredentials([job](bool ok) {
        if (ok)
            job->start();
        else
            delete job;
    });
}

void CliApp::withCredentials(const std::function<void(bool ok)>& then)
{
    if (m_pendingProfileId.isEmpty()) {
        then(true);
        return;
    }
    const QString id = std::exchange(m_pendingProfileId, QString());
    profileManager()->credentialsFor(id, this, [this, then](const ProfileManager::Outcome& outcome) {
        if (!outcome.ok) {
            reportError(ApiError::badCredentials(outcome.message));
            then(false);
            finish(Auth);
            return;
        }
        m_client->setCredentials(outcome.credentials);
        m_client->setAccount(m_subaccount);
        then(true);
    });
}

ProfileStore* CliApp::profileStore()
{
    if (!m_profileStore)
        m_profileStore = new ProfileStore(nullptr, this);
    return m_profileStore;
}

ProfileManager* CliApp::profileManager()
{
    if (!m_profileManager) {
        m_secretStore = new SecretStore(QStringLiteral("io.github.textbench"), this);
        m_profileManager = new ProfileManager(profileStore(), m_secretStore, this);
    }
    return m_profileManager;
}

int CliApp::usageError(const QString& message, const QString& helpCommand)
{
    if (m_json) {
        reportError(ApiError::invalidInput(
            message, helpCommand.isEmpty() ? QString() : tr("See: textbench-cli %1 --help").arg(helpCommand)));
        return Usage;
    }
    m_err << tr("Error: %1").arg(message) << '\n';
    if (!helpCommand.isEmpty())
        m_err << tr("See: textbench-cli %1 --help").arg(helpCommand) << '\n';
    return Usage;
}

void CliApp::reportError(const ApiError& error, const QString& subject)
{
    if (m_json) {
        QJsonObject report { { QStringLiteral("error"), error.toJson() } };
        if (!subject.isEmpty())
            report.insert(QStringLiteral("sid"), subject);
        // One error: one indented document. Several (one a SID), or with -o ndjson: one a line, as NDJSON.
        const bool line = !subject.isEmpty() || m_format.kind == OutputFormat::Kind::Ndjson;
        m_err << QJsonDocument(report).toJson(line ? QJsonDocument::Compact : QJsonDocument::Indented);
        if (line)
            m_err << '\n';
        m_err.flush();
        return;
    }
    // Twilio's message (or a hostile server's) reaches the terminal escaped: no control sequences.
    const QString text = Output::printable(error.toText(), Output::KeepNewlines);
    if (subject.isEmpty())
        m_err << tr("Error: %1").arg(text) << '\n';
    else
        m_err << tr("Error: %1: %2").arg(Output::printable(subject), text) << '\n';
    m_err.flush();
}

std::optional<OutputFormat> CliApp::outputFormat(const QCommandLineParser& parser, const QStringList& known,
    const QStringList& tsvDefaults, const QString& command, int* code)
{
    QString problem;
    std::optional<OutputFormat> format = OutputFormat::from(parser, m_json, known, tsvDefaults, &problem);
    if (format && format->isJson())
        m_json = true;
    if (!format)
        *code = usageError(problem, command);
    else
        m_format = *format;
    return format;
}

bool CliApp::flushOutput()
{
    m_out.flush();
    if (m_out.status() == QTextStream::Ok)
        return true;
    outputFailed();
    return false;
}

void CliApp::outputFailed()
{
    if (m_finished)
        return;
    m_verbose = false; // nobody to tell, or the error below is what matters
    finish(outputErrorCode());
}

int CliApp::outputErrorCode()
{
    // Whoever read the output has gone (`| head`): stop at once, say nothing (there is no one to read it), and exit
    // as a program killed by SIGPIPE would, so that `set -o pipefail` scripts see the same code.
    if (pipeReaderGone(STDOUT_FILENO))
        return BrokenPipe;
    // Anything else (a full disk, an I/O error) is an error to say: the output is incomplete.
    m_err << tr("Error: standard output could not be written (%1); what was printed is incomplete.")
                 .arg(m_stdout.errorString())
          << '\n';
    return OtherError;
}

void CliApp::watchOutputReader()
{
    struct stat st
    {
    };
    if (fstat(STDOUT_FILENO, &st) != 0 || !S_ISFIFO(st.st_mode))
        return; // a terminal or a file has no reader to lose
    // The writing end of a pipe never becomes readable: the only thing a read notifier sees there is POLLERR, when
    // the reader has closed it.
    m_readerWatch = new QSocketNotifier(STDOUT_FILENO, QSocketNotifier::Read, this);
    connect(m_readerWatch, &QSocketNotifier::activated, this, [this] {
        if (!pipeReaderGone(STDOUT_FILENO))
            return;
        m_readerWatch->setEnabled(false);
        m_out.setStatus(QTextStream::WriteFailed); // nothing more is written
        outputFailed();
    });
}

void CliApp::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_verbose && m_client)
        printExchanges();
    m_out.flush();
    m_err.flush();
    if (code == Ok && m_out.status() != QTextStream::Ok)
        code = outputErrorCode(); // the output was not all written
    QCoreApplication::exit(code);
}

void CliApp::printExchanges()
{
    // Like curl -v: each exchange with its headers and bodies (the request log's copies: Authorization and secrets
    // masked, bodies capped), then the same request as a cURL command with $TWILIO_… placeholders.
    constexpr qsizetype kShownBody = 4096;
    const auto body = [](const QByteArray& bytes) -> QString {
        QString text = Output::printable(QString::fromUtf8(bytes.left(kShownBody)));
        if (bytes.size() > kShownBody)
            text += u" … (" + QString::number(bytes.size()) + u" bytes)";
        return text;
    };
    for (const RequestLogEntry& e : m_client->requestLog()->entries()) {
        // Concatenated, not .arg()-chained: a URL's %2B would be taken for a placeholder.
        m_err << QString::fromLatin1(e.method) << ' ' << e.url.toString(QUrl::FullyEncoded) << " -> "
              << Output::printable(e.outcome) << " (" << e.durationMs << " ms, attempt " << e.attempt << ")\n";
        for (const auto& [name, value] : e.requestHeaders)
            m_err << "  > " << Output::printable(QString::fromLatin1(name + ": " + value)) << '\n';
        if (!e.requestBody.isEmpty())
            m_err << "  > " << body(e.requestBody) << '\n';
        for (const auto& [name, value] : e.responseHeaders)
            m_err << "  < " << Output::printable(QString::fromLatin1(name + ": " + value)) << '\n';
        if (!e.responseBody.isEmpty())
            m_err << "  < " << body(e.responseBody) << '\n';
        m_err << "  $ " << Output::printable(e.toCurl(), Output::KeepNewlines) << '\n';
    }
}

} // namespace textbench::cli
