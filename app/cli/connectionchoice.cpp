// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionchoice.h"

#include <QCoreApplication>

namespace textbench::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::cli::ConnectionChoice)
};
} // namespace

ConnectionChoice ConnectionChoice::choose(const GlobalOptions& flags, const QProcessEnvironment& env,
    const FindProfile& findProfile, const std::optional<Profile>& activeProfile)
{
    ConnectionChoice c;
    const bool envHasCredentials = Credentials::environmentHasAny(env);
    c.credentials = Credentials::fromEnvironment(env);

    std::optional<Profile> profile;
    if (flags.profile) {
        profile = findProfile(*flags.profile);
        if (!profile) {
            c.problem
                = Tr::tr("there is no profile called \"%1\" (see: textbench-cli profiles list).").arg(*flags.profile);
            return c;
        }
    } else if (!envHasCredentials) {
        profile = activeProfile;
    }
    const bool flagsChooseHost = flags.baseUrl || flags.region || flags.edge;
    const bool sandbox
        = profile ? profile->kind == ProfileKind::Sandbox && !flagsChooseHost : !envHasCredentials && !flags.baseUrl;
    if (sandbox) {
        c.source = Source::Sandbox;
        c.credentials = {};
        return c;
    }

    if (flags.baseUrl)
        c.endpoint = ApiEndpoint::custom(*flags.baseUrl);
    else if (profile && profile->kind != ProfileKind::Sandbox && !flags.region && !flags.edge)
        c.endpoint = profile->endpoint();
    else
        c.endpoint = ApiEndpoint::twilio(flags.region.value_or(env.value(QStringLiteral("TWILIO_REGION"))),
            flags.edge.value_or(env.value(QStringLiteral("TWILIO_EDGE"))));
    if (profile && profile->kind != ProfileKind::Sandbox) {
        c.source = Source::Profile;
        c.profile = profile;
        c.credentials = profile->credentials(QString());
    }
    if (!c.endpoint.isValid())
        c.problem = c.endpoint.problem();
    return c;
}

} // namespace textbench::cli
