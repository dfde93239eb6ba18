// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagemedia.h"

#include "message.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::ListMediaJob)
};
} // namespace

std::optional<MessageMediaList> MessageMediaList::fromJson(const QJsonObject& json, QString* problem)
{
    const QJsonValue list = json.value(QStringLiteral("media_list"));
    if (!list.isArray()) {
        if (problem)
            *problem = Tr::tr("it has no media_list array");
        return std::nullopt;
    }
    MessageMediaList media;
    const QJsonArray items = list.toArray();
    for (const QJsonValue v : items) {
        const QJsonObject o = v.toObject();
        const QString sid = o.value(QStringLiteral("sid")).toString();
        if (sid.isEmpty())
            continue;
        media.items.append({ sid, o.value(QStringLiteral("content_type")).toString(),
            o.value(QStringLiteral("uri")).toString(), parseTwilioDate(o.value(QStringLiteral("date_created"))) });
    }
    return media;
}

} // namespace textbench
