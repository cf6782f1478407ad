#include "coretestprinting.h"

#include "successplan/checkincadence.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Check-in cadences are understood in English, German and French")
{
    struct Case
    {
        const char *text;
        CadenceUnit unit;
        int count;
    };
    using U = CadenceUnit;
    const QList<Case> cases{
        {"weekly", U::Days, 7},
        {"Weekly on Thursdays, 30 min", U::Days, 7},
        {"every week", U::Days, 7},
        {"Wöchentlich", U::Days, 7},
        {"jede Woche dienstags", U::Days, 7},
        {"biweekly", U::Days, 14},
        {"Bi-weekly", U::Days, 14},
        {"fortnightly", U::Days, 14},
        {"every two weeks", U::Days, 14},
        {"every 2 weeks", U::Days, 14},
        {"zweiwöchentlich", U::Days, 14},
        {"alle zwei Wochen", U::Days, 14},
        {"Alle 2 Wochen", U::Days, 14},
        {"14-tägig", U::Days, 14},
        {"vierzehntägig", U::Days, 14},
        {"monthly", U::Months, 1},
        {"every month", U::Months, 1},
        {"Monatlich", U::Months, 1},
        {"Quarterly", U::Months, 3},
        {"every three months", U::Months, 3},
        {"vierteljährlich", U::Months, 3},
        {"daily stand-up", U::Days, 1},
        {"täglich", U::Days, 1},
        {"Hebdomadaire", U::Days, 7},
        {"chaque semaine, le mardi", U::Days, 7},
        {"toutes les deux semaines", U::Days, 14},
        {"tous les 15 jours", U::Days, 14},
        {"bimensuel", U::Days, 14},
        {"mensuel", U::Months, 1},
        {"Mensuelle", U::Months, 1},
        {"tous les mois", U::Months, 1},
        {"trimestriel", U::Months, 3},
        {"tous les trois mois", U::Months, 3},
        {"point quotidien", U::Days, 1},
        {"", U::Days, 0},
        {"when needed", U::Days, 0},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const CheckInCadence cadence = parseCheckInCadence(QString::fromUtf8(c.text));
        CHECK(cadence.count == c.count);
        CHECK(cadence.isValid() == (c.count > 0));
        if (cadence.isValid())
            CHECK(cadence.unit == c.unit);
    }
}

TEST_CASE("A weekday in the cadence is understood in English, German and French")
{
    struct Case
    {
        const char *text;
        int count;
        int weekday;
    };
    const QList<Case> cases{
        {"Weekly, Tuesdays 10:00", 7, 2},
        {"Weekly on Thursdays, 30 min", 7, 4},
        {"weekly on monday", 7, 1},
        {"every week, Mon 9:00", 7, 1},
        {"weekly (Wed.)", 7, 3},
        {"weekly, tue", 7, 2},
        {"weekly, Tues", 7, 2},
        {"weekly, thu", 7, 4},
        {"weekly, Thur", 7, 4},
        {"weekly, thurs", 7, 4},
        {"weekly Fri", 7, 5},
        {"WEEKLY ON FRIDAYS", 7, 5},
        {"weekly, Saturday mornings", 7, 6},
        {"weekly, sat", 7, 6},
        {"weekly on Sundays", 7, 7},
        {"weekly, Sun", 7, 7},
        {"every two weeks on Wednesday", 14, 3},
        {"biweekly, Tue and Fri", 14, 2},
        {"Thursday calls, weekly", 7, 4},
        {"jede Woche dienstags", 7, 2},
        {"wöchentlich am Montag", 7, 1},
        {"Wöchentlich, MONTAGS", 7, 1},
        {"alle zwei Wochen mittwochs", 14, 3},
        {"14-tägig am Donnerstag", 14, 4},
        {"wöchentlich, donnerstags 10 Uhr", 7, 4},
        {"wöchentlich freitags", 7, 5},
        {"zweiwöchentlich am Freitag", 14, 5},
        {"wöchentlich, Samstag", 7, 6},
        {"wöchentlich, samstags", 7, 6},
        {"wöchentlich, Sonnabend", 7, 6},
        {"wöchentlich am Sonntag", 7, 7},
        {"wöchentlich, sonntags", 7, 7},
        {"monthly, first Tuesday", 30, 2},
        {"monatlich, Montag", 30, 1},
        {"hebdomadaire, le lundi", 7, 1},
        {"chaque semaine, les mardis à 10 h", 7, 2},
        {"toutes les deux semaines, mercredi", 14, 3},
        {"Hebdomadaire, JEUDI", 7, 4},
        {"hebdomadaire, vendredi matin", 7, 5},
        {"hebdomadaire, samedi", 7, 6},
        {"hebdomadaire, le dimanche", 7, 7},
        // Not a weekday of its own.
        {"monthly", 30, 0},
        {"Monatlich", 30, 0},
        {"every month", 30, 0},
        {"weekly Montagsrunde", 7, 0},
        {"weekly sync, sunlit room", 7, 0},
        {"weekly status", 7, 0},
        // No rhythm, no weekday.
        {"Tuesdays", 0, 0},
        {"dienstags nach Bedarf", 0, 0},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const CheckInCadence cadence = parseCheckInCadence(QString::fromUtf8(c.text));
        if (c.count == 30) {
            CHECK(cadence.unit == CadenceUnit::Months);
            CHECK(cadence.count == 1);
        } else {
            CHECK(cadence.count == c.count);
        }
        CHECK(cadence.weekday == c.weekday);
    }
}

