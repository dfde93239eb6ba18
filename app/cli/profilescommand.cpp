// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilescommand.h"

#include "accounts/accountjobs.h"
#include "api/sid.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "output.h"
#include "outputformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

namespace textbench::cli {

namespace {
// What add, edit and import-env set; edit also takes a new secret.
const QList<OptionSpec> kProfileOptions {
    { "account-sid", "AC…", QT_TRANSLATE_NOOP("textbench::cli::Options", "the Account SID") },
    { "api-key", "SK…",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "authenticate with this API key (its secret is asked for)") },
    { "kind", "live|test", QT_TRANSLATE_NOOP("textbench::cli::Options", "live credentials, or test credentials") },
    { "default-sender", "FROM",
        QT_TRANSLATE_NOOP("textbench::cli::Options", "the From number or Messaging Service SID to offer") },
};
const OptionSpec kSecretStdin { "secret-stdin", nullptr,
    QT_TRANSLATE_NOOP("textbench::cli::Options", "read the secret from standard input") };
const OptionSpec kNewSecret { "new-secret", nullptr,
    QT_TRANSLATE_NOOP("textbench::cli::Options", "ask for a new secret") };

QString secretStorageName(const Profile& p)
{
    if (p.kind == ProfileKind::Sandbox)
        return QStringLiteral("none");
    return p.secretStorage == SecretStorage::Keychain ? QStringLiteral("keychain") : QStringLiteral("this-run-only");
}
} // namespace

ProfilesCommand::ProfilesCommand(CliApp& app)
    : VerbCommand(app)
{
    addVerb({ QStringLiteral("list"), OutputFormat::specs(), 1,
        [this](const QCommandLineParser& parser) { return list(parser); } });
    addNamedVerb(QStringLiteral("add"), kProfileOptions + QList<OptionSpec> { kSecretStdin }, &ProfilesCommand::add);
    addNamedVerb(QStringLiteral("edit"), kProfileOptions + QList<OptionSpec> { kNewSecret, kSecretStdin },
        &ProfilesCommand::edit);
    addNamedVerb(QStringLiteral("use"), {}, &ProfilesCommand::use);
    addNamedVerb(QStringLiteral("remove"), {}, &ProfilesCommand::remove);
    addNamedVerb(QStringLiteral("test"), {}, &ProfilesCommand::test);
    addNamedVerb(QStringLiteral("import-env"), kProfileOptions, &ProfilesCommand::importEnvironment);
}

void ProfilesCommand::addNamedVerb(const QString& verb, const QList<OptionSpec>& options, NamedVerb handler)
{
    // add and import-env name a new profile; the others one that exists.
    const auto operand = verb == u"add" || verb == u"import-env" ? VerbReference::Operand::NewName
                                                                 : VerbReference::Operand::ProfileName;
    addVerb({ verb, options, 1,
        [this, verb, handler](const QCommandLineParser& parser) {
            const QString profile = parser.positionalArguments().value(0);
            const QString command = name() + u' ' + verb;
            if (profile.isEmpty())
                return m_app.usageError(tr("give the profile's name: textbench-cli %1 NAME").arg(command), command);
            return (this->*handler)(parser, profile);
        },
        operand });
}

QString ProfilesCommand::usage()
{
    return tr("  textbench-cli profiles list|add|edit|use|remove|test|import-env\n"
              "                                credential profiles; secrets live in the OS keychain only\n");
}

QString ProfilesCommand::help() const
{
    return tr("Usage:\n"
              "  textbench-cli profiles list [--json | -o json|ndjson|tsv|columns] [--properties LIST] [--no-header]\n"
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
              "only; the rest of the profile in ~/.config/Textbench/textbench.conf.\n")
        + u'\n' + optionHelp(kProfileOptions + OutputFormat::specs()) + u'\n' + GlobalOptions::reminder() + u'\n';
}

QString ProfilesCommand::verbHelp(const Verb&) const
{
    return help();
}

int ProfilesCommand::groupHelp()
{
    m_app.out() << help();
    return Ok;
}

int ProfilesCommand::list(const QCommandLineParser& parser)
{
    static const QStringList keys { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
        QStringLiteral("auth"), QStringLiteral("account_sid"), QStringLiteral("api_key_sid"), QStringLiteral("region"),
        QStringLiteral("edge"), QStringLiteral("base_url"), QStringLiteral("default_sender"),
        QStringLiteral("secret_storage"), QStringLiteral("active") };
    int code = -1;
    if (!m_app.outputFormat(parser, keys,
            { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("account_sid"), QStringLiteral("active") },
            QStringLiteral("profiles list"), &code))
        return code;
    ProfileStore* store = m_app.profileStore();
    const QString active = store->activeId();
    ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::Many);
    for (const Profile& p : store->profiles()) {
        const QJsonObject json {
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
            { QStringLiteral("secret_storage"), secretStorageName(p) },
            { QStringLiteral("active"), p.id == active },
        };
        writer.write(json, [&p, &active]() -> QString {
            return (p.id == active ? QStringLiteral("* ") : QStringLiteral("  "))
                + Output::printable(p.name).leftJustified(24) + u' ' + Profile::kindName(p.kind).leftJustified(8) + u' '
                + (p.kind == ProfileKind::Sandbox ? tr("built in") : Sid::masked(p.username())) + u'\n';
        });
    }
    writer.finish();
    return Ok;
}

int ProfilesCommand::use(const QCommandLineParser&, const QString& name)
{
    const auto p = m_app.profileStore()->find(name);
    if (!p)
        return m_app.usageError(tr("there is no profile called \"%1\".").arg(name), QStringLiteral("profiles use"));
    m_app.profileStore()->setActive(p->id);
    m_app.out() << tr("Active profile: %1").arg(p->name) << '\n';
    return Ok;
}

