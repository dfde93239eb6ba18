// SPDX-License-Identifier: GPL-3.0-or-later
// textbench-screenshots DIR [--dark]: drives the real window against the embedded sandbox (a throwaway settings
// file, no keychain needed) and saves what a user sees as PNGs: compose with a live counter, the inspector with
// the timeline and JSON, the log, and the error panel. packaging/screenshots.sh runs it for light and dark.
#include "composewidget.h"
#include "conversationswidget.h"
#include "errorpanel.h"
#include "i18n/translations.h"
#include "inspectorwidget.h"
#include "launch.h"
#include "logwidget.h"
#include "mainwindow.h"
#include "messages/messagewatch.h"
#include "profilesdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "testserver.h"
#include "webhookswidget.h"
#include "workbench.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace textbench;

namespace {
void waitUntil(const std::function<bool()>& condition, int timeoutMs = 15'000)
{
    QElapsedTimer t;
    t.start();
    while (!condition() && t.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const QString out = args.value(1, QStringLiteral("."));
    const bool dark = args.contains(QStringLiteral("--dark"));
    // --german: the window as a German desktop shows it (Textbench's, Qt's and QtKeychain's catalogues).
    const bool german = args.contains(QStringLiteral("--german"));
    if (german)
        installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (dark)
        QApplication::setPalette(test::darkPalette());
    const QString suffix = german ? QStringLiteral("-de") : dark ? QStringLiteral("-dark") : QStringLiteral("-light");
    QDir().mkpath(out);

    QTemporaryDir settingsDir;
    test::Launch launch(settingsDir.filePath(QStringLiteral("profiles.ini")),
        QStringLiteral("io.github.textbench.screenshots"), 1.0, { 1360, 860 });
    Workbench& workbench = *launch.workbench;
    MainWindow& window = *launch.window;
    waitUntil([&] { return workbench.activeProfile()->isReady(); });

    // A message on its way: compose with a body that forces UCS-2, sent, followed to delivered.
    auto* to = window.findChild<QLineEdit*>(QStringLiteral("toLineEdit"));
    auto* body = window.findChild<QPlainTextEdit*>(QStringLiteral("bodyTextEdit"));
    for (int i = 0; i < 8; ++i) {
        to->setText(QStringLiteral("+1 415 555 01%1").arg(10 + i));
        body->setPlainText(QStringLiteral("Order #%1 has shipped. Track it at https://example.com/t/%1").arg(4810 + i));
        window.compose()->send();
        waitUntil([&] { return !window.compose()->isSending(); });
    }
    to->setText(QStringLiteral("+1 (415) 555-2671"));
    body->setPlainText(
        QStringLiteral("Hi Sam — your code is 493 817. It expires in 10 minutes. “Reply STOP to opt out”"));
    window.compose()->send();
    waitUntil([&] {
        return workbench.watch()->hasMessage() && MessageStatuses::isFinal(workbench.watch()->message().status);
    });
    // The send cleared the body: the next message being typed, its counter naming what forces UCS-2.
    body->setPlainText(QStringLiteral("Hi Ana — your code is 106 552. “Reply STOP to opt out”"));
    pause(300);
    window.grab().save(out + QStringLiteral("/compose-inspector") + suffix + QStringLiteral(".png"));

    // The log.
    window.tabs()->setCurrentIndex(1);
    waitUntil([&] { return !workbench.log()->isLoading() && workbench.log()->rowCount() > 0; });
    pause(300);
    window.grab().save(out + QStringLiteral("/log") + suffix + QStringLiteral(".png"));

    // An error, explained: Twilio's magic "invalid number" To.
    window.tabs()->setCurrentIndex(0);
    to->setText(QStringLiteral("+15005550001"));
    window.compose()->send();
    waitUntil([&] { return window.errorPanel()->isVisible(); });
    pause(300);
    window.grab().save(out + QStringLiteral("/error") + suffix + QStringLiteral(".png"));

    // Senders: the account's numbers, short code and Messaging Service offered in From (the list open), with the
    // warning for media from an SMS-only number, and a lookup of a landline To.
    window.errorPanel()->dismiss();
    auto* from = window.findChild<QComboBox*>(QStringLiteral("fromComboBox"));
    waitUntil([&] { return workbench.senders()->state() == SenderDirectory::State::Ready; });
    to->setText(QStringLiteral("+15005559006"));
    window.findChild<QToolButton*>(QStringLiteral("lookUpToButton"))->click();
    waitUntil([&] { return window.findChild<QLabel*>(QStringLiteral("toCheckLabel"))->text().contains(u"landline"); });
    body->setPlainText(QStringLiteral("Your table for 4 is ready. Show this picture at the door."));
    window.findChild<QToolButton*>(QStringLiteral("mediaToggleButton"))->setChecked(true);
    window.findChild<QPlainTextEdit*>(QStringLiteral("mediaTextEdit"))
        ->setPlainText(QStringLiteral("https://example.com/ticket.png"));
    from->setEditText(sandbox::Account::kSecondNumber);
    from->showPopup();
    pause(300);
    {
        QPixmap shot = window.grab();
        QWidget* popup = from->view()->window();
        // Under the field, as on a desktop (the offscreen platform's screen is smaller than the window, and Qt keeps
        // a popup inside the screen).
        popup->move(from->mapToGlobal(QPoint(0, from->height())));
        QPainter painter(&shot);
        painter.drawPixmap(window.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
        painter.end();
        shot.save(out + QStringLiteral("/senders") + suffix + QStringLiteral(".png"));
    }
    from->hidePopup();
    window.findChild<QToolButton*>(QStringLiteral("mediaToggleButton"))->setChecked(false);
    from->setEditText(sandbox::Account::kSender);

    // Conversations: a chat with a bot of the developer's (an app on loopback that answers TwiML), written as the
    // handset in the box below the thread.
    test::TestServer bot;
    bot.setHandler([](const test::RecordedRequest& r, QTcpSocket* s) {
        const QString said = FormEncoding::value(FormEncoding::decode(r.body), QStringLiteral("Body")).toLower();
        QByteArray answer;
        if (r.path == "/broken") {
            test::TestServer::reply(
                s, 500, "<h1>Internal Server Error</h1>\n<p>KeyError: 'order'</p>", {}, "text/html");
            return;
        }
        if (said.contains(u"hours"))
            answer = "We are open 9:00–18:00, Monday to Saturday.";
        else if (said.contains(u"order"))
            answer = "Order #4812 shipped today; it arrives Thursday. Reply TRACK for the link.";
        else if (said.contains(u"track"))
            answer = "Track it here: https://example.com/t/4812";
        else
            answer = "Hi! I am the Acme bot. Ask me about your order or our hours.";
        if (r.path == "/sms")
            test::TestServer::reply(s, 200,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>"
                    + QString::fromUtf8(answer).toHtmlEscaped().toUtf8() + "</Message></Response>",
                {}, "text/xml");
        else
            test::TestServer::reply(s, 204, {}, {}, {});
    });
    workbench.sandbox()->setSmsUrl(bot.baseUrl() + QStringLiteral("/sms"));
    window.errorPanel()->dismiss();
    window.tabs()->setCurrentWidget(window.conversations());
    auto* handsetBody = window.findChild<QLineEdit*>(QStringLiteral("handsetBodyLineEdit"));
    for (const char* line : { "Hello", "Where is my order?", "TRACK", "And your hours?" }) {
        handsetBody->setText(QString::fromUtf8(line));
        const int before = workbench.sandbox()->store().size();
        Q_EMIT handsetBody->returnPressed();
        waitUntil([&] { return workbench.sandbox()->store().size() >= before + 2; });
        pause(400);
    }
    pause(1500);
    window.grab().save(out + QStringLiteral("/conversations") + suffix + QStringLiteral(".png"));

    // Webhooks: a message with a status callback, then an inbound one to an app that fails (an alert, explained).
    to->setText(QStringLiteral("+1 415 555 0142"));
    body->setPlainText(QStringLiteral("Your table for 4 is booked for 19:30."));
    window.tabs()->setCurrentIndex(0);
    window.findChild<QToolButton*>(QStringLiteral("advancedToggleButton"))->setChecked(true);
    window.findChild<QLineEdit*>(QStringLiteral("statusCallbackLineEdit"))
        ->setText(bot.baseUrl() + QStringLiteral("/status"));
    window.compose()->send();
    waitUntil([&] { return !window.compose()->isSending(); });
    pause(2500);
    workbench.sandbox()->setSmsUrl(bot.baseUrl() + QStringLiteral("/broken"));
    workbench.sandbox()->receiveInbound(
        QStringLiteral("+14155552671"), sandbox::Account::kSender, QStringLiteral("Is my order ready?"), {});
    pause(500);
    window.tabs()->setCurrentWidget(window.webhooks());
    pause(1500);
    auto* requests = window.findChild<QTableView*>(QStringLiteral("webhookRequestsTableView"));
    requests->setCurrentIndex(requests->model()->index(0, 0));
    auto* alertTable = window.findChild<QTableView*>(QStringLiteral("alertsTableView"));
    waitUntil([&] { return alertTable->model()->rowCount() > 0; }, 8000);
    alertTable->setCurrentIndex(alertTable->model()->index(0, 0));
    pause(800);
    window.grab().save(out + QStringLiteral("/webhooks") + suffix + QStringLiteral(".png"));
    window.tabs()->setCurrentIndex(0);

    // The Profiles dialog, with an account beside the Sandbox (its secret kept for this run: no keychain here).
    Profile acme;
    acme.name = QStringLiteral("Acme staging");
    acme.kind = ProfileKind::Test;
    acme.scheme = AuthScheme::ApiKey;
    acme.accountSid = QStringLiteral("AC3f2a9b7c1d0e4f5a6b7c8d9e0f1a2b3c");
    acme.apiKeySid = QStringLiteral("SK9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b");
    acme.defaultSender = QStringLiteral("+14155550199");
    acme.secretStorage = SecretStorage::ThisRunOnly;
    bool added = false;
    workbench.profileManager()->add(
        acme, QStringLiteral("not-a-real-secret"), &window, [&](const ProfileManager::Outcome& o) { added = o.ok; });
    waitUntil([&] { return added; });
    ProfilesDialog* dialog = window.showProfiles();
    auto* list = dialog->findChild<QListView*>(QStringLiteral("profilesListView"));
    list->setCurrentIndex(
        list->model()->index(workbench.profileList()->rowOf(workbench.profiles()->find(acme.name)->id), 0));
    pause(300);
    dialog->grab().save(out + QStringLiteral("/profiles") + suffix + QStringLiteral(".png"));
    return 0;
}
