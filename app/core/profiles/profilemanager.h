// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"
#include "secretstore.h"

#include <QObject>

#include <functional>

namespace textbench {

/// \brief Profiles with their secrets: the metadata in ProfileStore, the secret in SecretStore, kept in step.
///
/// Adding writes the secret first and the metadata only when the keychain took it, so a profile never exists
/// without its secret because of a keychain failure; removing deletes the secret ("not found" counts as done), then
/// the metadata. Every call is asynchronous and takes a context object.
class ProfileManager : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool ok = false;
        QString id; ///< the profile concerned (a new one's id after add)
        QString message; ///< when not ok: what happened and what to do
        Credentials credentials; ///< after credentialsFor()
    };
    using Callback = std::function<void(const Outcome&)>;

    ProfileManager(ProfileStore* profiles, SecretStore* secrets, QObject* parent = nullptr);

    ProfileStore* profiles() const { return m_profiles; }
    SecretStore* secrets() const { return m_secrets; }

    void add(const Profile& profile, const QString& secret, QObject* context, Callback callback);
    /// Replaces the metadata, and the secret too when \a secret is not null.
    void edit(const Profile& profile, const QString& secret, QObject* context, Callback callback);
    void remove(const QString& id, QObject* context, Callback callback);
    /// The credentials of a profile, its secret read from the keychain. The Sandbox profile needs no keychain.
    void credentialsFor(const QString& id, QObject* context, Callback callback);

private:
    ProfileStore* m_profiles;
    SecretStore* m_secrets;
};

} // namespace textbench