int ProfilesCommand::remove(const QCommandLineParser&, const QString& name)
{
    const auto p = m_app.profileStore()->find(name);
    if (!p)
        return m_app.usageError(tr("there is no profile called \"%1\".").arg(name), QStringLiteral("profiles remove"));
    m_app.profileManager()->remove(p->id, this, outcome(tr("Removed profile %1 and its secret.").arg(p->name)));
    return -1;
}

int ProfilesCommand::add(const QCommandLineParser& parser, const QString& name)
{
    const QString command = QStringLiteral("profiles add");
    Profile p;
    p.name = name;
    if (!applyOptions(parser, p))
        return m_app.usageError(tr("--kind is live or test."), command);
    if (const QString problem = p.problem(); !problem.isEmpty())
        return m_app.usageError(problem, command);
    const auto secret = readSecret(parser.isSet(QStringLiteral("secret-stdin")),
        p.scheme == AuthScheme::ApiKey ? tr("API Key Secret for %1: ").arg(name) : tr("Auth Token for %1: ").arg(name));
    if (!secret)
        return m_app.usageError(
            tr("no terminal to ask for the secret: give it on standard input with --secret-stdin."), command);
    m_app.profileManager()->add(
        p, *secret, this, outcome(tr("Added profile %1; its secret is in the keychain.").arg(name)));
    return -1;
}

int ProfilesCommand::edit(const QCommandLineParser& parser, const QString& name)
{
    const QString command = QStringLiteral("profiles edit");
    auto p = m_app.profileStore()->find(name);
    if (!p || p->kind == ProfileKind::Sandbox)
        return m_app.usageError(
            tr("there is no profile called \"%1\" to edit (the Sandbox is built in).").arg(name), command);
    if (!applyOptions(parser, *p))
        return m_app.usageError(tr("--kind is live or test."), command);
    // A new secret only when asked for: --secret-stdin (or an interactive prompt with --new-secret).
    QString secret;
    if (parser.isSet(QStringLiteral("secret-stdin")) || parser.isSet(QStringLiteral("new-secret"))) {
        const auto read = readSecret(parser.isSet(QStringLiteral("secret-stdin")), tr("New secret for %1: ").arg(name));
        if (!read)
            return m_app.usageError(
                tr("no terminal to ask for the secret: give it on standard input with --secret-stdin."), command);
        secret = *read;
        // A secret given here goes to the keychain, even for a profile the app kept in memory for one run.
        p->secretStorage = SecretStorage::Keychain;
    }
    m_app.profileManager()->edit(*p, secret, this, outcome(tr("Updated profile %1.").arg(name)));
    return -1;
}

int ProfilesCommand::importEnvironment(const QCommandLineParser& parser, const QString& name)
{
    const QString command = QStringLiteral("profiles import-env");
    // TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET: into a new profile.
    const Credentials env = Credentials::fromEnvironment();
    if (const QString problem = env.problem(); !problem.isEmpty())
        return m_app.usageError(problem, command);
    Profile p;
    p.name = name;
    p.scheme = env.scheme();
    p.accountSid = env.accountSid();
    if (env.scheme() == AuthScheme::ApiKey)
        p.apiKeySid = env.username();
    if (!applyOptions(parser, p))
        return m_app.usageError(tr("--kind is live or test."), command);
    m_app.profileManager()->add(p, env.secret(), this,
        outcome(tr("Imported the environment's credentials as profile %1; its secret is in the keychain.").arg(name)));
    return -1;
}

int ProfilesCommand::test(const QCommandLineParser&, const QString& name)
{
    const QString command = QStringLiteral("profiles test");
    const auto p = m_app.profileStore()->find(name);
    if (!p)
        return m_app.usageError(tr("there is no profile called \"%1\".").arg(name), command);
    // The account check, as `textbench-cli account --profile NAME` runs it.
    QCommandLineParser accountParser;
    if (!m_app.parse(accountParser, { QStringLiteral("--profile"), p->id }, command))
        return Usage;
    if (const int code = m_app.setUpClient(accountParser); code >= 0)
        return code;
    auto* job = new FetchAccountJob(m_app.client());
    connect(job, &ApiJob::finished, this, [this, job, profile = *p] {
        if (const QString hint = profile.testCredentialsHint(job->error()); !job->succeeded() && !hint.isEmpty())
            m_app.err() << tr("Note: %1").arg(hint) << '\n';
    });
    m_app.runJob(job, [this, job, profileName = p->name] {
        const Account& a = job->account();
        m_app.out() << tr("Profile %1 works: account %2 (%3), %4.")
                           .arg(Output::printable(profileName), Output::printable(a.friendlyName),
                               Output::printable(a.sid), Output::printable(a.status))
                    << '\n';
    });
    return -1;
}

bool ProfilesCommand::applyOptions(const QCommandLineParser& parser, Profile& p)
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

ProfileManager::Callback ProfilesCommand::outcome(const QString& success)
{
    return [this, success](const ProfileManager::Outcome& o) {
        if (!o.ok) {
            m_app.reportError(ApiError::badCredentials(o.message));
            m_app.finish(Auth);
            return;
        }
        m_app.out() << success << '\n';
        m_app.finish(Ok);
    };
}

std::optional<QString> ProfilesCommand::readSecret(bool fromStdin, const QString& prompt)
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
    QTextStream& err = m_app.err();
    err << prompt;
    err.flush();
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
    err << '\n';
    return secret;
}

} // namespace textbench::cli
