// Business days for the implementation plan: Monday to Friday, minus the workspace's
// holidays. Task lengths and dependency lags count in business days.
#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace Csm {

class BusinessCalendar
{
public:
    BusinessCalendar() = default;
    explicit BusinessCalendar(const QList<QDate> &holidays);

    bool isHoliday(const QDate &date) const;
    // Monday to Friday and not a holiday.
    bool isBusinessDay(const QDate &date) const;

    // `date` itself when it is a business day, else the next one (previous one for
    // previousBusinessDay). Invalid when `date` is.
    QDate nextBusinessDay(const QDate &date) const;
    QDate previousBusinessDay(const QDate &date) const;

    // The day `days` business days after `start` (before it when negative), skipping weekends
    // and holidays; with 0, `start` itself, even on a weekend or a holiday. As for the
    // weekday-only rule (kickofftiming.h): from a Friday or a Saturday one business day on is
    // the Monday, one business day before a Monday or a Sunday is the Friday. Invalid when
    // `start` is.
    QDate addBusinessDays(const QDate &start, int days) const;

    // The business days after `from` up to and including `to`; negative when `to` is before
    // `from`; 0 when either is invalid. businessDaysBetween(d, addBusinessDays(d, n)) == n
    // for a business day d.
    int businessDaysBetween(const QDate &from, const QDate &to) const;

    // The business days from `start` to `finish`, both included (a one-day task is 1; a task
    // on a weekend only is 0). 0 when either is invalid or finish is before start.
    int workingDays(const QDate &start, const QDate &finish) const;

    // The finish of a task of `days` working days starting on `start` (moved to a business
    // day first): workingDays(start, finishAfter(start, n)) == n for n >= 1. A length below 1
    // counts as 1 (a milestone). Invalid when `start` is.
    QDate finishAfter(const QDate &start, int days) const;

private:
    // Holidays on a weekday in (after, upTo], after <= upTo.
    int holidaysIn(const QDate &after, const QDate &upTo) const;

    QSet<QDate> m_holidays;
    QList<QDate> m_weekdayHolidays; // sorted, for counting without walking day by day
};

} // namespace Csm
