// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials.h"
#include "exchange.h"

#include <QByteArrayList>

namespace textbench {

/// \brief Removes a secret from anything that is about to be shown, logged or copied.
///
/// It knows every form the secret travels in: raw, percent-encoded, JSON-escaped, and inside the Base64 of
/// "user:secret" in an Authorization header.
class SecretMasker
{
public:
    static constexpr QByteArrayView kMask = "********";

    SecretMasker() = default;
    explicit SecretMasker(const Credentials& credentials);

    QByteArray mask(QByteArray text) const;
    QString mask(const QString& text) const;
    /// Replaces the Authorization value by "Basic ********" and masks the rest.
    HeaderList maskHeaders(const HeaderList& headers) const;

private:
    QByteArrayList m_needles;
};

} // namespace textbench
