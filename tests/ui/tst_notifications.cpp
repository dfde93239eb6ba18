// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications over D-Bus: what the notifier asks the server to show (every field of Notify, the body
// escaped for servers that read markup and plain for those that do not, a failure's error code explained), a click on
// a notification opening its message, and nothing at all (no call, no wait) when notifications are off, when no
// server owns the name, or with no bus. On a bus daemon of the test's own: the session bus of the suite (ctest in
// dbus-run-session) is shared by the tests that run in parallel, and on a desktop it has a real notification server.
#include "api/errorcatalog.h"
#include "desktopnotifier.h"
#include "fakenotificationserver.h"
#include "fixtures.h"

#include <QDBusConnection>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace textbench;
using textbench::test::FakeNotificationServer;
using textbench::test::waitToSeeNothingHappen;

namespace {

/// The notifier's connection to the test's bus.
const QString kNotifierBus = QStringLiteral("notifier");

Message message(const QString& status, const QString& body, std::optional<int> errorCode = std::nullopt)
{
    Message m = *Message::fromJson(test::messageJson(test::kMessageSid, status));
    m.to = QStringLiteral("+14155552671");
    m.from = QStringLiteral("+15005550006");
    m.direction = QStringLiteral("outbound-api");
    m.body = body;
    m.errorCode = errorCode;
    return m;
}

} // namespace

