// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountcommand.h"

#include "accounts/accountjobs.h"
#include "cliapp.h"
#include "exitcodes.h"
#include "output.h"

#include <QJsonDocument>

namespace textbench::cli {

QString AccountCommand::usage()
{
    return tr("  textbench-cli account                 the account check: does the account answer, and how\n");
}

int AccountCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    if (!m_app.parse(parser, args, name()))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_app.out() << tr("Usage: textbench-cli account [--json]\n\n"
                          "Fetches the account (GET /2010-04-01/Accounts/{AccountSid}.json): a quick check that the\n"
                          "credentials, region and base URL work.\n");
        return Ok;
    }
    if (const int code = m_app.setUpClient(parser); code >= 0)
        return code;
    auto* job = new FetchAccountJob(m_app.client());
    m_app.runJob(job, [this, job] {
        const Account& a = job->account();
        QTextStream& out = m_app.out();
        if (m_app.json()) {
            out << QJsonDocument(a.raw).toJson(QJsonDocument::Indented);
            return;
        }
        out << tr("Account").leftJustified(14) << Output::printable(a.sid) << '\n'
            << tr("Name").leftJustified(14) << Output::printable(a.friendlyName) << '\n'
            << tr("Status").leftJustified(14) << Output::printable(a.status) << '\n'
            << tr("Type").leftJustified(14) << Output::printable(a.type) << '\n';
    });
    return -1;
}

} // namespace textbench::cli
