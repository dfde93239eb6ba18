// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark fixture (not a test): the smallest Twilio-shaped HTTP/1.1 server that answers what the benchmarks ask,
// so that the server's own cost is as close to nothing as we can make it and the figures measure the clients.
// The embedded sandbox would distort them: it validates every create, stores and ages messages, and renders pages
// from its store; here a create costs one formatted template, and each page of the log is rendered once, then
// served from memory.
//
//   bench_server [--messages N]     prints {"base_url": "...", "account_sid": "...", "auth_token": "..."} and serves:
//   POST /2010-04-01/Accounts/AC…/Messages.json          201, a queued message with a new SID
//   GET  /2010-04-01/Accounts/AC…/Messages/SM….json      200, that message, delivered
//   GET  /2010-04-01/Accounts/AC…/Messages.json?PageSize=&Page=&PageToken=   a page of N messages in all
// Anything else is a Twilio-style 404. Requests without an Authorization header get Twilio's 401 (error 20003).
// When the last byte of a list's first page (no PageToken) has been handed to the kernel, it prints
// {"first_page_written_ns": N} on stdout, N on CLOCK_MONOTONIC (Node's process.hrtime.bigint()): run.mjs measures
// how soon after it a client prints its first line.
// Keep-alive, pipelining and "Connection: close" as HTTP/1.1 says; one thread.
#include "benchhttp.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <ctime>

