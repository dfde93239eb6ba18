// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace textbench {

/// \brief The project's own words for HTTP statuses and Twilio error codes: what happened and what to do.
///
/// Twilio publishes about 2,000 codes; this is the short offline catalogue of the ones a messaging console meets
/// (../shared/twilio/errors-and-status.md). Unknown codes still get Twilio's own message and the docs link.
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(textbench::ErrorCatalog)
public:
    struct Entry
    {
        QString title; ///< a few words: "Not Found"
        QString meaning; ///< what it means for the user
        QString action; ///< what to do next; may be empty
        bool isKnown() const { return !title.isEmpty(); }
    };

    /// The HTTP status's name and meaning; a generic entry for a status outside the catalogue.
    static Entry httpStatus(int status);
    /// A Twilio error code (request errors 2xxxx/3xxxx and delivery errors 3xxxx); unknown codes give an empty
    /// entry.
    static Entry twilioCode(int code);
    /// https://www.twilio.com/docs/errors/CODE
    static QString docsUrl(int code);
    /// A Twilio error code as a response carries it (`code`, `error_code`): a positive whole number, as a JSON
    /// number or a string. Anything else (absent, null, 0, negative, fractional, huge, not a number) gives 0.
    static int codeFromJson(const QJsonValue& value);
    /// Every code the catalogue explains (for tests and the help).
    static QList<int> knownTwilioCodes();

private:
    /// The debugger's codes for the requests Twilio makes to an app (errorcatalogwebhooks.cpp): 11xxx HTTP, 12xxx
    /// TwiML, 14xxx <Message>.
    static Entry webhookCode(int code);
    static QList<int> webhookCodes();
};

} // namespace textbench
