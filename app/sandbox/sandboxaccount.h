// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magicnumbers.h"

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
} // namespace Account

} // namespace textbench::sandbox
