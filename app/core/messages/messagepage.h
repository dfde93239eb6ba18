// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/pageenvelope.h"
#include "message.h"

#include <QList>

namespace textbench {

/// \brief One page of the message list: the messages and the paging envelope.
struct MessagePage : PageEnvelope
{
    using Item = Message;
    QList<Message> messages;

    const QList<Message>& items() const { return messages; }

    /// Parses a list page; nullopt (with \a problem) unless it is an object with a `messages` array whose every
    /// element is a message.
    static std::optional<MessagePage> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
