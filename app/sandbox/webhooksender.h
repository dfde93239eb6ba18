// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <array>
#include <cstddef>
#include <utility>

namespace textbench::sandbox {

/// \brief Twilio's connection overrides, from a webhook URL's fragment (`https://app/sms#ct=2000&rc=2`), with
/// Twilio's defaults and bounds.
struct ConnectionOverrides
{
    int connectTimeoutMs = 5000; ///< ct: 100-10000
    int readTimeoutMs = 15000; ///< rt: 100-15000
    int totalTimeoutMs = 15000; ///< tt: 100-15000
    int retries = 1; ///< rc: 0-5, retries after a failed connection
    /// rp: what else is retried besides a failed connection ("4xx", "5xx", "rt", "all").
    QStringList retryPolicy;

    static ConnectionOverrides fromFragment(const QString& fragment);
};

/// \brief One request to the developer's app, as the sender needs it: where, how, what, signed with what.
struct OutgoingWebhook
{
    QString eventSid;
    QUrl url; ///< without the fragment (it is never sent)
    ConnectionOverrides limits;
    QByteArray method;
    FormFields parameters;
    QString authToken;
    QString idempotencyToken;
    /// Which network manager carries it (one message's requests share one). Order is not kept here: a manager
    /// runs six connections at once; WebhookDispatcher sends a message's callbacks one after another.
    std::size_t lane = 0;
};

/// \brief How one request to the app went: what was sent (signed) and what came back.
struct WebhookOutcome
{
    enum class Kind { Delivered, Failed, NotSent };
    QString eventSid;
    Kind kind = Kind::Failed;
    int errorCode = 0;
    QString explanation;
    QString url; ///< the last one requested (after redirects)
    QByteArray method;
    QByteArray signedData;
    QString signature;
    QList<std::pair<QByteArray, QByteArray>> requestHeaders;
    int attempts = 0;
    int responseStatus = 0;
    QList<std::pair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
    bool responseTruncated = false;
    qint64 latencyMs = 0;
};

/// \brief Makes the requests to the developer's app on a thread of its own (WebhookDispatcher moves it there), so
/// that the sandbox's API never waits for an app, however slow or hostile: its own QNetworkAccessManager, Twilio's
/// limits (connect 5 s with one retry, 15 s for the answer, the fragment's overrides), at most kMaxRedirects HTTP
/// redirects and only to this computer, the answer read up to kMaxAnswerBytes.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRedirects = 10;
    /// Read at most this much of an answer (a TwiML document may have 64 KiB): anything longer is cut off there.
    static constexpr qsizetype kMaxAnswerBytes = qsizetype(64) * 1024;
    /// How long a request may wait for a connection to its app before it starts (Twilio's limits count from then).
    static constexpr int kMaxQueueMs = 60'000;

    explicit WebhookSender(QObject* parent = nullptr);
    ~WebhookSender() override;

    /// True when \a host is this computer: a loopback address, or localhost.
    static bool isLocalHost(const QString& host);

public Q_SLOTS:
    void send(const textbench::sandbox::OutgoingWebhook& request);

Q_SIGNALS:
    void finished(const textbench::sandbox::WebhookOutcome& outcome);

private:
    struct Flight;
    void attempt(Flight* flight);
    void onFinished(Flight* flight);
    void end(Flight* flight, WebhookOutcome::Kind kind, int errorCode, const QString& explanation);
    /// Signs the request for \a url (the form for a POST, the query for a GET) into the flight's outcome.
    void prepare(Flight* flight, const QUrl& url);

    /// Made on the sender's thread at the first request, one for each request's lane: Qt 6.4's manager opens at most six
    /// connections to a host, and a burst of callbacks to one app (three for every message sent) needs more in flight.
    std::array<QNetworkAccessManager*, 4> m_networks {};
    QList<Flight*> m_flights;
};

} // namespace textbench::sandbox

Q_DECLARE_METATYPE(textbench::sandbox::OutgoingWebhook)
Q_DECLARE_METATYPE(textbench::sandbox::WebhookOutcome)
