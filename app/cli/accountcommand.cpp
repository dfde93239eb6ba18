// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcommand.h"

#include "accounts/accountjobs.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "output.h"
#include "outputformat.h"

namespace textbench::cli {

QList<VerbReference> AccountCommand::reference() const
{
    return { { {}, OutputFormat::specs() } };
}

QString AccountCommand::usage()
{
    return tr("  textbench-cli account                 the account check: does the account answer, and how\n");
}

int AccountCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    addOptions(parser, OutputFormat::specs());
    if (!m_app.parse(parser, args, name()))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_app.out() << tr("Usage: textbench-cli account [--json | -o json|ndjson|tsv|columns] [--properties LIST]\n\n"
                          "Fetches the account (GET /2010-04-01/Accounts/{AccountSid}.json): a quick check that the\n"
                          "credentials, region and base URL work.\n\n")
                + optionHelp(OutputFormat::specs()) + u'\n' + GlobalOptions::reminder() + u'\n';
        return Ok;
    }
    // Twilio's Account resource (its auth_token is always masked).
    static const QStringList keys { QStringLiteral("sid"), QStringLiteral("friendly_name"), QStringLiteral("status"),
        QStringLiteral("type"), QStringLiteral("owner_account_sid"), QStringLiteral("date_created"),
        QStringLiteral("date_updated"), QStringLiteral("auth_token"), QStringLiteral("uri"),
        QStringLiteral("subresource_uris") };
    int code = -1;
    if (!m_app.outputFormat(parser, keys,
            { QStringLiteral("sid"), QStringLiteral("friendly_name"), QStringLiteral("status"),
                QStringLiteral("type") },
            name(), &code))
        return code;
    if (const int setUp = m_app.setUpClient(parser); setUp >= 0)
        return setUp;
    auto* job = new FetchAccountJob(m_app.client());
    m_app.runJob(job, [this, job] {
        const Account& a = job->account();
        ResourceWriter writer(m_app.out(), m_app.format(), ResourceWriter::Shape::One);
        writer.write(a.raw, [&a]() -> QString {
            return tr("Account").leftJustified(14) + Output::printable(a.sid) + u'\n' + tr("Name").leftJustified(14)
                + Output::printable(a.friendlyName) + u'\n' + tr("Status").leftJustified(14)
                + Output::printable(a.status) + u'\n' + tr("Type").leftJustified(14) + Output::printable(a.type)
                + u'\n';
        });
        writer.finish();
    });
    return -1;
}

} // namespace textbench::cli
