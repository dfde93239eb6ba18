// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "errorcatalog.h"
#include "retrypolicy.h"

#include <QJsonDocument>

namespace textbench {

ApiError ApiError::invalidInput(const QString& explanation, const QString& nextStep)
{
    ApiError e;
    e.m_kind = Kind::InvalidInput;
    e.m_title = tr("Invalid input");
    e.m_explanation = explanation;
    e.m_nextStep = nextStep;
    return e;
}

ApiError ApiError::badCredentials(const QString& explanation, const QString& nextStep)
{
    ApiError e = invalidInput(explanation, nextStep);
    e.m_kind = Kind::Credentials;
    e.m_title = tr("Credentials needed");
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_title = tr("Cancelled");
    e.m_explanation = tr("The request was cancelled before it finished.");
    return e;
}

void ApiError::appendNextStep(const QString& sentence)
{
    m_nextStep = m_nextStep.isEmpty() ? sentence : m_nextStep + u' ' + sentence;
}

ApiError::Category ApiError::category() const
{
    switch (m_kind) {
    case Kind::None:
        return Category::None;
    case Kind::InvalidInput:
        return Category::Usage;
    case Kind::Credentials:
        return Category::Auth;
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
    case Kind::Redirect:
        return Category::Network;
    case Kind::BadResponse:
    case Kind::Oversize:
        return Category::Server;
    case Kind::Cancelled:
        return Category::Cancelled;
    case Kind::Http:
        break;
    }
    if (m_httpStatus == 401 || m_httpStatus == 403 || m_twilioCode == 20003 || m_twilioCode == 20008)
        return Category::Auth;
    if (m_httpStatus == 404 || m_twilioCode == 20404)
        return Category::NotFound;
    if (m_httpStatus == 429 || m_twilioCode == 20429)
        return Category::RateLimited;
    if (m_httpStatus >= 500)
        return Category::Server;
    return Category::Api;
}

QString ApiError::toText() const
{
    QStringList lines;
    lines << m_title;
    if (!m_explanation.isEmpty())
        lines << m_explanation;
    if (!m_twilioMessage.isEmpty())
        lines << tr("Twilio says: %1").arg(m_twilioMessage);
    if (!m_nextStep.isEmpty())
        lines << tr("What to do: %1").arg(m_nextStep);
    if (!m_moreInfo.isEmpty())
        lines << tr("More: %1").arg(m_moreInfo);
    if (!m_technical.isEmpty() && (m_kind == Kind::Http || m_kind == Kind::Tls))
        lines << tr("Detail: %1").arg(m_technical);
    return lines.join(u'\n');
}

QJsonObject ApiError::toJson() const
{
    static const char* const kinds[] = { "none", "invalid_input", "credentials", "network", "tls", "timeout",
        "redirect", "http", "bad_response", "oversize", "cancelled" };
    QJsonObject o {
        { QStringLiteral("kind"), QString::fromLatin1(kinds[int(m_kind)]) },
        { QStringLiteral("title"), m_title },
        { QStringLiteral("explanation"), m_explanation },
        { QStringLiteral("next_step"), m_nextStep },
    };
    if (m_httpStatus > 0)
        o.insert(u"status", m_httpStatus);
    if (m_twilioCode > 0)
        o.insert(u"code", m_twilioCode);
    if (!m_twilioMessage.isEmpty())
        o.insert(u"message", m_twilioMessage);
    if (!m_moreInfo.isEmpty())
        o.insert(u"more_info", m_moreInfo);
    if (!m_details.isUndefined())
        o.insert(u"details", m_details);
    if (m_mayHaveCreated)
        o.insert(u"may_have_created", true);
    if (m_attempts > 1)
        o.insert(u"attempts", m_attempts);
    return o;
}

} // namespace textbench
