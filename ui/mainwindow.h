// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QDockWidget;
class QLabel;
class QPushButton;
class QTabWidget;

namespace textbench {

class ActivityWidget;
class ComposeWidget;
class ConversationsWidget;
class DesktopNotifier;
class ErrorPanel;
class InspectorWidget;
class LogWidget;
class ProfilesDialog;
class WebhooksWidget;
class Workbench;
struct Profile;

/// \brief The Textbench window: the profile switcher always in view, Compose beside the Inspector, the Log, the
/// error panel under them and the Activity dock at the bottom. Widgets bind to the Workbench's models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Workbench* workbench, QWidget* parent = nullptr);

    ComposeWidget* compose() const { return m_compose; }
    InspectorWidget* inspector() const { return m_inspector; }
    LogWidget* logWidget() const { return m_log; }
    ErrorPanel* errorPanel() const { return m_errors; }
    ActivityWidget* activity() const { return m_activity; }
    WebhooksWidget* webhooks() const { return m_webhooks; }
    ConversationsWidget* conversations() const { return m_conversations; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Says when a message sent or watched reaches a final status while the window is not active.
    DesktopNotifier* notifier() const { return m_notifier; }
    /// View › Desktop notifications (kept in the settings).
    QAction* notificationsAction() const { return m_notificationsAction; }

public Q_SLOTS:
    ProfilesDialog* showProfiles();
    void showShortcuts();

private:
    void profileActivated(const Profile& profile);
    void updateSwitcher();
    /// The subaccount switcher, the header's account line and the title ("Profile › Subaccount"), from the profile in
    /// force and the account acted as.
    void updateAccounts();
    QWidget* buildHeader();

    Workbench* m_workbench;
    QComboBox* m_switcher;
    QComboBox* m_accountSwitcher;
    QLabel* m_kindBadge;
    QLabel* m_profileInfo;
    QPushButton* m_profilesButton;
    QLabel* m_banner;
    QTabWidget* m_tabs;
    ComposeWidget* m_compose;
    InspectorWidget* m_inspector;
    LogWidget* m_log;
    WebhooksWidget* m_webhooks;
    ConversationsWidget* m_conversations;
    ErrorPanel* m_errors;
    ActivityWidget* m_activity;
    QDockWidget* m_activityDock;
    QPointer<ProfilesDialog> m_profilesDialog;
    DesktopNotifier* m_notifier;
    /// Where each notified message was followed: its profile (and name) and the account acted as.
    struct Notified
    {
        QString profileId;
        QString profileName;
        QString accountSid;
    };
    QHash<QString, Notified> m_notified;
    QAction* m_notificationsAction;
    bool m_logStale = true;
};

} // namespace textbench
