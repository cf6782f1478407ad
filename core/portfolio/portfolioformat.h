// How the portfolio's sentences write figures: translated in the "Csm::Portfolio" context,
// days and business days with their plural, percentages and dates. For the portfolio's own
// sources.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <cmath>

namespace Csm::PortfolioFormat {

// The portfolio's strings, in the context "Csm::Portfolio".
struct PortfolioText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Portfolio)
};

// `one` or `many` (both marked with QT_TRANSLATE_NOOP in "Csm::Portfolio"), with n for %1.
inline QString counted(int n, const char *one, const char *many)
{
    return PortfolioText::tr(n == 1 ? one : many).arg(n);
}

inline QString days(int n)
{
    return counted(n, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 day"),
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 days"));
}

inline QString businessDays(int n)
{
    return counted(n, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 business day"),
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 business days"));
}

// A fraction as a whole percentage: "42 %".
inline QString percent(double fraction)
{
    return PortfolioText::tr("%1 %").arg(std::lround(fraction * 100));
}

inline QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace Csm::PortfolioFormat
