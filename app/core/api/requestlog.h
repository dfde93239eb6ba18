// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"
#include "exchange.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <deque>
#include <optional>

namespace textbench {

/// \brief One HTTP exchange as the request log shows it. Secrets are masked before an entry is made.
struct RequestLogEntry
{
    quint64 id = 0;
    QDateTime startedAt;
    QString operation; ///< "messages.create", ...
    QByteArray method;
    QUrl url;
    int attempt = 1; ///< 1 for the first try, 2 for the first retry, ...
    bool inFlight = true;
    int httpStatus = 0;
    qint64 durationMs = 0;
    qint64 requestBytes = 0;
    qint64 responseBytes = 0;
    QString outcome; ///< "201 Created", "timed out", "retrying in 1.2 s (429)", ...
    AuthScheme scheme = AuthScheme::AuthToken;
    HeaderList requestHeaders; ///< Authorization masked
    QByteArray requestBody; ///< masked, capped
    HeaderList responseHeaders;
    QByteArray responseBody; ///< capped

    /// The request as a cURL command, with $TWILIO_… placeholders in place of the credentials.
    QString toCurl() const;
};

/// \brief The log of every HTTP exchange a client made, newest last, bounded in size.
class RequestLog : public QObject
{
    Q_OBJECT
public:
    /// Bodies longer than this are kept only in part.
    static constexpr qsizetype kMaxBodyBytes = qsizetype(64) * 1024;

    explicit RequestLog(QObject* parent = nullptr);

    void setCapacity(int entries);
    int capacity() const { return m_capacity; }

    /// Adds an entry and returns its id (assigned here).
    quint64 add(RequestLogEntry entry);
    /// Replaces the entry with the same id, if it is still kept.
    void update(const RequestLogEntry& entry);
    void clear();

    int size() const { return int(m_entries.size()); }
    const RequestLogEntry& at(int index) const { return m_entries.at(std::size_t(index)); }
    std::optional<RequestLogEntry> find(quint64 id) const;
    QList<RequestLogEntry> entries() const;

    static QByteArray capBody(const QByteArray& body);

Q_SIGNALS:
    void entryAdded(quint64 id);
    void entryUpdated(quint64 id);
    /// Oldest entries dropped to stay within capacity.
    void entriesDropped(int count);
    void cleared();

private:
    std::deque<RequestLogEntry> m_entries;
    int m_capacity = 1000;
    quint64 m_nextId = 1;
};

} // namespace textbench
