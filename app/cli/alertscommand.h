// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench::cli {

/// \brief `textbench-cli alerts list|fetch`: Monitor's alerts (Twilio's debugger), each explained through the error
/// catalogue; on any profile, the real account's too.
class AlertsCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit AlertsCommand(CliApp& app);
    QString name() const override { return QStringLiteral("alerts"); }
    static QString usage();

private:
    int list(const QCommandLineParser& parser);
    int fetch(const QCommandLineParser& parser);
};

/// \brief `textbench-cli phone-numbers list|fetch|update`: the account's numbers and the SMS URLs of the app that
/// answers them (twilio-cli's phone-numbers:update flags).
class PhoneNumbersCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit PhoneNumbersCommand(CliApp& app);
    QString name() const override { return QStringLiteral("phone-numbers"); }
    static QString usage();

private:
    int list(const QCommandLineParser& parser);
    int fetch(const QCommandLineParser& parser);
    int update(const QCommandLineParser& parser);
};

} // namespace textbench::cli
