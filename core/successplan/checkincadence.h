// The check-in cadence agreed at the kickoff ("weekly", "alle zwei Wochen") and the next
// check-in it gives.
#pragma once

#include "domain/customer.h"

#include <QDate>
#include <QString>

namespace Csm {

enum class CadenceUnit { Days, Months };

struct CheckInCadence
{
    CadenceUnit unit = CadenceUnit::Days;
    int count = 0; // 0 when the text was not understood

    bool isValid() const { return count > 0; }
};

// Understands, in English and German, case-insensitive, anywhere in the text: daily
// (täglich), weekly (wöchentlich, every week, jede Woche), every two weeks (biweekly,
// bi-weekly, fortnightly, every 2 weeks, zweiwöchentlich, alle zwei/2 Wochen, 14-tägig,
// vierzehntägig) and monthly (every month, monatlich, jeden Monat). Anything else is invalid.
CheckInCadence parseCheckInCadence(const QString &text);

// The first check-in strictly after `today` on the rhythm of the customer's cadence,
// counted from the kickoff date (from `today` when there is no kickoff date). Invalid when
// the cadence is not understood.
QDate nextCheckIn(const Customer &customer, const QDate &today);

} // namespace Csm
