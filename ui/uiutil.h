// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QColor>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

namespace textbench::ui {

// The window's colours, all of them here: each role once, chosen to read on light and dark palettes alike.

/// What a colour says: good (delivered, valid), caution (in flight, a warning, a Test profile), bad (failed, an
/// error, a Live profile), neutral (scheduled, canceled, the Sandbox).
enum class Tone { Good, Caution, Bad, Neutral };
QColor toneColor(Tone tone);
/// "#c5221f": for style sheets.
QString toneName(Tone tone);
/// The tone as text on \a palette's window background: toneColor(), lightened where the background is dark, so
/// that it keeps a contrast of 4.5:1.
QColor toneTextColor(Tone tone, const QPalette& palette);
/// The WCAG 2 contrast ratio of two colours (1 to 21); \a foreground with an alpha is taken as drawn on
/// \a background.
double contrastRatio(const QColor& foreground, const QColor& background);
/// \a color, moved away from \a background (darker on a light one, lighter on a dark one) until text in it reads at
/// 4.5:1 (WCAG AA); unchanged when it already does.
QColor readableOn(const QColor& color, const QColor& background);
/// The background that marks text: the characters forcing UCS-2, a search's matches (with black text on it).
QColor markColor();
/// The parts of pretty-printed JSON, on a \a dark background or a light one.
enum class JsonPart { Key, String, Number, Literal };
QColor jsonColor(JsonPart part, bool dark);

/// The tone of a status: good delivered/read/received, bad failed/undelivered, caution in flight, neutral
/// scheduled/canceled.
Tone statusTone(MessageStatus status);
QColor statusColor(MessageStatus status);
/// Styles \a label as a rounded badge showing \a text in white on \a color (every toneColor() reads at 4.5:1).
void makeBadge(QLabel* label, const QString& text, const QColor& color);
/// A small, muted caption font for secondary text (the palette's placeholder colour, darkened or lightened where it
/// would read below 4.5:1 on the window).
void makeCaption(QWidget* widget);

/// Hands the memory freed after a burst of work (a long log parsed page by page on several threads) back to the
/// system: glibc keeps freed blocks in each thread's arena otherwise, and the window would stay as large as its
/// peak. Nothing with other C libraries.
void releaseFreedMemory();

} // namespace textbench::ui
