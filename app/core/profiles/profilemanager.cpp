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
        return QCoreApplication::translate(
            "textbench::ProfileManager", "The secret (Auth Token or API Key Secret) is empty.");
    for (QChar c : secret.trimmed()) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return QCoreApplication::translate("textbench::ProfileManager",
                "The secret contains white space or control characters: copy it again "
                "from the Twilio Console.");
    }
    return {};
}

// Overwrites a secret's characters before its memory is released (best effort: copies made by Qt are not reached).
void wipe(QString& secret)
{
    secret.fill(QChar(u'\0'));
    secret.clear();
}
} // namespace

bool ProfileManager::Outcome::canKeepForThisRun() const
{
    switch (keychainStatus) {
    case SecretStore::Status::NoKeychain:
    case SecretStore::Status::Denied:
    case SecretStore::Status::TimedOut:
    case SecretStore::Status::Failed:
        return true;
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return false;
    }
    return false;
}

ProfileManager::ProfileManager(ProfileStore* profiles, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{ }

ProfileManager::~ProfileManager()
{
    for (QString& secret : m_thisRun)
        wipe(secret);
}

ProfileManager::Outcome ProfileManager::failure(const QString& id, const SecretStore::Result& r, const QString& message)
{
    Outcome o;
    o.id = id;
    o.message = message.isEmpty() ? r.message : message;
    o.keychainStatus = r.status;
    return o;
}

ProfileManager::Outcome ProfileManager::done(const QString& id)
{
    Outcome o;
    o.ok = true;
    o.id = id;
    return o;
}

ProfileManager::Outcome ProfileManager::refused(const QString& id, const QString& message)
{
    Outcome o;
    o.id = id;
    o.message = message;
    return o;
}

void ProfileManager::forgetThisRun(const QString& id)
{
    auto it = m_thisRun.find(id);
    if (it == m_thisRun.end())
        return;
    wipe(*it);
    m_thisRun.erase(it);
}

void ProfileManager::readSecret(
    const Profile& profile, QObject* context, std::function<void(const SecretStore::Result&)> callback)
{
    if (profile.secretStorage == SecretStorage::Keychain) {
        m_secrets->read(profile.keychainKey(), context, std::move(callback));
        return;
    }
    SecretStore::Result r;
    if (m_thisRun.contains(profile.id)) {
        r.secret = m_thisRun.value(profile.id);
    } else {
        r.status = SecretStore::Status::NotFound;
        r.message = tr("This profile keeps its secret in memory for a single run of Textbench (no keychain could take "
                       "it), and this run has not been given it yet. Enter the secret again, or use environment "
                       "credentials.");
    }
    QTimer::singleShot(0, context, [callback, r] { callback(r); });
}

void ProfileManager::writeSecret(const Profile& profile, const QString& secret, QObject* context,
    std::function<void(const SecretStore::Result&)> callback)
{
    if (profile.secretStorage == SecretStorage::Keychain) {
        m_secrets->write(profile.keychainKey(), secret, context, std::move(callback));
        return;
    }
    forgetThisRun(profile.id);
    m_thisRun.insert(profile.id, secret);
    QTimer::singleShot(0, context, [callback] { callback(SecretStore::Result {}); });
}

void ProfileManager::add(const Profile& profile, const QString& secret, QObject* context, Callback callback)
{
    Profile p = profile;
    QString problem = p.problem();
    if (problem.isEmpty() && p.kind != ProfileKind::Sandbox)
        problem = secretProblem(secret);
    if (!problem.isEmpty()) {
        later(context, callback, refused({}, problem));
        return;
    }
    // Claim the id and check the name by adding the metadata, then store the secret; undo the metadata if the
    // keychain refuses, so that no profile is left without its secret.
    const QString id = m_profiles->add(p, &problem);
    if (id.isEmpty()) {
        later(context, callback, refused({}, problem));
        return;
    }
    p.id = id;
    QPointer<ProfileStore> profiles = m_profiles;
    writeSecret(p, secret.trimmed(), context, [profiles, id, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            if (profiles)
                profiles->remove(id);
            callback(failure({}, r));
            return;
        }
        callback(done(id));
    });
}

