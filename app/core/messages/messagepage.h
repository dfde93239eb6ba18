// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QList>

namespace textbench {

/// \brief One page of the message list: the messages and the paging envelope.
struct MessagePage
{
    QList<Message> messages;
    int page = 0;
    int pageSize = 0;
    int start = 0;
    int end = 0;
    QString uri;
    QString firstPageUri;
    /// Empty on the last page. Relative to the base URL; follow it rather than counting pages.
    QString nextPageUri;
    QString previousPageUri;

    /// Parses a list page; nullopt (with \a problem) unless it is an object with a `messages` array whose every
    /// element is a message.
    static std::optional<MessagePage> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

/// \brief The account resource, as the account check (GET /Accounts/{sid}.json) returns it.
struct Account
{
    QString sid;
    QString friendlyName;
    QString status; ///< active, suspended, closed
    QString type; ///< Trial, Full
    QDateTime dateCreated;
    QJsonObject raw;

    static std::optional<Account> fromJson(const QJsonObject& json, QString* problem = nullptr);
};

} // namespace textbench
