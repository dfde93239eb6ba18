// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagepage.h"

namespace textbench {

std::optional<MessagePage> MessagePage::fromJson(const QJsonObject& json, QString* problem)
{
    std::optional<QList<Message>> messages = PageItems::read<Message>(json, QStringLiteral("messages"), problem);
    if (!messages)
        return std::nullopt;
    MessagePage page;
    static_cast<PageEnvelope&>(page) = PageEnvelope::fromJson(json);
    page.messages = std::move(*messages);
    return page;
}

} // namespace textbench
