// SPDX-License-Identifier: GPL-3.0-or-later
#include "globaloptions.h"

#include "api/retrypolicy.h"

#include <QCoreApplication>

namespace textbench::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::cli::GlobalOptions)
};
} // namespace

const QList<OptionSpec>& GlobalOptions::specs()
{
    static const QList<OptionSpec> specs {
        { "json", nullptr,
            QT_TRANSLATE_NOOP("textbench::cli::Options",
                "print the raw resource (a JSON array for list); errors as JSON on stderr") },
        { "base-url", "URL",
            QT_TRANSLATE_NOOP(
                "textbench::cli::Options", "another API host: a sandbox, mock or proxy (http only to this computer)") },
        { "region", "R",
            QT_TRANSLATE_NOOP("textbench::cli::Options", "Twilio region (us1, ie1, au1, …); also TWILIO_REGION") },
        { "edge", "E",
            QT_TRANSLATE_NOOP(
                "textbench::cli::Options", "Twilio edge (ashburn, dublin, sydney, …); also TWILIO_EDGE") },
        { "timeout", "S",
            QT_TRANSLATE_NOOP("textbench::cli::Options", "give up when nothing moves for S seconds (default 30)") },
        { "deadline", "S",
            QT_TRANSLATE_NOOP(
                "textbench::cli::Options", "give up on any request after S seconds in all (default 60)") },
        { "verbose", nullptr,
            QT_TRANSLATE_NOOP("textbench::cli::Options",
                "print each request and response on stderr, headers and bodies (secrets masked), with the request as a "
                "cURL command that reads the secret from $TWILIO_…") },
        { "profile", "NAME",
            QT_TRANSLATE_NOOP("textbench::cli::Options", "use this credential profile (see: textbench-cli profiles)") },
        { "subaccount", "AC…",
            QT_TRANSLATE_NOOP("textbench::cli::Options",
                "act as this subaccount of the profile's account, with the profile's credentials (see: accounts "
                "list)") },
    };
    return specs;
}

void GlobalOptions::addTo(QCommandLineParser& parser)
{
    addOptions(parser, specs());
    parser.addOption(QCommandLineOption({ QStringLiteral("h"), QStringLiteral("help") }, {}));
}

GlobalOptions GlobalOptions::from(const QCommandLineParser& parser)
{
    GlobalOptions o;
    o.json = parser.isSet(QStringLiteral("json"));
    o.verbose = parser.isSet(QStringLiteral("verbose"));
    for (auto [name, field] : { std::pair { "profile", &o.profile }, std::pair { "base-url", &o.baseUrl },
             std::pair { "region", &o.region }, std::pair { "edge", &o.edge }, std::pair { "timeout", &o.timeout },
             std::pair { "deadline", &o.deadline }, std::pair { "subaccount", &o.subaccount } }) {
        if (parser.isSet(QString::fromLatin1(name)))
            *field = parser.value(QString::fromLatin1(name));
    }
    return o;
}

std::pair<QStringList, QStringList> GlobalOptions::splitLeading(const QStringList& args)
{
    qsizetype i = 0;
    while (i < args.size()) {
        const QString& arg = args.at(i);
        // --name, --name=value, and -name (long options may have one dash, as everywhere in textbench-cli).
        const QString name = arg.startsWith(u"--") ? arg.mid(2) : arg.startsWith(u'-') ? arg.mid(1) : QString();
        const QString bare = name.section(u'=', 0, 0);
        const auto spec = std::find_if(specs().cbegin(), specs().cend(),
            [&](const OptionSpec& s) { return !bare.isEmpty() && bare == QLatin1StringView(s.name); });
        if (spec == specs().cend())
            break;
        const bool takesValue = spec->valueName && !name.contains(u'=');
        if (takesValue && i + 1 >= args.size())
            break; // the value is missing: the command's parser says so
        i += takesValue ? 2 : 1;
    }
    return { args.mid(0, i), args.mid(i) };
}

QString GlobalOptions::help()
{
    return Tr::tr("Options for every command (before or after it):") + u'\n' + optionHelp(specs(), 20);
}

QString GlobalOptions::reminder()
{
    QStringList names;
    for (const OptionSpec& s : specs()) {
        QString n = u"--" + QString::fromLatin1(s.name);
        if (s.valueName)
            n += u' ' + QString::fromUtf8(s.valueName);
        names << n;
    }
    return Tr::tr("Options for every command (see textbench-cli --help):") + QStringLiteral("\n  ") + names.join(u' ');
}

QString GlobalOptions::applyTo(RequestPolicy& policy) const
{
    for (auto [name, value, target] : { std::tuple { "timeout", &timeout, &policy.inactivityTimeoutMs },
             std::tuple { "deadline", &deadline, &policy.deadlineMs } }) {
        if (!*value)
            continue;
        bool ok = false;
        const double seconds = (*value)->toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600)
            return Tr::tr("--%1 takes a number of seconds between 0 and 3600, not \"%2\".")
                .arg(QString::fromLatin1(name), **value);
        *target = int(seconds * 1000);
    }
    return {};
}

} // namespace textbench::cli
