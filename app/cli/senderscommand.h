// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench::cli {

/// \brief `textbench-cli messaging-services list|fetch|phone-numbers`: the account's Messaging Services and the
/// numbers in each one's sender pool.
class MessagingServicesCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit MessagingServicesCommand(CliApp& app);
    QString name() const override { return QStringLiteral("messaging-services"); }
    static QString usage();

private:
    int list(const QCommandLineParser& parser);
    int fetch(const QCommandLineParser& parser);
    int phoneNumbers(const QCommandLineParser& parser);
};

/// \brief `textbench-cli accounts list`: the credentials' account and its subaccounts (what --subaccount takes).
class AccountsCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit AccountsCommand(CliApp& app);
    QString name() const override { return QStringLiteral("accounts"); }
    static QString usage();

private:
    int list(const QCommandLineParser& parser);
};

/// \brief `textbench-cli lookup NUMBER`: Lookup v2 with the line type (landline, mobile, …) and carrier. Costs money
/// on a real account (Twilio bills each line type lookup); the help says so.
class LookupCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("lookup"); }
    static QString usage();
    int run(const QStringList& args) override;
    QList<VerbReference> reference() const override;
};

} // namespace textbench::cli
