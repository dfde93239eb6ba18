// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "message.h"
#include "messagejobs.h"
#include "messageparams.h"
#include "messagerows.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QPointer>

#include <deque>

namespace textbench {

/// \brief The message log: one row per message, loaded a page at a time as the view scrolls (canFetchMore() /
/// fetchMore() follow Twilio's next_page_uri), newest first as Twilio lists them.
///
/// Presentation and paging: the messages themselves are kept by MessageRows, and written out by MessageExport.
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

    /// What is loaded, as CSV (RFC 4180, a header row, formulas defused) or as a JSON array of the raw objects
    /// (MessageExport).
    QByteArray toCsv() const;
    QByteArray toJson() const;
    const MessageRows& rows() const { return m_rows; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A page could not be loaded; the rows already there stay.
    void failed(const textbench::ApiError& error);
    void pageLoaded(int rowsAdded);

private:
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
    MessageRows m_rows;
    QString m_nextPageUri;
    QPointer<ListMessagesJob> m_job;
    QPointer<ListMessagesJob> m_prefetch;
    std::deque<ReadyPage> m_ready;
    bool m_wantMore = false; ///< fetchMore() asked for the page m_prefetch is loading
    bool m_loadedOnce = false;
    int m_pages = 0;
};

} // namespace textbench