TEST_CASE("The next check-in follows the cadence from the kickoff, strictly after today")
{
    struct Case
    {
        const char *cadence;
        QDate kickoff;
        QDate today;
        QDate next;
    };
    const QDate thursday(2026, 3, 5);
    const QList<Case> cases{
        {"weekly", thursday, thursday, QDate(2026, 3, 12)},
        {"weekly", thursday, QDate(2026, 3, 6), QDate(2026, 3, 12)},
        {"weekly", thursday, QDate(2026, 3, 11), QDate(2026, 3, 12)},
        {"weekly", thursday, QDate(2026, 3, 12), QDate(2026, 3, 19)},
        {"weekly", thursday, QDate(2026, 3, 1), QDate(2026, 3, 12)},
        {"every two weeks", thursday, QDate(2026, 3, 20), QDate(2026, 4, 2)},
        {"monthly", QDate(2026, 1, 31), QDate(2026, 2, 2), QDate(2026, 2, 28)},
        {"monthly", QDate(2026, 1, 31), QDate(2026, 3, 31), QDate(2026, 4, 30)},
        {"quarterly", QDate(2026, 1, 31), QDate(2026, 2, 2), QDate(2026, 4, 30)},
        {"weekly", QDate(), QDate(2026, 3, 6), QDate(2026, 3, 13)},
        {"as needed", thursday, QDate(2026, 3, 6), QDate()},
        {"", thursday, QDate(2026, 3, 6), QDate()},
        {"weekly", thursday, QDate(2026, 1, 1), QDate(2026, 3, 12)},
        {"daily", thursday, thursday, QDate(2026, 3, 6)},
        {"daily", thursday, QDate(2026, 3, 1), QDate(2026, 3, 6)},
        {"monthly", thursday, QDate(2026, 3, 1), QDate(2026, 4, 5)},
    };
    for (const Case &c : cases) {
        INFO(c.cadence << " from " << c.kickoff.toString(Qt::ISODate).toStdString() << " on "
                       << c.today.toString(Qt::ISODate).toStdString());
        Customer customer;
        customer.checkInCadence = QString::fromUtf8(c.cadence);
        customer.kickoffDate = c.kickoff;
        CHECK(nextCheckIn(customer, c.today) == c.next);
    }
}

