// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench::cli {

/// \brief `textbench-cli completion bash|zsh|fish`: the shell completion script (the .deb installs them).
class CompletionCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("completion"); }
    static QString usage();
    int run(const QStringList& args) override;
    QList<VerbReference> reference() const override;
};

/// \brief `textbench-cli manpage`: textbench-cli(1) in roff (the .deb installs it).
class ManPageCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("manpage"); }
    static QString usage();
    int run(const QStringList& args) override;
    QList<VerbReference> reference() const override;
};

} // namespace textbench::cli
