// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "message.h"
#include "messagejobs.h"
#include "messageparams.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

#include <deque>

namespace textbench {

/// \brief The message log: one row per message, loaded a page at a time as the view scrolls (canFetchMore() /
/// fetchMore() follow Twilio's next_page_uri), newest first as Twilio lists them.
///
/// Sorting belongs to a QSortFilterProxyModel on top (SortRole gives each column's natural order). The model
/// never blocks: each page is one asynchronous request. reload() and clear() abandon a page still loading, so
/// that a page of another filter or another profile never lands in the table.
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn, ///< date_created (date_sent is often empty while in flight)
        DirectionColumn,
        FromColumn,
        ToColumn,
        StatusColumn,
        SegmentsColumn,
        PriceColumn,
        ErrorColumn,
        BodyColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SidRole = Qt::UserRole + 1, ///< QString
        StatusRole, ///< QString, as Twilio sent it
        FinalRole, ///< bool: the status will not change any more
        SortRole, ///< the column's value in its natural order (a date, a number)
        RawJsonRole, ///< QJsonObject: the message as Twilio sent it
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50;

    explicit MessageLogModel(ApiClient* client, QObject* parent = nullptr);
    ~MessageLogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    const MessageListFilter& filter() const { return m_filter; }

    /// Empties the table and loads the first page for \a filter. A filter the list job refuses changes nothing: the
    /// error says what is wrong with it.
    ApiError setFilter(const MessageListFilter& filter);
    /// Empties the table and loads the first page again.
    void reload();
    /// Empties the table and forgets the position (a profile switch); nothing loads until reload().
    void clear();

    /// A page is on its way that the table is waiting for (the first, or one fetchMore() asked for).
    bool isLoading() const { return m_job != nullptr || m_wantMore; }
    /// True once a first page has arrived and there is no next page.
    bool isComplete() const { return m_loadedOnce && m_nextPageUri.isEmpty(); }
    int pagesLoaded() const { return m_pages; }
    /// The message in \a row, as Twilio sent it; an empty Message for a row that is not there.
    Message messageAt(int row) const;
    int rowOf(const QString& sid) const;
    /// Replaces a loaded message (the inspector saw a newer state) or removes it (deleted).
    void updateMessage(const Message& message);
    void removeMessage(const QString& sid);

    /// What is loaded, as CSV (RFC 4180, a header row, formulas defused) or as a JSON array of the raw objects.
    QByteArray toCsv() const;
    QByteArray toJson() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A page could not be loaded; the rows already there stay.
    void failed(const textbench::ApiError& error);
    void pageLoaded(int rowsAdded);

private:
    /// UTF-8 text in m_text, which never moves once written: views into it stay valid until reset().
    struct TextRef
    {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 size = 0;
    };
    /// One message as the log keeps it, a few percent of a parsed Message (a log can hold hundreds of thousands):
    /// the strings that repeat from message to message (numbers, statuses, account, price unit…) are indices into
    /// m_strings, the SID and body are UTF-8 in m_text, dates are milliseconds, and the JSON is rebuilt from these
    /// fields on demand. Only when the rebuilt JSON would differ from what the server sent (an unexpected field or
    /// format) is the original kept beside them, in raw.
    struct Row
    {
        TextRef sid;
        TextRef body;
        QJsonObject raw;
        qint64 created = 0;
        qint64 sent = 0;
        qint64 updated = 0;
        quint32 account = 0;
        quint32 apiVersion = 0;
        quint32 from = 0;
        quint32 to = 0;
        quint32 statusText = 0;
        quint32 direction = 0;
        quint32 price = 0;
        quint32 priceUnit = 0;
        quint32 errorMessage = 0;
        quint32 service = 0;
        qint32 errorCode = 0; ///< 0: none
        qint32 numSegments = -1;
        qint32 numMedia = -1;
        quint8 status = 0; ///< MessageStatus
        quint8 subresources = 0; ///< bit 0: media, bit 1: feedback
    };

    Row rowFrom(const Message& m);
    QJsonObject rebuild(const Row& row) const;
    QJsonObject json(const Row& row) const { return row.raw.isEmpty() ? rebuild(row) : row.raw; }
    quint32 intern(const QString& s);
    const QString& text(quint32 id) const { return m_strings.at(id); }
    TextRef store(const QString& s);
    QByteArrayView view(TextRef ref) const
    {
        return ref.size == 0 ? QByteArrayView()
                             : QByteArrayView(m_text.at(ref.chunk).constData() + ref.offset, ref.size);
    }
    QString text(TextRef ref) const { return QString::fromUtf8(view(ref)); }

    /// A page loaded ahead of fetchMore() (see prefetch()).
    struct ReadyPage
    {
        QList<Message> messages;
        QString nextPageUri;
        int pages = 0;
    };
    static constexpr int kPagesAhead = 2;

    ListMessagesJob* firstPage(const MessageListFilter& filter) const;
    void start(ListMessagesJob* job);
    void prefetch();
    void applyReady();
    int insertPage(QList<Message>&& messages);
    void abandonJob();
    void reset();

    QPointer<ApiClient> m_client;
    MessageListFilter m_filter;
    int m_pageSize = kDefaultPageSize;
    std::deque<Row> m_rows; ///< blocks, not one array: no slack, and no copy of it all when it grows
    QSet<quint64> m_sids; ///< hashes of the SIDs listed: to list a message once when pages shift under new arrivals
    QList<QByteArray> m_text; ///< chunks, each filled up to the capacity it was made with, never reallocated
    QList<QString> m_strings { QString() }; ///< interned; 0 is the null string
    QHash<QString, quint32> m_stringIds;
    QString m_nextPageUri;
    QPointer<ListMessagesJob> m_job;
    QPointer<ListMessagesJob> m_prefetch;
    std::deque<ReadyPage> m_ready;
    bool m_wantMore = false; ///< fetchMore() asked for the page m_prefetch is loading
    bool m_loadedOnce = false;
    int m_pages = 0;
};

} // namespace textbench
