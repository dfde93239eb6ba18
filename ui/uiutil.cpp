// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiutil.h"

#include <QLabel>
#include <QPalette>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace textbench::ui {

QColor statusColor(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Delivered:
    case MessageStatus::Read:
    case MessageStatus::Received:
        return QColor(0x1e, 0x8e, 0x3e);
    case MessageStatus::Failed:
    case MessageStatus::Undelivered:
        return QColor(0xc5, 0x22, 0x1f);
    case MessageStatus::Scheduled:
    case MessageStatus::Canceled:
    case MessageStatus::Unknown:
        return QColor(0x6b, 0x6f, 0x76);
    default:
        return QColor(0xb0, 0x6d, 0x00);
    }
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
