// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelogmodel.h"

#include "api/apiclient.h"
#include "messageexport.h"
#include "messagejobs.h"

#include <QThreadPool>
#include <QTimer>

namespace textbench {

namespace {
QString errorText(int code)
{
    return code ? QString::number(code) : QString();
}
} // namespace

MessageLogModel::MessageLogModel(ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

MessageLogModel::~MessageLogModel()
{
    abandonJob();
}

int MessageLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int MessageLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case SidRole:
        return m_rows.sid(row);
    case StatusRole:
        return m_rows.statusText(row);
    case FinalRole:
        return MessageStatuses::isFinal(m_rows.status(row));
    case RawJsonRole:
        return m_rows.json(row);
    case Qt::ToolTipRole:
        if (index.column() == BodyColumn)
            return m_rows.body(row);
        if (index.column() == ErrorColumn && m_rows.errorCode(row)) {
            const QString message = m_rows.errorMessage(row);
            return message.isEmpty() ? errorText(m_rows.errorCode(row)) : message;
        }
        return m_rows.sid(row);
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case DateColumn: {
        const qint64 created = m_rows.dateCreated(row);
        const QDateTime date
            = created == MessageRows::kNoDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
        if (display)
            return date.isValid() ? date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
        return date;
    }
    case DirectionColumn:
        return m_rows.direction(row);
    case FromColumn:
        return m_rows.from(row);
    case ToColumn:
        return m_rows.to(row);
    case StatusColumn:
        return m_rows.statusText(row);
    case SegmentsColumn:
        if (m_rows.numSegments(row) < 0)
            return display ? QVariant(QString()) : QVariant(-1);
        return m_rows.numSegments(row);
    case PriceColumn: {
        const QString price = m_rows.price(row);
        if (display)
            return price.isEmpty() ? QString() : QString(price + u' ' + m_rows.priceUnit(row));
        return price.isEmpty() ? 0.0 : price.toDouble();
    }
    case ErrorColumn:
        if (display)
            return errorText(m_rows.errorCode(row));
        return m_rows.errorCode(row);
    case BodyColumn:
        if (display) {
            QString oneLine = m_rows.body(row);
            oneLine.replace(u'\n', u' ');
            return oneLine.size() > 200 ? QString(oneLine.left(200) + u'…') : oneLine;
        }
        return m_rows.body(row);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Created");
    case DirectionColumn:
        return tr("Direction");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    case SegmentsColumn:
        return tr("Segments");
    case PriceColumn:
        return tr("Price");
    case ErrorColumn:
        return tr("Error");
    case BodyColumn:
        return tr("Body");
    case ColumnCount:
        break;
    }
    return {};
}

bool MessageLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_loadedOnce && !m_nextPageUri.isEmpty() && !isLoading();
}

// The next pages are loaded ahead, up to kPagesAhead of them, as soon as the one before is in: a view that scrolls
// on finds its rows already there, and a long log loads with the network, the parsing (on a worker thread) and the
// table all busy at once instead of one after the other. fetchMore() only shows the next one; its rows arrive in
// a later turn of the event loop, as a fetch's always do.
void MessageLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_client)
        return;
    m_wantMore = true;
    Q_EMIT loadingChanged(true);
    if (m_ready.empty()) {
        prefetch(); // (one on its way already shows its page when it arrives)
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (m_wantMore && !m_ready.empty()) // (a reset in between empties both)
            applyReady();
    });
}

void MessageLogModel::prefetch()
{
    if (m_prefetch || !m_client || int(m_ready.size()) >= kPagesAhead)
        return;
    const QString uri = m_ready.empty() ? m_nextPageUri : m_ready.back().nextPageUri;
    if (uri.isEmpty())
        return;
    ListMessagesJob* job = ListMessagesJob::fromPageUri(m_client, uri, m_pageSize);
    m_prefetch = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job != m_prefetch)
            return;
        if (!m_client->isCurrent(job->session())) {
            reset(); // a page of the profile before a switch: nothing of that log stays
            return;
        }
        m_prefetch = nullptr;
        if (!job->succeeded()) {
            // A page loaded ahead that failed is told of only when it is asked for, and asking tries it again.
            if (m_wantMore) {
                m_wantMore = false;
                Q_EMIT loadingChanged(false);
                Q_EMIT failed(job->error());
            }
            return;
        }
        m_ready.push_back({ job->takeMessages(), job->nextPageUri(), job->pagesFetched() });
        if (m_wantMore)
            applyReady();
        prefetch();
    });
    job->start();
}

