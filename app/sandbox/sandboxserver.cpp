// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "api/apiendpoint.h"
#include "api/formencoding.h"
#include "api/sid.h"
#include "messages/segmentcalculator.h"
#include "phone/phonenumbers.h"
#include "sandboxaccount.h"

#include <QCryptographicHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

#include <cmath>

namespace textbench::sandbox {

namespace {
const QString kApiPrefix = QStringLiteral("/2010-04-01/Accounts/");
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;
constexpr double kPricePerSegment = 0.0079;

// Twilio's form, weekday included ("Fri, 27 Nov 2026 10:00:00 +0000"); Qt 6.4's RFC2822Date leaves the weekday out.
QJsonValue dateValue(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(QLocale::c().toString(dt.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Status";
    }
}

// DateSent filters: a date (YYYY-MM-DD) compares days, a date-time compares instants.
struct DateBound
{
    QDate date;
    QDateTime dateTime;
    bool isValid() const { return date.isValid() || dateTime.isValid(); }
};

DateBound parseDateBound(const QString& value)
{
    DateBound b;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(value).hasMatch())
        b.date = QDate::fromString(value, Qt::ISODate);
    else
        b.dateTime = QDateTime::fromString(value, Qt::ISODate);
    return b;
}

// -1 before, 0 on, 1 after the bound.
int compareToBound(const QDateTime& sent, const DateBound& bound)
{
    if (bound.date.isValid()) {
        const QDate d = sent.toUTC().date();
        return d < bound.date ? -1 : d > bound.date ? 1 : 0;
    }
    const QDateTime t = bound.dateTime.toUTC();
    return sent < t ? -1 : sent > t ? 1 : 0;
}
} // namespace

SandboxServer::SandboxServer(QObject* parent)
    : QAbstractHttpServer(parent)
{ }

void SandboxServer::setSpeed(double speed)
{
    m_speed = speed == 0 ? 0 : std::isfinite(speed) ? std::clamp(speed, kMinSpeed, kMaxSpeed) : 1.0;
}

bool SandboxServer::listen(quint16 port)
{
    m_port = QAbstractHttpServer::listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject SandboxServer::connectionInfo() const
{
    return QJsonObject {
        { QStringLiteral("base_url"), baseUrl().toString() },
        { QStringLiteral("account_sid"), Account::kAccountSid },
        { QStringLiteral("auth_token"), Account::kAuthToken },
        { QStringLiteral("api_key_sid"), Account::kApiKeySid },
        { QStringLiteral("api_key_secret"), Account::kApiKeySecret },
        { QStringLiteral("test_account_sid"), Account::kTestAccountSid },
        { QStringLiteral("test_auth_token"), Account::kTestAuthToken },
        { QStringLiteral("messaging_service_sid"), Account::kMessagingServiceSid },
    };
}

bool SandboxServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Reply reply = dispatch(request);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Date: "
        + QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'").toLatin1()
        + "\r\n";
    if (reply.status != 204)
        out += "Content-Type: application/json; charset=utf-8\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Twilio-Request-Id: " + newSid(QStringLiteral("RQ")).toLatin1() + "\r\n";
    out += "Twilio-Concurrent-Requests: 1\r\n";
    if (reply.status == 401)
        out += "WWW-Authenticate: Basic realm=\"Twilio API\"\r\n";
    const bool close = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += reply.body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost(); // after the written bytes are sent
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // Every request is handled in handleRequest(); nothing reaches here.
}

SandboxServer::Reply SandboxServer::json(int status, const QJsonObject& object)
{
    return { status, QJsonDocument(object).toJson(QJsonDocument::Compact) };
}

SandboxServer::Reply SandboxServer::error(int status, int code, const QString& message)
{
    return json(status,
        QJsonObject {
            { QStringLiteral("code"), code },
            { QStringLiteral("message"), message },
            { QStringLiteral("more_info"), QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code) },
            { QStringLiteral("status"), status },
        });
}

QString SandboxServer::newSid(const QString& prefix)
{
    // Random, with a sequence number mixed in so two SIDs of one run never collide.
    const quint64 high = QRandomGenerator::global()->generate64();
    const quint64 low = QRandomGenerator::global()->generate64() ^ (++m_sequence * 0x9E3779B97F4A7C15ULL);
    return prefix + QStringLiteral("%1%2").arg(high, 16, 16, QChar(u'0')).arg(low, 16, 16, QChar(u'0'));
}

