// SPDX-License-Identifier: GPL-3.0-or-later
#include "messageparams.h"

#include "api/apiendpoint.h"
#include "api/sid.h"
#include "datefilter.h"
#include "phone/phonenumbers.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::CreateMessageParams)
};

QString boolText(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }

QString oneOf(const QString& value, const QString& name, const QStringList& allowed)
{
    if (value.isEmpty() || allowed.contains(value))
        return {};
    return Tr::tr("%1 must be one of: %2 (not \"%3\").").arg(name, allowed.join(QStringLiteral(", ")), value);
}

QString dateFilterProblem(const QString& value, const QString& name)
{
    if (value.isEmpty())
        return {};
    if (DateFilter::parse(value).isValid())
        return {};
    return Tr::tr("%1 \"%2\" is not a date: write it as YYYY-MM-DD (or an ISO 8601 date-time such as "
                  "2026-11-27T10:00:00Z).")
        .arg(name, value);
}
} // namespace

QString toTwilioDateTime(const QDateTime& dt)
{
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString CreateMessageParams::normalize(const QDateTime& now, const QString& defaultRegion)
{
    if (to.trimmed().isEmpty())
        return Tr::tr("To is required: the number to send to, such as +14155552671.");
    const AddressCheck toCheck = PhoneNumbers::check(to, PhoneNumbers::Role::To, defaultRegion);
    if (!toCheck.isValid())
        return toCheck.problem;
    to = toCheck.normalized;
    warnings.clear();
    if (!toCheck.warning.isEmpty())
        warnings << toCheck.warning;

    from = from.trimmed();
    messagingServiceSid = messagingServiceSid.trimmed();
    if (from.isEmpty() && messagingServiceSid.isEmpty())
        return Tr::tr("A sender is required: give From (a Twilio number of this account) or a Messaging Service "
                      "SID.");
    if (!from.isEmpty()) {
        const AddressCheck fromCheck = PhoneNumbers::check(from, PhoneNumbers::Role::From, defaultRegion);
        if (!fromCheck.isValid())
            return fromCheck.problem;
        from = fromCheck.normalized;
        if (!fromCheck.warning.isEmpty())
            warnings << fromCheck.warning;
        if (from == to)
            return Tr::tr("To and From are the same number: a number cannot send a message to itself.");
    }
    if (!messagingServiceSid.isEmpty()) {
        if (QString p = Sid::shapeProblem(messagingServiceSid, { QStringLiteral("MG") }, Tr::tr("Messaging Service SID"));
            !p.isEmpty())
            return p;
    }

    const bool hasBody = body.has_value() && !body->isEmpty();
    if (!hasBody && mediaUrls.isEmpty() && contentSid.isEmpty())
        return Tr::tr("The message is empty: give a body, a media URL or a content template (ContentSid).");
    if (hasBody) {
        const qsizetype characters = body->toUcs4().size();
        if (characters > kMaxBodyCharacters)
            return Tr::tr("The body has %1 characters; Twilio accepts at most %2. Shorten it or split it into "
                          "several messages.")
                .arg(characters)
                .arg(kMaxBodyCharacters);
    }
    if (mediaUrls.size() > kMaxMediaUrls)
        return Tr::tr("There are %1 media URLs; a message can carry at most %2.").arg(mediaUrls.size()).arg(kMaxMediaUrls);
    for (QString& url : mediaUrls) {
        url = url.trimmed();
        if (!ApiEndpoint::isWebUrl(url))
            return Tr::tr("\"%1\" is not a media URL Twilio can fetch: use a full http:// or https:// address.").arg(url);
    }
    if (!contentSid.isEmpty()) {
        if (QString p = Sid::shapeProblem(contentSid, { QStringLiteral("HX") }, Tr::tr("Content SID")); !p.isEmpty())
            return p;
    }
    if (!applicationSid.isEmpty()) {
        if (QString p = Sid::shapeProblem(applicationSid, { QStringLiteral("AP") }, Tr::tr("Application SID"));
            !p.isEmpty())
            return p;
    }
    if (!statusCallback.isEmpty() && !ApiEndpoint::isWebUrl(statusCallback))
        return Tr::tr("The status callback \"%1\" is not a full http:// or https:// URL.").arg(statusCallback);
    if (validityPeriod && (*validityPeriod < 1 || *validityPeriod > 36000))
        return Tr::tr("The validity period must be between 1 and 36000 seconds (10 hours), not %1.").arg(*validityPeriod);
    if (attempt && *attempt < 1)
        return Tr::tr("Attempt must be 1 or more.");
    if (!maxPrice.isEmpty()) {
        bool ok = false;
        const double price = maxPrice.toDouble(&ok);
        if (!ok || !std::isfinite(price))
            return Tr::tr("The maximum price \"%1\" is not a number, such as 0.05.").arg(maxPrice);
    }
    for (const QString& p : { oneOf(contentRetention, QStringLiteral("ContentRetention"), { QStringLiteral("retain"), QStringLiteral("discard") }),
                              oneOf(addressRetention, QStringLiteral("AddressRetention"), { QStringLiteral("retain"), QStringLiteral("obfuscate") }),
                              oneOf(riskCheck, QStringLiteral("RiskCheck"), { QStringLiteral("enable"), QStringLiteral("disable") }),
                              oneOf(scheduleType, QStringLiteral("ScheduleType"), { QStringLiteral("fixed") }) }) {
        if (!p.isEmpty())
            return p;
    }
    if (sendAt.isValid()) {
        if (messagingServiceSid.isEmpty())
            return Tr::tr("Scheduling (SendAt) needs a Messaging Service SID (Twilio error 35118).");
        const qint64 ahead = now.secsTo(sendAt);
        if (ahead < qint64(15) * 60 || ahead > qint64(35) * 24 * 3600)
            return Tr::tr("SendAt must be between 15 minutes and 35 days from now (Twilio error 35114); %1 is not.")
                .arg(toTwilioDateTime(sendAt));
        if (scheduleType.isEmpty())
            scheduleType = QStringLiteral("fixed");
    } else if (!scheduleType.isEmpty()) {
        return Tr::tr("ScheduleType needs a SendAt time.");
    }
    return {};
}

FormFields CreateMessageParams::toForm() const
{
    // The order of the official Node library (lib/rest/api/v2010/account/message.js), so that requests from both
    // are byte-for-byte the same.
    FormFields f;
    const auto add = [&f](const char* name, const QString& value) {
        if (!value.isEmpty())
            f.append({ QString::fromLatin1(name), value });
    };
    const auto addBool = [&f](const char* name, const std::optional<bool>& value) {
        if (value)
            f.append({ QString::fromLatin1(name), boolText(*value) });
    };
    const auto addInt = [&f](const char* name, const std::optional<int>& value) {
        if (value)
            f.append({ QString::fromLatin1(name), QString::number(*value) });
    };
    add("To", to);
    add("StatusCallback", statusCallback);
    add("ApplicationSid", applicationSid);
    add("MaxPrice", maxPrice);
    addBool("ProvideFeedback", provideFeedback);
    addInt("Attempt", attempt);
    addInt("ValidityPeriod", validityPeriod);
    addBool("ForceDelivery", forceDelivery);
    add("ContentRetention", contentRetention);
    add("AddressRetention", addressRetention);
    addBool("SmartEncoded", smartEncoded);
    for (const QString& action : persistentActions)
        f.append({ QStringLiteral("PersistentAction"), action });
    add("TrafficType", trafficType);
    addBool("ShortenUrls", shortenUrls);
    add("ScheduleType", scheduleType);
    if (sendAt.isValid())
        f.append({ QStringLiteral("SendAt"), toTwilioDateTime(sendAt) });
    addBool("SendAsMms", sendAsMms);
    add("ContentVariables", contentVariables);
    add("RiskCheck", riskCheck);
    add("From", from);
    add("MessagingServiceSid", messagingServiceSid);
    if (body)
        f.append({ QStringLiteral("Body"), *body });
    for (const QString& url : mediaUrls)
        f.append({ QStringLiteral("MediaUrl"), url });
    add("ContentSid", contentSid);
    return f;
}

QString MessageListFilter::normalize()
{
    for (auto [value, role, name] : { std::tuple { &to, PhoneNumbers::Role::To, QStringLiteral("To") },
                                      std::tuple { &from, PhoneNumbers::Role::From, QStringLiteral("From") } }) {
        if (value->trimmed().isEmpty()) {
            value->clear();
            continue;
        }
        const AddressCheck c = PhoneNumbers::check(*value, role);
        if (!c.isValid())
            return Tr::tr("%1 filter: %2").arg(name, c.problem);
        *value = c.normalized;
    }
    for (auto [value, name] : { std::pair { &dateSent, QStringLiteral("DateSent") },
                                std::pair { &dateSentBefore, QStringLiteral("DateSent<") },
                                std::pair { &dateSentAfter, QStringLiteral("DateSent>") } }) {
        *value = value->trimmed();
        if (QString p = dateFilterProblem(*value, name); !p.isEmpty())
            return p;
    }
    if (pageSize < 0 || pageSize > kMaxPageSize)
        return Tr::tr("The page size must be between 1 and %1, not %2.").arg(kMaxPageSize).arg(pageSize);
    return {};
}

FormFields MessageListFilter::toQuery(int limit) const
{
    FormFields q;
    const auto add = [&q](const char* name, const QString& value) {
        if (!value.isEmpty())
            q.append({ QString::fromLatin1(name), value });
    };
    add("To", to);
    add("From", from);
    add("DateSent", dateSent);
    add("DateSent<", dateSentBefore);
    add("DateSent>", dateSentAfter);
    const int size = pageSize > 0 ? pageSize : (limit > 0 ? std::min(limit, kMaxPageSize) : 0);
    if (size > 0)
        q.append({ QStringLiteral("PageSize"), QString::number(size) });
    return q;
}

} // namespace textbench
