// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagescommand.h"

#include "api/apiclient.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "messagefollower.h"
#include "messages/messagejobs.h"
#include "output.h"

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

const QList<OptionSpec> kSidOptions {
    { "sid", "SM…", QT_TRANSLATE_NOOP("textbench::cli::Options", "The message SID.") },
};

const QList<OptionSpec> kUpdateOptions {
    { "sid", "SM…", QT_TRANSLATE_NOOP("textbench::cli::Options", "The message SID.") },
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
    addVerb({ QStringLiteral("create"), kCreateOptions, 0, verb(&MessagesCommand::create) });
    addVerb({ QStringLiteral("fetch"), kSidOptions, 0, verb(&MessagesCommand::fetch) });
    addVerb({ QStringLiteral("update"), kUpdateOptions, 0, verb(&MessagesCommand::update) });
    addVerb({ QStringLiteral("delete"), kSidOptions, 0, verb(&MessagesCommand::remove) });
    addVerb({ QStringLiteral("list"), kListOptions, 0, verb(&MessagesCommand::list) });
}

QString MessagesCommand::usage()
{
    return tr("  textbench-cli messages create --to NUMBER (--from NUMBER | --messaging-service-sid MG…) --body TEXT\n"
              "                                [--media-url URL]… [--dry-run] [options]\n"
              "  textbench-cli messages fetch  --sid SM…\n"
              "  textbench-cli messages update --sid SM… (--body \"\" | --status canceled)\n"
              "  textbench-cli messages delete --sid SM…\n"
              "  textbench-cli messages list   [--to N] [--from N] [--date-sent D] [--date-sent-before D]\n"
              "                                [--date-sent-after D] [--page-size N] [--limit N | --no-limit]\n"
              "  textbench-cli messages VERB --help    all options of a command\n");
}

int MessagesCommand::requireSid(const QCommandLineParser& parser, const QString& verb)
{
    if (parser.isSet(QStringLiteral("sid")))
        return -1;
    return m_app.usageError(tr("--sid is required: the SID of the message (SM… or MM…)."), name() + u' ' + verb);
}

int MessagesCommand::create(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("messages create");
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    if (const int code = m_app.setUpClient(parser); code >= 0)
        return code;

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

int MessagesCommand::fetch(const QCommandLineParser& parser)
{
    if (const int code = requireSid(parser, QStringLiteral("fetch")); code >= 0)
        return code;
    if (const int code = m_app.setUpClient(parser); code >= 0)
        return code;
    auto* job = new FetchMessageJob(m_app.client(), parser.value(QStringLiteral("sid")));
    m_app.runJob(job, [this, job] { print(job->message()); });
    return -1;
}

int MessagesCommand::update(const QCommandLineParser& parser)
{
    if (const int code = requireSid(parser, QStringLiteral("update")); code >= 0)
        return code;
    if (const int code = m_app.setUpClient(parser); code >= 0)
        return code;
    QString body;
    if (parser.isSet(QStringLiteral("body"))) {
        body = parser.value(QStringLiteral("body"));
        if (body.isNull())
            body = QStringLiteral("");
    }
    auto* job = new UpdateMessageJob(
        m_app.client(), parser.value(QStringLiteral("sid")), body, parser.value(QStringLiteral("status")));
    m_app.runJob(job, [this, job] { print(job->message()); });
    return -1;
}

int MessagesCommand::remove(const QCommandLineParser& parser)
{
    if (const int code = requireSid(parser, QStringLiteral("delete")); code >= 0)
        return code;
    if (const int code = m_app.setUpClient(parser); code >= 0)
        return code;
    const QString sid = parser.value(QStringLiteral("sid")).trimmed();
    auto* job = new DeleteMessageJob(m_app.client(), sid);
    m_app.runJob(job, [this, sid] {
        if (m_app.json())
            m_app.out() << QJsonDocument(
                QJsonObject { { QStringLiteral("sid"), sid }, { QStringLiteral("deleted"), true } })
                               .toJson(QJsonDocument::Indented);
        else
            m_app.out() << tr("Deleted %1").arg(sid) << '\n';
    });
    return -1;
}

int MessagesCommand::list(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("messages list");
    const auto value = [&parser](const char* name) { return parser.value(QString::fromLatin1(name)); };
    const auto isSet = [&parser](const char* name) { return parser.isSet(QString::fromLatin1(name)); };
    if (const int code = m_app.setUpClient(parser); code >= 0)
        return code;
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
    auto* job = new ListMessagesJob(m_app.client(), filter, limit);
    m_app.runJob(job, [this, job, limit] {
        QTextStream& out = m_app.out();
        if (m_app.json()) {
            QJsonArray array;
            for (const Message& m : job->messages())
                array.append(m.toJson());
            out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else if (job->messages().isEmpty()) {
            out << tr("No messages.") << '\n';
        } else {
            out << Output::messageTable(job->messages());
        }
        if (limit > 0 && job->hasMore())
            m_app.err()
                << tr("Showing the first %1 messages; there are more (raise --limit, or use --no-limit).").arg(limit)
                << '\n';
    });
    return -1;
}

void MessagesCommand::print(const Message& m)
{
    MessageFollower::print(m_app, m);
}

} // namespace textbench::cli