SandboxServer::Caller SandboxServer::authenticate(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value("Authorization");
    if (header.size() < 6 || QByteArrayView(header).first(6).compare("basic ", Qt::CaseInsensitive) != 0)
        return Caller::None;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return Caller::None;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    if ((user == Account::kAccountSid && password == Account::kAuthToken)
        || (user == Account::kApiKeySid && password == Account::kApiKeySecret))
        return Caller::Live;
    if (user == Account::kTestAccountSid && password == Account::kTestAuthToken)
        return Caller::Test;
    return Caller::None;
}

SandboxServer::Reply SandboxServer::dispatch(const QHttpServerRequest& request)
{
    // Routed on the path as sent: a %2F must not turn into a separator, nor %00 into a NUL.
    const QString path = request.url().path(QUrl::FullyEncoded);
    const auto notFound = [&path] {
        return error(404, 20404, QStringLiteral("The requested resource %1 was not found").arg(path.left(200)));
    };
    if (!path.startsWith(kApiPrefix))
        return notFound();

    static const QRegularExpression accountRe(QStringLiteral("^/2010-04-01/Accounts/([^/]+)\\.json$"));
    static const QRegularExpression collectionRe(QStringLiteral("^/2010-04-01/Accounts/([^/]+)/Messages\\.json$"));
    static const QRegularExpression instanceRe(
        QStringLiteral("^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)\\.json$"));
    static const QRegularExpression mediaRe(
        QStringLiteral("^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media\\.json$"));
    enum class Route { Account, Collection, Instance, Media } route;
    QRegularExpressionMatch m;
    if ((m = accountRe.match(path)).hasMatch())
        route = Route::Account;
    else if ((m = collectionRe.match(path)).hasMatch())
        route = Route::Collection;
    else if ((m = instanceRe.match(path)).hasMatch())
        route = Route::Instance;
    else if ((m = mediaRe.match(path)).hasMatch())
        route = Route::Media;
    else
        return notFound();

    const Caller caller = authenticate(request);
    if (caller == Caller::None)
        return error(401, 20003, QStringLiteral("Authenticate"));
    const QString accountSid = caller == Caller::Test ? Account::kTestAccountSid : Account::kAccountSid;
    if (m.captured(1) != accountSid)
        return notFound();

    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    const auto notAllowed = [] { return error(405, 20004, QStringLiteral("Method not allowed")); };
    const bool test = caller == Caller::Test;
    const auto testRefused
        = [] { return error(403, 20008, QStringLiteral("Resource not accessible with Test Account Credentials")); };

    switch (route) {
    case Route::Account:
        if (method != Method::Get)
            return notAllowed();
        return test ? testRefused() : fetchAccount(test);
    case Route::Collection:
        if (method == Method::Post)
            return createMessage(request, test);
        if (method != Method::Get)
            return notAllowed();
        return test ? testRefused() : listMessages(request);
    case Route::Instance:
        if (method != Method::Get && method != Method::Post && method != Method::Delete)
            return notAllowed();
        if (test)
            return testRefused();
        if (method == Method::Get)
            return fetchMessage(m.captured(2));
        if (method == Method::Post)
            return updateMessage(m.captured(2), request);
        return deleteMessage(m.captured(2));
    case Route::Media:
        if (method != Method::Get)
            return notAllowed();
        return test ? testRefused() : listMedia(m.captured(2));
    }
    return notFound();
}

