// SPDX-License-Identifier: GPL-3.0-or-later
// The TwiML reader (an app's answer to an inbound message, read by the sandbox) and the webhook signature over what
// it yields.
//
// Input layout: byte 0 picks the Content-Type (text/xml, application/xml, text/html, text/plain, application/json, or
// none); the rest is the answer's body.
//
// Invariants: the reader never crashes or hangs; a failure has Twilio's code and says why; a success holds at most
// Twiml::kMaxMessages replies of 1 to kMaxBody characters (or media) with at most kMaxMedia media each; a redirect
// has a URL and GET or POST; the signature of what was read is a 28-character Base64 HMAC-SHA1.
#include "fuzzcommon.h"
#include "webhooks/twiml.h"
#include "webhooks/webhooksignature.h"

using namespace textbench;

TEXTBENCH_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const QByteArray kTypes[]
        = { "text/xml", "application/xml; charset=utf-8", "text/html", "text/plain", "application/json", "" };
    const QByteArray type = kTypes[data[0] % std::size(kTypes)];
    const QByteArray body = fuzz::bytes(data + 1, size - 1);
    const TwimlReply r = Twiml::read(body, type);
    if (r.failed()) {
        FUZZ_CHECK(!r.problem.isEmpty());
        FUZZ_CHECK(r.errorCode == 12100 || r.errorCode == 12102 || r.errorCode == 12200 || r.errorCode == 12300
            || (r.errorCode >= 14101 && r.errorCode <= 14105));
        return 0;
    }
    FUZZ_CHECK(r.messages.size() <= Twiml::kMaxMessages);
    FormFields signedFields;
    for (const TwimlMessage& m : r.messages) {
        FUZZ_CHECK(m.body.size() <= Twiml::kMaxBody);
        FUZZ_CHECK(!m.body.isEmpty() || !m.mediaUrls.isEmpty());
        FUZZ_CHECK(m.mediaUrls.size() <= Twiml::kMaxMedia);
        FUZZ_CHECK(m.method.isEmpty() || m.method == u"GET" || m.method == u"POST");
        signedFields.append({ QStringLiteral("Body"), m.body });
    }
    if (r.redirect) {
        FUZZ_CHECK(!r.redirect->url.isEmpty());
        FUZZ_CHECK(r.redirect->method == u"GET" || r.redirect->method == u"POST");
    }
    for (const auto& [code, text] : r.warnings)
        FUZZ_CHECK(code == 12200 && !text.isEmpty());
    const WebhookSignature::Signed s = WebhookSignature::sign(
        r.redirect ? r.redirect->url : QStringLiteral("http://127.0.0.1/"), signedFields, QStringLiteral("token"));
    FUZZ_CHECK(s.signature.size() == 28);
    return 0;
}
