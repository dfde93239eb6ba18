// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicesresource.h"

#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "sandboxpaging.h"

#include <optional>
#include <utility>

namespace textbench::sandbox {

namespace {
Reply notFound(const QString& sid)
{
    return Reply::error(
        404, 20404, QStringLiteral("The requested resource /v1/Services/%1 was not found").arg(sid.left(40)));
}

/// Twilio's booleans in a form: "true" or "false", any case.
std::optional<bool> readBool(const QString& v)
{
    if (v.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (v.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}
} // namespace

void ServicesResource::addStartingService()
{
    StoredService& s = m_state.service;
    s.sid = Account::kMessagingServiceSid;
    s.friendlyName = QStringLiteral("Sandbox Messaging Service");
    s.created = s.updated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}

Reply ServicesResource::list(const Request& request) const
{
    Reply error;
    const std::optional<Paging> paging = Paging::read(request.query(), &error);
    if (!paging)
        return error;
    Json::V1Page page;
    page.url = request.origin() + QStringLiteral("/v1/Services");
    page.key = QStringLiteral("services");
    page.page = paging->page;
    page.pageSize = paging->pageSize;
    QJsonArray items;
    if (paging->start() == 0)
        items.append(Json::service(m_state.service, Account::kAccountSid, request.origin()));
    return Reply::json(200, page.toJson(items));
}

Reply ServicesResource::fetch(const Request& request) const
{
    const QString sid = request.capture(0);
    if (sid != m_state.service.sid)
        return notFound(sid);
    return Reply::json(200, Json::service(m_state.service, Account::kAccountSid, request.origin()));
}

Reply ServicesResource::update(const Request& request)
{
    const QString sid = request.capture(0);
    if (sid != m_state.service.sid)
        return notFound(sid);
    const FormFields form = request.form();
    StoredService s = m_state.service; // all or nothing
    const auto present = [&form](const char* name, QString* out) {
        const QString v = FormEncoding::value(form, QString::fromLatin1(name));
        if (!v.isNull())
            *out = v.trimmed();
        return !v.isNull();
    };
    QString v;
    if (present("FriendlyName", &v)) {
        if (v.isEmpty() || v.size() > 64)
            return Reply::error(400, 21201, QStringLiteral("FriendlyName must be 1 to 64 characters."));
        s.friendlyName = v;
    }
    for (auto [name, field] : { std::pair { "InboundRequestUrl", &s.inboundRequestUrl },
             std::pair { "FallbackUrl", &s.fallbackUrl }, std::pair { "StatusCallback", &s.statusCallback } }) {
        if (std::optional<Reply> wrong = WebhookFields::url(form, name, field))
            return *wrong;
    }
    for (auto [name, field] :
        { std::pair { "InboundMethod", &s.inboundMethod }, std::pair { "FallbackMethod", &s.fallbackMethod } }) {
        if (std::optional<Reply> wrong = WebhookFields::method(form, name, field))
            return *wrong;
    }
    for (auto [name, field] :
        { std::pair { "StickySender", &s.stickySender }, std::pair { "MmsConverter", &s.mmsConverter },
            std::pair { "SmartEncoding", &s.smartEncoding }, std::pair { "FallbackToLongCode", &s.fallbackToLongCode },
            std::pair { "AreaCodeGeomatch", &s.areaCodeGeomatch },
            std::pair { "SynchronousValidation", &s.synchronousValidation },
            std::pair { "UseInboundWebhookOnNumber", &s.useInboundWebhookOnNumber } }) {
        if (present(name, &v)) {
            const std::optional<bool> b = readBool(v);
            if (!b)
                return Reply::error(400, 20001,
                    QStringLiteral("%1 must be true or false, not %2.").arg(QString::fromLatin1(name), v.left(20)));
            *field = *b;
        }
    }
    if (present("ValidityPeriod", &v)) {
        bool ok = false;
        const int seconds = v.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 36000)
            return Reply::error(
                400, 20001, QStringLiteral("ValidityPeriod must be 1 to 36000 seconds, not %1.").arg(v.left(20)));
        s.validityPeriod = seconds;
    }
    if (present("ScanMessageContent", &v)) {
        if (v != u"inherit" && v != u"enable" && v != u"disable")
            return Reply::error(400, 20001,
                QStringLiteral("ScanMessageContent must be inherit, enable or disable, not %1.").arg(v.left(20)));
        s.scanMessageContent = v;
    }
    if (present("Usecase", &v) && !v.isEmpty())
        s.usecase = v.left(64);
    s.updated = m_state.clock.now();
    m_state.service = std::move(s);
    return Reply::json(200, Json::service(m_state.service, Account::kAccountSid, request.origin()));
}

} // namespace textbench::sandbox
