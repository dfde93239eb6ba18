// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencecommands.h"

#include "cliapp.h"
#include "commands.h"
#include "exitcodes.h"
#include "reference.h"

namespace textbench::cli {

QString CompletionCommand::usage()
{
    return tr("  textbench-cli completion bash|zsh|fish   the shell's completion script, such as:\n"
              "                                source <(textbench-cli completion bash)\n");
}

QList<VerbReference> CompletionCommand::reference() const
{
    return { { {}, {}, VerbReference::Operand::Shell } };
}

int CompletionCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    if (!m_app.parse(parser, args, name(), 1))
        return Usage;
    const QString shell = parser.positionalArguments().value(0);
    if (parser.isSet(QStringLiteral("help"))) {
        m_app.out() << tr("Usage: textbench-cli completion bash|zsh|fish\n\n"
                          "Prints the completion script of a shell: commands, verbs, options and profile names.\n"
                          "The Debian package installs all three; to try one in the running shell:\n"
                          "  bash: source <(textbench-cli completion bash)\n"
                          "  zsh:  source <(textbench-cli completion zsh)   (after compinit)\n"
                          "  fish: textbench-cli completion fish | source\n");
        return Ok;
    }
    const QList<Reference::CommandEntry> commands = Commands::reference(m_app);
    if (shell == u"bash")
        m_app.out() << Reference::bash(commands);
    else if (shell == u"zsh")
        m_app.out() << Reference::zsh(commands);
    else if (shell == u"fish")
        m_app.out() << Reference::fish(commands);
    else
        return m_app.usageError(tr("give the shell: bash, zsh or fish."), name());
    return m_app.flushOutput() ? Ok : BrokenPipe;
}

QString ManPageCommand::usage()
{
    return tr("  textbench-cli manpage                 the manual page, textbench-cli(1): textbench-cli manpage | "
              "man -l -\n");
}

QList<VerbReference> ManPageCommand::reference() const
{
    return { { {}, {} } };
}

int ManPageCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    if (!m_app.parse(parser, args, name()))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_app.out() << tr("Usage: textbench-cli manpage\n\nPrints the manual page in roff: textbench-cli manpage | man "
                          "-l -\n");
        return Ok;
    }
    m_app.out() << Reference::manPage(Commands::reference(m_app));
    return m_app.flushOutput() ? Ok : BrokenPipe;
}

} // namespace textbench::cli
