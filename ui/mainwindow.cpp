// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "activitywidget.h"
#include "api/sid.h"
#include "composewidget.h"
#include "conversationswidget.h"
#include "desktopnotifier.h"
#include "errorpanel.h"
#include "inspectorwidget.h"
#include "logwidget.h"
#include "profilesdialog.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "uiutil.h"
#include "webhookswidget.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace textbench {

namespace {
struct ShortcutInfo
{
    QKeySequence keys;
    const char* what;
};

// The keys that are not menu actions (they belong to a panel). The help lists these and every menu action, so it
// cannot go stale.
const QList<ShortcutInfo>& panelShortcuts()
{
    static const QList<ShortcutInfo> list {
        { QKeySequence(Qt::CTRL | Qt::Key_F), QT_TRANSLATE_NOOP("textbench::MainWindow", "Find in the raw JSON") },
        { QKeySequence(Qt::Key_F5), QT_TRANSLATE_NOOP("textbench::MainWindow", "Load the log again (in the Log)") },
        { QKeySequence(Qt::Key_Return),
            QT_TRANSLATE_NOOP("textbench::MainWindow", "Open the selected message (in the Log)") },
        { QKeySequence(Qt::Key_Escape), QT_TRANSLATE_NOOP("textbench::MainWindow", "Dismiss the error panel") },
    };
    return list;
}
} // namespace

