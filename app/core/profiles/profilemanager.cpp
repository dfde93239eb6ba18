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

ProfileManager::Callback ProfileManager::guarded(QObject* context, Callback callback)
{
    return [context = QPointer<QObject>(context), callback = std::move(callback)](const Outcome& outcome) {
        if (context)
            callback(outcome);
    };
}

// The manager's own steps run with the manager as their context, so that its bookkeeping (undoing a half-done add,
// updating metadata) happens even when the caller's context is gone; only the caller's callback is guarded.
void ProfileManager::readSecret(const Profile& profile, std::function<void(const SecretStore::Result&)> callback)
{
    if (profile.secretStorage == SecretStorage::Keychain) {
        m_secrets->read(profile.keychainKey(), this, std::move(callback));
        return;
    }
    SecretStore::Result r;
    if (m_thisRun.contains(profile.id)) {
        r.secret = m_thisRun.value(profile.id);
    } else {
        r.status = SecretStore::Status::NotFound;
        r.message = tr("This profile keeps its secret in memory for a single run of Textbench (no keychain could take "
                       "it), and this run has not been given it yet. Enter the secret again (the command line puts "
                       "it in the keychain: profiles edit NAME --new-secret), or use environment credentials.");
    }
    QTimer::singleShot(0, this, [callback, r] { callback(r); });
}

void ProfileManager::writeSecret(
    const Profile& profile, const QString& secret, std::function<void(const SecretStore::Result&)> callback)
{
    if (profile.secretStorage == SecretStorage::Keychain) {
        m_secrets->write(profile.keychainKey(), secret, this, std::move(callback));
        return;
    }
    forgetThisRun(profile.id);
    m_thisRun.insert(profile.id, secret);
    QTimer::singleShot(0, this, [callback] { callback(SecretStore::Result {}); });
}

void ProfileManager::add(const Profile& profile, const QString& secret, QObject* context, const Callback& callback)
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
    writeSecret(p, secret.trimmed(), [this, p, answer = guarded(context, callback)](const SecretStore::Result& r) {
        if (!r.ok()) {
            m_profiles->remove(p.id);
            // A write that timed out may still land later (a prompt answered late): take it back, best effort.
            if (r.status == SecretStore::Status::TimedOut)
                m_secrets->remove(p.keychainKey(), this, [](const SecretStore::Result&) {});
            answer(failure({}, r));
            return;
        }
        answer(done(p.id));
    });
}

void ProfileManager::edit(const Profile& profile, const QString& secret, QObject* context, const Callback& callback)
{
    const auto before = m_profiles->find(profile.id);
    QString problem;
    if (!before || before->id != profile.id || before->kind == ProfileKind::Sandbox)
        problem = tr("There is no such profile to edit (the Sandbox profile is built in).");
    else if (!secret.isNull())
        problem = secretProblem(secret);
    else if (before->secretStorage != profile.secretStorage)
        problem = tr("Enter the secret again to move it %1.")
                      .arg(profile.secretStorage == SecretStorage::Keychain ? tr("into the keychain")
                                                                            : tr("into memory for this run"));
    // The metadata first: it checks the name and the fields, so nothing is written to the keychain for an edit
    // that is refused. If the secret then cannot be stored, the metadata goes back to what it was.
    if (problem.isEmpty())
        m_profiles->update(profile, &problem);
    if (!problem.isEmpty()) {
        later(context, callback, refused(profile.id, problem));
        return;
    }
    if (secret.isNull()) {
        later(context, callback, done(profile.id));
        return;
    }
    const Profile& old = *before; // the lambdas below capture a copy
    writeSecret(profile, secret.trimmed(),
        [this, old, profile, answer = guarded(context, callback)](const SecretStore::Result& r) {
            if (!r.ok()) {
                m_profiles->update(old);
                answer(failure(profile.id, r));
                return;
            }
            if (old.secretStorage != profile.secretStorage) {
                if (profile.secretStorage == SecretStorage::Keychain)
                    forgetThisRun(profile.id);
                else // best effort: the keychain is probably what failed; a later move back overwrites a stale entry
                    m_secrets->remove(old.keychainKey(), this, [](const SecretStore::Result&) {});
            }
            Q_EMIT secretChanged(profile.id);
            answer(done(profile.id));
        });
}

void ProfileManager::duplicate(const QString& id, const QString& newName, QObject* context, const Callback& callback)
{
    const auto source = m_profiles->find(id);
    if (!source || source->id != id || id == ProfileStore::kSandboxId) {
        later(context, callback,
            refused(id, tr("There is no such profile to duplicate (the Sandbox profile is built in).")));
        return;
    }
    const Profile& from = *source; // the lambdas below capture a copy
    readSecret(
        from, [this, from, newName, context = QPointer<QObject>(context), callback](const SecretStore::Result& r) {
            if (!context)
                return;
            if (!r.ok()) {
                callback(failure(from.id, r, tr("Profile \"%1\": %2").arg(from.name, r.message)));
                return;
            }
            Profile copy = from;
            copy.id.clear();
            copy.name = newName;
            add(copy, r.secret, context, callback);
        });
}

void ProfileManager::remove(const QString& id, QObject* context, const Callback& callback)
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
    m_secrets->remove(
        profile->keychainKey(), this, [this, id, answer = guarded(context, callback)](const SecretStore::Result& r) {
            if (!r.ok()) {
                // The metadata stays, so the user can retry once the keychain is back; nothing is left orphaned.
                answer(failure(id, r));
                return;
            }
            m_profiles->remove(id);
            answer(done(id));
        });
}

void ProfileManager::credentialsFor(const QString& id, QObject* context, const Callback& callback)
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
    const Profile& p = *profile; // the lambdas below capture a copy
    readSecret(p, [p, callback = guarded(context, callback)](const SecretStore::Result& r) {
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