TEST_CASE("The next check-in falls on the weekday the cadence names")
{
    struct Case
    {
        const char *cadence;
        QDate kickoff;
        QDate today;
        QDate next;
    };
    // March 2026: Monday the 2nd, Tuesday the 3rd, Thursday the 5th, Friday the 6th.
    const QDate tuesday(2026, 3, 3);
    const QDate thursday(2026, 3, 5);
    const QDate friday(2026, 3, 6);
    const QList<Case> cases{
        // Weekly: the first such weekday after today and after the kickoff.
        {"Weekly, Tuesdays 10:00", friday, friday, QDate(2026, 3, 10)},
        {"Weekly, Tuesdays 10:00", friday, QDate(2026, 3, 9), QDate(2026, 3, 10)},
        {"Weekly, Tuesdays 10:00", friday, QDate(2026, 3, 10), QDate(2026, 3, 17)},
        {"Weekly, Tuesdays 10:00", friday, QDate(2026, 3, 12), QDate(2026, 3, 17)},
        {"Weekly, Tuesdays 10:00", friday, QDate(2026, 3, 1), QDate(2026, 3, 10)},
        {"weekly on Thursdays", thursday, thursday, QDate(2026, 3, 12)},
        {"weekly on Thursdays", thursday, QDate(2026, 3, 1), QDate(2026, 3, 12)},
        {"wöchentlich am Freitag", thursday, friday, QDate(2026, 3, 13)},
        {"jede Woche montags", thursday, friday, QDate(2026, 3, 9)},
        {"weekly, Sundays", thursday, QDate(2026, 3, 7), QDate(2026, 3, 8)},
        // Every two weeks: from the first such weekday on or after the kickoff (Tuesday the
        // 10th after a Friday kickoff).
        {"every two weeks on Tuesday", friday, friday, QDate(2026, 3, 10)},
        {"every two weeks on Tuesday", friday, QDate(2026, 3, 10), QDate(2026, 3, 24)},
        {"every two weeks on Tuesday", friday, QDate(2026, 3, 11), QDate(2026, 3, 24)},
        {"every two weeks on Tuesday", friday, QDate(2026, 3, 17), QDate(2026, 3, 24)},
        {"every two weeks on Tuesday", friday, QDate(2026, 3, 24), QDate(2026, 4, 7)},
        {"every two weeks on Tuesday", friday, QDate(2026, 3, 1), QDate(2026, 3, 10)},
        // A kickoff on the weekday itself is not a check-in.
        {"biweekly, Tuesdays", tuesday, tuesday, QDate(2026, 3, 17)},
        {"biweekly, Tuesdays", tuesday, QDate(2026, 2, 20), QDate(2026, 3, 17)},
        {"alle zwei Wochen montags", thursday, friday, QDate(2026, 3, 9)},
        {"alle zwei Wochen montags", thursday, QDate(2026, 3, 9), QDate(2026, 3, 23)},
        {"14-tägig, donnerstags", thursday, thursday, QDate(2026, 3, 19)},
        // Without a kickoff date the rhythm starts today.
        {"weekly on Mondays", QDate(), QDate(2026, 3, 8), QDate(2026, 3, 9)},
        {"weekly on Mondays", QDate(), QDate(2026, 3, 9), QDate(2026, 3, 16)},
        {"biweekly on Mondays", QDate(), QDate(2026, 3, 4), QDate(2026, 3, 9)},
        // Daily check-ins are every day, whatever weekday is named with them.
        {"daily stand-up Mon-Fri", thursday, friday, QDate(2026, 3, 7)},
        {"täglich außer freitags", thursday, thursday, friday},
        // Monthly: the first such weekday of each month from the month after the kickoff's.
        {"monthly, first Tuesday", thursday, friday, QDate(2026, 4, 7)},
        {"monthly, first Tuesday", QDate(2026, 3, 2), QDate(2026, 3, 2), QDate(2026, 4, 7)},
        {"monthly, first Tuesday", thursday, QDate(2026, 4, 7), QDate(2026, 5, 5)},
        {"monthly, first Tuesday", thursday, QDate(2026, 4, 8), QDate(2026, 5, 5)},
        {"monatlich, mittwochs", QDate(2025, 12, 17), QDate(2025, 12, 18), QDate(2026, 1, 7)},
        {"monthly on Fridays", QDate(), QDate(2026, 3, 20), QDate(2026, 4, 3)},
    };
    for (const Case &c : cases) {
        INFO(c.cadence << " from " << c.kickoff.toString(Qt::ISODate).toStdString() << " on "
                       << c.today.toString(Qt::ISODate).toStdString());
        Customer customer;
        customer.checkInCadence = QString::fromUtf8(c.cadence);
        customer.kickoffDate = c.kickoff;
        const QDate next = nextCheckIn(customer, c.today);
        CHECK(next == c.next);
        CHECK(next > c.today);
    }
}
