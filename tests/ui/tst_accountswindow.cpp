// SPDX-License-Identifier: GPL-3.0-or-later
// The real window for real accounts, on the offscreen platform against the embedded sandbox: From offers the
// account's numbers, short code and Messaging Service and warns before media from an SMS-only sender or a From the
// account does not own; acting as a subaccount and back; Message Feedback; a lookup of a landline after a 30006, from
// the inspector and from the composer.
#include "composewidget.h"
#include "errorpanel.h"
#include "fixtures.h"
#include "inspectorwidget.h"
#include "launch.h"
#include "mainwindow.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "workbench.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace textbench;

namespace {
const QString kSubA = QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0a01");
}

class Tst_AccountsWindow : public QObject
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

    void withMedia(const QString& url)
    {
        auto* toggle = find<QToolButton>("mediaToggleButton");
        if (!toggle->isChecked())
            toggle->click();
        find<QPlainTextEdit>("mediaTextEdit")->setPlainText(url);
    }

    /// Sends and waits until the inspector shows the new message.
    Message sendAndWait()
    {
        const QString before = m_workbench->watch()->sid();
        clickSend();
        if (!QTest::qWaitFor(
                [&] { return m_workbench->watch()->hasMessage() && m_workbench->watch()->sid() != before; }, 10'000))
            qWarning() << "not sent:" << text("formProblemLabel") << m_window->errorPanel()->bodyText();
        return m_workbench->watch()->message();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        test::Launch launch(
            m_dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.test-accounts"), 10);
        m_workbench = std::move(launch.workbench);
        m_window = std::move(launch.window);
        QVERIFY(launch.ready);
        QTRY_COMPARE_WITH_TIMEOUT(m_workbench->senders()->state(), SenderDirectory::State::Ready, 10'000);
    }

    void cleanup()
    {
        m_window.reset();
        m_workbench.reset();
    }

    void fromOffersTheAccountsSenders()
    {
        auto* from = find<QComboBox>("fromComboBox");
        // The sandbox's default sender first (it is also its main number), then the others, each with what it can do.
        QCOMPARE(from->count(), 4);
        QCOMPARE(from->itemText(0), sandbox::Account::kSender);
        QVERIFY(from->itemData(0, Qt::ToolTipRole).toString().contains(u"SMS and MMS"));
        const int second = from->findText(sandbox::Account::kSecondNumber);
        QVERIFY(second > 0);
        const QString detail = from->itemData(second, Qt::ToolTipRole).toString();
        QVERIFY2(detail.contains(u"SMS only") && detail.contains(u"in Sandbox Messaging Service"), qPrintable(detail));
        QVERIFY(from->findText(sandbox::Account::kShortCode) > 0);
        const int service = from->findText(sandbox::Account::kMessagingServiceSid);
        QVERIFY(service > 0);
        QVERIFY(from->itemData(service, Qt::ToolTipRole).toString().contains(u"Messaging Service"));
        // The screen reader hears the address and what it is.
        QVERIFY(from->itemData(second, Qt::AccessibleTextRole).toString().startsWith(sandbox::Account::kSecondNumber));
        // Picking one puts its address alone in From, and the check says what it is.
        from->setCurrentIndex(second);
        QCOMPARE(from->currentText(), sandbox::Account::kSecondNumber);
        QVERIFY2(text("fromCheckLabel").contains(u"SMS only"), qPrintable(text("fromCheckLabel")));
        // Anything typed is still taken.
        from->setEditText(QStringLiteral("MyShop"));
        QCOMPARE(m_window->compose()->params().from, QStringLiteral("MyShop"));
    }

    void mediaFromAnSmsOnlyNumberIsWarnedAbout()
    {
        compose(QStringLiteral("+14155552671"), QStringLiteral("See the picture"));
        withMedia(QStringLiteral("https://example.com/cat.png"));
        find<QComboBox>("fromComboBox")->setEditText(sandbox::Account::kSecondNumber);
        QVERIFY2(text("fromCheckLabel").contains(u"cannot send MMS"), qPrintable(text("fromCheckLabel")));
        const int before = int(m_workbench->sandbox()->store().size());
        clickSend();
        // Said first, nothing sent, everything typed kept.
        QVERIFY2(text("formProblemLabel").contains(u"Press Send again"), qPrintable(text("formProblemLabel")));
        QCOMPARE(find<QPushButton>("sendButton")->text(), QStringLiteral("Send anyway"));
        textbench::test::waitToSeeNothingHappen(200);
        QCOMPARE(int(m_workbench->sandbox()->store().size()), before);
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QStringLiteral("See the picture"));
        // Send again: sent.
        const Message m = sendAndWait();
        QVERIFY(m.sid.startsWith(u"MM"));
        QCOMPARE(m.from, sandbox::Account::kSecondNumber);
        QCOMPARE(find<QPushButton>("sendButton")->text(), QStringLiteral("Send"));
        // The send cleared the message (body and media); the same again from an MMS number: no question.
        QCOMPARE(find<QPlainTextEdit>("bodyTextEdit")->toPlainText(), QString());
        compose(QStringLiteral("+14155552671"), QStringLiteral("See the picture"));
        withMedia(QStringLiteral("https://example.com/cat.png"));
        find<QComboBox>("fromComboBox")->setEditText(sandbox::Account::kSender);
        QVERIFY(!text("fromCheckLabel").contains(u"cannot send MMS"));
        QVERIFY(sendAndWait().from == sandbox::Account::kSender);
    }

    void aFromTheAccountDoesNotOwnIsWarnedAbout()
    {
        compose(QStringLiteral("+14155552671"), QStringLiteral("Hi"));
        find<QComboBox>("fromComboBox")->setEditText(QStringLiteral("+1 415 555 0199"));
        QVERIFY2(
            text("fromCheckLabel").contains(u"not one of this account's numbers"), qPrintable(text("fromCheckLabel")));
        clickSend();
        QVERIFY2(text("formProblemLabel").contains(u"21606"), qPrintable(text("formProblemLabel")));
        // A sender ID is not a number anyone owns: no warning.
        find<QComboBox>("fromComboBox")->setEditText(QStringLiteral("MyShop"));
        QVERIFY(!text("fromCheckLabel").contains(u"not one of this account's"));
        // Refreshed on demand.
        find<QToolButton>("refreshSendersButton")->click();
        QCOMPARE(m_workbench->senders()->state(), SenderDirectory::State::Loading);
        QTRY_COMPARE(m_workbench->senders()->state(), SenderDirectory::State::Ready);
        QCOMPARE(find<QComboBox>("fromComboBox")->currentText(), QStringLiteral("MyShop")); // what was typed stays
    }

    void actAsASubaccountAndBack()
    {
        auto* accounts = find<QComboBox>("accountComboBox");
        QTRY_COMPARE_WITH_TIMEOUT(accounts->count(), 3, 10'000);
        QVERIFY(accounts->isVisible());
        QVERIFY(accounts->itemText(0).contains(u"main account"));
        compose(QStringLiteral("+14155552671"), QStringLiteral("From the parent"));
        const Message parent = sendAndWait();
        QCOMPARE(parent.accountSid, sandbox::Account::kAccountSid);

        accounts->setCurrentIndex(1);
        Q_EMIT accounts->activated(1);
        QVERIFY2(m_window->windowTitle().contains(u"Sandbox › Sandbox Client A"), qPrintable(m_window->windowTitle()));
        QVERIFY(text("profileInfoLabel").contains(u"acting as"));
        QVERIFY(!m_workbench->watch()->hasMessage()); // nothing of the parent stays on screen
        QTRY_COMPARE(m_workbench->senders()->state(), SenderDirectory::State::Ready);
        QCOMPARE(m_workbench->senders()->senders().size(), 0); // the subaccount owns no senders
        compose(QStringLiteral("+14155552671"), QStringLiteral("From client A"));
        find<QComboBox>("fromComboBox")->setEditText(sandbox::Account::kSender);
        clickSend(); // asked first: not one of this account's numbers
        const Message sub = sendAndWait();
        QCOMPARE(sub.accountSid, kSubA);
        QCOMPARE(m_workbench->client()->session().credentials.accountSid(), sandbox::Account::kAccountSid);

        accounts->setCurrentIndex(0);
        Q_EMIT accounts->activated(0);
        QVERIFY(!m_window->windowTitle().contains(u"›"));
        QVERIFY(!m_workbench->client()->actsAsSubaccount());
        QVERIFY(!m_workbench->watch()->hasMessage());
        m_window->inspector()->inspect(sub.sid); // the subaccount's message is not the parent's
        QTRY_VERIFY_WITH_TIMEOUT(m_window->errorPanel()->isVisible(), 10'000);
        QVERIFY(m_window->errorPanel()->titleText().contains(u"404"));
    }

    void feedbackAndALookupAfterA30006()
    {
        compose(QStringLiteral("+15005559006"), QStringLiteral("Your code is 123456"));
        sendAndWait();
        QTRY_COMPARE_WITH_TIMEOUT(m_workbench->watch()->message().statusText, QStringLiteral("undelivered"), 15'000);
        auto* error = find<QLabel>("deliveryErrorLabel");
        QVERIFY2(error->text().contains(u"textbench:lookup"), qPrintable(error->text()));
        Q_EMIT error->linkActivated(QStringLiteral("textbench:lookup")); // the link, as clicked
        QTRY_VERIFY_WITH_TIMEOUT(text("feedbackLookupLabel").contains(u"landline"), 10'000);
        QVERIFY2(text("feedbackLookupLabel").contains(u"cannot receive SMS"), qPrintable(text("feedbackLookupLabel")));

        auto* feedback = find<QToolButton>("feedbackButton");
        QVERIFY(feedback->isEnabled());
        feedback->actions().at(1)->trigger(); // unconfirmed
        QTRY_VERIFY_WITH_TIMEOUT(text("feedbackLookupLabel").contains(u"Feedback given: unconfirmed"), 10'000);
        QVERIFY(text("feedbackLookupLabel").contains(u"landline")); // both, for the same message
        // Another message: what was said of the first goes.
        compose(QStringLiteral("+14155552671"), QStringLiteral("Another"));
        sendAndWait();
        QVERIFY(!find<QLabel>("feedbackLookupLabel")->isVisible());
    }

    void theComposerLooksToUp()
    {
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+1 500 555 9006"));
        find<QToolButton>("lookUpToButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(text("toCheckLabel").contains(u"landline"), 10'000);
        // Said for the number it was asked for only.
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+14155552671"));
        QVERIFY(!text("toCheckLabel").contains(u"landline"));
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+1 (415) 555-2671"));
        find<QToolButton>("lookUpToButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(text("toCheckLabel").contains(u"mobile (Sandbox Mobile)"), 10'000);
        // A malformed number: said in the error panel, nothing typed lost.
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("call me maybe"));
        find<QToolButton>("lookUpToButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->errorPanel()->isVisible(), 10'000);
        QCOMPARE(find<QLineEdit>("toLineEdit")->text(), QStringLiteral("call me maybe"));
    }
};

QTEST_MAIN(Tst_AccountsWindow)
#include "tst_accountswindow.moc"
