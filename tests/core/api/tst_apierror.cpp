// SPDX-License-Identifier: GPL-3.0-or-later
// ApiError::fromExchange is pure: every case is an Exchange built by hand. The facts come from
// shared/twilio/errors-and-status.md and messages-api.md.
#include "api/apierror.h"
#include "api/errorcatalog.h"
#include "api/exchange.h"

#include <QJsonArray>
#include <QTest>

using namespace textbench;

Q_DECLARE_METATYPE(textbench::Exchange)
Q_DECLARE_METATYPE(textbench::Exchange::Abort)
Q_DECLARE_METATYPE(textbench::ApiError)
Q_DECLARE_METATYPE(textbench::ApiError::Kind)
Q_DECLARE_METATYPE(textbench::ApiError::Category)

namespace {
const QUrl kCreateUrl(
    QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json"));

// The NetworkError QNetworkAccessManager reports along with a complete response of this HTTP status
// (qhttpthreaddelegate.cpp, statusCodeFromHttp), so that the exchanges look like the real ones.
QNetworkReply::NetworkError qtErrorFor(int status)
{
    switch (status) {
    case 400:
    case 418:
        return QNetworkReply::ProtocolInvalidOperationError;
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 405:
        return QNetworkReply::ContentOperationNotPermittedError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 410:
        return QNetworkReply::ContentGoneError;
    case 500:
        return QNetworkReply::InternalServerError;
    case 501:
        return QNetworkReply::OperationNotImplementedError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        break;
    }
    if (status > 500)
        return QNetworkReply::UnknownServerError;
    if (status >= 400)
        return QNetworkReply::UnknownContentError;
    return QNetworkReply::NoError;
}

// A complete HTTP exchange: the status line, the headers and the whole body arrived.
Exchange completed(int status, const QByteArray& body = {}, bool idempotent = false)
{
    Exchange ex;
    ex.method = idempotent ? QByteArray("GET") : QByteArray("POST");
    ex.url = kCreateUrl;
    ex.idempotent = idempotent;
    ex.httpStatus = status;
    ex.networkError = qtErrorFor(status);
    ex.body = body;
    if (!body.isEmpty())
        ex.responseHeaders.append({ QByteArray("Content-Type"), QByteArray("application/json") });
    return ex;
}

Exchange transportFailure(
    QNetworkReply::NetworkError error, int status = 0, bool idempotent = false, bool maySent = true)
{
    Exchange ex;
    ex.method = idempotent ? QByteArray("GET") : QByteArray("POST");
    ex.url = kCreateUrl;
    ex.idempotent = idempotent;
    ex.networkError = error;
    ex.networkErrorString = QStringLiteral("Qt says: something went wrong");
    ex.httpStatus = status;
    ex.requestMayHaveBeenSent = maySent;
    return ex;
}

Exchange aborted(Exchange::Abort abort, bool idempotent = false, bool maySent = true)
{
    Exchange ex;
    ex.method = idempotent ? QByteArray("GET") : QByteArray("POST");
    ex.url = kCreateUrl;
    ex.idempotent = idempotent;
    ex.abort = abort;
    ex.networkError = QNetworkReply::OperationCanceledError;
    ex.timeoutMs = 30'000;
    ex.maxResponseBytes = 8 * 1024 * 1024;
    ex.requestMayHaveBeenSent = maySent;
    return ex;
}

QByteArray errorBody(int code, const QByteArray& message, int status)
{
    return "{\"code\": " + QByteArray::number(code) + ", \"message\": \"" + message
        + "\", \"more_info\": \"https://www.twilio.com/docs/errors/" + QByteArray::number(code)
        + "\", \"status\": " + QByteArray::number(status) + "}";
}
} // namespace

class Tst_ApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void success_data();
    void success();
    void httpStatus_data();
    void httpStatus();
    void catalogueStatusNames_data();
    void catalogueStatusNames();
    void twilioBody_data();
    void twilioBody();
    void successBodyNotParsedAsError();
    void knownTwilioCodes_data();
    void knownTwilioCodes();
    void catalogueCoversTheDocumentedCodes();
    void transport_data();
    void transport();
    void truncatedBodyIsNotSuccess_data();
    void truncatedBodyIsNotSuccess();
    void aborts_data();
    void aborts();
    void category_data();
    void category();
    void mayHaveCreated_data();
    void mayHaveCreated();
    void retryAfter_data();
    void retryAfter();
    void toText();
    void toJson_data();
    void toJson();
    void bodySampleIsBounded();
    void badResponse();
    void invalidInput();
    void badCredentials();
};

void Tst_ApiError::success_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("200 message") << 200 << QByteArray("{\"sid\": \"SM0123\"}");
    QTest::newRow("201 created") << 201 << QByteArray("{\"sid\": \"SM0123\", \"status\": \"queued\"}");
    QTest::newRow("202 accepted") << 202 << QByteArray("{}");
    QTest::newRow("204 no content") << 204 << QByteArray();
}

