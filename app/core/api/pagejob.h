// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apijob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <limits>
#include <utility>

namespace textbench {

/// \brief What every list job shares, whatever it lists: the limit, and following a page's next link, on the
/// product's own origin only, never twice to the same page, never from an empty page. See PageJob.
class PageJobBase : public ApiJob
{
    Q_OBJECT
public:
    /// The next page's link after the last page fetched; empty at the end of the list.
    const QString& nextPageUri() const { return m_nextPageUri; }
    /// True when the limit left items out: the rest of the last page fetched, or further pages.
    bool hasMore() const { return m_truncated || !m_nextPageUri.isEmpty(); }
    int pagesFetched() const { return m_pages; }
    ApiRequest firstRequest() const final;

protected:
    /// \a limit: the most items to collect; 0 for all of them.
    PageJobBase(ApiClient* client, ApiProduct product, const QString& operation, int limit);

    /// Starts from a link an earlier page gave (a model's fetchMore()) instead of the first page.
    void setStartUri(const QString& uri) { m_startUri = uri; }
    int limit() const { return m_limit; }
    /// The first page: its path and query (built with request() or accountRequest(); sent without the resource cap).
    virtual ApiRequest firstPageRequest() const = 0;
    /// Checks the list's own inputs (filters); the start link is checked here.
    virtual QString validateQuery() { return {}; }

    /// How many more items the limit lets in.
    qsizetype room(qsizetype collected) const
    {
        return m_limit == 0 ? std::numeric_limits<qsizetype>::max() : std::max<qsizetype>(0, m_limit - collected);
    }
    void setTruncated() { m_truncated = true; }
    /// What follows a page: nothing (the list is done), the next page (already asked for), or a failure.
    enum class Next { Done, Requested, Failed };
    /// A page fetched from \a url has been read: \a itemsOnPage on it, \a collected in all so far, its \a next link.
    /// Asks for the next page at once, or says the list is done; on a link it must not follow, sets \a failure.
    Next followNext(const Exchange& exchange, const QString& url, qsizetype itemsOnPage, qsizetype collected,
        const QString& next, ApiError* failure);

private:
    QString validateInputs() final;

    ApiProduct m_product;
    QString m_operation;
    int m_limit;
    QString m_startUri;
    QString m_nextPageUri;
    QSet<QString> m_visited;
    int m_pages = 0;
    bool m_truncated = false;
};

/// \brief Pages of resources: a list that follows each page's next link until the limit or the last page.
///
/// A subclass is the operation: its filters (validateQuery()) and its first page (firstPageRequest()). A page is read
/// with `static std::optional<Page> Page::fromJson(const QJsonObject&, QString* problem)` on a worker thread (a page
/// of a thousand messages is a megabyte of JSON and takes milliseconds to read: the window keeps drawing meanwhile);
/// a Page gives `items()` (a QList<Page::Item>) and `nextPageUri`.
template<typename Page> class PageJob : public PageJobBase
{
public:
    using Item = typename Page::Item;

    const QList<Item>& items() const { return m_items; }
    /// The items, moved out of the job (which keeps none).
    QList<Item> takeItems() { return std::exchange(m_items, {}); }
    /// False: the job hands each page's items to pageArrived() and keeps none of them (a list of any length in
    /// the memory of one page: textbench-cli's streaming list). items() is then always empty.
    void setKeepItems(bool keep) { m_keepItems = keep; }
    /// The items handed out so far, kept or not.
    qsizetype itemCount() const { return m_count; }

protected:
    using PageJobBase::PageJobBase;

    /// Each page as it arrives, and its \a items that the limit lets in, while the next page is already being
    /// fetched. The job may be cancelled from here.
    virtual void pageArrived(const Page& page, const QList<Item>& items)
    {
        Q_UNUSED(page)
        Q_UNUSED(items)
    }

    void handleResponse(const ApiCall& call) final
    {
        // The job goes on in its own thread when the page is ready; a job cancelled or deleted in between drops it.
        QPointer<PageJob> self(this);
        QThreadPool::globalInstance()->start([self, body = call.body(), exchange = call.exchange(),
                                                 url = call.request().url.toString(QUrl::FullyEncoded)] {
            QString problem;
            std::optional<Page> page;
            if (const std::optional<QJsonObject> json = parseObject(body, &problem))
                page = Page::fromJson(*json, &problem);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, page = std::move(page), problem, exchange, url] {
                    if (self && !self->isFinished())
                        self->accept(page, problem, exchange, url);
                },
                Qt::QueuedConnection);
        });
    }

private:
    void accept(const std::optional<Page>& page, const QString& problem, const Exchange& exchange, const QString& url)
    {
        if (!page) {
            fail(ApiError::badResponse(exchange, problem));
            return;
        }
        const QList<Item>& all = page->items();
        QList<Item> items = all; // shared, not copied item by item, when the whole page fits
        if (const qsizetype fits = room(m_count); fits < all.size()) {
            setTruncated(); // the rest of this page was dropped: there is more, even on the last page
            items = all.first(fits);
        }
        m_count += items.size();
        if (m_keepItems)
            m_items += items;
        // The next page is asked for before this one is handed out: it travels while this one is shown.
        ApiError failure;
        const Next next = followNext(exchange, url, all.size(), m_count, page->nextPageUri, &failure);
        QPointer<PageJob> self(this);
        pageArrived(*page, items);
        if (!self || isFinished())
            return; // cancelled (or deleted) by whoever took the items
        if (next == Next::Done)
            succeed();
        else if (next == Next::Failed)
            fail(failure);
    }

    QList<Item> m_items;
    qsizetype m_count = 0;
    bool m_keepItems = true;
};

} // namespace textbench
