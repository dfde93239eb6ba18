// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magicnumbers.h"

#include <QList>
#include <QString>

namespace textbench::sandbox {

/// \brief The sandbox's fixed credentials. They open nothing but a server on this computer's loopback, so they
/// are published (README, the first line of textbench-sandbox) rather than kept secret.
namespace Account {
inline const QString kAccountSid = QStringLiteral("AC5a4db0c05a4db0c05a4db0c05a4db0c0");
inline const QString kAuthToken = QStringLiteral("5a4db0c0c0ffee005a4db0c0c0ffee00");
inline const QString kApiKeySid = QStringLiteral("SK5a4db0c05a4db0c05a4db0c05a4db0c0");
inline const QString kApiKeySecret = QStringLiteral("SandboxApiKeySecret5a4db0c0c0ffee");
/// Test credentials, as every Twilio account has: only create works, and nothing is kept.
inline const QString kTestAccountSid = QStringLiteral("AC7e570000000000000000000000007e57");
inline const QString kTestAuthToken = QStringLiteral("7e570000000000000000000000007e57");
/// A Messaging Service the sandbox account owns (scheduling needs one).
inline const QString kMessagingServiceSid = QStringLiteral("MG5a4db0c05a4db0c05a4db0c05a4db0c0");
inline const QString kFriendlyName = QStringLiteral("Textbench Sandbox");
/// The account's number: Twilio's magic From that always works (MagicNumbers::kValidFrom). The sender the window
/// offers on the Sandbox, and the From of a message that names only a Messaging Service.
inline const QString kSender = MagicNumbers::kValidFrom;
/// The account's second number, SMS only (no MMS): the other number a conversation can be with.
inline const QString kSecondNumber = QStringLiteral("+15005550010");
/// The account's short code (SMS only): a sender the From list offers.
inline const QString kShortCodeSid = QStringLiteral("SC5a4db0c05a4db0c05a4db0c05a4db0c0");
inline const QString kShortCode = QStringLiteral("55501");

/// \brief A subaccount of the sandbox account, reached with the account's own credentials (as Twilio lets a parent
/// act as its subaccounts). Its messages are its own; it has no numbers, short codes or services of its own.
struct Subaccount
{
    QString sid;
    QString friendlyName;
    QString status;
    /// Twilio lists a subaccount's token to its parent; the sandbox's open nothing (not accepted as credentials).
    QString authToken;
};
inline const QList<Subaccount>& subaccounts()
{
    static const QList<Subaccount> list {
        { QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0a01"), QStringLiteral("Sandbox Client A"),
            QStringLiteral("active"), QStringLiteral("c11e0a01c11e0a01c11e0a01c11e0a01") },
        { QStringLiteral("AC5a4db0c05a4db0c05a4db0c0c11e0b02"), QStringLiteral("Sandbox Client B"),
            QStringLiteral("active"), QStringLiteral("c11e0b02c11e0b02c11e0b02c11e0b02") },
    };
    return list;
}
/// The Auth Token of the account \a accountSid: a subaccount's own, or the sandbox account's.
inline QString authTokenOf(const QString& accountSid)
{
    for (const Subaccount& a : subaccounts())
        if (a.sid == accountSid)
            return a.authToken;
    return kAuthToken;
}
inline const QStringList& subaccountSids()
{
    static const QStringList sids = [] {
        QStringList out;
        for (const Subaccount& a : subaccounts())
            out << a.sid;
        return out;
    }();
    return sids;
}
} // namespace Account

} // namespace textbench::sandbox
