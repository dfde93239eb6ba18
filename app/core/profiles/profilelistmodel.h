// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include <QAbstractListModel>
#include <QPointer>

namespace textbench {

/// \brief The profiles as a list, for the switcher and the Profiles dialog: one row per profile, in
/// ProfileStore::profiles() order (the built-in Sandbox first). It never holds a secret.
///
/// Follows the store: rows are rebuilt when profiles change, and only the active flag changes when another profile
/// becomes active.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString: the stable id
        KindRole, ///< QString: "live", "test" or "sandbox"
        KindLabelRole, ///< QString: "Live", "Test credentials" or "Sandbox", translated
        UserSidRole, ///< QString: the masked Basic-auth user (Account SID or API Key SID), "built in" for the Sandbox
        ActiveRole, ///< bool
        ThisRunOnlyRole, ///< bool: the secret is kept in memory for this run only
        SummaryRole, ///< QString: "Work · Live · AC12…cdef", what the switcher shows
    };
    Q_ENUM(Role)

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row of profile \a id, or -1.
    int rowOf(const QString& id) const;
    /// The profile in \a row (a default Profile when out of range).
    Profile profileAt(int row) const;

    static QString kindLabel(ProfileKind kind);

private:
    void reload();
    void activeChanged(const QString& id);

    QPointer<ProfileStore> m_store;
    QList<Profile> m_profiles;
    QString m_activeId;
};

} // namespace textbench
