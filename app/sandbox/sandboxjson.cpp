// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxjson.h"

#include "sandboxaccount.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QUrl>

namespace textbench::sandbox::Json {

namespace {
constexpr double kPricePerSegment = 0.0079;
} // namespace

QString contentTypeOf(const QString& url)
{
    const QString path = QUrl(url).path().toLower();
    if (path.endsWith(u".png"))
        return QStringLiteral("image/png");
    if (path.endsWith(u".gif"))
        return QStringLiteral("image/gif");
    if (path.endsWith(u".jpg") || path.endsWith(u".jpeg"))
        return QStringLiteral("image/jpeg");
    if (path.endsWith(u".mp4"))
        return QStringLiteral("video/mp4");
    if (path.endsWith(u".pdf"))
        return QStringLiteral("application/pdf");
    if (path.endsWith(u".vcf"))
        return QStringLiteral("text/vcard");
    return QStringLiteral("image/jpeg");
}

// Twilio's form, weekday included ("Fri, 27 Nov 2026 10:00:00 +0000"); Qt 6.4's RFC2822Date leaves the weekday out.
QJsonValue date(const QDateTime& dt)
{
    return dt.isValid() ? QJsonValue(QLocale::c().toString(dt.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"))
                        : QJsonValue(QJsonValue::Null);
}

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString accountPath(const QString& accountSid)
{
    return QStringLiteral("/2010-04-01/Accounts/") + accountSid;
}

QJsonObject message(const StoredMessage& message, const Lifecycle::State& state, const QString& accountSid)
{
    const QString uri = accountPath(accountSid) + u"/Messages/" + message.sid;
    const bool priced = state.dateSent.isValid();
    return QJsonObject {
        { QStringLiteral("account_sid"), accountSid },
        { QStringLiteral("api_version"), QStringLiteral("2010-04-01") },
        { QStringLiteral("body"), message.body },
        { QStringLiteral("date_created"), date(message.created) },
        { QStringLiteral("date_sent"), date(state.dateSent) },
        { QStringLiteral("date_updated"), date(state.dateUpdated) },
        { QStringLiteral("direction"), message.direction },
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

QJsonObject mediaList(const StoredMessage& message, const QString& accountSid)
{
    const QString base = accountPath(accountSid) + u"/Messages/" + message.sid + u"/Media";
    QJsonArray list;
    for (qsizetype i = 0; i < message.mediaUrls.size(); ++i) {
        const QByteArray digest
            = QCryptographicHash::hash((message.sid + u'/' + QString::number(i)).toUtf8(), QCryptographicHash::Md5);
        const QString sid = QStringLiteral("ME") + QString::fromLatin1(digest.toHex());
        list.append(QJsonObject {
            { QStringLiteral("account_sid"), accountSid },
            { QStringLiteral("content_type"), contentTypeOf(message.mediaUrls.at(i)) },
            { QStringLiteral("date_created"), date(message.created) },
            { QStringLiteral("date_updated"), date(message.created) },
            { QStringLiteral("parent_sid"), message.sid },
            { QStringLiteral("sid"), sid },
            { QStringLiteral("uri"), QString(base + u'/' + sid + u".json") },
        });
    }
    const QString uri = base + QStringLiteral(".json?PageSize=50&Page=0");
    return QJsonObject { { QStringLiteral("media_list"), list }, { QStringLiteral("first_page_uri"), uri },
        { QStringLiteral("next_page_uri"), QJsonValue::Null },
        { QStringLiteral("previous_page_uri"), QJsonValue::Null }, { QStringLiteral("page"), 0 },
        { QStringLiteral("page_size"), 50 }, { QStringLiteral("start"), 0 },
        { QStringLiteral("end"), qMax(0, int(list.size()) - 1) }, { QStringLiteral("uri"), uri } };
}

QJsonObject Page::toJson(const QString& key, const QJsonArray& items) const
{
    const auto pageUri = [this](int number, const QString& token) -> QString {
        FormFields q = filters;
        q.append({ QStringLiteral("PageSize"), QString::number(pageSize) });
        q.append({ QStringLiteral("Page"), QString::number(number) });
        if (!token.isEmpty())
            q.append({ QStringLiteral("PageToken"), token });
        return path + u'?' + QString::fromLatin1(FormEncoding::encode(q));
    };
    return QJsonObject {
        { key, items },
        { QStringLiteral("page"), page },
        { QStringLiteral("page_size"), pageSize },
        { QStringLiteral("start"), int(start) },
        { QStringLiteral("end"), int(std::max(start, end - 1)) },
        { QStringLiteral("uri"), pageUri(page, pageToken) },
        { QStringLiteral("first_page_uri"), pageUri(0, {}) },
        { QStringLiteral("next_page_uri"),
            nextToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pageUri(page + 1, nextToken)) },
        { QStringLiteral("previous_page_uri"),
            previousToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pageUri(page - 1, previousToken)) },
    };
}

} // namespace textbench::sandbox::Json
