// The check-in cadence agreed at the kickoff ("weekly", "alle zwei Wochen, dienstags") and the
// next check-in it gives.
#pragma once

#include "domain/customer.h"

#include <QDate>
#include <QString>

namespace Csm {

enum class CadenceUnit { Days, Months };

struct CheckInCadence
{
    CadenceUnit unit = CadenceUnit::Days;
    int count = 0;   // 0 when the text was not understood
    int weekday = 0; // the day of the check-ins, 1 Monday to 7 Sunday (QDate::dayOfWeek); 0: any

    bool isValid() const { return count > 0; }
};

// Understands, in English, German and French, case-insensitive, anywhere in the text: daily
// (täglich, quotidien, tous les jours), weekly (wöchentlich, every week, jede Woche,
// hebdomadaire, chaque semaine), every two weeks (biweekly, bi-weekly, fortnightly, every 2
// weeks, zweiwöchentlich, alle zwei/2 Wochen, 14-tägig, vierzehntägig, toutes les deux/2
// semaines, tous les quinze/15 jours, bimensuel), monthly (every month, monatlich, jeden Monat,
// mensuel, chaque mois) and quarterly (every three months, vierteljährlich, quartalsweise,
// alle drei Monate, trimestriel, tous les trois mois). Anything else is invalid.
// A weekday named as a word of its own gives the day of the check-ins: Monday, Mondays or Mon
// ... Sunday, Sundays or Sun; Montag or montags ... Sonntag or sonntags (also Sonnabend,
// sonnabends); lundi or lundis ... dimanche or dimanches. When several are named, the first in
// the text counts.
CheckInCadence parseCheckInCadence(const QString &text);

// The first check-in strictly after `today`, and after the kickoff, on the rhythm of the
// customer's cadence. The rhythm starts at the kickoff date (at `today` when there is no
// kickoff date); the kickoff itself is not a check-in.
// - Weekly and every two weeks: every 7 or 14 days from the kickoff. With a weekday, on that
//   weekday: weekly on each one; every two weeks on every second one, counted from the first
//   such weekday on or after the kickoff.
// - Daily: every day. A weekday named with it ("daily, Mon-Fri", "except Fridays") does not
//   narrow it.
// - Monthly: on the kickoff's day of the month, from the month after (the month's last day
//   when it is shorter). With a weekday, on the first such weekday of each month from the
//   month after the kickoff's ("monthly on Tuesdays" meets on the first Tuesday).
// Invalid when the cadence is not understood or `today` is invalid.
QDate nextCheckIn(const Customer &customer, const QDate &today);

} // namespace Csm