void Tst_ApiError::success()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Exchange ex = completed(status, body);
    QVERIFY(ex.transferComplete());
    const ApiError e = ApiError::fromExchange(ex);
    QCOMPARE(e.kind(), ApiError::Kind::None);
    QVERIFY(!e.isError());
    QCOMPARE(e.category(), ApiError::Category::None);
    QVERIFY(!e.mayHaveCreated());
}

void Tst_ApiError::httpStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("category"); // -1: not asserted
    QTest::addColumn<bool>("hasNextStep");

    const auto row = [](int status, int category, bool hasNextStep) {
        QTest::addRow("%d", status) << status << category << hasNextStep;
    };
    // The Twilio docs' table (besides the 2xx rows tested above), then the other statuses the notes ask for.
    row(302, -1, true); // follow only on the same origin
    row(304, -1, false);
    row(401, int(ApiError::Category::Auth), true);
    row(404, int(ApiError::Category::NotFound), true);
    row(405, int(ApiError::Category::Api), false);
    row(429, int(ApiError::Category::RateLimited), true);
    row(500, int(ApiError::Category::Server), true);
    row(503, int(ApiError::Category::Server), true);
    row(400, int(ApiError::Category::Api), true);
    row(403, int(ApiError::Category::Auth), true);
    row(409, int(ApiError::Category::Api), false);
    row(413, int(ApiError::Category::Api), false);
    row(418, int(ApiError::Category::Api), false);
    row(502, int(ApiError::Category::Server), true);
    row(504, int(ApiError::Category::Server), true);
}

void Tst_ApiError::httpStatus()
{
    QFETCH(int, status);
    QFETCH(int, category);
    QFETCH(bool, hasNextStep);

    // Without a body, and with the NetworkError Qt reports; both must give the same error.
    for (const bool qtError : { true, false }) {
        Exchange ex = completed(status, {}, /*idempotent=*/true);
        if (!qtError)
            ex.networkError = QNetworkReply::NoError;
        QVERIFY(ex.transferComplete());
        const ApiError e = ApiError::fromExchange(ex);
        QCOMPARE(e.kind(), ApiError::Kind::Http);
        QVERIFY(e.isError());
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.twilioCode(), 0);
        const ErrorCatalog::Entry entry = ErrorCatalog::httpStatus(status);
        QVERIFY(!entry.title.isEmpty());
        QVERIFY(!entry.meaning.isEmpty());
        QCOMPARE(e.title(), QStringLiteral("HTTP %1 %2").arg(status).arg(entry.title));
        QCOMPARE(e.explanation(), entry.meaning);
        if (hasNextStep)
            QVERIFY2(!e.nextStep().isEmpty(), qPrintable(e.title()));
        if (category >= 0)
            QCOMPARE(int(e.category()), category);
        QVERIFY(!e.mayHaveCreated()); // idempotent
        QVERIFY(e.twilioMessage().isEmpty());
        QVERIFY(e.moreInfo().isEmpty());
    }
}

void Tst_ApiError::catalogueStatusNames_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("names"); // any of these

    // The names of the twelve statuses in the Twilio docs (and RFC 9110 where the two differ).
    const auto row = [](int status, const QStringList& names) { QTest::addRow("%d", status) << status << names; };
    row(200, { QStringLiteral("OK") });
    row(201, { QStringLiteral("Created") });
    row(202, { QStringLiteral("Accepted") });
    row(204, { QStringLiteral("No Content") });
    row(302, { QStringLiteral("Found") });
    row(304, { QStringLiteral("Not Modified") });
    row(401, { QStringLiteral("Unauthorized") });
    row(404, { QStringLiteral("Not Found") });
    row(405, { QStringLiteral("Method Not Allowed") });
    row(429, { QStringLiteral("Too Many Requests") });
    row(500, { QStringLiteral("Server Error"), QStringLiteral("Internal Server Error") });
    row(503, { QStringLiteral("Service Unavailable") });
    row(400, { QStringLiteral("Bad Request") });
    row(403, { QStringLiteral("Forbidden") });
    row(409, { QStringLiteral("Conflict") });
    row(413, { QStringLiteral("Payload Too Large"), QStringLiteral("Content Too Large") });
}

void Tst_ApiError::catalogueStatusNames()
{
    QFETCH(int, status);
    QFETCH(QStringList, names);
    const ErrorCatalog::Entry entry = ErrorCatalog::httpStatus(status);
    QVERIFY2(names.contains(entry.title),
        qPrintable(QStringLiteral("HTTP %1 is called \"%2\"").arg(status).arg(entry.title)));
    QVERIFY(!entry.meaning.isEmpty());
}

