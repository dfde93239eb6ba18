// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/account.h"
#include "api/apiclient.h"
#include "api/requestlogmodel.h"
#include "messages/conversations.h"
#include "messages/messagelogmodel.h"
#include "messages/messagetracker.h"
#include "messages/messagewatch.h"
#include "numbers/senderdirectory.h"
#include "profiles/activeprofile.h"
#include "profiles/profilelistmodel.h"
#include "webhooks/webhookmodels.h"

#include <QObject>

class QSettings;

namespace textbench {

namespace sandbox {
class SandboxServer;
}

/// \brief Everything the window works with, and nothing it shows: the client, the profiles and their keychain,
/// the profile in force, the embedded sandbox, and the models the panels bind to.
///
/// On start the embedded sandbox listens on loopback and the remembered profile is activated; if its secret cannot
/// be read the Sandbox profile takes over and startupProblem() says why. A switch of profile empties the log and
/// the inspector, so that nothing of one profile shows under another.
class Workbench : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QSettings* settings = nullptr; ///< profile metadata (owned by the workbench); null: Textbench's own
        QString keychainService = QStringLiteral("io.github.textbench");
        double sandboxSpeed = 1.0;
    };

    explicit Workbench(const Options& options, QObject* parent = nullptr);
    ~Workbench() override;

    /// Starts the sandbox and activates the remembered profile. The answer comes as ready().
    void start();

    ApiClient* client() const { return m_client; }
    ProfileStore* profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }
    ProfileManager* profileManager() const { return m_manager; }
    ActiveProfile* activeProfile() const { return m_active; }
    ProfileListModel* profileList() const { return m_profileList; }
    MessageLogModel* log() const { return m_log; }
    MessageWatch* watch() const { return m_watch; }
    /// The messages sent or opened under the account in force, followed until final (for notifications).
    MessageTracker* tracker() const { return m_tracker; }
    RequestLogModel* requestLog() const { return m_requestLog; }
    WebhookDeliveryModel* webhookDeliveries() const { return m_deliveries; }
    AlertListModel* alerts() const { return m_alerts; }
    ConversationListModel* conversations() const { return m_conversations; }
    ConversationThread* conversation() const { return m_conversation; }
    sandbox::SandboxServer* sandbox() const { return m_sandbox; }
    /// What the account in force can send from (fetched after each switch of profile or account).
    SenderDirectory* senders() const { return m_senders; }

    /// The profile's account and its subaccounts, as Twilio lists them to the profile's credentials; empty until
    /// listed (and when the credentials may not list accounts).
    const QList<Account>& accounts() const { return m_accounts; }
    /// Acts as \a accountSid, one of accounts() (empty: the profile's own account): every view empties, as on a
    /// switch of profile; requests in flight finish under the account they started with.
    void actAs(const QString& accountSid);
    /// The account requests act as now, and its name when known.
    QString actingAccountSid() const { return m_client->session().accountSid; }
    QString actingAccountName() const;

    /// True while the Sandbox profile is in force.
    bool onSandbox() const;

Q_SIGNALS:
    /// The first profile is in force. \a problem: why it is the Sandbox instead of the remembered profile, if so.
    void ready(const QString& problem);
    /// The embedded sandbox, in force, changed (SandboxServer::changed()): the panels that show it read it again
    /// instead of polling it.
    void sandboxChanged();
    /// accounts() changed.
    void accountsChanged();
    /// Requests act as another account of the profile (actAs()).
    void actingAccountChanged();

private:
    /// Nothing of the account before stays on screen.
    void clearViews();
    void listAccounts();

    ApiClient* m_client;
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    ProfileManager* m_manager;
    ActiveProfile* m_active;
    ProfileListModel* m_profileList;
    MessageLogModel* m_log;
    MessageWatch* m_watch;
    MessageTracker* m_tracker;
    RequestLogModel* m_requestLog;
    WebhookDeliveryModel* m_deliveries;
    AlertListModel* m_alerts;
    ConversationListModel* m_conversations;
    ConversationThread* m_conversation;
    sandbox::SandboxServer* m_sandbox;
    SenderDirectory* m_senders;
    QList<Account> m_accounts;
    bool m_started = false;
    bool m_ready = false;
    QString m_startupProblem;
};

} // namespace textbench
