// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelogmodel.h"

#include "api/apiclient.h"
#include "messagejobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace textbench {

namespace {
constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

qint64 msecs(const QDateTime& dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : kNoDate;
}

QDateTime dateTime(qint64 ms)
{
    return ms == kNoDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QJsonValue dateJson(qint64 ms)
{
    return ms == kNoDate ? QJsonValue(QJsonValue::Null) : QJsonValue(formatTwilioDate(ms));
}

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString errorText(int code)
{
    return code ? QString::number(code) : QString();
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& m = m_rows[size_t(index.row())];
    switch (role) {
    case SidRole:
        return text(m.sid);
    case StatusRole:
        return text(m.statusText);
    case FinalRole:
        return MessageStatuses::isFinal(MessageStatus(m.status));
    case RawJsonRole:
        return json(m);
    case Qt::ToolTipRole:
        if (index.column() == BodyColumn)
            return text(m.body);
        if (index.column() == ErrorColumn && m.errorCode)
            return m.errorMessage == 0 ? errorText(m.errorCode) : text(m.errorMessage);
        return text(m.sid);
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
            return m.created != kNoDate
                ? dateTime(m.created).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                : QString();
        return dateTime(m.created);
    case DirectionColumn:
        return text(m.direction);
    case FromColumn:
        return text(m.from);
    case ToColumn:
        return text(m.to);
    case StatusColumn:
        return text(m.statusText);
    case SegmentsColumn:
        if (m.numSegments < 0)
            return display ? QVariant(QString()) : QVariant(-1);
        return m.numSegments;
    case PriceColumn:
        if (display)
            return m.price == 0 ? QString() : QString(text(m.price) + u' ' + text(m.priceUnit));
        return m.price == 0 ? 0.0 : text(m.price).toDouble();
    case ErrorColumn:
        if (display)
            return errorText(m.errorCode);
        return m.errorCode;
    case BodyColumn:
        if (display) {
            QString oneLine = text(m.body);
            oneLine.replace(u'\n', u' ');
            return oneLine.size() > 200 ? QString(oneLine.left(200) + u'…') : oneLine;
        }
        return text(m.body);
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
    if (const ApiError error = job->validate(); error.isError()) {
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
    m_rows = {};
    m_sids = {};
    m_text = {};
    m_strings = { QString() };
    m_stringIds.clear();
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
    // A message already listed (a page boundary that moved while new messages arrived) is not listed twice.
    QList<Row> fresh;
    fresh.reserve(messages.size());
    for (const Message& m : messages) {
        const QByteArray sid = m.sid.toUtf8();
        const quint64 hash = qHash(QByteArrayView(sid), 0);
        if (m_sids.contains(hash)) {
            // Most likely listed already; the hash only says where to look (in the table, or earlier on this page).
            const auto same = [&](const Row& r) { return view(r.sid) == QByteArrayView(sid); };
            if (rowOf(m.sid) >= 0 || std::any_of(fresh.cbegin(), fresh.cend(), same))
                continue;
        }
        m_sids.insert(hash);
        fresh.append(rowFrom(m));
    }
    if (!fresh.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        std::move(fresh.begin(), fresh.end(), std::back_inserter(m_rows));
        endInsertRows();
    }
    // A thousand parsed messages are some forty thousand blocks to free: a worker thread frees them, not the window
    // (the rows share nothing with them but interned strings, whose counts are atomic).
    QThreadPool::globalInstance()->start([done = std::move(messages)]() mutable { done = {}; });
    return int(fresh.size());
}

int MessageLogModel::rowOf(const QString& sid) const
{
    const QByteArray key = sid.toUtf8();
    if (!m_sids.contains(qHash(QByteArrayView(key), 0)))
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (view(m_rows[i].sid) == QByteArrayView(key))
            return int(i);
    }
    return -1;
}

Message MessageLogModel::messageAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return {};
    return Message::fromJson(json(m_rows[size_t(row)])).value_or(Message());
}

quint32 MessageLogModel::intern(const QString& s)
{
    if (s.isEmpty())
        return 0;
    const auto it = m_stringIds.constFind(s);
    if (it != m_stringIds.cend())
        return *it;
    const auto id = quint32(m_strings.size());
    m_strings.append(s);
    m_stringIds.insert(s, id);
    return id;
}

MessageLogModel::TextRef MessageLogModel::store(const QString& s)
{
    if (s.isEmpty())
        return {};
    const QByteArray utf8 = s.toUtf8();
    constexpr qsizetype kChunkBytes = qsizetype(256) * 1024;
    if (m_text.isEmpty() || m_text.last().capacity() - m_text.last().size() < utf8.size()) {
        QByteArray chunk;
        chunk.reserve(qMax(kChunkBytes, utf8.size()));
        m_text.append(chunk);
    }
    QByteArray& chunk = m_text.last();
    const TextRef ref { quint32(m_text.size() - 1), quint32(chunk.size()), quint32(utf8.size()) };
    chunk.append(utf8); // within the capacity reserved: the chunk's bytes stay where they are
    return ref;
}

MessageLogModel::Row MessageLogModel::rowFrom(const Message& m)
{
    Row r;
    r.sid = store(m.sid);
    r.body = store(m.body);
    r.created = msecs(m.dateCreated);
    r.sent = msecs(m.dateSent);
    r.updated = msecs(m.dateUpdated);
    r.account = intern(m.accountSid);
    r.apiVersion = intern(m.apiVersion);
    r.from = intern(m.from);
    r.to = intern(m.to);
    r.statusText = intern(m.statusText);
    r.direction = intern(m.direction);
    r.price = intern(m.price);
    r.priceUnit = intern(m.priceUnit);
    r.errorMessage = intern(m.errorMessage);
    r.service = intern(m.messagingServiceSid);
    r.errorCode = m.errorCode.value_or(0);
    r.numSegments = m.numSegments;
    r.numMedia = m.numMedia;
    r.status = quint8(m.status);
    r.subresources = (m.mediaUri.isEmpty() ? 0 : 1) | (m.feedbackUri.isEmpty() ? 0 : 2);
    // Anything the fields cannot say again exactly (an extra field, another date format, a URI elsewhere) keeps
    // the original: what the log shows and exports is always what the server sent.
    if (!m.isCanonical())
        r.raw = m.toJson();
    return r;
}

QJsonObject MessageLogModel::rebuild(const Row& r) const
{
    const QString uri = messageResourcePath(text(r.account), text(r.sid));
    QJsonObject subresources;
    if (r.subresources & 1)
        subresources.insert(QStringLiteral("media"), QString(uri + QStringLiteral("/Media.json")));
    if (r.subresources & 2)
        subresources.insert(QStringLiteral("feedback"), QString(uri + QStringLiteral("/Feedback.json")));
    const auto count = [](int n) { return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::number(n)); };
    return QJsonObject {
        { QStringLiteral("account_sid"), stringOrNull(text(r.account)) },
        { QStringLiteral("api_version"), stringOrNull(text(r.apiVersion)) },
        { QStringLiteral("body"), text(r.body) },
        { QStringLiteral("date_created"), dateJson(r.created) },
        { QStringLiteral("date_sent"), dateJson(r.sent) },
        { QStringLiteral("date_updated"), dateJson(r.updated) },
        { QStringLiteral("direction"), text(r.direction) },
        { QStringLiteral("error_code"), r.errorCode ? QJsonValue(r.errorCode) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("error_message"), stringOrNull(text(r.errorMessage)) },
        { QStringLiteral("from"), stringOrNull(text(r.from)) },
        { QStringLiteral("messaging_service_sid"), stringOrNull(text(r.service)) },
        { QStringLiteral("num_media"), count(r.numMedia) },
        { QStringLiteral("num_segments"), count(r.numSegments) },
        { QStringLiteral("price"), stringOrNull(text(r.price)) },
        { QStringLiteral("price_unit"), stringOrNull(text(r.priceUnit)) },
        { QStringLiteral("sid"), text(r.sid) },
        { QStringLiteral("status"), text(r.statusText) },
        { QStringLiteral("subresource_uris"), subresources },
        { QStringLiteral("to"), stringOrNull(text(r.to)) },
        { QStringLiteral("uri"), QString(uri + QStringLiteral(".json")) },
    };
}

void MessageLogModel::updateMessage(const Message& message)
{
    const int row = rowOf(message.sid);
    if (row < 0)
        return;
    m_rows[size_t(row)] = rowFrom(message);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void MessageLogModel::removeMessage(const QString& sid)
{
    const int row = rowOf(sid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    // (Its hash stays in m_sids: a hash there only ever sends rowOf() looking.)
    m_rows.erase(m_rows.begin() + row);
    endRemoveRows();
}

QByteArray MessageLogModel::toCsv() const
{
    QByteArray out = "sid,date_created,direction,from,to,status,num_segments,price,price_unit,error_code,body\r\n";
    for (const Row& m : m_rows) {
        const QStringList fields { text(m.sid),
            m.created != kNoDate ? dateTime(m.created).toString(Qt::ISODate) : QString(), text(m.direction),
            text(m.from), text(m.to), text(m.statusText),
            m.numSegments < 0 ? QString() : QString::number(m.numSegments), text(m.price), text(m.priceUnit),
            errorText(m.errorCode), text(m.body) };
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
    for (const Row& row : m_rows)
        array.append(json(row));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace textbench