MainWindow::MainWindow(Workbench* workbench, QWidget* parent)
    : QMainWindow(parent)
    , m_workbench(workbench)
    , m_switcher(new QComboBox(this))
    , m_accountSwitcher(new QComboBox(this))
    , m_kindBadge(new QLabel(this))
    , m_profileInfo(new QLabel(this))
    , m_profilesButton(new QPushButton(tr("Profiles…"), this))
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_compose(new ComposeWidget(workbench->client(), this))
    , m_inspector(new InspectorWidget(workbench->watch(), workbench->client(), this))
    , m_log(new LogWidget(workbench->log(), this))
    , m_webhooks(new WebhooksWidget(workbench->webhookDeliveries(), workbench->alerts(), this))
    , m_conversations(
          new ConversationsWidget(workbench->conversations(), workbench->conversation(), workbench->client(), this))
    , m_errors(new ErrorPanel(this))
    , m_activity(new ActivityWidget(workbench->requestLog(), workbench->client()->requestLog(), this))
    , m_activityDock(new QDockWidget(tr("Activity"), this))
    , m_notifier(new DesktopNotifier(this))
    , m_notificationsAction(new QAction(tr("Desktop &notifications"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Textbench"));
    resize(1280, 820);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("composeInspectorSplitter"));
    split->addWidget(m_compose);
    split->addWidget(m_inspector);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({ 520, 760 });
    m_tabs->setObjectName(QStringLiteral("mainTabWidget"));
    m_tabs->setAccessibleName(tr("Panels"));
    m_tabs->addTab(split, tr("Send && inspect"));
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_conversations, tr("Conversations"));
    m_tabs->addTab(m_webhooks, tr("Webhooks"));
    m_tabs->setDocumentMode(true);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(buildHeader());
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors);
    setCentralWidget(central);

    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setWidget(m_activity);
    m_activityDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    resizeDocks({ m_activityDock }, { 200 }, Qt::Vertical);

    // Menus carry every action and its shortcut (the panels' own actions); the help lists the same table. An action
    // that acts on a panel first brings it on screen.
    connect(m_compose, &ComposeWidget::showRequested, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_inspector, &InspectorWidget::showRequested, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(m_log, &LogWidget::showRequested, this, [this] { m_tabs->setCurrentWidget(m_log); });
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_log->exportAction());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);
    QMenu* message = menuBar()->addMenu(tr("&Message"));
    const InspectorWidget::Actions& inspect = m_inspector->actions();
    message->addActions({ m_compose->sendAction(), m_compose->newMessageAction(), inspect.findSid });
    message->addSeparator();
    message->addActions({ inspect.fetch, inspect.redact, inspect.cancel, inspect.remove, inspect.copyJson });
    message->addSeparator();
    message->addActions({ inspect.feedbackConfirmed, inspect.feedbackUnconfirmed, inspect.lookUp });
    message->addSeparator();
    message->addAction(m_webhooks->resendAction());
    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(
        tr("Send && inspect"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("Log"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { m_tabs->setCurrentWidget(m_log); });
    view->addAction(tr("Conversations"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
        [this] { m_tabs->setCurrentWidget(m_conversations); });
    view->addAction(tr("Webhooks and alerts"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
        [this] { m_tabs->setCurrentWidget(m_webhooks); });
    QAction* toggleActivity = m_activityDock->toggleViewAction();
    toggleActivity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(toggleActivity);
    m_notificationsAction->setObjectName(QStringLiteral("notificationsAction"));
    m_notificationsAction->setCheckable(true);
    m_notificationsAction->setChecked(DesktopNotifier::enabledInSettings());
    m_notificationsAction->setToolTip(
        tr("Say on the desktop when a message sent or watched is delivered, fails or is received while Textbench is "
           "in the background"));
    m_notifier->setEnabled(m_notificationsAction->isChecked());
    connect(m_notificationsAction, &QAction::toggled, this, [this](bool on) {
        m_notifier->setEnabled(on);
        DesktopNotifier::setEnabledInSettings(on);
    });
    view->addAction(m_notificationsAction);
    view->addAction(m_activity->copyCurlAction());
    QMenu* profiles = menuBar()->addMenu(tr("&Profiles"));
    profiles->addAction(
        tr("&Manage profiles…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, &MainWindow::showProfiles);
    profiles->addAction(tr("S&witch profile"), QKeySequence(Qt::CTRL | Qt::Key_K), this, [this] {
        m_switcher->setFocus();
        m_switcher->showPopup();
    });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1), this, &MainWindow::showShortcuts);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, m_errors, &ErrorPanel::dismiss);

    // Wiring: the panels talk through the workbench's models; failures all land in the error panel.
    connect(m_compose, &ComposeWidget::sent, this, [this](const Message& m, const ApiSession& session) {
        if (!m_workbench->client()->isCurrent(session)) {
            // Sent under the profile before a switch: not followed with the new profile's credentials.
            m_errors->showNotice(tr("Sent under the previous profile"),
                tr("%1 was sent before the profile changed; switch back to follow it.").arg(m.sid));
            return;
        }
        m_errors->dismiss();
        m_workbench->watch()->follow(m);
        m_logStale = true;
    });
    connect(m_compose, &ComposeWidget::failed, this, [this](const ApiError& e) { m_errors->showError(e, tr("Send")); });
    connect(m_compose, &ComposeWidget::lookupFailed, m_errors, &ErrorPanel::showError);
    m_compose->setSenders(m_workbench->senders());
    connect(m_compose, &ComposeWidget::retryScheduled, m_errors, &ErrorPanel::showRetry);
    connect(m_workbench->watch(), &MessageWatch::retryScheduled, m_errors, &ErrorPanel::showRetry);
    // A retry that went through: its countdown goes away.
    connect(m_workbench->watch(), &MessageWatch::changed, m_errors, &ErrorPanel::retryOver);
    connect(m_compose, &ComposeWidget::sent, m_errors, &ErrorPanel::retryOver);
    connect(m_inspector, &InspectorWidget::failed, m_errors, &ErrorPanel::showError);
    connect(m_log, &LogWidget::failed, m_errors, &ErrorPanel::showError);
    const auto inspectSid = [this](const QString& sid) {
        m_tabs->setCurrentIndex(0);
        m_inspector->inspect(sid);
    };
    connect(m_log, &LogWidget::inspectRequested, this, inspectSid);
    connect(m_webhooks, &WebhooksWidget::inspectRequested, this, inspectSid);
    connect(m_conversations, &ConversationsWidget::inspectRequested, this, inspectSid);
    connect(m_webhooks, &WebhooksWidget::failed, m_errors, &ErrorPanel::showError);
    connect(m_workbench, &Workbench::sandboxChanged, m_webhooks, &WebhooksWidget::changed);
    connect(m_workbench, &Workbench::sandboxChanged, m_conversations, &ConversationsWidget::changed);
    connect(m_conversations, &ConversationsWidget::failed, m_errors, &ErrorPanel::showError);
    connect(m_workbench->watch(), &MessageWatch::changed, this, [this] {
        if (m_workbench->watch()->hasMessage())
            m_workbench->log()->updateMessage(m_workbench->watch()->message());
    });
    connect(m_workbench->watch(), &MessageWatch::deleted, m_workbench->log(), &MessageLogModel::removeMessage);
    // A message sent or watched became final while the user looks elsewhere: said on the desktop; a click on it
    // brings the window and the message up.
    connect(m_workbench->tracker(), &MessageTracker::settled, this, [this](const Message& m) {
        // Not while this window or one of its dialogs (Profiles, the shortcuts) is active.
        for (const QWidget* w = QApplication::activeWindow(); w; w = w->parentWidget())
            if (w == this)
                return;
        if (!m_notifier->isEnabled())
            return;
        const Profile& profile = m_workbench->activeProfile()->profile();
        m_notified.insert(m.sid, { profile.id, profile.name, m_workbench->actingAccountSid() });
        m_notifier->notifyFinal(m);
    });
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString& sid) {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        m_tabs->setCurrentIndex(0);
        // Opened only under the profile and account it was followed under; after a switch, said instead.
        const Notified where = m_notified.value(sid);
        if (!where.profileId.isEmpty()
            && (where.profileId != m_workbench->activeProfile()->profile().id
                || where.accountSid != m_workbench->actingAccountSid())) {
            m_errors->showNotice(tr("%1 is under another profile").arg(sid),
                tr("It was followed under the profile “%1”. Switch back to it (Ctrl+K) to open it.")
                    .arg(where.profileName));
            return;
        }
        if (m_workbench->watch()->sid() != sid)
            m_inspector->inspect(sid);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_log && m_logStale) {
            m_logStale = false;
            m_log->applyFilters();
        }
    });

    ActiveProfile* active = m_workbench->activeProfile();
    connect(active, &ActiveProfile::activated, this, &MainWindow::profileActivated);
    connect(active, &ActiveProfile::profileUpdated, this, &MainWindow::profileActivated);
    connect(active, &ActiveProfile::failed, this, [this](const QString&, const ProfileManager::Outcome& outcome) {
        updateSwitcher();
        ApiError e = ApiError::badCredentials(outcome.message,
            outcome.needsSecret || outcome.canKeepForThisRun()
                ? tr("Open Profiles (Ctrl+Shift+P) to enter the secret again, or keep working on the Sandbox.")
                : QString());
        m_errors->showError(e, tr("Switch profile"));
    });
    connect(m_workbench, &Workbench::ready, this, [this](const QString& problem) {
        if (!problem.isEmpty())
            m_errors->showNotice(tr("Working on the Sandbox profile"), problem);
    });
    connect(m_switcher, &QComboBox::activated, this, [this](int row) {
        const QString id = m_workbench->profileList()->profileAt(row).id;
        // While a switch waits for the keychain, picking any profile (even the one in force) overrides it.
        if (id != m_workbench->activeProfile()->profile().id || m_workbench->activeProfile()->isSwitching())
            m_workbench->activeProfile()->activate(id);
    });
    connect(m_workbench->profileList(), &QAbstractItemModel::modelReset, this, &MainWindow::updateSwitcher);
    connect(m_workbench, &Workbench::accountsChanged, this, &MainWindow::updateAccounts);
    connect(m_workbench, &Workbench::actingAccountChanged, this, [this] {
        updateAccounts();
        m_logStale = true;
        if (m_tabs->currentWidget() == m_log) {
            m_logStale = false;
            m_log->applyFilters();
        }
    });
    connect(m_accountSwitcher, &QComboBox::activated, this, [this](int row) {
        const QString sid = m_accountSwitcher->itemData(row).toString();
        m_workbench->actAs(sid == m_workbench->client()->credentials().accountSid() ? QString() : sid);
    });
    connect(m_profilesButton, &QPushButton::clicked, this, &MainWindow::showProfiles);

    if (m_workbench->sandbox() && m_workbench->sandbox()->port())
        statusBar()->showMessage(tr("Sandbox at %1").arg(m_workbench->sandbox()->baseUrl().toString()));
    m_banner->hide();
}

