// SPDX-License-Identifier: GPL-3.0-or-later
// What the window keeps between runs (StateKeeper), with the real window on the offscreen platform against the
// embedded sandbox: the draft as typed (every field), cleared by a send that went through and kept by one that
// failed; the inspected message and the log's filters; an unreadable draft set aside with a notice; the window's
// layout; a window kept on a screen that is gone; --reset-state. A real kill -9 of the installed app is in
// packaging/desktop-e2e.sh.
#include "composewidget.h"
#include "errorpanel.h"
#include "inspectorwidget.h"
#include "launch.h"
#include "logwidget.h"
#include "mainwindow.h"
#include "profiles/activeprofile.h"
#include "statekeeper.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace textbench;

class Tst_StateKeeper : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::Launch> m_launch;

    MainWindow* window() const { return m_launch->window.get(); }
    template<typename T> T* find(const char* name) const
    {
        T* w = window()->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    QString workDirectory() const { return m_dir.filePath(QStringLiteral("work")); }
    QString draftFile() const { return WorkStateStore(workDirectory()).pathFor(QStringLiteral("sandbox")); }
    QByteArray draftBytes() const
    {
        QFile f(draftFile());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// Starts Textbench as a launch does, with what it keeps; a second call is the next run.
    bool open()
    {
        m_launch.reset();
        m_launch = std::make_unique<test::Launch>(m_dir.filePath(QStringLiteral("profiles.ini")),
            QStringLiteral("io.github.textbench.test-state"), 10, QSize(1100, 760), 10'000, workDirectory());
        return m_launch->ready;
    }

    void waitForSend()
    {
        QTest::mouseClick(find<QPushButton>("sendButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("sendButton")->isEnabled(), 10'000);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        QDir(workDirectory()).removeRecursively();
        QVERIFY(open());
    }

    void cleanup() { m_launch.reset(); }

    void theDraftComesBackWithEveryField()
    {
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+1 415 555 2671"));
        find<QComboBox>("fromComboBox")->setEditText(QStringLiteral("+15005550010"));
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("Half-written “test” 👋\nline two"));
        find<QAbstractButton>("mediaToggleButton")->setChecked(true);
        find<QPlainTextEdit>("mediaTextEdit")->setPlainText(QStringLiteral("https://example.com/cat.png"));
        find<QAbstractButton>("advancedToggleButton")->setChecked(true);
        find<QLineEdit>("statusCallbackLineEdit")->setText(QStringLiteral("http://127.0.0.1:9/status"));
        find<QSpinBox>("validitySpinBox")->setValue(120);
        find<QCheckBox>("smartEncodingCheckBox")->setChecked(true);
        find<QCheckBox>("provideFeedbackCheckBox")->setChecked(true);
        // Written a moment after the last keystroke, without a quit.
        QTRY_VERIFY_WITH_TIMEOUT(
            draftBytes().contains("line two") && draftBytes().contains("provide_feedback\": true"), 5'000);
        const ComposeDraft typed = window()->compose()->draft();

        QVERIFY(open());
        const ComposeDraft back = window()->compose()->draft();
        QVERIFY(back == typed);
        QCOMPARE(find<QLineEdit>("toLineEdit")->text(), QStringLiteral("+1 415 555 2671"));
        QCOMPARE(find<QComboBox>("fromComboBox")->currentText(), QStringLiteral("+15005550010"));
        QVERIFY(find<QWidget>("mediaWidget")->isVisible());
        QVERIFY(find<QWidget>("advancedWidget")->isVisible());
        QVERIFY(!window()->errorPanel()->isVisible());
    }

    void aSendThatWentThroughClearsTheMessageAndKeepsTheAddress()
    {
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+14155552671"));
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("Sent once"));
        waitForSend();
        QVERIFY(m_launch->workbench->watch()->hasMessage());
        const QString sid = m_launch->workbench->watch()->message().sid;
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QString());
        QCOMPARE(find<QLineEdit>("toLineEdit")->text(), QStringLiteral("+14155552671"));
        QTRY_VERIFY_WITH_TIMEOUT(draftBytes().contains(sid.toLatin1()), 5'000);
        // The draft's body is empty; the text is kept only as the inspected message's.
        const QJsonObject kept = QJsonDocument::fromJson(draftBytes()).object();
        QCOMPARE(kept[u"draft"][u"body"].toString(), QString());
        QCOMPARE(kept[u"draft"][u"to"].toString(), QStringLiteral("+14155552671"));
        QCOMPARE(kept[u"inspected_message"][u"body"].toString(), QStringLiteral("Sent once"));
        // The text can be brought back to send again.
        find<QPlainTextEdit>("bodyTextEdit")->undo();
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("Sent once"));
    }

    void aFailedSendKeepsTheDraft()
    {
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+15005550001")); // invalid: 21211
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("Not sent"));
        waitForSend();
        QTRY_VERIFY(window()->errorPanel()->isVisible());
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("Not sent"));
        QTRY_VERIFY_WITH_TIMEOUT(draftBytes().contains("Not sent"), 5'000);
        QVERIFY(open());
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("Not sent"));
    }

    void theInspectedMessageAndTheLogFiltersComeBack()
    {
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+14155552671"));
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("Watch me"));
        waitForSend();
        const QString sid = m_launch->workbench->watch()->message().sid;
        QVERIFY(!sid.isEmpty());
        find<QLineEdit>("filterToLineEdit")->setText(QStringLiteral("+14155552671"));
        find<QCheckBox>("afterCheckBox")->setChecked(true);
        find<QDateEdit>("afterDateEdit")->setDate(QDate(2026, 1, 2));
        QTRY_VERIFY_WITH_TIMEOUT(draftBytes().contains("2026-01-02") && draftBytes().contains(sid.toLatin1()), 5'000);

        QVERIFY(open());
        QTRY_COMPARE_WITH_TIMEOUT(m_launch->workbench->watch()->message().sid, sid, 10'000);
        QCOMPARE(find<QLineEdit>("sidLineEdit")->text(), sid);
        const LogFilters filters = window()->logWidget()->filters();
        QCOMPARE(filters.to, QStringLiteral("+14155552671"));
        QCOMPARE(filters.after, QDate(2026, 1, 2));
        QVERIFY(filters.before.isNull());
    }

    void anUnreadableDraftIsSetAsideWithANotice()
    {
        m_launch.reset();
        QVERIFY(QDir().mkpath(workDirectory()));
        {
            QFile f(draftFile());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"version\": 1, \"draft\": {\"body\": \"cut off by a power fail");
        }
        QVERIFY(open());
        QVERIFY(window()->errorPanel()->isVisible());
        QVERIFY2(
            window()->errorPanel()->bodyText().contains(u"set aside"), qPrintable(window()->errorPanel()->bodyText()));
        QVERIFY(!QFile::exists(draftFile()));
        const QStringList aside = QDir(workDirectory()).entryList({ QStringLiteral("*.unreadable-*") });
        QCOMPARE(aside.size(), 1);
        // The window works on: what is typed now is kept in a new file.
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("fresh"));
        QTRY_VERIFY_WITH_TIMEOUT(draftBytes().contains("fresh"), 5'000);
    }

    void theWindowsLayoutComesBack()
    {
        window()->resize(1200, 700);
        auto* split = find<QSplitter>("composeInspectorSplitter");
        split->setSizes({ 300, 680 });
        const QList<int> sizes = split->sizes();
        window()->tabs()->setCurrentIndex(1);
        find<QDockWidget>("activityDock")->hide();
        window()->logWidget()->table()->setColumnWidth(0, 222);
        QVERIFY(open());
        QCOMPARE(window()->size(), QSize(1200, 700));
        QCOMPARE(window()->tabs()->currentIndex(), 1);
        window()->tabs()->setCurrentIndex(0);
        QTRY_COMPARE(find<QSplitter>("composeInspectorSplitter")->sizes(), sizes);
        QVERIFY(!find<QDockWidget>("activityDock")->isVisible());
        QCOMPARE(window()->logWidget()->table()->columnWidth(0), 222);
    }

    void aWindowOnAScreenThatIsGoneComesBackOnAVisibleOne()
    {
        window()->move(25'000, 18'000);
        QCOMPARE(window()->pos(), QPoint(25'000, 18'000));
        QVERIFY(open());
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(screen.intersects(window()->frameGeometry()),
            qPrintable(QStringLiteral("window at %1,%2 on a screen of %3x%4")
                           .arg(window()->x())
                           .arg(window()->y())
                           .arg(screen.width())
                           .arg(screen.height())));
    }

    void aMessageTypedFollowsTheSwitchAndTheOtherProfilesDraftIsKeptAside()
    {
        // The other profile (credentials as the environment gives them) left a draft last time.
        const WorkStateStore store(workDirectory());
        WorkState other;
        other.draft.to = QStringLiteral("+14155550100");
        other.draft.body = QStringLiteral("Other's saved draft");
        QVERIFY(store.save(ActiveProfile::kEnvironmentId, other));
        // Here, a message typed under the Sandbox.
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+14155552671"));
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("Typed on the Sandbox"));
        QTRY_VERIFY_WITH_TIMEOUT(draftBytes().contains("Typed on the Sandbox"), 5'000);

        m_launch->workbench->activeProfile()->activateCredentials(QStringLiteral("Other"),
            Credentials::withAuthToken(QStringLiteral("AC0123456789abcdef0123456789abcdef"), QStringLiteral("x")),
            ApiEndpoint::custom(QUrl(QStringLiteral("http://127.0.0.1:9"))));
        // What is typed stays on screen, under the profile now in force; the other's draft is kept aside, and said.
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("Typed on the Sandbox"));
        QVERIFY(window()->errorPanel()->isVisible());
        QVERIFY2(window()->errorPanel()->bodyText().contains(u"Other's saved draft"),
            qPrintable(window()->errorPanel()->bodyText()));
        const QStringList kept = QDir(workDirectory()).entryList({ QStringLiteral("profile-env.json.kept-*") });
        QCOMPARE(kept.size(), 1);
        QFile aside(QDir(workDirectory()).filePath(kept.first()));
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QVERIFY(aside.readAll().contains("Other's saved draft"));
        const auto fileOf = [&](const QString& id) {
            QFile f(store.pathFor(id));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QTRY_VERIFY_WITH_TIMEOUT(fileOf(ActiveProfile::kEnvironmentId).contains("Typed on the Sandbox"), 5'000);
        // The Sandbox no longer keeps the message that moved on.
        QVERIFY(!fileOf(QStringLiteral("sandbox")).contains("Typed on the Sandbox"));
        QVERIFY(store.load(QStringLiteral("sandbox")).state.draft.isEmpty());
    }

    void resetForgetsTheStateButNotTheProfiles()
    {
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("to forget"));
        window()->resize(900, 650);
        m_launch.reset(); // a quit: everything written
        QVERIFY(QFile::exists(draftFile()));
        QSettings settings(m_dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat);
        QVERIFY(settings.contains(QStringLiteral("window/geometry")));
        const QStringList removed = StateKeeper::reset(workDirectory(), &settings);
        QCOMPARE(removed.size(), 2);
        QVERIFY(!QFile::exists(draftFile()));
        QVERIFY(!settings.contains(QStringLiteral("window/geometry")));
        QVERIFY(StateKeeper::reset(workDirectory(), &settings).isEmpty());
        QVERIFY(open());
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QString());
    }
};

QTEST_MAIN(Tst_StateKeeper)
#include "tst_statekeeper.moc"
