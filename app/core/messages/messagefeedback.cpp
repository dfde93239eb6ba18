// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefeedback.h"

#include "api/twiliodate.h"

#include <QCoreApplication>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::MessageFeedback)
};
} // namespace

std::optional<MessageFeedback> MessageFeedback::fromJson(const QJsonObject& json, QString* problem)
{
    MessageFeedback f;
    f.messageSid = json.value(u"message_sid").toString();
    f.outcome = json.value(u"outcome").toString();
    if (f.messageSid.isEmpty() || f.outcome.isEmpty()) {
        if (problem)
            *problem = Tr::tr("the feedback has no \"message_sid\" or \"outcome\"");
        return std::nullopt;
    }
    f.dateCreated = parseTwilioDate(json.value(u"date_created"));
    f.raw = json;
    return f;
}

} // namespace textbench
