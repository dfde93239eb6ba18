// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pagejob.h"
#include "api/resourcejob.h"
#include "senders.h"

namespace textbench {

/// \brief GET messaging.twilio.com/v1/Services: the account's Messaging Services.
class ListMessagingServicesJob : public PageJob<MessagingServicePage>
{
    Q_OBJECT
public:
    ListMessagingServicesJob(ApiClient* client, int limit, int pageSize = 50);

Q_SIGNALS:
    void servicesArrived(const QList<textbench::MessagingService>& services);

protected:
    ApiRequest firstPageRequest() const override;
    void pageArrived(const MessagingServicePage&, const QList<MessagingService>& items) override
    {
        Q_EMIT servicesArrived(items);
    }

private:
    int m_pageSize;
};

/// \brief GET messaging.twilio.com/v1/Services/{MG…}
class FetchMessagingServiceJob : public ResourceJob<MessagingService>
{
    Q_OBJECT
public:
    FetchMessagingServiceJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;
    const MessagingService& service() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
};

/// \brief GET messaging.twilio.com/v1/Services/{MG…}/PhoneNumbers: the numbers in a service's sender pool.
class ListServicePhoneNumbersJob : public PageJob<ServicePhoneNumberPage>
{
    Q_OBJECT
public:
    ListServicePhoneNumbersJob(ApiClient* client, const QString& serviceSid, int limit, int pageSize = 50);
    const QString& serviceSid() const { return m_serviceSid; }

Q_SIGNALS:
    void numbersArrived(const QList<textbench::ServicePhoneNumber>& numbers);

protected:
    ApiRequest firstPageRequest() const override;
    QString validateQuery() override;
    void pageArrived(const ServicePhoneNumberPage&, const QList<ServicePhoneNumber>& items) override
    {
        Q_EMIT numbersArrived(items);
    }

private:
    QString m_serviceSid;
    int m_pageSize;
};

/// \brief GET /2010-04-01/Accounts/{AC…}/SMS/ShortCodes.json: the account's short codes.
class ListShortCodesJob : public PageJob<ShortCodePage>
{
    Q_OBJECT
public:
    ListShortCodesJob(ApiClient* client, int limit, int pageSize = 50);

Q_SIGNALS:
    void shortCodesArrived(const QList<textbench::ShortCode>& codes);

protected:
    ApiRequest firstPageRequest() const override;
    void pageArrived(const ShortCodePage&, const QList<ShortCode>& items) override { Q_EMIT shortCodesArrived(items); }

private:
    int m_pageSize;
};

} // namespace textbench
