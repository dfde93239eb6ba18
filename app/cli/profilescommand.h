// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "profiles/profilemanager.h"

#include <optional>

namespace textbench::cli {

/// \brief `textbench-cli profiles list|add|edit|use|remove|test|import-env`: credential profiles, whose secrets live
/// in the OS keychain only (read from a prompt that does not echo, or from standard input; never an argument).
class ProfilesCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit ProfilesCommand(CliApp& app);
    QString name() const override { return QStringLiteral("profiles"); }
    static QString usage();

protected:
    QString verbHelp(const Verb& verb) const override;
    int groupHelp() override;

private:
    /// A verb of one profile, named by the argument after it.
    using NamedVerb = int (ProfilesCommand::*)(const QCommandLineParser& parser, const QString& name);
    void addNamedVerb(const QString& verb, const QList<OptionSpec>& options, NamedVerb handler);

    int list(const QCommandLineParser& parser);
    int use(const QCommandLineParser& parser, const QString& name);
    int remove(const QCommandLineParser& parser, const QString& name);
    int add(const QCommandLineParser& parser, const QString& name);
    int edit(const QCommandLineParser& parser, const QString& name);
    int importEnvironment(const QCommandLineParser& parser, const QString& name);
    int test(const QCommandLineParser& parser, const QString& name);

    QString help() const;
    /// Copies the profile options given (--account-sid, --api-key, --kind, --region, …) into \a profile; false for a
    /// --kind that is neither live nor test.
    static bool applyOptions(const QCommandLineParser& parser, Profile& profile);
    /// The secret: from standard input with \a fromStdin, else from a no-echo prompt on a terminal; nullopt without
    /// either.
    std::optional<QString> readSecret(bool fromStdin, const QString& prompt);
    /// Reports a profile operation's outcome and ends the program: \a success on stdout, or the explained error.
    ProfileManager::Callback outcome(const QString& success);
};

} // namespace textbench::cli
