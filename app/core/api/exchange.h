// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QPair>
#include <QSslError>
#include <QUrl>

namespace textbench {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

/// \brief Everything known about one finished HTTP exchange: the input of ApiError::fromExchange().
///
/// Plain data, so that the error mapping is a pure function that tests feed directly.
struct Exchange
{
    /// Why Textbench itself ended the exchange, if it did.
    enum class Abort {
        None,
        InactivityTimeout, ///< no byte moved for the inactivity timeout
        Deadline, ///< the overall deadline passed
        Oversize, ///< the response grew past the size cap
        Cancelled, ///< the user or the caller cancelled
    };

    QByteArray method;
    QUrl url;
    /// False for a create (POST): resending it could send a second message.
    bool idempotent = true;

    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    /// 0 when no HTTP status line arrived.
    int httpStatus = 0;
    QByteArray reasonPhrase;
    HeaderList responseHeaders;
    /// The body as received; only meaningful when transferComplete().
    QByteArray body;
    Abort abort = Abort::None;
    qint64 maxResponseBytes = 0;
    int timeoutMs = 0;
    /// How many attempts were made (1 = no retry).
    int attempts = 1;
    /// True once any byte of the request may have left this machine (false for DNS failure, refused connection
    /// or a failed TLS handshake).
    bool requestMayHaveBeenSent = true;
    /// The certificate problems Qt reported before it refused the TLS connection (never ignored).
    QList<QSslError> sslErrors;
    /// True once the TLS handshake of this exchange's connection completed.
    bool tlsEstablished = false;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto& [n, v] : responseHeaders) {
            if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }

    /// True when the whole response arrived: a status line, no transport error, nothing aborted. A body whose
    /// transfer failed is never parsed, even when its prefix happens to be valid JSON.
    bool transferComplete() const;
};

} // namespace textbench
