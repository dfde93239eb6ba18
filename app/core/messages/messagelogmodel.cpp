// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelogmodel.h"

#include "api/apiclient.h"
#include "messagejobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace textbench {

namespace {
QString errorText(const Message& m)
{
    if (!m.errorCode)
        return {};
    return QString::number(*m.errorCode);
}

// One CSV field (RFC 4180). A cell a spreadsheet would run as a formula (starting with =, @, a tab or a return, or
// with + or - followed by anything but a number) gets a leading apostrophe, so that a message body cannot run
// code in whoever opens the export; phone numbers and prices stay as they are.
QByteArray csvField(const QString& value)
{
    static const QRegularExpression plainNumber(QStringLiteral("^[+-][0-9][0-9 .]*$"));
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.front();
        const bool formula = first == u'=' || first == u'@' || first == u'\t' || first == u'\r'
            || ((first == u'+' || first == u'-') && !plainNumber.match(v).hasMatch());
        if (formula)
            v.prepend(u'\'');
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.startsWith(u'\''))
        v = u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return v.toUtf8();
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
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message& m = m_messages.at(index.row());
    switch (role) {
    case SidRole:
        return m.sid;
    case StatusRole:
        return m.statusText;
    case FinalRole:
        return MessageStatuses::isFinal(m.status);
    case RawJsonRole:
        return m.toJson();
    case Qt::ToolTipRole:
        if (index.column() == BodyColumn)
            return m.body;
        if (index.column() == ErrorColumn && m.errorCode)
            return m.errorMessage.isEmpty() ? errorText(m) : m.errorMessage;
        return m.sid;
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    const bool display = role == Qt::DisplayRole;
    switch (Column(index.column())) {
    case DateColumn:
        if (display)
            return m.dateCreated.isValid() ? m.dateCreated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                           : QString();
        return m.dateCreated;
    case DirectionColumn:
        return m.direction;
    case FromColumn:
        return m.from;
    case ToColumn:
        return m.to;
    case StatusColumn:
        return m.statusText;
    case SegmentsColumn:
        if (m.numSegments < 0)
            return display ? QVariant(QString()) : QVariant(-1);
        return m.numSegments;
    case PriceColumn:
        if (display)
            return m.price.isEmpty() ? QString() : QString(m.price + u' ' + m.priceUnit);
        return m.price.isEmpty() ? 0.0 : m.price.toDouble();
    case ErrorColumn:
        if (display)
            return errorText(m);
        return m.errorCode.value_or(0);
    case BodyColumn:
        if (display) {
            QString oneLine = m.body;
            oneLine.replace(u'\n', u' ');
            return oneLine.size() > 200 ? QString(oneLine.left(200) + u'…') : oneLine;
        }
        return m.body;
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
    return !parent.isValid() && m_loadedOnce && !m_nextPageUri.isEmpty() && !m_job;
}

void MessageLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_client)
        return;
    start(ListMessagesJob::fromPageUri(m_client, m_nextPageUri, m_pageSize));
}

void MessageLogModel::setPageSize(int size)
{
    m_pageSize = qBound(1, size, MessageListFilter::kMaxPageSize);
}

void MessageLogModel::setFilter(const MessageListFilter& filter)
{
    m_filter = filter;
    reload();
}

void MessageLogModel::reload()
{
    reset();
    if (!m_client)
        return;
    MessageListFilter f = m_filter;
    f.pageSize = m_pageSize;
    start(new ListMessagesJob(m_client, f, m_pageSize));
}

void MessageLogModel::clear()
{
    reset();
}

void MessageLogModel::reset()
{
    const bool wasLoading = isLoading();
    abandonJob();
    beginResetModel();
    m_messages.clear();
    m_nextPageUri.clear();
    m_loadedOnce = false;
    m_pages = 0;
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

void MessageLogModel::abandonJob()
{
    if (!m_job)
        return;
    ListMessagesJob* job = m_job;
    m_job = nullptr;
    disconnect(job, nullptr, this, nullptr);
    job->cancel();
}

void MessageLogModel::start(ListMessagesJob* job)
{
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (job != m_job)
            return;
        m_job = nullptr;
        if (!job->succeeded()) {
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(job->error());
            return;
        }
        m_loadedOnce = true;
        m_nextPageUri = job->nextPageUri();
        m_pages += job->pagesFetched();
        // A message already listed (a page boundary that moved while new messages arrived) is not listed twice.
        QList<Message> fresh;
        for (const Message& m : job->messages()) {
            if (rowOf(m.sid) < 0)
                fresh.append(m);
        }
        if (!fresh.isEmpty()) {
            const int first = int(m_messages.size());
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_messages.append(fresh);
            endInsertRows();
        }
        Q_EMIT loadingChanged(false);
        Q_EMIT pageLoaded(int(fresh.size()));
    });
    job->start();
    Q_EMIT loadingChanged(true);
}

int MessageLogModel::rowOf(const QString& sid) const
{
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (m_messages.at(i).sid == sid)
            return int(i);
    }
    return -1;
}

void MessageLogModel::updateMessage(const Message& message)
{
    const int row = rowOf(message.sid);
    if (row < 0)
        return;
    m_messages[row] = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageLogModel::removeMessage(const QString& sid)
{
    const int row = rowOf(sid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_messages.removeAt(row);
    endRemoveRows();
}

QByteArray MessageLogModel::toCsv() const
{
    QByteArray out = "sid,date_created,direction,from,to,status,num_segments,price,price_unit,error_code,body\r\n";
    for (const Message& m : m_messages) {
        const QStringList fields { m.sid,
            m.dateCreated.isValid() ? m.dateCreated.toUTC().toString(Qt::ISODate) : QString(), m.direction, m.from,
            m.to, m.statusText, m.numSegments < 0 ? QString() : QString::number(m.numSegments), m.price, m.priceUnit,
            errorText(m), m.body };
        QByteArrayList cells;
        for (const QString& f : fields)
            cells << csvField(f);
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QByteArray MessageLogModel::toJson() const
{
    QJsonArray array;
    for (const Message& m : m_messages)
        array.append(m.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace textbench