QWidget* MainWindow::buildHeader()
{
    auto* header = new QWidget(this);
    header->setObjectName(QStringLiteral("headerWidget"));
    m_switcher->setObjectName(QStringLiteral("profileComboBox"));
    m_switcher->setModel(m_workbench->profileList());
    m_switcher->setAccessibleName(tr("Profile"));
    m_switcher->setToolTip(tr("The profile every request uses (Ctrl+K)"));
    m_switcher->setMinimumContentsLength(18);
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accountSwitcher->setObjectName(QStringLiteral("accountComboBox"));
    m_accountSwitcher->setAccessibleName(tr("Account"));
    m_accountSwitcher->setToolTip(tr("Act as one of the profile's subaccounts, with the profile's credentials"));
    m_accountSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_accountSwitcher->hide();
    m_kindBadge->setObjectName(QStringLiteral("kindBadgeLabel"));
    m_profileInfo->setObjectName(QStringLiteral("profileInfoLabel"));
    m_profileInfo->setTextFormat(Qt::PlainText);
    ui::makeCaption(m_profileInfo);
    m_profilesButton->setObjectName(QStringLiteral("profilesButton"));
    m_profilesButton->setToolTip(tr("Add, edit, test and remove profiles (Ctrl+Shift+P)"));
    m_banner->setObjectName(QStringLiteral("sandboxBannerLabel"));
    m_banner->setWordWrap(true);
    m_banner->setText(
        tr("<b>You are on the built-in Sandbox</b>: a Twilio-compatible API inside Textbench, so everything "
           "works without an account and nothing reaches Twilio. Send from %1; try Twilio's magic "
           "numbers (To +15005550001 is invalid, +15005559006 is undeliverable). Add your account under "
           "Profiles… (Ctrl+Shift+P).")
            .arg(sandbox::Account::kSender));
    m_banner->setStyleSheet(
        QStringLiteral("#sandboxBannerLabel { border: 1px solid palette(highlight); border-radius: 6px; "
                       "padding: 6px 10px; }"));

    // Its label: on Linux a combo box's accessible name is its current value, and a screen reader names the box
    // after the label that has it as buddy (Qt's "labelled by" relation).
    auto* switcherLabel = new QLabel(tr("Profile"), header);
    switcherLabel->setObjectName(QStringLiteral("profileLabel"));
    switcherLabel->setBuddy(m_switcher);

    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(switcherLabel);
    row->addWidget(m_switcher);
    row->addWidget(m_accountSwitcher);
    row->addWidget(m_kindBadge);
    row->addWidget(m_profileInfo, 1);
    row->addWidget(m_profilesButton);
    return header;
}

