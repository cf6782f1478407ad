#include "recordmeta.h"

namespace Csm {

QString timestampToString(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// The digits of text[from, from + count), or -1 if one is not a digit.
int digits(QStringView text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The form timestampToString writes, "2026-03-02T09:15:00.120Z", read by hand: every record
// has two, and Qt's general parser is the larger part of opening a workspace otherwise.
QDateTime parseWrittenTimestamp(QStringView text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return {};
    const int year = digits(text, 0, 4);
    const QDate date(year, digits(text, 5, 2), digits(text, 8, 2));
    const QTime time(digits(text, 11, 2), digits(text, 14, 2), digits(text, 17, 2),
                     digits(text, 20, 3));
    if (year < 1 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime timestampFromString(const QString &text)
{
    if (const QDateTime written = parseWrittenTimestamp(text); written.isValid())
        return written;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    // A time without a zone would be read in whatever zone this machine is in: refuse it.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return {};
    return time.toUTC();
}

} // namespace Csm
