// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace textbench {

/// \brief One media item of an MMS (the Media subresource): its SID, content type and URI.
struct MessageMedia
{
    QString sid;
    QString contentType;
    QString uri; ///< relative to the API host, ".json" included; the content is at the same path without ".json"
    QDateTime dateCreated;
};

/// \brief The media of a message, as GET /Messages/{Sid}/Media.json lists them (one page: an MMS has at most 10).
struct MessageMediaList
{
    QList<MessageMedia> items;

    /// Needs a "media_list" array; entries without a SID are skipped (not media: left out rather than shown empty).
    static std::optional<MessageMediaList> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
