#include "coretestprinting.h"

#include "successplan/checkincadence.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Check-in cadences are understood in English and German")
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
        {"daily stand-up", U::Days, 1},
        {"täglich", U::Days, 1},
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
        {"weekly", QDate(), QDate(2026, 3, 6), QDate(2026, 3, 13)},
        {"as needed", thursday, QDate(2026, 3, 6), QDate()},
        {"", thursday, QDate(2026, 3, 6), QDate()},
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