void Tst_ApiError::twilioBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("moreInfo");
    QTest::addColumn<bool>("hasDetails");
    QTest::addColumn<bool>("hasTechnical");

    QTest::newRow("404 full body")
        << 404
        << QByteArray("{\"code\": 20404, \"message\": \"The requested resource /2010-04-01/Accounts/AC0123/Messages/"
                      "SM0123.json was not found\", \"more_info\": \"https://www.twilio.com/docs/errors/20404\", "
                      "\"status\": 404}")
        << 20404
        << QStringLiteral("The requested resource /2010-04-01/Accounts/AC0123/Messages/SM0123.json was not found")
        << QStringLiteral("https://www.twilio.com/docs/errors/20404") << false << false;
    QTest::newRow("400 with details")
        << 400
        << QByteArray("{\"code\": 21211, \"message\": \"The 'To' number +1555 is not a valid phone number.\", "
                      "\"more_info\": \"https://www.twilio.com/docs/errors/21211\", \"status\": 400, "
                      "\"details\": {\"param\": \"To\"}}")
        << 21211 << QStringLiteral("The 'To' number +1555 is not a valid phone number.")
        << QStringLiteral("https://www.twilio.com/docs/errors/21211") << true << false;
    QTest::newRow("no more_info: docs link synthesized")
        << 400
        << QByteArray("{\"code\": 21610, \"message\": \"Attempt to send to unsubscribed recipient\", \"status\": 400}")
        << 21610 << QStringLiteral("Attempt to send to unsubscribed recipient")
        << QStringLiteral("https://www.twilio.com/docs/errors/21610") << false << false;
    QTest::newRow("code as a string") << 401
                                      << QByteArray(
                                             "{\"code\": \"20003\", \"message\": \"Authenticate\", \"status\": 401}")
                                      << 20003 << QStringLiteral("Authenticate")
                                      << QStringLiteral("https://www.twilio.com/docs/errors/20003") << false << false;
    // Found by fuzz_error_body (tests/fuzz/regressions/error_body): a negative code in a string came through.
    QTest::newRow("negative code as a string")
        << 400 << QByteArray("{\"code\":\"-21211\",\"message\":\"x\",\"status\":400}") << 0 << QStringLiteral("x")
        << QString() << false << false;
    QTest::newRow("fractional code") << 400 << QByteArray("{\"code\":21211.5,\"message\":\"x\",\"status\":400}") << 0
                                     << QStringLiteral("x") << QString() << false << false;
    QTest::newRow("unknown code") << 400
                                  << QByteArray("{\"code\": 21999, \"message\": \"Something new\", \"status\": 400}")
                                  << 21999 << QStringLiteral("Something new")
                                  << QStringLiteral("https://www.twilio.com/docs/errors/21999") << false << false;
    QTest::newRow("message in UTF-8")
        << 400 << QByteArray("{\"code\": 21617, \"message\": \"Body \xc3\xa9 too long\", \"status\": 400}") << 21617
        << QStringLiteral("Body \u00e9 too long") << QStringLiteral("https://www.twilio.com/docs/errors/21617") << false
        << false;
    QTest::newRow("HTML served as JSON") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << 0
                                         << QString() << QString() << false << true;
    QTest::newRow("empty body") << 503 << QByteArray() << 0 << QString() << QString() << false << false;
    QTest::newRow("JSON array body") << 400 << QByteArray("[{\"code\": 21211}]") << 0 << QString() << QString() << false
                                     << true;
    QTest::newRow("JSON string body") << 400 << QByteArray("\"oops\"") << 0 << QString() << QString() << false << true;
    QTest::newRow("object without code") << 400 << QByteArray("{\"error\": \"bad\"}") << 0 << QString() << QString()
                                         << false << false;
    QTest::newRow("negative code ignored") << 400 << QByteArray("{\"code\": -5, \"message\": \"m\"}") << 0
                                           << QStringLiteral("m") << QString() << false << false;
}

void Tst_ApiError::twilioBody()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(QString, moreInfo);
    QFETCH(bool, hasDetails);
    QFETCH(bool, hasTechnical);

    const ApiError e = ApiError::fromExchange(completed(status, body, /*idempotent=*/true));
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.httpStatus(), status);
    QCOMPARE(e.twilioCode(), code);
    QCOMPARE(e.twilioMessage(), message);
    QCOMPARE(e.moreInfo(), moreInfo);
    QCOMPARE(!e.details().isUndefined(), hasDetails);
    if (hasDetails)
        QCOMPARE(e.details().toObject().value(u"param").toString(), QStringLiteral("To"));
    QCOMPARE(!e.technical().isEmpty(), hasTechnical);
    QVERIFY(e.title().startsWith(QStringLiteral("HTTP %1 ").arg(status)));
    if (code > 0)
        QVERIFY2(e.title().contains(QStringLiteral(" \u00b7 Twilio %1").arg(code)), qPrintable(e.title()));
    else
        QVERIFY2(!e.title().contains(QStringLiteral("Twilio")), qPrintable(e.title()));
    QVERIFY(!e.explanation().isEmpty());
    // The first bytes of the body are kept for diagnostics.
    QCOMPARE(e.bodySample(), body);
}

