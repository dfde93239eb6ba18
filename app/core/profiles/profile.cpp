// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "api/sid.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Profile)
};
} // namespace

QString Profile::testCredentialsHint(const ApiError& error) const
{
    if (kind != ProfileKind::Test
        || (error.twilioCode() != 20008 && error.httpStatus() != 401 && error.httpStatus() != 403))
        return {};
    return Tr::tr("This is a Test profile. Test credentials can only create messages (with Twilio's magic numbers); "
                  "fetching the account, listing and deleting need live credentials.");
}

QString Profile::problem() const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Tr::tr("A profile needs a name.");
    if (trimmed.size() > 64)
        return Tr::tr("A profile name can have at most 64 characters.");
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Tr::tr("A profile name cannot contain control or invisible characters.");
    }
    if (kind == ProfileKind::Sandbox)
        return {};
    if (QString p
        = Sid::shapeProblem(accountSid, { QStringLiteral("AC") }, Tr::tr("Account SID"), Sid::Quote::Nothing);
        !p.isEmpty())
        return p;
    if (scheme == AuthScheme::ApiKey) {
        if (QString p
            = Sid::shapeProblem(apiKeySid, { QStringLiteral("SK") }, Tr::tr("API Key SID"), Sid::Quote::Nothing);
            !p.isEmpty())
            return p;
    }
    if (const ApiEndpoint ep = endpoint(); !ep.isValid())
        return ep.problem();
    if (!defaultSender.isEmpty() && !Sid::hasShape(defaultSender, { QStringLiteral("MG") })) {
        const AddressCheck sender = PhoneNumbers::check(defaultSender, PhoneNumbers::Role::From);
        if (!sender.isValid())
            return Tr::tr("Default sender: %1").arg(sender.problem);
    }
    return {};
}

ApiEndpoint Profile::endpoint() const
{
    return baseUrl.trimmed().isEmpty() ? ApiEndpoint::twilio(region, edge) : ApiEndpoint::custom(baseUrl);
}

Credentials Profile::credentials(const QString& secret) const
{
    return scheme == AuthScheme::ApiKey ? Credentials::withApiKey(accountSid, apiKeySid, secret)
                                        : Credentials::withAuthToken(accountSid, secret);
}

QString Profile::kindName(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::Live:
        return QStringLiteral("live");
    case ProfileKind::Test:
        return QStringLiteral("test");
    case ProfileKind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

std::optional<ProfileKind> Profile::kindFromName(const QString& name)
{
    for (ProfileKind k : { ProfileKind::Live, ProfileKind::Test, ProfileKind::Sandbox }) {
        if (name.compare(kindName(k), Qt::CaseInsensitive) == 0)
            return k;
    }
    return std::nullopt;
}

} // namespace textbench
