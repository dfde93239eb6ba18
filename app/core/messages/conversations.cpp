// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversations.h"

#include "api/apiclient.h"
#include "messagejobs.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <memory>

namespace textbench {

ConversationKey ConversationKey::of(const Message& m)
{
    return m.direction == u"inbound" ? ConversationKey { m.to, m.from } : ConversationKey { m.from, m.to };
}

// --- the list ------------------------------------------------------------------------------------------------------

ConversationListModel::ConversationListModel(ApiClient* client, QObject* parent)
    : QAbstractListModel(parent)
    , m_client(client)
{ }

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_threads.size());
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_threads.size())
        return {};
    const Thread& t = m_threads.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // Two lines: who, and the last message (a line of it) with its time.
        QString last = t.last.body.isEmpty() && t.last.numMedia > 0 ? tr("(a picture)") : t.last.body;
        last = last.left(60).replace(u'\n', u' ') + (last.size() > 60 ? QStringLiteral("…") : QString());
        return QString(tr("%1 · with %2").arg(t.key.theirs, t.key.ours) + u'\n'
            + (t.last.direction == u"inbound" ? QString() : tr("You: ")) + last + u"  ·  "
            + t.last.dateCreated.toLocalTime().toString(QStringLiteral("HH:mm")));
    }
    case Qt::ToolTipRole:
    case LastBodyRole:
        return t.last.body;
    case OursRole:
        return t.key.ours;
    case TheirsRole:
        return t.key.theirs;
    case LastDateRole:
        return t.last.dateCreated;
    case CountRole:
        return t.count;
    case Qt::AccessibleDescriptionRole:
        return tr("%n message(s); the last: %1", nullptr, t.count).arg(t.last.body);
    default:
        return {};
    }
}

void ConversationListModel::refresh()
{
    if (m_job)
        return;
    auto* job = new ListMessagesJob(m_client, {}, kWindow);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job] {
        if (m_job != job)
            return;
        m_job = nullptr;
        if (job->succeeded()) {
            replace(job->messages());
            Q_EMIT refreshed();
        } else {
            Q_EMIT failed(job->error());
        }
    });
    job->start();
}

void ConversationListModel::clear()
{
    if (m_job)
        m_job->cancel();
    m_job = nullptr;
    beginResetModel();
    m_threads.clear();
    endResetModel();
}

void ConversationListModel::replace(const QList<Message>& messages)
{
    // The log lists newest first: a conversation's first message seen is its last one.
    QList<Thread> threads;
    QHash<QString, qsizetype> at;
    m_positions.clear();
    for (const Message& m : messages) {
        m_positions.insert(m.sid, int(m_positions.size()));
        const ConversationKey key = ConversationKey::of(m);
        if (!key.isValid())
            continue;
        const QString id = key.ours + u'|' + key.theirs;
        const auto it = at.constFind(id);
        if (it == at.cend()) {
            at.insert(id, threads.size());
            threads.append({ key, m, 1 });
        } else {
            ++threads[it.value()].count;
        }
    }
    const bool sameOrder = threads.size() == m_threads.size()
        && std::equal(threads.cbegin(), threads.cend(), m_threads.cbegin(),
            [](const Thread& a, const Thread& b) { return a.key == b.key; });
    if (sameOrder) {
        m_threads = threads;
        if (!m_threads.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_threads.size()) - 1));
        return;
    }
    // Rows move by their numbers: the selected conversation stays selected when another one gets a message.
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<ConversationKey> keys;
    for (const QModelIndex& i : persistent)
        keys << keyAt(i.row());
    m_threads = threads;
    QModelIndexList moved;
    for (const ConversationKey& k : keys) {
        const int row = rowOf(k);
        moved << (row >= 0 ? index(row) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    Q_EMIT layoutChanged();
}

ConversationKey ConversationListModel::keyAt(int row) const
{
    return row >= 0 && row < m_threads.size() ? m_threads.at(row).key : ConversationKey {};
}

int ConversationListModel::rowOf(const ConversationKey& key) const
{
    for (qsizetype i = 0; i < m_threads.size(); ++i) {
        if (m_threads.at(i).key == key)
            return int(i);
    }
    return -1;
}

// --- one conversation ----------------------------------------------------------------------------------------------

ConversationThread::ConversationThread(ApiClient* client, const ConversationListModel* log, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_log(log)
{
    // The log read again knows the exact order of more messages: the same second's are put right.
    if (log) {
        connect(log, &ConversationListModel::refreshed, this, [this] {
            const QList<Message> before = m_messages;
            sort();
            const bool moved = !std::equal(before.cbegin(), before.cend(), m_messages.cbegin(), m_messages.cend(),
                [](const Message& a, const Message& b) { return a.sid == b.sid; });
            if (moved)
                Q_EMIT changed();
        });
    }
}

void ConversationThread::sort()
{
    const ConversationListModel* log = m_log.data(); // sorting is synchronous: no need to track it
    std::stable_sort(m_messages.begin(), m_messages.end(), [log](const Message& a, const Message& b) {
        if (a.dateCreated != b.dateCreated)
            return a.dateCreated < b.dateCreated;
        const int pa = log ? log->logPosition(a.sid) : -1;
        const int pb = log ? log->logPosition(b.sid) : -1;
        if (pa >= 0 && pb >= 0)
            return pa > pb; // the log lists newest first
        return a.direction == u"inbound" && b.direction != u"inbound";
    });
}

void ConversationThread::open(const ConversationKey& key)
{
    if (key == m_key)
        return;
    clear();
    m_key = key;
    refresh();
}

void ConversationThread::clear()
{
    ++m_generation;
    for (const QPointer<ApiJob>& job : std::as_const(m_jobs)) {
        if (job)
            job->cancel();
    }
    m_jobs.clear();
    m_pending = 0;
    m_key = {};
    m_messages.clear();
    Q_EMIT changed();
}

void ConversationThread::refresh()
{
    if (!m_key.isValid() || m_pending > 0)
        return;
    const quint64 generation = m_generation;
    auto results = std::make_shared<QList<Message>>();
    auto error = std::make_shared<ApiError>();
    m_pending = 2;
    m_jobs.clear();
    for (const auto& [to, from] : { std::pair { m_key.theirs, m_key.ours }, std::pair { m_key.ours, m_key.theirs } }) {
        MessageListFilter filter;
        filter.to = to;
        filter.from = from;
        auto* job = new ListMessagesJob(m_client, filter, kLimit);
        m_jobs.append(job);
        connect(job, &ApiJob::finished, this, [this, job, results, error, generation] {
            if (generation != m_generation)
                return; // another conversation now
            if (job->succeeded()) {
                // Each list is newest first: reversed, a direction's messages of one second keep their order.
                const QList<Message>& page = job->messages();
                std::reverse_copy(page.cbegin(), page.cend(), std::back_inserter(*results));
            } else if (!error->isError())
                *error = job->error();
            if (--m_pending > 0)
                return;
            if (error->isError()) {
                Q_EMIT failed(*error);
                return;
            }
            // Oldest first, as a conversation reads. Twilio's dates have whole seconds: within one, what came in goes
            // before the answers to it.
            m_messages = *results;
            sort();
            Q_EMIT changed();
        });
        job->start();
    }
}

} // namespace textbench
