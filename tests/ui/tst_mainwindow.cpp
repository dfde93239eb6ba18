// SPDX-License-Identifier: GPL-3.0-or-later
// The real window on the offscreen platform, driven by object name against the embedded sandbox (its lifecycle
// sped up ten times): send and watch delivered, an error explained with the form kept, a delivery failure, redact,
// cancel and delete, the log paging and filtering, switching profiles, and (TEXTBENCH_KEYCHAIN_SCENARIO=nobus) a
// profile saved without a keychain.
#include "activitywidget.h"
#include "composewidget.h"
#include "errorpanel.h"
#include "fixtures.h"
#include "inspectorwidget.h"
#include "launch.h"
#include "logwidget.h"
#include "mainwindow.h"
#include "messages/messagejobs.h"
#include "profilesdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace textbench;

namespace {
bool realKeychain()
{
    return qEnvironmentVariable("TEXTBENCH_KEYCHAIN_SCENARIO", QStringLiteral("real")) == u"real";
}

// Answers the next modal message box by pressing its button with \a role (a confirmation).
void answerNextMessageBox(QMessageBox::ButtonRole role)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, role] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == role) {
                b->click();
                poll->deleteLater();
                return;
            }
        }
    });
    poll->start();
}
} // namespace

class Tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;

    template<typename T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    QString text(const char* labelName) const { return find<QLabel>(labelName)->text(); }

    void compose(const QString& to, const QString& body)
    {
        find<QLineEdit>("toLineEdit")->setText(to);
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(body);
    }

    void clickSend() { QTest::mouseClick(find<QPushButton>("sendButton"), Qt::LeftButton); }

    // Starts Textbench on the test's settings file, as a launch does; returns what ready() said.
    QString open()
    {
        m_window.reset();
        m_workbench.reset();
        test::Launch launch(
            m_dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.test-gui"), 10);
        m_workbench = std::move(launch.workbench);
        m_window = std::move(launch.window);
        return launch.ready ? launch.notice : QStringLiteral("test: no ready() within 10 s");
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        QCOMPARE(open(), QString());
    }

    void cleanup()
    {
        m_window.reset();
        m_workbench.reset();
    }

    void firstLaunchIsOnTheSandbox()
    {
        QCOMPARE(find<QComboBox>("profileComboBox")->currentText(), QStringLiteral("Sandbox"));
        QCOMPARE(text("kindBadgeLabel"), QStringLiteral("Sandbox"));
        QVERIFY(find<QLabel>("sandboxBannerLabel")->isVisible());
        QVERIFY(text("sandboxBannerLabel").contains(QStringLiteral("built-in Sandbox")));
        QVERIFY(text("profileInfoLabel").contains(QStringLiteral("AC5a…")));
        QCOMPARE(find<QComboBox>("fromComboBox")->currentText(), QStringLiteral("+15005550006"));
        QVERIFY(!m_window->errorPanel()->isVisible());
    }

    void aRememberedProfileWithoutItsSecretFallsBackToTheSandbox()
    {
        // Last run's active profile kept its secret for that run only: this run cannot have it.
        Profile p;
        p.name = QStringLiteral("Laptop");
        p.accountSid = test::kAccountSid;
        p.secretStorage = SecretStorage::ThisRunOnly;
        const QString id = m_workbench->profiles()->add(p);
        QVERIFY(!id.isEmpty());
        QVERIFY(m_workbench->profiles()->setActive(id));

        const QString problem = open();
        QVERIFY2(problem.contains(QStringLiteral("Laptop")) && problem.contains(QStringLiteral("single run")),
            qPrintable(problem));
        QCOMPARE(text("kindBadgeLabel"), QStringLiteral("Sandbox"));
        QVERIFY(m_window->errorPanel()->isVisible());
        QVERIFY(m_window->errorPanel()->titleText().contains(QStringLiteral("Sandbox")));
        QVERIFY(m_window->errorPanel()->bodyText().contains(QStringLiteral("Laptop")));
        // The app works on the Sandbox meanwhile.
        compose(QStringLiteral("+14155552671"), QStringLiteral("Still working"));
        clickSend();
        QTRY_COMPARE_WITH_TIMEOUT(text("statusBadgeLabel"), QStringLiteral("delivered"), 15'000);
    }

    void theCounterAndTheNumberChecksAsYouType()
    {
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+1 (415) 555-2671"));
        QVERIFY2(text("toCheckLabel").contains(QStringLiteral("+14155552671")), qPrintable(text("toCheckLabel")));
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("12"));
        QVERIFY(text("toCheckLabel").startsWith(QStringLiteral("✗")));
        // What the user typed is shown as typed, never read as HTML.
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("<b>12</b>"));
        QCOMPARE(find<QLabel>("toCheckLabel")->textFormat(), Qt::PlainText);
        QCOMPARE(find<QLabel>("errorTitleLabel")->textFormat(), Qt::PlainText);
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("Hello"));
        QVERIFY2(text("counterLabel").contains(QStringLiteral("1 segment")), qPrintable(text("counterLabel")));
        QVERIFY(find<QLabel>("ucs2Label")->isHidden());
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(QStringLiteral("It’s ready"));
        QVERIFY(find<QLabel>("ucs2Label")->isVisible());
        QVERIFY2(text("ucs2Label").contains(QStringLiteral("’")), qPrintable(text("ucs2Label")));
        QVERIFY(text("ucs2Label").contains(QStringLiteral("smart encoding would make it GSM-7")));
        // The culprit is marked where it stands in the body.
        const auto marks = find<QPlainTextEdit>("bodyTextEdit")->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("’"));
        QCOMPARE(marks.first().cursor.selectionStart(), 2);
    }

    void sendAndWatchItReachDelivered()
    {
        compose(QStringLiteral("+1 415 555 2671"), QStringLiteral("Hello from the GUI test"));
        // Ctrl+Enter from the body, as a user sends.
        find<QPlainTextEdit>("bodyTextEdit")->setFocus();
        QTest::keyClick(find<QPlainTextEdit>("bodyTextEdit"), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(text("statusBadgeLabel"), QStringLiteral("delivered"), 15'000);
        const QString timeline = text("timelineLabel");
        QVERIFY2(timeline.contains(QStringLiteral("queued")) && timeline.contains(QStringLiteral("delivered")),
            qPrintable(timeline));
        QVERIFY(
            find<QPlainTextEdit>("jsonTextEdit")->toPlainText().contains(QStringLiteral("\"status\": \"delivered\"")));
        QVERIFY(find<QLineEdit>("sidLineEdit")->text().startsWith(QStringLiteral("SM")));
        QVERIFY(find<QPushButton>("deleteButton")->isEnabled());
        QVERIFY(!find<QPushButton>("cancelButton")->isEnabled());
        // Fetching the same message again keeps its timeline.
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workbench->watch()->isBusy(), 10'000);
        QCOMPARE(text("timelineLabel"), timeline);
        // The Activity panel saw it, with Authorization masked.
        auto* activity = find<QTableView>("activityTableView");
        QVERIFY(activity->model()->rowCount() >= 2);
        activity->setCurrentIndex(activity->model()->index(0, 0));
        QVERIFY(m_window->activity()->details().contains(QStringLiteral("Authorization: Basic ********")));
        QVERIFY(m_window->activity()->selectedCurl().contains(QStringLiteral("$TWILIO_AUTH_TOKEN")));
    }

    void anErrorIsExplainedAndTheFormKept()
    {
        compose(QStringLiteral("+15005550001"), QStringLiteral("Keep me"));
        clickSend();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->errorPanel()->isVisible(), 10'000);
        QVERIFY2(m_window->errorPanel()->titleText().contains(QStringLiteral("21211")),
            qPrintable(m_window->errorPanel()->titleText()));
        QVERIFY(m_window->errorPanel()->titleText().contains(QStringLiteral("400")));
        QVERIFY(m_window->errorPanel()->bodyText().contains(QStringLiteral("What to do")));
        QVERIFY(
            m_window->errorPanel()->bodyText().contains(QStringLiteral("https://www.twilio.com/docs/errors/21211")));
        QCOMPARE(find<QLineEdit>("toLineEdit")->text(), QStringLiteral("+15005550001"));
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("Keep me"));
        QVERIFY(find<QPushButton>("sendButton")->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!m_window->errorPanel()->isVisible());

        // Caught before sending: nothing goes out.
        const int requests = m_window->activity()->table()->model()->rowCount();
        compose(QStringLiteral("12"), QStringLiteral("Keep me too"));
        clickSend();
        QVERIFY(!text("formProblemLabel").isEmpty());
        QVERIFY(m_window->errorPanel()->isVisible());
        QCOMPARE(m_window->activity()->table()->model()->rowCount(), requests);
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("Keep me too"));
    }

    void anMmsShowsItsMedia()
    {
        compose(QStringLiteral("+14155552671"), QString());
        find<QToolButton>("mediaToggleButton")->click();
        find<QPlainTextEdit>("mediaTextEdit")
            ->setPlainText(QStringLiteral("https://example.com/cat.png\nhttps://example.com/dog.gif\n"));
        clickSend();
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>("mediaLabel")->text().contains(QStringLiteral("image/gif")), 15'000);
        QVERIFY(text("mediaLabel").contains(QStringLiteral("image/png")));
        QVERIFY(text("mediaLabel").contains(QStringLiteral("ME")));
        QVERIFY(find<QLineEdit>("sidLineEdit")->text().startsWith(QStringLiteral("MM")));
    }

    void aDeliveryFailureIsExplained()
    {
        compose(QStringLiteral("+15005559006"), QStringLiteral("To a landline"));
        clickSend();
        QTRY_COMPARE_WITH_TIMEOUT(text("statusBadgeLabel"), QStringLiteral("undelivered"), 15'000);
        QVERIFY(find<QLabel>("deliveryErrorLabel")->isVisible());
        QVERIFY2(text("deliveryErrorLabel").contains(QStringLiteral("30006")), qPrintable(text("deliveryErrorLabel")));
    }

    void redactThenDelete()
    {
        compose(QStringLiteral("+14155552671"), QStringLiteral("Secret plan"));
        clickSend();
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>("redactButton")->isEnabled(), 15'000);
        answerNextMessageBox(QMessageBox::DestructiveRole);
        QTest::mouseClick(find<QPushButton>("redactButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QPlainTextEdit>("jsonTextEdit")->toPlainText().contains(QStringLiteral("\"body\": \"\"")), 10'000);
        QVERIFY(!find<QPushButton>("redactButton")->isEnabled());

        // A declined confirmation does nothing.
        answerNextMessageBox(QMessageBox::RejectRole);
        QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
        textbench::test::waitToSeeNothingHappen(200);
        QVERIFY(m_workbench->watch()->hasMessage());

        answerNextMessageBox(QMessageBox::DestructiveRole);
        QTest::mouseClick(find<QPushButton>("deleteButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workbench->watch()->hasMessage(), 10'000);
        QVERIFY(find<QPlainTextEdit>("jsonTextEdit")->toPlainText().isEmpty());
    }

    void cancelAScheduledMessage()
    {
        compose(QStringLiteral("+14155552671"), QStringLiteral("Later"));
        find<QComboBox>("fromComboBox")->setCurrentText(sandbox::Account::kMessagingServiceSid);
        find<QToolButton>("advancedToggleButton")->click();
        find<QAbstractButton>("scheduleCheckBox")->click();
        clickSend();
        QTRY_COMPARE_WITH_TIMEOUT(text("statusBadgeLabel"), QStringLiteral("scheduled"), 10'000);
        QVERIFY(find<QPushButton>("cancelButton")->isEnabled());
        answerNextMessageBox(QMessageBox::DestructiveRole);
        QTest::mouseClick(find<QPushButton>("cancelButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text("statusBadgeLabel"), QStringLiteral("canceled"), 10'000);
    }

    void theLogPagesAndFilters()
    {
        // Twelve messages, straight through the client; pages of five.
        for (int i = 0; i < 12; ++i) {
            CreateMessageParams p;
            p.to = i < 3 ? QStringLiteral("+14155550100") : QStringLiteral("+14155552671");
            p.from = QStringLiteral("+15005550006");
            p.body = QStringLiteral("Log %1").arg(i);
            auto job = std::make_unique<CreateMessageJob>(m_workbench->client(), p);
            job->setAutoDelete(false);
            QVERIFY(test::finishes(job.get()));
        }
        m_workbench->log()->setPageSize(5);
        m_window->tabs()->setCurrentWidget(m_window->logWidget());
        auto* table = find<QTableView>("logTableView");
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, 10'000);
        // Scrolling to the end asks for the next pages, until the log is complete.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                table->scrollToBottom();
                table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
                return m_workbench->log()->isComplete();
            }(),
            15'000);
        QCOMPARE(table->model()->rowCount(), 12);
        QVERIFY(m_workbench->log()->pagesLoaded() >= 3);
        QTRY_VERIFY(text("logStatusLabel").contains(QStringLiteral("12 messages"))); // shown within 200 ms

        find<QLineEdit>("filterToLineEdit")->setText(QStringLiteral("+1 415 555 0100"));
        QTest::mouseClick(find<QPushButton>("loadButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->log()->isComplete() && table->model()->rowCount() == 3, 10'000);

        // A row opens in the inspector.
        table->setCurrentIndex(table->model()->index(0, 0));
        Q_EMIT table->activated(table->currentIndex());
        QCOMPARE(m_window->tabs()->currentIndex(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->watch()->hasMessage(), 10'000);
        QCOMPARE(m_workbench->watch()->message().to, QStringLiteral("+14155550100"));

        // Export what is loaded.
        const QString csv = m_dir.filePath(QStringLiteral("log.csv"));
        m_window->logWidget()->exportTo(csv);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count("\r\n"), 4);
    }

    void switchingProfiles()
    {
        // A second sandbox, as another account: its profile keeps the secret for this run only (no keychain needed).
        sandbox::SandboxServer other;
        QVERIFY(other.listen());
        Profile p;
        p.name = QStringLiteral("Other account");
        p.accountSid = sandbox::Account::kAccountSid;
        p.baseUrl = other.baseUrl().toString();
        p.secretStorage = SecretStorage::ThisRunOnly;
        QSignalSpy added(m_workbench->profiles(), &ProfileStore::profilesChanged);
        bool ok = false;
        QString id;
        m_workbench->profileManager()->add(
            p, sandbox::Account::kAuthToken, this, [&](const ProfileManager::Outcome& o) {
                ok = o.ok;
                id = o.id;
            });
        QTRY_VERIFY(ok);

        compose(QStringLiteral("+14155552671"), QStringLiteral("On the sandbox"));
        clickSend();
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->watch()->hasMessage(), 10'000);

        auto* combo = find<QComboBox>("profileComboBox");
        const int row = m_workbench->profileList()->rowOf(id);
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
        QTRY_COMPARE_WITH_TIMEOUT(text("kindBadgeLabel"), QStringLiteral("Live"), 10'000);
        QVERIFY(!find<QLabel>("sandboxBannerLabel")->isVisible());
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Other account")));
        // Nothing of the previous profile stays on screen.
        QVERIFY(!m_workbench->watch()->hasMessage());
        QCOMPARE(m_workbench->log()->rowCount(), 0);

        // The Sandbox's sender is not carried over to an account that has none: From offers what this account
        // lists (its own senders, fetched after the switch), and nothing is chosen for the user.
        QCOMPARE(find<QComboBox>("fromComboBox")->currentText(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_workbench->senders()->state(), SenderDirectory::State::Ready, 10'000);
        QCOMPARE(find<QComboBox>("fromComboBox")->count(), int(m_workbench->senders()->senders().size()));

        const int before = int(other.store().size());
        compose(QStringLiteral("+14155552671"), QStringLiteral("On the other account"));
        find<QComboBox>("fromComboBox")->setCurrentText(QStringLiteral("+15005550006"));
        clickSend();
        QTRY_VERIFY_WITH_TIMEOUT(m_workbench->watch()->hasMessage(), 10'000);
        QCOMPARE(int(other.store().size()), before + 1);

        // And back.
        combo->setCurrentIndex(0);
        Q_EMIT combo->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(text("kindBadgeLabel"), QStringLiteral("Sandbox"), 10'000);
        QVERIFY(find<QLabel>("sandboxBannerLabel")->isVisible());

        // A send still on its way when the profile changes is not followed under the new one. Driven through the
        // composer's signal, so that the order (send leaves under one session, switch lands, answer arrives) is
        // certain.
        m_workbench->watch()->clear();
        const ApiSession sentUnder = m_workbench->client()->session();
        combo->setCurrentIndex(row);
        Q_EMIT combo->activated(row);
        QTRY_COMPARE_WITH_TIMEOUT(text("kindBadgeLabel"), QStringLiteral("Live"), 10'000);
        Message late;
        late.sid = QStringLiteral("SM0123456789abcdef0123456789abcdef");
        late.status = MessageStatus::Queued;
        late.statusText = QStringLiteral("queued");
        Q_EMIT m_window->compose()->sent(late, sentUnder);
        QVERIFY(!m_workbench->watch()->hasMessage());
        QVERIFY(m_window->errorPanel()->bodyText().contains(late.sid));
        QVERIFY(m_window->errorPanel()->titleText().contains(QStringLiteral("previous profile")));
    }

    void everyShortcutIsListed()
    {
        QString listed;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            listed = dialog->findChild<QLabel*>(QStringLiteral("shortcutsLabel"))->text();
            dialog->close();
        });
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QVERIFY(!listed.isEmpty());
        // Every menu action with a shortcut is in the list.
        int actions = 0;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->shortcut().isEmpty())
                continue;
            ++actions;
            QVERIFY2(listed.contains(a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped()),
                qPrintable(a->text() + u' ' + a->shortcut().toString()));
        }
        QVERIFY(actions >= 15);
        // And the keys that belong to a panel.
        for (const char* key : { "Ctrl+F", "F5", "Esc" })
            QVERIFY2(listed.contains(QKeySequence(QString::fromLatin1(key)).toString(QKeySequence::NativeText)), key);
    }

    void aProfileSavedWithOrWithoutAKeychain()
    {
        ProfilesDialog* dialog = m_window->showProfiles();
        dialog->setKeepForThisRunAnswer(1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("newButton")), Qt::LeftButton);
        dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("Work"));
        dialog->findChild<QLineEdit*>(QStringLiteral("accountSidLineEdit"))->setText(test::kAccountSid);
        dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->setText(test::kAuthToken);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->status().startsWith(QStringLiteral("Added"))
                || dialog->status().startsWith(QStringLiteral("Saved")),
            10'000);
        const auto work = m_workbench->profiles()->find(QStringLiteral("Work"));
        QVERIFY(work);
        if (realKeychain()) {
            QCOMPARE(work->secretStorage, SecretStorage::Keychain);
        } else {
            // No keychain: the user was asked, and told where the secret is.
            QCOMPARE(work->secretStorage, SecretStorage::ThisRunOnly);
            QVERIFY2(dialog->status().contains(QStringLiteral("this run only")), qPrintable(dialog->status()));
        }
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("secretLineEdit"))->text().isEmpty());
        // Removing it, confirmed.
        answerNextMessageBox(QMessageBox::DestructiveRole);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workbench->profiles()->find(QStringLiteral("Work")), 10'000);
    }
};

QTEST_MAIN(Tst_MainWindow)
#include "tst_mainwindow.moc"
