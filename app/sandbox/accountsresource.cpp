// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsresource.h"

#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "sandboxpaging.h"

namespace textbench::sandbox {

void AccountsResource::addStartingSenders()
{
    StoredShortCode code;
    code.sid = Account::kShortCodeSid;
    code.shortCode = Account::kShortCode;
    code.friendlyName = QStringLiteral("Sandbox short code");
    code.created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    m_state.shortCodes = { code };
    if (const StoredPhoneNumber* second = m_state.numbers.findByNumber(Account::kSecondNumber))
        m_state.service.phoneNumberSids = { second->sid };
}

Reply AccountsResource::fetch(const Request& request) const
{
    return Reply::json(200, Json::account(request.accountSid));
}

Reply AccountsResource::list(const Request& request) const
{
    const FormFields query = request.query();
    Reply error;
    const std::optional<Paging> paging = Paging::read(query, &error);
    if (!paging)
        return error;
    const QString friendlyName = FormEncoding::value(query, QStringLiteral("FriendlyName"));
    const QString status = FormEncoding::value(query, QStringLiteral("Status"));
    if (!status.isEmpty() && status != u"active" && status != u"suspended" && status != u"closed")
        return Reply::error(
            400, 20001, QStringLiteral("Invalid Status: %1 is not active, suspended or closed.").arg(status.left(40)));
    QList<QJsonObject> matching;
    for (const QString& sid : QStringList { Account::kAccountSid } + Account::subaccountSids()) {
        const QJsonObject a = Json::account(sid);
        if (!friendlyName.isEmpty() && a.value(u"friendly_name").toString() != friendlyName)
            continue;
        if (!status.isEmpty() && a.value(u"status").toString() != status)
            continue;
        matching.append(a);
    }
    Json::Page page;
    page.path = QStringLiteral("/2010-04-01/Accounts.json");
    for (const char* name : { "FriendlyName", "Status" }) {
        if (const QString v = FormEncoding::value(query, QString::fromLatin1(name)); !v.isNull())
            page.filters.append({ QString::fromLatin1(name), v });
    }
    page.place(paging->page, paging->pageSize, matching.size(),
        [&](qsizetype i) { return matching.at(i).value(u"sid").toString(); });
    QJsonArray items;
    for (qsizetype i = page.start; i < page.end; ++i)
        items.append(matching.at(i));
    return Reply::json(200, page.toJson(QStringLiteral("accounts"), items));
}

Reply AccountsResource::shortCodes(const Request& request) const
{
    const FormFields query = request.query();
    Reply error;
    const std::optional<Paging> paging = Paging::read(query, &error);
    if (!paging)
        return error;
    const QList<StoredShortCode> codes = request.isSubaccount() ? QList<StoredShortCode>() : m_state.shortCodes;
    Json::Page page;
    page.path = Json::accountPath(request.accountSid) + QStringLiteral("/SMS/ShortCodes.json");
    page.place(paging->page, paging->pageSize, codes.size(), [&](qsizetype i) { return codes.at(i).sid; });
    QJsonArray items;
    for (qsizetype i = page.start; i < page.end; ++i)
        items.append(Json::shortCode(codes.at(i), request.accountSid));
    return Reply::json(200, page.toJson(QStringLiteral("short_codes"), items));
}

Reply AccountsResource::servicePhoneNumbers(const Request& request) const
{
    const QString sid = request.capture(0);
    if (sid != m_state.service.sid)
        return Reply::error(404, 20404,
            QStringLiteral("The requested resource /v1/Services/%1/PhoneNumbers was not found").arg(sid.left(40)));
    Reply error;
    const std::optional<Paging> paging = Paging::read(request.query(), &error);
    if (!paging)
        return error;
    QList<const StoredPhoneNumber*> pool;
    for (const QString& pn : m_state.service.phoneNumberSids)
        if (const StoredPhoneNumber* n = m_state.numbers.find(pn))
            pool.append(n);
    Json::V1Page page;
    page.url = request.origin() + u"/v1/Services/" + sid + u"/PhoneNumbers";
    page.key = QStringLiteral("phone_numbers");
    page.page = paging->page;
    page.pageSize = paging->pageSize;
    const qsizetype start = std::min(paging->start(), pool.size());
    const qsizetype end = std::min(start + paging->pageSize, pool.size());
    page.hasNext = end < pool.size();
    QJsonArray items;
    for (qsizetype i = start; i < end; ++i)
        items.append(Json::servicePhoneNumber(*pool.at(i), m_state.service, Account::kAccountSid, request.origin()));
    return Reply::json(200, page.toJson(items));
}

} // namespace textbench::sandbox
