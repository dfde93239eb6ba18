// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopnotifier.h"

#include "api/errorcatalog.h"
#include "desktopnotifier_p.h"

#include <QHash>
#include <QList>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

#include <utility>

#if TEXTBENCH_HAVE_DBUS
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace textbench {

namespace {

QString service()
{
    return QStringLiteral("org.freedesktop.Notifications");
}
QString objectPath()
{
    return QStringLiteral("/org/freedesktop/Notifications");
}
QString interfaceName()
{
    return QStringLiteral("org.freedesktop.Notifications");
}
/// The application's id: the desktop file's name and the icon's.
QString appId()
{
    return QStringLiteral("io.github.textbench");
}
QString defaultAction()
{
    return QStringLiteral("default");
}

/// Long enough for D-Bus to start a server that is activated on demand (dunst, mako), short enough to give up on
/// one that hangs. Nothing waits for it.
constexpr int kCallTimeoutMs = 10'000;

/// The server reads the body as its HTML subset: &, < and > must be entities there.
QString escapeMarkup(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += QStringLiteral("&amp;");
        else if (c == u'<')
            out += QStringLiteral("&lt;");
        else if (c == u'>')
            out += QStringLiteral("&gt;");
        else
            out += c;
    }
    return out;
}

bool isInbound(const Message& m)
{
    return m.direction.startsWith(u"inbound") || m.status == MessageStatus::Received;
}

} // namespace

DesktopNotifier::Private::Private(DesktopNotifier* owner, const QString& busConnectionName)
    : q(owner)
    , connectionName(busConnectionName)
{
#if TEXTBENCH_HAVE_DBUS
    QDBusConnection connection = bus();
    if (!connection.isConnected())
        return;
    // Any sender's signals on the server's path: connecting by the well-known name would make QtDBus ask the bus for
    // its owner and wait for the answer. The sender is checked in the slots instead.
    connection.connect(QString(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"), this,
        SLOT(actionInvoked(uint, QString, QDBusMessage)));
    connection.connect(QString(), objectPath(), interfaceName(), QStringLiteral("NotificationClosed"), this,
        SLOT(notificationClosed(uint, uint, QDBusMessage)));
#endif
}

DesktopNotifier::Private::~Private()
{
#if TEXTBENCH_HAVE_DBUS
    QDBusConnection connection = bus();
    if (!connection.isConnected())
        return;
    connection.disconnect(QString(), objectPath(), interfaceName(), QStringLiteral("ActionInvoked"), this,
        SLOT(actionInvoked(uint, QString, QDBusMessage)));
    connection.disconnect(QString(), objectPath(), interfaceName(), QStringLiteral("NotificationClosed"), this,
        SLOT(notificationClosed(uint, uint, QDBusMessage)));
#endif
}

void DesktopNotifier::Private::notify(const Message& message)
{
#if TEXTBENCH_HAVE_DBUS
    if (!bus().isConnected()) {
        Q_EMIT q->unavailable(message.sid, DesktopNotifier::tr("There is no session bus."));
        return;
    }
    switch (markup) {
    case Markup::Unknown:
        waiting << message;
        askCapabilities();
        break;
    case Markup::Asking:
        waiting << message;
        break;
    case Markup::Yes:
    case Markup::No:
        send(message);
        break;
    }
#else
    Q_EMIT q->unavailable(message.sid, DesktopNotifier::tr("This build has no D-Bus support."));
#endif
}

#if TEXTBENCH_HAVE_DBUS
void DesktopNotifier::Private::actionInvoked(uint id, const QString& actionKey, const QDBusMessage& signal)
{
    if (!fromServer(signal) || actionKey != defaultAction())
        return;
    const auto it = sidById.constFind(id);
    if (it != sidById.cend())
        Q_EMIT q->activated(*it);
}

void DesktopNotifier::Private::notificationClosed(uint id, uint reason, const QDBusMessage& signal)
{
    Q_UNUSED(reason)
    if (!fromServer(signal))
        return;
    const QString sid = sidById.take(id);
    if (!sid.isEmpty() && idBySid.value(sid) == id)
        idBySid.remove(sid);
}

QDBusConnection DesktopNotifier::Private::bus() const
{
    return connectionName.isEmpty() ? QDBusConnection::sessionBus() : QDBusConnection(connectionName);
}

void DesktopNotifier::Private::askCapabilities()
{
    markup = Markup::Asking;
    const QDBusMessage call
        = QDBusMessage::createMethodCall(service(), objectPath(), interfaceName(), QStringLiteral("GetCapabilities"));
    auto* watcher = new QDBusPendingCallWatcher(bus().asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            // No server (and none D-Bus could start), or a broken one: asked again with the next notification.
            giveUp(reply.error().message());
            return;
        }
        markup = reply.value().contains(QStringLiteral("body-markup")) ? Markup::Yes : Markup::No;
        const QList<Message> pending = std::exchange(waiting, {});
        for (const Message& m : pending)
            send(m);
    });
}

