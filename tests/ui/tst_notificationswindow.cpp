// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications from the real window, against the embedded sandbox (its lifecycle sped up ten times): a
// message sent while another window is active is notified once when it is delivered, a failure with its error code
// explained; nothing while the window is active or with View › Desktop notifications off; a click on a notification
// brings the window up with that message in the inspector.
//
// The window talks to the *session* bus (QDBusConnection::sessionBus()), which QtDBus connects to once per process,
// from DBUS_SESSION_BUS_ADDRESS. So main() starts a bus daemon of the test's own and points that variable at it
// before QApplication exists (Qt's platform integration may touch the session bus as early as that): the suite's
// session bus (ctest in dbus-run-session) is shared by tests running in parallel, and on a desktop it has a real
// notification server. The settings file Textbench keeps the View action in goes to a temporary XDG_CONFIG_HOME.
#include "composewidget.h"
#include "errorpanel.h"
#include "fakenotificationserver.h"
#include "fixtures.h"
#include "launch.h"
#include "mainwindow.h"
#include "messages/messagetracker.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace textbench;
using textbench::test::FakeNotificationServer;
using textbench::test::waitToSeeNothingHappen;

namespace {

/// The test's bus daemon, set up by main().
struct PrivateBus
{
    QString address;
    QString configHome; ///< XDG_CONFIG_HOME of the run
    pid_t pid = -1;
};
PrivateBus g_bus;

/// Starts dbus-daemon on \a dir with no service directory (nothing can be started on it as a notification server:
/// only what the test registers) and returns its address, empty on failure. The daemon goes with the test, even
/// one that crashes (PR_SET_PDEATHSIG). Plain POSIX: this runs before QCoreApplication, where QProcess cannot.
QString startBusDaemon(const QString& dir, pid_t* pid)
{
    const QByteArray configPath = QFile::encodeName(dir + QStringLiteral("/bus.conf"));
    QFile config(QFile::decodeName(configPath));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><listen>unix:dir="
        + QFile::encodeName(dir)
        + "</listen><policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
          "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();

    int out[2];
    if (pipe(out) != 0)
        return {};
    const QByteArray configArg = "--config-file=" + configPath;
    const pid_t child = fork();
    if (child < 0)
        return {};
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        dup2(out[1], STDOUT_FILENO);
        close(out[0]);
        close(out[1]);
        execlp("dbus-daemon", "dbus-daemon", configArg.constData(), "--nofork", "--print-address=1",
            static_cast<char*>(nullptr));
        _exit(127);
    }
    close(out[1]);
    QByteArray line;
    pollfd p { out[0], POLLIN, 0 };
    char c = 0;
    while (!line.endsWith('\n') && poll(&p, 1, 5000) > 0 && read(out[0], &c, 1) == 1)
        line += c;
    close(out[0]);
    *pid = child;
    return QString::fromUtf8(line).trimmed();
}

} // namespace

