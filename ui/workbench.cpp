// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench.h"

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
    , m_requestLog(new RequestLogModel(m_client->requestLog(), this))
    , m_deliveries(new WebhookDeliveryModel(m_client, this))
    , m_alerts(new AlertListModel(m_client, this))
    , m_conversations(new ConversationListModel(m_client, this))
    , m_conversation(new ConversationThread(m_client, m_conversations, this))
    , m_sandbox(new sandbox::SandboxServer(this))
{
    m_sandbox->setSpeed(options.sandboxSpeed);
    connect(m_sandbox, &sandbox::SandboxServer::changed, this, [this] {
        if (onSandbox())
            Q_EMIT sandboxChanged();
    });
    // A new profile in force: nothing of the previous one stays on screen.
    connect(m_active, &ActiveProfile::activated, this, [this] {
        m_watch->clear();
        m_log->clear();
        m_deliveries->clear();
        m_alerts->clear();
        m_conversations->clear();
        m_conversation->clear();
    });
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