void DesktopNotifier::Private::giveUp(const QString& reason)
{
    markup = Markup::Unknown;
    server.clear();
    const QList<Message> pending = std::exchange(waiting, {});
    for (const Message& m : pending)
        Q_EMIT q->unavailable(m.sid, reason);
}

void DesktopNotifier::Private::send(const Message& message)
{
    const bool failure = message.status == MessageStatus::Failed || message.status == MessageStatus::Undelivered;
    QString body = bodyFor(message);
    if (markup == Markup::Yes)
        body = escapeMarkup(body);
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), appId());
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(failure ? 2 : 1))); // a byte: critical, normal
    QDBusMessage call
        = QDBusMessage::createMethodCall(service(), objectPath(), interfaceName(), QStringLiteral("Notify"));
    call << QStringLiteral("Textbench") << uint(idBySid.value(message.sid, 0)) << appId() << summaryFor(message) << body
         << QStringList { defaultAction(), DesktopNotifier::tr("Open") } << hints << int(-1);

    auto* watcher = new QDBusPendingCallWatcher(bus().asyncCall(call, kCallTimeoutMs), this);
    const QString sid = message.sid;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, sid](QDBusPendingCallWatcher* w) {
        w->deleteLater();
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            markup = Markup::Unknown; // the server may have gone or changed: its capabilities are asked again
            server.clear();
            Q_EMIT q->unavailable(sid, reply.error().message());
            return;
        }
        const uint id = reply.value();
        server = reply.reply().service();
        const uint previous = idBySid.value(sid, 0);
        if (previous != 0 && previous != id)
            sidById.remove(previous);
        idBySid.insert(sid, id);
        sidById.insert(id, sid);
        Q_EMIT q->shown(sid, id);
    });
}
#endif

bool DesktopNotifier::enabledInSettings(QSettings* settings)
{
    if (settings)
        return settings->value(settingsKey(), true).toBool();
    const QSettings own(QStringLiteral("Textbench"), QStringLiteral("textbench"));
    return own.value(settingsKey(), true).toBool();
}

void DesktopNotifier::setEnabledInSettings(bool enabled, QSettings* settings)
{
    if (settings) {
        settings->setValue(settingsKey(), enabled);
        return;
    }
    QSettings own(QStringLiteral("Textbench"), QStringLiteral("textbench"));
    own.setValue(settingsKey(), enabled);
}

DesktopNotifier::DesktopNotifier(QObject* parent)
    : DesktopNotifier(QString(), parent)
{ }

DesktopNotifier::DesktopNotifier(const QString& connectionName, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, connectionName))
{ }

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::notifyFinal(const Message& message)
{
    if (!m_enabled || message.sid.isEmpty())
        return;
    d->notify(message);
}

QString DesktopNotifier::summaryFor(const Message& message)
{
    switch (message.status) {
    case MessageStatus::Delivered:
        return tr("Message delivered");
    case MessageStatus::Undelivered:
        return tr("Message undelivered");
    case MessageStatus::Failed:
        return tr("Message failed");
    case MessageStatus::Received:
        return tr("Message received");
    case MessageStatus::Read:
        return tr("Message read");
    case MessageStatus::Canceled:
        return tr("Message canceled");
    default:
        return tr("Message %1").arg(message.statusText);
    }
}

QString DesktopNotifier::bodyFor(const Message& message)
{
    QStringList lines;
    if (isInbound(message))
        lines << tr("From %1 to %2").arg(message.from, message.to);
    else if (message.from.isEmpty())
        lines << tr("To %1").arg(message.to);
    else
        lines << tr("To %1 from %2").arg(message.to, message.from);

    QString excerpt = message.body.simplified();
    if (excerpt.size() > kBodyExcerpt) {
        qsizetype cut = kBodyExcerpt;
        if (excerpt.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        excerpt = excerpt.left(cut).trimmed() + QChar(0x2026);
    }
    if (!excerpt.isEmpty())
        lines << tr("“%1”").arg(excerpt);

    if (message.errorCode) {
        const int code = *message.errorCode;
        const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(code);
        if (e.isKnown())
            lines << tr("Error %1: %2. %3").arg(code).arg(e.title, e.meaning);
        else if (!message.errorMessage.isEmpty())
            lines << tr("Error %1: %2").arg(code).arg(message.errorMessage);
        else
            lines << tr("Error %1").arg(code);
    }
    return lines.join(u'\n');
}

} // namespace textbench