void MainWindow::updateSwitcher()
{
    const int row = m_workbench->profileList()->rowOf(m_workbench->activeProfile()->profile().id);
    if (row >= 0 && m_switcher->currentIndex() != row)
        m_switcher->setCurrentIndex(row);
}

void MainWindow::updateAccounts()
{
    const QList<Account>& accounts = m_workbench->accounts();
    const QString acting = m_workbench->actingAccountSid();
    const QSignalBlocker quiet(m_accountSwitcher);
    m_accountSwitcher->clear();
    for (const Account& a : accounts) {
        const QString name = a.friendlyName.isEmpty() ? Sid::masked(a.sid) : a.friendlyName;
        m_accountSwitcher->addItem(a.isSubaccount() ? QString(u"› " + name) : tr("%1 (main account)").arg(name), a.sid);
        m_accountSwitcher->setItemData(m_accountSwitcher->count() - 1,
            a.isSubaccount() ? tr("Subaccount %1").arg(a.sid) : tr("The profile's own account %1").arg(a.sid),
            Qt::ToolTipRole);
        if (a.sid == acting)
            m_accountSwitcher->setCurrentIndex(m_accountSwitcher->count() - 1);
    }
    // Shown when there is something to switch to, or while acting as a subaccount.
    m_accountSwitcher->setVisible(accounts.size() > 1 || m_workbench->client()->actsAsSubaccount());
    const Profile& profile = m_workbench->activeProfile()->profile();
    const QString subaccount = m_workbench->actingAccountName();
    const bool sub = m_workbench->client()->actsAsSubaccount();
    const QString where
        = sub ? QString(profile.name + u" › " + (subaccount.isEmpty() ? acting : subaccount)) : profile.name;
    setWindowTitle(tr("Textbench — %1").arg(where));
    const bool sandbox = profile.kind == ProfileKind::Sandbox;
    QString info = sandbox ? Sid::masked(sandbox::Account::kAccountSid) + u" · " + tr("nothing leaves this computer")
                           : Sid::masked(profile.accountSid) + u" · " + profile.endpoint().baseUrl().host();
    if (profile.id == ActiveProfile::kEnvironmentId)
        info += u" · " + tr("from the environment");
    if (sub)
        info = tr("acting as %1").arg(Sid::masked(acting)) + u" · " + info;
    m_profileInfo->setText(info);
}

