// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentscommand.h"

#include "cliapp.h"
#include "exitcodes.h"
#include "input.h"
#include "messages/segmentcalculator.h"

#include <limits>

namespace textbench::cli {

namespace {
const QList<OptionSpec> kOptions {
    { "smart-encoding", nullptr,
        QT_TRANSLATE_NOOP("textbench::cli::Options", "replace look-alike characters with GSM-7 ones first") },
};
} // namespace

QList<VerbReference> SegmentsCommand::reference() const
{
    return { { {}, kOptions, VerbReference::Operand::Text } };
}

QString SegmentsCommand::usage()
{
    return tr("  textbench-cli segments [--json] [--smart-encoding] [TEXT | -]\n"
              "                                encoding and SMS segments of a body, as Twilio counts them\n");
}

int SegmentsCommand::run(const QStringList& args)
{
    QCommandLineParser parser;
    addOptions(parser, kOptions);
    if (!m_app.parse(parser, args, name(), std::numeric_limits<int>::max()))
        return Usage;
    QTextStream& out = m_app.out();
    if (parser.isSet(QStringLiteral("help"))) {
        out << tr("Usage: textbench-cli segments [--json] [--smart-encoding] [TEXT | -]\n\n"
                  "Counts a body's SMS segments as Twilio does: GSM-7 (160 characters, 153 a segment once split;\n"
                  "^{}\\[~]|€ count twice) or UCS-2 (70, then 67). --smart-encoding first replaces look-alike\n"
                  "characters (curly quotes, long dashes, …) with GSM-7 ones, as Twilio's SmartEncoded does.\n"
                  "Without TEXT, or with -, the text is read from standard input (UTF-8; one final line break is\n"
                  "dropped).\n");
        return Ok;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return m_app.usageError(
            tr("give the text as one argument (quote it): textbench-cli segments \"Hello\""), name());
    QString text = positional.value(0);
    if (positional.isEmpty() || text == u"-") {
        // A megabyte is some 6,000 segments: more than any message, and a clear error for a wrong file.
        QString problem;
        const std::optional<QString> input
            = Input::readText(QStringLiteral("-"), qsizetype(1024) * 1024, QStringLiteral("segments"), &problem);
        if (!input)
            return m_app.usageError(problem, name());
        text = *input;
    }
    const SegmentInfo info = SegmentCalculator::analyze(text, parser.isSet(QStringLiteral("smart-encoding")));
    if (m_app.json()) {
        // In the documented key order: {"encoding": …, "segments": N, "characters": N}.
        out << QStringLiteral("{\"encoding\":\"%1\",\"segments\":%2,\"characters\":%3}")
                   .arg(info.encodingName())
                   .arg(info.segments)
                   .arg(info.characters)
            << '\n';
        return Ok;
    }
    out << info.encodingName() << " · " << tr("%1 characters").arg(info.characters) << " · "
        << SegmentCalculator::counterText(info) << '\n';
    if (!info.nonGsmCharacters.isEmpty())
        out << tr("UCS-2 because of: %1").arg(info.nonGsmCharacters.join(QStringLiteral(" "))) << '\n';
    return Ok;
}

} // namespace textbench::cli