void Tst_ApiError::successBodyNotParsedAsError()
{
    // A 2xx body that happens to look like an error body is still a success.
    const ApiError e = ApiError::fromExchange(completed(200, errorBody(20404, "x", 404), true));
    QCOMPARE(e.kind(), ApiError::Kind::None);
    QCOMPARE(e.twilioCode(), 0);
}

void Tst_ApiError::knownTwilioCodes_data()
{
    QTest::addColumn<int>("code");
    for (int code : ErrorCatalog::knownTwilioCodes())
        QTest::addRow("%d", code) << code;
}

void Tst_ApiError::knownTwilioCodes()
{
    QFETCH(int, code);
    const ErrorCatalog::Entry entry = ErrorCatalog::twilioCode(code);
    QVERIFY(entry.isKnown());
    QVERIFY(!entry.title.isEmpty());
    QVERIFY(!entry.meaning.isEmpty());
    QVERIFY(!entry.action.isEmpty());
    QCOMPARE(ErrorCatalog::docsUrl(code), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));

    const int status = code == 20003 ? 401 : code == 20008 ? 403 : code == 20404 ? 404 : code == 20429 ? 429 : 400;
    const ApiError e = ApiError::fromExchange(completed(status, errorBody(code, "Twilio's words", status), true));
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.twilioCode(), code);
    // "HTTP 404 Not Found · Twilio 20404: Resource not found" (apierror.h).
    QCOMPARE(e.title(),
        QStringLiteral("HTTP %1 %2 \u00b7 Twilio %3: %4")
            .arg(status)
            .arg(ErrorCatalog::httpStatus(status).title)
            .arg(code)
            .arg(entry.title));
    QCOMPARE(e.explanation(), entry.meaning);
    QVERIFY2(e.nextStep().contains(entry.action), qPrintable(e.nextStep()));
    QCOMPARE(e.twilioMessage(), QStringLiteral("Twilio's words"));
}

void Tst_ApiError::catalogueCoversTheDocumentedCodes()
{
    // Every code of the table "Error codes most users of a messaging console meet".
    const QList<int> documented { 20003, 20008, 20404, 20429, 21211, 21212, 21408, 21602, 21603, 21606, 21608, 21610,
        21611, 21612, 21614, 21617, 21620, 21623, 35114, 35118, 30003, 30005, 30006, 30007, 30008, 30034 };
    const QList<int> known = ErrorCatalog::knownTwilioCodes();
    for (int code : documented) {
        QVERIFY2(known.contains(code), qPrintable(QString::number(code)));
        QVERIFY2(ErrorCatalog::twilioCode(code).isKnown(), qPrintable(QString::number(code)));
    }
    QVERIFY(!ErrorCatalog::twilioCode(12345).isKnown());
    QVERIFY(!ErrorCatalog::twilioCode(0).isKnown());
}

void Tst_ApiError::transport_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("maySent");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<int>("mayHaveCreated"); // for a create (non-idempotent); -1: not asserted

    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << 0 << false << ApiError::Kind::Network << 0;
    QTest::newRow("connection refused") << QNetworkReply::ConnectionRefusedError << 0 << false
                                        << ApiError::Kind::Network << 0;
    QTest::newRow("reset before the status line")
        << QNetworkReply::RemoteHostClosedError << 0 << true << ApiError::Kind::Network << 1;
    QTest::newRow("reset after the status line")
        << QNetworkReply::RemoteHostClosedError << 201 << true << ApiError::Kind::Network << 1;
    QTest::newRow("TLS handshake") << QNetworkReply::SslHandshakeFailedError << 0 << false << ApiError::Kind::Tls << 0;
    QTest::newRow("insecure redirect") << QNetworkReply::InsecureRedirectError << 302 << true
                                       << ApiError::Kind::Redirect << -1;
    QTest::newRow("too many redirects") << QNetworkReply::TooManyRedirectsError << 302 << true
                                        << ApiError::Kind::Redirect << -1;
    QTest::newRow("Qt timeout") << QNetworkReply::TimeoutError << 0 << true << ApiError::Kind::Timeout << 1;
    QTest::newRow("unknown network error")
        << QNetworkReply::UnknownNetworkError << 0 << true << ApiError::Kind::Network << 1;
    QTest::newRow("protocol failure") << QNetworkReply::ProtocolFailure << 200 << true << ApiError::Kind::Network << 1;
    QTest::newRow("redirect to another scheme")
        << QNetworkReply::ProtocolUnknownError << 302 << true << ApiError::Kind::Redirect << 0;
    // The request that followed a same-origin redirect failed: the 3xx is the previous answer's status. A POST that
    // was answered 303 may well have created the message.
    QTest::newRow("reset after following a redirect")
        << QNetworkReply::RemoteHostClosedError << 303 << true << ApiError::Kind::Network << 1;
    QTest::newRow("protocol failure after a redirect")
        << QNetworkReply::ProtocolFailure << 302 << true << ApiError::Kind::Network << 1;
}

