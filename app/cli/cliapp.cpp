// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "api/apiclient.h"
#include "api/apijob.h"
#include "api/requestlog.h"
#include "api/sid.h"
#include "exitcodes.h"
#include "accounts/accountjobs.h"
#include "messages/messagejobs.h"
#include "messages/segmentcalculator.h"
#include "output.h"
#include "profiles/profilemanager.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace textbench::cli {

namespace {

const QString kMessages = QStringLiteral("messages");

QString helpText()
{
    return QCoreApplication::translate("textbench::cli",
        "textbench-cli %1: Twilio's Programmable Messaging API from the command line.\n"
        "\n"
        "Usage:\n"
        "  textbench-cli messages create --to NUMBER (--from NUMBER | --messaging-service-sid MG…) --body TEXT\n"
        "                                [--media-url URL]… [--dry-run] [options]\n"
        "  textbench-cli messages fetch  --sid SM…\n"
        "  textbench-cli messages update --sid SM… (--body \"\" | --status canceled)\n"
        "  textbench-cli messages delete --sid SM…\n"
        "  textbench-cli messages list   [--to N] [--from N] [--date-sent D] [--date-sent-before D]\n"
        "                                [--date-sent-after D] [--page-size N] [--limit N | --no-limit]\n"
        "  textbench-cli messages VERB --help    all options of a command\n"
        "  textbench-cli account                 the account check: does the account answer, and how\n"
        "  textbench-cli profiles list|add|edit|use|remove|test|import-env\n"
        "                                credential profiles; secrets live in the OS keychain only\n"
        "  textbench-cli segments [--json] [--smart-encoding] TEXT\n"
        "                                encoding and SMS segments of a body, as Twilio counts them\n"
        "\n"
        "Options for every command:\n"
        "  --json              print the raw resource (a JSON array for list); errors as JSON on stderr\n"
        "  --base-url URL      another API host: a sandbox, mock or proxy (http only to this computer)\n"
        "  --region R          Twilio region (us1, ie1, au1, …); also TWILIO_REGION\n"
        "  --edge E            Twilio edge (ashburn, dublin, sydney, …); also TWILIO_EDGE\n"
        "  --timeout S         give up when nothing moves for S seconds (default 30)\n"
        "  --deadline S        give up on any request after S seconds in all (default 60)\n"
        "  --verbose           print each request and response on stderr, headers and bodies (secrets masked),\n"
        "                      with the request as a cURL command that reads the secret from $TWILIO_…\n"
        "  --profile NAME      use this credential profile (see: textbench-cli profiles)\n"
        "\n"
        "Credentials come from the environment, never from an argument:\n"
        "  TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET + TWILIO_ACCOUNT_SID\n"
        "or from a profile, whose secret lives in the OS keychain. Precedence: --profile, then the environment,\n"
        "then the active profile (profiles use), then the built-in sandbox: a Twilio-compatible API inside this\n"
        "process. Nothing reaches Twilio from the sandbox, and its messages last until the command exits.\n"
        "\n"
        "Exit codes: 0 success, 1 other error, 2 usage or invalid input, 3 authentication, 4 not found,\n"
        "            5 rate limited, 6 network or timeout, 7 server error, 8 other API error, 130 cancelled\n")
        .arg(QStringLiteral(TEXTBENCH_VERSION));
}

struct OptionSpec
{
    const char* name;
    const char* valueName; // nullptr for a flag
    const char* description;
};

// Flag names follow twilio-cli's, so people's habits carry over.
const QList<OptionSpec> kCreateOptions {
    { "to", "NUMBER", "The recipient: E.164 (+14155552671) or a channel address (whatsapp:+1…)." },
    { "from", "NUMBER", "The sender: a Twilio number, short code, alphanumeric sender ID or channel address." },
    { "messaging-service-sid", "MG…", "Send through this Messaging Service instead of (or as well as) From." },
    { "body", "TEXT", "The text of the message (up to 1600 characters)." },
    { "media-url", "URL", "A media file to attach (repeat for up to 10)." },
    { "content-sid", "HX…", "A Content Template to send." },
    { "content-variables", "JSON", "Values for the Content Template's variables." },
    { "status-callback", "URL", "Where Twilio posts status changes." },
    { "application-sid", "AP…", "A TwiML app whose status callback to use." },
    { "max-price", "USD", "The most to pay for the message." },
    { "provide-feedback", nullptr, "Track delivery feedback." },
    { "attempt", "N", "Total attempts made to send, for your own accounting." },
    { "validity-period", "SECONDS", "How long the message may wait in the queue (1-36000)." },
    { "force-delivery", nullptr, "Reserved by Twilio." },
    { "content-retention", "retain|discard", "Keep or discard the body after delivery." },
    { "address-retention", "retain|obfuscate", "Keep or obfuscate the addresses after delivery." },
    { "smart-encoded", nullptr, "Replace look-alike Unicode characters with GSM-7 ones." },
    { "persistent-action", "ACTION", "A persistent action (repeatable)." },
    { "traffic-type", "TYPE", "The traffic type (free)." },
    { "shorten-urls", nullptr, "Shorten links (needs a Messaging Service with link shortening)." },
    { "schedule-type", "fixed", "Schedule the message (with --send-at)." },
    { "send-at", "DATETIME", "When to send (ISO 8601; 15 min to 35 days ahead; needs a Messaging Service)." },
    { "send-as-mms", nullptr, "Send as MMS even without media." },
    { "risk-check", "enable|disable", "Twilio's risk check." },
    { "dry-run", nullptr, "Print the exact request as JSON (Authorization masked) and send nothing." },
    { "wait", nullptr, "After sending, follow the message until its status is final, printing each change." },
    { "wait-timeout", "SECONDS", "How long --wait follows a message before giving up (default 120)." },
};

const QList<OptionSpec> kListOptions {
    { "to", "NUMBER", "Only messages to this number." },
    { "from", "NUMBER", "Only messages from this number." },
    { "date-sent", "YYYY-MM-DD", "Only messages sent on this day." },
    { "date-sent-before", "YYYY-MM-DD", "Only messages sent before this date." },
    { "date-sent-after", "YYYY-MM-DD", "Only messages sent after this date." },
    { "page-size", "N", "Messages per request (1-1000)." },
    { "limit", "N", "The most messages to show (default 50)." },
    { "no-limit", nullptr, "Show every message, however many pages that takes." },
};

const QList<OptionSpec> kSidOptions {
    { "sid", "SM…", "The message SID." },
};

const QList<OptionSpec> kUpdateOptions {
    { "sid", "SM…", "The message SID." },
    { "body", "\"\"", "An empty body redacts the message." },
    { "status", "canceled", "Cancel a scheduled message." },
};

void addOptions(QCommandLineParser& parser, const QList<OptionSpec>& specs)
{
    for (const OptionSpec& s : specs) {
        QCommandLineOption option(QString::fromLatin1(s.name), QString::fromUtf8(s.description));
        if (s.valueName)
            option.setValueName(QString::fromUtf8(s.valueName));
        parser.addOption(option);
    }
}

QString optionHelp(const QList<OptionSpec>& specs)
{
    QString out;
    for (const OptionSpec& s : specs) {
        QString left = u"  --" + QString::fromLatin1(s.name);
        if (s.valueName)
            left += u' ' + QString::fromUtf8(s.valueName);
        out += left.leftJustified(36) + u' ' + QString::fromUtf8(s.description) + u'\n';
    }
    return out;
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

std::optional<int> toInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace

CliApp::CliApp(const QStringList& arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(stdout)
    , m_err(stderr)
{ }

void CliApp::start()
{
    const int code = run();
    if (code >= 0)
        finish(code);
}

void CliApp::finish(int code)
{
    if (m_verbose && m_client) {
        // Like curl -v: each exchange with its headers and bodies (the request log's copies: Authorization and
        // secrets masked, bodies capped), then the same request as a cURL command with $TWILIO_… placeholders.
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
    m_out.flush();
    m_err.flush();
    QCoreApplication::exit(code);
}

int CliApp::printHelp()
{
    m_out << helpText();
    return Ok;
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

int CliApp::run()
{
    const QStringList args = m_arguments.mid(1);
    m_json = args.contains(QStringLiteral("--json")); // so that even an argument error comes out as JSON
    for (const QString& a : args) {
        if (looksLikeSecretOption(a)) {
            return usageError(tr("secrets are never accepted as command-line arguments: other users can read them "
                                 "from the process list, and the shell keeps them in its history. Set "
                                 "TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET) in the environment "
                                 "instead."),
                {});
        }
    }
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help")
        return printHelp();
    if (args.first() == u"--version" || args.first() == u"version") {
        m_out << "textbench-cli " << TEXTBENCH_VERSION << '\n';
        return Ok;
    }
    if (args.first() == u"segments")
        return runSegments(args.mid(1));
    if (args.first() == u"account")
        return runAccount(args.mid(1));
    if (args.first() == u"profiles")
        return runProfiles(args.mid(1));
    if (args.first() != kMessages)
        return usageError(tr("unknown command \"%1\"; the commands are: messages create|fetch|update|delete|list, "
                             "account, segments.")
                              .arg(args.first()),
            {});
    if (args.size() < 2 || args.at(1).startsWith(u'-')) {
        if (args.size() >= 2 && (args.at(1) == u"--help" || args.at(1) == u"-h"))
            return printHelp();
        return usageError(tr("\"messages\" needs a verb: create, fetch, update, delete or list."), {});
    }
    return runMessages(args.at(1), args.mid(2));
}

void CliApp::addGlobalOptions(QCommandLineParser& parser)
{
    addOptions(parser,
        { { "json", nullptr, "" }, { "base-url", "URL", "" }, { "region", "R", "" }, { "edge", "E", "" },
            { "timeout", "S", "" }, { "deadline", "S", "" }, { "verbose", nullptr, "" }, { "profile", "NAME", "" } });
    parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, {}));
}

bool CliApp::parse(QCommandLineParser& parser, const QStringList& args, const QString& command, int positionals)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
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
    m_json = parser.isSet(QStringLiteral("json"));
    m_verbose = parser.isSet(QStringLiteral("verbose"));
    return true;
}

int CliApp::setUpClient(const QCommandLineParser& parser)
{
    m_client = new ApiClient(this);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    m_client->setCredentials(Credentials::fromEnvironment(env));

    // Precedence: --profile, then environment credentials, then the active profile, then the built-in sandbox.
    std::optional<Profile> profile;
    if (parser.isSet(QStringLiteral("profile"))) {
        profile = profileStore()->find(parser.value(QStringLiteral("profile")));
        if (!profile)
            return usageError(tr("there is no profile called \"%1\" (see: textbench-cli profiles list).")
                                  .arg(parser.value(QStringLiteral("profile"))),
                {});
    } else if (!Credentials::environmentHasAny(env)) {
        profile = profileStore()->find(profileStore()->activeId());
    }
    const bool flagsChooseHost = parser.isSet(QStringLiteral("base-url")) || parser.isSet(QStringLiteral("region"))
        || parser.isSet(QStringLiteral("edge"));
    const bool useSandbox = profile ? profile->kind == ProfileKind::Sandbox && !flagsChooseHost
                                    : !Credentials::environmentHasAny(env) && !parser.isSet(QStringLiteral("base-url"));

    ApiEndpoint endpoint;
    if (useSandbox) {
        // Nothing configured: the built-in sandbox, so that every command works on first use, and says so.
        m_sandbox = new sandbox::SandboxServer(this);
        if (!m_sandbox->listen())
            return usageError(tr("no Twilio credentials are set, and the built-in sandbox could not start."), {});
        m_client->setCredentials(m_sandbox->connection().credentials);
        endpoint = m_sandbox->connection().endpoint;
        if (!m_json)
            m_err << tr("No Twilio credentials in the environment: using the built-in sandbox. Nothing reaches Twilio, "
                        "and its messages last until this command exits. Set TWILIO_ACCOUNT_SID and "
                        "TWILIO_AUTH_TOKEN, or add a profile, to use your account.")
                  << '\n';
    } else if (parser.isSet(QStringLiteral("base-url"))) {
        endpoint = ApiEndpoint::custom(parser.value(QStringLiteral("base-url")));
    } else if (profile && profile->kind != ProfileKind::Sandbox && !parser.isSet(QStringLiteral("region"))
        && !parser.isSet(QStringLiteral("edge"))) {
        endpoint = profile->endpoint();
    } else {
        const QString region = parser.isSet(QStringLiteral("region")) ? parser.value(QStringLiteral("region"))
                                                                      : env.value(QStringLiteral("TWILIO_REGION"));
        const QString edge = parser.isSet(QStringLiteral("edge")) ? parser.value(QStringLiteral("edge"))
                                                                  : env.value(QStringLiteral("TWILIO_EDGE"));
        endpoint = ApiEndpoint::twilio(region, edge);
    }
    if (profile && profile->kind != ProfileKind::Sandbox) {
        // The secret is read from the keychain just before the first request (runJob()).
        m_client->setCredentials(profile->credentials(QString()));
        m_pendingProfileId = profile->id;
    }
    if (!endpoint.isValid())
        return usageError(endpoint.problem(), {});
    m_client->setEndpoint(endpoint);

    RequestPolicy policy;
    for (auto [name, target] : { std::pair { QStringLiteral("timeout"), &policy.inactivityTimeoutMs },
             std::pair { QStringLiteral("deadline"), &policy.deadlineMs } }) {
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const double seconds = parser.value(name).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return usageError(
                tr("--%1 takes a number of seconds between 0 and 3600, not \"%2\".").arg(name, parser.value(name)), {});
        *target = int(seconds * 1000);
    }
    m_client->setPolicy(policy);
    return -1;
}

int CliApp::runMessages(const QString& verb, const QStringList& args)
{
    const QString command = kMessages + u' ' + verb;
    QCommandLineParser parser;
    QList<OptionSpec> specs;
    if (verb == u"create")
        specs = kCreateOptions;
    else if (verb == u"fetch" || verb == u"delete")
        specs = kSidOptions;
    else if (verb == u"update")
        specs = kUpdateOptions;
    else if (verb == u"list")
        specs = kListOptions;
    else
        return usageError(tr("unknown verb \"%1\"; use create, fetch, update, delete or list.").arg(verb), {});
    addOptions(parser, specs);
    if (!parse(parser, args, command))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: textbench-cli %1 [options]\n\n").arg(command) << optionHelp(specs) << '\n'
              << tr("Options for every command: --json --base-url URL --region R --edge E --timeout S "
                    "--deadline S --verbose (see textbench-cli --help)\n");
        return Ok;
    }
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QString::fromLatin1(name)); };

    const bool dryRun = verb == u"create" && isSet("dry-run");
    if (const int code = setUpClient(parser); code >= 0)
        return code;

    if (verb == u"create") {
        CreateMessageParams p;
        p.to = value("to");
        p.from = value("from");
        p.messagingServiceSid = value("messaging-service-sid");
        if (isSet("body"))
            p.body = value("body");
        p.mediaUrls = parser.values(QStringLiteral("media-url"));
        p.contentSid = value("content-sid");
        p.contentVariables = value("content-variables");
        p.statusCallback = value("status-callback");
        p.applicationSid = value("application-sid");
        p.maxPrice = value("max-price");
        p.contentRetention = value("content-retention");
        p.addressRetention = value("address-retention");
        p.persistentActions = parser.values(QStringLiteral("persistent-action"));
        p.trafficType = value("traffic-type");
        p.scheduleType = value("schedule-type");
        p.riskCheck = value("risk-check");
        for (auto [name, target] : { std::pair { "provide-feedback", &p.provideFeedback },
                 std::pair { "force-delivery", &p.forceDelivery }, std::pair { "smart-encoded", &p.smartEncoded },
                 std::pair { "shorten-urls", &p.shortenUrls }, std::pair { "send-as-mms", &p.sendAsMms } }) {
            if (isSet(name))
                *target = true;
        }
        for (auto [name, target, max] : { std::tuple { "attempt", &p.attempt, 1'000'000 },
                 std::tuple { "validity-period", &p.validityPeriod, 36000 } }) {
            if (!isSet(name))
                continue;
            const auto n = toInt(value(name), 1, max);
            if (!n)
                return usageError(tr("--%1 takes a whole number from 1 to %2, not \"%3\".")
                                      .arg(QString::fromLatin1(name))
                                      .arg(max)
                                      .arg(value(name)),
                    command);
            *target = *n;
        }
        if (isSet("send-at")) {
            p.sendAt = QDateTime::fromString(value("send-at"), Qt::ISODate);
            if (!p.sendAt.isValid())
                return usageError(tr("--send-at takes an ISO 8601 date-time such as 2026-11-28T10:00:00Z, not \"%1\".")
                                      .arg(value("send-at")),
                    command);
        }
        auto* job = new CreateMessageJob(m_client, p);
        if (dryRun) {
            const ApiError error = job->validate(false);
            if (error.isError()) {
                reportError(error);
                return exitCodeFor(error);
            }
            m_out << Output::requestJson(m_client->describe(job->firstRequest(), job->session()));
            return Ok;
        }
        connect(job, &ApiJob::finished, this, [this, job] {
            if (!m_json) {
                for (const QString& warning : job->params().warnings)
                    m_err << tr("Note: %1").arg(warning) << '\n';
            }
        });
        if (isSet("wait-timeout")) {
            const auto n = toInt(value("wait-timeout"), 1, 86400);
            if (!n)
                return usageError(tr("--wait-timeout takes a number of seconds from 1 to 86400, not \"%1\".")
                                      .arg(value("wait-timeout")),
                    command);
            m_waitTimeoutS = *n;
        }
        if (isSet("wait")) {
            runJob(
                job, [this, job] { followUntilFinal(job->message()); }, /*finishOnSuccess=*/false);
            return -1;
        }
        runJob(job, [this, job] {
            if (m_json)
                m_out << QJsonDocument(job->message().toJson()).toJson(QJsonDocument::Indented);
            else
                m_out << Output::messageDetails(job->message());
        });
        return -1;
    }

    if (verb != u"list" && !isSet("sid"))
        return usageError(tr("--sid is required: the SID of the message (SM… or MM…)."), command);

    if (verb == u"fetch" || verb == u"update") {
        ApiJob* job = nullptr;
        if (verb == u"fetch") {
            job = new FetchMessageJob(m_client, value("sid"));
        } else {
            QString body;
            if (isSet("body")) {
                body = value("body");
                if (body.isNull())
                    body = QStringLiteral("");
            }
            job = new UpdateMessageJob(m_client, value("sid"), body, value("status"));
        }
        runJob(job, [this, job, verb] {
            const Message& m = verb == u"fetch" ? static_cast<FetchMessageJob*>(job)->message()
                                                : static_cast<UpdateMessageJob*>(job)->message();
            if (m_json)
                m_out << QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented);
            else
                m_out << Output::messageDetails(m);
        });
        return -1;
    }

    if (verb == u"delete") {
        auto* job = new DeleteMessageJob(m_client, value("sid"));
        const QString sid = value("sid").trimmed();
        runJob(job, [this, sid] {
            if (m_json)
                m_out << QJsonDocument(
                    QJsonObject { { QStringLiteral("sid"), sid }, { QStringLiteral("deleted"), true } })
                             .toJson(QJsonDocument::Indented);
            else
                m_out << tr("Deleted %1").arg(sid) << '\n';
        });
        return -1;
    }

    // list
    MessageListFilter filter;
    filter.to = value("to");
    filter.from = value("from");
    filter.dateSent = value("date-sent");
    filter.dateSentBefore = value("date-sent-before");
    filter.dateSentAfter = value("date-sent-after");
    if (isSet("page-size")) {
        const auto n = toInt(value("page-size"), 1, MessageListFilter::kMaxPageSize);
        if (!n)
            return usageError(
                tr("--page-size takes a whole number from 1 to 1000, not \"%1\".").arg(value("page-size")), command);
        filter.pageSize = *n;
    }
    int limit = 50;
    if (isSet("no-limit") && isSet("limit"))
        return usageError(tr("--limit and --no-limit exclude each other."), command);
    if (isSet("no-limit"))
        limit = 0;
    if (isSet("limit")) {
        const auto n = toInt(value("limit"), 1, 100'000'000);
        if (!n)
            return usageError(
                tr("--limit takes a whole number of 1 or more, not \"%1\".").arg(value("limit")), command);
        limit = *n;
    }
    auto* job = new ListMessagesJob(m_client, filter, limit);
    runJob(job, [this, job, limit] {
        if (m_json) {
            QJsonArray array;
            for (const Message& m : job->messages())
                array.append(m.toJson());
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else if (job->messages().isEmpty()) {
            m_out << tr("No messages.") << '\n';
        } else {
            m_out << Output::messageTable(job->messages());
        }
        if (limit > 0 && job->hasMore())
            m_err << tr("Showing the first %1 messages; there are more (raise --limit, or use --no-limit).").arg(limit)
                  << '\n';
    });
    return -1;
}

