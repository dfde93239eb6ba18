// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"

#include "cliapp.h"
#include "exitcodes.h"
#include "globaloptions.h"

#include <QCoreApplication>

namespace textbench::cli {

QString OptionSpec::help() const
{
    return QCoreApplication::translate("textbench::cli::Options", description);
}

QString OptionSpec::synopsis() const
{
    QString text = u"--" + QString::fromLatin1(name);
    if (shortName)
        text = u'-' + QString::fromLatin1(shortName) + u", " + text;
    if (valueName)
        text += u' ' + QString::fromUtf8(valueName);
    return text;
}

void addOptions(QCommandLineParser& parser, const QList<OptionSpec>& specs)
{
    for (const OptionSpec& s : specs) {
        QStringList names { QString::fromLatin1(s.name) };
        if (s.shortName)
            names.prepend(QString::fromLatin1(s.shortName));
        QCommandLineOption option(names, s.help());
        if (s.valueName)
            option.setValueName(QString::fromUtf8(s.valueName));
        parser.addOption(option);
    }
}

QString optionHelp(const QList<OptionSpec>& specs, int column)
{
    constexpr int kWidth = 110;
    QString out;
    for (const OptionSpec& s : specs) {
        QString line = QString(u"  " + s.synopsis()).leftJustified(column) + u' ';
        // Wrapped at word boundaries, the continuation lines under the description.
        const QStringList words = s.help().split(u' ', Qt::SkipEmptyParts);
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (i > 0 && line.size() - lineStart + 1 + words.at(i).size() > kWidth) {
                out += line + u'\n';
                line = QString(column + 1, u' ');
                lineStart = 0;
            } else if (i > 0) {
                line += u' ';
            }
            line += words.at(i);
        }
        out += line + u'\n';
    }
    return out;
}

Command::Command(CliApp& app)
    : QObject(&app)
    , m_app(app)
{ }

QString VerbCommand::verbList() const
{
    QStringList names;
    for (const Verb& v : m_verbs)
        names << v.name;
    const QString last = names.takeLast();
    return names.isEmpty() ? last : tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
}

QString VerbCommand::missingVerb() const
{
    return tr("\"%1\" needs a verb: %2.").arg(name(), verbList());
}

QString VerbCommand::unknownVerb(const QString& verb) const
{
    return tr("unknown verb \"%1\"; use %2.").arg(verb, verbList());
}

int VerbCommand::groupHelp()
{
    return m_app.printHelp();
}

QString VerbCommand::verbHelp(const Verb& verb) const
{
    return tr("Usage: textbench-cli %1 %2 [options]\n\n").arg(name(), verb.name) + optionHelp(verb.options) + u'\n'
        + GlobalOptions::reminder() + u'\n';
}

QList<VerbReference> VerbCommand::reference() const
{
    QList<VerbReference> verbs;
    for (const Verb& v : m_verbs)
        verbs.append({ v.name, v.options, v.operand });
    return verbs;
}

int VerbCommand::run(const QStringList& args)
{
    // Global options may stand before the verb too: they go behind it, where the verb's parser reads them.
    const auto [globals, rest] = GlobalOptions::splitLeading(args);
    const QString verbName = rest.value(0);
    if (verbName == u"--help" || verbName == u"-h")
        return groupHelp();
    if (verbName.isEmpty() || verbName.startsWith(u'-'))
        return m_app.usageError(missingVerb(), {});
    const auto verb = std::find_if(m_verbs.cbegin(), m_verbs.cend(), [&](const Verb& v) { return v.name == verbName; });
    if (verb == m_verbs.cend())
        return m_app.usageError(unknownVerb(verbName), {});
    const QString command = name() + u' ' + verbName;
    QCommandLineParser parser;
    addOptions(parser, verb->options);
    if (!m_app.parse(parser, rest.mid(1) + globals, command, verb->positionals))
        return Usage;
    if (parser.isSet(QStringLiteral("help"))) {
        m_app.out() << verbHelp(*verb);
        return Ok;
    }
    return verb->run(parser);
}

} // namespace textbench::cli
