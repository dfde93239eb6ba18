// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookeventsresource.h"

#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "sandboxpaging.h"
#include "webhookdispatcher.h"

namespace textbench::sandbox {

namespace {
Reply notFound(const QString& sid)
{
    return Reply::error(404, 20404,
        QStringLiteral("The requested resource %1/Textbench/WebhookEvents/%2.json was not found")
            .arg(Json::accountPath(Account::kAccountSid), sid.left(40)));
}
} // namespace

Reply WebhookEventsResource::list(const Request& request) const
{
    const FormFields query = request.query();
    Reply error;
    const std::optional<Paging> paging = Paging::read(query, &error);
    if (!paging)
        return error;
    const QString messageSid = FormEncoding::value(query, QStringLiteral("MessageSid"));
    // The sandbox's webhooks are its account's (a subaccount has no numbers and no callbacks of its own here).
    const QList<WebhookEvent> none;
    const QList<WebhookEvent>& events = request.isSubaccount() ? none : m_store.events();
    Json::Page page;
    page.path = Json::accountPath(Account::kAccountSid) + QStringLiteral("/Textbench/WebhookEvents.json");
    if (!messageSid.isNull())
        page.filters.append({ QStringLiteral("MessageSid"), messageSid });
    page.page = paging->page;
    page.pageSize = paging->pageSize;
    QJsonArray items;
    qsizetype matched = 0;
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (!messageSid.isEmpty() && it->messageSid != messageSid)
            continue;
        if (matched >= paging->start() && items.size() < paging->pageSize) {
            items.append(Json::event(*it, Account::kAccountSid));
        } else if (items.size() == paging->pageSize) {
            page.nextToken = u"PA" + it->sid;
            break;
        }
        ++matched;
    }
    page.start = paging->start();
    page.end = paging->start() + items.size();
    return Reply::json(200, page.toJson(QStringLiteral("webhook_events"), items));
}

Reply WebhookEventsResource::fetch(const Request& request) const
{
    const QString sid = request.capture(1);
    if (WebhookEvent* e = request.isSubaccount() ? nullptr : m_store.event(sid))
        return Reply::json(200, Json::event(*e, Account::kAccountSid));
    return notFound(sid);
}

Reply WebhookEventsResource::resend(const Request& request)
{
    const QString sid = request.capture(1);
    if (request.isSubaccount() || !m_store.event(sid))
        return notFound(sid);
    if (!m_dispatcher.resend(sid))
        return Reply::error(409, 20409, QStringLiteral("Webhook event %1 is still in flight.").arg(sid));
    return Reply::json(202, Json::event(*m_store.event(sid), Account::kAccountSid));
}

} // namespace textbench::sandbox
