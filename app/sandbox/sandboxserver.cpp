// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "sandboxaccount.h"
#include "sandboxjson.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

#include <cmath>

namespace textbench::sandbox {

SandboxServer::SandboxServer(QObject* parent)
    : QAbstractHttpServer(parent)
{
    // The routes: method, Twilio's path, handler (and whether test credentials may call it).
    using Method = Router::Method;
    const QString account = QStringLiteral("/2010-04-01/Accounts/{AccountSid}");
    const auto on = [this](auto resource, auto handler) {
        return [resource, handler](const Request& r) { return (resource->*handler)(r); };
    };
    m_router.add(Method::Get, QStringLiteral("/2010-04-01/Accounts.json"), on(&m_accounts, &AccountsResource::list));
    m_router.add(Method::Get, account + u".json", on(&m_accounts, &AccountsResource::fetch));
    m_router.add(Method::Post, account + u"/Messages.json", on(&m_messages, &MessagesResource::create),
        Router::Access::TestCredentialsToo);
    m_router.add(Method::Get, account + u"/Messages.json", on(&m_messages, &MessagesResource::list));
    m_router.add(Method::Get, account + u"/Messages/{Sid}.json", on(&m_messages, &MessagesResource::fetch));
    m_router.add(Method::Post, account + u"/Messages/{Sid}.json", on(&m_messages, &MessagesResource::update));
    m_router.add(Method::Delete, account + u"/Messages/{Sid}.json", on(&m_messages, &MessagesResource::remove));
    m_router.add(Method::Get, account + u"/Messages/{Sid}/Media.json", on(&m_messages, &MessagesResource::media));
    m_router.add(
        Method::Post, account + u"/Messages/{Sid}/Feedback.json", on(&m_messages, &MessagesResource::feedback));
    m_router.add(Method::Get, account + u"/SMS/ShortCodes.json", on(&m_accounts, &AccountsResource::shortCodes));
    const QString numbers = account + u"/IncomingPhoneNumbers";
    m_router.add(Method::Get, numbers + u".json", on(&m_numbers, &PhoneNumbersResource::list));
    m_router.add(Method::Post, numbers + u".json", on(&m_numbers, &PhoneNumbersResource::create));
    m_router.add(Method::Get, numbers + u"/{Sid}.json", on(&m_numbers, &PhoneNumbersResource::fetch));
    m_router.add(Method::Post, numbers + u"/{Sid}.json", on(&m_numbers, &PhoneNumbersResource::update));
    m_router.add(Method::Delete, numbers + u"/{Sid}.json", on(&m_numbers, &PhoneNumbersResource::remove));
    // Messaging (messaging.twilio.com on Twilio), on the same origin.
    m_router.add(Method::Get, QStringLiteral("/v1/Services"), on(&m_services, &ServicesResource::list));
    m_router.add(Method::Get, QStringLiteral("/v1/Services/{Sid}"), on(&m_services, &ServicesResource::fetch));
    m_router.add(Method::Post, QStringLiteral("/v1/Services/{Sid}"), on(&m_services, &ServicesResource::update));
    m_router.add(Method::Get, QStringLiteral("/v1/Services/{Sid}/PhoneNumbers"),
        on(&m_accounts, &AccountsResource::servicePhoneNumbers));
    // Lookups (lookups.twilio.com on Twilio), on the same origin.
    m_router.add(Method::Get, QStringLiteral("/v2/PhoneNumbers/{Number}"), on(&m_lookups, &LookupsResource::fetch));
    // Monitor (monitor.twilio.com on Twilio), on the same origin.
    m_router.add(Method::Get, QStringLiteral("/v1/Alerts"), on(&m_alerts, &AlertsResource::list));
    m_router.add(Method::Get, QStringLiteral("/v1/Alerts/{Sid}"), on(&m_alerts, &AlertsResource::fetch));
    // Textbench's own extensions, not Twilio's: named so that no client takes them for Twilio's API.
    const QString extension = account + u"/Textbench";
    m_router.add(Method::Post, extension + u"/InboundMessages.json", on(&m_inbound, &InboundMessages::receiveRequest));
    m_router.add(Method::Get, extension + u"/WebhookEvents.json", on(&m_events, &WebhookEventsResource::list));
    m_router.add(Method::Get, extension + u"/WebhookEvents/{Sid}.json", on(&m_events, &WebhookEventsResource::fetch));
    m_router.add(
        Method::Post, extension + u"/WebhookEvents/{Sid}/Resend.json", on(&m_events, &WebhookEventsResource::resend));

    m_numbers.addStartingNumbers({});
    m_services.addStartingService();
    m_accounts.addStartingSenders();
    connect(&m_dispatcher, &WebhookDispatcher::eventChanged, this, &SandboxServer::changed);
    connect(&m_dispatcher, &WebhookDispatcher::alertRaised, this, &SandboxServer::changed);
    // A manual clock (tests) moves the status callbacks; the real one has their timer.
    m_state.clock.setOnMoved([this] { m_callbacks.processDue(); });
}

void SandboxServer::setSmsUrl(const QString& url)
{
    if (StoredPhoneNumber* first = m_state.numbers.find(m_state.numbers.all().value(0).sid))
        first->smsUrl = url;
}

Reply SandboxServer::receiveInbound(
    const QString& from, const QString& to, const QString& body, const QStringList& mediaUrls)
{
    Reply reply = m_inbound.receive(from, to, body, mediaUrls);
    Q_EMIT changed();
    return reply;
}

QUrl SandboxServer::inboundUrl() const
{
    return QUrl(baseUrl().toString() + Json::accountPath(Account::kAccountSid) + u"/Textbench/InboundMessages.json");
}

void SandboxServer::setSpeed(double speed)
{
    m_state.speed = speed == 0 ? 0 : std::isfinite(speed) ? std::clamp(speed, kMinSpeed, kMaxSpeed) : 1.0;
    m_callbacks.speedChanged();
}

bool SandboxServer::listen(quint16 port)
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

SandboxServer::Connection SandboxServer::connection() const
{
    return { Credentials::withAuthToken(Account::kAccountSid, Account::kAuthToken), ApiEndpoint::custom(baseUrl()) };
}

QJsonObject SandboxServer::connectionInfo() const
{
    return QJsonObject {
        { QStringLiteral("base_url"), baseUrl().toString() },
        { QStringLiteral("account_sid"), Account::kAccountSid },
        { QStringLiteral("auth_token"), Account::kAuthToken },
        { QStringLiteral("api_key_sid"), Account::kApiKeySid },
        { QStringLiteral("api_key_secret"), Account::kApiKeySecret },
        { QStringLiteral("test_account_sid"), Account::kTestAccountSid },
        { QStringLiteral("test_auth_token"), Account::kTestAuthToken },
        { QStringLiteral("messaging_service_sid"), Account::kMessagingServiceSid },
        { QStringLiteral("phone_numbers"),
            [this] {
                QJsonArray numbers;
                for (const StoredPhoneNumber& n : m_state.numbers.all())
                    numbers.append(QJsonObject {
                        { QStringLiteral("sid"), n.sid }, { QStringLiteral("phone_number"), n.phoneNumber } });
                return numbers;
            }() },
        { QStringLiteral("inbound_url"), inboundUrl().toString() },
    };
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Caller caller = authenticate(request);
    const Reply reply = caller == Caller::Test
        ? m_router.route(request, caller, Account::kTestAccountSid)
        : m_router.route(request, caller, Account::kAccountSid, Account::subaccountSids());
    const bool close = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;
    socket->write(reply.toHttp(m_state.newSid(QStringLiteral("RQ")).toLatin1(), close));
    if (close)
        socket->disconnectFromHost(); // after the written bytes are sent
    if (request.method() != QHttpServerRequest::Method::Get && reply.status < 400)
        Q_EMIT changed();
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // Every request is handled in handleRequest(); nothing reaches here.
}

Caller SandboxServer::authenticate(const QHttpServerRequest& request)
{
    const QByteArray header = request.value("Authorization");
    if (header.size() < 6 || QByteArrayView(header).first(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return Caller::None;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return Caller::None;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if ((user == Account::kAccountSid && password == Account::kAuthToken)
        || (user == Account::kApiKeySid && password == Account::kApiKeySecret))
        return Caller::Live;
    if (user == Account::kTestAccountSid && password == Account::kTestAuthToken)
        return Caller::Test;
    return Caller::None;
}

} // namespace textbench::sandbox
