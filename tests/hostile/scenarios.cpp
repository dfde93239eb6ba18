// SPDX-License-Identifier: GPL-3.0-or-later
// The transport table: every misbehaving server, and what Textbench must make of it.
#include "hostile.h"

void Tst_Hostile::hostileServer_data()
{
    using K = ApiError::Kind;
    QTest::addColumn<Scenario>("scenario");
    auto row = [](const QString& name, Op op, Where where, TestServer::Handler handler, K kind, const QString& says,
                   int httpStatus = 0, int maxRequests = 1, std::optional<bool> mayHaveCreated = std::nullopt,
                   bool gui = false, bool cli = true, std::optional<K> orKind = std::nullopt) {
        Scenario s;
        s.name = name;
        s.op = op;
        s.where = where;
        s.handler = std::move(handler);
        s.kind = kind;
        s.says = says;
        s.httpStatus = httpStatus;
        s.maxRequests = maxRequests;
        s.mayHaveCreated = mayHaveCreated;
        s.gui = gui;
        s.cli = cli;
        s.orKind = orKind;
        QTest::newRow(qPrintable(name)) << s;
    };
    auto answer = [](int status, QByteArray body, Headers headers = {}, QByteArray type = "application/json") {
        return [=](const RecordedRequest&, QTcpSocket* s) { TestServer::reply(s, status, body, headers, type); };
    };
    auto raw = [](QByteArray bytes) {
        return [=](const RecordedRequest&, QTcpSocket* s) { TestServer::writeAndClose(s, bytes); };
    };

    // --- not the JSON Twilio sends ------------------------------------------------------------------------------
    for (Op op : { Op::Fetch, Op::Create, Op::List }) {
        const QString suffix = op == Op::Fetch ? QStringLiteral(" (fetch)")
            : op == Op::Create                 ? QStringLiteral(" (create)")
                                               : QStringLiteral(" (list)");
        const int okStatus = op == Op::Create ? 201 : 200;
        const std::optional<bool> created = op == Op::Create ? std::optional<bool>(true) : std::nullopt;
        const bool gui = op == Op::Create;
        row(u"malformed JSON" + suffix, op, Where::Http, answer(okStatus, R"({"sid": "SM0123", "status": )"),
            K::BadResponse, QStringLiteral("not what Twilio sends"), 0, 1, created, gui);
        row(u"an array" + suffix, op, Where::Http, answer(okStatus, "[1,2,3]"), K::BadResponse,
            QStringLiteral("not what Twilio sends"), 0, 1, created);
        row(u"null everywhere" + suffix, op, Where::Http,
            answer(okStatus,
                R"({"sid":null,"status":null,"to":null,"from":null,"body":null,"num_segments":null,"messages":null,"next_page_uri":null,"date_created":null})"),
            K::BadResponse, QStringLiteral("not what Twilio sends"), 0, 1, created);
        row(u"10,000-deep nesting" + suffix, op, Where::Http,
            answer(okStatus, QByteArray(10'000, '[') + QByteArray(10'000, ']')), K::BadResponse,
            QStringLiteral("not what Twilio sends"), 0, 1, created);
        row(u"an HTML page as application/json" + suffix, op, Where::Http,
            answer(
                okStatus, "<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>hi</body></html>"),
            K::BadResponse, QStringLiteral("not what Twilio sends"), 0, 1, created, gui);
        row(u"an empty 200" + suffix, op, Where::Http, answer(200, QByteArray()), K::BadResponse,
            QStringLiteral("not what Twilio sends"), 0, 1, created);
    }
    row(QStringLiteral("wrong field types (fetch)"), Op::Fetch, Where::Http,
        answer(200, R"({"sid":12345,"status":{"a":1},"to":[1],"num_segments":[],"date_created":false})"),
        K::BadResponse, QStringLiteral("sid"), 0, 1);
    row(QStringLiteral("a page whose messages are not objects (list)"), Op::List, Where::Http,
        answer(200, R"({"messages":[1,"two",null],"next_page_uri":null})"), K::BadResponse,
        QStringLiteral("not what Twilio sends"), 0, 1);
    row(QStringLiteral("a 201 without a sid (create)"), Op::Create, Where::Http,
        answer(201, R"({"status":"queued","to":"+14155552671","body":"hi"})"), K::BadResponse,
        QStringLiteral("message log"), 0, 1, true, true);
    row(QStringLiteral("an HTML 502 from a proxy (fetch)"), Op::Fetch, Where::Http,
        answer(502, "<html><body><h1>502 Bad Gateway</h1></body></html>", {}, "text/html"), K::Http,
        QStringLiteral("502"), 502, 1);
    row(QStringLiteral("a deeply nested error body (fetch)"), Op::Fetch, Where::Http,
        answer(400, QByteArray(10'000, '{')), K::Http, QStringLiteral("400"), 400, 1);

    // --- bodies cut short, and servers that stall -----------------------------------------------------------------
    const QByteArray msg = messageBody();
    row(QStringLiteral("truncated body with a valid JSON prefix (fetch)"), Op::Fetch, Where::Http,
        raw(statusLine(200) + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(msg.size() + 500) + "\r\n\r\n" + msg),
        K::Network, QStringLiteral("closed the connection"), 0, 12);
    row(QStringLiteral("truncated body with a valid JSON prefix (create)"), Op::Create, Where::Http,
        raw(statusLine(201) + "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(msg.size() + 500) + "\r\n\r\n" + msg),
        K::Network, QStringLiteral("message log"), 0, 1, true, true);
    row(
        QStringLiteral("reset mid-body (fetch)"), Op::Fetch, Where::Http,
        [msg](const RecordedRequest&, QTcpSocket* s) {
            s->write(statusLine(200) + "Content-Type: application/json\r\nContent-Length: "
                + QByteArray::number(msg.size()) + "\r\n\r\n" + msg.left(msg.size() / 2));
            resetConnection(s);
        },
        K::Network, QStringLiteral("the connection"), 0, 12, std::nullopt, false, true, K::BadResponse);
    row(
        QStringLiteral("reset before answering (create)"), Op::Create, Where::Http,
        [](const RecordedRequest&, QTcpSocket* s) { resetConnection(s); }, K::Network, QStringLiteral("message log"), 0,
        1, true, true);
    row(
        QStringLiteral("accepts and never answers (fetch)"), Op::Fetch, Where::Http,
        [](const RecordedRequest&, QTcpSocket*) {}, K::Timeout, QStringLiteral("sent nothing"), 0, 1);
    row(
        QStringLiteral("accepts and never answers (create)"), Op::Create, Where::Http,
        [](const RecordedRequest&, QTcpSocket*) {}, K::Timeout, QStringLiteral("message log"), 0, 1, true, true);
    row(
        QStringLiteral("drips a byte every 250 ms (fetch)"), Op::Fetch, Where::Http,
        [msg](const RecordedRequest&, QTcpSocket* s) { TestServer::drip(s, msg, 250); }, K::Timeout,
        QStringLiteral("longer than"), 0, 1);

    // --- too much, compressed, lying -----------------------------------------------------------------------------
    row(
        QStringLiteral("declares 3 GiB (fetch)"), Op::Fetch, Where::Http,
        [](const RecordedRequest&, QTcpSocket* s) {
            s->write(statusLine(200) + "Content-Type: application/json\r\nContent-Length: 3221225472\r\n\r\n{");
        },
        K::Oversize, QStringLiteral("MiB"), 0, 1);
    row(
        QStringLiteral("streams past the cap without a length (fetch)"), Op::Fetch, Where::Http,
        [](const RecordedRequest&, QTcpSocket* s) {
            s->write(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk(64 * 1024, ' ');
            for (int i = 0; i < 40; ++i) // 2.5 MiB: over the 1 MiB cap of a single resource
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        },
        K::Oversize, QStringLiteral("MiB"), 0, 1);
    row(
        QStringLiteral("streams past the cap without a length (list)"), Op::List, Where::Http,
        [](const RecordedRequest&, QTcpSocket* s) {
            s->write(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray chunk(256 * 1024, ' ');
            for (int i = 0; i < 40; ++i) // 10 MiB: over the 8 MiB cap of a page
                s->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
        },
        K::Oversize, QStringLiteral("MiB"), 0, 1);
    // Zeros compress about a thousand to one.
    static const QByteArray bomb = gzip(QByteArray(qsizetype(16) * 1024 * 1024, '\0'));
    static const QByteArray smallBomb = gzip(QByteArray(qsizetype(4) * 1024 * 1024, ' '));
    row(QStringLiteral("a gzip-compressed message (control)"), Op::Fetch, Where::Http,
        answer(200, gzip(messageBody()), { { "Content-Encoding", "gzip" } }), K::None, QString());
    row(QStringLiteral("gzip that is corrupt (fetch)"), Op::Fetch, Where::Http,
        answer(200, QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + QByteArray(300, '\xff'),
            { { "Content-Encoding", "gzip" } }),
        K::BadResponse, QStringLiteral("could not be expanded"));
    row(QStringLiteral("gzip: 4 MiB in 4 KiB (fetch: 1 MiB cap)"), Op::Fetch, Where::Http,
        answer(200, smallBomb, { { "Content-Encoding", "gzip" } }), K::Oversize, QStringLiteral("MiB"), 0, 1);
    row(QStringLiteral("a gzip bomb: 16 MiB in 16 KiB (fetch)"), Op::Fetch, Where::Http,
        answer(200, bomb, { { "Content-Encoding", "gzip" } }), K::BadResponse, QStringLiteral("abandoned"), 0, 1,
        std::nullopt, false, true, K::Oversize);
    row(QStringLiteral("a gzip bomb: 16 MiB in 16 KiB (list)"), Op::List, Where::Http,
        answer(200, bomb, { { "Content-Encoding", "gzip" } }), K::BadResponse, QStringLiteral("abandoned"), 0, 1,
        std::nullopt, false, true, K::Oversize);
    row(QStringLiteral("Content-Length shorter than the body (fetch)"), Op::Fetch, Where::Http,
        raw(statusLine(200) + "Content-Type: application/json\r\nContent-Length: 20\r\n\r\n" + msg), K::BadResponse,
        QStringLiteral("not what Twilio sends"), 0, 12);
    // Qt reads a body with an unusable Content-Length until the connection closes; the JSON that arrived is whole.
    // (GET rows whose server closes the connection allow up to 12 requests: Qt itself resends an idempotent request
    // on a fresh connection when one closes, and ApiCall retries; a create may go only once.)
    row(QStringLiteral("Content-Length is not a number (fetch)"), Op::Fetch, Where::Http,
        raw(statusLine(200) + "Content-Type: application/json\r\nContent-Length: banana\r\n\r\n" + msg), K::None,
        QString(), 0, 12);
    // Qt 6.4 does not report a chunked body whose closing zero-length chunk never came (it reads until the close).
    // Cut between chunks, the resource is whole and is used; cut anywhere inside, it fails to parse.
    row(QStringLiteral("chunked, closed before the last chunk (fetch)"), Op::Fetch, Where::Http,
        raw(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(msg.size(), 16) + "\r\n" + msg + "\r\n"),
        K::None, QString(), 0, 12, std::nullopt, false, true, K::Network);
    row(QStringLiteral("chunked, closed before the last chunk (create)"), Op::Create, Where::Http,
        raw(statusLine(201) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(msg.size(), 16) + "\r\n" + msg + "\r\n"),
        K::Network, QString(), 0, 1, std::nullopt, false, true, K::None);
    row(QStringLiteral("chunked, cut inside a chunk (fetch)"), Op::Fetch, Where::Http,
        raw(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(msg.size(), 16) + "\r\n" + msg.left(msg.size() - 40)),
        K::Network, QString(), 0, 12, std::nullopt, false, true, K::BadResponse);
    row(QStringLiteral("chunked, cut inside a chunk (create)"), Op::Create, Where::Http,
        raw(statusLine(201) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
            + QByteArray::number(msg.size(), 16) + "\r\n" + msg.left(msg.size() - 40)),
        K::Network, QStringLiteral("message log"), 0, 1, true, true, true, K::BadResponse);
    row(QStringLiteral("a chunk size that is not hex (fetch)"), Op::Fetch, Where::Http,
        raw(statusLine(200) + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + msg),
        K::BadResponse, QStringLiteral("not what Twilio sends"), 0, 12);
    // Qt itself resends an idempotent GET whose connection closed without an answer (twice per attempt).
    row(QStringLiteral("not HTTP at all (fetch)"), Op::Fetch, Where::Http, raw("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"),
        K::Network, QStringLiteral("try again"), 0, 12);
    row(QStringLiteral("not HTTP at all (create)"), Op::Create, Where::Http, raw("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"),
        K::Network, QStringLiteral("message log"), 0, 1, true);

    // --- rate limits and failing servers -----------------------------------------------------------------------------
    const QByteArray tooMany
        = R"({"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429})";
    row(QStringLiteral("429 storm, no Retry-After (fetch)"), Op::Fetch, Where::Http, answer(429, tooMany), K::Http,
        QStringLiteral("tried 4 times"), 429, 4);
    row(QStringLiteral("429 storm, no Retry-After (create: safe to resend)"), Op::Create, Where::Http,
        answer(429, tooMany), K::Http, QStringLiteral("429"), 429, 4, std::nullopt, true);
    row(QStringLiteral("429 storm, Retry-After: 1 (fetch)"), Op::Fetch, Where::Http,
        answer(429, tooMany, { { "Retry-After", "1" } }), K::Http, QStringLiteral("429"), 429, 4);
    row(
        QStringLiteral("429 storm, Retry-After as an HTTP date (fetch)"), Op::Fetch, Where::Http,
        [tooMany](const RecordedRequest&, QTcpSocket* s) {
            const QByteArray date = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(1),
                                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                        .toLatin1();
            TestServer::reply(s, 429, tooMany, { { "Retry-After", date } });
        },
        K::Http, QStringLiteral("429"), 429, 4);
    row(QStringLiteral("429 storm, Retry-After: -5 (fetch)"), Op::Fetch, Where::Http,
        answer(429, tooMany, { { "Retry-After", "-5" } }), K::Http, QStringLiteral("429"), 429, 4);
    row(QStringLiteral("429, Retry-After: 99999 (fetch)"), Op::Fetch, Where::Http,
        answer(429, tooMany, { { "Retry-After", "99999" } }), K::Http, QStringLiteral("longer than Textbench waits"),
        429, 1);
    row(QStringLiteral("429, Retry-After: garbage (fetch)"), Op::Fetch, Where::Http,
        answer(429, tooMany, { { "Retry-After", "soon\x01\xff" } }), K::Http, QStringLiteral("429"), 429, 4);
    row(
        QStringLiteral("503 burst, then 200 (fetch recovers)"), Op::Fetch, Where::Http,
        [this, msg](const RecordedRequest&, QTcpSocket* s) {
            if (++m_hits <= 2)
                TestServer::reply(s, 503, R"({"code":20503,"message":"Service unavailable","status":503})");
            else
                TestServer::reply(s, 200, msg);
        },
        K::None, QString(), 0, 3);
    row(QStringLiteral("503 on every attempt (fetch)"), Op::Fetch, Where::Http,
        answer(503, R"({"code":20503,"message":"Service unavailable","status":503})"), K::Http, QStringLiteral("503"),
        503, 4);
    row(QStringLiteral("503 (create: not resent)"), Op::Create, Where::Http,
        answer(503, R"({"code":20503,"message":"Service unavailable","status":503})"), K::Http,
        QStringLiteral("message log"), 503, 1, true, true);
    row(QStringLiteral("500 (create: not resent)"), Op::Create, Where::Http,
        answer(500, R"({"code":20500,"message":"Internal Server Error","status":500})"), K::Http,
        QStringLiteral("message log"), 500, 1, true, true);

    // --- redirects: the credentials never leave their origin ----------------------------------------------------
    auto redirectTo = [](std::function<QByteArray(const RecordedRequest&)> location, int status = 302) {
        return [=](const RecordedRequest& r, QTcpSocket* s) {
            TestServer::reply(s, status, QByteArray(), { { "Location", location(r) } }, QByteArray());
        };
    };
    const QByteArray otherPort = m_other ? m_other->baseUrl().toLatin1() : QByteArray();
    const QByteArray sameOriginLocalhost
        = m_server ? m_server->baseUrl(QStringLiteral("localhost")).toLatin1() : QByteArray();
    const QByteArray http = m_server ? m_server->baseUrl().toLatin1() : QByteArray();
    row(QStringLiteral("redirect to another port (fetch)"), Op::Fetch, Where::Http,
        redirectTo([otherPort](const RecordedRequest& r) { return otherPort + r.path; }), K::Redirect,
        QStringLiteral("credentials were not sent"), 0, 1);
    row(QStringLiteral("redirect to another host name (fetch)"), Op::Fetch, Where::Http,
        redirectTo([sameOriginLocalhost](const RecordedRequest& r) { return sameOriginLocalhost + r.path; }),
        K::Redirect, QStringLiteral("credentials were not sent"), 0, 1);
    row(QStringLiteral("redirect to another port (create, 307)"), Op::Create, Where::Http,
        redirectTo([otherPort](const RecordedRequest& r) { return otherPort + r.path; }, 307), K::Redirect,
        QStringLiteral("credentials were not sent"), 0, 1, false, true);
    row(QStringLiteral("redirect to a file: URL (fetch)"), Op::Fetch, Where::Http,
        redirectTo([](const RecordedRequest&) { return QByteArray("file:///etc/passwd"); }), K::Redirect,
        QStringLiteral("file:///etc/passwd"), 0, 1);
    row(QStringLiteral("redirect loop (fetch)"), Op::Fetch, Where::Http, redirectTo([](const RecordedRequest& r) {
        return r.query.isEmpty() ? r.path : QByteArray(r.path + '?' + r.query);
    }),
        K::Redirect, QStringLiteral("too many"), 0, 12);
    row(
        QStringLiteral("a chain of 30 redirects (fetch)"), Op::Fetch, Where::Http,
        [this](const RecordedRequest& r, QTcpSocket* s) {
            const int next = ++m_hits;
            if (next > 30) {
                TestServer::reply(s, 200, messageBody());
                return;
            }
            TestServer::reply(s, 302, QByteArray(),
                { { "Location", r.path.split('?').first() + "?hop=" + QByteArray::number(next) } }, QByteArray());
        },
        K::Redirect, QStringLiteral("too many"), 0, 12);
    // The CLI trusts the system's CAs only (it has no option to trust another), so it gets no further than the
    // handshake with the test CA's certificates: these two rows run in the core.
    row(QStringLiteral("https redirects to http (fetch)"), Op::Fetch, Where::TlsGood,
        redirectTo([http](const RecordedRequest& r) { return http + r.path; }), K::Redirect,
        QStringLiteral("credentials were not sent"), 0, 1, std::nullopt, false, false);

    // --- TLS: fails closed, explained ------------------------------------------------------------------------------
    row(QStringLiteral("TLS with a trusted certificate (control)"), Op::Fetch, Where::TlsGood, nullptr, K::None,
        QString(), 0, 1, std::nullopt, false, false);
    row(QStringLiteral("TLS with a self-signed certificate (fetch)"), Op::Fetch, Where::TlsSelfSigned, nullptr, K::Tls,
        QStringLiteral("self-signed"), 0, 0);
    row(QStringLiteral("TLS with an expired certificate (fetch)"), Op::Fetch, Where::TlsExpired, nullptr, K::Tls,
        QStringLiteral("expired on 2001-01-01"), 0, 0);
    row(QStringLiteral("TLS for another host name (fetch)"), Op::Fetch, Where::TlsWrongHost, nullptr, K::Tls,
        QStringLiteral("issued for wrong.textbench.invalid"), 0, 0);
    row(QStringLiteral("TLS with a self-signed certificate (create)"), Op::Create, Where::TlsSelfSigned, nullptr,
        K::Tls, QStringLiteral("self-signed"), 0, 0, false, true);
    row(QStringLiteral("https to a plain HTTP server (fetch)"), Op::Fetch, Where::PlainOnHttps,
        answer(400, "plain HTTP"), K::Network, QStringLiteral("starts with http://"), 0, 12);
}
