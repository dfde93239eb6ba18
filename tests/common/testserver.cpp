// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>

namespace textbench::test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& [n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

TestServer::TestServer(bool alsoIpv6, QObject* parent)
    : QAbstractHttpServer(parent)
{
    m_port = listen(QHostAddress::LocalHost, 0);
    if (alsoIpv6)
        listen(QHostAddress::LocalHostIPv6, m_port); // may fail where IPv6 is off; 127.0.0.1 is enough then
}

TestServer::TestServer(const QHostAddress& address, quint16 port, QObject* parent)
    : QAbstractHttpServer(parent)
{
    m_port = listen(address, port);
}

TestServer::TestServer(const QSslCertificate& certificate, const QSslKey& key, QObject* parent)
    : QAbstractHttpServer(parent)
{
    sslSetup(certificate, key);
    m_port = listen(QHostAddress::LocalHost, 0);
}

QString TestServer::baseUrl(const QString& host) const
{
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

bool TestServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    RecordedRequest r;
    static const QHash<QHttpServerRequest::Method, QByteArray> methods {
        { QHttpServerRequest::Method::Get, "GET" },       { QHttpServerRequest::Method::Post, "POST" },
        { QHttpServerRequest::Method::Delete, "DELETE" }, { QHttpServerRequest::Method::Put, "PUT" },
        { QHttpServerRequest::Method::Head, "HEAD" },     { QHttpServerRequest::Method::Patch, "PATCH" },
    };
    r.method = methods.value(request.method(), "OTHER");
    r.url = request.url();
    r.path = request.url().path(QUrl::FullyEncoded).toLatin1();
    r.query = request.url().query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    m_requests.append(r);
    Q_EMIT requestReceived();
    if (m_handler)
        m_handler(r, socket);
    else
        replyTwilioError(socket, 404, 20404, QStringLiteral("The requested resource was not found"));
    return true;
}

void TestServer::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    reply(socket, 500, "{}");
}

void TestServer::reply(QTcpSocket* socket, int status, const QByteArray& body, const Headers& extraHeaders,
                       const QByteArray& contentType)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Status\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto& [name, value] : extraHeaders)
        out += name + ": " + value + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}

void TestServer::replyJson(QTcpSocket* socket, int status, const QJsonDocument& json, const Headers& extraHeaders)
{
    reply(socket, status, json.toJson(QJsonDocument::Compact), extraHeaders);
}

void TestServer::replyTwilioError(QTcpSocket* socket, int status, int code, const QString& message,
                                  const Headers& extraHeaders)
{
    replyJson(socket, status,
              QJsonDocument(QJsonObject {
                  { QStringLiteral("code"), code },
                  { QStringLiteral("message"), message },
                  { QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) },
                  { QStringLiteral("status"), status },
              }),
              extraHeaders);
}

void TestServer::drip(QTcpSocket* socket, const QByteArray& body, int intervalMs, qint64 declaredLength)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(declaredLength >= 0 ? declaredLength : body.size()) + "\r\n\r\n");
    auto* timer = new QTimer(socket);
    auto position = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, position] {
        if (*position >= body.size()) {
            timer->stop();
            return;
        }
        socket->write(body.mid(*position, 1));
        ++*position;
    });
    timer->start(intervalMs);
}

void TestServer::writeAndClose(QTcpSocket* socket, const QByteArray& bytes)
{
    socket->write(bytes);
    socket->flush();
    socket->disconnectFromHost();
}

} // namespace textbench::test
