// The time axis of the Gantt chart: maps days to x and back at the current zoom, and names
// the cells of the two header rows (months over days, months over weeks, years over months,
// years over quarters).
#pragma once

#include "ganttzoom.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Csm {

class GanttGrid
{
    Q_DECLARE_TR_FUNCTIONS(Csm::GanttGrid)

public:
    // A cell of a header row: the days from `start` up to, not including, `end`. The short
    // label is used when the long one does not fit.
    struct Cell
    {
        QDate start;
        QDate end;
        QString label;
        QString shortLabel;
    };

    GanttGrid();

    GanttZoom zoom() const { return m_zoom; }
    void setZoom(GanttZoom zoom);
    // Pixels per day at each zoom.
    static double dayWidthFor(GanttZoom zoom);
    double dayWidth() const { return m_dayWidth; }

    // The days shown, both included; `first` moves back to the start of its header cell.
    void setRange(const QDate &first, const QDate &last);
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    double width() const;

    // The left edge of `date`'s column; the days before the range lie at negative x.
    double x(const QDate &date) const;
    // The day whose column holds `x`.
    QDate dateAt(double x) const;
    // The whole number of days nearest to a distance in pixels, for snapping drags.
    int daysIn(double dx) const;

    // The first day of the lower (or upper) header cell holding `date`.
    QDate cellStart(const QDate &date, bool upper = false) const;
    // The cells of a header row that overlap the days from `from` to `to`, both included.
    QList<Cell> cells(const QDate &from, const QDate &to, bool upper) const;
    // Padding the chart leaves around the plan, in days.
    int marginDays() const;

private:
    QDate nextCell(const QDate &start, bool upper) const;
    Cell cell(const QDate &start, bool upper) const;

    GanttZoom m_zoom = GanttZoom::Week;
    double m_dayWidth = 0;
    QDate m_first;
    QDate m_last;
};

} // namespace Csm