void Tst_ApiError::transport()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, status);
    QFETCH(bool, maySent);
    QFETCH(ApiError::Kind, kind);
    QFETCH(int, mayHaveCreated);

    const Exchange ex = transportFailure(error, status, /*idempotent=*/false, maySent);
    QVERIFY(!ex.transferComplete());
    const ApiError e = ApiError::fromExchange(ex);
    QCOMPARE(e.kind(), kind);
    QVERIFY(e.isError());
    QCOMPARE(e.category(), ApiError::Category::Network);
    QVERIFY(!e.title().isEmpty());
    QVERIFY(!e.explanation().isEmpty());
    QVERIFY(!e.nextStep().isEmpty());
    QCOMPARE(e.twilioCode(), 0);
    if (mayHaveCreated >= 0)
        QCOMPARE(e.mayHaveCreated(), mayHaveCreated == 1);
    QCOMPARE(e.method(), QByteArray("POST"));
    QCOMPARE(e.url(), kCreateUrl);
    // Qt's own words are kept as technical detail.
    QCOMPARE(e.technical(), QStringLiteral("Qt says: something went wrong"));

    // The same failure on a GET never "may have created" anything.
    Exchange get = ex;
    get.idempotent = true;
    get.method = "GET";
    QVERIFY(!ApiError::fromExchange(get).mayHaveCreated());
}

void Tst_ApiError::truncatedBodyIsNotSuccess_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("cut message") << QNetworkReply::RemoteHostClosedError << 200 << QByteArray("{\"sid\":\"SM0123");
    QTest::newRow("complete-looking {}") << QNetworkReply::RemoteHostClosedError << 200 << QByteArray("{}");
    QTest::newRow("complete-looking message")
        << QNetworkReply::RemoteHostClosedError << 201
        << QByteArray("{\"sid\": \"SM0123456789abcdef0123456789abcdef\", \"status\": \"queued\"}");
    QTest::newRow("error body but cut") << QNetworkReply::RemoteHostClosedError << 400
                                        << errorBody(21211, "The 'To' number is not valid", 400);
    QTest::newRow("protocol failure after 200") << QNetworkReply::ProtocolFailure << 200 << QByteArray("{}");
    QTest::newRow("unknown network error after 201")
        << QNetworkReply::UnknownNetworkError << 201 << QByteArray("{\"sid\":\"SM1\"}");
}

void Tst_ApiError::truncatedBodyIsNotSuccess()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    Exchange ex = transportFailure(error, status);
    ex.body = body;
    QVERIFY(!ex.transferComplete());
    const ApiError e = ApiError::fromExchange(ex);
    QVERIFY(e.isError());
    QCOMPARE(e.kind(), ApiError::Kind::Network);
    // Not parsed: no Twilio code or message comes from a body that did not arrive whole.
    QCOMPARE(e.twilioCode(), 0);
    QVERIFY(e.twilioMessage().isEmpty());
    QVERIFY(e.moreInfo().isEmpty());
    QVERIFY(e.details().isUndefined());
    QCOMPARE(e.httpStatus(), status);
    QVERIFY(e.mayHaveCreated());
}

void Tst_ApiError::aborts_data()
{
    QTest::addColumn<Exchange::Abort>("abort");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<ApiError::Category>("category");

    QTest::newRow("inactivity") << Exchange::Abort::InactivityTimeout << ApiError::Kind::Timeout
                                << ApiError::Category::Network;
    QTest::newRow("deadline") << Exchange::Abort::Deadline << ApiError::Kind::Timeout << ApiError::Category::Network;
    QTest::newRow("oversize") << Exchange::Abort::Oversize << ApiError::Kind::Oversize << ApiError::Category::Server;
    QTest::newRow("cancelled") << Exchange::Abort::Cancelled << ApiError::Kind::Cancelled
                               << ApiError::Category::Cancelled;
}

void Tst_ApiError::aborts()
{
    QFETCH(Exchange::Abort, abort);
    QFETCH(ApiError::Kind, kind);
    QFETCH(ApiError::Category, category);

    // An abort wins over whatever arrived before it, even a 200 with a JSON-looking prefix.
    Exchange ex = aborted(abort, /*idempotent=*/true);
    ex.httpStatus = 200;
    ex.body = "{\"sid\": \"SM1\"}";
    QVERIFY(!ex.transferComplete());
    const ApiError e = ApiError::fromExchange(ex);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.category(), category);
    QVERIFY(e.isError());
    QVERIFY(!e.title().isEmpty());
    QVERIFY(!e.explanation().isEmpty());
    QCOMPARE(e.twilioCode(), 0);
    QCOMPARE(e.url(), kCreateUrl);
    if (kind == ApiError::Kind::Timeout)
        QVERIFY2(e.explanation().contains(QStringLiteral("30")), qPrintable(e.explanation()));
}

