// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "accountcommand.h"
#include "cliapp.h"
#include "messagescommand.h"
#include "profilescommand.h"
#include "segmentscommand.h"

#include <QStringList>

namespace textbench::cli {

namespace {
struct Entry
{
    const char* name;
    QString (*usage)(); ///< the command's lines in the overview
    Command* (*make)(CliApp&);
};

template<typename C> Command* make(CliApp& app)
{
    return new C(app);
}

const QList<Entry>& registry()
{
    static const QList<Entry> commands {
        { "messages", &MessagesCommand::usage, &make<MessagesCommand> },
        { "account", &AccountCommand::usage, &make<AccountCommand> },
        { "profiles", &ProfilesCommand::usage, &make<ProfilesCommand> },
        { "segments", &SegmentsCommand::usage, &make<SegmentsCommand> },
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

QString Commands::usage()
{
    QString out;
    for (const Entry& e : registry())
        out += e.usage();
    return out;
}

} // namespace textbench::cli