QJsonObject SandboxServer::messageJson(const StoredMessage& message) const
{
    const Lifecycle::State state = Lifecycle::at(message, m_clock.now(), m_speed);
    const QString uri = kApiPrefix + Account::kAccountSid + u"/Messages/" + message.sid;
    const bool priced = state.dateSent.isValid();
    return QJsonObject {
        { QStringLiteral("account_sid"), Account::kAccountSid },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("body"), message.body },
        { QStringLiteral("date_created"), dateValue(message.created) },
        { QStringLiteral("date_sent"), dateValue(state.dateSent) },
        { QStringLiteral("date_updated"), dateValue(state.dateUpdated) },
        { QStringLiteral("direction"), QStringLiteral("outbound-api") },
        { QStringLiteral("error_code"), state.errorCode ? QJsonValue(*state.errorCode) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("error_message"), stringOrNull(state.errorMessage) },
        { QStringLiteral("from"), message.from },
        { QStringLiteral("messaging_service_sid"), stringOrNull(message.messagingServiceSid) },
        { QStringLiteral("num_media"), QString::number(message.mediaUrls.size()) },
        { QStringLiteral("num_segments"), QString::number(message.numSegments) },
        { QStringLiteral("price"),
            priced ? QJsonValue(QString::number(-kPricePerSegment * message.numSegments, 'f', 5))
                   : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("price_unit"), QStringLiteral("USD") },
        { QStringLiteral("sid"), message.sid },
        { QStringLiteral("status"), state.status },
        { QStringLiteral("subresource_uris"),
            QJsonObject { { QStringLiteral("media"), QString(uri + u"/Media.json") } } },
        { QStringLiteral("to"), message.to },
        { QStringLiteral("uri"), QString(uri + u".json") },
    };
}

SandboxServer::Reply SandboxServer::createMessage(const QHttpServerRequest& request, bool testCredentials)
{
    const FormFields form = FormEncoding::decode(request.body());
    const auto field = [&form](const char* name) { return FormEncoding::value(form, QString::fromLatin1(name)); };
    const QString rawTo = field("To").trimmed();
    const QString rawFrom = field("From").trimmed();
    const QString service = field("MessagingServiceSid").trimmed();
    const QString body = field("Body");
    const QStringList media = FormEncoding::values(form, QStringLiteral("MediaUrl"));
    const QString contentSid = field("ContentSid");
    const QString sendAtText = field("SendAt");
    const bool smart = field("SmartEncoded") == u"true";

    if (rawTo.isEmpty())
        return error(400, 21604, QStringLiteral("A 'To' phone number is required."));
    if (rawFrom.isEmpty() && service.isEmpty())
        return error(400, 21603, QStringLiteral("A 'From' phone number is required."));
    if (body.isEmpty() && media.isEmpty() && contentSid.isEmpty())
        return error(400, 21602, QStringLiteral("Message body is required."));
    if (body.toUcs4().size() > 1600)
        return error(400, 21617, QStringLiteral("The concatenated message body exceeds the 1600 character limit."));
    if (media.size() > 10)
        return error(400, 21623, QStringLiteral("Too many media urls. The maximum number of media urls is 10."));
    for (const QString& url : media) {
        if (!ApiEndpoint::isWebUrl(url))
            return error(400, 21620,
                QStringLiteral("Media urls: %1 are invalid. Please use only valid http and https urls").arg(url));
    }
    const AddressCheck to = PhoneNumbers::check(rawTo, PhoneNumbers::Role::To);
    if (!to.isValid() || (to.kind == AddressCheck::Kind::PhoneNumber && !to.verified))
        return error(400, 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(rawTo));
    QString from = Account::kServiceSender;
    if (!rawFrom.isEmpty()) {
        const AddressCheck fromCheck = PhoneNumbers::check(rawFrom, PhoneNumbers::Role::From);
        if (!fromCheck.isValid() || (fromCheck.kind == AddressCheck::Kind::PhoneNumber && !fromCheck.verified))
            return error(400, 21212,
                QStringLiteral("The 'From' number %1 is not a valid phone number, shortcode, or alphanumeric "
                               "sender ID.")
                    .arg(rawFrom));
        from = fromCheck.normalized;
    }
    if (!service.isEmpty() && !Sid::hasShape(service, { QStringLiteral("MG") }))
        return error(400, 21701, QStringLiteral("The Messaging Service Sid %1 is invalid.").arg(service));
    if (to.normalized == from)
        return error(400, 21266, QStringLiteral("'To' and 'From' number cannot be the same: %1").arg(from));
    if (const auto refusal = MagicNumbers::refusalForTo(to.normalized))
        return error(400, refusal->code, refusal->message);
    if (const auto refusal = MagicNumbers::refusalForFrom(rawFrom.isEmpty() ? QString() : from, testCredentials);
        refusal && !rawFrom.isEmpty())
        return error(400, refusal->code, refusal->message);

    const QDateTime now = m_clock.now();
    StoredMessage message;
    if (!sendAtText.isEmpty()) {
        if (service.isEmpty())
            return error(400, 35118, QStringLiteral("MessagingServiceSid is required to schedule a message."));
        const QDateTime sendAt = QDateTime::fromString(sendAtText, Qt::ISODate);
        const qint64 ahead = sendAt.isValid() ? now.secsTo(sendAt) : -1;
        if (ahead < 15 * 60 || ahead > 35 * 24 * 3600)
            return error(400, 35114,
                QStringLiteral("SendAt time must be between 900 seconds and 35 days (3024000 seconds) in the "
                               "future."));
        message.sendAt = sendAt.toUTC();
    }

    message.sid = newSid(media.isEmpty() ? QStringLiteral("SM") : QStringLiteral("MM"));
    message.from = from;
    message.to = to.normalized;
    message.body = body;
    message.messagingServiceSid = service;
    message.mediaUrls = media;
    message.numSegments = body.isEmpty() ? 1 : SegmentCalculator::analyze(body, smart).segments;
    message.created = now;
    message.failure = MagicNumbers::deliveryFailureFor(message.to);
    if (!testCredentials)
        m_store.insert(message);
    QJsonObject o = messageJson(message);
    if (testCredentials) {
        // Test credentials create nothing that can be fetched; the answer still looks like a queued message of
        // the test account.
        const QString uri = kApiPrefix + Account::kTestAccountSid + u"/Messages/" + message.sid;
        o.insert(QStringLiteral("account_sid"), Account::kTestAccountSid);
        o.insert(QStringLiteral("uri"), QString(uri + u".json"));
        o.insert(QStringLiteral("subresource_uris"),
            QJsonObject { { QStringLiteral("media"), QString(uri + u"/Media.json") } });
    }
    return json(201, o);
}

