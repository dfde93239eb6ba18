// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requestlog.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <deque>
#include <optional>

namespace textbench {

/// \brief The request log as a table, for the Activity panel: one row per HTTP attempt, oldest first, following
/// the log as entries arrive, change (in flight -> finished) and fall off the front (the log is bounded).
///
/// Rows hold entry ids only; the entries (with their masked headers and bodies) stay in the RequestLog.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, MethodColumn, PathColumn, OutcomeColumn, DurationColumn, SizeColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, ///< quint64
        InFlightRole, ///< bool
        HttpStatusRole, ///< int, 0 while in flight or without an answer
        FailedRole, ///< bool: no answer, or an error status
    };
    Q_ENUM(Role)

    explicit RequestLogModel(RequestLog* log, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The entry shown in \a row (headers and bodies masked), if the log still keeps it.
    std::optional<RequestLogEntry> entryAt(int row) const;

private:
    const RequestLogEntry* entryFor(int row) const;
    void added(quint64 id);
    void updated(quint64 id);
    void dropped();
    void cleared();

    QPointer<RequestLog> m_log;
    std::deque<quint64> m_ids;
};

} // namespace textbench