namespace {

const QByteArray kAccount = "AC0000000000000000000000000000be7c"; // hex, as SIDs are
const QByteArray kToken = "benchmarkauthtoken0000000000000";
const QByteArray kPrefix = "/2010-04-01/Accounts/" + kAccount;

qint64 monotonicNs()
{
    timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

QByteArray sidFor(qint64 n)
{
    return "SM" + QByteArray::number(n, 16).rightJustified(32, '0');
}

// A message as Twilio's API sends it (all the fields, in Twilio's order), about 900 bytes.
QByteArray messageJson(const QByteArray& sid, const QByteArray& status, qint64 n)
{
    const QByteArray date = "Thu, 24 Aug 2023 05:01:45 +0000";
    const QByteArray uri = kPrefix + "/Messages/" + sid;
    return "{\"body\": \"Benchmark message " + QByteArray::number(n)
        + ": hello from the fixture\", \"num_segments\": \"1\", \"direction\": \"outbound-api\", "
          "\"from\": \"+15005550006\", \"to\": \"+14155552671\", \"date_updated\": \""
        + date + "\", \"price\": null, \"error_message\": null, \"uri\": \"" + uri + ".json\", \"account_sid\": \""
        + kAccount + "\", \"num_media\": \"0\", \"status\": \"" + status
        + "\", \"messaging_service_sid\": null, \"sid\": \"" + sid + "\", \"date_sent\": "
        + (status == "queued" ? QByteArray("null") : '"' + date + '"') + ", \"date_created\": \"" + date
        + "\", \"error_code\": null, \"price_unit\": \"USD\", \"api_version\": \"2010-04-01\", "
          "\"subresource_uris\": {\"media\": \""
        + uri + "/Media.json\", \"feedback\": \"" + uri + "/Feedback.json\"}}";
}

class Server : public QTcpServer
{
public:
    explicit Server(qint64 total)
        : m_total(total)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket* socket = textbench::bench::adoptConnection(this, descriptor);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
            if (socket->bytesToWrite() == 0 && m_tracing.remove(socket)) {
                std::printf("{\"first_page_written_ns\": %lld}\n", static_cast<long long>(monotonicNs()));
                std::fflush(stdout);
            }
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_tracing.remove(socket); });
    }

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
    };

    void serve(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (const std::optional<textbench::bench::HttpRequest> request = textbench::bench::takeRequest(buffer)) {
            const bool close = request->headers.value("connection").toLower() == "close";
            const bool authorized = !request->headers.value("authorization").isEmpty();
            const QByteArray& target = request->target;
            if (target.contains("/Messages.json?") && !target.contains("PageToken="))
                m_tracing.insert(socket);
            const Reply reply = authorized ? answer(request->method, target)
                                           : Reply { 401,
                                                 "{\"code\": 20003, \"message\": \"Authenticate\", \"more_info\": "
                                                 "\"https://www.twilio.com/docs/errors/20003\", \"status\": 401}" };
            const QByteArray reason = reply.status == 200 ? "OK"
                : reply.status == 201                     ? "Created"
                : reply.status == 401                     ? "Unauthorized"
                                                          : "Not Found";
            socket->write("HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason
                + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: "
                + QByteArray::number(reply.body.size()) + (close ? "\r\nConnection: close" : "") + "\r\n\r\n");
            socket->write(reply.body);
            if (close) {
                m_buffers.remove(socket);
                socket->disconnectFromHost();
                return;
            }
        }
    }

    Reply answer(const QByteArray& method, const QByteArray& target)
    {
        const QUrl url(QString::fromLatin1(target));
        const QByteArray path = url.path().toLatin1();
        const QByteArray messages = kPrefix + "/Messages";
        if (method == "POST" && path == messages + ".json") {
            const qint64 n = ++m_created;
            return { 201, messageJson(sidFor(n), "queued", n) };
        }
        if (method == "GET" && path == messages + ".json")
            return { 200, page(QUrlQuery(url)) };
        if (method == "GET" && path.startsWith(QByteArray(messages + "/SM")) && path.endsWith(".json")) {
            const QByteArray sid = path.mid(messages.size() + 1).chopped(5);
            if (sid.size() == 34)
                return { 200, messageJson(sid, "delivered", sid.mid(2).toLongLong(nullptr, 16)) };
        }
        return { 404,
            "{\"code\": 20404, \"message\": \"The requested resource " + path
                + " was not found\", \"more_info\": \"https://www.twilio.com/docs/errors/20404\", \"status\": 404}" };
    }

    // Page `Page` of `PageSize` messages (newest first, as Twilio lists them), rendered once and kept.
    QByteArray page(const QUrlQuery& query)
    {
        const int asked = query.queryItemValue(QStringLiteral("PageSize")).toInt();
        const qint64 size = qBound(1, asked > 0 ? asked : 50, 1000);
        const qint64 number = qMax(0, query.queryItemValue(QStringLiteral("Page")).toInt());
        const QString key = QString::number(size) + u'/' + QString::number(number);
        if (const auto it = m_pages.constFind(key); it != m_pages.cend())
            return *it;
        const qint64 start = number * size;
        const qint64 end = qMin(m_total, start + size);
        QByteArray body = "{\"first_page_uri\": \"" + kPrefix + "/Messages.json?PageSize=" + QByteArray::number(size)
            + "&Page=0\", \"end\": " + QByteArray::number(qMax(start, end - 1)) + ", \"previous_page_uri\": "
            + (number == 0 ? QByteArray("null")
                           : '"' + kPrefix + "/Messages.json?PageSize=" + QByteArray::number(size)
                        + "&Page=" + QByteArray::number(number - 1) + "&PageToken=PB" + sidFor(m_total - start) + '"')
            + ", \"messages\": [";
        body.reserve(int(size) * 1000);
        for (qint64 i = start; i < end; ++i) {
            if (i > start)
                body += ", ";
            body += messageJson(sidFor(m_total - i), "delivered", m_total - i);
        }
        body += "], \"uri\": \"" + kPrefix + "/Messages.json?PageSize=" + QByteArray::number(size)
            + "&Page=" + QByteArray::number(number) + "\", \"page_size\": " + QByteArray::number(size)
            + ", \"start\": " + QByteArray::number(start) + ", \"next_page_uri\": "
            + (end >= m_total ? QByteArray("null")
                              : '"' + kPrefix + "/Messages.json?PageSize=" + QByteArray::number(size)
                        + "&Page=" + QByteArray::number(number + 1) + "&PageToken=PA" + sidFor(m_total - end + 1) + '"')
            + ", \"page\": " + QByteArray::number(number) + "}";
        m_pages.insert(key, body);
        return body;
    }

    qint64 m_total;
    qint64 m_created = 0;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QSet<QTcpSocket*> m_tracing; ///< first pages being written
    QHash<QString, QByteArray> m_pages;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qint64 total = 100'000;
    const QStringList args = QCoreApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--messages")); i > 0)
        total = args.value(i + 1).toLongLong();
    Server server(total);
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench_server: cannot listen on 127.0.0.1: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf(
        "{\"base_url\": \"http://127.0.0.1:%d\", \"account_sid\": \"%s\", \"auth_token\": \"%s\", \"qt\": \"%s\"}\n",
        server.serverPort(), kAccount.constData(), kToken.constData(), qVersion());
    std::fflush(stdout);
    return QCoreApplication::exec();
}
