// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagescommand.h"

#include "api/apiclient.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "input.h"
#include "messagefollower.h"
#include "messages/messagejobs.h"
#include "output.h"
#include "pageprinter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>

namespace textbench::cli {

namespace {
// Flag names follow twilio-cli's, so people's habits carry over.
const QList<OptionSpec> kCreateOptions {
    { "to", "NUMBER",
        QT_TRANSLATE_NOOP(
            "textbench::cli::Options", "The recipient: E.164 (+14155552671) or a channel address (whatsapp:+1…).") },
    { "from", "NUMBER",
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "The sender: a Twilio number, short code, alphanumeric sender ID or channel address.") },
    { "messaging-service-sid", "MG…",
        QT_TRANSLATE_NOOP(
            "textbench::cli::Options", "Send through this Messaging Service instead of (or as well as) From.") },
    { "body", "TEXT",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "The text of the message (up to 1600 characters).") },
    { "body-file", "PATH",
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "Read the text from a UTF-8 file (- for standard input); one final line break is dropped.") },
    { "media-url", "URL",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "A media file to attach (repeat for up to 10).") },
    { "content-sid", "HX…", QT_TRANSLATE_NOOP("textbench::cli::Options", "A Content Template to send.") },
    { "content-variables", "JSON",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Values for the Content Template's variables.") },
    { "status-callback", "URL", QT_TRANSLATE_NOOP("textbench::cli::Options", "Where Twilio posts status changes.") },
    { "application-sid", "AP…",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "A TwiML app whose status callback to use.") },
    { "max-price", "USD", QT_TRANSLATE_NOOP("textbench::cli::Options", "The most to pay for the message.") },
    { "provide-feedback", nullptr, QT_TRANSLATE_NOOP("textbench::cli::Options", "Track delivery feedback.") },
    { "attempt", "N",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Total attempts made to send, for your own accounting.") },
    { "validity-period", "SECONDS",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "How long the message may wait in the queue (1-36000).") },
    { "force-delivery", nullptr, QT_TRANSLATE_NOOP("textbench::cli::Options", "Reserved by Twilio.") },
    { "content-retention", "retain|discard",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Keep or discard the body after delivery.") },
    { "address-retention", "retain|obfuscate",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Keep or obfuscate the addresses after delivery.") },
    { "smart-encoded", nullptr,
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Replace look-alike Unicode characters with GSM-7 ones.") },
    { "persistent-action", "ACTION",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "A persistent action (repeatable).") },
    { "traffic-type", "TYPE", QT_TRANSLATE_NOOP("textbench::cli::Options", "The traffic type (free).") },
    { "shorten-urls", nullptr,
        QT_TRANSLATE_NOOP(
            "textbench::cli::Options", "Shorten links (needs a Messaging Service with link shortening).") },
    { "schedule-type", "fixed",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Schedule the message (with --send-at).") },
    { "send-at", "DATETIME",
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "When to send (ISO 8601; 15 min to 35 days ahead; needs a Messaging Service).") },
    { "send-as-mms", nullptr, QT_TRANSLATE_NOOP("textbench::cli::Options", "Send as MMS even without media.") },
    { "risk-check", "enable|disable", QT_TRANSLATE_NOOP("textbench::cli::Options", "Twilio's risk check.") },
    { "dry-run", nullptr,
        QT_TRANSLATE_NOOP(
            "textbench::cli::Options", "Print the exact request as JSON (Authorization masked) and send nothing.") },
    { "wait", nullptr,
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "After sending, follow the message until its status is final, printing each change.") },
    { "wait-timeout", "SECONDS",
        QT_TRANSLATE_NOOP(
            "textbench::cli::Options", "How long --wait follows a message before giving up (default 120).") },
};

