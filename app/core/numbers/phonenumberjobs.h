// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pagejob.h"
#include "api/resourcejob.h"
#include "phonenumber.h"

namespace textbench {

/// \brief GET /Accounts/{sid}/IncomingPhoneNumbers.json: the account's numbers.
class ListPhoneNumbersJob : public PageJob<PhoneNumberPage>
{
    Q_OBJECT
public:
    ListPhoneNumbersJob(ApiClient* client, int limit, int pageSize = 50);

Q_SIGNALS:
    void numbersArrived(const QList<textbench::PhoneNumber>& numbers);

protected:
    ApiRequest firstPageRequest() const override;
    void pageArrived(const PhoneNumberPage&, const QList<PhoneNumber>& items) override { Q_EMIT numbersArrived(items); }

private:
    int m_pageSize;
};

/// \brief GET /Accounts/{sid}/IncomingPhoneNumbers/{Sid}.json
class FetchPhoneNumberJob : public ResourceJob<PhoneNumber>
{
    Q_OBJECT
public:
    FetchPhoneNumberJob(ApiClient* client, const QString& sid);
    ApiRequest firstRequest() const override;
    const PhoneNumber& number() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
};

/// \brief POST /Accounts/{sid}/IncomingPhoneNumbers/{Sid}.json: the SMS URLs and methods, the friendly name. Only
/// the fields given are sent; an empty URL clears it.
class UpdatePhoneNumberJob : public ResourceJob<PhoneNumber>
{
    Q_OBJECT
public:
    /// \a fields: Twilio's names (SmsUrl, SmsMethod, SmsFallbackUrl, SmsFallbackMethod, FriendlyName, …).
    UpdatePhoneNumberJob(ApiClient* client, const QString& sid, const FormFields& fields);
    ApiRequest firstRequest() const override;
    const PhoneNumber& number() const { return result(); }

protected:
    QString validateInputs() override;

private:
    QString m_sid;
    FormFields m_fields;
};

} // namespace textbench
