// SPDX-License-Identifier: GPL-3.0-or-later
#include "reference.h"

#include "cliapp.h"
#include "commands.h"
#include "globaloptions.h"

#include <QDateTime>
#include <QSet>

namespace textbench::cli::Reference {

namespace {
// How the completions ask for the profile names: the CLI itself, in TSV without a header.
constexpr QLatin1StringView kProfileNames(
    "textbench-cli profiles list -o tsv --properties name --no-header 2>/dev/null");

QStringList flags(const QList<OptionSpec>& specs)
{
    QStringList out;
    for (const OptionSpec& s : specs) {
        if (s.shortName)
            out << u'-' + QString::fromLatin1(s.shortName);
        out << u"--" + QString::fromLatin1(s.name);
    }
    return out;
}

/// Every option that takes a value, of every command: a word after one of them is its value, not a command.
QStringList valued(const QList<CommandEntry>& commands)
{
    QList<OptionSpec> all = GlobalOptions::specs();
    for (const CommandEntry& c : commands) {
        for (const VerbReference& v : c.verbs)
            all += v.options;
    }
    QStringList out;
    for (const OptionSpec& s : all) {
        if (!s.valueName)
            continue;
        for (const QString& f : flags({ s })) {
            if (!out.contains(f))
                out << f;
        }
    }
    return out;
}

QString operandName(VerbReference::Operand operand)
{
    switch (operand) {
    case VerbReference::Operand::ProfileName:
        return QStringLiteral("profile");
    case VerbReference::Operand::Shell:
        return QStringLiteral("shell");
    case VerbReference::Operand::Text:
    case VerbReference::Operand::NewName:
    case VerbReference::Operand::None:
        break;
    }
    return QStringLiteral("none");
}

QString commandNames(const QList<CommandEntry>& commands)
{
    QStringList names;
    for (const CommandEntry& c : commands)
        names << c.name;
    return names.join(u' ');
}

QString verbNames(const CommandEntry& c)
{
    QStringList names;
    for (const VerbReference& v : c.verbs)
        names << v.verb;
    return names.join(u' ');
}

/// Single-quoted for a POSIX shell or fish.
QString quoted(QString text)
{
    return u'\'' + text.replace(u'\'', QStringLiteral("'\\''")) + u'\'';
}

QString roff(QString text)
{
    text.replace(u'\\', QStringLiteral("\\e"));
    text.replace(u'-', QStringLiteral("\\-"));
    // ASCII only: man renders it in any locale (groff under LC_ALL=C has no glyph for "…" and warns).
    text.replace(QChar(0x2026), QStringLiteral("..."));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (const char16_t c = text.at(i).unicode(); c > 0x7e) {
            // groff's own name for it: \[u00E9] (upper-case hex).
            const QString escape
                = u"\\[u" + QString::number(c, 16).toUpper().rightJustified(4, u'0') + u']';
            text.replace(i, 1, escape);
            i += escape.size() - 1;
        }
    }
    QStringList lines = text.split(u'\n');
    for (QString& line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

/// The date the page gives: SOURCE_DATE_EPOCH's when set (reproducible builds, as Debian's), else today.
QString pageDate()
{
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    const QDate date = ok ? QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC).date() : QDate::currentDate();
    return date.toString(Qt::ISODate);
}

/// The word loop both bash and zsh run: which command and verb stand before the cursor, skipping options and
/// their values (bash splits `--output=json` into three words, `--output`, `=` and `json`: all three skipped).
QString findCommandLoop(const QString& first, const QString& last, const QString& word, const QString& nextWord)
{
    return QStringLiteral("    local command='' verb='' i w\n"
                          "    for ((i = %1; i < %2; i++)); do\n"
                          "        w=%3\n"
                          "        if [[ $w == -* ]]; then\n"
                          "            if [[ %4 == = ]]; then ((i += 2))\n"
                          "            elif [[ \" $valued \" == *\" $w \"* ]]; then ((i++))\n"
                          "            fi\n"
                          "            continue\n"
                          "        fi\n"
                          "        if [[ -z $command ]]; then command=$w\n"
                          "        elif [[ -z $verb ]]; then verb=$w\n"
                          "        fi\n"
                          "    done\n")
        .arg(first, last, word, nextWord);
}

/// The case statement that sets `verbs` for a command, and `opts` and `operand` for "command verb" (not `options`:
/// zsh's own).
QString tables(const QList<CommandEntry>& commands)
{
    QString out = QStringLiteral("    local verbs='' opts='' operand=none\n    case $command in\n");
    for (const CommandEntry& c : commands) {
        if (c.hasVerbs())
            out += QStringLiteral("        %1) verbs=%2 ;;\n").arg(c.name, quoted(verbNames(c)));
    }
    out += QStringLiteral("    esac\n    case \"$command $verb\" in\n");
    for (const CommandEntry& c : commands) {
        for (const VerbReference& v : c.verbs) {
            // A command without verbs matches whatever its first argument is.
            const QString key = c.hasVerbs() ? quoted(c.name + u' ' + v.verb) : quoted(c.name + u' ') + u'*';
            out += QStringLiteral("        %1) opts=%2 operand=%3 ;;\n")
                       .arg(key, quoted(flags(v.options).join(u' ')), operandName(v.operand));
        }
    }
    return out + QStringLiteral("    esac\n");
}
} // namespace

namespace {
/// The function both bash and zsh run on Tab, in the syntax they share; what differs is how a shell offers words
/// (the helpers _textbench_cli_words, _lines and _files, defined per shell) and reads the line (\a first,
/// \a cursor, \a word, \a current, \a previous).
QString completionFunction(const QList<CommandEntry>& commands, const QString& first, const QString& cursor,
    const QString& word, const QString& nextWord, const QString& current, const QString& previous,
    const QString& valueAfterEquals)
{
    QString out = QStringLiteral("_textbench_cli() {\n"
                                 "    local cur=%1 prev=%2\n"
                                 "    local globals=%3\n"
                                 "    local valued=%4\n")
                      .arg(current, previous, quoted(flags(GlobalOptions::specs()).join(u' ')),
                          quoted(valued(commands).join(u' ')));
    out += valueAfterEquals; // --output=<Tab>: complete the value, as after --output <Tab>
    out += findCommandLoop(first, cursor, word, nextWord);
    out += QStringLiteral("    case $prev in\n"
                          "        --profile) _textbench_cli_lines \"$(%1)\"; return ;;\n"
                          "        -o|--output) _textbench_cli_words 'json ndjson tsv columns'; return ;;\n"
                          "        --body-file) _textbench_cli_files; return ;;\n"
                          "    esac\n"
                          "    [[ \" $valued \" == *\" $prev \"* ]] && return # a value of the user's own\n"
                          "    if [[ -z $command ]]; then\n"
                          "        _textbench_cli_words \"%2 $globals\"; return\n"
                          "    fi\n")
               .arg(kProfileNames, commandNames(commands));
    out += tables(commands);
    out += QStringLiteral("    if [[ -n $verbs && -z $verb ]]; then\n"
                          "        _textbench_cli_words \"$verbs\"; return\n"
                          "    fi\n"
                          "    if [[ $cur != -* && $operand == profile ]]; then\n"
                          "        _textbench_cli_lines \"$(%1)\"; return\n"
                          "    fi\n"
                          "    if [[ $cur != -* && $operand == shell ]]; then\n"
                          "        _textbench_cli_words 'bash zsh fish'; return\n"
                          "    fi\n"
                          "    _textbench_cli_words \"$opts $globals\"\n"
                          "}\n")
               .arg(kProfileNames);
    return out;
}
} // namespace

QString bash(const QList<CommandEntry>& commands)
{
    // What is offered goes back into the command line as the shell must read it: profile names with spaces or
    // quotes escaped (printf %q), file names quoted by readline itself (compopt -o filenames, which also adds the
    // slash of a folder). A profile name is matched as typed, escaped or not.
    return QStringLiteral(
               "# bash completion for textbench-cli; made by `textbench-cli completion bash` from the option tables "
               "of its help.\n"
               "_textbench_cli_words() { local IFS=$' \\n'; COMPREPLY=($(compgen -W \"$1\" -- \"$cur\")); }\n"
               "_textbench_cli_lines() {\n"
               "    local line escaped\n"
               "    COMPREPLY=()\n"
               "    while IFS= read -r line; do\n"
               "        [[ -n $line ]] || continue\n"
               "        printf -v escaped '%q' \"$line\"\n"
               "        [[ $line == \"$cur\"* || $escaped == \"$cur\"* ]] && COMPREPLY+=(\"$escaped\")\n"
               "    done <<<\"$1\"\n"
               "}\n"
               "_textbench_cli_files() {\n"
               "    compopt -o filenames 2>/dev/null\n"
               "    local IFS=$'\\n' typed=$cur\n"
               "    [[ $typed == [\\'\\\"]* ]] && typed=${typed:1}\n"
               "    COMPREPLY=($(compgen -f -- \"${typed//\\\\/}\"))\n"
               "}\n")
        + completionFunction(commands, QStringLiteral("1"), QStringLiteral("COMP_CWORD"),
            QStringLiteral("${COMP_WORDS[i]}"), QStringLiteral("${COMP_WORDS[i+1]}"),
            QStringLiteral("${COMP_WORDS[COMP_CWORD]}"), QStringLiteral("${COMP_WORDS[COMP_CWORD-1]}"),
            QStringLiteral("    if [[ $cur == = ]]; then cur=''\n"
                           "    elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}\n"
                           "    fi\n"))
        + QStringLiteral("complete -F _textbench_cli textbench-cli\n");
}

QString zsh(const QList<CommandEntry>& commands)
{
    return QStringLiteral("#compdef textbench-cli\n"
                          "# zsh completion for textbench-cli; made by `textbench-cli completion zsh` from the option "
                          "tables of its help.\n"
                          "_textbench_cli_words() { compadd -- ${=1}; }\n"
                          "_textbench_cli_lines() { compadd -- ${(f)1}; }\n"
                          "_textbench_cli_files() { _files; }\n")
        + completionFunction(commands, QStringLiteral("2"), QStringLiteral("CURRENT"), QStringLiteral("${words[i]}"),
            QStringLiteral("${words[i+1]}"), QStringLiteral("${words[CURRENT]}"),
            QStringLiteral("${words[CURRENT-1]}"),
            QStringLiteral("    if [[ $cur == -*=* ]]; then prev=${cur%%=*}; compset -P '*='; cur=${cur#*=}; fi\n"))
        + QStringLiteral("if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then\n"
                         "    _textbench_cli \"$@\"\n"
                         "else\n"
                         "    compdef _textbench_cli textbench-cli\n"
                         "fi\n");
}

QString fish(const QList<CommandEntry>& commands)
{
    const auto optionLines = [](const QList<OptionSpec>& specs, const QString& condition) {
        QString out;
        for (const OptionSpec& s : specs) {
            QString line = QStringLiteral("complete -c textbench-cli");
            if (!condition.isEmpty())
                line += u" -n " + quoted(condition);
            if (s.shortName)
                line += u" -s " + QString::fromLatin1(s.shortName);
            line += u" -l " + QString::fromLatin1(s.name);
            const QString name = QString::fromLatin1(s.name);
            if (name == u"profile")
                line += QStringLiteral(" -x -a '(__textbench_cli_profiles)'");
            else if (name == u"output")
                line += QStringLiteral(" -x -a 'json ndjson tsv columns'");
            else if (name == u"body-file")
                line += QStringLiteral(" -r -F");
            else if (s.valueName)
                line += QStringLiteral(" -x");
            out += line + u" -d " + quoted(s.help()) + u'\n';
        }
        return out;
    };
    QString out
        = QStringLiteral("# fish completion for textbench-cli; made by `textbench-cli completion fish` from the "
                         "option tables of its help.\n"
                         "function __textbench_cli_profiles\n    %1\nend\n"
                         "complete -c textbench-cli -f\n")
              .arg(kProfileNames);
    out += optionLines(GlobalOptions::specs(), {});
    for (const CommandEntry& c : commands) {
        out += QStringLiteral("complete -c textbench-cli -n __fish_use_subcommand -a %1 -d %2\n")
                   .arg(c.name, quoted(c.summary));
        const QString inCommand = u"__fish_seen_subcommand_from " + c.name;
        if (c.hasVerbs()) {
            const QString verbs = verbNames(c);
            out += QStringLiteral("complete -c textbench-cli -n %1 -a %2\n")
                       .arg(quoted(inCommand + u"; and not __fish_seen_subcommand_from " + verbs), quoted(verbs));
        }
        for (const VerbReference& v : c.verbs) {
            const QString condition
                = c.hasVerbs() ? inCommand + u"; and __fish_seen_subcommand_from " + v.verb : inCommand;
            out += optionLines(v.options, condition);
            if (v.operand == VerbReference::Operand::ProfileName)
                out += u"complete -c textbench-cli -n " + quoted(condition) + u" -a '(__textbench_cli_profiles)'\n";
            else if (v.operand == VerbReference::Operand::Shell)
                out += u"complete -c textbench-cli -n " + quoted(condition) + u" -a 'bash zsh fish'\n";
        }
    }
    return out;
}

QString manPage(const QList<CommandEntry>& commands)
{
    const auto options = [](const QList<OptionSpec>& specs) {
        QString out;
        for (const OptionSpec& s : specs) {
            QString synopsis = u"\\fB" + roff(s.synopsis()) + u"\\fR";
            if (s.valueName) {
                // The value's name in italics: "\fB\-\-to\fR \fINUMBER\fR".
                const QString value = roff(QString::fromUtf8(s.valueName));
                synopsis.replace(u' ' + value + u"\\fR", u"\\fR \\fI" + value + u"\\fR");
            }
            // .br: the text under its option even when the option is shorter than the indent ("--wait").
            out += u".TP\n" + synopsis + u"\n.br\n" + roff(s.help()) + u'\n';
        }
        return out;
    };
    QString out = QStringLiteral(".\\\" textbench-cli(1); made by `textbench-cli manpage` from the option tables of "
                                 "its help.\n"
                                 ".TH TEXTBENCH\\-CLI 1 \"%2\" \"textbench-cli %1\" \"User Commands\"\n"
                                 ".SH NAME\n"
                                 "textbench\\-cli \\- Twilio's Programmable Messaging API from the command line\n"
                                 ".SH SYNOPSIS\n.nf\n")
                      .arg(QStringLiteral(TEXTBENCH_VERSION), pageDate());
    out += roff(Commands::usage()) + u"\n.fi\n";
    out += QStringLiteral(".SH DESCRIPTION\n"
                          "Sends, fetches, lists, redacts, cancels and deletes messages through Twilio's REST API, "
                          "checks an account, keeps credential profiles whose secrets live in the OS keychain, and "
                          "counts SMS segments.\n"
                          "With no credentials it talks to a Twilio\\-compatible sandbox inside the process, so that "
                          "every command works on first use; nothing reaches Twilio from it.\n"
                          "Lists print each page as it arrives and keep nothing they have printed.\n");
    out += QStringLiteral(".SH COMMANDS\n");
    for (const CommandEntry& c : commands) {
        // The command and what it is for; then each verb with its options.
        out += u".SS \"" + roff(c.name) + u"\"\n" + roff(c.summary) + u".\n";
        for (const VerbReference& v : c.verbs) {
            if (c.hasVerbs())
                out += u".TP\n.B \"" + roff(c.name + u' ' + v.verb) + u"\"\n"
                    + (v.options.isEmpty() ? QStringLiteral("No options of its own.\n") : QString());
            if (!v.options.isEmpty())
                out += u".RS\n" + options(v.options) + u".RE\n";
        }
    }
    out += QStringLiteral(".SH \"GLOBAL OPTIONS\"\nEvery command takes these, before or after its name.\n");
    out += options(GlobalOptions::specs());
    out += QStringLiteral(
        ".SH OUTPUT\n"
        "\\fB\\-o json\\fR prints Twilio's JSON (a list as one array, closed even when the list "
        "fails half\\-way); \\fB\\-o ndjson\\fR one resource a line; \\fB\\-o tsv\\fR tab\\-separated "
        "values with a header (\\fB\\-\\-no\\-header\\fR), tabs, newlines and backslashes escaped; "
        "\\fB\\-o columns\\fR (the default) a table for the terminal. "
        "\\fB\\-\\-properties\\fR names what to print, as twilio\\-cli does (dateSent) or as "
        "Twilio does (date_sent).\n"
        "Errors go to standard error (as JSON with \\fB\\-o json\\fR or \\fB\\-o ndjson\\fR).\n");
    out += QStringLiteral(".SH ENVIRONMENT\n.nf\n") + roff(CliApp::credentialsHelp()) + QStringLiteral("\n.fi\n");
    out += QStringLiteral(".SH \"EXIT STATUS\"\n.nf\n") + roff(CliApp::exitCodesHelp()) + QStringLiteral("\n.fi\n");
    out += QStringLiteral(".SH EXAMPLES\n.nf\n"
                          "textbench\\-cli messages create \\-\\-to +15005550006 \\-\\-from +15005550006 \\-\\-body "
                          "\"Hello\"\n"
                          "textbench\\-cli messages list \\-\\-no\\-limit \\-o ndjson | jq \\-c 'select(.status == "
                          "\"failed\")'\n"
                          "textbench\\-cli messages list \\-o tsv \\-\\-properties sid \\-\\-no\\-header | "
                          "textbench\\-cli messages delete \\-\\-sid \\-\n"
                          "git log \\-1 \\-\\-format=%s | textbench\\-cli messages create \\-\\-to +15005550006 "
                          "\\-\\-from +15005550006 \\-\\-body\\-file \\-\n"
                          ".fi\n"
                          ".SH FILES\n"
                          "\\fI~/.config/Textbench/textbench.conf\\fR: the profiles, without their secrets.\n"
                          ".SH \"SEE ALSO\"\n"
                          "\\fBtextbench\\fR(1), the desktop console; https://www.twilio.com/docs/messaging/api\n");
    return out;
}

} // namespace textbench::cli::Reference
