#include "ganttgrid.h"

#include <QLocale>

#include <cmath>

namespace Csm {

namespace {

enum class Unit { Day, Week, Month, Quarter, Year };

Unit unitOf(GanttZoom zoom, bool upper)
{
    switch (zoom) {
    case GanttZoom::Day:
        return upper ? Unit::Month : Unit::Day;
    case GanttZoom::Week:
        return upper ? Unit::Month : Unit::Week;
    case GanttZoom::Month:
        return upper ? Unit::Year : Unit::Month;
    case GanttZoom::Quarter:
        break;
    }
    return upper ? Unit::Year : Unit::Quarter;
}

QDate startOf(Unit unit, const QDate &date)
{
    switch (unit) {
    case Unit::Day:
        return date;
    case Unit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case Unit::Month:
        return QDate(date.year(), date.month(), 1);
    case Unit::Quarter:
        return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
    case Unit::Year:
        break;
    }
    return QDate(date.year(), 1, 1);
}

QDate after(Unit unit, const QDate &start)
{
    switch (unit) {
    case Unit::Day:
        return start.addDays(1);
    case Unit::Week:
        return start.addDays(7);
    case Unit::Month:
        return start.addMonths(1);
    case Unit::Quarter:
        return start.addMonths(3);
    case Unit::Year:
        break;
    }
    return start.addYears(1);
}

} // namespace

GanttGrid::GanttGrid()
    : m_dayWidth(dayWidthFor(m_zoom))
{}

double GanttGrid::dayWidthFor(GanttZoom zoom)
{
    switch (zoom) {
    case GanttZoom::Day:
        return 30;
    case GanttZoom::Week:
        return 16;
    case GanttZoom::Month:
        return 4.5;
    case GanttZoom::Quarter:
        break;
    }
    return 1.6;
}

void GanttGrid::setZoom(GanttZoom zoom)
{
    m_zoom = zoom;
    m_dayWidth = dayWidthFor(zoom);
    setRange(m_first, m_last);
}

void GanttGrid::setRange(const QDate &first, const QDate &last)
{
    if (!first.isValid() || !last.isValid()) {
        m_first = m_last = QDate();
        return;
    }
    m_first = cellStart(first);
    m_last = std::max(last, m_first);
}

double GanttGrid::width() const
{
    return m_first.isValid() ? (m_first.daysTo(m_last) + 1) * m_dayWidth : 0;
}

double GanttGrid::x(const QDate &date) const
{
    if (!m_first.isValid() || !date.isValid())
        return 0;
    return m_first.daysTo(date) * m_dayWidth;
}

QDate GanttGrid::dateAt(double x) const
{
    if (!m_first.isValid())
        return {};
    return m_first.addDays(qint64(std::floor(x / m_dayWidth)));
}

int GanttGrid::daysIn(double dx) const
{
    return int(std::lround(dx / m_dayWidth));
}

int GanttGrid::marginDays() const
{
    switch (m_zoom) {
    case GanttZoom::Day:
        return 3;
    case GanttZoom::Week:
        return 7;
    case GanttZoom::Month:
        return 21;
    case GanttZoom::Quarter:
        break;
    }
    return 45;
}

QDate GanttGrid::cellStart(const QDate &date, bool upper) const
{
    return date.isValid() ? startOf(unitOf(m_zoom, upper), date) : QDate();
}

QDate GanttGrid::nextCell(const QDate &start, bool upper) const
{
    return after(unitOf(m_zoom, upper), start);
}

GanttGrid::Cell GanttGrid::cell(const QDate &start, bool upper) const
{
    const QLocale locale;
    Cell c;
    c.start = start;
    c.end = nextCell(start, upper);
    switch (unitOf(m_zoom, upper)) {
    case Unit::Day:
        c.label = c.shortLabel = QString::number(start.day());
        break;
    case Unit::Week:
        c.label = locale.toString(start, QStringLiteral("d MMM"));
        c.shortLabel = QString::number(start.day());
        break;
    case Unit::Month:
        if (upper || m_zoom == GanttZoom::Day) {
            c.label = tr("%1 %2", "month and year")
                          .arg(locale.standaloneMonthName(start.month()))
                          .arg(start.year());
            c.shortLabel = tr("%1 %2", "month and year")
                               .arg(locale.standaloneMonthName(start.month(), QLocale::ShortFormat))
                               .arg(start.year());
        } else {
            c.label = locale.standaloneMonthName(start.month());
            c.shortLabel = locale.standaloneMonthName(start.month(), QLocale::ShortFormat);
        }
        break;
    case Unit::Quarter:
        c.label = tr("Q%1", "quarter of the year").arg((start.month() - 1) / 3 + 1);
        c.shortLabel = c.label;
        break;
    case Unit::Year:
        c.label = c.shortLabel = QString::number(start.year());
        break;
    }
    return c;
}

QList<GanttGrid::Cell> GanttGrid::cells(const QDate &from, const QDate &to, bool upper) const
{
    QList<Cell> result;
    if (!from.isValid() || !to.isValid())
        return result;
    for (QDate start = cellStart(from, upper); start <= to; start = nextCell(start, upper))
        result.append(cell(start, upper));
    return result;
}

} // namespace Csm
