// SPDX-License-Identifier: GPL-3.0-or-later
// A list page (and the account resource, the other envelope of messagepage.h): raw bytes -> QJsonDocument ->
// MessagePage::fromJson / Account::fromJson.
#include "fuzzcommon.h"

#include "accounts/account.h"
#include "messages/messagepage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (!doc.isObject())
        return 0;
    const QJsonObject json = doc.object();

    QString problem;
    const std::optional<MessagePage> page = MessagePage::fromJson(json, &problem);
    if (page) {
        FUZZ_CHECK(json.value(u"messages").isArray());
        FUZZ_CHECK(page->messages.size() == json.value(u"messages").toArray().size());
        for (const Message& m : page->messages)
            FUZZ_CHECK(!m.sid.isEmpty());
        FUZZ_CHECK(page->nextPageUri == json.value(u"next_page_uri").toString());
        (void)(page->page + page->pageSize + page->start + page->end);
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }

    problem.clear();
    const std::optional<Account> account = Account::fromJson(json, &problem);
    if (account) {
        FUZZ_CHECK(json.value(u"sid").isString());
        // The account's own Auth Token is never kept.
        if (json.contains(u"auth_token"))
            FUZZ_CHECK(account->raw.value(u"auth_token") == QJsonValue(QStringLiteral("********")));
        FUZZ_CHECK(account->raw.size() == json.size());
    } else {
        FUZZ_CHECK(!problem.isEmpty());
    }
    return 0;
}
