// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magicnumbers.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace textbench::sandbox {

/// \brief The sandbox's time: the real clock, or a manual one that tests set and advance, so that every status a
/// message passes through can be observed deterministically.
class SandboxClock
{
public:
    QDateTime now() const { return m_manual.isValid() ? m_manual : QDateTime::currentDateTimeUtc(); }
    /// Freezes the clock at \a time (UTC); advance() moves it.
    void setManual(const QDateTime& time)
    {
        m_manual = time.toUTC();
        moved();
    }
    void advance(qint64 ms)
    {
        m_manual = now().addMSecs(ms);
        moved();
    }
    bool isManual() const { return m_manual.isValid(); }
    /// Called whenever a manual clock is set or advanced: what is due by then (a status callback) happens.
    void setOnMoved(std::function<void()> onMoved) { m_onMoved = std::move(onMoved); }

private:
    void moved()
    {
        if (m_onMoved)
            m_onMoved();
    }

    QDateTime m_manual;
    std::function<void()> m_onMoved;
};

/// \brief A message as the sandbox keeps it. Its status is not stored: it follows from the clock (see statusAt()),
/// so nothing needs a timer and a frozen clock freezes every message.
struct StoredMessage
{
    QString sid;
    QString from;
    QString to;
    QString body;
    QString messagingServiceSid;
    QStringList mediaUrls;
    int numSegments = 1;
    QDateTime created;
    QDateTime sendAt; ///< valid for a scheduled message
    std::optional<MagicNumbers::DeliveryFailure> failure;
    QDateTime canceledAt;
    QDateTime redactedAt;
    /// "outbound-api" (created through the API), "inbound" (received by one of the account's numbers: status
    /// received at once), or "outbound-reply" (sent by the TwiML answer to an inbound message).
    QString direction = QStringLiteral("outbound-api");
    /// Where each change of its status is POSTed (or requested with statusCallbackMethod): the StatusCallback it was
    /// created with, or its TwiML <Message>'s statusCallback or action.
    QString statusCallback;
    QString statusCallbackMethod = QStringLiteral("POST");

    /// The account it belongs to: the sandbox account's, or a subaccount's (Account::subaccounts()).
    QString accountSid;
    /// Message Feedback: "confirmed" or "unconfirmed" once given.
    QString feedbackOutcome;
    QDateTime feedbackCreated;
    QDateTime feedbackUpdated;

    bool isInbound() const { return direction == u"inbound"; }
    /// accountSid, or the sandbox account's when none was set.
    const QString& owner() const;
};

/// \brief One of the account's phone numbers (IncomingPhoneNumbers): where inbound messages arrive, and the app
/// URLs Twilio requests for them.
struct StoredPhoneNumber
{
    QString sid; ///< PN + 32 hex digits
    QString phoneNumber; ///< E.164
    QString friendlyName;
    bool sms = true;
    bool mms = true;
    bool voice = true;
    QString smsUrl;
    QString smsMethod = QStringLiteral("POST");
    QString smsFallbackUrl;
    QString smsFallbackMethod = QStringLiteral("POST");
    QString statusCallback;
    QString statusCallbackMethod = QStringLiteral("POST");
    QDateTime created;
    QDateTime updated;
};

/// \brief A Messaging Service (messaging.twilio.com/v1/Services): the sandbox has one. Its status_callback is where
/// a message sent through it reports its changes when the message names no StatusCallback of its own.
struct StoredService
{
    QString sid; ///< MG + 32 hex digits
    QString friendlyName;
    QString inboundRequestUrl;
    QString inboundMethod = QStringLiteral("POST");
    QString fallbackUrl;
    QString fallbackMethod = QStringLiteral("POST");
    QString statusCallback;
    bool stickySender = true;
    bool mmsConverter = true;
    bool smartEncoding = false;
    QString scanMessageContent = QStringLiteral("inherit");
    bool fallbackToLongCode = false;
    bool areaCodeGeomatch = true;
    bool synchronousValidation = false;
    int validityPeriod = 36000;
    QString usecase = QStringLiteral("undeclared");
    bool useInboundWebhookOnNumber = true;
    QDateTime created;
    QDateTime updated;
    /// The account's numbers in its sender pool (PN…), in the order they were added.
    QStringList phoneNumberSids;
};

