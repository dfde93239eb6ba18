// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace textbench::cli {

class CliApp;
class Command;
namespace Reference {
struct CommandEntry;
}

/// \brief The commands of textbench-cli, by name: a new command is a class and a line in commands.cpp.
namespace Commands {

/// The command called \a name, made for \a app (which owns it); nullptr for none.
Command* create(const QString& name, CliApp& app);
/// "messages, profiles, account, segments"
QString names();
/// Every command's lines of the overview.
QString usage();
/// Every command with its verbs and options (Command::reference()), for the manual page and the completions.
QList<Reference::CommandEntry> reference(CliApp& app);

} // namespace Commands
} // namespace textbench::cli
