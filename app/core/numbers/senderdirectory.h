// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "phonenumber.h"
#include "senders.h"

#include <QObject>
#include <QPointer>

namespace textbench {

class ApiClient;
class ApiJob;

/// \brief What the active account can send from: its numbers (with their capabilities), its Messaging Services
/// (with the numbers in each) and its short codes, fetched in the background, kept for the run and fetched again on
/// demand (refresh()). Acting as a subaccount, its numbers and short codes only: Messaging Services are listed for
/// the credentials' own account.
///
/// A change of target (profile, account, endpoint) drops the list, as everything else shown is dropped, and
/// answers to requests of an earlier target are ignored. A part that fails (an account without short codes
/// answers 20003 for them on some plans) leaves the others usable; its problem is in problems().
class SenderDirectory : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Loading, Ready };

    explicit SenderDirectory(ApiClient* client, QObject* parent = nullptr);

    /// Fetches the list unless it is loaded or loading for the current target.
    void ensureLoaded();
    /// Fetches the list again.
    void refresh();

    State state() const { return m_state; }
    /// Numbers first (in the account's order), then short codes, then services.
    const QList<Sender>& senders() const { return m_senders; }
    /// What went wrong with a part of the last fetch, said for a person; empty when every part answered.
    const QStringList& problems() const { return m_problems; }
    /// True when the account's numbers and short codes were both listed: a From not among them is not the account's.
    bool knowsNumbers() const { return m_state == State::Ready && m_numbersListed && m_shortCodesListed; }
    /// True when the Messaging Services were listed (not when acting as a subaccount, nor after a failure).
    bool knowsServices() const { return m_state == State::Ready && m_servicesListed; }
    /// The sender whose address is \a address (a number in E.164, a short code, or MG…), or nullptr.
    const Sender* find(const QString& address) const;

    /// Builds the list from what the three lists and each service's numbers answered (also for tests).
    static QList<Sender> assemble(const QList<PhoneNumber>& numbers, const QList<ShortCode>& shortCodes,
        const QList<MessagingService>& services, const QList<ServicePhoneNumber>& serviceNumbers);

Q_SIGNALS:
    /// The list or its state changed.
    void changed();

private:
    void clear();
    /// Starts \a job; its failure is said as \a part's; \a listed is set when it succeeds.
    void track(ApiJob* job, const QString& part, bool* listed = nullptr);
    void partDone();
    /// Starts the queued services' number lists, a few at a time.
    void startPools();

    ApiClient* m_client;
    State m_state = State::Empty;
    quint64 m_round = 0;
    int m_pending = 0;
    QList<Sender> m_senders;
    QStringList m_problems;
    QList<PhoneNumber> m_numbers;
    QList<ShortCode> m_shortCodes;
    QList<MessagingService> m_services;
    QList<ServicePhoneNumber> m_serviceNumbers;
    QList<QPointer<ApiJob>> m_jobs;
    QList<MessagingService> m_poolQueue;
    int m_poolsRunning = 0;
    bool m_numbersListed = false;
    bool m_shortCodesListed = false;
    bool m_servicesListed = false;
};

} // namespace textbench
