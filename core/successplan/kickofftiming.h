// When the kickoff workshop is due: within 5 business days of signature (Monday to Friday;
// public holidays are not known and count as business days). A kickoff held later, or not
// dated when that time is over, is a slow start.
#pragma once

#include "domain/customer.h"

#include <QDate>

namespace Csm {

// Business days from signature by which the kickoff should be held.
inline constexpr int kickoffWithinBusinessDays = 5;

// Whether `date` is a business day, Monday to Friday.
bool isBusinessDay(const QDate &date);

// The day `days` business days after `start`: from a Friday or a Saturday, one business day
// on is the Monday. With 0 it is `start` itself, even on a weekend; negative counts back (one
// business day before a Monday or a Sunday is the Friday). Invalid when `start` is.
QDate addBusinessDays(const QDate &start, int days);

// The business days after `from` up to and including `to`: signed on a Friday, kicked off on
// the Monday after is 1, the same day or the weekend after is 0. Negative when `to` is
// before `from` (minus the business days after `to` up to and including `from`); 0 when
// either date is invalid. For days >= 0, businessDaysBetween(d, addBusinessDays(d, days)) is
// `days`.
int businessDaysBetween(const QDate &from, const QDate &to);

// The last day to hold the kickoff: kickoffWithinBusinessDays business days after signature.
// Invalid without a signature date.
QDate kickoffDeadline(const Customer &customer);

// Slow start: the kickoff is not held within kickoffWithinBusinessDays business days of
// signature. True when the kickoff date is later than the deadline, or when there is no
// kickoff date and `today` is past the deadline. False without a signature date.
bool isSlowStart(const Customer &customer, const QDate &today);

} // namespace Csm
