// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace textbench {

/// Ordered name/value pairs; a name may repeat (MediaUrl=a&MediaUrl=b), as Twilio's array parameters do.
using FormFields = QList<QPair<QString, QString>>;

/// \brief application/x-www-form-urlencoded, byte for byte as Twilio's official Node library writes it.
///
/// The Node library serialises with `qs` in its default RFC 3986 format: UTF-8, and everything but the
/// unreserved characters A-Z a-z 0-9 - . _ ~ is percent-encoded, so a space is %20, `+` is %2B, and
/// `!*'()` are encoded too. Query strings use the same encoding.
namespace FormEncoding {

QByteArray encodeComponent(const QString& value);
QByteArray encode(const FormFields& fields);

/// Decodes a form body or query string. Both %20 and `+` decode to a space (HTML forms send `+`; Twilio
/// accepts both), and a malformed escape is kept as it is.
FormFields decode(QByteArrayView encoded);

/// The value of the first field called \a name, or a null QString.
QString value(const FormFields& fields, const QString& name);
QStringList values(const FormFields& fields, const QString& name);

} // namespace FormEncoding
} // namespace textbench
