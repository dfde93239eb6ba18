// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/formencoding.h"
#include "sandboxstore.h"
#include "webhookstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace textbench::sandbox {

/// \brief The JSON shapes of the sandbox's resources, field for field as api.twilio.com writes them (counts as
/// strings, error_code an integer or null, RFC 2822 dates with the weekday, relative `*_uri`s).
namespace Json {

/// "Fri, 27 Nov 2026 10:00:00 +0000", or null.
QJsonValue date(const QDateTime& dt);
QJsonValue stringOrNull(const QString& s);
/// A media file's content type guessed from its URL's extension (image/jpeg when unknown).
QString contentTypeOf(const QString& url);
/// "/2010-04-01/Accounts/AC…"
QString accountPath(const QString& accountSid);

/// A Message resource of \a accountSid in \a state.
QJsonObject message(const StoredMessage& message, const Lifecycle::State& state, const QString& accountSid);
/// The Media list of a message: one Media resource per MediaUrl, with a SID derived from the message's (the same on
/// every fetch) and a content type guessed from the URL.
QJsonObject mediaList(const StoredMessage& message, const QString& accountSid);
/// The Account resource of the sandbox account or one of its subaccounts (sandboxjsonaccounts.cpp); empty for a
/// SID that is neither.
QJsonObject account(const QString& sid);
/// A short code of the account (2010-04-01 SMS/ShortCodes).
QJsonObject shortCode(const StoredShortCode& code, const QString& accountSid);
/// One of a Messaging Service's numbers (messaging v1 /Services/MG…/PhoneNumbers), its URL on \a origin.
QJsonObject servicePhoneNumber(
    const StoredPhoneNumber& number, const StoredService& service, const QString& accountSid, const QString& origin);
/// A message's feedback.
QJsonObject feedback(const StoredMessage& message, const QString& accountSid);

/// An IncomingPhoneNumber resource (sandboxjsonwebhooks.cpp).
QJsonObject phoneNumber(const StoredPhoneNumber& number, const QString& accountSid);
/// A Messaging Service (messaging v1), its URLs on \a origin (sandboxjsonwebhooks.cpp).
QJsonObject service(const StoredService& service, const QString& accountSid, const QString& origin);
/// A Monitor Alert: the list's shape, or with \a instance the fetch's (with the request and response).
QJsonObject alert(const StoredAlert& alert, const QString& accountSid, const QString& origin, bool instance);
/// A webhook event (Textbench's own record, not a Twilio resource).
QJsonObject event(const WebhookEvent& event, const QString& accountSid);
/// "2026-12-02T10:00:00Z": the ISO 8601 dates of Twilio's v1 APIs (Monitor), or null.
QJsonValue isoDate(const QDateTime& dt);

/// \brief The paging envelope of a v1 list (Monitor, Messaging): the items and "meta" with absolute URLs.
struct V1Page
{
    QString url; ///< the list's absolute URL without a query: "http://127.0.0.1:PORT/v1/Alerts"
    QString key; ///< "alerts"
    FormFields filters;
    int pageSize = 50;
    int page = 0;
    bool hasNext = false;

    QJsonObject toJson(const QJsonArray& items) const;
};

/// \brief The paging envelope of a 2010-04-01 list page, with relative URIs.
struct Page
{
    QString path; ///< "/2010-04-01/Accounts/AC…/Messages.json"
    FormFields filters; ///< repeated in every page URI
    int pageSize = 50;
    int page = 0;
    QString pageToken; ///< of this page, if it was asked for by token
    qsizetype start = 0;
    qsizetype end = 0; ///< one past the last item
    QString nextToken; ///< empty on the last page
    QString previousToken; ///< empty on the first page

    /// \a key: the array's name ("messages"); \a items the page's resources.
    QJsonObject toJson(const QString& key, const QJsonArray& items) const;

    /// Page \a number of \a size in a list of \a total items whose i-th SID is \a sidAt(i): start, end and the
    /// tokens of the next and previous pages.
    template<typename SidAt> void place(int number, int size, qsizetype total, SidAt sidAt)
    {
        page = number;
        pageSize = size;
        start = std::min(qsizetype(number) * size, total);
        end = std::min(start + size, total);
        if (end < total)
            nextToken = u"PA" + sidAt(end);
        if (page > 0 && start > 0)
            previousToken = u"PA" + sidAt(std::max<qsizetype>(0, start - size));
    }
};

} // namespace Json
} // namespace textbench::sandbox
