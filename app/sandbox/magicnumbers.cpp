// SPDX-License-Identifier: GPL-3.0-or-later
#include "magicnumbers.h"

namespace textbench::sandbox::MagicNumbers {

std::optional<Refusal> refusalForFrom(const QString& from, bool testCredentials)
{
    if (from == u"+15005550001")
        return Refusal { 21212,
            QStringLiteral("The 'From' number %1 is not a valid phone number, shortcode, or "
                           "alphanumeric sender ID.")
                .arg(from) };
    if (from == u"+15005550007")
        return Refusal { 21606,
            QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone "
                           "number or short code for your account.")
                .arg(from) };
    if (from == u"+15005550008")
        return Refusal { 21611,
            QStringLiteral("This 'From' number has exceeded the maximum number of queued "
                           "messages.") };
    if (testCredentials && from != kValidFrom)
        return Refusal { 21606,
            QStringLiteral("The From phone number %1 is not a valid, SMS-capable inbound phone "
                           "number or short code for your account.")
                .arg(from) };
    return std::nullopt;
}

std::optional<Refusal> refusalForTo(const QString& to)
{
    if (to == u"+15005550001")
        return Refusal { 21211, QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(to) };
    if (to == u"+15005550002")
        return Refusal { 21612,
            QStringLiteral("The 'To' phone number: %1, is not currently reachable using the "
                           "'From' phone number via SMS.")
                .arg(to) };
    if (to == u"+15005550003")
        return Refusal { 21408,
            QStringLiteral("Permission to send an SMS has not been enabled for the region "
                           "indicated by the 'To' number: %1.")
                .arg(to) };
    if (to == u"+15005550004")
        return Refusal { 21610, QStringLiteral("Attempt to send to unsubscribed recipient") };
    if (to == u"+15005550009")
        return Refusal { 21614, QStringLiteral("'To' number is not a valid mobile number") };
    return std::nullopt;
}

const QList<DeliveryFailure>& deliveryFailures()
{
    static const QList<DeliveryFailure> failures {
        { QStringLiteral("+15005559003"), QStringLiteral("undelivered"), 30003,
            QStringLiteral("Unreachable destination handset") },
        { QStringLiteral("+15005559005"), QStringLiteral("undelivered"), 30005,
            QStringLiteral("Unknown destination handset") },
        { QStringLiteral("+15005559006"), QStringLiteral("undelivered"), 30006,
            QStringLiteral("Landline or unreachable carrier") },
        { QStringLiteral("+15005559007"), QStringLiteral("undelivered"), 30007, QStringLiteral("Message filtered") },
        { QStringLiteral("+15005559008"), QStringLiteral("failed"), 30008, QStringLiteral("Unknown error") },
    };
    return failures;
}

std::optional<DeliveryFailure> deliveryFailureFor(const QString& to)
{
    for (const DeliveryFailure& f : deliveryFailures()) {
        if (f.to == to)
            return f;
    }
    return std::nullopt;
}

} // namespace textbench::sandbox::MagicNumbers
