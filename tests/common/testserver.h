// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace textbench::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

/// One request as the server received it.
struct RecordedRequest
{
    QByteArray method;
    QUrl url;
    QByteArray path;
    QByteArray query; ///< the raw query string, as encoded on the wire
    Headers headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

/// \brief An HTTP server on 127.0.0.1 (port 0) for tests, built on QtHttpServer's QAbstractHttpServer so that a
/// handler gets the raw socket: it can answer normally, or misbehave (hang, drip, close mid-body, lie).
///
/// Every request is recorded. With no handler set, the server answers 404 with a Twilio error body.
class TestServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const RecordedRequest& request, QTcpSocket* socket)>;

    /// \a alsoIpv6: listen on ::1 too (the same port), so "localhost" reaches it whichever address it resolves to.
    explicit TestServer(bool alsoIpv6 = false, QObject* parent = nullptr);
    /// A server on \a address and \a port (another loopback address, such as 127.0.0.2, on a port already taken on
    /// 127.0.0.1: the same scheme and port, another host). port() is 0 when it could not listen.
    TestServer(const QHostAddress& address, quint16 port, QObject* parent = nullptr);
    /// An HTTPS server on 127.0.0.1 presenting \a certificate (QtHttpServer needs TLS set up before it listens).
    TestServer(const QSslCertificate& certificate, const QSslKey& key, QObject* parent = nullptr);

    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT" (or with another host name, such as localhost)
    QString baseUrl(const QString& host = QStringLiteral("127.0.0.1")) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest>& requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

    // Answers, for handlers.
    static void reply(QTcpSocket* socket, int status, const QByteArray& body, const Headers& extraHeaders = {},
        const QByteArray& contentType = "application/json");
    static void replyJson(QTcpSocket* socket, int status, const QJsonDocument& json, const Headers& extraHeaders = {});
    /// Twilio's error body: {code, message, more_info, status}.
    static void replyTwilioError(
        QTcpSocket* socket, int status, int code, const QString& message, const Headers& extraHeaders = {});
    /// Writes the status line and headers (Content-Length \a declaredLength), then \a body one byte every
    /// \a intervalMs.
    static void drip(QTcpSocket* socket, const QByteArray& body, int intervalMs, qint64 declaredLength = -1);
    /// Writes raw bytes and closes the connection.
    static void writeAndClose(QTcpSocket* socket, const QByteArray& bytes);

Q_SIGNALS:
    void requestReceived();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    quint16 m_port = 0;
};

} // namespace textbench::test
