// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace textbench::cli {

/// Human-readable renderings for the terminal. The --json output is the raw resource instead.
namespace Output {

enum NewlineMode { EscapeNewlines, KeepNewlines };
/// \a text with control characters escaped (\n, \t, \u001b…), so that text from a server cannot drive the
/// terminal.
QString printable(const QString& text, NewlineMode newlines = EscapeNewlines);

/// One field a line: "Status        delivered".
QString messageDetails(const Message& message);
/// The message table's header line, and one message's row (without its line break), the body shortened to fit.
QString messageTableHeader();
QString messageRow(const Message& message);
/// A request description (ApiClient::describe()) as JSON text for --dry-run: keys in reading order (method, url,
/// headers, form, body) and one [name, value] pair a line.
QByteArray requestJson(const QJsonObject& description);
/// "2026-11-27 10:02:01 UTC", or "—" for an invalid date.
QString dateTime(const QDateTime& dt);

} // namespace Output
} // namespace textbench::cli
