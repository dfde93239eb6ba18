// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench {
class Message;
}

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

private:
    int create(const QCommandLineParser& parser);
    int fetch(const QCommandLineParser& parser);
    int update(const QCommandLineParser& parser);
    int remove(const QCommandLineParser& parser);
    int list(const QCommandLineParser& parser);

    void print(const Message& message);
    /// --sid, required: the exit code of its absence, or -1.
    int requireSid(const QCommandLineParser& parser, const QString& verb);
};

} // namespace textbench::cli
