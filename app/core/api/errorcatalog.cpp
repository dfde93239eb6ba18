// SPDX-License-Identifier: GPL-3.0-or-later
#include "errorcatalog.h"

namespace textbench {

ErrorCatalog::Entry ErrorCatalog::httpStatus(int status)
{
    switch (status) {
    case 200:
        return { tr("OK"), tr("The request worked; the response is the resource."), {} };
    case 201:
        return { tr("Created"), tr("The resource was created (for a message: it was accepted and queued)."), {} };
    case 202:
        return { tr("Accepted"), tr("Twilio accepted the request but has not finished processing it."),
                 tr("Fetch the resource again in a moment to see the outcome.") };
    case 204:
        return { tr("No Content"), tr("The request worked and there is nothing to return (a delete succeeded)."), {} };
    case 301:
    case 302:
    case 303:
    case 307:
    case 308:
        return { status == 301 ? tr("Moved Permanently")
                     : status == 302 ? tr("Found")
                     : status == 303 ? tr("See Other")
                     : status == 307 ? tr("Temporary Redirect")
                                     : tr("Permanent Redirect"),
                 tr("The server answered with a redirect to another address."),
                 tr("Textbench follows a redirect only on the same origin, so your credentials never go anywhere "
                    "else. Check the base URL of the profile.") };
    case 304:
        return { tr("Not Modified"), tr("The copy you already have is still current."), {} };
    case 400:
        return { tr("Bad Request"), tr("Twilio refused the request as invalid; its error code says which parameter."),
                 tr("Correct the parameter named in the message and send again.") };
    case 401:
        return { tr("Unauthorized"),
                 tr("The credentials were refused: the SID or secret is wrong, the API key was deleted, the "
                    "account is suspended, or test credentials were used where live ones are needed."),
                 tr("Check the Account SID and Auth Token (or API Key SID and Secret) of the profile, and its "
                    "region: credentials of one region do not work in another.") };
    case 403:
        return { tr("Forbidden"),
                 tr("The credentials are valid but not allowed to do this (for example, test credentials can only "
                    "create messages)."),
                 tr("Use credentials with permission for this resource, such as live credentials.") };
    case 404:
        return { tr("Not Found"),
                 tr("There is no such resource for this account and region: the SID is wrong, belongs to another "
                    "account or region, or the message was deleted."),
                 tr("Check the SID, the profile's account and its region. Deleted messages are gone for good.") };
    case 405:
        return { tr("Method Not Allowed"), tr("That operation is not supported on this resource."),
                 tr("Twilio does not allow it here; a message can be deleted only once it is no longer in "
                    "flight.") };
    case 409:
        return { tr("Conflict"), tr("The request conflicts with the resource's current state."),
                 tr("Fetch the resource to see its state, then try again.") };
    case 413:
        return { tr("Payload Too Large"), tr("The request was larger than the server accepts."),
                 tr("Shorten the body or send fewer media URLs.") };
    case 429:
        return { tr("Too Many Requests"),
                 tr("The account's limit of concurrent requests was reached; Twilio did not process the request."),
                 tr("Wait a moment and try again, and send fewer requests in parallel. It is safe to resend.") };
    case 500:
        return { tr("Internal Server Error"), tr("Twilio failed while handling the request."),
                 tr("Try again later. If this was a send, the message may or may not exist: check the message log "
                    "before sending again.") };
    case 502:
        return { tr("Bad Gateway"), tr("A server between you and Twilio failed."), tr("Try again in a moment.") };
    case 503:
        return { tr("Service Unavailable"), tr("Twilio is temporarily unavailable."),
                 tr("Wait a little, then try again.") };
    case 504:
        return { tr("Gateway Timeout"), tr("A server between you and Twilio gave up waiting."),
                 tr("Try again in a moment. If this was a send, check the message log before sending again.") };
    default:
        break;
    }
    if (status >= 200 && status < 300)
        return { tr("Success"), tr("The request worked."), {} };
    if (status >= 400 && status < 500)
        return { tr("Client Error"), tr("The server refused the request (HTTP %1).").arg(status),
                 tr("Read the error message below; correct the request and try again.") };
    if (status >= 500 && status < 600)
        return { tr("Server Error"), tr("The server failed while handling the request (HTTP %1).").arg(status),
                 tr("Try again later. If this was a send, check the message log before sending again.") };
    return { tr("Unexpected Status"), tr("The server answered with an HTTP status Textbench does not expect (%1).")
                 .arg(status),
             tr("Check the base URL of the profile: it may not point at a Twilio API.") };
}

ErrorCatalog::Entry ErrorCatalog::twilioCode(int code)
{
    switch (code) {
    case 20003:
        return { tr("Authentication failed"),
                 tr("Twilio did not accept the credentials: a wrong SID or secret, a deleted API key, test "
                    "credentials used on live data, or a suspended account."),
                 tr("Copy the Account SID and Auth Token (or API key) again from the Twilio Console and check the "
                    "profile's region.") };
    case 20008:
        return { tr("Not available with test credentials"),
                 tr("Test credentials can only create messages; fetching, listing and deleting need live "
                    "credentials."),
                 tr("Switch to a live profile to read or delete messages.") };
    case 20004:
        return { tr("Method not allowed"), tr("That operation is not supported on this resource."),
                 tr("Check the command: messages can be created, fetched, updated (redact or cancel), deleted and "
                    "listed.") };
    case 20009:
        return { tr("Still in flight"),
                 tr("The message is still being delivered, so it cannot be deleted or redacted yet."),
                 tr("Wait until its status is final (delivered, undelivered, failed, canceled), then try again.") };
    case 20404:
        return { tr("Resource not found"),
                 tr("No such resource for this account: the SID is wrong, belongs to another account or region, or "
                    "was deleted."),
                 tr("Check the SID, the account and the region.") };
    case 20429:
        return { tr("Too many concurrent requests"),
                 tr("The account reached its limit of requests in flight; the request was not processed."),
                 tr("Wait and retry, with fewer requests in parallel.") };
    case 21211:
        return { tr("Invalid To number"),
                 tr("The To number is not a valid phone number (it must be E.164, such as +14155552671), or it is "
                    "the sender itself."),
                 tr("Write the number with + and the country code.") };
    case 21266:
        return { tr("To and From are the same"), tr("A number cannot send a message to itself."),
                 tr("Send to another number, or from another sender.") };
    case 21604:
        return { tr("To number required"), tr("The request has no To number."),
                 tr("Give the number to send to, such as +14155552671.") };
    case 21212:
        return { tr("Invalid From number"), tr("The From number or alphanumeric sender ID is not valid."),
                 tr("Use a Twilio number of this account in E.164 form, or a valid sender ID.") };
    case 21408:
        return { tr("No permission for this region"),
                 tr("The account's geographic permissions do not allow messages to this country."),
                 tr("Enable the country under Messaging > Settings > Geo permissions in the Twilio Console.") };
    case 21602:
        return { tr("Body or media required"), tr("A message needs a body, a media URL or a content template."),
                 tr("Type a body or add a media URL.") };
    case 21603:
        return { tr("Sender required"), tr("A message needs a From number or a Messaging Service SID."),
                 tr("Set From, or choose a Messaging Service.") };
    case 21606:
        return { tr("Sender cannot send this message"),
                 tr("The From number is not a message-capable number of this account for this destination."),
                 tr("Pick a number this account owns that can send SMS to that country, or use a Messaging "
                    "Service.") };
    case 21608:
        return { tr("Unverified number on a trial account"),
                 tr("Trial accounts can only send to verified phone numbers."),
                 tr("Verify the number in the Twilio Console, or upgrade the account.") };
    case 21610:
        return { tr("Recipient opted out"),
                 tr("The recipient replied STOP to this sender; Twilio blocks further messages to them."),
                 tr("Do not message them unless they reply START.") };
    case 21611:
        return { tr("Sender queue full"), tr("The sender has too many messages queued."),
                 tr("Wait until the queue drains, or spread messages over more senders.") };
    case 21612:
        return { tr("Cannot route to this number"),
                 tr("The To number cannot be reached by SMS from this sender (for example, a landline or an "
                    "unsupported carrier)."),
                 tr("Check the number, or use a sender that can reach it.") };
    case 21614:
        return { tr("Not a mobile number"), tr("The To number is not a mobile number and cannot receive SMS."),
                 tr("Use a mobile number.") };
    case 21617:
        return { tr("Body too long"), tr("The body exceeds 1600 characters."),
                 tr("Shorten the body, or split it into several messages.") };
    case 21620:
        return { tr("Invalid media URL"), tr("A media URL is not valid or cannot be fetched by Twilio."),
                 tr("Use publicly reachable http(s) URLs.") };
    case 21623:
        return { tr("Too many media files"), tr("A message can carry at most 10 media URLs."),
                 tr("Remove media URLs until there are 10 or fewer.") };
    case 21701:
        return { tr("Invalid Messaging Service"), tr("The Messaging Service SID is not valid or does not exist."),
                 tr("Copy the Messaging Service SID (MG…) again from the Twilio Console.") };
    case 30400:
        return { tr("Invalid update"),
                 tr("An update takes either an empty Body (to redact) or Status=canceled (to cancel), one at a time."),
                 tr("Redact with an empty body, or cancel a scheduled message; not both at once.") };
    case 30409:
        return { tr("Cannot be canceled"), tr("Only a scheduled message can be canceled, before it is sent."),
                 tr("Check the message's status; once it has left the schedule it cannot be called back.") };
    case 35114:
        return { tr("Schedule time out of range"),
                 tr("SendAt must be between 15 minutes and 35 days in the future."),
                 tr("Choose a time inside that window.") };
    case 35118:
        return { tr("Scheduling needs a Messaging Service"),
                 tr("Only messages sent through a Messaging Service can be scheduled."),
                 tr("Set a Messaging Service SID, or send now.") };
    case 30003:
        return { tr("Unreachable handset"),
                 tr("The phone is off, out of coverage or cannot take messages right now."),
                 tr("Try again later; the recipient may need to restart the phone.") };
    case 30005:
        return { tr("Unknown destination"), tr("The number may not exist or is no longer in service."),
                 tr("Check the number with the recipient.") };
    case 30006:
        return { tr("Landline or unreachable carrier"),
                 tr("The number is a landline, or its carrier cannot deliver SMS."),
                 tr("Use a mobile number.") };
    case 30007:
        return { tr("Filtered by the carrier"),
                 tr("The carrier blocked the message as spam or against its content rules."),
                 tr("Review the content and register the sender (A2P 10DLC, toll-free verification) where "
                    "required.") };
    case 30008:
        return { tr("Unknown delivery error"), tr("Delivery failed and the carrier gave no reason."),
                 tr("Try again; if it keeps failing, contact Twilio support with the message SID.") };
    case 30034:
        return { tr("Unregistered 10DLC sender"),
                 tr("US A2P 10DLC: the sender is not registered to an approved campaign."),
                 tr("Register the number with an approved A2P campaign in the Twilio Console.") };
    default:
        return webhookCode(code);
    }
}

QString ErrorCatalog::docsUrl(int code)
{
    return QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code);
}

int ErrorCatalog::codeFromJson(const QJsonValue& value)
{
    constexpr double kLargest = 999'999'999;
    if (value.isDouble()) {
        const double d = value.toDouble();
        return d >= 1 && d <= kLargest && d == double(qint64(d)) ? int(d) : 0;
    }
    if (value.isString()) {
        bool ok = false;
        const int n = value.toString().trimmed().toInt(&ok);
        return ok && n >= 1 && n <= kLargest ? n : 0;
    }
    return 0;
}

QList<int> ErrorCatalog::knownTwilioCodes()
{
    return QList<int> { 20003, 20004, 20008, 20009, 20404, 20429, 21211, 21212, 21266, 21408, 21602, 21603, 21604,
               21606, 21608, 21610, 21611, 21612, 21614, 21617, 21620, 21623, 21701, 30400, 30409, 35114, 35118,
               30003, 30005, 30006, 30007, 30008, 30034 }
        + webhookCodes();
}

} // namespace textbench
