// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxstore.h"

#include <QAbstractHttpServer>
#include <QJsonObject>
#include <QUrl>

namespace textbench::sandbox {

/// \brief A Twilio-compatible Messages API on 127.0.0.1: the same paths, auth check, form parsing, JSON shapes and
/// field types, RFC 2822 dates, paging envelope and error bodies as api.twilio.com.
///
/// Built on QtHttpServer's QAbstractHttpServer so that each answer is written exactly (status line, headers,
/// body). Embeddable (the app and textbench-cli start one when no credentials are configured) and standalone
/// (textbench-sandbox). Messages live in memory for the life of the server.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit SandboxServer(QObject* parent = nullptr);

    /// Listens on 127.0.0.1 only; \a port 0 picks a free one. Returns false when the port is taken.
    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    /// "http://127.0.0.1:PORT"
    QUrl baseUrl() const;

    SandboxClock& clock() { return m_clock; }
    static constexpr double kMinSpeed = 0.001;
    static constexpr double kMaxSpeed = 1e6;
    /// Lifecycle speed: 1 = about two seconds from queued to delivered; larger is faster; 0 freezes messages.
    /// Anything else outside [kMinSpeed, kMaxSpeed] (or not a number) is clamped into it.
    void setSpeed(double speed);
    double speed() const { return m_speed; }

    const SandboxStore& store() const { return m_store; }

    /// The credentials and base URL as one JSON object (textbench-sandbox's first line).
    QJsonObject connectionInfo() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };
    enum class Caller { None, Live, Test };

    Reply dispatch(const QHttpServerRequest& request);
    Caller authenticate(const QHttpServerRequest& request) const;
    Reply createMessage(const QHttpServerRequest& request, bool testCredentials);
    Reply fetchMessage(const QString& sid);
    Reply updateMessage(const QString& sid, const QHttpServerRequest& request);
    Reply deleteMessage(const QString& sid);
    Reply listMedia(const QString& messageSid);
    Reply listMessages(const QHttpServerRequest& request);
    Reply fetchAccount(bool testCredentials) const;

    QJsonObject messageJson(const StoredMessage& message) const;
    static Reply json(int status, const QJsonObject& object);
    static Reply error(int status, int code, const QString& message);
    QString newSid(const QString& prefix);

    SandboxStore m_store;
    SandboxClock m_clock;
    double m_speed = 1.0;
    quint16 m_port = 0;
    quint64 m_sequence = 0;
};

} // namespace textbench::sandbox
