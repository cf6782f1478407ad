#include "quickwin.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Csm {

namespace {

struct QuickWinText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::QuickWin)
};

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QString quickWinTimingWarning(const QDate &kickoffDate, const QDate &targetDate)
{
    if (!kickoffDate.isValid())
        return QuickWinText::tr(
            "Set the kickoff date: the quick win should be reached 7 to 14 days after the "
            "kickoff.");
    const QString earliest = shortDate(kickoffDate.addDays(quickWinEarliestDay));
    const QString latest = shortDate(kickoffDate.addDays(quickWinLatestDay));
    if (!targetDate.isValid())
        return QuickWinText::tr(
                   "Give the quick win a target date between %1 and %2, 7 to 14 days after the "
                   "kickoff.")
            .arg(earliest, latest);
    const qint64 days = kickoffDate.daysTo(targetDate);
    if (days < 0)
        return QuickWinText::tr(
                   "The quick win is due on %1, before the kickoff; aim for %2 to %3, 7 to 14 days "
                   "after the kickoff.")
            .arg(shortDate(targetDate), earliest, latest);
    if (days < quickWinEarliestDay)
        return QuickWinText::tr(
                   "The quick win is due on %1, too soon after the kickoff to be meaningful; aim "
                   "for %2 to %3, 7 to 14 days after the kickoff.")
            .arg(shortDate(targetDate), earliest, latest);
    if (days > quickWinLatestDay)
        return QuickWinText::tr(
                   "The quick win is due on %1, too late to be quick; aim for %2 to %3, 7 to 14 "
                   "days after the kickoff.")
            .arg(shortDate(targetDate), earliest, latest);
    return {};
}

QString quickWinTimingWarning(const QDate &kickoffDate, const Objective &objective)
{
    if (!objective.quickWin)
        return {};
    return quickWinTimingWarning(kickoffDate, objective.targetDate);
}

QString multipleQuickWinsWarning(const QList<Objective> &objectives)
{
    QStringList names;
    for (const Objective &objective : objectives) {
        if (objective.quickWin) {
            const QString metric = objective.metric.trimmed();
            names.append(metric.isEmpty() ? QuickWinText::tr("(unnamed objective)") : metric);
        }
    }
    if (names.size() < 2)
        return {};
    return QuickWinText::tr(
               "More than one objective is marked as quick win (%1): keep one, so that the "
               "customer sees a single early result.")
        .arg(names.join(QLatin1String(", ")));
}

} // namespace Csm
