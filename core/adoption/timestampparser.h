// Reads the dates and times that analytics tools and spreadsheets write, straight from the
// bytes of a CSV field (the importer calls this a million times, so no QString on the way):
//   ISO 8601            2026-01-05T09:12:00, 2026-01-05 09:12:00.250Z, 2026-01-05T09:12+01:00
//   slashes, dots       05/01/2026 09:12, 01/05/2026 9:12 PM, 05.01.2026 09:12:30, 2026/01/05
//   Unix time           1767604320 (seconds) or 1767604320000 (milliseconds)
// Day-first or month-first is the caller's choice for dates like 05/01/2026.
#pragma once

#include "adoption/importschema.h"

#include <QDate>

#include <optional>
#include <string_view>

namespace Csm {

struct ParsedTime
{
    qint64 wallSeconds = 0; // the written date and time as seconds since 1970, read as UTC
    bool hasOffset = false; // the text stated its offset from UTC ("Z", "+01:00", Unix time)
    int offsetSeconds = 0;
    // Seconds since 1970 UTC when the text stated its offset.
    qint64 utcSeconds() const { return wallSeconds - offsetSeconds; }
};

std::optional<ParsedTime> parseTimestamp(std::string_view text, DateOrder order);
// A date without a time (a time, if written, is ignored).
std::optional<QDate> parseDateField(std::string_view text, DateOrder order);

// Days since 1970-01-01 of a civil date, and back (proleptic Gregorian calendar).
qint64 daysFromCivil(int year, int month, int day);
QDate civilFromDays(qint64 days);

// Which order the day and month of slashed dates in `samples` must have: DayFirst when some
// first number is over 12, MonthFirst when some second number is; nothing when no sample
// tells (every one is ambiguous, or there are none).
std::optional<DateOrder> detectDateOrder(const QList<std::string_view> &samples);

} // namespace Csm
