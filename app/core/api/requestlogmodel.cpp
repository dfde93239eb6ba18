// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlogmodel.h"

#include <QLocale>
#include <QRegularExpression>

namespace textbench {

RequestLogModel::RequestLogModel(RequestLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    for (int i = 0; i < log->size(); ++i)
        m_ids.push_back(log->at(i).id);
    connect(log, &RequestLog::entryAdded, this, &RequestLogModel::added);
    connect(log, &RequestLog::entryUpdated, this, &RequestLogModel::updated);
    connect(log, &RequestLog::entriesDropped, this, &RequestLogModel::dropped);
    connect(log, &RequestLog::cleared, this, &RequestLogModel::cleared);
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

// The log's ids are consecutive (it only appends and drops from the front), so an id maps to its index directly.
const RequestLogEntry* RequestLogModel::entryFor(int row) const
{
    if (!m_log || row < 0 || row >= int(m_ids.size()) || m_log->size() == 0)
        return nullptr;
    const qint64 index = qint64(m_ids[std::size_t(row)]) - qint64(m_log->at(0).id);
    if (index < 0 || index >= m_log->size())
        return nullptr;
    const RequestLogEntry& e = m_log->at(int(index));
    return e.id == m_ids[std::size_t(row)] ? &e : nullptr;
}

std::optional<RequestLogEntry> RequestLogModel::entryAt(int row) const
{
    if (const RequestLogEntry* e = entryFor(row))
        return *e;
    return std::nullopt;
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry* e = entryFor(index.row());
    if (!e)
        return {};
    switch (role) {
    case IdRole:
        return e->id;
    case InFlightRole:
        return e->inFlight;
    case HttpStatusRole:
        return e->httpStatus;
    case FailedRole:
        return !e->inFlight && (e->httpStatus == 0 || e->httpStatus >= 400);
    case Qt::ToolTipRole:
        return e->url.toDisplayString();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return e->startedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return QString::fromLatin1(e->method);
    case PathColumn: {
        // Relative to the account ("/Messages/SM….json"): the API version and Account SID are the same on every row.
        static const QRegularExpression accountPrefix(QStringLiteral("^/2010-04-01/Accounts/AC[0-9a-fA-F]{32}(?=/)"));
        QString path = e->url.path();
        path.remove(accountPrefix);
        if (e->url.hasQuery())
            path += u'?' + e->url.query(QUrl::FullyDecoded);
        return e->attempt > 1 ? QString(path + u"  " + tr("(attempt %1)").arg(e->attempt)) : path;
    }
    case OutcomeColumn:
        return e->inFlight ? tr("…") : e->outcome;
    case DurationColumn:
        return e->inFlight ? QString() : tr("%1 ms").arg(e->durationMs);
    case SizeColumn:
        return e->inFlight ? QString()
                           : QLocale().formattedDataSize(e->responseBytes, 1, QLocale::DataSizeTraditionalFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case OutcomeColumn:
        return tr("Outcome");
    case DurationColumn:
        return tr("Duration");
    case SizeColumn:
        return tr("Received");
    case ColumnCount:
        break;
    }
    return {};
}

void RequestLogModel::added(quint64 id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.push_back(id);
    endInsertRows();
}

void RequestLogModel::updated(quint64 id)
{
    if (m_ids.empty() || id < m_ids.front())
        return;
    const auto row = qint64(id - m_ids.front());
    if (row >= qint64(m_ids.size()))
        return;
    Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
}

void RequestLogModel::dropped()
{
    // Rows whose entries the log no longer keeps: always a run at the front.
    const quint64 firstKept = m_log && m_log->size() > 0 ? m_log->at(0).id : std::numeric_limits<quint64>::max();
    int gone = 0;
    while (gone < int(m_ids.size()) && m_ids[std::size_t(gone)] < firstKept)
        ++gone;
    if (gone == 0)
        return;
    beginRemoveRows({}, 0, gone - 1);
    m_ids.erase(m_ids.begin(), m_ids.begin() + gone);
    endRemoveRows();
}

void RequestLogModel::cleared()
{
    beginResetModel();
    m_ids.clear();
    endResetModel();
}

} // namespace textbench
