// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagepage.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::MessagePage)
};

int integer(const QJsonObject& o, QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e9)
        return v.toInt();
    return v.isString() ? v.toString().toInt() : 0;
}
} // namespace

std::optional<MessagePage> MessagePage::fromJson(const QJsonObject& json, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<MessagePage> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QJsonValue list = json.value(u"messages");
    if (!list.isArray())
        return fail(Tr::tr("the page has no \"messages\" array"));
    MessagePage page;
    const QJsonArray array = list.toArray();
    page.messages.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        const QJsonValue item = array.at(i);
        std::optional<Message> m = item.isObject() ? Message::fromJson(item.toObject(), &why) : std::nullopt;
        if (!m)
            return fail(Tr::tr("message %1 of the page is not a message (%2)")
                            .arg(i + 1)
                            .arg(why.isEmpty() ? Tr::tr("not an object") : why));
        page.messages.append(std::move(*m));
    }
    page.page = integer(json, u"page");
    page.pageSize = integer(json, u"page_size");
    page.start = integer(json, u"start");
    page.end = integer(json, u"end");
    page.uri = json.value(u"uri").toString();
    page.firstPageUri = json.value(u"first_page_uri").toString();
    page.nextPageUri = json.value(u"next_page_uri").toString();
    page.previousPageUri = json.value(u"previous_page_uri").toString();
    return page;
}

std::optional<Account> Account::fromJson(const QJsonObject& json, QString* problem)
{
    if (!json.value(u"sid").isString()) {
        if (problem)
            *problem = Tr::tr("the account has no \"sid\"");
        return std::nullopt;
    }
    Account a;
    a.raw = json;
    // The account resource carries the account's own Auth Token: it is never kept, shown or logged.
    if (a.raw.contains(u"auth_token"))
        a.raw.insert(QStringLiteral("auth_token"), QStringLiteral("********"));
    a.sid = json.value(u"sid").toString();
    a.friendlyName = json.value(u"friendly_name").toString();
    a.status = json.value(u"status").toString();
    a.type = json.value(u"type").toString();
    a.dateCreated = parseTwilioDate(json.value(u"date_created"));
    return a;
}

} // namespace textbench