void MessageLogModel::applyReady()
{
    ReadyPage page = std::move(m_ready.front());
    m_ready.pop_front();
    m_wantMore = false;
    m_nextPageUri = page.nextPageUri;
    m_pages += page.pages;
    prefetch(); // first, so that the network works while the rows go in
    const int added = insertPage(std::move(page.messages));
    Q_EMIT loadingChanged(false);
    Q_EMIT pageLoaded(added);
}

void MessageLogModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, MessageListFilter::kMaxPageSize);
}

ApiError MessageLogModel::setFilter(const MessageListFilter& filter)
{
    if (!m_client)
        return {};
    ListMessagesJob* job = firstPage(filter);
    if (ApiError error = job->validate(); error.isError()) {
        delete job;
        return error;
    }
    m_filter = filter;
    reset();
    start(job);
    return {};
}

void MessageLogModel::reload()
{
    reset();
    if (m_client)
        start(firstPage(m_filter));
}

ListMessagesJob* MessageLogModel::firstPage(const MessageListFilter& filter) const
{
    MessageListFilter f = filter;
    f.pageSize = m_pageSize;
    return new ListMessagesJob(m_client, f, m_pageSize);
}

void MessageLogModel::clear()
{
    reset();
}

void MessageLogModel::reset()
{
    const bool wasLoading = isLoading();
    abandonJob();
    m_wantMore = false;
    m_ready.clear();
    beginResetModel();
    m_rows.clear();
    m_nextPageUri.clear();
    m_loadedOnce = false;
    m_pages = 0;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void MessageLogModel::abandonJob()
{
    for (QPointer<ListMessagesJob>* slot : { &m_job, &m_prefetch }) {
        if (ListMessagesJob* job = *slot) {
            *slot = nullptr;
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

void MessageLogModel::start(ListMessagesJob* job)
{
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job != m_job)
            return;
        if (!m_client->isCurrent(job->session())) {
            reset(); // the first page of the profile before a switch: not shown under this one
            return;
        }
        m_job = nullptr;
        if (!job->succeeded()) {
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(job->error());
            return;
        }
        m_loadedOnce = true;
        m_nextPageUri = job->nextPageUri();
        m_pages += job->pagesFetched();
        prefetch();
        const int added = insertPage(job->takeMessages());
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded(added);
    });
    job->start();
    Q_EMIT loadingChanged(true);
}

int MessageLogModel::insertPage(QList<Message>&& messages)
{
    QList<MessageRows::Row> fresh = m_rows.encodeNew(messages);
    const int added = int(fresh.size());
    if (added > 0) {
        const int first = m_rows.size();
        beginInsertRows({}, first, first + added - 1);
        m_rows.append(std::move(fresh));
        endInsertRows();
    }
    // A thousand parsed messages are some forty thousand blocks to free: the thread that made them frees them, not
    // the window (the rows share nothing with them but interned strings, whose counts are atomic).
    PageJobBase::readerPool()->start([done = std::move(messages)]() mutable { done = {}; });
    return added;
}

int MessageLogModel::rowOf(const QString& sid) const
{
    return m_rows.indexOf(sid);
}

Message MessageLogModel::messageAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.message(row);
}

void MessageLogModel::updateMessage(const Message& message)
{
    const int row = rowOf(message.sid);
    if (row < 0)
        return;
    m_rows.replace(row, message);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageLogModel::removeMessage(const QString& sid)
{
    const int row = rowOf(sid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    endRemoveRows();
}

QByteArray MessageLogModel::toCsv() const
{
    return MessageExport::csv(m_rows);
}

QByteArray MessageLogModel::toJson() const
{
    return MessageExport::json(m_rows);
}

} // namespace textbench
