#include "coretestprinting.h"

#include "successplan/quickwin.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace Csm;

namespace {

const QDate kickoff(2026, 3, 2);

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

Objective objective(const char *metric, bool quickWin, const QDate &targetDate = {})
{
    Objective o;
    o.id = ObjectiveId::create();
    o.metric = QString::fromUtf8(metric);
    o.quickWin = quickWin;
    o.targetDate = targetDate;
    return o;
}

} // namespace

TEST_CASE("A quick win 7 to 14 days after the kickoff needs no warning")
{
    for (int days : {7, 8, 10, 13, 14}) {
        INFO(days);
        CHECK(quickWinTimingWarning(kickoff, kickoff.addDays(days)).isEmpty());
    }
}

TEST_CASE("A quick win outside 7 to 14 days after the kickoff is warned about")
{
    struct Case
    {
        int days;
        const char *says;
    };
    const QList<Case> cases{
        {-1, "before the kickoff"}, {0, "too soon"},  {1, "too soon"}, {6, "too soon"},
        {15, "too late"},           {60, "too late"},
    };
    for (const Case &c : cases) {
        INFO(c.days);
        const QString warning = quickWinTimingWarning(kickoff, kickoff.addDays(c.days));
        INFO(warning.toStdString());
        CHECK(warning.contains(QLatin1String(c.says)));
        CHECK(warning.contains(shortDate(kickoff.addDays(c.days))));
        CHECK(warning.contains(shortDate(kickoff.addDays(7))));
        CHECK(warning.contains(shortDate(kickoff.addDays(14))));
    }
}

TEST_CASE("A quick win without a kickoff date or target date is warned about")
{
    CHECK(quickWinTimingWarning(QDate(), kickoff.addDays(10)) ==
          QLatin1String("Set the kickoff date: the quick win should be reached 7 to 14 days "
                        "after the kickoff."));
    CHECK(quickWinTimingWarning(QDate(), QDate()).startsWith(QLatin1String("Set the kickoff")));
    const QString noTarget = quickWinTimingWarning(kickoff, QDate());
    CHECK(noTarget == QStringLiteral("Give the quick win a target date between %1 and %2, 7 to "
                                     "14 days after the kickoff.")
                          .arg(shortDate(QDate(2026, 3, 9)), shortDate(QDate(2026, 3, 16))));
}

TEST_CASE("Only objectives marked as quick win get a timing warning")
{
    CHECK(quickWinTimingWarning(kickoff, objective("Dashboards", false, kickoff.addDays(40)))
              .isEmpty());
    CHECK(quickWinTimingWarning(kickoff, objective("Dashboards", false)).isEmpty());
    CHECK(quickWinTimingWarning(kickoff, objective("Dashboards", true, kickoff.addDays(10)))
              .isEmpty());
    CHECK(quickWinTimingWarning(kickoff, objective("Dashboards", true, kickoff.addDays(40))) ==
          quickWinTimingWarning(kickoff, kickoff.addDays(40)));
    CHECK(quickWinTimingWarning(QDate(), objective("Dashboards", true, kickoff.addDays(10))) ==
          quickWinTimingWarning(QDate(), kickoff.addDays(10)));
}

TEST_CASE("More than one quick win is warned about, naming them")
{
    CHECK(multipleQuickWinsWarning({}).isEmpty());
    CHECK(multipleQuickWinsWarning({objective("A", false), objective("B", false)}).isEmpty());
    CHECK(multipleQuickWinsWarning({objective("A", true), objective("B", false)}).isEmpty());
    CHECK(multipleQuickWinsWarning(
              {objective("Dashboards live", true), objective("B", false), objective(" ", true)}) ==
          QLatin1String("More than one objective is marked as quick win (Dashboards live, "
                        "(unnamed objective)): keep one, so that the customer sees a single "
                        "early result."));
    const QString three = multipleQuickWinsWarning(
        {objective("A", true), objective("B", true), objective("C", true)});
    CHECK(three.contains(QLatin1String("(A, B, C)")));
}
