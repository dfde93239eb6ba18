// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCommandLineParser>

#include <optional>
#include <utility>

namespace textbench {
struct RequestPolicy;
}

namespace textbench::cli {

/// \brief The options every command takes, before or after the command's name: --profile, --json, --base-url,
/// --region, --edge, --timeout, --deadline, --verbose, --subaccount.
struct GlobalOptions
{
    bool json = false;
    bool verbose = false;
    std::optional<QString> profile;
    std::optional<QString> baseUrl;
    std::optional<QString> region;
    std::optional<QString> edge;
    std::optional<QString> timeout;
    std::optional<QString> deadline;
    std::optional<QString> subaccount;

    /// The options, with their help.
    static const QList<OptionSpec>& specs();
    /// Adds them (and -h/--help) to \a parser.
    static void addTo(QCommandLineParser& parser);
    static GlobalOptions from(const QCommandLineParser& parser);

    /// Splits \a args into the global options at their start (with their values) and the rest: what stands before a
    /// command's name (or a verb) is moved behind it, where the command's parser reads it.
    static std::pair<QStringList, QStringList> splitLeading(const QStringList& args);

    /// The "Options for every command" section of the overview.
    static QString help();
    /// One line that names them all, for the help of a verb.
    static QString reminder();

    /// --timeout and --deadline into \a policy; what is wrong with them, or an empty string.
    QString applyTo(RequestPolicy& policy) const;
};

} // namespace textbench::cli
