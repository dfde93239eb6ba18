// SPDX-License-Identifier: GPL-3.0-or-later
// The error catalogue's part for webhooks: what Twilio's debugger says when a request it made to the developer's own
// app (a status callback, a number's SMS URL, a <Redirect>) went wrong, in the project's words, with what to check
// in the app. Codes from Twilio's error dictionary (../shared/twilio/webhooks.md).
#include "errorcatalog.h"

namespace textbench {

ErrorCatalog::Entry ErrorCatalog::webhookCode(int code)
{
    switch (code) {
    case 11200:
        return { tr("HTTP retrieval failure"),
            tr("Twilio's request to your app failed: no answer, an error status or an answer it could not "
               "read."),
            tr("Open the request and response below; check that the app is running at that URL and answers "
               "2xx within 15 seconds.") };
    case 11201:
        return { tr("TCP connection timed out"), tr("Twilio could not connect to your app within the connect timeout."),
            tr("Check that the app listens on that host and port and that nothing in between drops the "
               "connection.") };
    case 11202:
        return { tr("Connection refused"), tr("Nothing accepted the connection at that host and port."),
            tr("Start the app, or fix the port in the URL.") };
    case 11203:
        return { tr("Response timed out"),
            tr("Your app accepted the request but did not finish its answer within 15 seconds."),
            tr("Answer at once and do slow work afterwards (a queue, a background job).") };
    case 11205:
        return { tr("HTTP connection failure"),
            tr("The connection to your app failed: refused, reset, or closed before an answer."),
            tr("Check that the app is running at that URL; look at its log for a crash on this request.") };
    case 11206:
        return { tr("HTTP protocol violation"),
            tr("Your app's answer was not valid HTTP (a malformed status line or headers, or a body cut "
               "short)."),
            tr("Check what sits in front of the app (proxy, tunnel) and that the app writes a complete "
               "response.") };
    case 11210:
        return { tr("HTTP bad host name"), tr("The host name in the URL could not be resolved or is not allowed."),
            tr("Fix the host in the URL. The sandbox only calls this computer (127.0.0.1, ::1, localhost).") };
    case 11215:
        return { tr("Too many redirects"), tr("Your app redirected (HTTP 3xx or <Redirect>) more times than allowed."),
            tr("Follow the redirects yourself and remove the loop.") };
    case 11217:
        return { tr("Your app answered with an error status"),
            tr("The app answered 4xx or 5xx: Twilio takes that as a failure, and for an inbound message tries "
               "the fallback URL."),
            tr("Read the app's answer below; a 403 usually means its signature check failed (see the signed "
               "string and the signature).") };
    case 11321:
        return { tr("Malformed URL"), tr("The URL configured for this webhook is not a valid absolute URL."),
            tr("Set an http or https URL with a host, such as https://example.com/sms.") };
    case 11322:
        return { tr("Invalid method"), tr("The method configured for this webhook is neither GET nor POST."),
            tr("Set the method to GET or POST.") };
    case 12100:
        return { tr("Document parse failure"),
            tr("Your app's answer was not a TwiML document that could be read (not well-formed XML, too large, "
               "too deep, or with a DTD)."),
            tr("Answer with a <Response> document, such as one made by twilio's MessagingResponse, and "
               "Content-Type: text/xml.") };
    case 12102:
        return { tr("Invalid root element"), tr("A TwiML document's root element must be <Response>."),
            tr("Wrap the verbs in <Response>…</Response>.") };
    case 12200:
        return { tr("Schema validation warning"),
            tr("The TwiML holds something Twilio does not know for messaging; it was ignored and the rest "
               "carried out."),
            tr("Check element and attribute names: they are case-sensitive (<Message>, not <message>).") };
    case 12300:
        return { tr("Invalid Content-Type"),
            tr("Your app's answer had a Content-Type that is not TwiML, so it was not read."),
            tr("Answer with Content-Type: text/xml (or text/plain to send the text itself as the reply).") };
    case 14101:
        return { tr("Invalid \"to\" in <Message>"), tr("The to attribute of a <Message> is not a valid address."),
            tr("Leave it out to answer the sender, or give an E.164 number.") };
    case 14102:
        return { tr("Invalid \"from\" in <Message>"),
            tr("The from attribute of a <Message> is not a number this account can send from."),
            tr("Leave it out to answer from the number that received the message.") };
    case 14103:
        return { tr("Invalid <Message> body"),
            tr("A <Message> had neither text nor media, or more than 1600 characters."),
            tr("Give the reply a body of 1 to 1600 characters, or media.") };
    case 14104:
        return { tr("Invalid method in <Message>"), tr("The method attribute of a <Message> is neither GET nor POST."),
            tr("Use method=\"GET\" or method=\"POST\".") };
    case 14105:
        return { tr("Invalid statusCallback in <Message>"),
            tr("The statusCallback of a <Message> is not a valid absolute URL."),
            tr("Give an http or https URL, or leave it out.") };
    default:
        return {};
    }
}

QList<int> ErrorCatalog::webhookCodes()
{
    return { 11200, 11201, 11202, 11203, 11205, 11206, 11210, 11215, 11217, 11321, 11322, 12100, 12102, 12200, 12300,
        14101, 14102, 14103, 14104, 14105 };
}

} // namespace textbench
