// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-cli alerts and phone-numbers: the resources around the developer's app (Monitor's alerts, the numbers
// whose SMS URLs point at it), each a small command of the same shape.
#include "alertscommand.h"

#include "api/errorcatalog.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "numbers/phonenumberjobs.h"
#include "output.h"
#include "outputformat.h"
#include "pageprinter.h"
#include "webhooks/webhookjobs.h"

#include <algorithm>
#include <memory>

namespace textbench::cli {

namespace {
const QList<OptionSpec> kAlertListOptions {
    { "log-level", "LEVEL", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only error, warning, notice or debug.") },
    { "start-date", "DATE", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only alerts from this date (ISO 8601) on.") },
    { "end-date", "DATE", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only alerts until this date (ISO 8601).") },
    { "limit", "N", QT_TRANSLATE_NOOP("textbench::cli::Options", "The most to show (default 50).") },
};
const QList<OptionSpec> kAlertSid { { "sid", "NO…", QT_TRANSLATE_NOOP("textbench::cli::Options", "The alert.") } };
const QList<OptionSpec> kNumberSid { { "sid", "PN…",
    QT_TRANSLATE_NOOP("textbench::cli::Options", "The phone number's SID (phone-numbers list).") } };
const QList<OptionSpec> kNumberUpdate {
    { "sms-url", "URL",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Where a message to the number asks your app what to answer.") },
    { "sms-method", "POST|GET", QT_TRANSLATE_NOOP("textbench::cli::Options", "How the SMS URL is requested.") },
    { "sms-fallback-url", "URL",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Asked instead when the SMS URL fails.") },
    { "sms-fallback-method", "POST|GET",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "How the fallback URL is requested.") },
    { "friendly-name", "NAME", QT_TRANSLATE_NOOP("textbench::cli::Options", "A name for the number.") },
};

const QStringList& alertKeys()
{
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("date_created"),
        QStringLiteral("date_generated"), QStringLiteral("date_updated"), QStringLiteral("error_code"),
        QStringLiteral("log_level"), QStringLiteral("alert_text"), QStringLiteral("more_info"),
        QStringLiteral("request_method"), QStringLiteral("request_url"), QStringLiteral("request_variables"),
        QStringLiteral("request_headers"), QStringLiteral("response_headers"), QStringLiteral("response_body"),
        QStringLiteral("resource_sid"), QStringLiteral("service_sid"), QStringLiteral("account_sid"),
        QStringLiteral("api_version"), QStringLiteral("url") };
    return keys;
}

const QStringList& numberKeys()
{
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("phone_number"),
        QStringLiteral("friendly_name"), QStringLiteral("capabilities"), QStringLiteral("sms_url"),
        QStringLiteral("sms_method"), QStringLiteral("sms_fallback_url"), QStringLiteral("sms_fallback_method"),
        QStringLiteral("status_callback"), QStringLiteral("status_callback_method"), QStringLiteral("date_created"),
        QStringLiteral("date_updated"), QStringLiteral("account_sid"), QStringLiteral("status"),
        QStringLiteral("origin"), QStringLiteral("uri") };
    return keys;
}

QString alertDetails(const Alert& a)
{
    const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(a.errorCode);
    QString out;
    const auto line = [&out](const QString& name, const QString& value) {
        if (!value.isEmpty())
            out += name.leftJustified(14) + Output::printable(value) + u'\n';
    };
    line(AlertsCommand::tr("Alert"), a.sid);
    line(AlertsCommand::tr("Date"), Output::dateTime(a.dateCreated));
    line(AlertsCommand::tr("Error"),
        QString::number(a.errorCode) + (e.isKnown() ? u" · " + e.title : QString()) + u" (" + a.logLevel + u')');
    line(AlertsCommand::tr("Meaning"), e.meaning);
    line(AlertsCommand::tr("What to do"), e.action);
    line(AlertsCommand::tr("Twilio says"), a.readableText());
    line(AlertsCommand::tr("Resource"), a.resourceSid);
    line(AlertsCommand::tr("Request"), QString(a.requestMethod + u' ' + a.requestUrl).trimmed());
    line(AlertsCommand::tr("Sent"), a.requestVariables);
    line(AlertsCommand::tr("Answer"), a.responseBody.left(500));
    line(AlertsCommand::tr("More"), ErrorCatalog::docsUrl(a.errorCode));
    return out;
}

QString numberDetails(const PhoneNumber& n)
{
    QString out;
    const auto line = [&out](const QString& name, const QString& value) {
        out += name.leftJustified(14) + Output::printable(value.isEmpty() ? QStringLiteral("—") : value) + u'\n';
    };
    QStringList can;
    if (n.sms)
        can << QStringLiteral("SMS");
    if (n.mms)
        can << QStringLiteral("MMS");
    if (n.voice)
        can << QStringLiteral("voice");
    line(PhoneNumbersCommand::tr("Number"), n.phoneNumber);
    line(PhoneNumbersCommand::tr("SID"), n.sid);
    line(PhoneNumbersCommand::tr("Name"), n.friendlyName);
    line(PhoneNumbersCommand::tr("Can"), can.join(QStringLiteral(", ")));
    line(PhoneNumbersCommand::tr("SMS URL"), n.smsUrl.isEmpty() ? QString() : n.smsMethod + u' ' + n.smsUrl);
    line(PhoneNumbersCommand::tr("Fallback"),
        n.smsFallbackUrl.isEmpty() ? QString() : n.smsFallbackMethod + u' ' + n.smsFallbackUrl);
    return out;
}
} // namespace

// --- alerts --------------------------------------------------------------------------------------------------------

AlertsCommand::AlertsCommand(CliApp& app)
    : VerbCommand(app)
{
    addVerb({ QStringLiteral("list"), kAlertListOptions + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return list(p); } });
    addVerb({ QStringLiteral("fetch"), kAlertSid + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return fetch(p); } });
}

QString AlertsCommand::usage()
{
    return tr("  textbench-cli alerts list [--log-level L] [--start-date D] [--end-date D] [--limit N]\n"
              "  textbench-cli alerts fetch --sid NO…   an alert with the request and response, explained\n");
}

int AlertsCommand::list(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("alerts list");
    int code = -1;
    if (!m_app.outputFormat(parser, alertKeys(),
            { QStringLiteral("sid"), QStringLiteral("date_created"), QStringLiteral("error_code"),
                QStringLiteral("log_level"), QStringLiteral("resource_sid"), QStringLiteral("alert_text") },
            command, &code))
        return code;
    const std::optional<int> limit = limitOf(parser);
    if (!limit)
        return m_app.usageError(tr("--limit takes a whole number of 1 or more."), command);
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(command);
    ListAlertsJob::Filter filter;
    filter.logLevel = parser.value(QStringLiteral("log-level")).trimmed();
    filter.startDate = parser.value(QStringLiteral("start-date")).trimmed();
    filter.endDate = parser.value(QStringLiteral("end-date")).trimmed();
    filter.pageSize = std::min(*limit, 1000); // no more per page than asked for, as twilio-node does
    printList<Alert>(
        m_app, new ListAlertsJob(m_app.client(), filter, *limit), &ListAlertsJob::alertsArrived,
        [](ResourceWriter& writer, const Alert& a) { writer.write(a.toJson(), [&a] { return alertDetails(a); }); },
        tr("No alerts."));
    return -1;
}

int AlertsCommand::fetch(const QCommandLineParser& parser)
{
    int code = -1;
    if (!m_app.outputFormat(parser, alertKeys(), { QStringLiteral("sid"), QStringLiteral("error_code") },
            QStringLiteral("alerts fetch"), &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(QStringLiteral("alerts fetch"));
    auto* job = new FetchAlertJob(m_app.client(), parser.value(QStringLiteral("sid")));
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        const Alert& a = job->alert();
        writer.write(a.toJson(), [&a] { return alertDetails(a); });
        writer.finish();
    });
    return -1;
}

// --- phone numbers -------------------------------------------------------------------------------------------------

PhoneNumbersCommand::PhoneNumbersCommand(CliApp& app)
    : VerbCommand(app)
{
    addVerb({ QStringLiteral("list"), limitOption() + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return list(p); } });
    addVerb({ QStringLiteral("fetch"), kNumberSid + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return fetch(p); } });
    addVerb({ QStringLiteral("update"), kNumberSid + kNumberUpdate + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return update(p); } });
}

