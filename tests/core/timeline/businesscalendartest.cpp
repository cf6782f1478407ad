#include "coretestprinting.h"

#include "successplan/kickofftiming.h"
#include "timeline/businesscalendar.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

// March 2026 starts on a Sunday: the 2nd is a Monday. Easter 2026: Good Friday is April 3 and
// Easter Monday April 6. Christmas 2025 falls on a Thursday.
const QDate mon(2026, 3, 2);
const QDate fri(2026, 3, 6);
const QDate sat(2026, 3, 7);
const QDate sun(2026, 3, 8);
const QDate nextMon(2026, 3, 9);
const QDate maundyThursday(2026, 4, 2);
const QDate goodFriday(2026, 4, 3);
const QDate easterMonday(2026, 4, 6);
const QDate easterTuesday(2026, 4, 7);

const QList<QDate> holidays{
    goodFriday,          easterMonday,      QDate(2025, 12, 24), QDate(2025, 12, 25),
    QDate(2025, 12, 26), QDate(2026, 1, 1), QDate(2026, 3, 14), // a Saturday
};

std::string day(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("ddd yyyy-MM-dd")).toStdString()
                          : std::string("(no date)");
}

bool naiveBusinessDay(const QDate &date)
{
    return date.dayOfWeek() <= 5 && !holidays.contains(date);
}

// Counting one day at a time, the obvious way.
QDate naiveAdd(QDate date, int days)
{
    const int step = days < 0 ? -1 : 1;
    for (int left = std::abs(days); left > 0;) {
        date = date.addDays(step);
        if (naiveBusinessDay(date))
            --left;
    }
    return date;
}

} // namespace

TEST_CASE("Weekends and holidays are not business days")
{
    const BusinessCalendar calendar(holidays);
    struct Case
    {
        QDate date;
        bool holiday;
        bool business;
    };
    const QList<Case> cases{
        {mon, false, true},
        {fri, false, true},
        {sat, false, false},
        {sun, false, false},
        {maundyThursday, false, true},
        {goodFriday, true, false},
        {easterMonday, true, false},
        {easterTuesday, false, true},
        {QDate(2026, 3, 14), true, false},
        {QDate(), false, false},
    };
    for (const Case &c : cases) {
        INFO(day(c.date));
        CHECK(calendar.isHoliday(c.date) == c.holiday);
        CHECK(calendar.isBusinessDay(c.date) == c.business);
    }
    // Without holidays only the weekend is off.
    CHECK(BusinessCalendar().isBusinessDay(goodFriday));
    CHECK_FALSE(BusinessCalendar().isBusinessDay(sat));
}

TEST_CASE("The next and previous business days skip weekends and holidays")
{
    const BusinessCalendar calendar(holidays);
    CHECK(calendar.nextBusinessDay(mon) == mon);
    CHECK(calendar.nextBusinessDay(sat) == nextMon);
    CHECK(calendar.nextBusinessDay(goodFriday) == easterTuesday);
    CHECK(calendar.nextBusinessDay(QDate(2025, 12, 24)) == QDate(2025, 12, 29));
    CHECK(calendar.previousBusinessDay(sun) == fri);
    CHECK(calendar.previousBusinessDay(easterMonday) == maundyThursday);
    CHECK(calendar.previousBusinessDay(QDate(2026, 1, 1)) == QDate(2025, 12, 31));
    CHECK(calendar.nextBusinessDay(QDate()) == QDate());
    CHECK(calendar.previousBusinessDay(QDate()) == QDate());
}

TEST_CASE("Business days are added across weekends and holidays")
{
    const BusinessCalendar calendar(holidays);
    struct Case
    {
        QDate start;
        int days;
        QDate result;
    };
    const QList<Case> cases{
        {mon, 0, mon},
        {mon, 4, fri},
        {mon, 5, nextMon},
        {fri, 1, nextMon},
        {sat, 1, nextMon},
        // The four days of Easter: Thursday to Tuesday is one business day.
        {maundyThursday, 1, easterTuesday},
        {maundyThursday, 2, QDate(2026, 4, 8)},
        {QDate(2026, 3, 30), 5, QDate(2026, 4, 8)},
        {goodFriday, 0, goodFriday},
        {goodFriday, 1, easterTuesday},
        // Christmas and New Year: Tuesday the 23rd, then Monday the 29th.
        {QDate(2025, 12, 23), 1, QDate(2025, 12, 29)},
        {QDate(2025, 12, 23), 3, QDate(2025, 12, 31)},
        {QDate(2025, 12, 23), 4, QDate(2026, 1, 2)},
        {QDate(2025, 12, 19), 10, QDate(2026, 1, 8)},
        // A holiday on a Saturday changes nothing.
        {QDate(2026, 3, 13), 1, QDate(2026, 3, 16)},
        // Backwards.
        {easterTuesday, -1, maundyThursday},
        {easterMonday, -1, maundyThursday},
        {QDate(2026, 1, 2), -4, QDate(2025, 12, 23)},
        {nextMon, -5, mon},
        {QDate(), 3, QDate()},
    };
    for (const Case &c : cases) {
        INFO(day(c.start) << " + " << c.days << " business days");
        CHECK(calendar.addBusinessDays(c.start, c.days) == c.result);
    }
}