/// \brief One of the account's short codes (2010-04-01 SMS/ShortCodes).
struct StoredShortCode
{
    QString sid; ///< SC…
    QString shortCode;
    QString friendlyName;
    QString smsUrl;
    QString smsMethod = QStringLiteral("POST");
    QString smsFallbackUrl;
    QString smsFallbackMethod = QStringLiteral("POST");
    QDateTime created;
};

/// \brief The lifecycle: queued -> sending -> sent -> delivered (or undelivered, or failed), on a clock.
struct Lifecycle
{
    /// The times (on the sandbox's clock) at which \a message's status may change, in order: where to look for the
    /// next status callback. Empty for a message that never changes (inbound, or a frozen lifecycle).
    static QList<QDateTime> changePoints(const StoredMessage& message, double speed);

    /// Offsets from the start (creation, or SendAt) at speed 1.
    static constexpr qint64 kSendingMs = 300;
    static constexpr qint64 kSentMs = 800;
    static constexpr qint64 kFinalMs = 1800;

    struct State
    {
        QString status;
        QDateTime dateUpdated;
        QDateTime dateSent; ///< invalid until sent
        std::optional<int> errorCode;
        QString errorMessage;
        bool isFinal = false;
    };

    /// \a speed: 1 = the offsets above; 10 = ten times faster; 0 or less = messages stay queued.
    static State at(const StoredMessage& message, const QDateTime& now, double speed);
};

/// \brief All messages of the sandbox account, newest first when listed.
class SandboxStore
{
public:
    void insert(const StoredMessage& message);
    StoredMessage* find(const QString& sid);
    const StoredMessage* find(const QString& sid) const;
    bool remove(const QString& sid);
    int size() const { return int(m_messages.size()); }
    /// The \a i-th message, newest first (0 <= i < size()).
    const StoredMessage& atNewestFirst(qsizetype i) const { return *find(m_order.at(m_order.size() - 1 - i)); }
    /// The position of \a sid, newest first, or -1. Constant time, for paging without scanning the list.
    qsizetype indexNewestFirst(const QString& sid) const;

private:
    QHash<QString, StoredMessage> m_messages;
    QStringList m_order; ///< oldest first
    QHash<QString, qsizetype> m_position; ///< index in m_order
};

/// \brief The account's phone numbers, in the order they were bought.
class PhoneNumberStore
{
public:
    void insert(const StoredPhoneNumber& number) { m_numbers.append(number); }
    bool remove(const QString& sid)
    {
        return m_numbers.removeIf([&sid](const StoredPhoneNumber& n) { return n.sid == sid; }) > 0;
    }
    StoredPhoneNumber* find(const QString& sid);
    const StoredPhoneNumber* find(const QString& sid) const;
    const StoredPhoneNumber* findByNumber(const QString& phoneNumber) const;
    const QList<StoredPhoneNumber>& all() const { return m_numbers; }

private:
    QList<StoredPhoneNumber> m_numbers;
};

/// \brief What every handler of the sandbox works on: the account's messages and numbers, the clock and the
/// lifecycle's speed.
struct SandboxState
{
    SandboxStore store;
    PhoneNumberStore numbers;
    StoredService service;
    QList<StoredShortCode> shortCodes;
    /// How many stored messages belong to a subaccount: while none do, the account's list pages straight from the
    /// store.
    qsizetype subaccountMessages = 0;
    SandboxClock clock;
    /// 1 = the Lifecycle offsets; larger is faster; 0 freezes messages.
    double speed = 1.0;

    /// A message's status and dates now.
    Lifecycle::State stateOf(const StoredMessage& message) const { return Lifecycle::at(message, clock.now(), speed); }
    /// "SM" + 32 hex digits: random, with a sequence number mixed in so two SIDs of one run never collide.
    QString newSid(const QString& prefix);

private:
    quint64 m_sequence = 0;
};

} // namespace textbench::sandbox
