// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For tst_notifications and tst_notificationswindow: a notification server on a test's own bus.

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace textbench::test {

/// Stands in for a notification daemon (GNOME Shell, Plasma, dunst, mako…), which a test's bus does not have:
/// org.freedesktop.Notifications served on a bus connection of its own, so that the calls go through the bus daemon
/// as they would to a real server. It records every Notify and can send ActionInvoked, as a click does.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    static QString service() { return QStringLiteral("org.freedesktop.Notifications"); }
    static QString path() { return QStringLiteral("/org/freedesktop/Notifications"); }

    struct Call
    {
        uint id = 0; ///< what Notify answered
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
    };

    QList<Call> calls;
    /// What GetCapabilities answers (without "body-markup", the body comes as plain text).
    QStringList capabilities { QStringLiteral("actions"), QStringLiteral("body"), QStringLiteral("body-markup") };
    int capabilityQueries = 0;

    explicit FakeNotificationServer(
        const QString& busAddress, const QString& connectionName = QStringLiteral("fake-notification-server"))
        : m_name(connectionName)
        , m_connection(QDBusConnection::connectToBus(busAddress, connectionName))
    { }
    ~FakeNotificationServer() override
    {
        stop();
        QDBusConnection::disconnectFromBus(m_name);
    }
    FakeNotificationServer(const FakeNotificationServer&) = delete;
    FakeNotificationServer& operator=(const FakeNotificationServer&) = delete;

    /// \a ownName false: the object only, as another program on the bus could export one at the same path.
    bool start(bool ownName = true)
    {
        return m_connection.isConnected()
            && m_connection.registerObject(
                path(), this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals)
            && (!ownName || m_connection.registerService(service()));
    }
    void stop()
    {
        m_connection.unregisterService(service());
        m_connection.unregisterObject(path());
    }

    /// Its unique name on the bus (":1.3").
    QString uniqueName() const { return m_connection.baseService(); }

    /// The notification whose body mentions \a text; null if none.
    const Call* find(const QString& text) const
    {
        for (const Call& c : calls) {
            if (c.body.contains(text))
                return &c;
        }
        return nullptr;
    }

public Q_SLOTS:
    QStringList GetCapabilities()
    {
        ++capabilityQueries;
        return capabilities;
    }
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
        const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout)
    {
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        calls.append({ id, appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout });
        return id;
    }
    void CloseNotification(uint id) { Q_EMIT NotificationClosed(id, 3); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString& actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QString m_name;
    QDBusConnection m_connection;
    uint m_lastId = 40;
};

} // namespace textbench::test
