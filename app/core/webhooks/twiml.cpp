// SPDX-License-Identifier: GPL-3.0-or-later
#include "twiml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace textbench::Twiml {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Twiml)
};

TwimlReply failure(int code, const QString& problem)
{
    TwimlReply r;
    r.errorCode = code;
    r.problem = problem;
    return r;
}

QString notWellFormed(const QXmlStreamReader& xml)
{
    return Tr::tr("the answer is not well-formed XML (%1, line %2, column %3).")
        .arg(xml.errorString())
        .arg(xml.lineNumber())
        .arg(xml.columnNumber());
}

/// Reads the text of the current element and its children's text (a <Body> with a comment or CDATA in it), at
/// most kMaxDepth deep. The reader stands on the element's end afterwards.
QString elementText(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements);
}

/// One <Message>: its text, or its <Body> and <Media> children.
std::optional<TwimlMessage> readMessage(QXmlStreamReader& xml, TwimlReply& reply)
{
    TwimlMessage m;
    const QXmlStreamAttributes a = xml.attributes();
    m.to = a.value(QLatin1StringView("to")).toString().trimmed();
    m.from = a.value(QLatin1StringView("from")).toString().trimmed();
    m.action = a.value(QLatin1StringView("action")).toString().trimmed();
    m.method = a.value(QLatin1StringView("method")).toString().trimmed().toUpper();
    m.statusCallback = a.value(QLatin1StringView("statusCallback")).toString().trimmed();
    if (!m.method.isEmpty() && m.method != u"GET" && m.method != u"POST") {
        reply.errorCode = 14104;
        reply.problem = Tr::tr("<Message method=\"%1\">: the method must be GET or POST.").arg(m.method);
        return std::nullopt;
    }
    QString text;
    bool hasBody = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::EntityReference) {
            reply.errorCode = 12100;
            reply.problem = Tr::tr("the document refers to an undeclared entity &%1;.").arg(xml.name());
            return std::nullopt;
        } else if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"Body") {
                m.body += elementText(xml);
                hasBody = true;
            } else if (xml.name() == u"Media") {
                const QString url = elementText(xml).trimmed();
                if (m.mediaUrls.size() == kMaxMedia) {
                    reply.warnings.append(
                        { 12200, Tr::tr("more than %1 <Media> in a <Message>: the rest ignored.").arg(kMaxMedia) });
                } else if (!url.isEmpty()) {
                    m.mediaUrls.append(url);
                }
            } else {
                reply.warnings.append(
                    { 12200, Tr::tr("<%1> is not a noun of <Message>; it was ignored.").arg(xml.name()) });
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        reply.errorCode = 12100;
        reply.problem = notWellFormed(xml);
        return std::nullopt;
    }
    if (!hasBody)
        m.body = text.trimmed();
    if (m.body.size() > kMaxBody) {
        reply.errorCode = 14103;
        reply.problem
            = Tr::tr("the body of a <Message> has %1 characters; at most %2.").arg(m.body.size()).arg(kMaxBody);
        return std::nullopt;
    }
    if (m.body.isEmpty() && m.mediaUrls.isEmpty()) {
        reply.errorCode = 14103;
        reply.problem = Tr::tr("a <Message> with neither a body nor media.");
        return std::nullopt;
    }
    return m;
}
} // namespace

TwimlReply read(const QByteArray& body, const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    if (body.trimmed().isEmpty())
        return {}; // nothing to do: an empty answer sends no reply
    if (body.size() > kMaxBytes)
        return failure(
            12100, Tr::tr("the answer is %1 bytes; a TwiML document may have %2.").arg(body.size()).arg(kMaxBytes));
    if (type == "text/plain") {
        // The text itself is the reply.
        TwimlReply r;
        TwimlMessage m;
        m.body = QString::fromUtf8(body).trimmed();
        if (m.body.size() > kMaxBody)
            return failure(
                14103, Tr::tr("the text/plain answer has %1 characters; at most %2.").arg(m.body.size()).arg(kMaxBody));
        r.messages.append(m);
        return r;
    }
    if (type != "text/xml" && type != "application/xml" && type != "text/html")
        return failure(12300,
            Tr::tr("the answer's Content-Type is \"%1\"; TwiML is text/xml or application/xml (text/plain sends the "
                   "text itself).")
                .arg(QString::fromLatin1(contentType.left(100))));

    QXmlStreamReader xml(body);
    TwimlReply reply;
    bool inResponse = false;
    int depth = 0;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        switch (token) {
        case QXmlStreamReader::DTD:
            // No DTD, so no entity declarations: nothing can expand (the "billion laughs").
            return failure(12100, Tr::tr("the document declares a DTD; TwiML has none, and it is not read."));
        case QXmlStreamReader::EntityReference:
            return failure(12100, Tr::tr("the document refers to an undeclared entity &%1;.").arg(xml.name()));
        case QXmlStreamReader::StartElement:
            if (++depth > kMaxDepth)
                return failure(12100, Tr::tr("the document is nested more than %1 levels deep.").arg(kMaxDepth));
            if (depth == 1) {
                if (xml.name() != u"Response")
                    return failure(
                        12102, Tr::tr("the root element is <%1>; a TwiML document is a <Response>.").arg(xml.name()));
                inResponse = true;
                break;
            }
            if (reply.redirect) {
                // Verbs after a <Redirect> are never reached.
                xml.skipCurrentElement();
                --depth;
                break;
            }
            if (xml.name() == u"Message") {
                std::optional<TwimlMessage> m = readMessage(xml, reply);
                --depth;
                if (!m)
                    return reply;
                if (reply.messages.size() == kMaxMessages)
                    reply.warnings.append(
                        { 12200, Tr::tr("more than %1 <Message>s: the rest ignored.").arg(kMaxMessages) });
                else
                    reply.messages.append(*m);
            } else if (xml.name() == u"Redirect") {
                QString method = xml.attributes().value(QLatin1StringView("method")).toString().trimmed().toUpper();
                if (method.isEmpty())
                    method = QStringLiteral("POST");
                if (method != u"GET" && method != u"POST")
                    return failure(
                        12200, Tr::tr("<Redirect method=\"%1\">: the method must be GET or POST.").arg(method));
                const QString url = elementText(xml).trimmed();
                --depth;
                if (url.isEmpty())
                    return failure(12200, Tr::tr("a <Redirect> without a URL."));
                reply.redirect = TwimlReply::Redirect { url, method };
            } else {
                reply.warnings.append(
                    { 12200, Tr::tr("<%1> is not a TwiML verb for messaging; it was ignored.").arg(xml.name()) });
                xml.skipCurrentElement();
                --depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return failure(12100, notWellFormed(xml));
    if (!inResponse)
        return failure(12100, Tr::tr("the answer holds no XML element."));
    return reply;
}

} // namespace textbench::Twiml
