// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagerows.h"

#include <algorithm>

namespace textbench {

namespace {
qint64 msecs(const QDateTime& dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : MessageRows::kNoDate;
}

QJsonValue dateJson(qint64 ms)
{
    return ms == MessageRows::kNoDate ? QJsonValue(QJsonValue::Null) : QJsonValue(formatTwilioDate(ms));
}

QJsonValue stringOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

quint64 sidHash(QByteArrayView sid)
{
    return qHash(sid, 0);
}
} // namespace

int MessageRows::indexOf(const QString& sid) const
{
    const QByteArray key = sid.toUtf8();
    if (!m_sids.contains(sidHash(key)))
        return -1;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (view(m_rows[i].sid) == QByteArrayView(key))
            return int(i);
    }
    return -1;
}

QList<MessageRows::Row> MessageRows::encodeNew(const QList<Message>& page)
{
    QList<Row> fresh;
    fresh.reserve(page.size());
    for (const Message& m : page) {
        const QByteArray sid = m.sid.toUtf8();
        const quint64 hash = sidHash(sid);
        if (m_sids.contains(hash)) {
            // Most likely listed already; the hash only says where to look (in the rows, or earlier on this page).
            const auto same = [&](const Row& r) { return view(r.sid) == QByteArrayView(sid); };
            if (indexOf(m.sid) >= 0 || std::any_of(fresh.cbegin(), fresh.cend(), same))
                continue;
        }
        m_sids.insert(hash);
        fresh.append(encode(m));
    }
    return fresh;
}

void MessageRows::append(QList<Row>&& rows)
{
    std::move(rows.begin(), rows.end(), std::back_inserter(m_rows));
    rows.clear();
}

void MessageRows::replace(int index, const Message& message)
{
    m_rows[size_t(index)] = encode(message);
}

void MessageRows::remove(int index)
{
    // (Its hash stays in m_sids: a hash there only ever sends indexOf() looking.)
    m_rows.erase(m_rows.begin() + index);
}

void MessageRows::clear()
{
    m_rows = {};
    m_sids = {};
    m_text = {};
    m_strings = { QString() };
    m_stringIds.clear();
}

quint32 MessageRows::intern(const QString& s)
{
    if (s.isEmpty())
        return 0;
    const auto it = m_stringIds.constFind(s);
    if (it != m_stringIds.cend())
        return *it;
    const auto id = quint32(m_strings.size());
    m_strings.append(s);
    m_stringIds.insert(s, id);
    return id;
}

MessageRows::TextRef MessageRows::store(const QString& s)
{
    if (s.isEmpty())
        return {};
    const QByteArray utf8 = s.toUtf8();
    constexpr qsizetype kChunkBytes = qsizetype(256) * 1024;
    if (m_text.isEmpty() || m_text.last().capacity() - m_text.last().size() < utf8.size()) {
        QByteArray chunk;
        chunk.reserve(qMax(kChunkBytes, utf8.size()));
        m_text.append(chunk);
    }
    QByteArray& chunk = m_text.last();
    const TextRef ref { quint32(m_text.size() - 1), quint32(chunk.size()), quint32(utf8.size()) };
    chunk.append(utf8); // within the capacity reserved: the chunk's bytes stay where they are
    return ref;
}

MessageRows::Row MessageRows::encode(const Message& m)
{
    Row r;
    r.sid = store(m.sid);
    r.body = store(m.body);
    r.created = msecs(m.dateCreated);
    r.sent = msecs(m.dateSent);
    r.updated = msecs(m.dateUpdated);
    r.account = intern(m.accountSid);
    r.apiVersion = intern(m.apiVersion);
    r.from = intern(m.from);
    r.to = intern(m.to);
    r.statusText = intern(m.statusText);
    r.direction = intern(m.direction);
    r.price = intern(m.price);
    r.priceUnit = intern(m.priceUnit);
    r.errorMessage = intern(m.errorMessage);
    r.service = intern(m.messagingServiceSid);
    r.errorCode = m.errorCode.value_or(0);
    r.numSegments = m.numSegments;
    r.numMedia = m.numMedia;
    r.status = quint8(m.status);
    r.subresources = (m.mediaUri.isEmpty() ? 0 : 1) | (m.feedbackUri.isEmpty() ? 0 : 2);
    // Anything the fields cannot say again exactly (an extra field, another date format, a URI elsewhere) keeps
    // the original: what the log shows and exports is always what the server sent.
    if (!m.isCanonical())
        r.raw = m.toJson();
    return r;
}

QJsonObject MessageRows::rebuild(const Row& r) const
{
    const QString uri = messageResourcePath(text(r.account), text(r.sid));
    QJsonObject subresources;
    if (r.subresources & 1)
        subresources.insert(QStringLiteral("media"), QString(uri + QStringLiteral("/Media.json")));
    if (r.subresources & 2)
        subresources.insert(QStringLiteral("feedback"), QString(uri + QStringLiteral("/Feedback.json")));
    const auto count = [](int n) { return n < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::number(n)); };
    return QJsonObject {
        { QStringLiteral("account_sid"), stringOrNull(text(r.account)) },
        { QStringLiteral("api_version"), stringOrNull(text(r.apiVersion)) },
        { QStringLiteral("body"), text(r.body) },
        { QStringLiteral("date_created"), dateJson(r.created) },
        { QStringLiteral("date_sent"), dateJson(r.sent) },
        { QStringLiteral("date_updated"), dateJson(r.updated) },
        { QStringLiteral("direction"), text(r.direction) },
        { QStringLiteral("error_code"), r.errorCode ? QJsonValue(r.errorCode) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("error_message"), stringOrNull(text(r.errorMessage)) },
        { QStringLiteral("from"), stringOrNull(text(r.from)) },
        { QStringLiteral("messaging_service_sid"), stringOrNull(text(r.service)) },
        { QStringLiteral("num_media"), count(r.numMedia) },
        { QStringLiteral("num_segments"), count(r.numSegments) },
        { QStringLiteral("price"), stringOrNull(text(r.price)) },
        { QStringLiteral("price_unit"), stringOrNull(text(r.priceUnit)) },
        { QStringLiteral("sid"), text(r.sid) },
        { QStringLiteral("status"), text(r.statusText) },
        { QStringLiteral("subresource_uris"), subresources },
        { QStringLiteral("to"), stringOrNull(text(r.to)) },
        { QStringLiteral("uri"), QString(uri + QStringLiteral(".json")) },
    };
}

QJsonObject MessageRows::json(int index) const
{
    const Row& r = at(index);
    return r.raw.isEmpty() ? rebuild(r) : r.raw;
}

Message MessageRows::message(int index) const
{
    return Message::fromJson(json(index)).value_or(Message());
}

} // namespace textbench
