// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

#include "accounts/accountjobs.h"
#include "sandboxserver.h"

#include <QSettings>

namespace textbench {

Workbench::Workbench(const Options& options, QObject* parent)
    : QObject(parent)
    , m_client(new ApiClient(this))
    , m_profiles(new ProfileStore(options.settings, this))
    , m_secrets(new SecretStore(options.keychainService, this))
    , m_manager(new ProfileManager(m_profiles, m_secrets, this))
    , m_active(new ActiveProfile(m_manager, m_client, this))
    , m_profileList(new ProfileListModel(m_profiles, this))
    , m_log(new MessageLogModel(m_client, this))
    , m_watch(new MessageWatch(m_client, this))
    , m_tracker(new MessageTracker(m_client, this))
    , m_requestLog(new RequestLogModel(m_client->requestLog(), this))
    , m_deliveries(new WebhookDeliveryModel(m_client, this))
    , m_alerts(new AlertListModel(m_client, this))
    , m_conversations(new ConversationListModel(m_client, this))
    , m_conversation(new ConversationThread(m_client, m_conversations, this))
    , m_sandbox(new sandbox::SandboxServer(this))
    , m_senders(new SenderDirectory(m_client, this))
{
    m_sandbox->setSpeed(options.sandboxSpeed);
    // The inspector's message is watched too: the tracker takes what the inspector sees instead of fetching it again.
    connect(m_watch, &MessageWatch::changed, this, [this] {
        if (!m_watch->hasMessage())
            return;
        if (m_tracker->isTracked(m_watch->message().sid))
            m_tracker->note(m_watch->message());
        else
            m_tracker->track(m_watch->message());
    });
    connect(m_sandbox, &sandbox::SandboxServer::changed, this, [this] {
        if (onSandbox())
            Q_EMIT sandboxChanged();
    });
    // A new profile in force: nothing of the previous one stays on screen; its senders and subaccounts are asked.
    connect(m_active, &ActiveProfile::activated, this, [this] {
        clearViews();
        m_senders->ensureLoaded();
        listAccounts();
    });
}

void Workbench::clearViews()
{
    m_watch->clear();
    m_tracker->clear();
    m_log->clear();
    m_deliveries->clear();
    m_alerts->clear();
    m_conversations->clear();
    m_conversation->clear();
}

void Workbench::listAccounts()
{
    m_accounts.clear();
    Q_EMIT accountsChanged();
    // Active ones only: a suspended or closed subaccount answers nothing it could be acted as for.
    auto* job = new ListAccountsJob(m_client, 200, 200);
    job->setFilter({}, QStringLiteral("active"));
    connect(job, &ApiJob::finished, this, [this, job] {
        // Credentials that may not list accounts (a subaccount's API key, test credentials) simply have none.
        if (!m_client->isCurrent(job->session()) || !job->succeeded())
            return;
        m_accounts = job->items();
        Q_EMIT accountsChanged();
    });
    job->start();
}

void Workbench::actAs(const QString& accountSid)
{
    const QString before = m_client->session().accountSid;
    m_client->setAccount(accountSid);
    if (m_client->session().accountSid == before)
        return;
    clearViews();
    m_senders->ensureLoaded();
    Q_EMIT actingAccountChanged();
}

QString Workbench::actingAccountName() const
{
    for (const Account& a : m_accounts)
        if (a.sid == actingAccountSid())
            return a.friendlyName;
    return {};
}

Workbench::~Workbench() = default;

bool Workbench::onSandbox() const
{
    return m_active->profile().kind == ProfileKind::Sandbox;
}

void Workbench::start()
{
    if (m_started)
        return;
    m_started = true;
    QString sandboxProblem;
    if (m_sandbox->listen()) {
        const sandbox::SandboxServer::Connection sandbox = m_sandbox->connection();
        m_active->setSandbox(sandbox.credentials, sandbox.endpoint);
    } else {
        sandboxProblem = tr("The built-in sandbox could not listen on 127.0.0.1.");
    }

    m_startupProblem = sandboxProblem;
    connect(m_active, &ActiveProfile::activated, this, [this] {
        if (m_ready)
            return;
        m_ready = true;
        Q_EMIT ready(m_startupProblem);
    });
    connect(m_active, &ActiveProfile::failed, this, [this](const QString& id, const ProfileManager::Outcome& outcome) {
        if (m_ready)
            return;
        if (id != ProfileStore::kSandboxId) {
            // The remembered profile cannot be used now (its secret is unreadable): work on the Sandbox, and say why.
            m_startupProblem = outcome.message;
            m_active->activate(ProfileStore::kSandboxId);
            return;
        }
        m_ready = true;
        Q_EMIT ready(m_startupProblem.isEmpty() ? outcome.message : m_startupProblem);
    });
    m_active->activate(m_profiles->activeId());
}

} // namespace textbench
