// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertsresource.h"

#include "messages/datefilter.h"
#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "sandboxpaging.h"

namespace textbench::sandbox {

Reply AlertsResource::list(const Request& request) const
{
    const FormFields query = request.query();
    Reply error;
    const std::optional<Paging> paging = Paging::read(query, &error);
    if (!paging)
        return error;
    const QString level = FormEncoding::value(query, QStringLiteral("LogLevel"));
    DateFilter start;
    DateFilter end;
    for (auto [name, bound] : { std::pair { "StartDate", &start }, std::pair { "EndDate", &end } }) {
        const QString v = FormEncoding::value(query, QString::fromLatin1(name));
        if (v.isEmpty())
            continue;
        *bound = DateFilter::parse(v);
        if (!bound->isValid())
            return Reply::error(400, 20001,
                QStringLiteral("Invalid %1: %2 is not an ISO 8601 date or date-time.")
                    .arg(QString::fromLatin1(name), v));
    }
    Json::V1Page page;
    page.url = request.origin() + QStringLiteral("/v1/Alerts");
    page.key = QStringLiteral("alerts");
    for (const char* name : { "LogLevel", "StartDate", "EndDate" }) {
        if (const QString v = FormEncoding::value(query, QString::fromLatin1(name)); !v.isNull())
            page.filters.append({ QString::fromLatin1(name), v });
    }
    page.page = paging->page;
    page.pageSize = paging->pageSize;
    QJsonArray items;
    qsizetype matched = 0;
    const QList<StoredAlert>& alerts = m_store.alerts();
    for (auto it = alerts.crbegin(); it != alerts.crend(); ++it) {
        if (!level.isEmpty() && it->logLevel != level)
            continue;
        if ((start.isValid() && start.compare(it->created) < 0) || (end.isValid() && end.compare(it->created) > 0))
            continue;
        if (matched >= paging->start() && items.size() < paging->pageSize)
            items.append(Json::alert(*it, Account::kAccountSid, request.origin(), false));
        else if (items.size() == paging->pageSize) {
            page.hasNext = true;
            break;
        }
        ++matched;
    }
    return Reply::json(200, page.toJson(items));
}

Reply AlertsResource::fetch(const Request& request) const
{
    const QString sid = request.capture(0);
    if (const StoredAlert* a = m_store.alert(sid))
        return Reply::json(200, Json::alert(*a, Account::kAccountSid, request.origin(), true));
    return Reply::error(
        404, 20404, QStringLiteral("The requested resource /v1/Alerts/%1 was not found").arg(sid.left(40)));
}

} // namespace textbench::sandbox
