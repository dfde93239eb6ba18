// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench::cli {

/// \brief `textbench-cli account`: the account check (GET /Accounts/{sid}.json).
class AccountCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("account"); }
    static QString usage();
    int run(const QStringList& args) override;
    QList<VerbReference> reference() const override;
};

} // namespace textbench::cli
