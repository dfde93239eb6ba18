// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QObject>
#include <QString>

#include <memory>

class QSettings;

namespace textbench {

/// \brief Desktop notifications for messages that reached a final status: the freedesktop.org Notifications
/// service (org.freedesktop.Notifications on the session bus, as GNOME Shell, Plasma, dunst and mako offer it),
/// called through QtDBus.
///
/// Everything is asynchronous: nothing here waits for the bus or the server, and with no session bus, no server
/// and nothing that D-Bus could start as one, a notification simply does not appear (unavailable() says so, for
/// the curious). The server's capabilities are asked once (again after a failure), to send the body as text or as
/// the subset of HTML most servers read (then escaped). Clicking a notification (its "default" action, also its
/// "Open" button) emits activated() with the message's SID. Whether the window is active is the caller's concern.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    /// The QSettings key of the user's choice; true when absent.
    static QString settingsKey() { return QStringLiteral("notifications/enabled"); }
    /// The user's choice in \a settings (null: Textbench's own, QSettings("Textbench", "textbench")).
    static bool enabledInSettings(QSettings* settings = nullptr);
    static void setEnabledInSettings(bool enabled, QSettings* settings = nullptr);

    /// On the session bus.
    explicit DesktopNotifier(QObject* parent = nullptr);
    /// On the bus connection named \a connectionName (made with QDBusConnection::connectToBus; for tests).
    DesktopNotifier(const QString& connectionName, QObject* parent);
    ~DesktopNotifier() override;

    /// On by default; off: notifyFinal() does nothing at all.
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    /// Says that \a message reached its final status: what it became, to and from whom, the start of its body, and
    /// for a failure its error code explained. A later notification about the same message replaces this one.
    void notifyFinal(const Message& message);

    /// The notification's title: "Message delivered", "Message failed", …
    static QString summaryFor(const Message& message);
    /// Its text, plain (before any escaping): the numbers, the first kBodyExcerpt characters of the body, the error.
    static QString bodyFor(const Message& message);
    static constexpr int kBodyExcerpt = 60;

Q_SIGNALS:
    /// The user clicked the notification about \a messageSid: open it.
    void activated(const QString& messageSid);
    /// The server shows the notification about \a messageSid as \a id.
    void shown(const QString& messageSid, uint id);
    /// No notification about \a messageSid: no bus, no server, or it refused (\a reason: D-Bus's words).
    void unavailable(const QString& messageSid, const QString& reason);

private:
    class Private;
    std::unique_ptr<Private> d;
    bool m_enabled = true;
};

} // namespace textbench
