// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumbersresource.h"

#include "phone/phonenumbers.h"
#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "sandboxpaging.h"

#include <QRegularExpression>

namespace textbench::sandbox {

void PhoneNumbersResource::addStartingNumbers(const QString& smsUrl)
{
    const QDateTime created(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    StoredPhoneNumber first;
    first.sid = m_state.newSid(QStringLiteral("PN"));
    first.phoneNumber = Account::kSender;
    first.friendlyName = QStringLiteral("Sandbox main number");
    first.smsUrl = smsUrl;
    first.created = first.updated = created;
    m_state.numbers.insert(first);
    StoredPhoneNumber second;
    second.sid = m_state.newSid(QStringLiteral("PN"));
    second.phoneNumber = Account::kSecondNumber;
    second.friendlyName = QStringLiteral("Sandbox second number");
    second.mms = false;
    second.created = second.updated = created;
    m_state.numbers.insert(second);
}

Reply PhoneNumbersResource::notFound(const QString& sid) const
{
    return Reply::error(404, 20404,
        QStringLiteral("The requested resource %1/IncomingPhoneNumbers/%2.json was not found")
            .arg(Json::accountPath(Account::kAccountSid), sid));
}

Reply PhoneNumbersResource::list(const Request& request) const
{
    const FormFields query = request.query();
    Reply error;
    const std::optional<Paging> paging = Paging::read(query, &error);
    if (!paging)
        return error;
    const QString friendlyName = FormEncoding::value(query, QStringLiteral("FriendlyName"));
    const QString phoneNumber = FormEncoding::value(query, QStringLiteral("PhoneNumber"));
    QList<const StoredPhoneNumber*> matching;
    // The sandbox's subaccounts own no numbers.
    for (const StoredPhoneNumber& n : request.isSubaccount() ? QList<StoredPhoneNumber>() : m_state.numbers.all()) {
        // Twilio matches a part of the number or name.
        if (!phoneNumber.isEmpty() && !n.phoneNumber.contains(phoneNumber))
            continue;
        if (!friendlyName.isEmpty() && n.friendlyName != friendlyName)
            continue;
        matching.append(&n);
    }
    Json::Page page;
    page.path = Json::accountPath(request.accountSid) + QStringLiteral("/IncomingPhoneNumbers.json");
    for (const char* name : { "FriendlyName", "PhoneNumber" }) {
        if (const QString v = FormEncoding::value(query, QString::fromLatin1(name)); !v.isNull())
            page.filters.append({ QString::fromLatin1(name), v });
    }
    page.place(paging->page, paging->pageSize, matching.size(), [&](qsizetype i) { return matching.at(i)->sid; });
    QJsonArray items;
    for (qsizetype i = page.start; i < page.end; ++i)
        items.append(Json::phoneNumber(*matching.at(i), Account::kAccountSid));
    return Reply::json(200, page.toJson(QStringLiteral("incoming_phone_numbers"), items));
}

Reply PhoneNumbersResource::fetch(const Request& request) const
{
    const QString sid = request.capture(1);
    const StoredPhoneNumber* n = request.isSubaccount() ? nullptr : m_state.numbers.find(sid);
    return n ? Reply::json(200, Json::phoneNumber(*n, Account::kAccountSid)) : notFound(sid);
}

std::optional<Reply> PhoneNumbersResource::apply(const FormFields& form, StoredPhoneNumber& n) const
{
    const auto set = [&form](const char* name, QString* field) {
        const QString v = FormEncoding::value(form, QString::fromLatin1(name));
        if (!v.isNull())
            *field = v.trimmed();
        return !v.isNull();
    };
    set("FriendlyName", &n.friendlyName);
    if (n.friendlyName.size() > 64)
        return Reply::error(400, 21201, QStringLiteral("FriendlyName must be 64 characters or fewer."));
    for (auto [name, field] : { std::pair { "SmsUrl", &n.smsUrl }, std::pair { "SmsFallbackUrl", &n.smsFallbackUrl },
             std::pair { "StatusCallback", &n.statusCallback } }) {
        if (std::optional<Reply> wrong = WebhookFields::url(form, name, field))
            return wrong;
    }
    for (auto [name, field] :
        { std::pair { "SmsMethod", &n.smsMethod }, std::pair { "SmsFallbackMethod", &n.smsFallbackMethod },
            std::pair { "StatusCallbackMethod", &n.statusCallbackMethod } }) {
        if (std::optional<Reply> wrong = WebhookFields::method(form, name, field))
            return wrong;
    }
    n.updated = m_state.clock.now();
    return std::nullopt;
}

Reply PhoneNumbersResource::create(const Request& request)
{
    if (request.isSubaccount())
        return Reply::error(400, 21452, QStringLiteral("No phone numbers are available to this subaccount."));
    const FormFields form = request.form();
    const QString phoneNumber = FormEncoding::value(form, QStringLiteral("PhoneNumber")).trimmed();
    const QString areaCode = FormEncoding::value(form, QStringLiteral("AreaCode")).trimmed();
    StoredPhoneNumber n;
    if (!phoneNumber.isEmpty()) {
        const AddressCheck check = PhoneNumbers::check(phoneNumber, PhoneNumbers::Role::To);
        if (!check.isValid() || check.kind != AddressCheck::Kind::PhoneNumber)
            return Reply::error(400, 21421, QStringLiteral("PhoneNumber is invalid: %1").arg(phoneNumber.left(40)));
        n.phoneNumber = check.normalized;
    } else if (!areaCode.isEmpty()) {
        static const QRegularExpression threeDigits(QStringLiteral("^[2-9]\\d\\d$"));
        if (!threeDigits.match(areaCode).hasMatch())
            return Reply::error(400, 21421, QStringLiteral("AreaCode is invalid: %1").arg(areaCode.left(10)));
        // A number of the area code in the 555-01xx range, kept for fiction.
        for (int i = 100; i < 200 && n.phoneNumber.isEmpty(); ++i) {
            const QString candidate = u"+1" + areaCode + u"555" + QStringLiteral("%1").arg(i, 4, 10, QChar(u'0'));
            if (!m_state.numbers.findByNumber(candidate))
                n.phoneNumber = candidate;
        }
        if (n.phoneNumber.isEmpty())
            return Reply::error(400, 21452, QStringLiteral("No phone numbers found in area code %1.").arg(areaCode));
    } else {
        return Reply::error(400, 21421, QStringLiteral("A PhoneNumber or AreaCode is required."));
    }
    if (m_state.numbers.findByNumber(n.phoneNumber))
        return Reply::error(
            400, 21422, QStringLiteral("PhoneNumber %1 is already owned by this account.").arg(n.phoneNumber));
    n.sid = m_state.newSid(QStringLiteral("PN"));
    n.friendlyName = n.phoneNumber;
    n.created = m_state.clock.now();
    if (const std::optional<Reply> problem = apply(form, n))
        return *problem;
    m_state.numbers.insert(n);
    return Reply::json(201, Json::phoneNumber(n, Account::kAccountSid));
}

Reply PhoneNumbersResource::update(const Request& request)
{
    const QString sid = request.capture(1);
    StoredPhoneNumber* n = request.isSubaccount() ? nullptr : m_state.numbers.find(sid);
    if (!n)
        return notFound(sid);
    StoredPhoneNumber changed = *n; // all or nothing
    if (const std::optional<Reply> problem = apply(request.form(), changed))
        return *problem;
    *n = changed;
    return Reply::json(200, Json::phoneNumber(*n, Account::kAccountSid));
}

Reply PhoneNumbersResource::remove(const Request& request)
{
    const QString sid = request.capture(1);
    if (request.isSubaccount() || !m_state.numbers.remove(sid))
        return notFound(sid);
    return Reply::noContent();
}

} // namespace textbench::sandbox
