#include "coretestprinting.h"

#include "successplan/kickofftiming.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

// March 2026 starts on a Sunday: the 2nd is a Monday, the 7th and 8th are a weekend.
const QDate mon(2026, 3, 2);
const QDate wed(2026, 3, 4);
const QDate thu(2026, 3, 5);
const QDate fri(2026, 3, 6);
const QDate sat(2026, 3, 7);
const QDate sun(2026, 3, 8);
const QDate nextMon(2026, 3, 9);

std::string day(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("ddd yyyy-MM-dd")).toStdString()
                          : std::string("(no date)");
}

// Counting one day at a time, the obvious way.
QDate naiveAddBusinessDays(QDate date, int days)
{
    for (int added = 0; added < days;) {
        date = date.addDays(1);
        if (date.dayOfWeek() <= 5)
            ++added;
    }
    return date;
}

} // namespace

TEST_CASE("Business days are added Monday to Friday, across weekends")
{
    struct Case
    {
        QDate start;
        int days;
        QDate result;
    };
    const QList<Case> cases{
        {mon, 0, mon},
        {mon, 1, QDate(2026, 3, 3)},
        {mon, 4, fri},
        {mon, 5, nextMon},
        {mon, 6, QDate(2026, 3, 10)},
        {thu, 5, QDate(2026, 3, 12)},
        {fri, 1, nextMon},
        {fri, 5, QDate(2026, 3, 13)},
        {wed, 10, QDate(2026, 3, 18)},
        {mon, 25, QDate(2026, 4, 6)},
        // From a weekend, the first business day on is the Monday.
        {sat, 0, sat},
        {sat, 1, nextMon},
        {sat, 5, QDate(2026, 3, 13)},
        {sat, 10, QDate(2026, 3, 20)},
        {sun, 0, sun},
        {sun, 1, nextMon},
        {sun, 5, QDate(2026, 3, 13)},
        // Over the turn of the year; public holidays are not known.
        {QDate(2025, 12, 31), 3, QDate(2026, 1, 5)},
        // Backwards.
        {nextMon, -1, fri},
        {sun, -1, fri},
        {sat, -5, mon},
        {nextMon, -5, mon},
        {QDate(2026, 4, 6), -25, mon},
        {QDate(), 5, QDate()},
        {QDate(), 0, QDate()},
    };
    for (const Case &c : cases) {
        INFO(day(c.start) << " + " << c.days << " business days");
        CHECK(addBusinessDays(c.start, c.days) == c.result);
    }
}

TEST_CASE("Business days between two days count those after the first, up to the second")
{
    struct Case
    {
        QDate from;
        QDate to;
        int days;
    };
    const QList<Case> cases{
        {mon, mon, 0},
        {sat, sat, 0},
        {mon, QDate(2026, 3, 3), 1},
        {fri, sat, 0},
        {fri, sun, 0},
        {fri, nextMon, 1},
        {sat, sun, 0},
        {sat, nextMon, 1},
        {sun, nextMon, 1},
        {mon, fri, 4},
        {mon, sun, 4},
        {mon, nextMon, 5},
        {mon, QDate(2026, 3, 13), 9},
        {mon, QDate(2026, 3, 30), 20},
        {nextMon, fri, -1},
        {nextMon, mon, -5},
        {sun, sat, 0},
        {QDate(), mon, 0},
        {mon, QDate(), 0},
    };
    for (const Case &c : cases) {
        INFO(day(c.from) << " to " << day(c.to));
        CHECK(businessDaysBetween(c.from, c.to) == c.days);
    }
}

TEST_CASE("Adding and counting business days agree with counting one day at a time")
{
    for (QDate start = QDate(2026, 2, 23); start <= QDate(2026, 3, 15); start = start.addDays(1)) {
        for (int days = 0; days <= 40; ++days) {
            INFO(day(start) << " + " << days);
            const QDate result = addBusinessDays(start, days);
            CHECK(result == naiveAddBusinessDays(start, days));
            CHECK(businessDaysBetween(start, result) == days);
            CHECK(addBusinessDays(result, -days) <= start);
            if (days > 0)
                CHECK(isBusinessDay(result));
        }
    }
}

TEST_CASE("The kickoff is due 5 business days after signature")
{
    CHECK(kickoffWithinBusinessDays == 5);
    struct Case
    {
        QDate signature;
        QDate deadline;
    };
    const QList<Case> cases{
        {mon, nextMon},
        {wed, QDate(2026, 3, 11)},
        {fri, QDate(2026, 3, 13)},
        {sat, QDate(2026, 3, 13)},
        {sun, QDate(2026, 3, 13)},
        {QDate(), QDate()},
    };
    for (const Case &c : cases) {
        INFO("signed " << day(c.signature));
        Customer customer;
        customer.signatureDate = c.signature;
        CHECK(kickoffDeadline(customer) == c.deadline);
    }
}

TEST_CASE("A slow start is a kickoff not held within 5 business days of signature")
{
    struct Case
    {
        const char *what;
        QDate signature;
        QDate kickoff;
        QDate today;
        bool slow;
    };
    const QDate sigMon = mon; // deadline Monday, March 9
    const QList<Case> cases{
        {"held on the deadline", sigMon, nextMon, QDate(2026, 4, 1), false},
        {"held the day after the deadline", sigMon, QDate(2026, 3, 10), QDate(2026, 3, 3), true},
        {"held early, looked at much later", sigMon, thu, QDate(2026, 6, 1), false},
        {"held on the day of signature", sigMon, sigMon, sigMon, false},
        {"dated before the signature", sigMon, QDate(2026, 2, 27), sigMon, false},
        {"held the weekend after the deadline", QDate(2026, 3, 1), sat, sat, true},
        {"signed on a Saturday, held the Friday after", sat, QDate(2026, 3, 13), sat, false},
        {"signed on a Saturday, held the Monday after next", sat, QDate(2026, 3, 16), sat, true},
        {"no date, before the deadline", sigMon, QDate(), fri, false},
        {"no date, on the deadline", sigMon, QDate(), nextMon, false},
        {"no date, the day after the deadline", sigMon, QDate(), QDate(2026, 3, 10), true},
        {"no date, no today", sigMon, QDate(), QDate(), false},
        {"no signature date", QDate(), QDate(2026, 5, 1), QDate(2026, 6, 1), false},
        {"no dates at all", QDate(), QDate(), QDate(2026, 6, 1), false},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        Customer customer;
        customer.signatureDate = c.signature;
        customer.kickoffDate = c.kickoff;
        CHECK(isSlowStart(customer, c.today) == c.slow);
    }
}
