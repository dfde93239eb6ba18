// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace textbench {

const QString ProfileStore::kSandboxId = QStringLiteral("sandbox");

namespace {
const QString kGroup = QStringLiteral("profiles");
const QString kActiveKey = QStringLiteral("activeProfile");
} // namespace

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    // One settings file for the app and the CLI alike (~/.config/Textbench/textbench.conf on Linux).
    , m_settings(settings ? settings : new QSettings(QStringLiteral("Textbench"), QStringLiteral("textbench")))
{ }

ProfileStore::~ProfileStore() = default;

Profile ProfileStore::sandboxProfile()
{
    Profile p;
    p.id = kSandboxId;
    p.name = QStringLiteral("Sandbox");
    p.kind = ProfileKind::Sandbox;
    return p;
}

Profile ProfileStore::read(QSettings& s, const QString& id)
{
    s.beginGroup(kGroup + u'/' + id);
    Profile p;
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.kind = Profile::kindFromName(s.value(QStringLiteral("kind")).toString()).value_or(ProfileKind::Live);
    p.scheme = s.value(QStringLiteral("scheme")).toString() == u"api-key" ? AuthScheme::ApiKey : AuthScheme::AuthToken;
    p.accountSid = s.value(QStringLiteral("accountSid")).toString();
    p.apiKeySid = s.value(QStringLiteral("apiKeySid")).toString();
    p.region = s.value(QStringLiteral("region")).toString();
    p.edge = s.value(QStringLiteral("edge")).toString();
    p.baseUrl = s.value(QStringLiteral("baseUrl")).toString();
    p.defaultSender = s.value(QStringLiteral("defaultSender")).toString();
    p.secretStorage = s.value(QStringLiteral("secretStorage")).toString() == u"this-run-only"
        ? SecretStorage::ThisRunOnly
        : SecretStorage::Keychain;
    s.endGroup();
    return p;
}

void ProfileStore::write(const Profile& p)
{
    // Metadata only: there is no field for a secret, and none is ever written here.
    m_settings->beginGroup(kGroup + u'/' + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name.trimmed());
    m_settings->setValue(QStringLiteral("kind"), Profile::kindName(p.kind));
    m_settings->setValue(QStringLiteral("scheme"),
        p.scheme == AuthScheme::ApiKey ? QStringLiteral("api-key") : QStringLiteral("auth-token"));
    m_settings->setValue(QStringLiteral("accountSid"), p.accountSid.trimmed());
    m_settings->setValue(QStringLiteral("apiKeySid"), p.apiKeySid.trimmed());
    m_settings->setValue(QStringLiteral("region"), p.region.trimmed());
    m_settings->setValue(QStringLiteral("edge"), p.edge.trimmed());
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl.trimmed());
    m_settings->setValue(QStringLiteral("defaultSender"), p.defaultSender.trimmed());
    // Where the secret is, never the secret: "keychain", or "this-run-only" (then nothing is stored anywhere).
    m_settings->setValue(QStringLiteral("secretStorage"),
        p.secretStorage == SecretStorage::ThisRunOnly ? QStringLiteral("this-run-only") : QStringLiteral("keychain"));
    m_settings->endGroup();
    m_settings->sync();
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> out;
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& id : ids)
        out.append(read(*m_settings, id));
    std::sort(out.begin(), out.end(),
        [](const Profile& a, const Profile& b) { return a.name.localeAwareCompare(b.name) < 0; });
    out.prepend(sandboxProfile());
    return out;
}

std::optional<Profile> ProfileStore::find(const QString& idOrName) const
{
    for (const Profile& p : profiles()) {
        if (p.id == idOrName || p.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::nameProblem(const QString& name, const QString& exceptId) const
{
    for (const Profile& p : profiles()) {
        if (p.id != exceptId && p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return tr("There is already a profile called \"%1\".").arg(p.name);
    }
    return {};
}

QString ProfileStore::add(Profile profile, QString* problem)
{
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (profile.kind == ProfileKind::Sandbox) {
        if (problem)
            *problem = tr("The Sandbox profile is built in; it cannot be added again.");
        return {};
    }
    QString p = profile.problem();
    if (p.isEmpty())
        p = nameProblem(profile.name, {});
    if (!p.isEmpty()) {
        if (problem)
            *problem = p;
        return {};
    }
    write(profile);
    Q_EMIT profilesChanged();
    return profile.id;
}

bool ProfileStore::update(const Profile& profile, QString* problem)
{
    const auto existing = find(profile.id);
    QString p;
    if (!existing || existing->id != profile.id || profile.id == kSandboxId)
        p = tr("There is no such profile to change (the Sandbox profile cannot be changed).");
    if (p.isEmpty())
        p = profile.problem();
    if (p.isEmpty())
        p = nameProblem(profile.name, profile.id);
    if (!p.isEmpty()) {
        if (problem)
            *problem = p;
        return false;
    }
    write(profile);
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::rename(const QString& id, const QString& newName, QString* problem)
{
    auto profile = find(id);
    if (!profile || profile->id != id) {
        if (problem)
            *problem = tr("There is no such profile.");
        return false;
    }
    profile->name = newName;
    return update(*profile, problem);
}

QString ProfileStore::duplicate(const QString& id, const QString& newName, QString* problem)
{
    auto profile = find(id);
    if (!profile || profile->id != id || id == kSandboxId) {
        if (problem)
            *problem = tr("There is no such profile to duplicate.");
        return {};
    }
    profile->name = newName;
    return add(*profile, problem);
}

bool ProfileStore::remove(const QString& id)
{
    if (id == kSandboxId || !find(id) || find(id)->id != id)
        return false;
    m_settings->remove(kGroup + u'/' + id);
    const bool wasActive = activeId() == id || m_settings->value(kActiveKey).toString() == id;
    if (wasActive)
        m_settings->remove(kActiveKey);
    m_settings->sync();
    Q_EMIT profilesChanged();
    if (wasActive)
        Q_EMIT activeChanged(kSandboxId);
    return true;
}

QString ProfileStore::activeId() const
{
    const QString id = m_settings->value(kActiveKey).toString();
    if (id.isEmpty() || id == kSandboxId)
        return kSandboxId;
    const auto p = find(id);
    return p && p->id == id ? id : kSandboxId;
}

bool ProfileStore::setActive(const QString& id)
{
    const auto p = find(id);
    if (!p || p->id != id)
        return false;
    m_settings->setValue(kActiveKey, id);
    m_settings->sync();
    Q_EMIT activeChanged(id);
    return true;
}

} // namespace textbench
