// Colours and money formatting the Expansion page's map, table and header share, readable on
// light and dark palettes.
#pragma once

#include "domain/enums.h"

#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QString>

namespace Csm::ExpansionStyle {

inline bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// The colour of a status on the map, its legend and the table; lighter shades on a dark
// palette, so they keep their contrast.
inline QColor statusColor(OpportunityStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case OpportunityStatus::NotStarted:
        return dark ? QColor(0x9e, 0xa7, 0xb3) : QColor(0x6b, 0x75, 0x84);
    case OpportunityStatus::Exploring:
        return dark ? QColor(0x5a, 0xa9, 0xf0) : QColor(0x1f, 0x6f, 0xc4);
    case OpportunityStatus::Proposed:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb8, 0x62, 0x00);
    case OpportunityStatus::Won:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case OpportunityStatus::Lost:
        return dark ? QColor(0xc6, 0x6a, 0x6a) : QColor(0xa8, 0x4a, 0x4a);
    }
    return palette.color(QPalette::Mid);
}

// `color` laid over `base` at `alpha` (0 to 1), as an opaque colour.
inline QColor blend(const QColor &base, const QColor &color, qreal alpha)
{
    return QColor::fromRgbF(float(base.redF() * (1 - alpha) + color.redF() * alpha),
                            float(base.greenF() * (1 - alpha) + color.greenF() * alpha),
                            float(base.blueF() * (1 - alpha) + color.blueF() * alpha));
}

// A tile's background: the status colour, faint, over the view's base.
inline QColor tileFill(OpportunityStatus status, const QPalette &palette)
{
    if (status == OpportunityStatus::Lost)
        return palette.color(QPalette::Window);
    return blend(palette.color(QPalette::Base), statusColor(status, palette),
                 isDark(palette) ? 0.16 : 0.09);
}

// "GBP 18,000" or "18.000 GBP", as the locale places the currency, without decimals. Qt
// glues a three-letter code to the digits ("GBP18,000"); a no-break space keeps it apart.
inline QString money(qint64 amount, const QString &currency, const QLocale &locale = QLocale())
{
    const QString code = currency.trimmed().isEmpty() ? QStringLiteral("EUR") : currency.trimmed();
    QString text = locale.toCurrencyString(double(amount), code, 0);
    const QChar space(0x00a0);
    const qsizetype at = text.indexOf(code);
    if (at < 0)
        return text;
    const qsizetype after = at + code.size();
    if (after < text.size() && !text.at(after).isSpace())
        text.insert(after, space);
    if (at > 0 && !text.at(at - 1).isSpace())
        text.insert(at, space);
    return text;
}

} // namespace Csm::ExpansionStyle
