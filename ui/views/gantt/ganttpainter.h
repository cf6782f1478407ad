// Paints the Gantt chart with QPainter: the time header, weekends and holidays, phase gates,
// the today line, baselines, bars with their progress, milestones, workstream summaries and
// dependency arrows. The chart on screen, printing and image export all paint through here,
// so what is printed is what is seen. Also tells which part of a bar a point is on.
#pragma once

#include "ganttgrid.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QModelIndex>
#include <QPalette>
#include <QRectF>
#include <QUuid>

class QItemSelectionModel;
class QPaintDevice;
class QPainter;

namespace Csm {

class GanttModel;

// A row of the chart where it is painted: from `top`, `height` pixels high.
struct GanttRow
{
    QModelIndex index;
    double top = 0;
    double height = 0;
};

// The rows being painted, and the row of each task or workstream shown, by id.
class GanttLayout
{
public:
    void append(const GanttRow &row);
    const QList<GanttRow> &rows() const { return m_rows; }
    const GanttRow *rowOf(const QUuid &id) const;

private:
    QList<GanttRow> m_rows;
    QHash<QUuid, qsizetype> m_byId;
};

class GanttPainter
{
    Q_DECLARE_TR_FUNCTIONS(Csm::GanttPainter)

public:
    // The parts of a bar a drag can start on.
    enum class Part { None, Bar, StartEdge, FinishEdge, LinkHandle };

    GanttPainter(const GanttModel *model, const GanttGrid *grid, const QPalette &palette,
                 const QFont &font);

    // The chart's x (GanttGrid::x) shown at the painter's x = 0.
    void setOffset(double offset) { m_offset = offset; }
    double offset() const { return m_offset; }
    double xOf(const QDate &date) const;
    QDate dateAt(double x) const;

    // The row whose link handle is shown (the one under the mouse).
    void setHovered(const QModelIndex &index) { m_hovered = index; }
    void setSelection(const QItemSelectionModel *selection) { m_selection = selection; }

    // The header, filling `rect`: the phase gates' flags above the two rows of time cells.
    void paintHeader(QPainter *painter, const QRectF &rect) const;
    // Everything below the header, clipped to `rect`.
    void paintBody(QPainter *painter, const QRectF &rect, const GanttLayout &layout) const;
    // A dashed outline where a dragged bar would land, with its new dates.
    void paintPreview(QPainter *painter, const GanttRow &row, const QDate &start,
                      const QDate &finish) const;
    // A line from a bar's link handle to `to` while a dependency is being drawn.
    void paintLinkPreview(QPainter *painter, const GanttRow &from, const QPointF &to,
                          bool onTarget) const;

    // Where the bar (a milestone's diamond) of a row is drawn; empty without dates.
    QRectF barRect(const GanttRow &row) const;
    QRectF barRect(const GanttRow &row, const QDate &start, const QDate &finish) const;
    QPointF linkHandle(const GanttRow &row) const;
    Part hit(const GanttRow &row, const QPointF &pos) const;

    // The header's height for `font`: two rows of text.
    static int headerHeight(const QFont &font);

    struct Colors
    {
        QColor text, mutedText, headerBackground, headerText, line, grid, weekend, holiday,
            selection, bar, barProgress, barBorder, critical, criticalProgress, criticalBorder,
            summary, summaryProgress, milestone, firstValue, baseline, today, gate, gatePassed,
            gateMissed, overdue, link;
    };
    static Colors colorsFor(const QPalette &palette);
    const Colors &colors() const { return m_colors; }

private:
    struct GateLabel
    {
        double x = 0;
        QRectF box;
        QString text;
        QColor color;
    };
    QList<GateLabel> gateLabels(const QRectF &rect, const QPaintDevice *device) const;
    void paintDays(QPainter *painter, const QRectF &rect) const;
    void paintGateLabels(QPainter *painter, const QList<GateLabel> &labels) const;
    void paintToday(QPainter *painter, const QRectF &rect) const;
    void paintRow(QPainter *painter, const GanttRow &row, const QRectF &rect) const;
    void paintDependencies(QPainter *painter, const GanttLayout &layout) const;
    void paintArrowHead(QPainter *painter, const QPointF &tip, bool pointsRight,
                        const QColor &color) const;
    QRectF baselineRect(const GanttRow &row, const QRectF &bar) const;
    QDate visibleFirst(const QRectF &rect) const;
    QDate visibleLast(const QRectF &rect) const;

    const GanttModel *m_model;
    const GanttGrid *m_grid;
    QPalette m_palette;
    QFont m_font;
    QFont m_smallFont;
    Colors m_colors;
    double m_offset = 0;
    QModelIndex m_hovered;
    const QItemSelectionModel *m_selection = nullptr;
};

} // namespace Csm
