// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alert.h"
#include "api/pagejob.h"
#include "api/resourcejob.h"
#include "messages/message.h"
#include "webhookdelivery.h"

namespace textbench {

/// \brief GET monitor.twilio.com/v1/Alerts: the account's alerts, newest first, optionally of one log level and
/// between two dates; on any profile (the real account's too).
class ListAlertsJob : public PageJob<AlertPage>
{
    Q_OBJECT
public:
    struct Filter
    {
        QString logLevel; ///< error, warning, notice, debug; empty for all
        QString startDate; ///< ISO 8601 date or date-time; empty for none
        QString endDate;
        int pageSize = 50;
    };
    ListAlertsJob(ApiClient* client, const Filter& filter, int limit);

Q_SIGNALS:
    void alertsArrived(const QList<textbench::Alert>& alerts);

protected:
    ApiRequest firstPageRequest() const override;
    QString validateQuery() override;
    void pageArrived(const AlertPage&, const QList<Alert>& alerts) override { Q_EMIT alertsArrived(alerts); }

private:
    Filter m_filter;
};

/// \brief GET monitor.twilio.com/v1/Alerts/{Sid}: one alert, with the request and the response.
class FetchAlertJob : public ResourceJob<Alert>
{
    Q_OBJECT
public:
    FetchAlertJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;
    const Alert& alert() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
};

/// \brief GET …/Textbench/WebhookEvents.json (the sandbox's extension, not Twilio's): the requests it made to the
/// developer's app, newest first, all or one message's.
class ListWebhookDeliveriesJob : public PageJob<WebhookDeliveryPage>
{
    Q_OBJECT
public:
    ListWebhookDeliveriesJob(ApiClient* client, const QString& messageSid, int limit, int pageSize = 50);

Q_SIGNALS:
    void deliveriesArrived(const QList<textbench::WebhookDelivery>& deliveries);

protected:
    ApiRequest firstPageRequest() const override;
    QString validateQuery() override;
    void pageArrived(const WebhookDeliveryPage&, const QList<WebhookDelivery>& items) override
    {
        Q_EMIT deliveriesArrived(items);
    }

private:
    QString m_messageSid;
    int m_pageSize;
};

/// \brief POST …/Textbench/WebhookEvents/{Sid}/Resend.json: the sandbox sends an event again, as Twilio retries one
/// (the same parameters and idempotency token).
class ResendWebhookDeliveryJob : public ResourceJob<WebhookDelivery>
{
    Q_OBJECT
public:
    ResendWebhookDeliveryJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;
    const WebhookDelivery& delivery() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
};

/// \brief POST …/Textbench/InboundMessages.json (the sandbox's extension): a message from a handset to one of the
/// account's numbers, which then asks the number's SMS URL what to answer. The answer is the inbound Message.
class SendInboundMessageJob : public ResourceJob<Message>
{
    Q_OBJECT
public:
    SendInboundMessageJob(
        ApiClient* client, const QString& from, const QString& to, const QString& body, const QStringList& mediaUrls);
    ApiRequest firstRequest() const override;
    const Message& message() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_from;
    QString m_to;
    QString m_body;
    QStringList m_mediaUrls;
};

} // namespace textbench