void Tst_ApiError::category_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<ApiError::Category>("category");

    using C = ApiError::Category;
    QTest::newRow("none") << ApiError() << C::None;
    QTest::newRow("invalid input") << ApiError::invalidInput(QStringLiteral("bad SID")) << C::Usage;
    QTest::newRow("bad credentials") << ApiError::badCredentials(QStringLiteral("no token")) << C::Auth;
    QTest::newRow("401") << ApiError::fromExchange(completed(401, errorBody(20003, "Authenticate", 401))) << C::Auth;
    QTest::newRow("403") << ApiError::fromExchange(completed(403)) << C::Auth;
    QTest::newRow("403 20008") << ApiError::fromExchange(completed(403, errorBody(20008, "Test creds", 403)))
                               << C::Auth;
    QTest::newRow("20003 on 400") << ApiError::fromExchange(completed(400, errorBody(20003, "Authenticate", 400)))
                                  << C::Auth;
    QTest::newRow("20008 on 400") << ApiError::fromExchange(completed(400, errorBody(20008, "Test creds", 400)))
                                  << C::Auth;
    QTest::newRow("404") << ApiError::fromExchange(completed(404)) << C::NotFound;
    QTest::newRow("20404") << ApiError::fromExchange(completed(404, errorBody(20404, "Not found", 404))) << C::NotFound;
    QTest::newRow("429") << ApiError::fromExchange(completed(429, errorBody(20429, "Too many", 429))) << C::RateLimited;
    QTest::newRow("host not found") << ApiError::fromExchange(transportFailure(QNetworkReply::HostNotFoundError))
                                    << C::Network;
    QTest::newRow("TLS") << ApiError::fromExchange(transportFailure(QNetworkReply::SslHandshakeFailedError))
                         << C::Network;
    QTest::newRow("timeout") << ApiError::fromExchange(aborted(Exchange::Abort::Deadline)) << C::Network;
    QTest::newRow("redirect") << ApiError::fromExchange(transportFailure(QNetworkReply::InsecureRedirectError, 302))
                              << C::Network;
    QTest::newRow("500") << ApiError::fromExchange(completed(500)) << C::Server;
    QTest::newRow("502") << ApiError::fromExchange(completed(502)) << C::Server;
    QTest::newRow("503") << ApiError::fromExchange(completed(503)) << C::Server;
    QTest::newRow("504") << ApiError::fromExchange(completed(504)) << C::Server;
    QTest::newRow("bad response") << ApiError::badResponse(completed(200, "<html>"), QStringLiteral("not JSON"))
                                  << C::Server;
    QTest::newRow("oversize") << ApiError::fromExchange(aborted(Exchange::Abort::Oversize)) << C::Server;
    QTest::newRow("400") << ApiError::fromExchange(completed(400, errorBody(21211, "Invalid To", 400))) << C::Api;
    QTest::newRow("cancelled") << ApiError::cancelled() << C::Cancelled;
}

void Tst_ApiError::category()
{
    QFETCH(ApiError, error);
    QFETCH(ApiError::Category, category);
    QCOMPARE(error.category(), category);
}

void Tst_ApiError::mayHaveCreated_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<bool>("expected");

    const auto get = [](Exchange ex) {
        ex.idempotent = true;
        ex.method = "GET";
        return ex;
    };
    QTest::newRow("POST inactivity timeout") << aborted(Exchange::Abort::InactivityTimeout) << true;
    QTest::newRow("POST deadline") << aborted(Exchange::Abort::Deadline) << true;
    QTest::newRow("POST reset") << transportFailure(QNetworkReply::RemoteHostClosedError) << true;
    QTest::newRow("POST 500") << completed(500) << true;
    QTest::newRow("POST 502") << completed(502) << true;
    QTest::newRow("POST 503") << completed(503) << true;
    QTest::newRow("POST 504") << completed(504) << true;
    QTest::newRow("POST 429 (not processed)") << completed(429, errorBody(20429, "Too many", 429)) << false;
    QTest::newRow("POST 400") << completed(400, errorBody(21211, "Invalid", 400)) << false;
    QTest::newRow("POST 401") << completed(401) << false;
    QTest::newRow("POST 201") << completed(201, "{\"sid\":\"SM1\"}") << false;
    QTest::newRow("POST refused") << transportFailure(QNetworkReply::ConnectionRefusedError, 0, false, false) << false;
    QTest::newRow("POST DNS failure") << transportFailure(QNetworkReply::HostNotFoundError, 0, false, false) << false;
    QTest::newRow("POST TLS failure") << transportFailure(QNetworkReply::SslHandshakeFailedError, 0, false, false)
                                      << false;
    QTest::newRow("POST connect timeout, nothing sent") << aborted(Exchange::Abort::Deadline, false, false) << false;
    QTest::newRow("GET timeout") << get(aborted(Exchange::Abort::InactivityTimeout)) << false;
    QTest::newRow("GET reset") << get(transportFailure(QNetworkReply::RemoteHostClosedError)) << false;
    QTest::newRow("GET 500") << get(completed(500)) << false;
    QTest::newRow("DELETE 503") << [] {
        Exchange ex = completed(503, {}, true);
        ex.method = "DELETE";
        return ex;
    }() << false;
}

