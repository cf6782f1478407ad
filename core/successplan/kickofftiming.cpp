#include "kickofftiming.h"

namespace Csm {

bool isBusinessDay(const QDate &date)
{
    return date.isValid() && date.dayOfWeek() <= 5;
}

QDate addBusinessDays(const QDate &start, int days)
{
    if (!start.isValid())
        return {};
    const int step = days < 0 ? -1 : 1;
    QDate date = start;
    // Whole weeks first, so that a long way costs no more than a short one.
    const int weeks = (days * step - 1) / 5;
    if (weeks > 0) {
        date = date.addDays(qint64(step) * 7 * weeks);
        days -= step * 5 * weeks;
    }
    for (int left = days * step; left > 0;) {
        date = date.addDays(step);
        if (isBusinessDay(date))
            --left;
    }
    return date;
}

int businessDaysBetween(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    const qint64 days = from.daysTo(to);
    qint64 count = days / 7 * 5;
    for (QDate date = from.addDays(days / 7 * 7 + 1); date <= to; date = date.addDays(1)) {
        if (isBusinessDay(date))
            ++count;
    }
    return int(count);
}

QDate kickoffDeadline(const Customer &customer)
{
    return addBusinessDays(customer.signatureDate, kickoffWithinBusinessDays);
}

bool isSlowStart(const Customer &customer, const QDate &today)
{
    const QDate deadline = kickoffDeadline(customer);
    if (!deadline.isValid())
        return false;
    if (customer.kickoffDate.isValid())
        return customer.kickoffDate > deadline;
    return today.isValid() && today > deadline;
}

} // namespace Csm
