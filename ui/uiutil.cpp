// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiutil.h"

#include <QLabel>
#include <QPalette>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace textbench::ui {

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1e, 0x8e, 0x3e);
    case Tone::Caution:
        return QColor(0xb0, 0x6d, 0x00);
    case Tone::Bad:
        return QColor(0xc5, 0x22, 0x1f);
    case Tone::Neutral:
        break;
    }
    return QColor(0x6b, 0x6f, 0x76);
}

QString toneName(Tone tone)
{
    return toneColor(tone).name();
}

QColor markColor()
{
    return QColor(0xff, 0xd5, 0x4f);
}

QColor jsonColor(JsonPart part, bool dark)
{
    switch (part) {
    case JsonPart::Key:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x4f, 0xa0);
    case JsonPart::String:
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x18, 0x80, 0x38);
    case JsonPart::Number:
        return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xa5, 0x0e, 0x0e);
    case JsonPart::Literal:
        break;
    }
    return dark ? QColor(0xc5, 0x8a, 0xf9) : QColor(0x7b, 0x1f, 0xa2);
}

Tone statusTone(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Delivered:
    case MessageStatus::Read:
    case MessageStatus::Received:
        return Tone::Good;
    case MessageStatus::Failed:
    case MessageStatus::Undelivered:
        return Tone::Bad;
    case MessageStatus::Scheduled:
    case MessageStatus::Canceled:
    case MessageStatus::Unknown:
        return Tone::Neutral;
    default:
        return Tone::Caution;
    }
}

QColor statusColor(MessageStatus status)
{
    return toneColor(statusTone(status));
}

void makeBadge(QLabel* label, const QString& text, const QColor& color)
{
    label->setTextFormat(Qt::PlainText); // a status from the server, shown as text
    label->setText(text);
    label->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 9px; padding: 2px 10px; "
                                        "font-weight: 600; }")
                             .arg(color.name()));
}

void makeCaption(QWidget* widget)
{
    QFont f = widget->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    widget->setFont(f);
    QPalette p = widget->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    widget->setPalette(p);
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace textbench::ui