void CliApp::runJob(ApiJob* job, const std::function<void()>& onSuccess, bool finishOnSuccess)
{
    connect(job, &ApiJob::retryScheduled, this, [this](int retry, int delayMs, const ApiError& reason) {
        if (m_json)
            return; // stderr carries one JSON document then; the error reports the attempts
        m_err << tr("%1; retry %2 in %3 s…").arg(reason.title()).arg(retry).arg(delayMs / 1000.0, 0, 'f', 1) << '\n';
        m_err.flush();
    });
    connect(job, &ApiJob::finished, this, [this, job, onSuccess, finishOnSuccess] {
        if (job->succeeded()) {
            onSuccess();
            if (!finishOnSuccess)
                return;
        } else {
            reportError(job->error());
        }
        finish(exitCodeFor(job->error()));
    });
    if (m_pendingProfileId.isEmpty()) {
        job->start();
        return;
    }
    const QString id = std::exchange(m_pendingProfileId, QString());
    profileManager()->credentialsFor(id, this, [this, job](const ProfileManager::Outcome& outcome) {
        if (!outcome.ok) {
            reportError(ApiError::badCredentials(outcome.message));
            finish(Auth);
            return;
        }
        m_client->setCredentials(outcome.credentials);
        job->start();
    });
}

void CliApp::followUntilFinal(const Message& created)
{
    // Poll with a gentle backoff, printing each status change with its time: the CLI's status timeline.
    auto printStatus = [this](const Message& m) {
        if (m.statusText == m_lastStatus)
            return;
        m_lastStatus = m.statusText;
        const QDateTime when = m.dateUpdated.isValid() ? m.dateUpdated : QDateTime::currentDateTimeUtc();
        m_err << QStringLiteral("%1  %2").arg(when.toUTC().toString(QStringLiteral("HH:mm:ss")), m.statusText);
        if (m.errorCode)
            m_err << QStringLiteral("  (error %1)").arg(*m.errorCode);
        m_err << '\n';
        m_err.flush();
    };
    printStatus(created);
    if (MessageStatuses::isFinal(created.status)) {
        printMessage(created);
        finish(Ok);
        return;
    }
    auto* timer = new QTimer(this);
    timer->setSingleShot(true);
    auto interval = std::make_shared<int>(250);
    const QString sid = created.sid;
    QDeadlineTimer giveUp(qint64(m_waitTimeoutS * 1000));
    connect(timer, &QTimer::timeout, this, [this, timer, interval, sid, printStatus, created, giveUp] {
        if (giveUp.hasExpired()) {
            m_err << tr("Still %1 after %2 s: stopped following it (--wait-timeout). Fetch it later with: "
                        "textbench-cli messages fetch --sid %3")
                         .arg(m_lastStatus, QString::number(m_waitTimeoutS), sid)
                  << '\n';
            printMessage(created);
            finish(Network);
            return;
        }
        auto* fetch = new FetchMessageJob(m_client, sid);
        connect(fetch, &ApiJob::finished, this, [this, fetch, timer, interval, printStatus, created] {
            if (!fetch->succeeded() && fetch->error().twilioCode() == 20008) {
                // Test credentials can create but not fetch: the send worked; there is nothing to follow.
                m_err << tr("Sent with test credentials, which cannot fetch messages: there is no status to follow.")
                      << '\n';
                printMessage(created);
                finish(Ok);
                return;
            }
            if (!fetch->succeeded()) {
                reportError(fetch->error());
                finish(exitCodeFor(fetch->error()));
                return;
            }
            printStatus(fetch->message());
            if (MessageStatuses::isFinal(fetch->message().status)
                || fetch->message().status == MessageStatus::Scheduled) {
                printMessage(fetch->message());
                finish(Ok);
                return;
            }
            *interval = std::min(*interval * 3 / 2, 5000);
            timer->start(*interval);
        });
        fetch->start();
    });
    timer->start(*interval);
}

