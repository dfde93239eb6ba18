// SPDX-License-Identifier: GPL-3.0-or-later
#include "activeprofile.h"

#include "api/apiclient.h"

#include <QPointer>

#include <tuple>

namespace textbench {

const QString ActiveProfile::kEnvironmentId = QStringLiteral("env");

ActiveProfile::ActiveProfile(ProfileManager* manager, ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_manager(manager)
    , m_client(client)
{
    // Follow what happens to the profile in force: removed (back to the Sandbox), changed where requests go or given
    // a new secret (read again and re-applied), renamed (just the new label).
    connect(manager->profiles(), &ProfileStore::profilesChanged, this, &ActiveProfile::storeChanged);
    connect(manager, &ProfileManager::secretChanged, this, [this](const QString& id) {
        if (id == m_profile.id)
            activate(id);
    });
}

void ActiveProfile::storeChanged()
{
    if (m_profile.id.isEmpty() || m_profile.id == kEnvironmentId || m_profile.id == ProfileStore::kSandboxId)
        return;
    const auto now = m_manager->profiles()->find(m_profile.id);
    if (!now || now->id != m_profile.id) {
        activate(ProfileStore::kSandboxId);
        return;
    }
    const auto target = [](const Profile& p) {
        return std::tuple { p.kind, p.scheme, p.accountSid, p.apiKeySid, p.region, p.edge, p.baseUrl, p.secretStorage };
    };
    if (target(*now) != target(m_profile)) {
        activate(m_profile.id);
    } else if (*now != m_profile) {
        m_profile = *now;
        Q_EMIT profileUpdated(m_profile);
    }
}

void ActiveProfile::setSandbox(const Credentials& credentials, const ApiEndpoint& endpoint)
{
    m_sandboxCredentials = credentials;
    m_sandboxEndpoint = endpoint;
    m_hasSandbox = true;
}

void ActiveProfile::activate(const QString& id)
{
    const quint64 request = ++m_request;
    m_pendingId = id;
    Q_EMIT switching(id);
    m_manager->credentialsFor(id, this, [this, request, id](const ProfileManager::Outcome& outcome) {
        if (request != m_request)
            return; // a later switch was asked for: this one no longer matters
        m_pendingId.clear();
        const auto profile = m_manager->profiles()->find(id);
        if (!outcome.ok || !profile) {
            ProfileManager::Outcome o = outcome;
            if (o.message.isEmpty())
                o.message = tr("There is no such profile.");
            Q_EMIT failed(id, o);
            return;
        }
        if (profile->kind == ProfileKind::Sandbox) {
            if (!m_hasSandbox) {
                ProfileManager::Outcome o = outcome;
                o.ok = false;
                o.message = tr("The built-in sandbox is not running.");
                Q_EMIT failed(id, o);
                return;
            }
            apply(*profile, m_sandboxCredentials, m_sandboxEndpoint);
        } else {
            apply(*profile, outcome.credentials, profile->endpoint());
        }
        m_manager->profiles()->setActive(id);
    });
}

void ActiveProfile::activateCredentials(
    const QString& name, const Credentials& credentials, const ApiEndpoint& endpoint)
{
    ++m_request; // cancels a switch still waiting for the keychain
    m_pendingId.clear();
    Profile p;
    p.id = kEnvironmentId;
    p.name = name;
    p.scheme = credentials.scheme();
    p.accountSid = credentials.accountSid();
    if (p.scheme == AuthScheme::ApiKey)
        p.apiKeySid = credentials.username();
    apply(p, credentials, endpoint);
}

quint64 ActiveProfile::generation() const
{
    return m_client->session().generation;
}

void ActiveProfile::apply(const Profile& profile, const Credentials& credentials, const ApiEndpoint& endpoint)
{
    m_profile = profile;
    m_client->setTarget(credentials, endpoint);
    m_ready = true;
    Q_EMIT activated(m_profile, generation());
}

} // namespace textbench
