#include "timestampparser.h"

namespace Csm {

namespace {

struct Cursor
{
    const char *p;
    const char *end;

    bool atEnd() const { return p >= end; }
    char peek() const { return p < end ? *p : '\0'; }
    bool eat(char c)
    {
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    // Up to `max` digits, at least `min`; -1 when fewer.
    int number(int min, int max, int *count = nullptr)
    {
        int value = 0;
        int n = 0;
        while (p < end && n < max && *p >= '0' && *p <= '9') {
            value = value * 10 + (*p - '0');
            ++p;
            ++n;
        }
        if (count)
            *count = n;
        return n >= min ? value : -1;
    }
    void skipSpaces()
    {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
    }
};

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool validDate(int y, int m, int d)
{
    return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// The date part; leaves the cursor after it.
bool readDate(Cursor &c, DateOrder order, int *y, int *m, int *d)
{
    int digits = 0;
    const int first = c.number(1, 4, &digits);
    if (first < 0)
        return false;
    const char sep = c.peek();
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    ++c.p;
    if (digits == 4) { // year first: 2026-01-05, 2026/01/05
        *y = first;
        *m = c.number(1, 2);
        if (!c.eat(sep))
            return false;
        *d = c.number(1, 2);
    } else {
        const int second = c.number(1, 2);
        if (!c.eat(sep))
            return false;
        int yearDigits = 0;
        *y = c.number(2, 4, &yearDigits);
        if (*y < 0 || yearDigits == 3)
            return false;
        if (yearDigits == 2)
            *y += 2000;
        const bool dayFirst = sep == '.' || order == DateOrder::DayFirst;
        *d = dayFirst ? first : second;
        *m = dayFirst ? second : first;
    }
    return *m > 0 && *d > 0 && validDate(*y, *m, *d);
}

} // namespace

qint64 daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's algorithm, counting from 1970-01-01.
    const int y = year - (month <= 2);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

QDate civilFromDays(qint64 days)
{
    return QDate(1970, 1, 1).addDays(days);
}

std::optional<ParsedTime> parseTimestamp(std::string_view text, DateOrder order)
{
    text = trimmed(text);
    if (text.empty())
        return std::nullopt;
    Cursor c{text.data(), text.data() + text.size()};

    // Unix time: only digits, 9-10 (seconds) or 12-13 (milliseconds).
    {
        Cursor probe = c;
        int digits = 0;
        qint64 value = 0;
        while (!probe.atEnd() && probe.peek() >= '0' && probe.peek() <= '9') {
            value = value * 10 + (*probe.p - '0');
            ++probe.p;
            ++digits;
        }
        if (probe.atEnd() && (digits == 9 || digits == 10 || digits == 12 || digits == 13)) {
            ParsedTime t;
            t.wallSeconds = digits >= 12 ? value / 1000 : value;
            t.hasOffset = true;
            return t;
        }
    }

    int y = 0, m = 0, d = 0;
    if (!readDate(c, order, &y, &m, &d))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0;
    ParsedTime t;
    if (!c.atEnd()) {
        if (!c.eat('T'))
            c.skipSpaces();
        if (!c.atEnd()) {
            hour = c.number(1, 2);
            if (hour < 0 || !c.eat(':'))
                return std::nullopt;
            minute = c.number(2, 2);
            if (minute < 0)
                return std::nullopt;
            if (c.eat(':')) {
                second = c.number(2, 2);
                if (second < 0)
                    return std::nullopt;
                if (c.eat('.') || c.eat(',')) {
                    int fraction = 0;
                    c.number(1, 9, &fraction);
                    if (fraction == 0)
                        return std::nullopt;
                }
            }
            c.skipSpaces();
            // AM/PM
            const char a = c.peek();
            if (a == 'A' || a == 'a' || a == 'P' || a == 'p') {
                ++c.p;
                if (!(c.eat('M') || c.eat('m')) || hour < 1 || hour > 12)
                    return std::nullopt;
                hour = hour % 12 + ((a == 'P' || a == 'p') ? 12 : 0);
                c.skipSpaces();
            }
            if (c.eat('Z') || c.eat('z')) {
                t.hasOffset = true;
            } else if (c.peek() == '+' || c.peek() == '-') {
                const int sign = *c.p == '-' ? -1 : 1;
                ++c.p;
                const int oh = c.number(2, 2);
                c.eat(':');
                int om = 0;
                if (!c.atEnd()) {
                    om = c.number(2, 2);
                    if (om < 0)
                        return std::nullopt;
                }
                if (oh < 0 || oh > 14 || om > 59)
                    return std::nullopt;
                t.hasOffset = true;
                t.offsetSeconds = sign * (oh * 3600 + om * 60);
            } else if (c.peek() == 'U' && std::string_view(c.p, size_t(c.end - c.p)) == "UTC") {
                c.p += 3;
                t.hasOffset = true;
            }
            if (!c.atEnd())
                return std::nullopt;
            if (hour > 23 || minute > 59 || second > 60)
                return std::nullopt;
        }
    }
    t.wallSeconds =
        daysFromCivil(y, m, d) * 86400 + hour * 3600 + minute * 60 + std::min(second, 59);
    return t;
}

std::optional<QDate> parseDateField(std::string_view text, DateOrder order)
{
    text = trimmed(text);
    Cursor c{text.data(), text.data() + text.size()};
    int y = 0, m = 0, d = 0;
    if (!readDate(c, order, &y, &m, &d))
        return std::nullopt;
    if (!c.atEnd() && c.peek() != 'T' && c.peek() != ' ')
        return std::nullopt;
    if (!c.atEnd() && !parseTimestamp(text, order))
        return std::nullopt;
    return QDate(y, m, d);
}

std::optional<DateOrder> detectDateOrder(const QList<std::string_view> &samples)
{
    for (const std::string_view sample : samples) {
        const std::string_view text = trimmed(sample);
        Cursor c{text.data(), text.data() + text.size()};
        int digits = 0;
        const int first = c.number(1, 4, &digits);
        if (first < 0 || digits > 2 || !c.eat('/'))
            continue;
        const int second = c.number(1, 2);
        if (first > 12 && second >= 1 && second <= 12)
            return DateOrder::DayFirst;
        if (second > 12 && first >= 1 && first <= 12)
            return DateOrder::MonthFirst;
    }
    return std::nullopt;
}

} // namespace Csm