void CliApp::printMessage(const Message& m)
{
    if (m_json)
        m_out << QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented);
    else
        m_out << Output::messageDetails(m);
}

int CliApp::runAccount(const QStringList& args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("account")))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: textbench-cli account [--json]\n\n"
                    "Fetches the account (GET /2010-04-01/Accounts/{AccountSid}.json): a quick check that the\n"
                    "credentials, region and base URL work.\n");
        return Ok;
    }
    if (const int code = setUpClient(parser); code >= 0)
        return code;
    auto* job = new FetchAccountJob(m_client);
    runJob(job, [this, job] {
        const Account& a = job->account();
        if (m_json) {
            m_out << QJsonDocument(a.raw).toJson(QJsonDocument::Indented);
            return;
        }
        m_out << tr("Account").leftJustified(14) << Output::printable(a.sid) << '\n'
              << tr("Name").leftJustified(14) << Output::printable(a.friendlyName) << '\n'
              << tr("Status").leftJustified(14) << Output::printable(a.status) << '\n'
              << tr("Type").leftJustified(14) << Output::printable(a.type) << '\n';
    });
    return -1;
}

bool CliApp::applyProfileOptions(const QCommandLineParser& parser, Profile& p)
{
    // Only the options given change the profile: add starts from an empty one, edit from the stored one.
    if (parser.isSet(QStringLiteral("account-sid")))
        p.accountSid = parser.value(QStringLiteral("account-sid"));
    if (parser.isSet(QStringLiteral("api-key"))) {
        p.apiKeySid = parser.value(QStringLiteral("api-key"));
        p.scheme = p.apiKeySid.isEmpty() ? AuthScheme::AuthToken : AuthScheme::ApiKey;
    }
    if (parser.isSet(QStringLiteral("kind"))) {
        const auto kind = Profile::kindFromName(parser.value(QStringLiteral("kind")));
        if (!kind || *kind == ProfileKind::Sandbox)
            return false;
        p.kind = *kind;
    }
    for (auto [option, field] : { std::pair { "region", &p.region }, std::pair { "edge", &p.edge },
             std::pair { "base-url", &p.baseUrl }, std::pair { "default-sender", &p.defaultSender } }) {
        if (parser.isSet(QString::fromLatin1(option)))
            *field = parser.value(QString::fromLatin1(option));
    }
    return true;
}

