// SPDX-License-Identifier: GPL-3.0-or-later
#include "senderjobs.h"

#include "api/sid.h"

namespace textbench {

namespace {
FormFields pageSize(int n)
{
    return { { QStringLiteral("PageSize"), QString::number(n) } };
}
} // namespace

ListMessagingServicesJob::ListMessagingServicesJob(ApiClient* client, int limit, int pageSize)
    : PageJob(client, ApiProduct::Messaging, QStringLiteral("messaging-services.list"), limit)
    , m_pageSize(std::clamp(pageSize, 1, 1000))
{ }

ApiRequest ListMessagingServicesJob::firstPageRequest() const
{
    return request("GET", ApiProduct::Messaging, QStringLiteral("/v1/Services"),
        QStringLiteral("messaging-services.list"), pageSize(m_pageSize));
}

FetchMessagingServiceJob::FetchMessagingServiceJob(ApiClient* client, const QString& sid)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
{ }

QString FetchMessagingServiceJob::validateInputs()
{
    return Sid::shapeProblem(m_sid, { QStringLiteral("MG") }, tr("Messaging Service SID"));
}

ApiRequest FetchMessagingServiceJob::firstRequest() const
{
    return request("GET", ApiProduct::Messaging, QStringLiteral("/v1/Services/") + m_sid,
        QStringLiteral("messaging-services.fetch"));
}

ListServicePhoneNumbersJob::ListServicePhoneNumbersJob(
    ApiClient* client, const QString& serviceSid, int limit, int pageSize)
    : PageJob(client, ApiProduct::Messaging, QStringLiteral("messaging-services.phone-numbers"), limit)
    , m_serviceSid(serviceSid.trimmed())
    , m_pageSize(std::clamp(pageSize, 1, 1000))
{ }

QString ListServicePhoneNumbersJob::validateQuery()
{
    return Sid::shapeProblem(m_serviceSid, { QStringLiteral("MG") }, tr("Messaging Service SID"));
}

ApiRequest ListServicePhoneNumbersJob::firstPageRequest() const
{
    return request("GET", ApiProduct::Messaging, QStringLiteral("/v1/Services/") + m_serviceSid + u"/PhoneNumbers",
        QStringLiteral("messaging-services.phone-numbers"), pageSize(m_pageSize));
}

ListShortCodesJob::ListShortCodesJob(ApiClient* client, int limit, int pageSize)
    : PageJob(client, ApiProduct::Api, QStringLiteral("short-codes.list"), limit)
    , m_pageSize(std::clamp(pageSize, 1, 1000))
{ }

ApiRequest ListShortCodesJob::firstPageRequest() const
{
    return accountRequest(
        "GET", QStringLiteral("/SMS/ShortCodes.json"), QStringLiteral("short-codes.list"), pageSize(m_pageSize));
}

} // namespace textbench
