// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountjobs.h"

namespace textbench {

FetchAccountJob::FetchAccountJob(ApiClient* client)
    : ResourceJob(client)
{ }

ApiRequest FetchAccountJob::firstRequest() const
{
    return accountRequest("GET", QStringLiteral(".json"), QStringLiteral("accounts.fetch"));
}

ListAccountsJob::ListAccountsJob(ApiClient* client, int limit, int pageSize)
    : PageJob(client, ApiProduct::Api, QStringLiteral("accounts.list"), limit)
    , m_pageSize(std::clamp(pageSize, 1, 1000))
{ }

void ListAccountsJob::setFilter(const QString& friendlyName, const QString& status)
{
    m_friendlyName = friendlyName.trimmed();
    m_status = status.trimmed().toLower();
}

QString ListAccountsJob::validateQuery()
{
    if (!m_status.isEmpty() && m_status != u"active" && m_status != u"suspended" && m_status != u"closed")
        return tr("An account's status is active, suspended or closed, not \"%1\".").arg(m_status.left(20));
    return {};
}

ApiRequest ListAccountsJob::firstPageRequest() const
{
    FormFields query;
    if (!m_friendlyName.isEmpty())
        query.append({ QStringLiteral("FriendlyName"), m_friendlyName });
    if (!m_status.isEmpty())
        query.append({ QStringLiteral("Status"), m_status });
    query.append({ QStringLiteral("PageSize"), QString::number(m_pageSize) });
    return request(
        "GET", ApiProduct::Api, QStringLiteral("/2010-04-01/Accounts.json"), QStringLiteral("accounts.list"), query);
}

} // namespace textbench
