// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagejob.h"

namespace textbench {

namespace {
struct ReaderPool : QThreadPool
{
    ReaderPool()
    {
        setMaxThreadCount(1);
        setExpiryTimeout(-1); // the same thread (and arena) for the whole run
    }
};
Q_GLOBAL_STATIC(ReaderPool, s_readerPool)
} // namespace

QThreadPool* PageJobBase::readerPool()
{
    return s_readerPool();
}

PageJobBase::PageJobBase(ApiClient* client, ApiProduct product, const QString& operation, int limit)
    : ApiJob(client)
    , m_product(product)
    , m_operation(operation)
    , m_limit(std::max(0, limit))
{ }

QString PageJobBase::validateInputs()
{
    if (!m_startUri.isEmpty() && !session().endpoint.resolveResourceUri(m_product, m_startUri).isValid())
        return tr("The page address \"%1\" is not on this profile's API host.").arg(m_startUri);
    return validateQuery();
}

void PageJobBase::pageTaken()
{
    if (!m_pageOut)
        return;
    m_pageOut = false;
    if (std::function<void()> step = std::exchange(m_held, {}); step && !isFinished())
        step();
}

void PageJobBase::whenTaken(std::function<void()> step)
{
    if (m_paced && m_pageOut) {
        Q_ASSERT(!m_held); // one at a time: nothing more is asked for while it waits
        m_held = std::move(step);
    } else if (!isFinished()) {
        step();
    }
}

void PageJobBase::handleError(const ApiCall& call)
{
    const ApiError& error = call.error();
    if (error.kind() == ApiError::Kind::Cancelled)
        fail(error);
    else
        whenTaken([this, error] { fail(error); });
}

ApiRequest PageJobBase::firstRequest() const
{
    ApiRequest r;
    if (m_startUri.isEmpty()) {
        r = firstPageRequest();
        r.maxResponseBytes = 0; // a page: the policy's cap
        return r;
    }
    r.url = session().endpoint.resolveResourceUri(m_product, m_startUri);
    r.operation = m_operation;
    return r;
}

PageJobBase::Next PageJobBase::followNext(const Exchange& exchange, const QString& url, qsizetype itemsOnPage,
    qsizetype collected, const QString& next, ApiError* failure)
{
    ++m_pages;
    m_visited.insert(url);
    m_nextPageUri = next;
    if (next.isEmpty() || room(collected) == 0)
        return Next::Done;
    // Twilio's next page is on the same host; anything else would carry the credentials elsewhere.
    const QUrl nextUrl = session().endpoint.resolveResourceUri(m_product, next);
    if (!nextUrl.isValid()) {
        *failure = ApiError::badResponse(exchange,
            tr("its next page \"%1\" points away from the API host; it was not followed").arg(next.left(200)));
        return Next::Failed;
    }
    if (m_visited.contains(nextUrl.toString(QUrl::FullyEncoded))) {
        // A server whose pages point back at each other would otherwise be followed for ever.
        *failure = ApiError::badResponse(exchange, tr("its next page leads back to a page already fetched"));
        return Next::Failed;
    }
    if (itemsOnPage == 0) {
        // A page with nothing on it but a next page would loop for ever on a broken server.
        *failure = ApiError::badResponse(exchange, tr("an empty page claims there is a next page"));
        return Next::Failed;
    }
    ApiRequest r;
    r.url = nextUrl;
    r.operation = m_operation;
    issue(r);
    return Next::Requested;
}

} // namespace textbench
