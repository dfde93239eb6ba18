// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench {
struct WebhookDelivery;
}

namespace textbench::cli {

class ResourceWriter;

/// \brief `textbench-cli webhooks sign|verify|inbound|events|resend`: the developer's own app's half of messaging.
///
/// sign and verify compute X-Twilio-Signature with the profile's (or the environment's) Auth Token, never one from
/// an argument, and print the exact string that is signed; verify also names the forms of the URL Twilio's
/// libraries try, and what a proxy usually changes, that would have matched. inbound, events and resend talk to a
/// running sandbox (its Textbench extensions).
class WebhooksCommand : public VerbCommand
{
    Q_OBJECT
public:
    explicit WebhooksCommand(CliApp& app);
    QString name() const override { return QStringLiteral("webhooks"); }
    static QString usage();
    /// The keys of a webhook event, what --properties may name.
    static const QStringList& eventKeys();

private:
    int sign(const QCommandLineParser& parser, bool verify);
    int inbound(const QCommandLineParser& parser);
    int events(const QCommandLineParser& parser);
    int resend(const QCommandLineParser& parser);
    static void write(ResourceWriter& writer, const WebhookDelivery& event);
};

} // namespace textbench::cli
