// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesresource.h"

#include "api/apiendpoint.h"
#include "api/sid.h"
#include "messages/datefilter.h"
#include "messages/segmentcalculator.h"
#include "phone/phonenumbers.h"
#include "sandboxaccount.h"
#include "sandboxjson.h"
#include "statuscallbacks.h"

namespace textbench::sandbox {

namespace {
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;
} // namespace

QJsonObject MessagesResource::json(const StoredMessage& message) const
{
    return Json::message(message, m_state.stateOf(message), message.owner());
}

StoredMessage* MessagesResource::find(const Request& request, const QString& sid) const
{
    StoredMessage* message = m_state.store.find(sid);
    return message && message->owner() == request.accountSid ? message : nullptr;
}

Reply MessagesResource::notFound(const Request& request, const QString& sid)
{
    return Reply::error(404, 20404,
        QStringLiteral("The requested resource %1/Messages/%2.json was not found")
            .arg(Json::accountPath(request.accountSid), sid));
}

Reply MessagesResource::create(const Request& request)
{
    const FormFields form = request.form();
    const auto field = [&form](const char* name) { return FormEncoding::value(form, QString::fromLatin1(name)); };
    const QString rawTo = field("To").trimmed();
    const QString rawFrom = field("From").trimmed();
    const QString service = field("MessagingServiceSid").trimmed();
    const QString body = field("Body");
    const QStringList media = FormEncoding::values(form, QStringLiteral("MediaUrl"));
    const QString contentSid = field("ContentSid");
    const QString sendAtText = field("SendAt");
    const QString statusCallback = field("StatusCallback").trimmed();
    const bool smart = field("SmartEncoded") == u"true";

    if (rawTo.isEmpty())
        return Reply::error(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (rawFrom.isEmpty() && service.isEmpty())
        return Reply::error(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (body.isEmpty() && media.isEmpty() && contentSid.isEmpty())
        return Reply::error(400, 21602, QStringLiteral("Message body is required."));
    if (body.toUcs4().size() > 1600)
        return Reply::error(
            400, 21617, QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    if (media.size() > 10)
        return Reply::error(400, 21623, QStringLiteral("Too many media urls. The maximum number of media urls is 10."));
    for (const QString& url : media) {
        if (!ApiEndpoint::isWebUrl(url))
            return Reply::error(400, 21620,
                QStringLiteral("Media urls: %1 are invalid. Please use only valid http and https urls").arg(url));
    }
    if (!statusCallback.isEmpty() && !ApiEndpoint::isWebUrl(statusCallback))
        return Reply::error(
            400, 21609, QStringLiteral("The StatusCallback URL %1 is not a valid URL.").arg(statusCallback.left(200)));
    const AddressCheck to = PhoneNumbers::check(rawTo, PhoneNumbers::Role::To);
    if (!to.isValid() || (to.kind == AddressCheck::Kind::PhoneNumber && !to.verified))
        return Reply::error(400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(rawTo));
    QString from = Account::kSender;
    if (!rawFrom.isEmpty()) {
        const AddressCheck fromCheck = PhoneNumbers::check(rawFrom, PhoneNumbers::Role::From);
        if (!fromCheck.isValid() || (fromCheck.kind == AddressCheck::Kind::PhoneNumber && !fromCheck.verified))
            return Reply::error(400, 21212,
                QStringLiteral("The 'From' number %1 is not a valid phone number, shortcode, or alphanumeric "
                               "sender ID.")
                    .arg(rawFrom));
        from = fromCheck.normalized;
    }
    // A malformed SID, or one of no service of this account (the sandbox has one: /v1/Services; its subaccounts
    // none).
    if (!service.isEmpty()
        && (!Sid::hasShape(service, { QStringLiteral("MG") }) || service != m_state.service.sid
            || request.isSubaccount()))
        return Reply::error(400, 21701, QStringLiteral("The Messaging Service Sid %1 is invalid.").arg(service));
    if (to.normalized == from)
        return Reply::error(400, 21266, QStringLiteral("'To' and 'From' number cannot be the same: %1").arg(from));
    if (const auto refusal = MagicNumbers::refusalForTo(to.normalized))
        return Reply::error(400, refusal->code, refusal->message);
    if (const auto refusal = MagicNumbers::refusalForFrom(rawFrom.isEmpty() ? QString() : from, request.isTest());
        refusal && !rawFrom.isEmpty())
        return Reply::error(400, refusal->code, refusal->message);

    const QDateTime now = m_state.clock.now();
    StoredMessage message;
    if (!sendAtText.isEmpty()) {
        if (service.isEmpty())
            return Reply::error(400, 35118, QStringLiteral("MessagingServiceSid is required to schedule a message."));
        const QDateTime sendAt = QDateTime::fromString(sendAtText, Qt::ISODate);
        const qint64 ahead = sendAt.isValid() ? now.secsTo(sendAt) : -1;
        if (ahead < qint64(15) * 60 || ahead > qint64(35) * 24 * 3600)
            return Reply::error(400, 35114,
                QStringLiteral("SendAt time must be between 900 seconds and 35 days (3024000 seconds) in the "
                               "future."));
        message.sendAt = sendAt.toUTC();
    }

    message.sid = m_state.newSid(media.isEmpty() ? QStringLiteral("SM") : QStringLiteral("MM"));
    message.from = from;
    message.to = to.normalized;
    message.body = body;
    message.messagingServiceSid = service;
    message.mediaUrls = media;
    message.numSegments = body.isEmpty() ? 1 : SegmentCalculator::analyze(body, smart).segments;
    message.created = now;
    message.failure = MagicNumbers::deliveryFailureFor(message.to);
    message.statusCallback = statusCallback;
    message.accountSid = request.accountSid;
    // Test credentials create nothing that can be fetched (and call nothing back); the answer still looks like a
    // queued message of the test account.
    if (!request.isTest()) {
        if (request.isSubaccount())
            ++m_state.subaccountMessages;
        m_state.store.insert(message);
        m_callbacks.watch(message.sid);
    }
    return Reply::json(201, Json::message(message, m_state.stateOf(message), request.accountSid));
}

Reply MessagesResource::fetch(const Request& request) const
{
    const QString sid = request.capture(1);
    const StoredMessage* message = find(request, sid);
    return message ? Reply::json(200, json(*message)) : notFound(request, sid);
}

Reply MessagesResource::media(const Request& request) const
{
    const QString sid = request.capture(1);
    const StoredMessage* message = find(request, sid);
    return message ? Reply::json(200, Json::mediaList(*message, message->owner())) : notFound(request, sid);
}

Reply MessagesResource::update(const Request& request)
{
    const QString sid = request.capture(1);
    StoredMessage* message = find(request, sid);
    if (!message)
        return notFound(request, sid);
    const FormFields form = request.form();
    const QString body = FormEncoding::value(form, QStringLiteral("Body"));
    const QString status = FormEncoding::value(form, QStringLiteral("Status"));
    const bool hasBody = !body.isNull();
    const bool hasStatus = !status.isNull();
    if (hasBody == hasStatus)
        return Reply::error(400, 30400,
            hasBody ? QStringLiteral("Cannot cancel and redact a message at the same time.")
                    : QStringLiteral("Parameters are not valid: give Body or Status."));
    const QDateTime now = m_state.clock.now();
    const Lifecycle::State state = m_state.stateOf(*message);
    if (hasStatus) {
        if (status != u"canceled")
            return Reply::error(400, 30400, QStringLiteral("Parameters are not valid: Status can only be 'canceled'."));
        if (state.status != u"scheduled")
            return Reply::error(400, 30409, QStringLiteral("This message cannot be canceled."));
        message->canceledAt = now;
        m_callbacks.changedNow(sid);
    } else {
        if (!body.isEmpty())
            return Reply::error(
                400, 30400, QStringLiteral("Parameters are not valid: Body can only be redacted (empty)."));
        if (!state.isFinal)
            return Reply::error(
                400, 20009, QStringLiteral("Cannot redact the body of a message that is still in flight."));
        message->body.clear();
        message->redactedAt = now;
    }
    return Reply::json(200, json(*message));
}

Reply MessagesResource::remove(const Request& request)
{
    const QString sid = request.capture(1);
    const StoredMessage* message = find(request, sid);
    if (!message)
        return notFound(request, sid);
    if (!m_state.stateOf(*message).isFinal)
        return Reply::error(
            400, 20009, QStringLiteral("Cannot delete message because delivery has not been completed."));
    if (request.isSubaccount())
        --m_state.subaccountMessages;
    m_state.store.remove(sid);
    return Reply::noContent();
}

Reply MessagesResource::list(const Request& request) const
{
    const FormFields query = request.query();
    const auto field = [&query](const char* name) { return FormEncoding::value(query, QString::fromLatin1(name)); };

    Json::Page page;
    page.path = Json::accountPath(request.accountSid) + QStringLiteral("/Messages.json");
    for (const char* name : { "To", "From", "DateSent", "DateSent<", "DateSent>" }) {
        if (const QString v = field(name); !v.isNull())
            page.filters.append({ QString::fromLatin1(name), v });
    }
    const QString toFilter = field("To");
    const QString fromFilter = field("From");
    DateFilter on, before, after;
    for (auto [name, bound] :
        { std::pair { "DateSent", &on }, std::pair { "DateSent<", &before }, std::pair { "DateSent>", &after } }) {
        const QString v = field(name);
        if (v.isEmpty())
            continue;
        *bound = DateFilter::parse(v);
        if (bound == &on)
            *bound = bound->asDay(); // "sent on": a day, even when written as a date-time
        if (!bound->isValid())
            return Reply::error(400, 20001,
                QStringLiteral("Invalid %1: %2 is not a date (YYYY-MM-DD) or an ISO 8601 date-time.")
                    .arg(QString::fromLatin1(name), v));
    }
    page.pageSize = kDefaultPageSize;
    if (const QString v = field("PageSize"); !v.isEmpty()) {
        bool ok = false;
        page.pageSize = v.toInt(&ok);
        if (!ok || page.pageSize < 1 || page.pageSize > kMaxPageSize)
            return Reply::error(400, 20001, QStringLiteral("PageSize must be between 1 and %1.").arg(kMaxPageSize));
    }
    if (const QString v = field("Page"); !v.isEmpty()) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < 0 || n > 1'000'000)
            return Reply::error(400, 20001, QStringLiteral("Page must be a whole number from 0 to 1000000."));
        page.page = int(n);
    }

    const SandboxStore& store = m_state.store;
    // The store holds every account's messages: while a subaccount has some, each list picks its own.
    const bool otherAccounts = m_state.subaccountMessages > 0 || request.isSubaccount();
    const bool filtered = otherAccounts || !toFilter.isEmpty() || !fromFilter.isEmpty() || on.isValid()
        || before.isValid() || after.isValid();
    // Unfiltered, a page is read straight from the store; filtered, the matching SIDs are collected first.
    QStringList matching;
    if (filtered) {
        for (qsizetype i = 0; i < store.size(); ++i) {
            const StoredMessage& m = store.atNewestFirst(i);
            if (m.owner() != request.accountSid)
                continue;
            if (!toFilter.isEmpty() && m.to != toFilter)
                continue;
            if (!fromFilter.isEmpty() && m.from != fromFilter)
                continue;
            if (on.isValid() || before.isValid() || after.isValid()) {
                const QDateTime sent = m_state.stateOf(m).dateSent;
                if (!sent.isValid())
                    continue;
                // "DateSent<" and "DateSent>" read as <= and >= on the wire ("DateSent<=2024-01-01").
                if ((on.isValid() && on.compare(sent) != 0) || (before.isValid() && before.compare(sent) > 0)
                    || (after.isValid() && after.compare(sent) < 0))
                    continue;
            }
            matching.append(m.sid);
        }
    }
    const qsizetype total = filtered ? matching.size() : qsizetype(store.size());
    const auto sidAt
        = [&](qsizetype i) -> const QString& { return filtered ? matching.at(i) : store.atNewestFirst(i).sid; };
    const auto indexOf
        = [&](const QString& sid) { return filtered ? matching.indexOf(sid) : store.indexNewestFirst(sid); };

    qsizetype start = qsizetype(page.page) * page.pageSize;
    page.pageToken = field("PageToken");
    if (page.pageToken.size() > 2) {
        const qsizetype at = indexOf(page.pageToken.mid(2));
        if (at >= 0)
            start = at;
    }
    // A page past the end (Page too large, or its token's message deleted since) is simply empty.
    start = std::min(start, total);
    const qsizetype end = std::min(start + page.pageSize, total);
    const qsizetype previousStart = std::max<qsizetype>(0, start - page.pageSize);
    page.start = start;
    page.end = end;
    if (end < total)
        page.nextToken = u"PA" + sidAt(end);
    if (page.page > 0 && start > 0 && previousStart < total)
        page.previousToken = u"PA" + sidAt(previousStart);

    QJsonArray messages;
    for (qsizetype i = start; i < end; ++i)
        messages.append(json(*store.find(sidAt(i))));
    return Reply::json(200, page.toJson(QStringLiteral("messages"), messages));
}

Reply MessagesResource::feedback(const Request& request)
{
    const QString sid = request.capture(1);
    StoredMessage* message = find(request, sid);
    if (!message)
        return notFound(request, sid);
    QString outcome = FormEncoding::value(request.form(), QStringLiteral("Outcome"));
    if (outcome.isNull())
        outcome = QStringLiteral("confirmed");
    if (outcome != u"confirmed" && outcome != u"unconfirmed")
        return Reply::error(
            400, 20001, QStringLiteral("Invalid Outcome: %1 is not confirmed or unconfirmed.").arg(outcome.left(40)));
    const QDateTime now = m_state.clock.now();
    if (!message->feedbackCreated.isValid())
        message->feedbackCreated = now;
    message->feedbackUpdated = now;
    message->feedbackOutcome = outcome;
    return Reply::json(200, Json::feedback(*message, message->owner()));
}

} // namespace textbench::sandbox
