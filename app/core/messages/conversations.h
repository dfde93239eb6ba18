// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/apijob.h"
#include "message.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>

namespace textbench {

class ApiClient;

/// \brief A conversation: the messages between one of the account's numbers and one other number, both ways.
struct ConversationKey
{
    QString ours; ///< the account's number (a message's To when it came in, its From when it went out)
    QString theirs;

    bool isValid() const { return !ours.isEmpty() && !theirs.isEmpty(); }
    bool operator==(const ConversationKey& other) const { return ours == other.ours && theirs == other.theirs; }
    /// The conversation \a m belongs to.
    static ConversationKey of(const Message& m);
};

/// \brief The conversations of the newest messages of the log (kWindow of them), newest first: the Conversations
/// view's list. refresh() reads the log again; rows keep their place by their numbers.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        OursRole = Qt::UserRole + 1,
        TheirsRole,
        LastBodyRole,
        LastDateRole,
        CountRole, ///< messages of it among the window's
    };
    static constexpr int kWindow = 500;

    explicit ConversationListModel(ApiClient* client, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void refresh();
    void clear();
    bool isLoading() const { return m_job != nullptr; }
    ConversationKey keyAt(int row) const;
    int rowOf(const ConversationKey& key) const;
    /// Where \a sid stands in the log's own order (0 the newest), or -1: what orders two messages of one second.
    int logPosition(const QString& sid) const { return m_positions.value(sid, -1); }

Q_SIGNALS:
    void refreshed();
    void failed(const textbench::ApiError& error);

private:
    struct Thread
    {
        ConversationKey key;
        Message last;
        int count = 0;
    };
    void replace(const QList<Message>& messages);

    ApiClient* m_client;
    QList<Thread> m_threads;
    QHash<QString, int> m_positions;
    QPointer<ApiJob> m_job;
};

/// \brief One conversation's messages, oldest first, both ways: two lists of the log (To theirs and From ours, and
/// To ours and From theirs: Twilio's filters take one of each) merged by date, so that it works on any account.
class ConversationThread : public QObject
{
    Q_OBJECT
public:
    static constexpr int kLimit = 200; ///< of each direction

    /// \a log, when given, orders messages of the same second as the log lists them (Twilio's dates have whole
    /// seconds; the log's order is exact).
    explicit ConversationThread(
        ApiClient* client, const ConversationListModel* log = nullptr, QObject* parent = nullptr);

    void open(const ConversationKey& key);
    void refresh();
    void clear();
    const ConversationKey& key() const { return m_key; }
    const QList<Message>& messages() const { return m_messages; }
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void changed();
    void failed(const textbench::ApiError& error);

private:
    /// Oldest first; within one second, in the log's order where it is known.
    void sort();

    ApiClient* m_client;
    QPointer<const ConversationListModel> m_log;
    ConversationKey m_key;
    QList<Message> m_messages;
    QList<QPointer<ApiJob>> m_jobs;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace textbench
