// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"
#include "api/apierror.h"
#include "api/apijob.h"
#include "webhookdelivery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace textbench {

class ApiClient;

/// \brief A table of items with a SID that a new read replaces: rows are moved and updated by SID instead of reset,
/// so that a view's selection, current row and scroll position stay with the same item.
class SidTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template<typename Item> void replaceBySid(QList<Item>& rows, const QList<Item>& fresh)
    {
        const bool sameOrder = rows.size() == fresh.size()
            && std::equal(rows.cbegin(), rows.cend(), fresh.cbegin(),
                [](const Item& a, const Item& b) { return a.sid == b.sid; });
        if (sameOrder) {
            rows = fresh;
            if (!rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
            return;
        }
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList persistent = persistentIndexList();
        QStringList sids;
        for (const QModelIndex& i : persistent)
            sids << rows.value(i.row()).sid;
        rows = fresh;
        QModelIndexList moved;
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            const auto it
                = std::find_if(rows.cbegin(), rows.cend(), [&](const Item& r) { return r.sid == sids.at(i); });
            moved << (it == rows.cend() ? QModelIndex() : index(int(it - rows.cbegin()), persistent.at(i).column()));
        }
        changePersistentIndexList(persistent, moved);
        Q_EMIT layoutChanged();
    }
};

/// \brief The requests the sandbox made to the developer's app (newest first): the Webhooks panel's table. refresh()
/// reads the newest kWindow of them again (the panel calls it every second while it is shown); rows keep their
/// place by SID, so a selection survives it.
///
/// Against a server that has no such record (a real Twilio account), the list is unavailable(): Twilio keeps only
/// failures, as alerts (AlertListModel).
class WebhookDeliveryModel : public SidTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, EventColumn, RequestColumn, StatusColumn, LatencyColumn, OutcomeColumn, ColumnCount };
    enum Role {
        SidRole = Qt::UserRole + 1,
        OutcomeRole, ///< "delivered", "failed", "not-sent", "pending"
        ErrorCodeRole, ///< int
    };
    static constexpr int kWindow = 500;

    explicit WebhookDeliveryModel(ApiClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reads the list again (nothing if a read is still on its way).
    void refresh();
    /// Forgets everything (a profile switch).
    void clear();
    bool isLoading() const { return m_job != nullptr; }
    const WebhookDelivery* deliveryAt(int row) const;
    int rowOf(const QString& sid) const;
    /// Sends the event again (the sandbox keeps its idempotency token); refresh() shows how it went.
    void resend(const QString& sid);
    /// False once the server said it keeps no such record (404).
    bool isAvailable() const { return m_available; }

    /// "status-callback (delivered)" and the like, for the table and the details.
    static QString eventText(const WebhookDelivery& d);
    /// The outcome in words: "delivered", "failed (11200)", "not sent".
    static QString outcomeText(const WebhookDelivery& d);

Q_SIGNALS:
    void refreshed();
    void failed(const textbench::ApiError& error);
    /// The server keeps no record of webhook requests (a real account).
    void unavailable();

private:
    void replace(const QList<WebhookDelivery>& deliveries);

    ApiClient* m_client;
    QList<WebhookDelivery> m_rows;
    QPointer<ApiJob> m_job;
    bool m_available = true;
};

/// \brief Monitor's alerts, newest first: the Webhooks panel's second table, on any profile.
class AlertListModel : public SidTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, CodeColumn, LevelColumn, ResourceColumn, TextColumn, ColumnCount };
    enum Role { SidRole = Qt::UserRole + 1, ErrorCodeRole, LevelRole };
    static constexpr int kWindow = 200;

    explicit AlertListModel(ApiClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void refresh();
    void clear();
    bool isLoading() const { return m_job != nullptr; }
    const Alert* alertAt(int row) const;
    int rowOf(const QString& sid) const;
    /// The list gives each alert without its request and response: fetches them for \a row, once.
    void loadDetails(int row);

Q_SIGNALS:
    void refreshed();
    void failed(const textbench::ApiError& error);
    void detailsLoaded(const QString& sid);

private:
    ApiClient* m_client;
    QList<Alert> m_rows;
    QHash<QString, Alert> m_details; ///< fetched alerts, by SID: kept over refreshes
    QSet<QString> m_fetching;
    QPointer<ApiJob> m_job;
};

} // namespace textbench