ProfileManager::Callback CliApp::profileOutcome(const QString& success)
{
    return [this, success](const ProfileManager::Outcome& o) {
        if (!o.ok) {
            reportError(ApiError::badCredentials(o.message));
            finish(Auth);
            return;
        }
        m_out << success << '\n';
        finish(Ok);
    };
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

std::optional<QString> CliApp::readSecret(bool fromStdin, const QString& prompt)
{
    if (fromStdin) {
        QTextStream in(stdin);
        QString secret = in.readAll();
        while (secret.endsWith(u'\n') || secret.endsWith(u'\r'))
            secret.chop(1);
        return secret;
    }
    if (!::isatty(STDIN_FILENO))
        return std::nullopt;
    // A prompt that does not echo: the secret never appears on the screen, in an argument or in shell history.
    m_err << prompt;
    m_err.flush();
    termios old {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString secret = in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    m_err << '\n';
    return secret;
}

int CliApp::runProfiles(const QStringList& args)
{
    const QString verb = args.value(0);
    const QString command = QStringLiteral("profiles ") + verb;
    QCommandLineParser parser;
    addOptions(parser,
        { { "account-sid", "AC…", "" }, { "api-key", "SK…", "" }, { "kind", "live|test", "" },
            { "default-sender", "FROM", "" }, { "secret-stdin", nullptr, "" }, { "new-secret", nullptr, "" } });
    if (verb.isEmpty() || verb.startsWith(u'-'))
        return usageError(tr("\"profiles\" needs a verb: list, add, edit, use, remove, test or import-env."), {});
    if (!parse(parser, args.mid(1), command, /*positionals=*/1))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr(
            "Usage:\n"
            "  textbench-cli profiles list [--json]\n"
            "  textbench-cli profiles add NAME --account-sid AC… [--api-key SK…] [--kind live|test]\n"
            "                [--region R] [--edge E] [--base-url URL] [--default-sender FROM] [--secret-stdin]\n"
            "  textbench-cli profiles edit NAME [--account-sid AC…] [--api-key SK…] [--kind K] [--region R]\n"
            "                [--edge E] [--base-url URL] [--default-sender FROM] [--new-secret | --secret-stdin]\n"
            "  textbench-cli profiles use NAME\n"
            "  textbench-cli profiles remove NAME\n"
            "  textbench-cli profiles test NAME          the account check with this profile\n"
            "  textbench-cli profiles import-env NAME    TWILIO_ACCOUNT_SID/TWILIO_AUTH_TOKEN (or the API key)\n\n"
            "The secret (Auth Token, or API Key Secret with --api-key) is read from a prompt that does not echo,\n"
            "or from standard input with --secret-stdin; never from an argument. It is kept in the OS keychain\n"
            "only; the rest of the profile in ~/.config/Textbench/textbench.conf.\n");
        return Ok;
    }
    const QString name = positional.value(0);
    ProfileStore* store = profileStore();

    if (verb == u"list") {
        const QString active = store->activeId();
        const QList<Profile> all = store->profiles();
        if (m_json) {
            QJsonArray array;
            for (const Profile& p : all) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), p.id },
                    { QStringLiteral("name"), p.name },
                    { QStringLiteral("kind"), Profile::kindName(p.kind) },
                    { QStringLiteral("auth"),
                        p.scheme == AuthScheme::ApiKey ? QStringLiteral("api-key") : QStringLiteral("auth-token") },
                    { QStringLiteral("account_sid"), p.accountSid },
                    { QStringLiteral("api_key_sid"), p.apiKeySid },
                    { QStringLiteral("region"), p.region },
                    { QStringLiteral("edge"), p.edge },
                    { QStringLiteral("base_url"), p.baseUrl },
                    { QStringLiteral("default_sender"), p.defaultSender },
                    { QStringLiteral("secret_storage"),
                        p.kind == ProfileKind::Sandbox                   ? QStringLiteral("none")
                            : p.secretStorage == SecretStorage::Keychain ? QStringLiteral("keychain")
                                                                         : QStringLiteral("this-run-only") },
                    { QStringLiteral("active"), p.id == active },
                });
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Ok;
        }
        for (const Profile& p : all) {
            m_out << (p.id == active ? "* " : "  ") << Output::printable(p.name).leftJustified(24) << ' '
                  << Profile::kindName(p.kind).leftJustified(8) << ' '
                  << (p.kind == ProfileKind::Sandbox ? tr("built in") : Sid::masked(p.username())) << '\n';
        }
        return Ok;
    }
    if (name.isEmpty())
        return usageError(tr("give the profile's name: textbench-cli %1 NAME").arg(command), command);
    if (verb == u"use") {
        const auto p = store->find(name);
        if (!p)
            return usageError(tr("there is no profile called \"%1\".").arg(name), command);
        store->setActive(p->id);
        m_out << tr("Active profile: %1").arg(p->name) << '\n';
        return Ok;
    }
    if (verb == u"remove") {
        const auto p = store->find(name);
        if (!p)
            return usageError(tr("there is no profile called \"%1\".").arg(name), command);
        profileManager()->remove(p->id, this, profileOutcome(tr("Removed profile %1 and its secret.").arg(p->name)));
        return -1;
    }
    if (verb == u"add") {
        Profile p;
        p.name = name;
        if (!applyProfileOptions(parser, p))
            return usageError(tr("--kind is live or test."), command);
        if (const QString problem = p.problem(); !problem.isEmpty())
            return usageError(problem, command);
        const auto secret = readSecret(parser.isSet(QStringLiteral("secret-stdin")),
            p.scheme == AuthScheme::ApiKey ? tr("API Key Secret for %1: ").arg(name)
                                           : tr("Auth Token for %1: ").arg(name));
        if (!secret)
            return usageError(
                tr("no terminal to ask for the secret: give it on standard input with --secret-stdin."), command);
        profileManager()->add(
            p, *secret, this, profileOutcome(tr("Added profile %1; its secret is in the keychain.").arg(name)));
        return -1;
    }
    if (verb == u"edit") {
        auto p = store->find(name);
        if (!p || p->kind == ProfileKind::Sandbox)
            return usageError(
                tr("there is no profile called \"%1\" to edit (the Sandbox is built in).").arg(name), command);
        if (!applyProfileOptions(parser, *p))
            return usageError(tr("--kind is live or test."), command);
        // A new secret only when asked for: --secret-stdin (or an interactive prompt with --new-secret).
        QString secret;
        if (parser.isSet(QStringLiteral("secret-stdin")) || parser.isSet(QStringLiteral("new-secret"))) {
            const auto read
                = readSecret(parser.isSet(QStringLiteral("secret-stdin")), tr("New secret for %1: ").arg(name));
            if (!read)
                return usageError(
                    tr("no terminal to ask for the secret: give it on standard input with --secret-stdin."), command);
            secret = *read;
            // A secret given here goes to the keychain, even for a profile the app kept in memory for one run.
            p->secretStorage = SecretStorage::Keychain;
        }
        profileManager()->edit(*p, secret, this, profileOutcome(tr("Updated profile %1.").arg(name)));
        return -1;
    }
    if (verb == u"import-env") {
        // TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET: into a new profile.
        const Credentials env = Credentials::fromEnvironment();
        if (const QString problem = env.problem(); !problem.isEmpty())
            return usageError(problem, command);
        Profile p;
        p.name = name;
        p.scheme = env.scheme();
        p.accountSid = env.accountSid();
        if (env.scheme() == AuthScheme::ApiKey)
            p.apiKeySid = env.username();
        if (!applyProfileOptions(parser, p))
            return usageError(tr("--kind is live or test."), command);
        profileManager()->add(p, env.secret(), this,
            profileOutcome(
                tr("Imported the environment's credentials as profile %1; its secret is in the keychain.").arg(name)));
        return -1;
    }
    if (verb == u"test") {
        const auto p = store->find(name);
        if (!p)
            return usageError(tr("there is no profile called \"%1\".").arg(name), command);
        QCommandLineParser accountParser;
        if (!parse(accountParser, { QStringLiteral("--profile"), p->id }, command))
            return Usage;
        if (const int code = setUpClient(accountParser); code >= 0)
            return code;
        auto* job = new FetchAccountJob(m_client);
        connect(job, &ApiJob::finished, this, [this, job, profile = *p] {
            if (const QString hint = profile.testCredentialsHint(job->error()); !job->succeeded() && !hint.isEmpty())
                m_err << tr("Note: %1").arg(hint) << '\n';
        });
        runJob(job, [this, job, name = p->name] {
            const Account& a = job->account();
            m_out << tr("Profile %1 works: account %2 (%3), %4.")
                         .arg(Output::printable(name), Output::printable(a.friendlyName), Output::printable(a.sid),
                             Output::printable(a.status))
                  << '\n';
        });
        return -1;
    }
    return usageError(tr("unknown verb \"%1\"; use list, add, edit, use, remove, test or import-env.").arg(verb), {});
}

