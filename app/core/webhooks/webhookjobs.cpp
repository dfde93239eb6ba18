// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhookjobs.h"

#include "api/sid.h"
#include "messages/datefilter.h"
#include "phone/phonenumbers.h"

namespace textbench {

namespace {
const QString kExtension = QStringLiteral("/Textbench");
} // namespace

ListAlertsJob::ListAlertsJob(ApiClient* client, const Filter& filter, int limit)
    : PageJob(client, ApiProduct::Monitor, QStringLiteral("alerts.list"), limit)
    , m_filter(filter)
{ }

QString ListAlertsJob::validateQuery()
{
    static const QStringList levels { QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("notice"),
        QStringLiteral("debug") };
    if (!m_filter.logLevel.isEmpty() && !levels.contains(m_filter.logLevel))
        return tr("The log level is error, warning, notice or debug, not \"%1\".").arg(m_filter.logLevel);
    for (const QString& d : { m_filter.startDate, m_filter.endDate }) {
        if (!d.isEmpty() && !DateFilter::parse(d).isValid())
            return tr("\"%1\" is not a date (YYYY-MM-DD) or an ISO 8601 date-time.").arg(d);
    }
    if (m_filter.pageSize < 1 || m_filter.pageSize > 1000)
        return tr("The page size is a number from 1 to 1000.");
    return {};
}

ApiRequest ListAlertsJob::firstPageRequest() const
{
    FormFields query;
    if (!m_filter.logLevel.isEmpty())
        query.append({ QStringLiteral("LogLevel"), m_filter.logLevel });
    if (!m_filter.startDate.isEmpty())
        query.append({ QStringLiteral("StartDate"), m_filter.startDate });
    if (!m_filter.endDate.isEmpty())
        query.append({ QStringLiteral("EndDate"), m_filter.endDate });
    query.append({ QStringLiteral("PageSize"), QString::number(m_filter.pageSize) });
    return request("GET", ApiProduct::Monitor, QStringLiteral("/v1/Alerts"), QStringLiteral("alerts.list"), query);
}

FetchAlertJob::FetchAlertJob(ApiClient* client, const QString& sid)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
{ }

QString FetchAlertJob::validateInputs()
{
    return Sid::shapeProblem(m_sid, { QStringLiteral("NO") }, tr("alert SID"));
}

ApiRequest FetchAlertJob::firstRequest() const
{
    return request("GET", ApiProduct::Monitor, QStringLiteral("/v1/Alerts/") + m_sid, QStringLiteral("alerts.fetch"));
}

ListWebhookDeliveriesJob::ListWebhookDeliveriesJob(
    ApiClient* client, const QString& messageSid, int limit, int pageSize)
    : PageJob(client, ApiProduct::Api, QStringLiteral("webhook-events.list"), limit)
    , m_messageSid(messageSid.trimmed())
    , m_pageSize(pageSize)
{ }

QString ListWebhookDeliveriesJob::validateQuery()
{
    if (m_messageSid.isEmpty())
        return {};
    return Sid::shapeProblem(m_messageSid, { QStringLiteral("SM"), QStringLiteral("MM") }, tr("message SID"));
}

ApiRequest ListWebhookDeliveriesJob::firstPageRequest() const
{
    FormFields query;
    if (!m_messageSid.isEmpty())
        query.append({ QStringLiteral("MessageSid"), m_messageSid });
    query.append({ QStringLiteral("PageSize"), QString::number(m_pageSize) });
    return accountRequest(
        "GET", kExtension + QStringLiteral("/WebhookEvents.json"), QStringLiteral("webhook-events.list"), query);
}

ResendWebhookDeliveryJob::ResendWebhookDeliveryJob(ApiClient* client, const QString& sid)
    : ResourceJob(client)
    , m_sid(sid.trimmed())
{ }

QString ResendWebhookDeliveryJob::validateInputs()
{
    return Sid::shapeProblem(m_sid, { QStringLiteral("WH") }, tr("webhook event SID"));
}

ApiRequest ResendWebhookDeliveryJob::firstRequest() const
{
    return accountRequest("POST",
        kExtension + QStringLiteral("/WebhookEvents/") + m_sid + QStringLiteral("/Resend.json"),
        QStringLiteral("webhook-events.resend"));
}

SendInboundMessageJob::SendInboundMessageJob(
    ApiClient* client, const QString& from, const QString& to, const QString& body, const QStringList& mediaUrls)
    : ResourceJob(client)
    , m_from(from.trimmed())
    , m_to(to.trimmed())
    , m_body(body)
    , m_mediaUrls(mediaUrls)
{ }

QString SendInboundMessageJob::validateInputs()
{
    const AddressCheck from = PhoneNumbers::check(m_from, PhoneNumbers::Role::To);
    if (!from.isValid())
        return tr("From: %1").arg(from.problem);
    const AddressCheck to = PhoneNumbers::check(m_to, PhoneNumbers::Role::To);
    if (!to.isValid())
        return tr("To: %1").arg(to.problem);
    if (m_body.isEmpty() && m_mediaUrls.isEmpty())
        return tr("A message needs a body or a media URL.");
    m_from = from.normalized;
    m_to = to.normalized;
    return {};
}

ApiRequest SendInboundMessageJob::firstRequest() const
{
    ApiRequest r = accountRequest(
        "POST", kExtension + QStringLiteral("/InboundMessages.json"), QStringLiteral("sandbox.inbound"));
    r.form = { { QStringLiteral("From"), m_from }, { QStringLiteral("To"), m_to }, { QStringLiteral("Body"), m_body } };
    for (const QString& url : m_mediaUrls)
        r.form.append({ QStringLiteral("MediaUrl"), url });
    r.createsResource = true;
    return r;
}

} // namespace textbench
