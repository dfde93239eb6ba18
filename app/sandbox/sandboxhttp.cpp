// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxhttp.h"

#include "api/apiendpoint.h"
#include "sandboxaccount.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

namespace textbench::sandbox {

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    default:
        return "Status";
    }
}
} // namespace

FormFields Request::query() const
{
    return FormEncoding::decode(http.url().query(QUrl::FullyEncoded).toLatin1());
}

bool Request::isSubaccount() const
{
    return caller == Caller::Live && accountSid != Account::kAccountSid;
}

QString Request::origin() const
{
    return http.url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

Reply Reply::json(int status, const QJsonObject& object)
{
    return { status, QJsonDocument(object).toJson(QJsonDocument::Compact) };
}

Reply Reply::error(int status, int code, const QString& message)
{
    return json(status,
        QJsonObject {
            { QStringLiteral("code"), code },
            { QStringLiteral("message"), message },
            { QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) },
            { QStringLiteral("status"), status },
        });
}

Reply Reply::notFound(const QString& path)
{
    return error(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(path.left(200)));
}

QByteArray Reply::toHttp(const QByteArray& requestId, bool close) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: "
        + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1()
        + "\r\n";
    if (status != 204)
        out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Twilio-Request-Id: " + requestId + "\r\n";
    out += "Twilio-Concurrent-Requests: 1\r\n";
    if (status == 401)
        out += "WWW-Authenticate: Basic realm=\"Twilio API\"\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

namespace WebhookFields {

std::optional<Reply> url(const FormFields& form, const char* name, QString* field)
{
    const QString v = FormEncoding::value(form, QString::fromLatin1(name));
    if (v.isNull())
        return std::nullopt;
    if (const QString trimmed = v.trimmed(); !trimmed.isEmpty() && !ApiEndpoint::isWebUrl(trimmed))
        return Reply::error(
            400, 21502, QStringLiteral("%1 is not a valid URL: %2").arg(QString::fromLatin1(name), trimmed.left(200)));
    *field = v.trimmed();
    return std::nullopt;
}

std::optional<Reply> method(const FormFields& form, const char* name, QString* field)
{
    const QString v = FormEncoding::value(form, QString::fromLatin1(name));
    if (v.isNull())
        return std::nullopt;
    const QString upper = v.trimmed().toUpper();
    if (upper != u"GET" && upper != u"POST")
        return Reply::error(400, 21503,
            QStringLiteral("%1 must be GET or POST, not %2.").arg(QString::fromLatin1(name), upper.left(20)));
    *field = upper;
    return std::nullopt;
}

} // namespace WebhookFields

} // namespace textbench::sandbox
