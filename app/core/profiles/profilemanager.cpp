// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemanager.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace textbench {

namespace {
// Answers on the next turn of the event loop, so that a caller always hears back after its call returned.
void later(QObject* context, const ProfileManager::Callback& callback, const ProfileManager::Outcome& outcome)
{
    QTimer::singleShot(0, context, [callback, outcome] { callback(outcome); });
}

QString secretProblem(const QString& secret)
{
    if (secret.trimmed().isEmpty())
        return QCoreApplication::translate("textbench::ProfileManager", "The secret (Auth Token or API Key Secret) is empty.");
    for (QChar c : secret.trimmed()) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return QCoreApplication::translate("textbench::ProfileManager",
                                               "The secret contains white space or control characters: copy it again "
                                               "from the Twilio Console.");
    }
    return {};
}
} // namespace

ProfileManager::ProfileManager(ProfileStore* profiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

void ProfileManager::add(const Profile& profile, const QString& secret, QObject* context, Callback callback)
{
    Profile p = profile;
    QString problem = p.problem();
    if (problem.isEmpty() && p.kind != ProfileKind::Sandbox)
        problem = secretProblem(secret);
    if (!problem.isEmpty()) {
        later(context, callback, { false, {}, problem, {} });
        return;
    }
    // Claim the id and check the name by adding the metadata, then store the secret; undo the metadata if the
    // keychain refuses, so that no profile is left without its secret.
    const QString id = m_profiles->add(p, &problem);
    if (id.isEmpty()) {
        later(context, callback, { false, {}, problem, {} });
        return;
    }
    p.id = id;
    QPointer<ProfileStore> profiles = m_profiles;
    m_secrets->write(p.keychainKey(), secret.trimmed(), context, [profiles, id, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            if (profiles)
                profiles->remove(id);
            callback({ false, {}, r.message, {} });
            return;
        }
        callback({ true, id, {}, {} });
    });
}

void ProfileManager::edit(const Profile& profile, const QString& secret, QObject* context, Callback callback)
{
    QString problem;
    if (!secret.isNull())
        problem = secretProblem(secret);
    if (problem.isEmpty())
        m_profiles->update(profile, &problem);
    if (!problem.isEmpty()) {
        later(context, callback, { false, profile.id, problem, {} });
        return;
    }
    if (secret.isNull()) {
        later(context, callback, { true, profile.id, {}, {} });
        return;
    }
    const QString id = profile.id;
    m_secrets->write(profile.keychainKey(), secret.trimmed(), context, [id, callback](const SecretStore::Result& r) {
        callback({ r.ok(), id, r.message, {} });
    });
}

void ProfileManager::remove(const QString& id, QObject* context, Callback callback)
{
    const auto profile = m_profiles->find(id);
    if (!profile || profile->id != id || id == ProfileStore::kSandboxId) {
        later(context, callback, { false, id, tr("There is no such profile to remove (the Sandbox profile is built in)."), {} });
        return;
    }
    QPointer<ProfileStore> profiles = m_profiles;
    m_secrets->remove(profile->keychainKey(), context, [profiles, id, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            // The metadata stays, so the user can retry once the keychain is back; nothing is left orphaned.
            callback({ false, id, r.message, {} });
            return;
        }
        if (profiles)
            profiles->remove(id);
        callback({ true, id, {}, {} });
    });
}

void ProfileManager::credentialsFor(const QString& id, QObject* context, Callback callback)
{
    const auto profile = m_profiles->find(id);
    if (!profile || profile->id != id) {
        later(context, callback, { false, id, tr("There is no such profile."), {} });
        return;
    }
    if (profile->kind == ProfileKind::Sandbox) {
        later(context, callback, { true, id, {}, {} });
        return;
    }
    const Profile p = *profile;
    m_secrets->read(p.keychainKey(), context, [p, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            callback({ false, p.id, tr("Profile \"%1\": %2").arg(p.name, r.message), {} });
            return;
        }
        callback({ true, p.id, {}, p.credentials(r.secret) });
    });
}

} // namespace textbench