TEST_CASE("Business days between two days leave holidays out")
{
    const BusinessCalendar calendar(holidays);
    CHECK(calendar.businessDaysBetween(maundyThursday, easterTuesday) == 1);
    CHECK(calendar.businessDaysBetween(easterTuesday, maundyThursday) == -1);
    CHECK(calendar.businessDaysBetween(goodFriday, easterMonday) == 0);
    CHECK(calendar.businessDaysBetween(QDate(2025, 12, 23), QDate(2026, 1, 2)) == 4);
    CHECK(calendar.businessDaysBetween(mon, nextMon) == 5);
    CHECK(calendar.businessDaysBetween(QDate(), mon) == 0);
    CHECK(calendar.businessDaysBetween(mon, QDate()) == 0);
}

TEST_CASE("Adding and counting with holidays agree with counting one day at a time")
{
    const BusinessCalendar calendar(holidays);
    for (QDate start(2025, 12, 15); start <= QDate(2026, 1, 10); start = start.addDays(1)) {
        for (int days = -15; days <= 15; ++days) {
            INFO(day(start) << " + " << days);
            const QDate result = calendar.addBusinessDays(start, days);
            CHECK(result == naiveAdd(start, days));
            if (days != 0)
                CHECK(calendar.isBusinessDay(result));
            if (calendar.isBusinessDay(start))
                CHECK(calendar.businessDaysBetween(start, result) == days);
        }
    }
}

TEST_CASE("Without holidays the calendar counts like the weekday rule of the kickoff")
{
    const BusinessCalendar calendar;
    for (QDate start(2026, 2, 23); start <= QDate(2026, 3, 15); start = start.addDays(1)) {
        for (int days = -12; days <= 30; ++days) {
            INFO(day(start) << " + " << days);
            CHECK(calendar.addBusinessDays(start, days) == addBusinessDays(start, days));
            const QDate other = start.addDays(days);
            CHECK(calendar.businessDaysBetween(start, other) == businessDaysBetween(start, other));
        }
    }
}

TEST_CASE("A task lasts the business days from its start to its finish, both included")
{
    const BusinessCalendar calendar(holidays);
    struct Case
    {
        const char *what;
        QDate start;
        QDate finish;
        int days;
    };
    const QList<Case> cases{
        {"one day", mon, mon, 1},
        {"Monday to Friday", mon, fri, 5},
        {"Monday to Sunday", mon, sun, 5},
        {"over a weekend", fri, nextMon, 2},
        {"a weekend only", sat, sun, 0},
        {"over Easter", maundyThursday, easterTuesday, 2},
        {"on Good Friday only", goodFriday, goodFriday, 0},
        {"finish before start", nextMon, mon, 0},
        {"no finish", mon, QDate(), 0},
        {"no start", QDate(), mon, 0},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        CHECK(calendar.workingDays(c.start, c.finish) == c.days);
    }
}

TEST_CASE("The finish of a task of some working days skips weekends and holidays")
{
    const BusinessCalendar calendar(holidays);
    CHECK(calendar.finishAfter(mon, 1) == mon);
    CHECK(calendar.finishAfter(mon, 5) == fri);
    CHECK(calendar.finishAfter(mon, 6) == nextMon);
    // Starting on a weekend or a holiday, work begins on the next business day.
    CHECK(calendar.finishAfter(sat, 1) == nextMon);
    CHECK(calendar.finishAfter(goodFriday, 1) == easterTuesday);
    CHECK(calendar.finishAfter(maundyThursday, 2) == easterTuesday);
    // A length below one is a milestone's day.
    CHECK(calendar.finishAfter(mon, 0) == mon);
    CHECK(calendar.finishAfter(QDate(), 3) == QDate());
    for (QDate start(2025, 12, 20); start <= QDate(2026, 1, 5); start = start.addDays(1)) {
        for (int days = 1; days <= 12; ++days) {
            INFO(day(start) << ", " << days << " working days");
            CHECK(calendar.workingDays(start, calendar.finishAfter(start, days)) == days);
        }
    }
}
