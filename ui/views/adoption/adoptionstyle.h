// Colours and texts the Adoption page's cards, banner and charts share, readable on light and
// dark palettes.
#pragma once

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace Csm::AdoptionStyle {

// What a figure says about the customer's adoption.
enum class Tone { Good, Warning, Bad, Neutral };

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// Lighter shades on a dark palette, so the colours keep their contrast.
inline QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xa7, 0x26) : QColor(0xc4, 0x50, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::Mid);
}

// The series colours of the charts.
inline QColor primaryColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5a, 0xa9, 0xf0) : QColor(0x1f, 0x6f, 0xc4);
}

inline QColor secondaryColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xb0, 0xb8, 0xc4) : QColor(0x60, 0x6a, 0x78);
}

inline QColor targetColor(const QPalette &palette)
{
    return toneColor(Tone::Good, palette);
}

// The red flags' banner.
inline QString flagBannerStyle(const QPalette &palette)
{
    return isDark(palette)
               ? QStringLiteral(
                     "QLabel { background: #4a1c1c; color: #ffd6d6; "
                     "border: 1px solid #a33a3a; border-radius: 4px; padding: 8px 10px; }")
               : QStringLiteral(
                     "QLabel { background: #fdecea; color: #611a15; "
                     "border: 1px solid #f1a9a0; border-radius: 4px; padding: 8px 10px; }");
}

// "42 %" in the user's locale; `digits` after the decimal point.
inline QString percent(double share, int digits = 0)
{
    return QLocale().toString(share * 100.0, 'f', digits) + QStringLiteral("\u00a0%");
}

} // namespace Csm::AdoptionStyle
