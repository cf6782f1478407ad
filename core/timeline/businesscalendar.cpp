#include "businesscalendar.h"

#include "successplan/kickofftiming.h"

#include <algorithm>

namespace Csm {

BusinessCalendar::BusinessCalendar(const QList<QDate> &holidays)
{
    for (const QDate &date : holidays) {
        if (!date.isValid() || m_holidays.contains(date))
            continue;
        m_holidays.insert(date);
        // A holiday on a weekend changes nothing in the counts.
        if (date.dayOfWeek() <= 5)
            m_weekdayHolidays.append(date);
    }
    std::sort(m_weekdayHolidays.begin(), m_weekdayHolidays.end());
}

bool BusinessCalendar::isHoliday(const QDate &date) const
{
    return m_holidays.contains(date);
}

bool BusinessCalendar::isBusinessDay(const QDate &date) const
{
    return Csm::isBusinessDay(date) && !m_holidays.contains(date);
}

QDate BusinessCalendar::nextBusinessDay(const QDate &date) const
{
    if (!date.isValid())
        return {};
    QDate day = date;
    while (!isBusinessDay(day))
        day = day.addDays(1);
    return day;
}

QDate BusinessCalendar::previousBusinessDay(const QDate &date) const
{
    if (!date.isValid())
        return {};
    QDate day = date;
    while (!isBusinessDay(day))
        day = day.addDays(-1);
    return day;
}

int BusinessCalendar::holidaysIn(const QDate &after, const QDate &upTo) const
{
    const auto first =
        std::upper_bound(m_weekdayHolidays.cbegin(), m_weekdayHolidays.cend(), after);
    const auto last = std::upper_bound(first, m_weekdayHolidays.cend(), upTo);
    return int(last - first);
}

QDate BusinessCalendar::addBusinessDays(const QDate &start, int days) const
{
    if (!start.isValid())
        return {};
    // Count weekdays first, then add one weekday for each holiday passed over, until a step
    // passes over none: as many steps as there are holidays in the way, each a binary search.
    QDate date = Csm::addBusinessDays(start, days);
    if (days > 0) {
        for (int missing = holidaysIn(start, date); missing > 0;) {
            const QDate from = date;
            date = Csm::addBusinessDays(from, missing);
            missing = holidaysIn(from, date);
        }
    } else if (days < 0) {
        // Going back, the days counted are [date, start).
        for (int missing = holidaysIn(date.addDays(-1), start.addDays(-1)); missing > 0;) {
            const QDate from = date;
            date = Csm::addBusinessDays(from, -missing);
            missing = holidaysIn(date.addDays(-1), from.addDays(-1));
        }
    }
    return date;
}

int BusinessCalendar::businessDaysBetween(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    return Csm::businessDaysBetween(from, to) - holidaysIn(from, to);
}

int BusinessCalendar::workingDays(const QDate &start, const QDate &finish) const
{
    if (!start.isValid() || !finish.isValid() || finish < start)
        return 0;
    return businessDaysBetween(start.addDays(-1), finish);
}

QDate BusinessCalendar::finishAfter(const QDate &start, int days) const
{
    return addBusinessDays(nextBusinessDay(start), std::max(days, 1) - 1);
}

} // namespace Csm
