// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

namespace textbench {

/// \brief How a request authenticates: both of Twilio's HTTP Basic schemes.
enum class AuthScheme {
    AuthToken, ///< user = Account SID, password = Auth Token
    ApiKey, ///< user = API Key SID, password = API Key Secret; the Account SID still goes in the path
};

/// \brief One set of Twilio credentials.
///
/// The secret is held in memory only; nothing here writes it anywhere. Use authorizationHeader() to build the
/// header and never log it: the request log masks it.
class Credentials
{
public:
    Credentials() = default;

    static Credentials withAuthToken(const QString& accountSid, const QString& authToken);
    static Credentials withApiKey(const QString& accountSid, const QString& apiKeySid, const QString& apiKeySecret);

    /// Reads TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET (+ TWILIO_ACCOUNT_SID),
    /// the names Twilio's documentation and libraries use. The API key pair wins when TWILIO_API_KEY is set.
    static Credentials fromEnvironment(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    /// True when the environment names any Twilio credential variable at all.
    static bool environmentHasAny(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    AuthScheme scheme() const { return m_scheme; }
    const QString& accountSid() const { return m_accountSid; }
    /// The HTTP Basic user: the Account SID or the API Key SID.
    const QString& username() const { return m_username; }
    const QString& secret() const { return m_secret; }
    bool isEmpty() const { return m_accountSid.isEmpty() && m_username.isEmpty() && m_secret.isEmpty(); }

    /// Empty when the credentials can be used; otherwise what is wrong and how to fix it.
    QString problem() const;
    /// Like problem(), but ignores a missing secret (for showing a request without sending it).
    QString problemIgnoringSecret() const;
    bool isValid() const { return problem().isEmpty(); }

    /// "Basic base64(user:secret)".
    QByteArray authorizationHeader() const;

    /// Placeholder credentials for a copied cURL command: the environment variable names, never the values.
    QString curlUserPlaceholder() const;

    friend bool operator==(const Credentials&, const Credentials&) = default;

private:
    AuthScheme m_scheme = AuthScheme::AuthToken;
    QString m_accountSid;
    QString m_username;
    QString m_secret;
};

} // namespace textbench
