// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of the misbehaving servers and of the leak checks.
#include "hostile.h"

namespace hostile {

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Hostile\r\n";
}

// Closes the connection with a TCP reset instead of a FIN: the peer sees "connection reset by peer".
void resetConnection(QTcpSocket* s)
{
    s->flush();
    const qintptr fd = s->socketDescriptor();
    if (fd >= 0) {
        const linger l { 1, 0 };
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
    s->abort();
}

quint32 crc32(const QByteArray& data)
{
    static const auto table = [] {
        std::array<quint32, 256> t {};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// \a plain as one gzip member (RFC 1952).
QByteArray gzip(const QByteArray& plain)
{
    const QByteArray zlib = qCompress(plain, 9).mid(4); // qCompress: 4-byte length, then a zlib stream
    const QByteArray deflate = zlib.mid(2, zlib.size() - 6); // zlib: 2-byte header, raw deflate, 4-byte Adler-32
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += deflate;
    const quint32 crc = crc32(plain);
    const quint32 isize = quint32(plain.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        out += char((isize >> (8 * i)) & 0xFF);
    return out;
}

QByteArray messageBody(const QString& sid)
{
    return QJsonDocument(textbench::test::messageJson(sid)).toJson(QJsonDocument::Compact);
}

// The secret in every form a leak could take.
QList<QByteArray> secretForms()
{
    const QByteArray raw = kToken.toUtf8();
    return { raw, QByteArray(kAccount.toUtf8() + ':' + raw).toBase64(), raw.toBase64(),
        QUrl::toPercentEncoding(kToken) };
}

bool containsSecret(const QByteArray& text)
{
    for (const QByteArray& form : secretForms()) {
        if (text.contains(form))
            return true;
    }
    return false;
}

// \a text with every form of the secret replaced, for failure messages (which land in CTest's log).
QByteArray masked(QByteArray text)
{
    for (const QByteArray& form : secretForms())
        text.replace(form, "[secret]");
    return text;
}

// Everything that can carry the outcome to a user or a file.
QByteArray everythingShown(const ApiError& e, const RequestLog& log)
{
    QByteArray all = e.toText().toUtf8() + QJsonDocument(e.toJson()).toJson() + e.bodySample();
    for (const RequestLogEntry& entry : log.entries()) {
        all += entry.outcome.toUtf8() + entry.requestBody + entry.responseBody + entry.toCurl().toUtf8();
        for (const auto& [n, v] : entry.requestHeaders)
            all += n + ": " + v + '\n';
        for (const auto& [n, v] : entry.responseHeaders)
            all += n + ": " + v + '\n';
    }
    return all;
}

QList<RecordedRequest> actionRequests(const TestServer& server)
{
    static const QRegularExpression background(
        QStringLiteral("(/IncomingPhoneNumbers\\.json|/SMS/ShortCodes\\.json|/v1/Services(/MG[^/]*/PhoneNumbers)?|"
                       "/2010-04-01/Accounts\\.json)$"));
    QList<RecordedRequest> out;
    for (const RecordedRequest& r : server.requests())
        if (r.method != "GET" || !background.match(QString::fromLatin1(r.path)).hasMatch())
            out << r;
    return out;
}

int cliExitFor(ApiError::Kind kind, int httpStatus)
{
    switch (kind) {
    case ApiError::Kind::None:
        return 0;
    case ApiError::Kind::InvalidInput:
        return 2;
    case ApiError::Kind::Credentials:
        return 3;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Redirect:
        return 6;
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::Oversize:
        return 7;
    case ApiError::Kind::Cancelled:
        return 130;
    case ApiError::Kind::Http:
        break;
    }
    if (httpStatus == 401 || httpStatus == 403)
        return 3;
    if (httpStatus == 404)
        return 4;
    if (httpStatus == 429)
        return 5;
    return httpStatus >= 500 ? 7 : 8;
}

QString kindName(ApiError::Kind k)
{
    static const char* const names[] = { "None", "InvalidInput", "Credentials", "Network", "Tls", "Timeout", "Redirect",
        "Http", "BadResponse", "Oversize", "Cancelled" };
    return QString::fromLatin1(names[int(k)]);
}

} // namespace hostile
