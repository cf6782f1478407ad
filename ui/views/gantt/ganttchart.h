// The right half of the Gantt view: the time header and the bars, beside a tree view whose
// rows it follows (expand, collapse and vertical scrolling line up because every row's place
// is taken from the tree). Bars are dragged to move them, their ends to resize them, and from
// the link handle onto another bar to make a dependency; each drag is one undo step.
#pragma once

#include "ganttgrid.h"
#include "ganttpainter.h"

#include <QAbstractScrollArea>
#include <QPersistentModelIndex>
#include <QPointer>

class QTreeView;

namespace Csm {

class GanttModel;

class GanttChart : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit GanttChart(QWidget *parent = nullptr);
    ~GanttChart() override;

    // The tree whose model (a GanttModel), selection and vertical scrolling the chart shares.
    void setTreeView(QTreeView *tree);
    QTreeView *treeView() const;
    GanttModel *model() const;

    GanttZoom zoom() const { return m_grid.zoom(); }
    // Changes the zoom keeping the day at `anchorX` (viewport x; -1: the middle) in place.
    void setZoom(GanttZoom zoom, int anchorX = -1);
    void zoomIn();
    void zoomOut();
    const GanttGrid &grid() const { return m_grid; }
    double dayWidth() const { return m_grid.dayWidth(); }

    int headerHeight() const { return m_headerHeight; }
    void setHeaderHeight(int height);

    // Scrolls horizontally so that `date` is in view, a little right of the left edge.
    void scrollToDate(const QDate &date);
    // The viewport x of the left edge of `date`'s column.
    double xOf(const QDate &date) const;
    QDate dateAt(double x) const;

    // The rows in view and the rows above and below them, in viewport coordinates.
    GanttLayout rowLayout() const;
    // Where a row's bar (a milestone's diamond) is, and its link handle, in viewport
    // coordinates; empty when the row is not shown or has no dates.
    QRectF barRect(const QModelIndex &index) const;
    QPointF linkHandle(const QModelIndex &index) const;

    // Moves the current task by `days` (start and finish) or changes its finish by `days`, as
    // one undo step. False when there is no task or nothing changed.
    bool moveCurrentTask(int days);
    bool resizeCurrentTask(int days);

    // The days a chart of the plan shows, before margins: the plan, its gates and today.
    static std::pair<QDate, QDate> planSpan(const GanttModel *model);

Q_SIGNALS:
    void zoomChanged(Csm::GanttZoom zoom);
    // A dependency drawn with the mouse was refused; `message` says why.
    void linkRefused(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Header;
    friend class Header;

    struct Drag
    {
        QPersistentModelIndex index;
        GanttPainter::Part part = GanttPainter::Part::None;
        QPointF pressPos;
        QPointF pos;
        QDate start;
        QDate finish;
        bool started = false;
        QPersistentModelIndex target; // while linking
    };

    GanttPainter makePainter() const;
    const GanttRow *rowAt(const GanttLayout &layout, double y) const;
    void updateRange();
    void updateScrollBars();
    void updateHeaderGeometry();
    void onTreeRangeChanged(int min, int max);
    void updateCursor(const QPointF &pos);
    std::pair<QDate, QDate> draggedDates() const;
    bool pushMove(const QModelIndex &index, const QDate &start, const QDate &finish);
    void finishLink();
    QString gateToolTip(double x) const;
    void cancelDrag();

    QPointer<QTreeView> m_tree;
    GanttGrid m_grid;
    Header *m_header;
    int m_headerHeight = 0;
    Drag m_drag;
    QPersistentModelIndex m_hovered;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Csm
