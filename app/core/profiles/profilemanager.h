// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace textbench {

/// \brief Profiles with their secrets: the metadata in ProfileStore, the secret in SecretStore, kept in step.
///
/// Adding claims the name with the metadata, then writes the secret, and takes the metadata back if the keychain
/// refuses, so a profile never exists without its secret because of a keychain failure; editing works the same way
/// round; removing deletes the secret ("not found" counts as done), then the metadata. Every call is asynchronous
/// and takes a context object: no callback once it is gone (the manager's own bookkeeping still completes).
///
/// Without a working keychain a profile can keep its secret in this object's memory for the current run only
/// (Profile::secretStorage is then SecretStorage::ThisRunOnly): nothing is written anywhere, and the next run asks
/// for the secret again. There is no plaintext storage.
class ProfileManager : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString id; ///< the profile concerned (a new one's id after add or duplicate)
        QString message; ///< when not ok: what happened and what to do
        Credentials credentials; ///< after credentialsFor()
        /// When the keychain was the problem: how it failed. canKeepForThisRun() says whether to offer the
        /// this-run-only choice.
        SecretStore::Status keychainStatus = SecretStore::Status::Ok;
        /// The profile keeps its secret for one run only and this run has not been given it (credentialsFor()).
        bool needsSecret = false;

        /// The keychain cannot be used right now (missing, locked, silent): worth offering "keep it for this run".
        bool canKeepForThisRun() const;
    };
    using Callback = std::function<void(const Outcome&)>;

    ProfileManager(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);
    ~ProfileManager() override;

    ProfileStore* profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }

    /// Adds \a profile with \a secret, kept where profile.secretStorage says.
    void add(const Profile& profile, const QString& secret, QObject* context, const Callback& callback);
    /// Replaces the metadata, and the secret too when \a secret is not null. Moving a profile between the keychain
    /// and this-run-only memory needs the secret.
    void edit(const Profile& profile, const QString& secret, QObject* context, const Callback& callback);
    /// A copy of profile \a id under \a newName, with its own copy of the secret.
    void duplicate(const QString& id, const QString& newName, QObject* context, const Callback& callback);
    void remove(const QString& id, QObject* context, const Callback& callback);
    /// The credentials of a profile, its secret read from the keychain (or this run's memory). The Sandbox profile
    /// needs no secret: its credentials come back empty, for the caller to fill with the sandbox's own.
    void credentialsFor(const QString& id, QObject* context, const Callback& callback);

    /// Whether this run holds the secret of a this-run-only profile.
    bool hasSecretForThisRun(const QString& id) const { return m_thisRun.contains(id); }

Q_SIGNALS:
    /// Profile \a id has a new secret (edit()).
    void secretChanged(const QString& id);

private:
    void readSecret(const Profile& profile, std::function<void(const SecretStore::Result&)> callback);
    void writeSecret(
        const Profile& profile, const QString& secret, std::function<void(const SecretStore::Result&)> callback);
    static Callback guarded(QObject* context, Callback callback);
    void forgetThisRun(const QString& id);
    static Outcome done(const QString& id);
    static Outcome refused(const QString& id, const QString& message);
    static Outcome failure(const QString& id, const SecretStore::Result& r, const QString& message = {});

    ProfileStore* m_profiles;
    SecretStore* m_secrets;
    /// The secrets of this-run-only profiles, by profile id: memory only, wiped when forgotten.
    QHash<QString, QString> m_thisRun;
};

} // namespace textbench