SandboxServer::Reply SandboxServer::fetchMessage(const QString& sid)
{
    const StoredMessage* message = m_store.find(sid);
    if (!message)
        return error(404, 20404,
            QStringLiteral("The requested resource %1%2/Messages/%3.json was not found")
                .arg(kApiPrefix, Account::kAccountSid, sid));
    return json(200, messageJson(*message));
}

SandboxServer::Reply SandboxServer::listMedia(const QString& messageSid)
{
    const StoredMessage* message = m_store.find(messageSid);
    if (!message)
        return fetchMessage(messageSid);
    // One Media resource per MediaUrl, with a SID derived from the message's, so that it is the same on every fetch.
    const QString base = kApiPrefix + Account::kAccountSid + u"/Messages/" + message->sid + u"/Media";
    QJsonArray list;
    for (qsizetype i = 0; i < message->mediaUrls.size(); ++i) {
        const QByteArray digest
            = QCryptographicHash::hash((message->sid + u'/' + QString::number(i)).toUtf8(), QCryptographicHash::Md5);
        const QString sid = QStringLiteral("ME") + QString::fromLatin1(digest.toHex());
        const QString path = QUrl(message->mediaUrls.at(i)).path().toLower();
        const QString type = path.endsWith(u".png")             ? QStringLiteral("image/png")
            : path.endsWith(u".gif")                            ? QStringLiteral("image/gif")
            : path.endsWith(u".jpg") || path.endsWith(u".jpeg") ? QStringLiteral("image/jpeg")
            : path.endsWith(u".mp4")                            ? QStringLiteral("video/mp4")
            : path.endsWith(u".pdf")                            ? QStringLiteral("application/pdf")
            : path.endsWith(u".vcf")                            ? QStringLiteral("text/vcard")
                                                                : QStringLiteral("image/jpeg");
        list.append(QJsonObject {
            { QStringLiteral("account_sid"), Account::kAccountSid },
            { QStringLiteral("content_type"), type },
            { QStringLiteral("date_created"), dateValue(message->created) },
            { QStringLiteral("date_updated"), dateValue(message->created) },
            { QStringLiteral("parent_sid"), message->sid },
            { QStringLiteral("sid"), sid },
            { QStringLiteral("uri"), QString(base + u'/' + sid + u".json") },
        });
    }
    const QString uri = base + QStringLiteral(".json?PageSize=50&Page=0");
    return json(200,
        QJsonObject { { QStringLiteral("media_list"), list }, { QStringLiteral("first_page_uri"), uri },
            { QStringLiteral("next_page_uri"), QJsonValue::Null },
            { QStringLiteral("previous_page_uri"), QJsonValue::Null }, { QStringLiteral("page"), 0 },
            { QStringLiteral("page_size"), 50 }, { QStringLiteral("start"), 0 },
            { QStringLiteral("end"), qMax(0, int(list.size()) - 1) }, { QStringLiteral("uri"), uri } });
}

