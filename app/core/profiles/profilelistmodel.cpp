// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"

#include "api/sid.h"

namespace textbench {

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_profiles(store->profiles())
    , m_activeId(store->activeId())
{
    connect(store, &ProfileStore::profilesChanged, this, &ProfileListModel::reload);
    connect(store, &ProfileStore::activeChanged, this, &ProfileListModel::activeChanged);
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QString ProfileListModel::kindLabel(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::Live:
        return tr("Live");
    case ProfileKind::Test:
        return tr("Test credentials");
    case ProfileKind::Sandbox:
        return tr("Sandbox");
    }
    return {};
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile& p = m_profiles.at(index.row());
    const QString user = p.kind == ProfileKind::Sandbox ? tr("built in") : Sid::masked(p.username());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return p.name;
    case Qt::ToolTipRole: {
        QString tip = kindLabel(p.kind) + u" · " + user;
        if (p.kind != ProfileKind::Sandbox)
            tip += u" · " + p.endpoint().baseUrl().toDisplayString();
        if (p.secretStorage == SecretStorage::ThisRunOnly)
            tip += u'\n' + tr("The secret is kept in memory for this run only.");
        return tip;
    }
    case IdRole:
        return p.id;
    case KindRole:
        return Profile::kindName(p.kind);
    case KindLabelRole:
        return kindLabel(p.kind);
    case UserSidRole:
        return user;
    case ActiveRole:
        return p.id == m_activeId;
    case ThisRunOnlyRole:
        return p.secretStorage == SecretStorage::ThisRunOnly;
    case SummaryRole:
        return QString(p.name + u" · " + kindLabel(p.kind) + u" · " + user);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(KindRole, "kind");
    names.insert(KindLabelRole, "kindLabel");
    names.insert(UserSidRole, "userSid");
    names.insert(ActiveRole, "active");
    names.insert(ThisRunOnlyRole, "thisRunOnly");
    names.insert(SummaryRole, "summary");
    return names;
}

int ProfileListModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return int(i);
    }
    return -1;
}

Profile ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_profiles.size() ? m_profiles.at(row) : Profile {};
}

void ProfileListModel::reload()
{
    if (!m_store)
        return;
    beginResetModel();
    m_profiles = m_store->profiles();
    m_activeId = m_store->activeId();
    endResetModel();
}

void ProfileListModel::activeChanged(const QString& id)
{
    const QString old = m_activeId;
    m_activeId = id;
    for (const QString& changed : { old, id }) {
        const int row = rowOf(changed);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { ActiveRole });
    }
}

} // namespace textbench
