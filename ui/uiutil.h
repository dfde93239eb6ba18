// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace textbench::ui {

// The window's colours, all of them here: each role once, chosen to read on light and dark palettes alike.

/// What a colour says: good (delivered, valid), caution (in flight, a warning, a Test profile), bad (failed, an
/// error, a Live profile), neutral (scheduled, canceled, the Sandbox).
enum class Tone { Good, Caution, Bad, Neutral };
QColor toneColor(Tone tone);
/// "#c5221f": for style sheets.
QString toneName(Tone tone);
/// The background that marks text: the characters forcing UCS-2, a search's matches (with black text on it).
QColor markColor();
/// The parts of pretty-printed JSON, on a \a dark background or a light one.
enum class JsonPart { Key, String, Number, Literal };
QColor jsonColor(JsonPart part, bool dark);

/// The tone of a status: good delivered/read/received, bad failed/undelivered, caution in flight, neutral
/// scheduled/canceled.
Tone statusTone(MessageStatus status);
QColor statusColor(MessageStatus status);
/// Styles \a label as a rounded badge showing \a text in \a color.
void makeBadge(QLabel* label, const QString& text, const QColor& color);
/// A small, muted caption font for secondary text.
void makeCaption(QWidget* widget);

/// Hands the memory freed after a burst of work (a long log parsed page by page on several threads) back to the
/// system: glibc keeps freed blocks in each thread's arena otherwise, and the window would stay as large as its
/// peak. Nothing with other C libraries.
void releaseFreedMemory();

} // namespace textbench::ui