SandboxServer::Reply SandboxServer::updateMessage(const QString& sid, const QHttpServerRequest& request)
{
    StoredMessage* message = m_store.find(sid);
    if (!message)
        return fetchMessage(sid);
    const FormFields form = FormEncoding::decode(request.body());
    const QString body = FormEncoding::value(form, QStringLiteral("Body"));
    const QString status = FormEncoding::value(form, QStringLiteral("Status"));
    const bool hasBody = !body.isNull();
    const bool hasStatus = !status.isNull();
    if (hasBody == hasStatus)
        return error(400, 30400,
            hasBody ? QStringLiteral("Cannot cancel and redact a message at the same time.")
                    : QStringLiteral("Parameters are not valid: give Body or Status."));
    const QDateTime now = m_clock.now();
    const Lifecycle::State state = Lifecycle::at(*message, now, m_speed);
    if (hasStatus) {
        if (status != u"canceled")
            return error(400, 30400, QStringLiteral("Parameters are not valid: Status can only be 'canceled'."));
        if (state.status != u"scheduled")
            return error(400, 30409, QStringLiteral("This message cannot be canceled."));
        message->canceledAt = now;
    } else {
        if (!body.isEmpty())
            return error(400, 30400, QStringLiteral("Parameters are not valid: Body can only be redacted (empty)."));
        if (!state.isFinal)
            return error(400, 20009, QStringLiteral("Cannot redact the body of a message that is still in flight."));
        message->body.clear();
        message->redactedAt = now;
    }
    return json(200, messageJson(*message));
}

SandboxServer::Reply SandboxServer::deleteMessage(const QString& sid)
{
    const StoredMessage* message = m_store.find(sid);
    if (!message)
        return fetchMessage(sid);
    if (!Lifecycle::at(*message, m_clock.now(), m_speed).isFinal)
        return error(400, 20009, QStringLiteral("Cannot delete message because delivery has not been completed."));
    m_store.remove(sid);
    return { 204, {} };
}

