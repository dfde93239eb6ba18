// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlog.h"

#include "formencoding.h"

#include <QStringList>

#include <algorithm>
namespace textbench {

namespace {
QString shellQuote(const QString& s)
{
    QString quoted = s;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}
} // namespace

QString RequestLogEntry::toCurl() const
{
    QStringList parts;
    parts << QStringLiteral("curl");
    const bool hasForm = method == "POST" || method == "PUT";
    if (method != "GET" && !(method == "POST" && hasForm))
        parts << QStringLiteral("-X %1").arg(QString::fromLatin1(method));
    parts << shellQuote(url.toString(QUrl::FullyEncoded | QUrl::RemoveUserInfo));
    if (hasForm) {
        const FormFields fields = FormEncoding::decode(requestBody);
        for (const auto& [name, value] : fields)
            parts << u"--data-urlencode " + shellQuote(name + u'=' + value);
        if (fields.isEmpty())
            parts << QStringLiteral("--data ''");
    }
    // Double quotes so the shell expands the variables; the secret itself never appears.
    parts << (scheme == AuthScheme::ApiKey ? QStringLiteral("-u \"$TWILIO_API_KEY:$TWILIO_API_SECRET\"")
                                           : QStringLiteral("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\""));
    return parts.join(QStringLiteral(" \\\n  "));
}

RequestLog::RequestLog(QObject* parent)
    : QObject(parent)
{ }

void RequestLog::setCapacity(int entries)
{
    m_capacity = std::max(1, entries);
    int dropped = 0;
    while (int(m_entries.size()) > m_capacity) {
        m_bodyBytes -= bodyBytes(m_entries.front());
        m_entries.pop_front();
        ++dropped;
    }
    if (dropped > 0)
        Q_EMIT entriesDropped(dropped);
}

quint64 RequestLog::add(RequestLogEntry entry)
{
    entry.id = m_nextId++;
    entry.requestBody = capBody(entry.requestBody, entry.requestBytes);
    entry.responseBody = capBody(entry.responseBody, entry.responseBytes);
    m_bodyBytes += bodyBytes(entry);
    m_entries.push_back(std::move(entry));
    const quint64 id = m_entries.back().id;
    if (int(m_entries.size()) > m_capacity) {
        m_bodyBytes -= bodyBytes(m_entries.front());
        m_entries.pop_front();
        Q_EMIT entriesDropped(1);
    }
    Q_EMIT entryAdded(id);
    keepWithinBodyBudget();
    return id;
}

void RequestLog::update(const RequestLogEntry& entry)
{
    // Ids only grow, and entries are kept in the order they were added: a binary search finds one.
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), entry.id,
        [](const RequestLogEntry& e, quint64 wanted) { return e.id < wanted; });
    if (it == m_entries.end() || it->id != entry.id)
        return; // dropped meanwhile
    RequestLogEntry& e = *it;
    m_bodyBytes -= bodyBytes(e);
    e = entry;
    // Cut from the sizes the entry reports, so that a body cut before (with its note) is not noted twice.
    e.requestBody = capBody(e.requestBody, e.requestBytes);
    e.responseBody = capBody(e.responseBody, e.responseBytes);
    m_bodyBytes += bodyBytes(e);
    Q_EMIT entryUpdated(entry.id);
    keepWithinBodyBudget();
}

void RequestLog::clear()
{
    m_entries.clear();
    m_bodyBytes = 0;
    Q_EMIT cleared();
}

std::optional<RequestLogEntry> RequestLog::find(quint64 id) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), id,
        [](const RequestLogEntry& e, quint64 wanted) { return e.id < wanted; });
    if (it == m_entries.cend() || it->id != id)
        return std::nullopt;
    return *it;
}

QList<RequestLogEntry> RequestLog::entries() const
{
    return QList<RequestLogEntry>(m_entries.begin(), m_entries.end());
}

void RequestLog::keepWithinBodyBudget()
{
    // Oldest first; the newest entry keeps its bodies whatever their size (they are capped already).
    for (std::size_t i = 0; m_bodyBytes > kMaxTotalBodyBytes && i + 1 < m_entries.size(); ++i) {
        RequestLogEntry& e = m_entries[i];
        bool changed = false;
        for (QByteArray* body : { &e.requestBody, &e.responseBody }) {
            if (body->size() > kBodyDropped.size()) {
                m_bodyBytes += kBodyDropped.size() - body->size();
                *body = kBodyDropped.toByteArray();
                changed = true;
            }
        }
        if (changed)
            Q_EMIT entryUpdated(e.id);
    }
}

QByteArray RequestLog::capBody(const QByteArray& body, qsizetype fullSize)
{
    const qsizetype size = qMax(body.size(), fullSize);
    if (size <= kMaxBodyBytes)
        return body;
    return body.left(kMaxBodyBytes) + "\n… (" + QByteArray::number(size - kMaxBodyBytes) + " more bytes)";
}

} // namespace textbench
