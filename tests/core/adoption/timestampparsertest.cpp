#include "adoption/timestampparser.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QTimeZone>

using namespace Csm;

namespace {

qint64 utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

TEST_CASE("ISO 8601 and spreadsheet date formats are read, with their offsets")
{
    auto wall = [](const char *text, DateOrder order = DateOrder::DayFirst) {
        const auto t = parseTimestamp(text, order);
        return t ? t->wallSeconds : -1;
    };
    CHECK(wall("2026-01-05T09:12:00") == utc(2026, 1, 5, 9, 12));
    CHECK(wall("2026-01-05 09:12") == utc(2026, 1, 5, 9, 12));
    CHECK(wall("2026-01-05T09:12:30.250") == utc(2026, 1, 5, 9, 12, 30));
    CHECK(wall("2026-01-05") == utc(2026, 1, 5));
    CHECK(wall("2026/01/05 09:12:00") == utc(2026, 1, 5, 9, 12));
    CHECK(wall("05.01.2026 09:12") == utc(2026, 1, 5, 9, 12));
    CHECK(wall("05/01/2026 09:12") == utc(2026, 1, 5, 9, 12));
    CHECK(wall("01/05/2026 9:12 PM", DateOrder::MonthFirst) == utc(2026, 1, 5, 21, 12));
    CHECK(wall("01/05/26 12:05 am", DateOrder::MonthFirst) == utc(2026, 1, 5, 0, 5));

    const auto zulu = parseTimestamp("2026-01-05T09:12:00Z", DateOrder::DayFirst);
    REQUIRE(zulu);
    CHECK(zulu->hasOffset);
    CHECK(zulu->utcSeconds() == utc(2026, 1, 5, 9, 12));
    const auto plusOne = parseTimestamp("2026-01-05T09:12:00+01:00", DateOrder::DayFirst);
    REQUIRE(plusOne);
    CHECK(plusOne->utcSeconds() == utc(2026, 1, 5, 8, 12));
    const auto unix = parseTimestamp("1767604320", DateOrder::DayFirst);
    REQUIRE(unix);
    CHECK(unix->utcSeconds() == 1767604320);
    CHECK(parseTimestamp("1767604320000", DateOrder::DayFirst)->utcSeconds() == 1767604320);
}

TEST_CASE("Text that is not a date and time is refused")
{
    for (const char *bad :
         {"yesterday", "", "2026-02-30", "2026-13-01", "2026-01-05T25:00", "05/01/2026 13:00 PM",
          "2026-01-05T09:12:00+25:00", "2026-01-05 9", "12345", "2026-01-05T09:12:00 tomorrow"}) {
        INFO(bad);
        CHECK_FALSE(parseTimestamp(bad, DateOrder::DayFirst));
    }
}

TEST_CASE("Day or month first is told by a number over 12")
{
    CHECK(detectDateOrder({"01/02/2026", "25/02/2026"}) == DateOrder::DayFirst);
    CHECK(detectDateOrder({"02/25/2026 10:00"}) == DateOrder::MonthFirst);
    CHECK_FALSE(detectDateOrder({"01/02/2026", "2026-01-30"}));
    CHECK(parseDateField("2026-01-05T10:00:00", DateOrder::DayFirst) == QDate(2026, 1, 5));
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(civilFromDays(daysFromCivil(2026, 2, 28) + 1) == QDate(2026, 3, 1));
}
