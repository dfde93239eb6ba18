// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messages/message.h"

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace textbench::ui {

/// The colour of a status badge: green delivered/read/received, red failed/undelivered, amber in flight, grey
/// scheduled/canceled. Chosen to read on light and dark palettes alike.
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