void ProfileManager::edit(const Profile& profile, const QString& secret, QObject* context, Callback callback)
{
    const auto before = m_profiles->find(profile.id);
    QString problem;
    if (!before || before->id != profile.id)
        problem = tr("There is no such profile to edit.");
    else if (!secret.isNull())
        problem = secretProblem(secret);
    else if (before->secretStorage != profile.secretStorage)
        problem = tr("Enter the secret again to move it %1.")
                      .arg(profile.secretStorage == SecretStorage::Keychain ? tr("into the keychain")
                                                                            : tr("into memory for this run"));
    if (!problem.isEmpty()) {
        later(context, callback, refused(profile.id, problem));
        return;
    }
    if (secret.isNull()) {
        const bool updated = m_profiles->update(profile, &problem);
        later(context, callback, updated ? done(profile.id) : refused(profile.id, problem));
        return;
    }
    // The secret first, the metadata only once the secret is where the metadata will say it is.
    const Profile old = *before;
    QPointer<ProfileManager> self = this;
    writeSecret(profile, secret.trimmed(), context, [self, old, profile, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            callback(failure(profile.id, r));
            return;
        }
        if (!self) {
            callback(refused(profile.id, tr("Textbench is closing.")));
            return;
        }
        QString updateProblem;
        if (!self->m_profiles->update(profile, &updateProblem)) {
            callback(refused(profile.id, updateProblem));
            return;
        }
        if (old.secretStorage != profile.secretStorage) {
            if (profile.secretStorage == SecretStorage::Keychain) {
                self->forgetThisRun(profile.id);
            } else {
                // Best effort: the keychain is probably what failed; a stale entry is overwritten by a later move back.
                self->m_secrets->remove(old.keychainKey(), self, [](const SecretStore::Result&) {});
            }
        }
        callback(done(profile.id));
    });
}

void ProfileManager::duplicate(const QString& id, const QString& newName, QObject* context, Callback callback)
{
    const auto source = m_profiles->find(id);
    if (!source || source->id != id || id == ProfileStore::kSandboxId) {
        later(context, callback,
            refused(id, tr("There is no such profile to duplicate (the Sandbox profile is built in).")));
        return;
    }
    const Profile from = *source;
    QPointer<ProfileManager> self = this;
    readSecret(from, context, [self, from, newName, context, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            callback(failure(from.id, r, tr("Profile \"%1\": %2").arg(from.name, r.message)));
            return;
        }
        if (!self)
            return;
        Profile copy = from;
        copy.id.clear();
        copy.name = newName;
        self->add(copy, r.secret, context, callback);
    });
}

void ProfileManager::remove(const QString& id, QObject* context, Callback callback)
{
    const auto profile = m_profiles->find(id);
    if (!profile || profile->id != id || id == ProfileStore::kSandboxId) {
        later(context, callback,
            refused(id, tr("There is no such profile to remove (the Sandbox profile is built in).")));
        return;
    }
    if (profile->secretStorage == SecretStorage::ThisRunOnly) {
        forgetThisRun(id);
        m_profiles->remove(id);
        later(context, callback, done(id));
        return;
    }
    QPointer<ProfileStore> profiles = m_profiles;
    m_secrets->remove(profile->keychainKey(), context, [profiles, id, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            // The metadata stays, so the user can retry once the keychain is back; nothing is left orphaned.
            callback(failure(id, r));
            return;
        }
        if (profiles)
            profiles->remove(id);
        callback(done(id));
    });
}

void ProfileManager::credentialsFor(const QString& id, QObject* context, Callback callback)
{
    const auto profile = m_profiles->find(id);
    if (!profile || profile->id != id) {
        later(context, callback, refused(id, tr("There is no such profile.")));
        return;
    }
    if (profile->kind == ProfileKind::Sandbox) {
        later(context, callback, done(id));
        return;
    }
    const Profile p = *profile;
    readSecret(p, context, [p, callback](const SecretStore::Result& r) {
        if (!r.ok()) {
            Outcome o = failure(p.id, r, tr("Profile \"%1\": %2").arg(p.name, r.message));
            o.needsSecret = p.secretStorage == SecretStorage::ThisRunOnly || r.status == SecretStore::Status::NotFound;
            callback(o);
            return;
        }
        Outcome o = done(p.id);
        o.credentials = p.credentials(r.secret);
        callback(o);
    });
}

} // namespace textbench
