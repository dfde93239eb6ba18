// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-cli messaging-services, accounts and lookup: what a real account sends from and acts as, and what a
// number is. Each has the shape of the commands around it (alertscommand.cpp).
#include "senderscommand.h"

#include "accounts/accountjobs.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "lookups/lookupjobs.h"
#include "numbers/senderjobs.h"
#include "output.h"
#include "outputformat.h"
#include "pageprinter.h"

#include <memory>

namespace textbench::cli {

namespace {
const QList<OptionSpec> kServiceSid { { "sid", "MG…",
    QT_TRANSLATE_NOOP("textbench::cli::Options", "The Messaging Service's SID (messaging-services list).") } };
const QList<OptionSpec> kAccountFilters {
    { "friendly-name", "NAME", QT_TRANSLATE_NOOP("textbench::cli::Options", "Only accounts of this name.") },
    { "status", "active|suspended|closed",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "Only accounts in this state.") },
};
const QList<OptionSpec> kLookupOptions {
    { "country-code", "CC",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "The country of a national number (US, GB, DE, …).") },
    { "no-line-type", nullptr,
        QT_TRANSLATE_NOOP(
            "textbench::cli::Options", "Only validity and formats (free): not the line type and carrier (billed).") },
};

const QStringList& serviceKeys()
{
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("friendly_name"),
        QStringLiteral("status_callback"), QStringLiteral("inbound_request_url"), QStringLiteral("inbound_method"),
        QStringLiteral("fallback_url"), QStringLiteral("use_inbound_webhook_on_number"),
        QStringLiteral("sticky_sender"), QStringLiteral("mms_converter"), QStringLiteral("smart_encoding"),
        QStringLiteral("validity_period"), QStringLiteral("usecase"), QStringLiteral("date_created"),
        QStringLiteral("date_updated"), QStringLiteral("account_sid"), QStringLiteral("url") };
    return keys;
}

const QStringList& poolKeys()
{
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("phone_number"),
        QStringLiteral("capabilities"), QStringLiteral("country_code"), QStringLiteral("service_sid"),
        QStringLiteral("date_created"), QStringLiteral("date_updated"), QStringLiteral("account_sid"),
        QStringLiteral("url") };
    return keys;
}

const QStringList& accountKeys()
{
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("friendly_name"), QStringLiteral("status"),
        QStringLiteral("type"), QStringLiteral("owner_account_sid"), QStringLiteral("date_created"),
        QStringLiteral("date_updated"), QStringLiteral("uri") };
    return keys;
}

const QStringList& lookupKeys()
{
    static const QStringList keys { QStringLiteral("phone_number"), QStringLiteral("valid"),
        QStringLiteral("validation_errors"), QStringLiteral("national_format"), QStringLiteral("country_code"),
        QStringLiteral("calling_country_code"), QStringLiteral("line_type_intelligence"), QStringLiteral("url") };
    return keys;
}

/// "Name          value" lines, a dash for an empty value.
class Details
{
public:
    void line(const QString& name, const QString& value)
    {
        m_out += name.leftJustified(14) + Output::printable(value.isEmpty() ? QStringLiteral("—") : value) + u'\n';
    }
    const QString& text() const { return m_out; }

private:
    QString m_out;
};

QString serviceDetails(const MessagingService& s)
{
    Details d;
    d.line(MessagingServicesCommand::tr("Service"), s.sid);
    d.line(MessagingServicesCommand::tr("Name"), s.friendlyName);
    d.line(MessagingServicesCommand::tr("Callback"), s.statusCallback);
    d.line(MessagingServicesCommand::tr("Inbound URL"), s.inboundRequestUrl);
    return d.text();
}

QString poolDetails(const ServicePhoneNumber& n)
{
    Details d;
    d.line(MessagingServicesCommand::tr("Number"), n.phoneNumber);
    d.line(MessagingServicesCommand::tr("SID"), n.sid);
    d.line(MessagingServicesCommand::tr("Can"), n.capabilities.join(QStringLiteral(", ")));
    return d.text();
}