const QList<OptionSpec> kListOptions {
    { "to", "NUMBER", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only messages to this number.") },
    { "from", "NUMBER", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only messages from this number.") },
    { "date-sent", "YYYY-MM-DD", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only messages sent on this day.") },
    { "date-sent-before", "YYYY-MM-DD",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Only messages sent before this date.") },
    { "date-sent-after", "YYYY-MM-DD",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Only messages sent after this date.") },
    { "page-size", "N", QT_TRANSLATE_NOOP("textbench::cli::Options", "Messages per request (1-1000).") },
    { "limit", "N", QT_TRANSLATE_NOOP("textbench::cli::Options", "The most messages to show (default 50).") },
    { "no-limit", nullptr,
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Show every message, however many pages that takes.") },
};

const OptionSpec kSid { "sid", "SM…",
    QT_TRANSLATE_NOOP("textbench::cli::Options",
        "The message SID; repeat it for several, or - to read them from standard input, one a line.") };

const QList<OptionSpec> kSidOptions { kSid };

const QList<OptionSpec> kFeedbackOptions {
    kSid,
    { "outcome", "confirmed|unconfirmed",
        QT_TRANSLATE_NOOP("textbench::cli::Options",
            "confirmed: the person acted on the message (entered the code, opened the link); or unconfirmed.") },
};

const QList<OptionSpec> kUpdateOptions {
    kSid,
    { "body", "\"\"", QT_TRANSLATE_NOOP("textbench::cli::Options", "An empty body redacts the message.") },
    { "status", "canceled", QT_TRANSLATE_NOOP("textbench::cli::Options", "Cancel a scheduled message.") },
};

std::optional<int> toInt(const QString& text, int min, int max)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < min || n > max)
        return std::nullopt;
    return n;
}
} // namespace

MessagesCommand::MessagesCommand(CliApp& app)
    : VerbCommand(app)
{
    const auto verb = [this](int (MessagesCommand::*handler)(const QCommandLineParser&)) {
        return [this, handler](const QCommandLineParser& parser) { return (this->*handler)(parser); };
    };
    const QList<OptionSpec>& output = OutputFormat::specs();
    addVerb({ QStringLiteral("create"), kCreateOptions + output, 0, verb(&MessagesCommand::create) });
    addVerb({ QStringLiteral("fetch"), kSidOptions + output, 0, verb(&MessagesCommand::fetch) });
    addVerb({ QStringLiteral("update"), kUpdateOptions + output, 0, verb(&MessagesCommand::update) });
    addVerb({ QStringLiteral("delete"), kSidOptions + output, 0, verb(&MessagesCommand::remove) });
    addVerb({ QStringLiteral("list"), kListOptions + output, 0, verb(&MessagesCommand::list) });
    addVerb({ QStringLiteral("feedback"), kFeedbackOptions + output, 0, verb(&MessagesCommand::feedback) });
}

QString MessagesCommand::usage()
{
    return tr("  textbench-cli messages create --to NUMBER (--from NUMBER | --messaging-service-sid MG…)\n"
              "                                (--body TEXT | --body-file PATH) [--media-url URL]… [--dry-run]\n"
              "  textbench-cli messages fetch  --sid SM… [--sid SM…]…   (--sid - reads SIDs from stdin)\n"
              "  textbench-cli messages update --sid SM… (--body \"\" | --status canceled)\n"
              "  textbench-cli messages delete --sid SM…\n"
              "  textbench-cli messages list   [--to N] [--from N] [--date-sent D] [--date-sent-before D]\n"
              "                                [--date-sent-after D] [--page-size N] [--limit N | --no-limit]\n"
              "  textbench-cli messages feedback --sid SM… --outcome confirmed|unconfirmed\n"
              "  textbench-cli messages VERB [-o json|ndjson|tsv|columns] [--properties sid,status,…] [--no-header]\n"
              "  textbench-cli messages VERB --help    all options of a command\n");
}

int MessagesCommand::create(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("messages create");
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    int code = -1;
    if (!readFormat(parser, QStringLiteral("create"), &code))
        return code;
    if (isSet("body") && isSet("body-file"))
        return m_app.usageError(tr("--body and --body-file exclude each other."), command);
    std::optional<QString> bodyFromFile;
    if (isSet("body-file")) {
        // Twilio takes 1600 characters; 64 KiB is room for any of them in UTF-8, and a clear error for a wrong file.
        QString problem;
        bodyFromFile
            = Input::readText(value("body-file"), qsizetype(64) * 1024, QStringLiteral("--body-file"), &problem);
        if (!bodyFromFile)
            return m_app.usageError(problem, command);
    }
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;

    CreateMessageParams p;
    p.to = value("to");
    p.from = value("from");
    p.messagingServiceSid = value("messaging-service-sid");
    if (isSet("body"))
        p.body = value("body");
    if (bodyFromFile)
        p.body = *bodyFromFile;
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
            return m_app.usageError(tr("--%1 takes a whole number from 1 to %2, not \"%3\".")
                                        .arg(QString::fromLatin1(name))
                                        .arg(max)
                                        .arg(value(name)),
                command);
        *target = *n;
    }
    if (isSet("send-at")) {
        p.sendAt = QDateTime::fromString(value("send-at"), Qt::ISODate);
        if (!p.sendAt.isValid())
            return m_app.usageError(
                tr("--send-at takes an ISO 8601 date-time such as 2026-11-28T10:00:00Z, not \"%1\".")
                    .arg(value("send-at")),
                command);
    }
    auto* job = new CreateMessageJob(m_app.client(), p);
    if (isSet("dry-run")) {
        // The job's own check, without the secret: the request is shown, never sent.
        std::unique_ptr<CreateMessageJob> dryRun(job);
        const ApiError error = job->validate(false);
        if (error.isError()) {
            m_app.reportError(error);
            return exitCodeFor(error);
        }
        m_app.out() << Output::requestJson(m_app.client()->describe(job->firstRequest(), job->session()));
        return Ok;
    }
    connect(job, &ApiJob::finished, this, [this, job] {
        if (!m_app.json()) {
            for (const QString& warning : job->params().warnings)
                m_app.err() << tr("Note: %1").arg(warning) << '\n';
        }
    });
    int waitTimeoutS = 120;
    if (isSet("wait-timeout")) {
        const auto n = toInt(value("wait-timeout"), 1, 86400);
        if (!n) {
            delete job;
            return m_app.usageError(
                tr("--wait-timeout takes a number of seconds from 1 to 86400, not \"%1\".").arg(value("wait-timeout")),
                command);
        }
        waitTimeoutS = *n;
    }
    if (isSet("wait")) {
        m_app.runJob(
            job,
            [this, job, waitTimeoutS] { (new MessageFollower(m_app, this))->follow(job->message(), waitTimeoutS); },
            /*finishOnSuccess=*/false);
        return -1;
    }
    m_app.runJob(job, [this, job] { print(job->message()); });
    return -1;
}

const QStringList& MessagesCommand::messageKeys()
{
    // Twilio's Message resource, in the order of its JSON (MessageField): what --properties may name.
    static const QStringList keys { QStringLiteral("account_sid"), QStringLiteral("api_version"),
        QStringLiteral("body"), QStringLiteral("date_created"), QStringLiteral("date_sent"),
        QStringLiteral("date_updated"), QStringLiteral("direction"), QStringLiteral("error_code"),
        QStringLiteral("error_message"), QStringLiteral("from"), QStringLiteral("messaging_service_sid"),
        QStringLiteral("num_media"), QStringLiteral("num_segments"), QStringLiteral("price"),
        QStringLiteral("price_unit"), QStringLiteral("sid"), QStringLiteral("status"),
        QStringLiteral("subresource_uris"), QStringLiteral("to"), QStringLiteral("uri") };
    return keys;
}

const QStringList& MessagesCommand::tsvDefaults()
{
    // The columns of the terminal's table.
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("date_sent"), QStringLiteral("direction"),
        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("status"), QStringLiteral("num_segments"),
        QStringLiteral("error_code"), QStringLiteral("body") };
    return keys;
}

bool MessagesCommand::readFormat(const QCommandLineParser& parser, const QString& verb, int* code)
{
    return m_app.outputFormat(parser, messageKeys(), tsvDefaults(), name() + u' ' + verb, code).has_value();
}

int MessagesCommand::list(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("messages list");
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    int code = -1;
    if (!readFormat(parser, QStringLiteral("list"), &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    MessageListFilter filter;
    filter.to = value("to");
    filter.from = value("from");
    filter.dateSent = value("date-sent");
    filter.dateSentBefore = value("date-sent-before");
    filter.dateSentAfter = value("date-sent-after");
    if (isSet("page-size")) {
        const auto n = toInt(value("page-size"), 1, MessageListFilter::kMaxPageSize);
        if (!n)
            return m_app.usageError(
                tr("--page-size takes a whole number from 1 to 1000, not \"%1\".").arg(value("page-size")), command);
        filter.pageSize = *n;
    }
    int limit = 50;
    if (isSet("no-limit") && isSet("limit"))
        return m_app.usageError(tr("--limit and --no-limit exclude each other."), command);
    if (isSet("no-limit"))
        limit = 0;
    if (isSet("limit")) {
        const auto n = toInt(value("limit"), 1, 100'000'000);
        if (!n)
            return m_app.usageError(
                tr("--limit takes a whole number of 1 or more, not \"%1\".").arg(value("limit")), command);
        limit = *n;
    }
    // Streaming: each page printed as it arrives (the next one already on its way, and read while this one is
    // printed) and then forgotten, so that any number of messages prints in the memory of two pages. When the list
    // fails half-way, what was printed is closed (the JSON array too) before the error is said, and the exit code
    // tells a partial list from a whole.
    auto* job = new ListMessagesJob(m_app.client(), filter, limit);
    job->setKeepItems(false);
    job->setPaced(true);
    auto writer = std::make_shared<ResourceWriter>(m_app.out(), m_app.format(), ResourceWriter::Shape::Many);
    writer->setOwnColumns(Output::messageTableHeader());
    auto* printer = new PagePrinter(m_app, job, *writer, job);
    connect(job, &ListMessagesJob::messagesArrived, printer, [writer, printer](const QList<Message>& messages) {
        printer->add(messages.size(), [writer, messages](qsizetype i) {
            const Message& m = messages.at(i);
            writer->write(m.toJson(), [&m]() -> QString { return Output::messageRow(m) + u'\n'; });
        });
    });
    connect(job, &ApiJob::finished, this, [writer] { writer->finish(); }); // before runJob's: output, then error
    m_app.runJob(job, [this, job, limit, writer] {
        if (writer->usesOwnColumns() && writer->count() == 0)
            m_app.out() << tr("No messages.") << '\n';
        if (limit > 0 && job->hasMore())
            m_app.err()
                << tr("Showing the first %1 messages; there are more (raise --limit, or use --no-limit).").arg(limit)
                << '\n';
    });
    return -1;
}

void MessagesCommand::write(ResourceWriter& writer, const Message& m)
{
    writer.write(m.toJson(), [&m] { return Output::messageDetails(m); });
}

void MessagesCommand::print(const Message& m)
{
    MessageFollower::print(m_app, m);
}

} // namespace textbench::cli
