// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks' little HTTP/1.1 servers share: one request taken off a keep-alive connection's buffer.
// Enough for loopback clients we wrote or know (Content-Length bodies, no chunked requests); not a general parser.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpSocket>

#include <optional>

namespace textbench::bench {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;

    [[nodiscard]] QByteArray path() const
    {
        return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    }
    [[nodiscard]] QByteArray query() const
    {
        return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
    }
};

/// A connection's socket, without Nagle's delay, deleted when the client hangs up.
inline QTcpSocket* adoptConnection(QObject* parent, qintptr descriptor)
{
    auto* socket = new QTcpSocket(parent);
    socket->setSocketDescriptor(descriptor);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    return socket;
}

/// Removes the first whole request from \a buffer and returns it; nothing while the buffer holds only part of one.
inline std::optional<HttpRequest> takeRequest(QByteArray& buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    HttpRequest request;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return std::nullopt;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    return request;
}

} // namespace textbench::bench
