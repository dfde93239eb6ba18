// SPDX-License-Identifier: GPL-3.0-or-later
#include "senderdirectory.h"

#include "numbers/phonenumberjobs.h"
#include "senderjobs.h"

#include <QHash>
#include <QSet>

namespace textbench {

namespace {
/// Enough for any account a person picks a sender from; the list says when there are more.
constexpr int kLimit = 1000;
constexpr int kServiceLimit = 100;
constexpr int kPageSize = 200;
constexpr int kPoolsAtOnce = 4;
} // namespace

SenderDirectory::SenderDirectory(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &ApiClient::targetChanged, this, &SenderDirectory::clear);
}

void SenderDirectory::clear()
{
    ++m_round;
    for (const QPointer<ApiJob>& job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    m_jobs.clear();
    m_pending = 0;
    m_poolQueue.clear();
    m_poolsRunning = 0;
    m_senders.clear();
    m_problems.clear();
    m_numbersListed = m_shortCodesListed = m_servicesListed = false;
    m_state = State::Empty;
    Q_EMIT changed();
}

void SenderDirectory::ensureLoaded()
{
    if (m_state == State::Empty)
        refresh();
}

void SenderDirectory::refresh()
{
    clear();
    m_numbers.clear();
    m_shortCodes.clear();
    m_services.clear();
    m_serviceNumbers.clear();
    m_state = State::Loading;
    Q_EMIT changed();

    auto* numbers = new ListPhoneNumbersJob(m_client, kLimit, kPageSize);
    connect(
        numbers, &ListPhoneNumbersJob::numbersArrived, this, [this, round = m_round](const QList<PhoneNumber>& items) {
            if (round == m_round)
                m_numbers += items;
        });
    track(numbers, tr("phone numbers"), &m_numbersListed);

    auto* codes = new ListShortCodesJob(m_client, kLimit, kPageSize);
    connect(codes, &ListShortCodesJob::shortCodesArrived, this, [this, round = m_round](const QList<ShortCode>& items) {
        if (round == m_round)
            m_shortCodes += items;
    });
    track(codes, tr("short codes"), &m_shortCodesListed);

    // Messaging Services answer for the credentials' account (messaging v1 has no account in its paths): a
    // subaccount acted as through its parent's credentials would be offered the parent's.
    if (m_client->actsAsSubaccount())
        return;
    auto* services = new ListMessagingServicesJob(m_client, kServiceLimit, kPageSize);
    connect(services, &ListMessagingServicesJob::servicesArrived, this,
        [this, round = m_round](const QList<MessagingService>& items) {
            if (round != m_round)
                return;
            m_services += items;
            m_poolQueue += items;
            startPools();
        });
    track(services, tr("Messaging Services"), &m_servicesListed);
}

void SenderDirectory::startPools()
{
    // A few at a time: an account with a hundred services would otherwise fire a hundred requests at once (429s).
    while (m_poolsRunning < kPoolsAtOnce && !m_poolQueue.isEmpty()) {
        const MessagingService s = m_poolQueue.takeFirst();
        auto* pool = new ListServicePhoneNumbersJob(m_client, s.sid, kLimit, kPageSize);
        connect(pool, &ListServicePhoneNumbersJob::numbersArrived, this,
            [this, round = m_round](const QList<ServicePhoneNumber>& pooled) {
                if (round == m_round)
                    m_serviceNumbers += pooled;
            });
        connect(pool, &ApiJob::finished, this, [this, round = m_round] {
            if (round != m_round)
                return;
            --m_poolsRunning;
            startPools(); // before this one counts as done: the list is not ready while any wait
        });
        ++m_poolsRunning;
        track(pool, tr("the numbers of %1").arg(s.friendlyName.isEmpty() ? s.sid : s.friendlyName));
    }
}

void SenderDirectory::track(ApiJob* job, const QString& part, bool* listed)
{
    ++m_pending;
    m_jobs.append(job);
    connect(job, &ApiJob::finished, this, [this, job, part, listed, round = m_round] {
        if (round != m_round)
            return;
        if (!job->succeeded())
            m_problems << tr("%1: %2").arg(part, job->error().title());
        else if (listed) // whole only when nothing was left at the limit
            *listed = !static_cast<PageJobBase*>(job)->hasMore();
        partDone();
    });
    job->start();
}

void SenderDirectory::partDone()
{
    if (--m_pending > 0)
        return;
    m_jobs.clear();
    m_senders = assemble(m_numbers, m_shortCodes, m_services, m_serviceNumbers);
    m_state = State::Ready;
    Q_EMIT changed();
}

const Sender* SenderDirectory::find(const QString& address) const
{
    for (const Sender& s : m_senders)
        if (s.address == address)
            return &s;
    return nullptr;
}

QList<Sender> SenderDirectory::assemble(const QList<PhoneNumber>& numbers, const QList<ShortCode>& shortCodes,
    const QList<MessagingService>& services, const QList<ServicePhoneNumber>& serviceNumbers)
{
    QHash<QString, const MessagingService*> serviceBySid;
    for (const MessagingService& s : services)
        serviceBySid.insert(s.sid, &s);
    QHash<QString, const ServicePhoneNumber*> poolByNumber;
    QHash<QString, bool> serviceMms;
    for (const ServicePhoneNumber& n : serviceNumbers) {
        poolByNumber.insert(n.phoneNumber, &n);
        serviceMms[n.serviceSid] = serviceMms.value(n.serviceSid) || n.can(u"MMS");
    }
    const auto nameOf = [&serviceBySid](const QString& sid) {
        const MessagingService* s = serviceBySid.value(sid);
        return s && !s->friendlyName.isEmpty() ? s->friendlyName : sid;
    };

    QList<Sender> out;
    QSet<QString> seen;
    for (const PhoneNumber& n : numbers) {
        Sender s { Sender::Kind::Number, n.phoneNumber, n.friendlyName, n.sms, n.mms, {}, {} };
        if (const ServicePhoneNumber* pooled = poolByNumber.value(n.phoneNumber)) {
            s.serviceSid = pooled->serviceSid;
            s.serviceName = nameOf(pooled->serviceSid);
        }
        seen.insert(n.phoneNumber);
        out.append(s);
    }
    // A service's number the account's list did not bring (a number of another page, or of a parent account).
    for (const ServicePhoneNumber& n : serviceNumbers) {
        if (seen.contains(n.phoneNumber))
            continue;
        seen.insert(n.phoneNumber);
        out.append({ Sender::Kind::Number, n.phoneNumber, {}, n.can(u"SMS"), n.can(u"MMS"), n.serviceSid,
            nameOf(n.serviceSid) });
    }
    for (const ShortCode& c : shortCodes) {
        Sender code { Sender::Kind::ShortCode, c.shortCode, c.friendlyName, true, false, {}, {} };
        code.mmsKnown = false; // agreed with the carriers, not in the resource
        out.append(code);
    }
    for (const MessagingService& s : services)
        out.append({ Sender::Kind::Service, s.sid, s.friendlyName, true, serviceMms.value(s.sid), {}, {} });
    return out;
}

} // namespace textbench
