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
    /// All the bodies kept, together: past it the oldest entries lose theirs (a log of a thousand pages of
    /// messages would otherwise hold 64 MiB of them). Each entry keeps its method, URL, status and timing.
    static constexpr qsizetype kMaxTotalBodyBytes = qsizetype(2) * 1024 * 1024;
    static constexpr QByteArrayView kBodyDropped = "(not kept: the request log keeps the bodies of its latest entries)";

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

    /// \a body cut to kMaxBodyBytes with a note of how much was left out; \a fullSize: the size of the body
    /// \a body was already cut from (-1: \a body is whole).
    static QByteArray capBody(const QByteArray& body, qsizetype fullSize = -1);

Q_SIGNALS:
    void entryAdded(quint64 id);
    void entryUpdated(quint64 id);
    /// Oldest entries dropped to stay within capacity.
    void entriesDropped(int count);
    void cleared();

private:
    static qsizetype bodyBytes(const RequestLogEntry& e) { return e.requestBody.size() + e.responseBody.size(); }
    void keepWithinBodyBudget();

    std::deque<RequestLogEntry> m_entries;
    qsizetype m_bodyBytes = 0;
    int m_capacity = 1000;
    quint64 m_nextId = 1;
};

} // namespace textbench
