// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include "api/errorcatalog.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Message)
};

constexpr std::array<std::pair<MessageStatus, const char*>, 13> kStatusNames { {
    { MessageStatus::Queued, "queued" },
    { MessageStatus::Sending, "sending" },
    { MessageStatus::Sent, "sent" },
    { MessageStatus::Failed, "failed" },
    { MessageStatus::Delivered, "delivered" },
    { MessageStatus::Undelivered, "undelivered" },
    { MessageStatus::Receiving, "receiving" },
    { MessageStatus::Received, "received" },
    { MessageStatus::Accepted, "accepted" },
    { MessageStatus::Scheduled, "scheduled" },
    { MessageStatus::Read, "read" },
    { MessageStatus::PartiallyDelivered, "partially_delivered" },
    { MessageStatus::Canceled, "canceled" },
} };

QString string(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    return {};
}

// num_segments and num_media are strings on the wire; accept numbers too.
int count(const QJsonValue& v)
{
    if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 1e9)
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok && n >= 0)
            return n;
    }
    return -1;
}
} // namespace

MessageStatus MessageStatuses::fromString(QStringView s)
{
    for (const auto& [status, name] : kStatusNames) {
        if (s == QLatin1String(name))
            return status;
    }
    return MessageStatus::Unknown;
}