void Tst_ApiError::mayHaveCreated()
{
    QFETCH(Exchange, exchange);
    QFETCH(bool, expected);
    const ApiError e = ApiError::fromExchange(exchange);
    QCOMPARE(e.mayHaveCreated(), expected);
    QCOMPARE(e.toJson().value(u"may_have_created").toBool(), expected);
    QCOMPARE(e.toJson().contains(u"may_have_created"), expected);
    if (expected)
        QVERIFY(!e.nextStep().isEmpty());
}

void Tst_ApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("Retry-After: 7") << QByteArray("Retry-After") << QByteArray("7") << qint64(7000);
    QTest::newRow("lower-case name") << QByteArray("retry-after") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero") << QByteArray("Retry-After") << QByteArray("0") << qint64(0);
    QTest::newRow("absent") << QByteArray("X-Other") << QByteArray("7") << qint64(-1);
    QTest::newRow("malformed") << QByteArray("Retry-After") << QByteArray("soon") << qint64(-1);
}

void Tst_ApiError::retryAfter()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);

    Exchange ex = completed(429, errorBody(20429, "Too Many Requests", 429));
    ex.responseHeaders.append({ name, value });
    const ApiError e = ApiError::fromExchange(ex);
    QCOMPARE(e.kind(), ApiError::Kind::Http);
    QCOMPARE(e.category(), ApiError::Category::RateLimited);
    QCOMPARE(e.retryAfterMs(), expected);
    QVERIFY(!e.mayHaveCreated());
}

void Tst_ApiError::toText()
{
    const ApiError e = ApiError::fromExchange(
        completed(400, errorBody(21211, "The 'To' number 123 is not a valid phone number.", 400)));
    const QString text = e.toText();
    QVERIFY2(text.contains(e.title()), qPrintable(text));
    QVERIFY2(text.contains(e.explanation()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The 'To' number 123 is not a valid phone number.")), qPrintable(text));
    QVERIFY2(text.contains(e.nextStep()), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("https://www.twilio.com/docs/errors/21211")), qPrintable(text));
    QVERIFY(text.startsWith(e.title()));

    const ApiError dns = ApiError::fromExchange(transportFailure(QNetworkReply::HostNotFoundError, 0, false, false));
    QVERIFY(dns.toText().contains(dns.title()));
    QVERIFY(dns.toText().contains(dns.explanation()));
    QVERIFY2(dns.toText().contains(QStringLiteral("api.twilio.com")), qPrintable(dns.toText()));
}

void Tst_ApiError::toJson_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("kind");

    QTest::newRow("http") << ApiError::fromExchange(completed(404)) << QStringLiteral("http");
    QTest::newRow("network") << ApiError::fromExchange(transportFailure(QNetworkReply::ConnectionRefusedError))
                             << QStringLiteral("network");
    QTest::newRow("tls") << ApiError::fromExchange(transportFailure(QNetworkReply::SslHandshakeFailedError))
                         << QStringLiteral("tls");
    QTest::newRow("timeout") << ApiError::fromExchange(aborted(Exchange::Abort::InactivityTimeout))
                             << QStringLiteral("timeout");
    QTest::newRow("redirect") << ApiError::fromExchange(transportFailure(QNetworkReply::TooManyRedirectsError))
                              << QStringLiteral("redirect");
    QTest::newRow("oversize") << ApiError::fromExchange(aborted(Exchange::Abort::Oversize))
                              << QStringLiteral("oversize");
    QTest::newRow("cancelled") << ApiError::cancelled() << QStringLiteral("cancelled");
    QTest::newRow("invalid input") << ApiError::invalidInput(QStringLiteral("x")) << QStringLiteral("invalid_input");
    QTest::newRow("credentials") << ApiError::badCredentials(QStringLiteral("x")) << QStringLiteral("credentials");
    QTest::newRow("bad response") << ApiError::badResponse(completed(200), QStringLiteral("x"))
                                  << QStringLiteral("bad_response");
}

