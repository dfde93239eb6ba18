// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <deque>
#include <limits>

namespace textbench {

/// \brief The messages of the log, each kept as a compact row, and the codec between a Message and its row: the one
/// place that knows how the log keeps a message (a new field of Message is added here and nowhere else).
///
/// A log can hold hundreds of thousands of messages; a row is a few percent of a parsed Message. The strings that
/// repeat from message to message (numbers, statuses, account, price unit…) are interned, the SID and body are UTF-8
/// in chunks that never move, dates are milliseconds, and the JSON is rebuilt from the row on demand. Only when the
/// rebuilt JSON would differ from what the server sent (an unexpected field or format: !Message::isCanonical()) is
/// the original kept beside the row. json() of a row is always what the server sent.
class MessageRows
{
public:
    /// A message as a row, made by encode() and taken by append().
    struct Row;

    int size() const { return int(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    /// The row of message \a sid, or -1.
    int indexOf(const QString& sid) const;

    /// Rows for the messages of \a page that are not listed yet (a page boundary that moved while new messages
    /// arrived repeats some), in order; append() them. Interns their strings.
    QList<Row> encodeNew(const QList<Message>& page);
    void append(QList<Row>&& rows);
    /// Replaces row \a index with \a message (the same SID, seen in a newer state).
    void replace(int index, const Message& message);
    void remove(int index);
    void clear();

    // What a row holds, as the log shows and exports it.
    QString sid(int index) const { return text(at(index).sid); }
    QString body(int index) const { return text(at(index).body); }
    QString from(int index) const { return text(at(index).from); }
    QString to(int index) const { return text(at(index).to); }
    QString direction(int index) const { return text(at(index).direction); }
    QString statusText(int index) const { return text(at(index).statusText); }
    MessageStatus status(int index) const { return MessageStatus(at(index).status); }
    /// date_created in milliseconds since the epoch (UTC), or kNoDate.
    qint64 dateCreated(int index) const { return at(index).created; }
    /// -1 when null.
    int numSegments(int index) const { return at(index).numSegments; }
    /// Empty while not priced.
    QString price(int index) const { return text(at(index).price); }
    QString priceUnit(int index) const { return text(at(index).priceUnit); }
    /// 0 when none.
    int errorCode(int index) const { return at(index).errorCode; }
    QString errorMessage(int index) const { return text(at(index).errorMessage); }

    /// The message as the server sent it.
    QJsonObject json(int index) const;
    Message message(int index) const;

    static constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

    /// UTF-8 text in a chunk of m_text, which never moves once written.
    struct TextRef
    {
        quint32 chunk = 0;
        quint32 offset = 0;
        quint32 size = 0;
    };
    struct Row
    {
        TextRef sid;
        TextRef body;
        QJsonObject raw; ///< the server's JSON, only when the row cannot say it again exactly
        qint64 created = kNoDate;
        qint64 sent = kNoDate;
        qint64 updated = kNoDate;
        quint32 account = 0;
        quint32 apiVersion = 0;
        quint32 from = 0;
        quint32 to = 0;
        quint32 statusText = 0;
        quint32 direction = 0;
        quint32 price = 0;
        quint32 priceUnit = 0;
        quint32 errorMessage = 0;
        quint32 service = 0;
        qint32 errorCode = 0; ///< 0: none
        qint32 numSegments = -1;
        qint32 numMedia = -1;
        quint8 status = 0; ///< MessageStatus
        quint8 subresources = 0; ///< bit 0: media, bit 1: feedback
    };

private:
    Row encode(const Message& m);
    QJsonObject rebuild(const Row& row) const;
    quint32 intern(const QString& s);
    TextRef store(const QString& s);
    const QString& text(quint32 id) const { return m_strings.at(id); }
    QByteArrayView view(TextRef ref) const
    {
        return ref.size == 0 ? QByteArrayView()
                             : QByteArrayView(m_text.at(ref.chunk).constData() + ref.offset, ref.size);
    }
    QString text(TextRef ref) const { return QString::fromUtf8(view(ref)); }
    const Row& at(int index) const { return m_rows[size_t(index)]; }

    std::deque<Row> m_rows; ///< blocks, not one array: no slack, and no copy of it all when it grows
    QSet<quint64> m_sids; ///< hashes of the SIDs listed: to list a message once when pages shift under new arrivals
    QList<QByteArray> m_text; ///< chunks, each filled up to the capacity it was made with, never reallocated
    QList<QString> m_strings { QString() }; ///< interned; 0 is the null string
    QHash<QString, quint32> m_stringIds;
};

} // namespace textbench
