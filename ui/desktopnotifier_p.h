// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The D-Bus side of DesktopNotifier, private to desktopnotifier.cpp (a header of its own for moc: its slots receive
// the server's signals).

#include "desktopnotifier.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#if TEXTBENCH_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#endif

namespace textbench {

class DesktopNotifier::Private : public QObject
{
    Q_OBJECT
public:
    enum class Markup { Unknown, Asking, Yes, No };

    Private(DesktopNotifier* owner, const QString& busConnectionName);
    ~Private() override;
    Private(const Private&) = delete;
    Private& operator=(const Private&) = delete;

    void notify(const Message& message);

#if TEXTBENCH_HAVE_DBUS
public Q_SLOTS:
    void actionInvoked(uint id, const QString& actionKey, const QDBusMessage& signal);
    void notificationClosed(uint id, uint reason, const QDBusMessage& signal);

private:
    QDBusConnection bus() const;
    /// A signal from the server that showed our notifications (its unique name), not from anyone else.
    bool fromServer(const QDBusMessage& signal) const
    {
        return !server.isEmpty() && signal.service() == server;
    }
    void askCapabilities();
    void send(const Message& message);
    void giveUp(const QString& reason);
#endif

private:
    DesktopNotifier* q;
    QString connectionName;
    Markup markup = Markup::Unknown;
    /// Until the server said whether it reads markup.
    QList<Message> waiting;
    /// The unique bus name of the server that answered last.
    QString server;
    QHash<uint, QString> sidById;
    QHash<QString, uint> idBySid;
};

} // namespace textbench
