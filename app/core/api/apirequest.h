// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formencoding.h"

#include <QByteArray>
#include <QUrl>

namespace textbench {

/// \brief One request to send: what an operation hands to ApiClient::send().
struct ApiRequest
{
    QByteArray method = "GET";
    QUrl url;
    /// The form body of a POST, in the order it goes on the wire.
    FormFields form;
    /// True for a create: it is never resent once it may have reached the server (a second SMS would go out).
    bool createsResource = false;
    /// For the request log: "messages.create", "messages.list", ...
    QString operation;
    /// The largest response accepted; 0 for the policy's cap (meant for pages). A single message is a few KiB.
    qint64 maxResponseBytes = 0;

    static constexpr qint64 kSingleResourceCap = qint64(1024) * 1024;

    bool isIdempotent() const { return method == "GET" || method == "DELETE" || method == "HEAD"; }
    bool hasBody() const { return method == "POST" || method == "PUT"; }
};

} // namespace textbench
