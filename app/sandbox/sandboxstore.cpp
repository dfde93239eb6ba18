// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstore.h"

#include "sandboxaccount.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace textbench::sandbox {

Lifecycle::State Lifecycle::at(const StoredMessage& m, const QDateTime& now, double speed)
{
    State s;
    if (m.isInbound()) {
        s.status = QStringLiteral("received");
        s.dateSent = s.dateUpdated = m.created;
        s.isFinal = true;
        return s;
    }
    if (m.canceledAt.isValid()) {
        s.status = QStringLiteral("canceled");
        s.dateUpdated = m.canceledAt;
        s.isFinal = true;
        return s;
    }
    const QDateTime start = m.sendAt.isValid() ? m.sendAt : m.created;
    // Rounded up, so that even at the highest speed a new message is still queued when the create answers.
    const auto scaled = [&](qint64 ms) { return start.addMSecs(qint64(std::ceil(double(ms) / speed))); };
    const auto reached = [&](qint64 ms) { return speed > 0 && now >= scaled(ms); };

    if (m.sendAt.isValid() && now < m.sendAt) {
        s.status = QStringLiteral("scheduled");
        s.dateUpdated = m.created;
    } else if (m.failure && m.failure->finalStatus == u"failed" && reached(kSentMs)) {
        s.status = m.failure->finalStatus;
        s.dateUpdated = scaled(kSentMs);
        s.errorCode = m.failure->errorCode;
        s.errorMessage = m.failure->errorMessage;
        s.isFinal = true;
    } else if (reached(kFinalMs)) {
        s.dateSent = scaled(kSentMs);
        s.dateUpdated = scaled(kFinalMs);
        s.isFinal = true;
        if (m.failure) {
            s.status = m.failure->finalStatus;
            s.errorCode = m.failure->errorCode;
            s.errorMessage = m.failure->errorMessage;
        } else {
            s.status = QStringLiteral("delivered");
        }
    } else if (reached(kSentMs)) {
        s.status = QStringLiteral("sent");
        s.dateSent = s.dateUpdated = scaled(kSentMs);
    } else if (reached(kSendingMs)) {
        s.status = QStringLiteral("sending");
        s.dateUpdated = scaled(kSendingMs);
    } else {
        s.status = QStringLiteral("queued");
        s.dateUpdated = start;
    }
    if (m.redactedAt.isValid() && m.redactedAt > s.dateUpdated)
        s.dateUpdated = m.redactedAt;
    return s;
}

QList<QDateTime> Lifecycle::changePoints(const StoredMessage& m, double speed)
{
    if (m.isInbound() || speed <= 0)
        return {};
    const QDateTime start = m.sendAt.isValid() ? m.sendAt : m.created;
    const auto scaled = [&](qint64 ms) { return start.addMSecs(qint64(std::ceil(double(ms) / speed))); };
    QList<QDateTime> points;
    if (m.sendAt.isValid())
        points.append(m.sendAt);
    points << scaled(kSendingMs) << scaled(kSentMs) << scaled(kFinalMs);
    return points;
}

const QString& StoredMessage::owner() const
{
    return accountSid.isEmpty() ? Account::kAccountSid : accountSid;
}

StoredPhoneNumber* PhoneNumberStore::find(const QString& sid)
{
    return const_cast<StoredPhoneNumber*>(std::as_const(*this).find(sid));
}

const StoredPhoneNumber* PhoneNumberStore::find(const QString& sid) const
{
    for (const StoredPhoneNumber& n : m_numbers) {
        if (n.sid == sid)
            return &n;
    }
    return nullptr;
}

const StoredPhoneNumber* PhoneNumberStore::findByNumber(const QString& phoneNumber) const
{
    for (const StoredPhoneNumber& n : m_numbers) {
        if (n.phoneNumber == phoneNumber)
            return &n;
    }
    return nullptr;
}

void SandboxStore::insert(const StoredMessage& message)
{
    if (!m_messages.contains(message.sid)) {
        m_position.insert(message.sid, m_order.size());
        m_order.append(message.sid);
    }
    m_messages.insert(message.sid, message);
}

StoredMessage* SandboxStore::find(const QString& sid)
{
    const auto it = m_messages.find(sid);
    return it == m_messages.end() ? nullptr : &it.value();
}

const StoredMessage* SandboxStore::find(const QString& sid) const
{
    const auto it = m_messages.constFind(sid);
    return it == m_messages.cend() ? nullptr : &it.value();
}

bool SandboxStore::remove(const QString& sid)
{
    if (!m_messages.remove(sid))
        return false;
    // Deleting is rare next to listing: renumber the positions after the one removed.
    const qsizetype at = m_position.take(sid);
    m_order.removeAt(at);
    for (qsizetype i = at; i < m_order.size(); ++i)
        m_position[m_order.at(i)] = i;
    return true;
}

QString SandboxState::newSid(const QString& prefix)
{
    const quint64 high = QRandomGenerator::global()->generate64();
    const quint64 low = QRandomGenerator::global()->generate64() ^ (++m_sequence * 0x9E3779B97F4A7C15ULL);
    return prefix + QStringLiteral("%1%2").arg(high, 16, 16, QChar(u'0')).arg(low, 16, 16, QChar(u'0'));
}

qsizetype SandboxStore::indexNewestFirst(const QString& sid) const
{
    const auto it = m_position.constFind(sid);
    return it == m_position.cend() ? -1 : m_order.size() - 1 - it.value();
}

} // namespace textbench::sandbox
