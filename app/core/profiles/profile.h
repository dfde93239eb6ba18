// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiendpoint.h"
#include "api/apierror.h"
#include "api/credentials.h"

#include <QString>

#include <optional>

namespace textbench {

/// \brief What a profile talks to, as the profile switcher shows it.
enum class ProfileKind {
    Live, ///< a Twilio account's live credentials
    Test, ///< a Twilio account's test credentials: only create works
    Sandbox, ///< the built-in sandbox
};

/// \brief Where a profile's secret is kept.
enum class SecretStorage {
    Keychain, ///< the OS keychain: the normal case
    ThisRunOnly, ///< the app's memory, for one run, when no keychain could take it (the user chose this, and was told)
};

/// \brief A credential profile's metadata. The secret (Auth Token or API Key Secret) is never part of it: it lives
/// in the keychain under keychainKey(), and only there.
struct Profile
{
    /// Stable for the life of the profile, so that renaming never moves its keychain entry.
    QString id;
    QString name;
    ProfileKind kind = ProfileKind::Live;
    AuthScheme scheme = AuthScheme::AuthToken;
    QString accountSid;
    QString apiKeySid; ///< with AuthScheme::ApiKey
    QString region;
    QString edge;
    QString baseUrl; ///< empty for Twilio's own hosts
    QString defaultSender; ///< a From number or a Messaging Service SID, optional
    SecretStorage secretStorage = SecretStorage::Keychain;

    /// Empty when the metadata can be used; otherwise what is wrong (names the field).
    QString problem() const;
    /// The Basic-auth user: the Account SID or the API Key SID.
    QString username() const { return scheme == AuthScheme::ApiKey ? apiKeySid : accountSid; }
    ApiEndpoint endpoint() const;
    /// The credentials with \a secret (read from the keychain) filled in.
    Credentials credentials(const QString& secret) const;
    /// What to say when \a error refused this profile's request as Twilio refuses test credentials (20008, 401, 403)
    /// and the profile is a Test one: what test credentials can do. Empty otherwise.
    QString testCredentialsHint(const ApiError& error) const;
    /// The keychain key of this profile's secret: "profile/<id>".
    QString keychainKey() const { return QStringLiteral("profile/") + id; }

    static QString kindName(ProfileKind kind); ///< "live", "test", "sandbox"
    static std::optional<ProfileKind> kindFromName(const QString& name);

    friend bool operator==(const Profile&, const Profile&) = default;
};

} // namespace textbench