int CliApp::runSegments(const QStringList& args)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addOptions(parser, { { "json", nullptr, "" }, { "smart-encoding", nullptr, "" } });
    parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, {}));
    if (!parser.parse(QStringList { QStringLiteral("textbench-cli") } + args))
        return usageError(parser.errorText(), QStringLiteral("segments"));
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: textbench-cli segments [--json] [--smart-encoding] TEXT\n\n"
                    "Counts a body's SMS segments as Twilio does: GSM-7 (160 characters, 153 a segment once split;\n"
                    "^{}\\[~]|€ count twice) or UCS-2 (70, then 67). --smart-encoding first replaces look-alike\n"
                    "characters (curly quotes, long dashes, …) with GSM-7 ones, as Twilio's SmartEncoded does.\n");
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("give the text as one argument (quote it): textbench-cli segments \"Hello\""),
            QStringLiteral("segments"));
    const SegmentInfo info
        = SegmentCalculator::analyze(positional.first(), parser.isSet(QStringLiteral("smart-encoding")));
    if (parser.isSet(QStringLiteral("json"))) {
        // In the documented key order: {"encoding": …, "segments": N, "characters": N}.
        m_out << QStringLiteral("{\"encoding\":\"%1\",\"segments\":%2,\"characters\":%3}")
                     .arg(info.encodingName())
                     .arg(info.segments)
                     .arg(info.characters)
              << '\n';
        return Ok;
    }
    m_out << info.encodingName() << " · " << tr("%1 characters").arg(info.characters) << " · "
          << SegmentCalculator::counterText(info) << '\n';
    if (!info.nonGsmCharacters.isEmpty())
        m_out << tr("UCS-2 because of: %1").arg(info.nonGsmCharacters.join(QStringLiteral(" "))) << '\n';
    return Ok;
}

void CliApp::reportError(const ApiError& error)
{
    if (m_json) {
        m_err << QJsonDocument(QJsonObject { { QStringLiteral("error"), error.toJson() } })
                     .toJson(QJsonDocument::Indented);
        return;
    }
    // Twilio's message (or a hostile server's) reaches the terminal escaped: no control sequences.
    m_err << tr("Error: %1").arg(Output::printable(error.toText(), Output::KeepNewlines)) << '\n';
}

} // namespace textbench::cli