class Tst_Notifications : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_busDir;
    QProcess m_bus;
    QString m_busAddress;
    std::unique_ptr<FakeNotificationServer> m_server;

    /// Notifies \a m and waits for the server to have shown it; returns its id (0 on failure).
    static uint notified(DesktopNotifier& notifier, const Message& m)
    {
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifyFinal(m);
        if (!shown.wait(5000))
            return 0;
        return shown.at(0).at(1).toUInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A bus daemon with no service directory: nothing can be started on it, only what the test registers.
        QVERIFY(m_busDir.isValid());
        QFile config(m_busDir.filePath(QStringLiteral("bus.conf")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                     " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir="
            + QFile::encodeName(m_busDir.path())
            + "</listen><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
              "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        config.close();
        m_bus.start(QStringLiteral("dbus-daemon"),
            { QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                QStringLiteral("--print-address=1") });
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon (Debian: dbus-daemon) did not start");
        while (!m_bus.canReadLine() && m_bus.waitForReadyRead(5000)) { }
        m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY2(!m_busAddress.isEmpty(), m_bus.readAllStandardError().constData());
        QVERIFY(QDBusConnection::connectToBus(m_busAddress, kNotifierBus).isConnected());
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(kNotifierBus);
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void init()
    {
        m_server = std::make_unique<FakeNotificationServer>(m_busAddress, QStringLiteral("fake-notification-server"));
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    void aDeliveredMessageIsNotified()
    {
        DesktopNotifier notifier(kNotifierBus, nullptr);
        QVERIFY(notifier.isEnabled()); // on by default
        const QString body = QStringLiteral("Fish & chips <b>tonight</b>? Then bring the vinegar, the salt and a "
                                            "lot of napkins, please.");
        QVERIFY(notified(notifier, message(QStringLiteral("delivered"), body)) != 0);
        QCOMPARE(m_server->calls.size(), 1);
        const FakeNotificationServer::Call& c = m_server->calls.at(0);
        QCOMPARE(c.appName, QStringLiteral("Textbench"));
        QCOMPARE(c.replacesId, 0u);
        QCOMPARE(c.appIcon, QStringLiteral("io.github.textbench"));
        QCOMPARE(c.summary, QStringLiteral("Message delivered"));
        QCOMPARE(c.actions, (QStringList { QStringLiteral("default"), QStringLiteral("Open") }));
        QCOMPARE(c.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("io.github.textbench"));
        const QVariant urgency = c.hints.value(QStringLiteral("urgency"));
        QCOMPARE(urgency.metaType(), QMetaType::fromType<uchar>()); // a D-Bus byte, as the specification says
        QCOMPARE(urgency.value<uchar>(), uchar(1));
        QCOMPARE(c.expireTimeout, -1);
        // The server reads markup: &, < and > escaped; the body cut after 60 characters.
        QCOMPARE(c.body,
            QStringLiteral("To +14155552671 from +15005550006\n"
                           "“Fish &amp; chips &lt;b&gt;tonight&lt;/b&gt;? Then bring the vinegar, the sal…”"));
        QCOMPARE(m_server->capabilityQueries, 1);

        // Asked once: the next notification goes straight to Notify.
        Message second = message(QStringLiteral("received"), QStringLiteral("Hi"));
        second.sid = test::sidNumber(2);
        second.direction = QStringLiteral("inbound");
        QVERIFY(notified(notifier, second) != 0);
        QCOMPARE(m_server->capabilityQueries, 1);
        QCOMPARE(m_server->calls.at(1).summary, QStringLiteral("Message received"));
        QCOMPARE(m_server->calls.at(1).body, QStringLiteral("From +15005550006 to +14155552671\n“Hi”"));
    }

    void aServerWithoutMarkupGetsPlainText()
    {
        m_server->capabilities = { QStringLiteral("actions"), QStringLiteral("body") };
        DesktopNotifier notifier(kNotifierBus, nullptr);
        QVERIFY(notified(notifier, message(QStringLiteral("delivered"), QStringLiteral("<3 & more"))) != 0);
        QCOMPARE(m_server->calls.at(0).body, QStringLiteral("To +14155552671 from +15005550006\n“<3 & more”"));
    }

    void aFailureIsExplained_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("summary");
        QTest::newRow("undelivered") << QStringLiteral("undelivered") << 30006 << QStringLiteral("Message undelivered");
        QTest::newRow("failed") << QStringLiteral("failed") << 30008 << QStringLiteral("Message failed");
    }

    void aFailureIsExplained()
    {
        QFETCH(QString, status);
        QFETCH(int, code);
        QFETCH(QString, summary);
        m_server->capabilities = { QStringLiteral("body") }; // plain text: the explanation compared as it is
        DesktopNotifier notifier(kNotifierBus, nullptr);
        QVERIFY(notified(notifier, message(status, QStringLiteral("Are you there?"), code)) != 0);
        const FakeNotificationServer::Call& c = m_server->calls.at(0);
        QCOMPARE(c.summary, summary);
        QCOMPARE(c.hints.value(QStringLiteral("urgency")).value<uchar>(), uchar(2)); // critical
        const ErrorCatalog::Entry e = ErrorCatalog::twilioCode(code);
        QVERIFY(e.isKnown());
        const QString explained = QStringLiteral("Error %1: %2. %3").arg(code).arg(e.title, e.meaning);
        QVERIFY2(c.body.endsWith(u'\n' + explained), qPrintable(c.body));
        QVERIFY(c.body.contains(QStringLiteral("“Are you there?”")));

        // A code the catalogue does not know: Twilio's own message.
        Message unknown = message(status, QString(), 39999);
        unknown.errorMessage = QStringLiteral("Something new");
        QCOMPARE(DesktopNotifier::bodyFor(unknown),
            QStringLiteral("To +14155552671 from +15005550006\nError 39999: Something new"));
    }

    void clickingANotificationOpensItsMessage()
    {
        DesktopNotifier notifier(kNotifierBus, nullptr);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        const uint id = notified(notifier, message(QStringLiteral("delivered"), QStringLiteral("Hello")));
        QVERIFY(id != 0);

        Q_EMIT m_server->ActionInvoked(id, QStringLiteral("default"));
        QVERIFY(activated.wait(5000));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), test::kMessageSid);

        // Another notification's click, another action, or the same signal from anyone but the server is not ours.
        Q_EMIT m_server->ActionInvoked(id + 100, QStringLiteral("default"));
        Q_EMIT m_server->ActionInvoked(id, QStringLiteral("other"));
        FakeNotificationServer impostor(m_busAddress, QStringLiteral("impostor"));
        QVERIFY(impostor.start(false));
        Q_EMIT impostor.ActionInvoked(id, QStringLiteral("default"));
        waitToSeeNothingHappen(200);
        QCOMPARE(activated.size(), 1);

        // A later notification about the same message replaces it.
        QCOMPARE(notified(notifier, message(QStringLiteral("read"), QStringLiteral("Hello"))), id);
        QCOMPARE(m_server->calls.at(1).replacesId, id);

        // Closed, it is forgotten: a click on that id does nothing, and the next one is a new notification.
        m_server->CloseNotification(id);
        waitToSeeNothingHappen(200);
        Q_EMIT m_server->ActionInvoked(id, QStringLiteral("default"));
        waitToSeeNothingHappen(200);
        QCOMPARE(activated.size(), 1);
        QVERIFY(notified(notifier, message(QStringLiteral("read"), QStringLiteral("Hello"))) != 0);
        QCOMPARE(m_server->calls.at(2).replacesId, 0u);
    }

    void noServerMeansNothingHappens()
    {
        m_server->stop(); // the name has no owner, and nothing can be started as one on this bus
        DesktopNotifier notifier(kNotifierBus, nullptr);
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QElapsedTimer clock;
        clock.start();
        notifier.notifyFinal(message(QStringLiteral("delivered"), QStringLiteral("Hello")));
        QVERIFY2(clock.elapsed() < 100, qPrintable(QString::number(clock.elapsed()))); // never waits
        QVERIFY(unavailable.wait(5000));
        QCOMPARE(unavailable.at(0).at(0).toString(), test::kMessageSid);
        QVERIFY(!unavailable.at(0).at(1).toString().isEmpty());
        QVERIFY(shown.isEmpty());
        QVERIFY(m_server->calls.isEmpty());

        // A server that comes later is found.
        QVERIFY(m_server->start());
        QVERIFY(notified(notifier, message(QStringLiteral("delivered"), QStringLiteral("Hello"))) != 0);
        QCOMPARE(m_server->calls.size(), 1);
    }

    void noBusMeansNothingHappens()
    {
        const QString name = QStringLiteral("no-bus");
        const QDBusConnection none
            = QDBusConnection::connectToBus(QStringLiteral("unix:path=/nonexistent/textbench-test-bus"), name);
        QVERIFY(!none.isConnected());
        {
            DesktopNotifier notifier(name, nullptr);
            QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
            notifier.notifyFinal(message(QStringLiteral("delivered"), QStringLiteral("Hello")));
            QCOMPARE(unavailable.size(), 1);
            waitToSeeNothingHappen(100);
            QVERIFY(m_server->calls.isEmpty());
        }
        QDBusConnection::disconnectFromBus(name);
    }

    void offMeansNoCall()
    {
        DesktopNotifier notifier(kNotifierBus, nullptr);
        notifier.setEnabled(false);
        QVERIFY(!notifier.isEnabled());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        notifier.notifyFinal(message(QStringLiteral("failed"), QStringLiteral("Hello"), 30008));
        waitToSeeNothingHappen(300);
        QVERIFY(m_server->calls.isEmpty());
        QCOMPARE(m_server->capabilityQueries, 0);
        QVERIFY(shown.isEmpty() && unavailable.isEmpty());

        notifier.setEnabled(true);
        QVERIFY(notified(notifier, message(QStringLiteral("failed"), QStringLiteral("Hello"), 30008)) != 0);
    }

    void theSetting()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QVERIFY(DesktopNotifier::enabledInSettings(&settings)); // on by default
        DesktopNotifier::setEnabledInSettings(false, &settings);
        QCOMPARE(settings.value(QStringLiteral("notifications/enabled")).toBool(), false);
        QVERIFY(!DesktopNotifier::enabledInSettings(&settings));
        DesktopNotifier::setEnabledInSettings(true, &settings);
        QVERIFY(DesktopNotifier::enabledInSettings(&settings));
    }
};

QTEST_GUILESS_MAIN(Tst_Notifications)
#include "tst_notifications.moc"
