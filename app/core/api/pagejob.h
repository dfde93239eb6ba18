// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apijob.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QThreadPool>

#include <functional>
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

    /// True: the one who takes the pages (textbench-cli printing a list) works at its own pace and says when it is
    /// through with each (pageTaken()). The job still asks for the next page as it hands one out, so that it
    /// travels and is read meanwhile, but holds it there, and holds its own end, until the page before is taken:
    /// never more than two pages in memory however slow the reader, and the end (or the error) after the last one.
    void setPaced(bool paced) { m_paced = paced; }
    /// Paced: the page handed out last has been dealt with; the job goes on.
    void pageTaken();
    /// Paced: the next page, or the end, is ready and waits for pageTaken().
    bool isWaitingForTaker() const { return bool(m_held); }

    /// The one thread that reads every page (and should free what it read: see handleResponse()). One, so that
    /// what it allocates stays in one malloc arena and freeing it there never waits on another thread's lock.
    static QThreadPool* readerPool();

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

    /// Paced: what comes after a page handed out (the next page, the end) waits for pageTaken(). Runs \a step now
    /// when nothing is out, or keeps it until then.
    void whenTaken(std::function<void()> step);
    /// Paced: a page goes out now (call before handing it over: the taker may be done at once).
    bool isPaced() const { return m_paced; }
    void handingOut()
    {
        if (m_paced)
            m_pageOut = true;
    }

    /// Paced: a failed request (the next page's) ends the job after the page out is taken, so that all of it is
    /// printed before the error; a cancel ends it at once.
    void handleError(const ApiCall& call) override;

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
    bool m_paced = false;
    bool m_pageOut = false;
    std::function<void()> m_held;
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
        // It also frees the page before last, which it made: freed by the thread that made it, a thousand messages'
        // allocations never contend with that thread's own for the allocator's locks.
        QPointer<PageJob> self(this);
        readerPool()->start([self, body = call.body(), exchange = call.exchange(),
                                                 url = call.request().url.toString(QUrl::FullyEncoded),
                                                 spent = std::exchange(m_spent, {})]() mutable {
            spent = {};
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
        whenTaken([this, page, problem, exchange, url] { acceptNow(page, problem, exchange, url); });
    }

    void acceptNow(
        const std::optional<Page>& page, const QString& problem, const Exchange& exchange, const QString& url)
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
        else if (isPaced())
            m_spent = std::exchange(m_handedOut, all); // the page before was taken: only this copy of it is left
        // The next page is asked for before this one is handed out: it travels while this one is shown.
        ApiError failure;
        const Next next = followNext(exchange, url, all.size(), m_count, page->nextPageUri, &failure);
        QPointer<PageJob> self(this);
        handingOut();
        pageArrived(*page, items);
        if (!self || isFinished())
            return; // cancelled (or deleted) by whoever took the items
        if (next == Next::Done)
            whenTaken([this] { succeed(); });
        else if (next == Next::Failed)
            whenTaken([this, failure] { fail(failure); });
    }

    QList<Item> m_items;
    /// Paced, keeping nothing: the page handed out last, and the one before it (taken), freed by the worker.
    QList<Item> m_handedOut;
    QList<Item> m_spent;
    qsizetype m_count = 0;
    bool m_keepItems = true;
};

} // namespace textbench
