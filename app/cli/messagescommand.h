// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "input.h"
#include "outputformat.h"

#include <functional>
#include <memory>
#include <optional>

namespace textbench {
class ApiJob;
class Message;
} // namespace textbench

namespace textbench::cli {

/// \brief `textbench-cli messages create|fetch|update|delete|list`: the Messages resource, with twilio-cli's flag
/// names.
class MessagesCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit MessagesCommand(CliApp& app);
    QString name() const override { return QStringLiteral("messages"); }
    static QString usage();
    /// Twilio's keys of a message: what --properties may name.
    static const QStringList& messageKeys();
    /// What -o tsv prints without --properties: the columns of the terminal's table.
    static const QStringList& tsvDefaults();

private:
    int create(const QCommandLineParser& parser);
    int fetch(const QCommandLineParser& parser);
    int update(const QCommandLineParser& parser);
    int remove(const QCommandLineParser& parser);
    int feedback(const QCommandLineParser& parser);
    int list(const QCommandLineParser& parser);

    void print(const Message& message);
    static void write(ResourceWriter& writer, const Message& message);
    /// The output options; false (and the exit code in \a code) when they are wrong.
    bool readFormat(const QCommandLineParser& parser, const QString& verb, int* code);
    /// --sid, required and repeatable, "-" read from standard input as it is needed; nullptr (and the exit code)
    /// when it is wrong.
    std::shared_ptr<Input::ValueStream> sids(const QCommandLineParser& parser, const QString& verb, int* code);
    /// What a verb by SID needs before its jobs: the SIDs, the output format (of \a keys) and the client; nullptr
    /// (and the exit code) when one of them is wrong.
    std::shared_ptr<Input::ValueStream> prepare(
        const QCommandLineParser& parser, const QString& verb, const QStringList& keys, int* code);
    /// Runs one job a SID, in turn, printing each success with \a print (its own columns separated by
    /// \a separator); ends the program with the highest exit code of them.
    void runEach(const std::shared_ptr<Input::ValueStream>& sids,
        const std::function<ApiJob*(const QString& sid)>& makeJob,
        const std::function<void(ApiJob* job, const QString& sid, ResourceWriter& writer)>& print,
        const QString& separator = QStringLiteral("\n"));
};

} // namespace textbench::cli
