// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "accountcommand.h"
#include "alertscommand.h"
#include "cliapp.h"
#include "messagescommand.h"
#include "profilescommand.h"
#include "reference.h"
#include "referencecommands.h"
#include "segmentscommand.h"
#include "senderscommand.h"
#include "webhookscommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace textbench::cli {

namespace {
struct Entry
{
    const char* name;
    QString (*usage)(); ///< the command's lines in the overview
    Command* (*make)(CliApp&);
    const char* summary; ///< one line for the manual and the completions (context "textbench::cli::Commands")
};

template<typename C> Command* make(CliApp& app)
{
    return new C(app);
}

const QList<Entry>& registry()
{
    static const QList<Entry> commands {
        { "messages", &MessagesCommand::usage, &make<MessagesCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Send, fetch, list, redact, cancel and delete messages") },
        { "account", &AccountCommand::usage, &make<AccountCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Check that the account answers, and how") },
        { "profiles", &ProfilesCommand::usage, &make<ProfilesCommand>,
            QT_TRANSLATE_NOOP(
                "textbench::cli::Commands", "Credential profiles; their secrets live in the OS keychain only") },
        { "webhooks", &WebhooksCommand::usage, &make<WebhooksCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands",
                "Sign and verify X-Twilio-Signature; the sandbox's inbound messages and requests to your app") },
        { "phone-numbers", &PhoneNumbersCommand::usage, &make<PhoneNumbersCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "The account's phone numbers and their SMS URLs") },
        { "messaging-services", &MessagingServicesCommand::usage, &make<MessagingServicesCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "The account's Messaging Services and their numbers") },
        { "accounts", &AccountsCommand::usage, &make<AccountsCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "The account and its subaccounts (for --subaccount)") },
        { "lookup", &LookupCommand::usage, &make<LookupCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Look a number up: valid, line type, carrier (billed)") },
        { "alerts", &AlertsCommand::usage, &make<AlertsCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Twilio's alerts (the debugger), explained") },
        { "segments", &SegmentsCommand::usage, &make<SegmentsCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Count a body's SMS segments as Twilio does") },
        { "completion", &CompletionCommand::usage, &make<CompletionCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Print the completion script of bash, zsh or fish") },
        { "manpage", &ManPageCommand::usage, &make<ManPageCommand>,
            QT_TRANSLATE_NOOP("textbench::cli::Commands", "Print the manual page") },
    };
    return commands;
}
} // namespace

Command* Commands::create(const QString& name, CliApp& app)
{
    for (const Entry& e : registry()) {
        if (name == QLatin1StringView(e.name))
            return e.make(app);
    }
    return nullptr;
}

QString Commands::names()
{
    QStringList names;
    for (const Entry& e : registry())
        names << QString::fromLatin1(e.name);
    return names.join(QStringLiteral(", "));
}

QList<Reference::CommandEntry> Commands::reference(CliApp& app)
{
    QList<Reference::CommandEntry> out;
    for (const Entry& e : registry()) {
        Command* command = e.make(app);
        out.append({ QString::fromLatin1(e.name), QCoreApplication::translate("textbench::cli::Commands", e.summary),
            command->reference() });
        delete command;
    }
    return out;
}

QString Commands::usage()
{
    QString out;
    for (const Entry& e : registry())
        out += e.usage();
    return out;
}

} // namespace textbench::cli
