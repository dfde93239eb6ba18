// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QDeadlineTimer>
#include <QObject>

namespace textbench::cli {

class CliApp;

/// \brief `messages create --wait`: polls a message with a gentle backoff until its status is final, printing each
/// status change with its time (the CLI's status timeline), then the message; ends the program.
class MessageFollower : public QObject
{
    Q_OBJECT
public:
    MessageFollower(CliApp& app, QObject* parent);

    /// Follows \a created for at most \a timeoutS seconds.
    void follow(const Message& created, int timeoutS);
    /// The message as the command prints it: the resource for --json, else one field a line.
    static void print(CliApp& app, const Message& message);

private:
    void printStatus(const Message& message);
    void poll();

    CliApp& m_app;
    Message m_created;
    QString m_lastStatus;
    int m_timeoutS = 0;
    int m_intervalMs = 250;
    QDeadlineTimer m_giveUp;
};

} // namespace textbench::cli
