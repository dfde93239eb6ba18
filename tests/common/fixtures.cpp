// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "api/apiclient.h"
#include "api/apijob.h"

#include <QSignalSpy>
#include <QTest>

namespace textbench::test {

QJsonObject messageJson(const QString& sid, const QString& status)
{
    return QJsonObject {
        { QStringLiteral("sid"), sid },
        { QStringLiteral("account_sid"), kAccountSid },
        { QStringLiteral("status"), status },
        { QStringLiteral("direction"), QStringLiteral("outbound-api") },
        { QStringLiteral("from"), QStringLiteral("+15005550006") },
        { QStringLiteral("to"), QStringLiteral("+14155552671") },
        { QStringLiteral("body"), QStringLiteral("Hello from the test") },
        { QStringLiteral("num_segments"), QStringLiteral("1") },
        { QStringLiteral("num_media"), QStringLiteral("0") },
        { QStringLiteral("price"), QJsonValue::Null },
        { QStringLiteral("error_code"), QJsonValue::Null },
        { QStringLiteral("date_created"), QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0000") },
    };
}

QJsonObject twilioShapedMessage()
{
    const QString uri
        = QStringLiteral("/2010-04-01/Accounts/") + kAccountSid + QStringLiteral("/Messages/") + kMessageSid;
    return QJsonObject {
        { QStringLiteral("account_sid"), kAccountSid },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("body"), QStringLiteral("Hi") },
        { QStringLiteral("date_created"), QStringLiteral("Thu, 24 Aug 2023 05:01:45 +0000") },
        { QStringLiteral("date_sent"), QStringLiteral("Thu, 24 Aug 2023 05:01:46 +0000") },
        { QStringLiteral("date_updated"), QStringLiteral("Thu, 24 Aug 2023 05:01:47 +0000") },
        { QStringLiteral("direction"), QStringLiteral("outbound-api") },
        { QStringLiteral("error_code"), QJsonValue::Null },
        { QStringLiteral("error_message"), QJsonValue::Null },
        { QStringLiteral("from"), QStringLiteral("+15005550006") },
        { QStringLiteral("messaging_service_sid"), QJsonValue::Null },
        { QStringLiteral("num_media"), QStringLiteral("0") },
        { QStringLiteral("num_segments"), QStringLiteral("1") },
        { QStringLiteral("price"), QStringLiteral("-0.00790") },
        { QStringLiteral("price_unit"), QStringLiteral("USD") },
        { QStringLiteral("sid"), kMessageSid },
        { QStringLiteral("status"), QStringLiteral("delivered") },
        { QStringLiteral("subresource_uris"),
            QJsonObject { { QStringLiteral("media"), QString(uri + u"/Media.json") },
                { QStringLiteral("feedback"), QString(uri + u"/Feedback.json") } } },
        { QStringLiteral("to"), QStringLiteral("+14155552671") },
        { QStringLiteral("uri"), QString(uri + u".json") },
    };
}

QString sidNumber(int i)
{
    return QStringLiteral("SM%1").arg(i, 32, 16, QChar(u'0'));
}

bool finishes(ApiJob* job, int timeoutMs)
{
    job->setAutoDelete(false);
    QSignalSpy spy(job, &ApiJob::finished);
    job->start();
    return spy.wait(timeoutMs) && spy.count() == 1;
}

RequestPolicy fastPolicy()
{
    RequestPolicy p;
    p.inactivityTimeoutMs = 2000;
    p.deadlineMs = 5000;
    p.retryBaseDelayMs = 10;
    p.retryMaxDelayMs = 40;
    return p;
}

std::unique_ptr<ApiClient> makeClient(const QString& baseUrl)
{
    auto client = std::make_unique<ApiClient>();
    client->setCredentials(Credentials::withAuthToken(kAccountSid, kAuthToken));
    client->setEndpoint(ApiEndpoint::custom(baseUrl));
    client->setPolicy(fastPolicy());
    return client;
}

void waitToSeeNothingHappen(int ms)
{
    QTest::qWait(ms);
}

} // namespace textbench::test
