// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials.h"

#include "sid.h"

#include <QCoreApplication>

namespace textbench {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(textbench::Credentials)
};

// A secret pasted into an environment variable often carries a trailing newline; inner white space is a mistake
// that Twilio would answer with a bare 401, so it is reported instead (without showing the secret).
QString secretProblem(const QString& secret, const QString& name)
{
    if (secret.isEmpty())
        return Tr::tr("The %1 is missing.").arg(name);
    for (QChar c : secret) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Tr::tr("The %1 contains white space or control characters: copy it again from the Twilio "
                          "Console.")
                .arg(name);
    }
    return {};
}
} // namespace

Credentials Credentials::withAuthToken(const QString& accountSid, const QString& authToken)
{
    Credentials c;
    c.m_scheme = AuthScheme::AuthToken;
    c.m_accountSid = accountSid.trimmed();
    c.m_username = c.m_accountSid;
    c.m_secret = authToken.trimmed();
    return c;
}

Credentials Credentials::withApiKey(const QString& accountSid, const QString& apiKeySid, const QString& apiKeySecret)
{
    Credentials c;
    c.m_scheme = AuthScheme::ApiKey;
    c.m_accountSid = accountSid.trimmed();
    c.m_username = apiKeySid.trimmed();
    c.m_secret = apiKeySecret.trimmed();
    return c;
}

Credentials Credentials::fromEnvironment(const QProcessEnvironment& env)
{
    const QString accountSid = env.value(QStringLiteral("TWILIO_ACCOUNT_SID"));
    // The API key pair wins when it is there; a secret without its key is reported as such rather than as a
    // missing Auth Token.
    const bool apiKey = !env.value(QStringLiteral("TWILIO_API_KEY")).isEmpty()
        || (!env.value(QStringLiteral("TWILIO_API_SECRET")).isEmpty()
            && env.value(QStringLiteral("TWILIO_AUTH_TOKEN")).isEmpty());
    if (apiKey) {
        return withApiKey(accountSid, env.value(QStringLiteral("TWILIO_API_KEY")),
                          env.value(QStringLiteral("TWILIO_API_SECRET")));
    }
    return withAuthToken(accountSid, env.value(QStringLiteral("TWILIO_AUTH_TOKEN")));
}

bool Credentials::environmentHasAny(const QProcessEnvironment& env)
{
    for (const char* name : { "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET" }) {
        if (!env.value(QLatin1String(name)).isEmpty())
            return true;
    }
    return false;
}

QString Credentials::problemIgnoringSecret() const
{
    const QStringList ac { QStringLiteral("AC") };
    if (m_accountSid.isEmpty()) {
        return m_scheme == AuthScheme::ApiKey
            ? Tr::tr("An API key needs the Account SID it belongs to: set TWILIO_ACCOUNT_SID (AC…) as well.")
            : Tr::tr("No Account SID: set TWILIO_ACCOUNT_SID (AC…) and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY, "
                     "TWILIO_API_SECRET and TWILIO_ACCOUNT_SID.");
    }
    if (QString p = Sid::shapeProblem(m_accountSid, ac, Tr::tr("Account SID"), Sid::Quote::Nothing); !p.isEmpty())
        return p;
    if (m_scheme == AuthScheme::ApiKey) {
        if (m_username.isEmpty())
            return Tr::tr("An API Key Secret needs its API Key SID: set TWILIO_API_KEY (SK…) as well.");
        if (QString p = Sid::shapeProblem(m_username, { QStringLiteral("SK") }, Tr::tr("API Key SID"),
                                                Sid::Quote::Nothing);
            !p.isEmpty())
            return p;
    }
    return {};
}

QString Credentials::problem() const
{
    if (QString p = problemIgnoringSecret(); !p.isEmpty())
        return p;
    return m_scheme == AuthScheme::ApiKey ? secretProblem(m_secret, Tr::tr("API Key Secret (TWILIO_API_SECRET)"))
                                          : secretProblem(m_secret, Tr::tr("Auth Token (TWILIO_AUTH_TOKEN)"));
}

QByteArray Credentials::authorizationHeader() const
{
    return "Basic " + (m_username + u':' + m_secret).toUtf8().toBase64();
}

QString Credentials::curlUserPlaceholder() const
{
    return m_scheme == AuthScheme::ApiKey ? QStringLiteral("$TWILIO_API_KEY:$TWILIO_API_SECRET")
                                          : QStringLiteral("$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN");
}

} // namespace textbench