void Tst_ApiError::toJson()
{
    QFETCH(ApiError, error);
    QFETCH(QString, kind);
    const QJsonObject o = error.toJson();
    QCOMPARE(o.value(u"kind").toString(), kind);
    QCOMPARE(o.value(u"title").toString(), error.title());
    QCOMPARE(o.value(u"explanation").toString(), error.explanation());
    QCOMPARE(o.value(u"next_step").toString(), error.nextStep());
    QCOMPARE(o.contains(u"status"), error.httpStatus() > 0);

    // A full Twilio error carries its fields through.
    Exchange ex = completed(400,
        "{\"code\": 21211, \"message\": \"Invalid 'To'\", \"more_info\": \"https://www.twilio.com/docs/"
        "errors/21211\", \"status\": 400, \"details\": {\"param\": \"To\"}}");
    ex.attempts = 3;
    const QJsonObject full = ApiError::fromExchange(ex).toJson();
    QCOMPARE(full.value(u"kind").toString(), QStringLiteral("http"));
    QCOMPARE(full.value(u"status").toInt(), 400);
    QCOMPARE(full.value(u"code").toInt(), 21211);
    QCOMPARE(full.value(u"message").toString(), QStringLiteral("Invalid 'To'"));
    QCOMPARE(full.value(u"more_info").toString(), QStringLiteral("https://www.twilio.com/docs/errors/21211"));
    QCOMPARE(full.value(u"details").toObject().value(u"param").toString(), QStringLiteral("To"));
    QCOMPARE(full.value(u"attempts").toInt(), 3);
    QVERIFY(!full.contains(u"may_have_created"));

    const QJsonObject once = ApiError::fromExchange(completed(404)).toJson();
    QVERIFY(!once.contains(u"attempts"));
    QVERIFY(!once.contains(u"code"));
    QVERIFY(!once.contains(u"details"));
}

void Tst_ApiError::bodySampleIsBounded()
{
    const QByteArray body = "<html>" + QByteArray(100'000, 'x') + "</html>";
    const ApiError e = ApiError::fromExchange(completed(500, body, true));
    QVERIFY(!e.bodySample().isEmpty());
    QVERIFY(e.bodySample().size() < body.size());
    QVERIFY(body.startsWith(e.bodySample()));
    QVERIFY(e.bodySample().size() <= 4096);
}

void Tst_ApiError::badResponse()
{
    Exchange ex = completed(201, "<html>not json</html>");
    ex.attempts = 2;
    const ApiError e = ApiError::badResponse(ex, QStringLiteral("the body is not JSON"));
    QCOMPARE(e.kind(), ApiError::Kind::BadResponse);
    QCOMPARE(e.category(), ApiError::Category::Server);
    QVERIFY(e.isError());
    QCOMPARE(e.httpStatus(), 201);
    QVERIFY(!e.title().isEmpty());
    QVERIFY2(e.explanation().contains(QStringLiteral("the body is not JSON")), qPrintable(e.explanation()));
    QVERIFY(!e.nextStep().isEmpty());
    QCOMPARE(e.bodySample(), QByteArray("<html>not json</html>"));
    QCOMPARE(e.method(), QByteArray("POST"));
    QCOMPARE(e.url(), kCreateUrl);
    QCOMPARE(e.attempts(), 2);
    // A 201 to a create means the message exists, whatever the body says.
    QVERIFY(e.mayHaveCreated());

    const ApiError get = ApiError::badResponse(completed(200, "[]", true), QStringLiteral("not an object"));
    QVERIFY(!get.mayHaveCreated());
}

void Tst_ApiError::invalidInput()
{
    const ApiError e
        = ApiError::invalidInput(QStringLiteral("The message SID is too short."), QStringLiteral("Copy it again."));
    QCOMPARE(e.kind(), ApiError::Kind::InvalidInput);
    QCOMPARE(e.category(), ApiError::Category::Usage);
    QVERIFY(e.isError());
    QVERIFY(!e.title().isEmpty());
    QCOMPARE(e.explanation(), QStringLiteral("The message SID is too short."));
    QCOMPARE(e.nextStep(), QStringLiteral("Copy it again."));
    QCOMPARE(e.httpStatus(), 0);
    QVERIFY(!e.mayHaveCreated());
    QVERIFY(e.toText().contains(QStringLiteral("The message SID is too short.")));
    QVERIFY(e.toText().contains(QStringLiteral("Copy it again.")));

    ApiError appended = e;
    appended.appendNextStep(QStringLiteral("Then retry."));
    QVERIFY(appended.nextStep().contains(QStringLiteral("Copy it again.")));
    QVERIFY(appended.nextStep().contains(QStringLiteral("Then retry.")));
}

void Tst_ApiError::badCredentials()
{
    const ApiError e = ApiError::badCredentials(QStringLiteral("No Auth Token."));
    QCOMPARE(e.kind(), ApiError::Kind::Credentials);
    QCOMPARE(e.category(), ApiError::Category::Auth);
    QCOMPARE(e.explanation(), QStringLiteral("No Auth Token."));
    QVERIFY(!e.title().isEmpty());
}

QTEST_GUILESS_MAIN(Tst_ApiError)
#include "tst_apierror.moc"
