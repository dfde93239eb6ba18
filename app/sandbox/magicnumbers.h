// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace textbench::sandbox {

/// \brief Numbers that make the sandbox answer in a particular way.
///
/// Twilio's own magic test numbers (../shared/twilio/test-credentials-and-segments.md) refuse a create with
/// Twilio's error, as Twilio does for test credentials. The sandbox's delivery-failure numbers accept the message
/// and fail it later, during delivery, with a delivery error, so that an inspector has something real to explain.
namespace MagicNumbers {

/// The From that Twilio's test credentials accept, and that every sandbox account sends from.
inline const QString kValidFrom = QStringLiteral("+15005550006");

struct Refusal
{
    int code;
    QString message;
};

/// The error a create with this From gets, if any. \a testCredentials: with test credentials every From but
/// +15005550006 is refused (21606), as Twilio does.
std::optional<Refusal> refusalForFrom(const QString& from, bool testCredentials);
std::optional<Refusal> refusalForTo(const QString& to);

/// How a message to a delivery-failure number ends.
struct DeliveryFailure
{
    QString to;
    QString finalStatus; ///< "undelivered" (after sent) or "failed" (before sent)
    int errorCode;
    QString errorMessage;
};
std::optional<DeliveryFailure> deliveryFailureFor(const QString& to);
const QList<DeliveryFailure>& deliveryFailures();

} // namespace MagicNumbers
} // namespace textbench::sandbox