void MainWindow::profileActivated(const Profile& profile)
{
    updateSwitcher();
    const bool sandbox = profile.kind == ProfileKind::Sandbox;
    const ui::Tone kindTone = sandbox       ? ui::Tone::Neutral
        : profile.kind == ProfileKind::Test ? ui::Tone::Caution
                                            : ui::Tone::Bad; // live: what is sent is real
    ui::makeBadge(m_kindBadge, ProfileListModel::kindLabel(profile.kind), ui::toneColor(kindTone));
    m_kindBadge->setAccessibleName(tr("Profile kind: %1").arg(ProfileListModel::kindLabel(profile.kind)));
    m_banner->setVisible(sandbox);
    m_compose->setDefaultSender(sandbox ? sandbox::Account::kSender : profile.defaultSender);
    QStringList sandboxNumbers;
    if (sandbox && m_workbench->sandbox()) {
        for (const sandbox::StoredPhoneNumber& n : m_workbench->sandbox()->phoneNumbers().all())
            sandboxNumbers << n.phoneNumber;
    }
    m_conversations->setSandboxNumbers(sandboxNumbers);
    // The embedded sandbox says when it changed; anything else is read again every few seconds while shown.
    const bool embedded = sandbox && m_workbench->sandbox() && m_workbench->sandbox()->port() != 0;
    m_webhooks->setPushed(embedded);
    m_conversations->setPushed(embedded);
    updateAccounts();
    m_logStale = true;
    if (m_tabs->currentWidget() == m_log) {
        m_logStale = false;
        m_log->applyFilters();
    }
}

ProfilesDialog* MainWindow::showProfiles()
{
    if (!m_profilesDialog) {
        m_profilesDialog = new ProfilesDialog(m_workbench, this);
        m_profilesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_profilesDialog->show();
    m_profilesDialog->raise();
    m_profilesDialog->activateWindow();
    return m_profilesDialog;
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    QString rows;
    const auto row = [&rows](const QKeySequence& keys, const QString& what) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td>&nbsp;&nbsp;%2</td></tr>")
                    .arg(keys.toString(QKeySequence::NativeText).toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (QAction* menu : menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction* a : menu->menu()->actions()) {
            if (!a->shortcut().isEmpty())
                row(a->shortcut(), QString(a->text()).remove(u'&'));
        }
    }
    for (const ShortcutInfo& s : panelShortcuts())
        row(s.keys, QCoreApplication::translate("textbench::MainWindow", s.what));
    auto* label = new QLabel(QStringLiteral("<table cellspacing=\"4\">") + rows + QStringLiteral("</table>"), &dialog);
    label->setObjectName(QStringLiteral("shortcutsLabel"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(buttons);
    dialog.exec();
}

} // namespace textbench
