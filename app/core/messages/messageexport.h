// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace textbench {

class MessageRows;

/// \brief The message log written out, for the Log's Export.
namespace MessageExport {

/// CSV (RFC 4180) with a header row: sid, date_created (ISO 8601), direction, from, to, status, num_segments, price,
/// price_unit, error_code, body. A cell a spreadsheet would run as a formula is defused with a leading apostrophe.
QByteArray csv(const MessageRows& rows);
/// A JSON array of the messages as the server sent them.
QByteArray json(const MessageRows& rows);

} // namespace MessageExport
} // namespace textbench
