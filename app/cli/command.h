// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace textbench::cli {

class CliApp;

/// \brief One option of a command: its name, the name of its value (nullptr for a flag) and what it does. The
/// description is marked with QT_TRANSLATE_NOOP in the context "textbench::cli::Options" and translated when shown.
struct OptionSpec
{
    const char* name;
    const char* valueName;
    const char* description;
    /// A one-letter alias ("o" for -o), or nullptr.
    const char* shortName = nullptr;

    QString help() const;
    /// "--output" or "-o, --output", with the value's name.
    QString synopsis() const;
};

/// Adds \a specs to \a parser.
void addOptions(QCommandLineParser& parser, const QList<OptionSpec>& specs);
/// "  --name VALUE        what it does", one option a line, wrapped; translated.
QString optionHelp(const QList<OptionSpec>& specs, int column = 36);

/// \brief What a command (or one of its verbs) takes, for the manual page and the shell completions: both are made
/// from these tables, which the help prints too.
struct VerbReference
{
    /// What the plain argument is: none, a profile that exists (`profiles use NAME`), a new name, free text, a
    /// shell's name.
    enum class Operand { None, ProfileName, NewName, Text, Shell };
    QString verb; ///< empty for a command without verbs
    QList<OptionSpec> options;
    Operand operand = Operand::None;
};

/// \brief A command of textbench-cli (messages, profiles, account, segments), as KeePassXC's CLI has them: a name,
/// run(), and a static usage() with its lines of the overview. The commands are listed in Commands (commands.h).
class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(CliApp& app);

    virtual QString name() const = 0;
    /// Runs the command with the arguments after its name. Returns an exit code, or -1 when it goes on
    /// asynchronously (it ends the program with CliApp::finish()).
    virtual int run(const QStringList& args) = 0;
    /// Its verbs and their options (one entry without a verb name for a command without verbs).
    virtual QList<VerbReference> reference() const = 0;

protected:
    CliApp& m_app;
};

/// \brief A command of several verbs ("messages create", "profiles add"): each verb is its options, how many plain
/// arguments it takes and its handler; this class finds the verb, parses its options (with the global ones),
/// answers --help and calls the handler.
class VerbCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    int run(const QStringList& args) override;
    QList<VerbReference> reference() const override;

protected:
    struct Verb
    {
        QString name;
        QList<OptionSpec> options;
        int positionals = 0;
        std::function<int(const QCommandLineParser& parser)> run;
        VerbReference::Operand operand = VerbReference::Operand::None;
    };

    /// Registers a verb (in the constructor).
    void addVerb(Verb verb) { m_verbs.append(std::move(verb)); }
    /// What `textbench-cli NAME VERB --help` prints.
    virtual QString verbHelp(const Verb& verb) const;
    /// The usage error for a missing or an unknown verb.
    virtual QString missingVerb() const;
    virtual QString unknownVerb(const QString& verb) const;
    /// What `textbench-cli NAME --help` prints: the overview, unless the command says more.
    virtual int groupHelp();
    /// "create, fetch, update, delete or list"
    QString verbList() const;

private:
    QList<Verb> m_verbs;
};

} // namespace textbench::cli
