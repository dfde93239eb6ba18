// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace textbench {

/// \brief Profile metadata in QSettings (never a secret), and which profile is active.
///
/// The built-in Sandbox profile is always there and is not stored. Secrets are the caller's business, through
/// SecretStore under Profile::keychainKey(); this class never sees one.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    /// The id and name of the built-in Sandbox profile.
    static const QString kSandboxId;

    /// Uses \a settings (owned), or Textbench's own settings (shared by the app and the CLI) when null.
    explicit ProfileStore(QSettings* settings = nullptr, QObject* parent = nullptr);
    ~ProfileStore() override;

    /// Every profile, the built-in Sandbox first, then by name.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& idOrName) const;
    static Profile sandboxProfile();

    /// Adds \a profile with a new id; returns the id, or an empty string and sets \a problem.
    QString add(Profile profile, QString* problem = nullptr);
    /// Replaces the profile with \a profile.id.
    bool update(const Profile& profile, QString* problem = nullptr);
    bool rename(const QString& id, const QString& newName, QString* problem = nullptr);
    /// A copy under \a newName, with a new id (and so no secret yet).
    QString duplicate(const QString& id, const QString& newName, QString* problem = nullptr);
    /// Removes the metadata; the caller removes the secret.
    bool remove(const QString& id);

    /// The active profile's id; the Sandbox when none was chosen or the chosen one is gone.
    QString activeId() const;
    bool setActive(const QString& id);

Q_SIGNALS:
    void profilesChanged();
    void activeChanged(const QString& id);

private:
    QString nameProblem(const QString& name, const QString& exceptId) const;
    void write(const Profile& profile);
    static Profile read(QSettings& settings, const QString& id);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace textbench