QString PhoneNumbersCommand::usage()
{
    return tr("  textbench-cli phone-numbers list|fetch --sid PN…\n"
              "  textbench-cli phone-numbers update --sid PN… [--sms-url URL] [--sms-method M] [--sms-fallback-url "
              "URL]\n");
}

int PhoneNumbersCommand::list(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("phone-numbers list");
    int code = -1;
    if (!m_app.outputFormat(parser, numberKeys(),
            { QStringLiteral("sid"), QStringLiteral("phone_number"), QStringLiteral("friendly_name"),
                QStringLiteral("sms_url") },
            command, &code))
        return code;
    const std::optional<int> limit = limitOf(parser);
    if (!limit)
        return m_app.usageError(tr("--limit takes a whole number of 1 or more."), command);
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    printList<PhoneNumber>(
        m_app, new ListPhoneNumbersJob(m_app.client(), *limit, std::min(*limit, 1000)),
        &ListPhoneNumbersJob::numbersArrived,
        [](ResourceWriter& writer, const PhoneNumber& n) {
            writer.write(n.toJson(), [&n] { return numberDetails(n); });
        },
        tr("No phone numbers."));
    return -1;
}

int PhoneNumbersCommand::fetch(const QCommandLineParser& parser)
{
    int code = -1;
    if (!m_app.outputFormat(parser, numberKeys(), { QStringLiteral("sid"), QStringLiteral("phone_number") },
            QStringLiteral("phone-numbers fetch"), &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    auto* job = new FetchPhoneNumberJob(m_app.client(), parser.value(QStringLiteral("sid")));
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        const PhoneNumber& n = job->number();
        writer.write(n.toJson(), [&n] { return numberDetails(n); });
        writer.finish();
    });
    return -1;
}

int PhoneNumbersCommand::update(const QCommandLineParser& parser)
{
    int code = -1;
    if (!m_app.outputFormat(parser, numberKeys(), { QStringLiteral("sid"), QStringLiteral("sms_url") },
            QStringLiteral("phone-numbers update"), &code))
        return code;
    FormFields fields;
    for (const auto& [option, field] :
        { std::pair { "sms-url", "SmsUrl" }, std::pair { "sms-method", "SmsMethod" },
            std::pair { "sms-fallback-url", "SmsFallbackUrl" },
            std::pair { "sms-fallback-method", "SmsFallbackMethod" }, std::pair { "friendly-name", "FriendlyName" } }) {
        if (parser.isSet(QString::fromLatin1(option)))
            fields.append({ QString::fromLatin1(field), parser.value(QString::fromLatin1(option)).trimmed() });
    }
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    auto* job = new UpdatePhoneNumberJob(m_app.client(), parser.value(QStringLiteral("sid")), fields);
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        const PhoneNumber& n = job->number();
        writer.write(n.toJson(), [&n] { return numberDetails(n); });
        writer.finish();
    });
    return -1;
}

} // namespace textbench::cli