class Tst_NotificationsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_other; ///< another application's window, as far as Textbench can tell
    std::unique_ptr<FakeNotificationServer> m_server;

    template<typename T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no object %s", name);
        return w;
    }

    void open()
    {
        m_window.reset();
        m_workbench.reset();
        test::Launch launch(
            m_dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.test-notify"), 10);
        QVERIFY2(launch.ready && launch.notice.isEmpty(), qPrintable(launch.notice));
        m_workbench = std::move(launch.workbench);
        m_window = std::move(launch.window);
    }

    /// Fills in the composer and sends; returns the new message's SID (empty if it was not created).
    QString send(const QString& to, const QString& body)
    {
        find<QLineEdit>("toLineEdit")->setText(to);
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(body);
        QSignalSpy sent(find<ComposeWidget>("composeWidget"), &ComposeWidget::sent);
        find<QPushButton>("sendButton")->click();
        if (!sent.wait(10'000))
            return {};
        const QString sid = sent.at(0).at(0).value<Message>().sid;
        // The inspector follows what was just sent.
        if (!QTest::qWaitFor([&] { return find<QLineEdit>("sidLineEdit")->text() == sid; }, 5000))
            return {};
        return sid;
    }

    /// Another top-level window takes the focus: Textbench is in the background. False if it did not.
    bool lookElsewhere()
    {
        m_other = std::make_unique<QWidget>();
        m_other->setWindowTitle(QStringLiteral("Another application"));
        m_other->resize(300, 200);
        m_other->show();
        m_other->activateWindow();
        return QTest::qWaitFor([this] { return m_other->isActiveWindow() && !m_window->isActiveWindow(); }, 5000);
    }

    /// Waits until the inspector shows \a status for the message it follows.
    bool reaches(const char* status)
    {
        auto* badge = m_window->findChild<QWidget*>(QStringLiteral("statusBadgeLabel"));
        return QTest::qWaitFor([&] { return badge->property("text").toString() == QLatin1String(status); }, 15'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!g_bus.address.isEmpty(), "dbus-daemon (Debian: dbus-daemon) did not start");
        QCOMPARE(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), g_bus.address);
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_server = std::make_unique<FakeNotificationServer>(g_bus.address);
        m_server->capabilities = { QStringLiteral("actions"), QStringLiteral("body") }; // the body as plain text
        QVERIFY(m_server->start());
        // The window's session bus is the test's: there, the notification server is the fake one (on a desktop's
        // session bus it would be the desktop's).
        QCOMPARE(QDBusConnection::sessionBus().interface()->serviceOwner(FakeNotificationServer::service()).value(),
            m_server->uniqueName());
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        open();
        QVERIFY(!QTest::currentTestFailed());
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void cleanup()
    {
        m_other.reset();
        m_window.reset();
        m_workbench.reset();
        m_server.reset();
    }

    void deliveredInTheBackgroundIsNotifiedOnce()
    {
        QVERIFY(lookElsewhere());
        const QString sid = send(QStringLiteral("+14155552671"), QStringLiteral("Dinner at eight"));
        QVERIFY(!sid.isEmpty());
        QVERIFY(reaches("delivered"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 10'000);
        const FakeNotificationServer::Call c = m_server->calls.at(0);
        QCOMPARE(c.summary, QStringLiteral("Message delivered"));
        QVERIFY2(c.body.startsWith(QStringLiteral("To +14155552671 from +15005550006\n")), qPrintable(c.body));
        QVERIFY2(c.body.contains(QStringLiteral("“Dinner at eight”")), qPrintable(c.body));
        // queued, sending, sent on the way: none of them is a notification, and delivered is said once.
        waitToSeeNothingHappen(2500);
        QCOMPARE(m_server->calls.size(), 1);
        QVERIFY(!m_window->isActiveWindow()); // a notification does not take the focus
    }

    void aFailureIsExplained()
    {
        QVERIFY(lookElsewhere());
        // The sandbox's landline: accepted, then undelivered with 30006.
        QVERIFY(!send(QStringLiteral("+15005559006"), QStringLiteral("To a landline")).isEmpty());
        QVERIFY(reaches("undelivered"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 10'000);
        const FakeNotificationServer::Call c = m_server->calls.at(0);
        QCOMPARE(c.summary, QStringLiteral("Message undelivered"));
        QVERIFY2(c.body.startsWith(QStringLiteral("To +15005559006 from +15005550006\n“To a landline”\n"
                                                  "Error 30006: ")),
            qPrintable(c.body));
        // The explanation, not only the number: the error catalogue's title and meaning follow.
        QVERIFY2(c.body.section(u'\n', 2).size() > QStringLiteral("Error 30006: . ").size() + 20, qPrintable(c.body));
        QVERIFY2(c.body.contains(QStringLiteral("landline"), Qt::CaseInsensitive), qPrintable(c.body));
    }

    void nothingWhileTheWindowIsActive()
    {
        QVERIFY(m_window->isActiveWindow());
        QSignalSpy settled(m_workbench->tracker(), &MessageTracker::settled);
        QVERIFY(!send(QStringLiteral("+14155552671"), QStringLiteral("Seen as it happens")).isEmpty());
        QVERIFY(reaches("delivered"));
        // The tracker settles the message on its own polls (first after a second, then longer): what would be a
        // notification in the background.
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10'000);
        waitToSeeNothingHappen(500);
        QVERIFY(m_window->isActiveWindow());
        QVERIFY(m_server->calls.isEmpty());
    }

    void nothingWhenSwitchedOff()
    {
        QAction* action = find<QAction>("notificationsAction");
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(action->isChecked()); // on by default
        action->trigger();
        QVERIFY(!action->isChecked());
        {
            const QSettings settings(QStringLiteral("Textbench"), QStringLiteral("textbench"));
            QCOMPARE(settings.value(QStringLiteral("notifications/enabled")).toBool(), false);
            QVERIFY(settings.fileName().startsWith(g_bus.configHome)); // the test's, not the user's
        }

        QVERIFY(lookElsewhere());
        QSignalSpy settled(m_workbench->tracker(), &MessageTracker::settled);
        QVERIFY(!send(QStringLiteral("+14155552671"), QStringLiteral("Quietly")).isEmpty());
        QVERIFY(reaches("delivered"));
        QTRY_COMPARE_WITH_TIMEOUT(settled.size(), 1, 10'000);
        waitToSeeNothingHappen(500);
        QVERIFY(m_server->calls.isEmpty());

        // Kept for the next launch.
        m_other.reset();
        open();
        QVERIFY(!QTest::currentTestFailed());
        action = find<QAction>("notificationsAction");
        QVERIFY(!action->isChecked());

        // Switched on again (also the setting, for the tests after this one).
        action->trigger();
        QVERIFY(action->isChecked());
        const QSettings settings(QStringLiteral("Textbench"), QStringLiteral("textbench"));
        QCOMPARE(settings.value(QStringLiteral("notifications/enabled")).toBool(), true);
    }

    void clickingANotificationOpensItsMessage()
    {
        QVERIFY(lookElsewhere());
        const QString first = send(QStringLiteral("+14155552671"), QStringLiteral("First of two"));
        QVERIFY(!first.isEmpty());
        const QString second = send(QStringLiteral("+14155552672"), QStringLiteral("Second of two"));
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 2, 15'000);
        const FakeNotificationServer::Call* firstCall = m_server->find(QStringLiteral("First of two"));
        QVERIFY(firstCall);
        QVERIFY(m_server->find(QStringLiteral("Second of two")));
        const uint firstId = firstCall->id;

        // The user has since moved on, in the window too: the Log tab, the second message in the inspector.
        auto* tabs = find<QTabWidget>("mainTabWidget");
        tabs->setCurrentIndex(1);
        QCOMPARE(find<QLineEdit>("sidLineEdit")->text(), second);

        Q_EMIT m_server->ActionInvoked(firstId, QStringLiteral("default"));
        QTRY_COMPARE(find<QLineEdit>("sidLineEdit")->text(), first);
        QCOMPARE(tabs->currentIndex(), 0); // Send & inspect
        QVERIFY(find<QWidget>("inspectorWidget")->isVisible());
        QTRY_VERIFY(m_window->isActiveWindow()); // raised and activated
        QVERIFY(reaches("delivered"));
    }

    void aClickAfterASwitchSaysWhereTheMessageIs()
    {
        QVERIFY(lookElsewhere());
        const QString sid = send(QStringLiteral("+14155552671"), QStringLiteral("Before the switch"));
        QVERIFY(!sid.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls.size(), 1, 15'000);
        const uint id = m_server->calls.first().id;
        // Another profile takes over: the message is not this one's to open.
        m_workbench->activeProfile()->activateCredentials(QStringLiteral("Other"),
            Credentials::withAuthToken(QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("x")),
            ApiEndpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        QTRY_VERIFY(m_window->windowTitle().contains(u"Other"));
        Q_EMIT m_server->ActionInvoked(id, QStringLiteral("default"));
        QTRY_VERIFY(m_window->errorPanel()->isVisible());
        QVERIFY2(m_window->errorPanel()->bodyText().contains(u"followed under the profile “Sandbox”"),
            qPrintable(m_window->errorPanel()->bodyText()));
        // Not fetched under the other profile's credentials.
        QTest::qWait(300);
        QVERIFY(!m_workbench->watch()->hasMessage());
    }
};

int main(int argc, char** argv)
{
    // Before QApplication: the bus and the settings' folder of the whole run.
    QTemporaryDir busDir;
    QTemporaryDir configHome;
    if (busDir.isValid() && configHome.isValid()) {
        g_bus.address = startBusDaemon(busDir.path(), &g_bus.pid);
        g_bus.configHome = configHome.path();
        qputenv("DBUS_SESSION_BUS_ADDRESS", g_bus.address.toUtf8());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));
    }
    int result = 1;
    {
        QApplication app(argc, argv);
        Tst_NotificationsWindow test;
        QTEST_SET_MAIN_SOURCE_PATH
        result = QTest::qExec(&test, argc, argv);
    }
    if (g_bus.pid > 0) {
        kill(g_bus.pid, SIGTERM);
        waitpid(g_bus.pid, nullptr, 0);
    }
    return result;
}

#include "tst_notificationswindow.moc"
