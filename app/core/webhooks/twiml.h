// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace textbench {

/// \brief One reply a TwiML answer asks for: a `<Message>` (or a text/plain answer).
struct TwimlMessage
{
    QString body;
    QStringList mediaUrls; ///< at most 10 (<Media>)
    QString to; ///< empty: the sender of the message answered
    QString from; ///< empty: the number that received it
    /// Status callbacks of the reply: statusCallback (POST), else action with \a method (POST when empty).
    QString statusCallback;
    QString action;
    QString method;
};

/// \brief What an app's answer to an inbound message asks Twilio to do, read by Twiml::read().
struct TwimlReply
{
    QList<TwimlMessage> messages;
    /// <Redirect>: fetch more TwiML from this URL (relative to the document's, unresolved) with this method
    /// ("POST" when not given). Verbs after it are ignored, as Twilio does.
    struct Redirect
    {
        QString url;
        QString method;
    };
    std::optional<Redirect> redirect;
    /// Twilio's code when the answer cannot be followed (12100 not a document, 12102 the root is not <Response>,
    /// 12300 a content type that is not TwiML, 14101-14104 an invalid attribute or body), with what was found.
    int errorCode = 0;
    QString problem;
    /// Warnings that do not stop the rest (12200: an element TwiML for messaging does not have, ignored).
    QList<std::pair<int, QString>> warnings;

    bool failed() const { return errorCode != 0; }
};

/// \brief Reads an app's answer as Twilio does: TwiML for text/xml, application/xml and text/html; the text itself
/// as one reply for text/plain; anything else is error 12300.
///
/// QXmlStreamReader with no DTD (a document that declares one is refused: no entity can expand), at most kMaxBytes,
/// kMaxDepth levels and kMaxMessages replies. Element names are case-sensitive, as in Twilio.
namespace Twiml {

constexpr qsizetype kMaxBytes = qsizetype(64) * 1024; ///< Twilio's limit for a TwiML document
constexpr int kMaxDepth = 16;
constexpr int kMaxMessages = 10;
constexpr int kMaxMedia = 10;
constexpr int kMaxBody = 1600;

/// \a contentType as the header gives it ("text/xml; charset=utf-8"); an empty body is an empty <Response/>.
TwimlReply read(const QByteArray& body, const QByteArray& contentType);

} // namespace Twiml
} // namespace textbench
