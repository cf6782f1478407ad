// Colours, badges and date texts the Timeline page's panels share, readable on light and dark
// palettes.
#pragma once

#include <QColor>
#include <QDate>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QString>

namespace Csm::TimelineStyle {

// What a badge or a dot says about the plan.
enum class Tone { Good, Warning, Bad, Neutral };

inline QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return QColor(0xc4, 0x50, 0x00);
    case Tone::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return QColor(0x61, 0x61, 0x61);
}

// White text on the tone's colour, rounded: reads the same on any palette.
inline QString badgeStyle(Tone tone)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 9px; "
                          "padding: 2px 10px; font-weight: bold; }")
        .arg(toneColor(tone).name());
}

// A warning box in the colours of the palette's brightness.
inline QString noticeStyle(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5
               ? QStringLiteral(
                     "QLabel { background: #3a2a12; color: #ffd8a8; "
                     "border: 1px solid #8a5a1a; border-radius: 4px; padding: 6px 8px; }")
               : QStringLiteral(
                     "QLabel { background: #fff4e5; color: #663c00; "
                     "border: 1px solid #f5c07a; border-radius: 4px; padding: 6px 8px; }");
}

// A filled circle of the tone's colour for list rows, with a light rim so it shows on dark
// backgrounds too.
inline QIcon dotIcon(Tone tone)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 90), 1));
    painter.setBrush(toneColor(tone));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

inline QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

inline QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace Csm::TimelineStyle
