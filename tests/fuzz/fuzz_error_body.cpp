// SPDX-License-Identifier: GPL-3.0-or-later
// The error mapping: an Exchange built from the input -> ApiError::fromExchange -> toText() / toJson().
//
// Input layout:
//   byte 0-1  HTTP status, big-endian (0 = no status line)
//   byte 2    bits 0-3: transport error (index into kNetworkErrors), bits 4-6: abort (index into kAborts),
//             bit 7: a create (POST, not idempotent)
//   byte 3    attempts (low 3 bits + 1)
//   rest      response headers ("Name: value" lines) up to the first empty line ("\n\n"), then the body; with no
//             empty line, all of it is the body.
#include "fuzzcommon.h"

#include "api/apierror.h"
#include "api/exchange.h"

#include <QJsonObject>

#include <array>

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

namespace {
constexpr std::array<QNetworkReply::NetworkError, 16> kNetworkErrors { {
    QNetworkReply::NoError,
    QNetworkReply::NoError,
    QNetworkReply::NoError,
    QNetworkReply::NoError,
    QNetworkReply::ConnectionRefusedError,
    QNetworkReply::RemoteHostClosedError,
    QNetworkReply::HostNotFoundError,
    QNetworkReply::TimeoutError,
    QNetworkReply::SslHandshakeFailedError,
    QNetworkReply::TooManyRedirectsError,
    QNetworkReply::InsecureRedirectError,
    QNetworkReply::ContentReSendError,
    QNetworkReply::ContentNotFoundError, // derived from an HTTP status: the response arrived
    QNetworkReply::ProtocolInvalidOperationError,
    QNetworkReply::InternalServerError,
    QNetworkReply::UnknownNetworkError,
} };

constexpr std::array<Exchange::Abort, 8> kAborts { {
    Exchange::Abort::None,
    Exchange::Abort::None,
    Exchange::Abort::None,
    Exchange::Abort::None,
    Exchange::Abort::InactivityTimeout,
    Exchange::Abort::Deadline,
    Exchange::Abort::Oversize,
    Exchange::Abort::Cancelled,
} };

HeaderList parseHeaders(QByteArrayView block)
{
    HeaderList headers;
    for (const QByteArray& line : block.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return headers;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 4)
        return 0;
    Exchange ex;
    ex.httpStatus = (int(data[0]) << 8) | int(data[1]);
    ex.networkError = kNetworkErrors[data[2] & 0x0F];
    ex.networkErrorString = QStringLiteral("Qt says something went wrong");
    ex.abort = kAborts[(data[2] >> 4) & 0x07];
    ex.idempotent = (data[2] & 0x80) == 0;
    ex.method = ex.idempotent ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    ex.url = QUrl(QStringLiteral("https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/"
                                 "Messages.json"));
    ex.attempts = (data[3] & 0x07) + 1;
    ex.maxResponseBytes = 8 * 1024 * 1024;
    ex.timeoutMs = 30'000;
    const QByteArray rest = fuzz::bytes(data + 4, size - 4);
    const qsizetype split = rest.indexOf("\n\n");
    if (split >= 0) {
        ex.responseHeaders = parseHeaders(QByteArrayView(rest).first(split));
        ex.body = rest.mid(split + 2);
    } else {
        ex.body = rest;
    }

    const ApiError e = ApiError::fromExchange(ex);
    const bool complete = ex.transferComplete();
    if (complete && ex.httpStatus >= 200 && ex.httpStatus < 300) {
        FUZZ_CHECK(!e.isError());
    } else {
        FUZZ_CHECK(e.isError());
        FUZZ_CHECK(!e.title().isEmpty());
    }
    if (complete && !(ex.httpStatus >= 200 && ex.httpStatus < 300)) {
        FUZZ_CHECK(e.kind() == ApiError::Kind::Http);
        FUZZ_CHECK(e.bodySample().size() <= 512);
        FUZZ_CHECK(e.bodySample() == ex.body.left(e.bodySample().size()));
        FUZZ_CHECK(e.twilioMessage().size() <= 2000);
        FUZZ_CHECK(e.twilioCode() >= 0);
        if (e.twilioCode() > 0)
            FUZZ_CHECK(!e.moreInfo().isEmpty());
    }
    FUZZ_CHECK(e.retryAfterMs() >= -1);
    FUZZ_CHECK(e.httpStatus() == ex.httpStatus || e.kind() == ApiError::Kind::Cancelled);
    FUZZ_CHECK(e.isError() == (e.category() != ApiError::Category::None));

    const QString text = e.toText();
    const QJsonObject json = e.toJson();
    FUZZ_CHECK(!json.value(u"kind").toString().isEmpty());
    if (e.isError()) {
        FUZZ_CHECK(text.startsWith(e.title()));
        if (!e.twilioMessage().isEmpty())
            FUZZ_CHECK(text.contains(e.twilioMessage()));
    }

    // The other constructor that sees a body: a 2xx whose body is not what Twilio sends.
    const ApiError bad = ApiError::badResponse(ex, QString::fromUtf8(ex.body.left(64)));
    FUZZ_CHECK(bad.kind() == ApiError::Kind::BadResponse && bad.bodySample().size() <= 512);
    (void)bad.toText();
    (void)bad.toJson();
    return 0;
}