SandboxServer::Reply SandboxServer::listMessages(const QHttpServerRequest& request)
{
    const FormFields query = FormEncoding::decode(request.url().query(QUrl::FullyEncoded).toLatin1());
    const auto field = [&query](const char* name) { return FormEncoding::value(query, QString::fromLatin1(name)); };

    FormFields filters;
    for (const char* name : { "To", "From", "DateSent", "DateSent<", "DateSent>" }) {
        if (const QString v = field(name); !v.isNull())
            filters.append({ QString::fromLatin1(name), v });
    }
    const QString toFilter = field("To");
    const QString fromFilter = field("From");
    DateBound on, before, after;
    for (auto [name, bound] :
        { std::pair { "DateSent", &on }, std::pair { "DateSent<", &before }, std::pair { "DateSent>", &after } }) {
        const QString v = field(name);
        if (v.isEmpty())
            continue;
        *bound = parseDateBound(v);
        if (!bound->isValid())
            return error(400, 20001,
                QStringLiteral("Invalid %1: %2 is not a date (YYYY-MM-DD).").arg(QString::fromLatin1(name), v));
    }
    int pageSize = kDefaultPageSize;
    if (const QString v = field("PageSize"); !v.isEmpty()) {
        bool ok = false;
        pageSize = v.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            return error(400, 20001, QStringLiteral("PageSize must be between 1 and %1.").arg(kMaxPageSize));
    }
    int page = 0;
    if (const QString v = field("Page"); !v.isEmpty()) {
        bool ok = false;
        const qint64 n = v.toLongLong(&ok);
        if (!ok || n < 0 || n > 1'000'000)
            return error(400, 20001, QStringLiteral("Page must be a whole number from 0 to 1000000."));
        page = int(n);
    }

    const QDateTime now = m_clock.now();
    const bool filtered
        = !toFilter.isEmpty() || !fromFilter.isEmpty() || on.isValid() || before.isValid() || after.isValid();
    // Unfiltered, a page is read straight from the store; filtered, the matching SIDs are collected first.
    QStringList matching;
    if (filtered) {
        for (qsizetype i = 0; i < m_store.size(); ++i) {
            const StoredMessage& m = m_store.atNewestFirst(i);
            if (!toFilter.isEmpty() && m.to != toFilter)
                continue;
            if (!fromFilter.isEmpty() && m.from != fromFilter)
                continue;
            if (on.isValid() || before.isValid() || after.isValid()) {
                const QDateTime sent = Lifecycle::at(m, now, m_speed).dateSent;
                if (!sent.isValid())
                    continue;
                // "DateSent<" and "DateSent>" read as <= and >= on the wire ("DateSent<=2024-01-01").
                if ((on.isValid() && compareToBound(sent, on) != 0)
                    || (before.isValid() && compareToBound(sent, before) > 0)
                    || (after.isValid() && compareToBound(sent, after) < 0))
                    continue;
            }
            matching.append(m.sid);
        }
    }
    const qsizetype total = filtered ? matching.size() : qsizetype(m_store.size());
    const auto sidAt
        = [&](qsizetype i) -> const QString& { return filtered ? matching.at(i) : m_store.atNewestFirst(i).sid; };
    const auto indexOf
        = [&](const QString& sid) { return filtered ? matching.indexOf(sid) : m_store.indexNewestFirst(sid); };

    qsizetype start = qsizetype(page) * pageSize;
    const QString token = field("PageToken");
    if (token.size() > 2) {
        const qsizetype at = indexOf(token.mid(2));
        if (at >= 0)
            start = at;
    }
    // A page past the end (Page too large, or its token's message deleted since) is simply empty.
    start = std::min(start, total);
    const qsizetype end = std::min(start + pageSize, total);
    const qsizetype previousStart = std::max<qsizetype>(0, start - pageSize);

    const QString base = kApiPrefix + Account::kAccountSid + u"/Messages.json?";
    const auto pageUri = [&](int number, const QString& pageToken) -> QString {
        FormFields q = filters;
        q.append({ QStringLiteral("PageSize"), QString::number(pageSize) });
        q.append({ QStringLiteral("Page"), QString::number(number) });
        if (!pageToken.isEmpty())
            q.append({ QStringLiteral("PageToken"), pageToken });
        return base + QString::fromLatin1(FormEncoding::encode(q));
    };

    QJsonArray messages;
    for (qsizetype i = start; i < end; ++i)
        messages.append(messageJson(*m_store.find(sidAt(i))));
    QJsonObject o {
        { QStringLiteral("messages"), messages },
        { QStringLiteral("page"), page },
        { QStringLiteral("page_size"), pageSize },
        { QStringLiteral("start"), int(start) },
        { QStringLiteral("end"), int(std::max(start, end - 1)) },
        { QStringLiteral("uri"), pageUri(page, token) },
        { QStringLiteral("first_page_uri"), pageUri(0, {}) },
        { QStringLiteral("next_page_uri"),
            end < total ? QJsonValue(pageUri(page + 1, u"PA" + sidAt(end))) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("previous_page_uri"),
            page > 0 && start > 0 && previousStart < total ? QJsonValue(pageUri(page - 1, u"PA" + sidAt(previousStart)))
                                                           : QJsonValue(QJsonValue::Null) },
    };
    return json(200, o);
}

SandboxServer::Reply SandboxServer::fetchAccount(bool) const
{
    const QString uri = kApiPrefix + Account::kAccountSid;
    static const QDateTime created = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    return json(200,
        QJsonObject {
            { QStringLiteral("sid"), Account::kAccountSid },
            { QStringLiteral("owner_account_sid"), Account::kAccountSid },
            { QStringLiteral("friendly_name"), Account::kFriendlyName },
            { QStringLiteral("status"), QStringLiteral("active") },
            { QStringLiteral("type"), QStringLiteral("Full") },
            { QStringLiteral("auth_token"), Account::kAuthToken },
            { QStringLiteral("date_created"), dateValue(created) },
            { QStringLiteral("date_updated"), dateValue(created) },
            { QStringLiteral("uri"), QString(uri + u".json") },
            { QStringLiteral("subresource_uris"),
                QJsonObject { { QStringLiteral("messages"), QString(uri + u"/Messages.json") } } },
        });
}

} // namespace textbench::sandbox
