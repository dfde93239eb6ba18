// SPDX-License-Identifier: GPL-3.0-or-later
// The window's other half of messaging, driven as a user drives it (the real widgets, on the offscreen platform,
// against the embedded sandbox and a real app on loopback): a message's status callbacks in the Webhooks panel, a
// chat with a TwiML bot in Conversations written as the handset, and an alert explained.
#include "composewidget.h"
#include "conversationswidget.h"
#include "errorpanel.h"
#include "launch.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "testserver.h"
#include "webhookswidget.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace textbench;
using textbench::test::RecordedRequest;
using textbench::test::TestServer;

namespace {
/// Everything a view's model shows in \a column, one row a line.
QStringList column(const QAbstractItemModel* model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data(role).toString();
    return out;
}
} // namespace

class Tst_WebhooksWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::Launch> m_launch;
    std::unique_ptr<TestServer> m_app;

    MainWindow& window() { return *m_launch->window; }
    Workbench& workbench() { return *m_launch->workbench; }
    template<typename T> T* find(const char* name) { return window().findChild<T*>(QString::fromLatin1(name)); }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<TestServer>();
        m_app->setHandler([](const RecordedRequest& r, QTcpSocket* s) {
            const QString body = FormEncoding::value(FormEncoding::decode(r.body), u"Body"_qs);
            if (r.path == "/bot")
                TestServer::reply(s, 200,
                    "<Response><Message>You said: " + body.toHtmlEscaped().toUtf8() + "</Message></Response>", {},
                    "text/xml");
            else if (r.path == "/broken")
                TestServer::reply(s, 500, "KeyError: 'order'", {}, "text/plain");
            else
                TestServer::reply(s, 204, {}, {}, {});
        });
        m_launch = std::make_unique<test::Launch>(
            m_dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.test-webhooks"), 20.0);
        QVERIFY(m_launch->ready);
        QVERIFY(workbench().onSandbox());
    }
    void cleanup()
    {
        m_launch.reset();
        m_app.reset();
    }

    void aMessagesStatusCallbacksShowInTheWebhooksPanel()
    {
        find<QLineEdit>("toLineEdit")->setText(u"+14155552671"_qs);
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(u"Your code is 4711"_qs);
        find<QToolButton>("advancedToggleButton")->setChecked(true);
        find<QLineEdit>("statusCallbackLineEdit")->setText(m_app->baseUrl() + u"/status");
        window().compose()->send();
        QTRY_VERIFY(!window().compose()->isSending());
        QTRY_COMPARE(m_app->requests().size(), 3); // sending, sent, delivered
        QTest::keyClick(&window(), Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window().tabs()->currentWidget(), window().webhooks());
        auto* table = find<QTableView>("webhookRequestsTableView");
        QTRY_COMPARE(table->model()->rowCount(), 3);
        QCOMPARE(column(table->model(), 1),
            QStringList(
                { u"status callback: delivered"_qs, u"status callback: sent"_qs, u"status callback: sending"_qs }));
        QCOMPARE(column(table->model(), 5), QStringList(3, u"delivered"_qs));
        // One selected: what was sent, the exact string signed and the signature, the answer.
        table->setCurrentIndex(table->model()->index(0, 0));
        const QString details = find<QPlainTextEdit>("webhookDetailsTextEdit")->toPlainText();
        QVERIFY2(details.contains(u"MessageStatus = delivered"), qPrintable(details));
        QVERIFY(details.contains(u"X-Twilio-Signature: "));
        QVERIFY(details.contains(u"String signed"));
        QVERIFY(details.contains(m_app->baseUrl() + u"/statusAccountSid" + sandbox::Account::kAccountSid));
        QVERIFY(details.contains(u"HTTP 204"));
        // Sent again: the same event, the same token.
        auto* resend = find<QPushButton>("resendButton");
        QVERIFY(resend->isEnabled());
        resend->click();
        QTRY_COMPARE(m_app->requests().size(), 4);
        QCOMPARE(m_app->requests().at(3).header("I-Twilio-Idempotency-Token"),
            m_app->requests().at(2).header("I-Twilio-Idempotency-Token"));
        QTRY_VERIFY(find<QPlainTextEdit>("webhookDetailsTextEdit")->toPlainText().contains(u"sent again: 1"));
    }

    void aChatWithABotInConversations()
    {
        workbench().sandbox()->setSmsUrl(m_app->baseUrl() + u"/bot");
        QTest::keyClick(&window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window().tabs()->currentWidget(), window().conversations());
        auto* handset = find<QWidget>("handsetWidget");
        QVERIFY(handset->isVisible()); // the sandbox's box to write as the handset
        auto* body = find<QLineEdit>("handsetBodyLineEdit");
        auto* view = find<QListView>("conversationListView");
        int lines = 0;
        for (const QString& line : { u"Hello"_qs, u"Where is my order?"_qs }) {
            body->setFocus();
            QTest::keyClicks(body, line);
            QTest::keyClick(body, Qt::Key_Return);
            QTRY_VERIFY(body->text().isEmpty()); // sent: the box is ready for the next line
            // As a person chats: the bot's answer is in before the next line (else the next line would come first:
            // the thread is in the order things happened).
            ++lines;
            QTRY_COMPARE(view->model()->rowCount(), 2 * lines);
        }
        QTRY_COMPARE(column(view->model(), 0),
            QStringList(
                { u"Hello"_qs, u"You said: Hello"_qs, u"Where is my order?"_qs, u"You said: Where is my order?"_qs }));
        // What a screen reader reads of a reply: who wrote, when, its status in words.
        QTRY_VERIFY(view->model()->index(3, 0).data(Qt::AccessibleTextRole).toString().contains(u"delivered"));
        auto* threads = find<QListView>("threadsListView");
        QTRY_COMPARE(threads->model()->rowCount(), 1);
        QVERIFY(threads->model()->index(0, 0).data().toString().startsWith(u"+14155552671 · with +15005550006"));
        // A number the sandbox does not have: refused, said, and what was typed stays.
        find<QLineEdit>("handsetNumberLineEdit")->setText(u"not a number"_qs);
        body->setText(u"still here"_qs);
        find<QPushButton>("sendAsHandsetButton")->click();
        QTRY_VERIFY(!find<QLabel>("handsetStatusLabel")->text().startsWith(u"Sending"));
        QCOMPARE(body->text(), u"still here"_qs);
        QVERIFY(window().errorPanel()->isVisible());
    }

    void anAlertIsExplained()
    {
        workbench().sandbox()->setSmsUrl(m_app->baseUrl() + u"/broken");
        workbench().sandbox()->receiveInbound(u"+14155552671"_qs, sandbox::Account::kSender, u"Is it ready?"_qs, {});
        window().tabs()->setCurrentWidget(window().webhooks());
        auto* alerts = find<QTableView>("alertsTableView");
        QTRY_COMPARE(alerts->model()->rowCount(), 1);
        QCOMPARE(alerts->model()->index(0, 1).data().toString(), u"11200 · HTTP retrieval failure"_qs);
        alerts->setCurrentIndex(alerts->model()->index(0, 0));
        const QString summary = find<QLabel>("alertSummaryLabel")->text();
        QVERIFY2(summary.contains(u"What to do:"), qPrintable(summary));
        // The request and the response come with a fetch of the alert.
        QTRY_VERIFY(find<QPlainTextEdit>("alertDetailsTextEdit")->toPlainText().contains(u"Answer: KeyError: 'order'"));
        const QString details = find<QPlainTextEdit>("alertDetailsTextEdit")->toPlainText();
        QVERIFY2(details.contains(u"Body = Is it ready?"), qPrintable(details));
        QVERIFY(details.contains(m_app->baseUrl() + u"/broken"));
    }
};

QTEST_MAIN(Tst_WebhooksWindow)
#include "tst_webhookswindow.moc"
