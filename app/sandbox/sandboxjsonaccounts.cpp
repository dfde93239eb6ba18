// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes of the sandbox's accounts and senders (2010-04-01 Accounts and SMS/ShortCodes, messaging v1
// Services/{MG}/PhoneNumbers) and of Message Feedback, as Twilio's specs have them.
#include "sandboxaccount.h"
#include "sandboxjson.h"

namespace textbench::sandbox::Json {

namespace {
const QDateTime& accountsCreated()
{
    static const QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return created;
}
} // namespace

QJsonObject account(const QString& sid)
{
    QString name = Account::kFriendlyName;
    QString status = QStringLiteral("active");
    QString token = Account::kAuthToken;
    if (sid != Account::kAccountSid) {
        const auto& subs = Account::subaccounts();
        const auto it
            = std::find_if(subs.begin(), subs.end(), [&sid](const Account::Subaccount& a) { return a.sid == sid; });
        if (it == subs.end())
            return {};
        name = it->friendlyName;
        status = it->status;
        token = it->authToken;
    }
    const QString uri = accountPath(sid);
    const auto sub = [&uri](QStringView rest) { return QString(uri + rest); };
    return QJsonObject {
        { QStringLiteral("auth_token"), token },
        { QStringLiteral("date_created"), date(accountsCreated()) },
        { QStringLiteral("date_updated"), date(accountsCreated()) },
        { QStringLiteral("friendly_name"), name },
        { QStringLiteral("owner_account_sid"), Account::kAccountSid },
        { QStringLiteral("sid"), sid },
        { QStringLiteral("status"), status },
        { QStringLiteral("subresource_uris"),
            QJsonObject {
                { QStringLiteral("messages"), sub(u"/Messages.json") },
                { QStringLiteral("incoming_phone_numbers"), sub(u"/IncomingPhoneNumbers.json") },
                { QStringLiteral("short_codes"), sub(u"/SMS/ShortCodes.json") },
            } },
        { QStringLiteral("type"), QStringLiteral("Full") },
        { QStringLiteral("uri"), sub(u".json") },
    };
}

QJsonObject shortCode(const StoredShortCode& c, const QString& accountSid)
{
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("date_created"), date(c.created) },
        { QStringLiteral("date_updated"), date(c.created) },
        { QStringLiteral("friendly_name"), c.friendlyName },
        { QStringLiteral("short_code"), c.shortCode },
        { QStringLiteral("sid"), c.sid },
        { QStringLiteral("sms_fallback_method"), c.smsFallbackMethod },
        { QStringLiteral("sms_fallback_url"), stringOrNull(c.smsFallbackUrl) },
        { QStringLiteral("sms_method"), c.smsMethod },
        { QStringLiteral("sms_url"), stringOrNull(c.smsUrl) },
        { QStringLiteral("uri"), QString(accountPath(accountSid) + u"/SMS/ShortCodes/" + c.sid + u".json") },
    };
}

QJsonObject servicePhoneNumber(
    const StoredPhoneNumber& n, const StoredService& service, const QString& accountSid, const QString& origin)
{
    QJsonArray capabilities;
    if (n.sms)
        capabilities.append(QStringLiteral("SMS"));
    if (n.mms)
        capabilities.append(QStringLiteral("MMS"));
    if (n.voice)
        capabilities.append(QStringLiteral("Voice"));
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("capabilities"), capabilities },
        { QStringLiteral("country_code"), QStringLiteral("US") },
        { QStringLiteral("date_created"), isoDate(n.created) },
        { QStringLiteral("date_updated"), isoDate(n.updated) },
        { QStringLiteral("phone_number"), n.phoneNumber },
        { QStringLiteral("service_sid"), service.sid },
        { QStringLiteral("sid"), n.sid },
        { QStringLiteral("url"), QString(origin + u"/v1/Services/" + service.sid + u"/PhoneNumbers/" + n.sid) },
    };
}

QJsonObject feedback(const StoredMessage& m, const QString& accountSid)
{
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("date_created"), date(m.feedbackCreated) },
        { QStringLiteral("date_updated"), date(m.feedbackUpdated) },
        { QStringLiteral("message_sid"), m.sid },
        { QStringLiteral("outcome"), m.feedbackOutcome },
        { QStringLiteral("uri"), QString(accountPath(accountSid) + u"/Messages/" + m.sid + u"/Feedback.json") },
    };
}

} // namespace textbench::sandbox::Json
