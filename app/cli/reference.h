// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QList>
#include <QString>

namespace textbench::cli {

/// \brief The manual page and the shell completions of textbench-cli, made from the option tables the help prints
/// (Command::reference(), GlobalOptions::specs()): an option added to a table is in all of them.
namespace Reference {

struct CommandEntry
{
    QString name;
    QString summary;
    QList<VerbReference> verbs; ///< one entry with an empty verb for a command without verbs
    bool hasVerbs() const { return !verbs.isEmpty() && !verbs.first().verb.isEmpty(); }
};

/// `complete -F` for bash (the bash-completion package, or plain bash).
QString bash(const QList<CommandEntry>& commands);
/// A #compdef function for zsh; also works when sourced (it calls compdef then).
QString zsh(const QList<CommandEntry>& commands);
/// `complete -c` lines for fish, with the options' descriptions.
QString fish(const QList<CommandEntry>& commands);
/// textbench-cli(1) in roff (man -l -).
QString manPage(const QList<CommandEntry>& commands);

} // namespace Reference
} // namespace textbench::cli