QString accountDetails(const Account& a)
{
    Details d;
    d.line(AccountsCommand::tr("Account"), a.sid);
    d.line(AccountsCommand::tr("Name"), a.friendlyName);
    d.line(AccountsCommand::tr("Status"), a.status);
    d.line(AccountsCommand::tr("Kind"),
        a.isSubaccount() ? AccountsCommand::tr("subaccount (use it: --subaccount %1)").arg(a.sid)
                         : AccountsCommand::tr("main account"));
    return d.text();
}

QString lookupDetails(const PhoneLookup& l)
{
    Details d;
    d.line(LookupCommand::tr("Number"), l.phoneNumber);
    d.line(LookupCommand::tr("Valid"),
        l.valid ? LookupCommand::tr("yes")
                : LookupCommand::tr("no (%1)").arg(l.validationErrors.join(QStringLiteral(", "))));
    if (l.valid) {
        d.line(LookupCommand::tr("National"), l.nationalFormat);
        d.line(LookupCommand::tr("Country"), l.countryCode + u" (+" + l.callingCountryCode + u')');
    }
    if (l.hasLineType()) {
        d.line(LookupCommand::tr("Line type"), l.lineType);
        d.line(LookupCommand::tr("Carrier"), l.carrierName);
        if (!l.canReceiveSms())
            d.line(LookupCommand::tr("SMS"),
                LookupCommand::tr("a %1 cannot receive SMS: messages to it end in 30006").arg(l.lineType));
    }
    return d.text();
}

} // namespace

// --- messaging-services --------------------------------------------------------------------------------------------

MessagingServicesCommand::MessagingServicesCommand(CliApp& app)
    : VerbCommand(app)
{
    addVerb({ QStringLiteral("list"), limitOption() + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return list(p); } });
    addVerb({ QStringLiteral("fetch"), kServiceSid + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return fetch(p); } });
    addVerb({ QStringLiteral("phone-numbers"), kServiceSid + limitOption() + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return phoneNumbers(p); } });
}

QString MessagingServicesCommand::usage()
{
    return tr("  textbench-cli messaging-services list|fetch --sid MG…|phone-numbers --sid MG…\n");
}

int MessagingServicesCommand::list(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("messaging-services list");
    int code = -1;
    if (!m_app.outputFormat(parser, serviceKeys(),
            { QStringLiteral("sid"), QStringLiteral("friendly_name"), QStringLiteral("status_callback") }, command,
            &code))
        return code;
    const std::optional<int> limit = limitOf(parser);
    if (!limit)
        return m_app.usageError(tr("--limit takes a whole number of 1 or more."), command);
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(command);
    auto* job = new ListMessagingServicesJob(m_app.client(), *limit, std::min(*limit, 1000));
    printList<MessagingService>(
        m_app, job, &ListMessagingServicesJob::servicesArrived,
        [](ResourceWriter& writer, const MessagingService& s) {
            writer.write(s.toJson(), [&s] { return serviceDetails(s); });
        },
        tr("No Messaging Services."));
    return -1;
}

int MessagingServicesCommand::fetch(const QCommandLineParser& parser)
{
    int code = -1;
    if (!m_app.outputFormat(parser, serviceKeys(), { QStringLiteral("sid"), QStringLiteral("friendly_name") },
            QStringLiteral("messaging-services fetch"), &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(QStringLiteral("messaging-services fetch"));
    auto* job = new FetchMessagingServiceJob(m_app.client(), parser.value(QStringLiteral("sid")));
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        const MessagingService& s = job->service();
        writer.write(s.toJson(), [&s] { return serviceDetails(s); });
        writer.finish();
    });
    return -1;
}