QString MessageStatuses::toString(MessageStatus status)
{
    for (const auto& [st, name] : kStatusNames) {
        if (st == status)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

bool MessageStatuses::isFinal(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Delivered:
    case MessageStatus::Undelivered:
    case MessageStatus::Failed:
    case MessageStatus::Received:
    case MessageStatus::Read:
    case MessageStatus::Canceled:
        return true;
    default:
        return false;
    }
}

namespace {
constexpr const char* kWeekdays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
constexpr const char* kMonths[]
    = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
constexpr qint64 kMSecsPerDay = 86'400'000;

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's days_from_civil/civil_from_days).
constexpr qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146'097 + doe - 719'468;
}

struct Civil
{
    qint64 year;
    int month;
    int day;
};

constexpr Civil civilFromDays(qint64 z)
{
    z += 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return { yoe + era * 400 + (m <= 2), m, d };
}
static_assert(daysFromCivil(1970, 1, 1) == 0 && daysFromCivil(2023, 8, 24) == 19'593);
static_assert(
    civilFromDays(19'593).year == 2023 && civilFromDays(19'593).month == 8 && civilFromDays(19'593).day == 24);

// 0 for Monday … 6 for Sunday (1970-01-01 was a Thursday).
constexpr int weekdayIndex(qint64 days)
{
    const qint64 w = (days + 3) % 7;
    return int(w < 0 ? w + 7 : w);
}

// "Thu, 24 Aug 2023 05:01:45 +0000" exactly as Twilio writes it, read by hand: a log of a hundred thousand messages
// has three hundred thousand of them, and QDateTime::fromString takes microseconds each. Anything else (another
// offset, a weekday that does not match, a two-digit year) is left to Qt's parser.
std::optional<qint64> fastTwilioMSecs(QStringView s)
{
    if (s.size() != 31 || s[3] != u',' || s[4] != u' ' || s[7] != u' ' || s[11] != u' ' || s[16] != u' '
        || s[19] != u':' || s[22] != u':' || s.sliced(25) != u" +0000")
        return std::nullopt;
    bool digits = true;
    const auto number = [&](qsizetype from, qsizetype length) {
        int n = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = s[i].unicode();
            digits = digits && c >= u'0' && c <= u'9';
            n = n * 10 + (c - u'0');
        }
        return n;
    };
    const int day = number(5, 2);
    const int year = number(12, 4);
    const int hour = number(17, 2);
    const int minute = number(20, 2);
    const int second = number(23, 2);
    int month = 0;
    for (int i = 0; i < 12 && month == 0; ++i) {
        if (s.sliced(8, 3) == QLatin1StringView(kMonths[i]))
            month = i + 1;
    }
    if (!digits || month == 0 || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, month, day);
    if (s.first(3) != QLatin1StringView(kWeekdays[weekdayIndex(days)]))
        return std::nullopt;
    return days * kMSecsPerDay + ((hour * 60 + minute) * 60 + second) * qint64(1000);
}
} // namespace

QString formatTwilioDate(qint64 msecs)
{
    const qint64 days = msecs >= 0 ? msecs / kMSecsPerDay : (msecs - kMSecsPerDay + 1) / kMSecsPerDay;
    const Civil c = civilFromDays(days);
    if (c.year < 1 || c.year > 9999)
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::RFC2822Date);
    const qint64 secondOfDay = (msecs - days * kMSecsPerDay) / 1000;
    char text[32];
    const auto put = [&text](int at, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    // A fixed-width field, not a C string: copied by length.
    std::copy_n(kWeekdays[weekdayIndex(days)], 3, text);
    std::copy_n(", ", 2, text + 3);
    put(5, c.day, 2);
    text[7] = ' ';
    std::copy_n(kMonths[c.month - 1], 3, text + 8);
    text[11] = ' ';
    put(12, c.year, 4);
    text[16] = ' ';
    put(17, secondOfDay / 3600, 2);
    text[19] = ':';
    put(20, secondOfDay / 60 % 60, 2);
    text[22] = ':';
    put(23, secondOfDay % 60, 2);
    std::copy_n(" +0000", 6, text + 25);
    return QString::fromLatin1(text, 31);
}

namespace {
// parseTwilioDate(), also saying whether the text was Twilio's own form (read by the fast path), which
// formatTwilioDate() writes back exactly; null counts as Twilio's too.
QDateTime readDate(const QJsonValue& value, bool* twilioForm)
{
    *twilioForm = value.isNull();
    if (!value.isString())
        return {};
    const QString text = value.toString();
    if (const std::optional<qint64> ms = fastTwilioMSecs(text)) {
        *twilioForm = true;
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    return dt;
}
} // namespace

QDateTime parseTwilioDate(const QJsonValue& value)
{
    bool twilioForm = false;
    return readDate(value, &twilioForm);
}

QString messageResourcePath(const QString& accountSid, const QString& sid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + accountSid + QStringLiteral("/Messages/") + sid;
}

MessageField messageField(QStringView key)
{
    // By length first: one or two string comparisons per key.
    const auto is = [key](const char* name) { return key == QLatin1StringView(name); };
    switch (key.size()) {
    case 2:
        return is("to") ? MessageField::To : MessageField::Unknown;
    case 3:
        return is("sid") ? MessageField::Sid : is("uri") ? MessageField::Uri : MessageField::Unknown;
    case 4:
        return is("body") ? MessageField::Body : is("from") ? MessageField::From : MessageField::Unknown;
    case 5:
        return is("price") ? MessageField::Price : MessageField::Unknown;
    case 6:
        return is("status") ? MessageField::Status : MessageField::Unknown;
    case 9:
        return is("date_sent") ? MessageField::DateSent
            : is("direction")  ? MessageField::Direction
            : is("num_media")  ? MessageField::NumMedia
                               : MessageField::Unknown;
    case 10:
        return is("error_code") ? MessageField::ErrorCode
            : is("price_unit")  ? MessageField::PriceUnit
                                : MessageField::Unknown;
    case 11:
        return is("account_sid") ? MessageField::AccountSid
            : is("api_version")  ? MessageField::ApiVersion
                                 : MessageField::Unknown;
    case 12:
        return is("date_created") ? MessageField::DateCreated
            : is("date_updated")  ? MessageField::DateUpdated
            : is("num_segments")  ? MessageField::NumSegments
                                  : MessageField::Unknown;
    case 13:
        return is("error_message") ? MessageField::ErrorMessage : MessageField::Unknown;
    case 16:
        return is("subresource_uris") ? MessageField::SubresourceUris : MessageField::Unknown;
    case 21:
        return is("messaging_service_sid") ? MessageField::MessagingServiceSid : MessageField::Unknown;
    default:
        return MessageField::Unknown;
    }
}

std::optional<Message> Message::fromJson(const QJsonObject& json, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<Message> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    // One walk over the object (a log parses a hundred thousand of these), which also tells whether it is in
    // Twilio's own shape (isCanonical()).
    Message m;
    m.m_raw = json;
    bool hasSid = false;
    bool badStatus = false;
    bool canonical = json.size() == kMessageFieldCount;
    QJsonObject subresources;
    // A string field: Twilio sends a non-empty string or null.
    const auto optional = [](const QJsonValue& v) { return v.isNull() || (v.isString() && !v.toString().isEmpty()); };
    bool twilioDate = false; // set by readDate() for each date field
    const auto decimal = [](const QJsonValue& v, int n) {
        return v.isNull() || (v.isString() && n >= 0 && v.toString() == QString::number(n));
    };
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QJsonValue v = it.value();
        const MessageField field = messageField(it.key());
        switch (field) {
        case MessageField::Sid:
        case MessageField::Body:
        case MessageField::Uri:
            canonical = canonical && v.isString();
            break;
        case MessageField::Status:
        case MessageField::Direction:
            canonical = canonical && v.isString() && !v.toString().isEmpty();
            break;
        case MessageField::AccountSid:
        case MessageField::ApiVersion:
        case MessageField::From:
        case MessageField::To:
        case MessageField::Price:
        case MessageField::PriceUnit:
        case MessageField::ErrorMessage:
        case MessageField::MessagingServiceSid:
            canonical = canonical && optional(v);
            break;
        case MessageField::DateCreated:
        case MessageField::DateSent:
        case MessageField::DateUpdated: // checked below, as they are read
            break;
        case MessageField::ErrorCode:
            canonical = canonical
                && (v.isNull() || (v.isDouble() && v.toDouble() != 0 && ErrorCatalog::codeFromJson(v) == v.toDouble()));
            break;
        case MessageField::SubresourceUris:
            canonical = canonical && v.isObject();
            break;
        case MessageField::NumMedia:
        case MessageField::NumSegments:
        case MessageField::Unknown:
            canonical = canonical && field != MessageField::Unknown;
            break;
        }
        switch (field) {
        case MessageField::Sid:
            hasSid = v.isString() && !v.toString().isEmpty();
            m.sid = hasSid ? v.toString() : QString();
            break;
        case MessageField::Status:
            badStatus = !v.isString() && !v.isNull();
            m.statusText = string(v);
            break;
        case MessageField::AccountSid:
            m.accountSid = string(v);
            break;
        case MessageField::ApiVersion:
            m.apiVersion = string(v);
            break;
        case MessageField::From:
            m.from = string(v);
            break;
        case MessageField::To:
            m.to = string(v);
            break;
        case MessageField::Body:
            m.body = string(v);
            break;
        case MessageField::Direction:
            m.direction = string(v);
            break;
        case MessageField::NumSegments:
            m.numSegments = count(v);
            canonical = canonical && decimal(v, m.numSegments);
            break;
        case MessageField::NumMedia:
            m.numMedia = count(v);
            canonical = canonical && decimal(v, m.numMedia);
            break;
        case MessageField::Price:
            m.price = string(v);
            break;
        case MessageField::PriceUnit:
            m.priceUnit = string(v);
            break;
        case MessageField::ErrorCode:
            if (const int code = ErrorCatalog::codeFromJson(v))
                m.errorCode = code;
            break;
        case MessageField::ErrorMessage:
            m.errorMessage = string(v);
            break;
        case MessageField::MessagingServiceSid:
            m.messagingServiceSid = string(v);
            break;
        case MessageField::DateCreated:
            m.dateCreated = readDate(v, &twilioDate);
            canonical = canonical && twilioDate;
            break;
        case MessageField::DateSent:
            m.dateSent = readDate(v, &twilioDate);
            canonical = canonical && twilioDate;
            break;
        case MessageField::DateUpdated:
            m.dateUpdated = readDate(v, &twilioDate);
            canonical = canonical && twilioDate;
            break;
        case MessageField::Uri:
            m.uri = string(v);
            break;
        case MessageField::SubresourceUris:
            subresources = v.toObject();
            m.mediaUri = string(subresources.value(u"media"));
            m.feedbackUri = string(subresources.value(u"feedback"));
            break;
        case MessageField::Unknown:
            break;
        }
    }
    if (!hasSid)
        return fail(Tr::tr("the message has no \"sid\""));
    if (badStatus)
        return fail(Tr::tr("the message's \"status\" is not a string"));
    m.status = MessageStatuses::fromString(m.statusText);
    if (canonical) {
        const QString uri = messageResourcePath(m.accountSid, m.sid);
        const bool hasMedia = !m.mediaUri.isEmpty();
        const bool hasFeedback = !m.feedbackUri.isEmpty();
        canonical = m.uri == uri + u".json" && subresources.size() == int(hasMedia) + int(hasFeedback)
            && (!hasMedia || m.mediaUri == uri + u"/Media.json")
            && (!hasFeedback || m.feedbackUri == uri + u"/Feedback.json");
    }
    m.m_canonical = canonical;
    return m;
}

} // namespace textbench
