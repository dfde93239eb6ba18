// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "globaloptions.h"
#include "profiles/profile.h"

#include <QProcessEnvironment>

#include <functional>
#include <optional>

namespace textbench::cli {

/// \brief Which credentials and host a command uses, decided by one pure function of the flags, the environment and
/// the profiles (tst_connectionchoice):
///
/// - credentials: --profile, then the environment's TWILIO_* variables, then the active profile, then the built-in
///   sandbox (no credentials anywhere, and no --base-url);
/// - host: --base-url, else the profile's (unless --region or --edge is given), else Twilio's with --region/--edge or
///   TWILIO_REGION/TWILIO_EDGE. The Sandbox profile with a host flag uses the environment's credentials there.
struct ConnectionChoice
{
    enum class Source {
        Sandbox, ///< the built-in sandbox: start one, use its connection()
        Profile, ///< a stored profile: its secret is read from the keychain before the first request
        Environment, ///< the TWILIO_* variables (possibly none: the job then says what is missing)
    };
    Source source = Source::Environment;
    /// With Source::Profile.
    std::optional<Profile> profile;
    /// The environment's credentials, or the profile's without its secret; nothing for the sandbox.
    Credentials credentials;
    /// Where requests go; unset for the sandbox (its address is known once it listens).
    ApiEndpoint endpoint;
    /// Why the command cannot run (an unknown --profile, an unusable host); empty when it can.
    QString problem;

    using FindProfile = std::function<std::optional<Profile>(const QString& nameOrId)>;
    static ConnectionChoice choose(const GlobalOptions& flags, const QProcessEnvironment& env,
        const FindProfile& findProfile, const std::optional<Profile>& activeProfile);
};

} // namespace textbench::cli