int MessagingServicesCommand::phoneNumbers(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("messaging-services phone-numbers");
    int code = -1;
    if (!m_app.outputFormat(parser, poolKeys(),
            { QStringLiteral("sid"), QStringLiteral("phone_number"), QStringLiteral("capabilities") }, command, &code))
        return code;
    const std::optional<int> limit = limitOf(parser);
    if (!limit)
        return m_app.usageError(tr("--limit takes a whole number of 1 or more."), command);
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(command);
    auto* job = new ListServicePhoneNumbersJob(
        m_app.client(), parser.value(QStringLiteral("sid")), *limit, std::min(*limit, 1000));
    printList<ServicePhoneNumber>(
        m_app, job, &ListServicePhoneNumbersJob::numbersArrived,
        [](ResourceWriter& writer, const ServicePhoneNumber& n) {
            writer.write(n.toJson(), [&n] { return poolDetails(n); });
        },
        tr("No numbers in this service."));
    return -1;
}

// --- accounts ------------------------------------------------------------------------------------------------------

AccountsCommand::AccountsCommand(CliApp& app)
    : VerbCommand(app)
{
    addVerb({ QStringLiteral("list"), kAccountFilters + limitOption() + OutputFormat::specs(), 0,
        [this](const QCommandLineParser& p) { return list(p); } });
}

QString AccountsCommand::usage()
{
    return tr("  textbench-cli accounts list [--friendly-name N] [--status S]   the account and its subaccounts\n");
}

int AccountsCommand::list(const QCommandLineParser& parser)
{
    const QString command = QStringLiteral("accounts list");
    int code = -1;
    if (!m_app.outputFormat(parser, accountKeys(),
            { QStringLiteral("sid"), QStringLiteral("friendly_name"), QStringLiteral("status"),
                QStringLiteral("owner_account_sid") },
            command, &code))
        return code;
    const std::optional<int> limit = limitOf(parser);
    if (!limit)
        return m_app.usageError(tr("--limit takes a whole number of 1 or more."), command);
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(command);
    auto* job = new ListAccountsJob(m_app.client(), *limit, std::min(*limit, 1000));
    job->setFilter(parser.value(QStringLiteral("friendly-name")), parser.value(QStringLiteral("status")));
    printList<Account>(
        m_app, job, &ListAccountsJob::accountsArrived,
        [](ResourceWriter& writer, const Account& a) { writer.write(a.toJson(), [&a] { return accountDetails(a); }); },
        tr("No accounts."));
    return -1;
}

// --- lookup --------------------------------------------------------------------------------------------------------

QList<VerbReference> LookupCommand::reference() const
{
    return { { {}, kLookupOptions + OutputFormat::specs(), VerbReference::Operand::Text } };
}

QString LookupCommand::usage()
{
    return tr("  textbench-cli lookup NUMBER [--country-code CC] [--no-line-type]\n"
              "                                valid? national format, line type, carrier (Lookup v2; billed)\n");
}

int LookupCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    addOptions(parser, kLookupOptions + OutputFormat::specs());
    if (!m_app.parse(parser, args, name(), 1))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_app.out() << tr("Usage: textbench-cli lookup NUMBER [--country-code CC] [--no-line-type]\n\n"
                          "Asks Twilio's Lookup v2 whether NUMBER is valid, its national format and, unless\n"
                          "--no-line-type, its line type (mobile, landline, VoIP, …) and carrier: a landline cannot\n"
                          "receive SMS (delivery error 30006). On a real account Twilio bills each line type\n"
                          "lookup; validity and formats are free. On the sandbox the answers are fixed: +15005559006\n"
                          "is a landline, +15005550001 invalid, other valid numbers mobile.\n\n")
                    << optionHelp(kLookupOptions + OutputFormat::specs()) << '\n';
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return m_app.usageError(tr("give one phone number: textbench-cli lookup +14155550123"), name());
    int code = -1;
    if (!m_app.outputFormat(parser, lookupKeys(),
            { QStringLiteral("phone_number"), QStringLiteral("valid"), QStringLiteral("national_format") }, name(),
            &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    m_app.noteAccountWide(name());
    auto* job = new LookupPhoneNumberJob(m_app.client(), positional.first(),
        !parser.isSet(QStringLiteral("no-line-type")), parser.value(QStringLiteral("country-code")));
    m_app.runJob(job, [this, job] {
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        const PhoneLookup& l = job->lookup();
        writer.write(l.toJson(), [&l] { return lookupDetails(l); });
        writer.finish();
    });
    return -1;
}

} // namespace textbench::cli
