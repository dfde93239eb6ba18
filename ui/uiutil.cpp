// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiutil.h"

#include <QLabel>
#include <QPalette>

#include <algorithm>
#include <cmath>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace textbench::ui {

// Each tone carries white text on badges at 4.5:1 or more (WCAG AA; tst_accessibility checks it): green 5.2,
// amber 5.3, red 5.8, grey 5.1. They also read as text on Fusion's light window (#efefef); on a dark one,
// toneTextColor() lightens them.
QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x1b, 0x7d, 0x3a);
    case Tone::Caution:
        return QColor(0x9c, 0x5d, 0x00);
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

QColor toneTextColor(Tone tone, const QPalette& palette)
{
    return readableOn(toneColor(tone), palette.color(QPalette::Window));
}

namespace {
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor over(const QColor& foreground, const QColor& background)
{
    const double a = foreground.alphaF();
    return QColor::fromRgbF(float(foreground.redF() * a + background.redF() * (1 - a)),
        float(foreground.greenF() * a + background.greenF() * (1 - a)),
        float(foreground.blueF() * a + background.blueF() * (1 - a)));
}
} // namespace

double contrastRatio(const QColor& foreground, const QColor& background)
{
    const double a = luminance(over(foreground, background));
    const double b = luminance(background);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor readableOn(const QColor& color, const QColor& background)
{
    constexpr double kMinimum = 4.5;
    const QColor opaque = over(color, background);
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    // Mixed with black or white in small steps: the hue stays as far as it can.
    for (int step = 0; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed = QColor::fromRgbF(float(opaque.redF() * (1 - t) + target.redF() * t),
            float(opaque.greenF() * (1 - t) + target.greenF() * t),
            float(opaque.blueF() * (1 - t) + target.blueF() * t));
        if (contrastRatio(mixed, background) >= kMinimum)
            return mixed;
    }
    return target;
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
    p.setColor(QPalette::WindowText, readableOn(p.color(QPalette::PlaceholderText), p.color(QPalette::Window)));
    widget->setPalette(p);
}

void releaseFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace textbench::ui
