// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "requestlog.h"
#include "secretmasker.h"
#include "sid.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSysInfo>

namespace textbench {

namespace {
QJsonArray pairsToJson(const auto& pairs)
{
    QJsonArray out;
    for (const auto& [name, value] : pairs) {
        if constexpr (std::is_same_v<std::decay_t<decltype(name)>, QByteArray>)
            out.append(QJsonArray { QString::fromLatin1(name), QString::fromUtf8(value) });
        else
            out.append(QJsonArray { name, value });
    }
    return out;
}
} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_log(new RequestLog(this))
{
    // Qt 6.4's default policy would follow a redirect to another host or port with the raw Authorization header.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Calls hold replies of the manager; end them before the manager goes.
    const auto calls = findChildren<ApiCall*>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
}

QByteArray ApiClient::userAgent()
{
    static const QByteArray ua
        = QStringLiteral("Textbench/%1 (%2 %3; %4) Qt/%5")
              .arg(QStringLiteral(TEXTBENCH_VERSION), QSysInfo::kernelType(), QSysInfo::currentCpuArchitecture(),
                  QSysInfo::prettyProductName(), QString::fromLatin1(qVersion()))
              .toUtf8();
    return ua;
}

HeaderList ApiClient::requestHeaders(const ApiRequest& request, const Credentials& credentials) const
{
    // The official Node library's headers, in its order. On DELETE the library sets no Accept of its own and its
    // HTTP client (axios) sends its default, so that is what goes out (checked by the node conformance test).
    HeaderList headers;
    headers.append({ QByteArray("Accept"),
        request.method == "DELETE" ? QByteArray("application/json, text/plain, */*")
                                   : QByteArray("application/json") });
    if (request.hasBody())
        headers.append({ QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
    headers.append({ QByteArray("User-Agent"), userAgent() });
    headers.append({ QByteArray("Accept-Charset"), QByteArray("utf-8") });
    headers.append({ QByteArray("Authorization"), credentials.authorizationHeader() });
    return headers;
}

void ApiClient::setTarget(const Credentials& credentials, const ApiEndpoint& endpoint)
{
    m_session.credentials = credentials;
    m_session.endpoint = endpoint;
    m_session.accountSid = credentials.accountSid();
    ++m_session.generation;
    Q_EMIT targetChanged();
}

void ApiClient::setAccount(const QString& accountSid)
{
    if (!accountSid.isEmpty() && !Sid::hasShape(accountSid, { QStringLiteral("AC") }))
        return; // never a path segment that is not an Account SID
    const QString sid = accountSid.isEmpty() ? m_session.credentials.accountSid() : accountSid;
    if (sid == m_session.accountSid)
        return;
    m_session.accountSid = sid;
    ++m_session.generation;
    Q_EMIT targetChanged();
}

QJsonObject ApiClient::describe(const ApiRequest& request, const ApiSession& session) const
{
    const SecretMasker masker(session.credentials);
    QJsonObject o {
        { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("url"), request.url.toString(QUrl::FullyEncoded) },
        { QStringLiteral("headers"), pairsToJson(masker.maskHeaders(requestHeaders(request, session.credentials))) },
    };
    if (request.hasBody()) {
        FormFields masked;
        for (const auto& [name, value] : request.form)
            masked.append({ name, masker.mask(value) });
        o.insert(QStringLiteral("form"), pairsToJson(masked));
        o.insert(QStringLiteral("body"), QString::fromLatin1(masker.mask(FormEncoding::encode(request.form))));
    }
    return o;
}

ApiCall* ApiClient::send(const ApiRequest& request, const ApiSession& session)
{
    auto* call = new ApiCall(this, request, session);
    call->startAttempt();
    return call;
}

} // namespace textbench
