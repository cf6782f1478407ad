// The onboarding's dates as an iCalendar file (RFC 5545), for the CSM's calendar: milestones,
// phase gates, the kickoff workshop and the check-ins.
#pragma once

#include "domain/onboardingfile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Csm {

// A VCALENDAR with one all-day event (DTSTART;VALUE=DATE, DTEND the day after) for:
// - each milestone with a date, named "<account>: <milestone>" ("(first value)" added for the
//   first-value milestone), with its workstream, owners, status and what it waits on;
// - each phase gate with a due date, with its criteria checked off;
// - the kickoff workshop, on the customer's kickoff date, with its length and attendees;
// - the check-ins, when the customer's cadence is understood (parseCheckInCadence): one
//   recurring event (RRULE) from the first check-in after the kickoff (after the day of
//   `stamp` without a kickoff date), daily, weekly, every two weeks or monthly, on the
//   cadence's weekday when it names one.
// Events are in date order. Each UID comes from the record's id (the customer's for the
// kickoff and the check-ins), so exporting again updates the same events in a calendar;
// DTSTAMP is `stamp` in UTC. Lines end in CRLF and are folded at 75 octets; text values are
// escaped (icalEscapeText). UTF-8.
QByteArray onboardingCalendar(const OnboardingFile &file, const QDateTime &stamp);

// A TEXT value: backslash, semicolon and comma escaped with a backslash, line breaks as
// "\n", other control characters left out.
QString icalEscapeText(const QString &text);

// One content line as it is written: folded into lines of at most 75 octets (continuation
// lines start with a space, a UTF-8 character is never split), each ending in CRLF.
QByteArray icalFoldLine(const QString &line);

} // namespace Csm
