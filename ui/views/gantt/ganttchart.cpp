#include "ganttchart.h"

#include "commands/timelinecommands.h"
#include "ganttmodel.h"
#include "workspace/workspace.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QTreeView>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Csm {

using Part = GanttPainter::Part;
using ItemType = GanttModel::ItemType;

// The time header above the chart's viewport, painted by the same painter as the body.
class GanttChart::Header : public QWidget
{
public:
    explicit Header(GanttChart *chart)
        : QWidget(chart)
        , m_chart(chart)
    {}

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_chart->makePainter().paintHeader(&painter, QRectF(rect()));
    }

private:
    GanttChart *m_chart;
};

GanttChart::GanttChart(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_header(new Header(this))
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    setHeaderHeight(GanttPainter::headerHeight(font()));
    updateRange();
}

GanttChart::~GanttChart() = default;

QTreeView *GanttChart::treeView() const
{
    return m_tree;
}

GanttModel *GanttChart::model() const
{
    return m_tree ? qobject_cast<GanttModel *>(m_tree->model()) : nullptr;
}

void GanttChart::setTreeView(QTreeView *tree)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_tree = tree;
    if (!tree)
        return;

    auto repaint = [this] { viewport()->update(); };
    auto add = [this](QMetaObject::Connection connection) { m_connections.append(connection); };
    if (GanttModel *ganttModel = model()) {
        add(connect(ganttModel, &GanttModel::planChanged, this, [this] {
            updateRange();
            viewport()->update();
            m_header->update();
        }));
        add(connect(ganttModel, &QAbstractItemModel::modelReset, this, [this] {
            m_drag = {};
            updateRange();
            viewport()->update();
        }));
        add(connect(ganttModel, &QAbstractItemModel::dataChanged, viewport(), repaint));
        add(connect(ganttModel, &QAbstractItemModel::layoutChanged, viewport(), repaint));
    }
    add(connect(tree, &QTreeView::expanded, viewport(), repaint));
    add(connect(tree, &QTreeView::collapsed, viewport(), repaint));
    if (QItemSelectionModel *selection = tree->selectionModel()) {
        add(connect(selection, &QItemSelectionModel::selectionChanged, viewport(), repaint));
        add(connect(selection, &QItemSelectionModel::currentChanged, viewport(), repaint));
    }
    // The rows scroll with the tree; the chart's own scroll bar stands in for the tree's.
    QScrollBar *treeBar = tree->verticalScrollBar();
    add(connect(treeBar, &QScrollBar::rangeChanged, this, &GanttChart::onTreeRangeChanged));
    add(connect(treeBar, &QScrollBar::valueChanged, this, [this](int value) {
        verticalScrollBar()->setValue(value);
        viewport()->update();
    }));
    add(connect(verticalScrollBar(), &QScrollBar::valueChanged, treeBar, &QScrollBar::setValue));
    onTreeRangeChanged(treeBar->minimum(), treeBar->maximum());
    updateRange();
    viewport()->update();
}

void GanttChart::onTreeRangeChanged(int min, int max)
{
    if (!m_tree)
        return;
    QScrollBar *treeBar = m_tree->verticalScrollBar();
    verticalScrollBar()->setRange(min, max);
    verticalScrollBar()->setPageStep(treeBar->pageStep());
    verticalScrollBar()->setSingleStep(treeBar->singleStep());
    verticalScrollBar()->setValue(treeBar->value());
    viewport()->update();
}

void GanttChart::setHeaderHeight(int height)
{
    m_headerHeight = height;
    setViewportMargins(0, height, 0, 0);
    updateHeaderGeometry();
}

void GanttChart::updateHeaderGeometry()
{
    const QRect vp = viewport()->geometry();
    m_header->setGeometry(vp.left(), vp.top() - m_headerHeight, vp.width(), m_headerHeight);
}

// ---- Time range and scrolling ------------------------------------------------------------

// The chart shows the whole plan, today and the gates with a margin, and at least the width
// of the view. The day at the left edge stays where it is when the range grows or shrinks.
void GanttChart::updateRange()
{
    const double leftDay =
        m_grid.first().isValid() ? horizontalScrollBar()->value() / m_grid.dayWidth() : 0;
    const QDate leftDate = m_grid.first().isValid() ? m_grid.first() : QDate();

    const auto [first, last] = planSpan(model());
    const int margin = m_grid.marginDays();
    m_grid.setRange(first.addDays(-margin), last.addDays(margin));
    const int visibleDays = int(std::ceil(viewport()->width() / m_grid.dayWidth())) + 1;
    if (m_grid.first().daysTo(m_grid.last()) + 1 < visibleDays)
        m_grid.setRange(m_grid.first(), m_grid.first().addDays(visibleDays));
    updateScrollBars();
    if (leftDate.isValid()) {
        const double days = m_grid.first().daysTo(leftDate) + leftDay;
        horizontalScrollBar()->setValue(int(std::lround(days * m_grid.dayWidth())));
    }
    m_header->update();
}

std::pair<QDate, QDate> GanttChart::planSpan(const GanttModel *model)
{
    QDate today = model ? model->today() : QDate();
    if (!today.isValid())
        today = QDate::currentDate();
    const QDate first = model ? model->firstDate() : QDate();
    const QDate last = model ? model->lastDate() : QDate();
    return {first.isValid() ? std::min(first, today) : today,
            last.isValid() ? std::max(last, today) : today};
}

void GanttChart::updateScrollBars()
{
    QScrollBar *bar = horizontalScrollBar();
    bar->setRange(0, std::max(0, int(std::ceil(m_grid.width())) - viewport()->width()));
    bar->setPageStep(viewport()->width());
    bar->setSingleStep(std::max(1, int(std::ceil(m_grid.dayWidth()))));
}

void GanttChart::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateHeaderGeometry();
    updateRange();
}

void GanttChart::scrollContentsBy(int, int)
{
    viewport()->update();
    m_header->update();
}

void GanttChart::scrollToDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const double x = m_grid.x(date) - viewport()->width() / 4.0;
    horizontalScrollBar()->setValue(int(std::lround(x)));
}

double GanttChart::xOf(const QDate &date) const
{
    return m_grid.x(date) - horizontalScrollBar()->value();
}

QDate GanttChart::dateAt(double x) const
{
    return m_grid.dateAt(x + horizontalScrollBar()->value());
}

void GanttChart::setZoom(GanttZoom zoom, int anchorX)
{
    if (zoom == m_grid.zoom())
        return;
    if (anchorX < 0)
        anchorX = viewport()->width() / 2;
    const double anchorDays = (horizontalScrollBar()->value() + anchorX) / m_grid.dayWidth();
    const QDate origin = m_grid.first();
    m_grid.setZoom(zoom);
    updateRange();
    if (origin.isValid()) {
        const double days = m_grid.first().daysTo(origin) + anchorDays;
        horizontalScrollBar()->setValue(int(std::lround(days * m_grid.dayWidth() - anchorX)));
    }
    viewport()->update();
    m_header->update();
    Q_EMIT zoomChanged(zoom);
}

void GanttChart::zoomIn()
{
    if (zoom() != GanttZoom::Day)
        setZoom(GanttZoom(int(zoom()) - 1));
}

void GanttChart::zoomOut()
{
    if (zoom() != GanttZoom::Quarter)
        setZoom(GanttZoom(int(zoom()) + 1));
}

// ---- Rows --------------------------------------------------------------------------------

GanttLayout GanttChart::rowLayout() const
{
    GanttLayout layout;
    const GanttModel *ganttModel = model();
    if (!m_tree || !ganttModel)
        return layout;
    auto add = [&](const QModelIndex &index) {
        const QRect rect = m_tree->visualRect(index);
        if (rect.isValid())
            layout.append({index, double(rect.top()), double(rect.height())});
    };
    for (int row = 0; row < ganttModel->rowCount(); ++row) {
        const QModelIndex top = ganttModel->index(row, 0);
        if (m_tree->isRowHidden(row, QModelIndex()))
            continue;
        add(top);
        if (!m_tree->isExpanded(top))
            continue;
        for (int child = 0; child < ganttModel->rowCount(top); ++child) {
            if (!m_tree->isRowHidden(child, top))
                add(ganttModel->index(child, 0, top));
        }
    }
    return layout;
}

const GanttRow *GanttChart::rowAt(const GanttLayout &layout, double y) const
{
    for (const GanttRow &row : layout.rows()) {
        if (y >= row.top && y < row.top + row.height)
            return &row;
    }
    return nullptr;
}

QRectF GanttChart::barRect(const QModelIndex &index) const
{
    const GanttLayout layout = rowLayout();
    const QUuid id = QUuid::fromString(index.data(GanttModel::IdRole).toString());
    const GanttRow *row = layout.rowOf(id);
    return row ? makePainter().barRect(*row) : QRectF();
}

QPointF GanttChart::linkHandle(const QModelIndex &index) const
{
    const GanttLayout layout = rowLayout();
    const GanttRow *row =
        layout.rowOf(QUuid::fromString(index.data(GanttModel::IdRole).toString()));
    return row ? makePainter().linkHandle(*row) : QPointF();
}

// ---- Painting ----------------------------------------------------------------------------

GanttPainter GanttChart::makePainter() const
{
    GanttPainter painter(model(), &m_grid, palette(), font());
    painter.setOffset(horizontalScrollBar()->value());
    painter.setHovered(m_drag.started ? QModelIndex() : QModelIndex(m_hovered));
    if (m_tree)
        painter.setSelection(m_tree->selectionModel());
    return painter;
}

void GanttChart::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!model())
        return;
    const GanttPainter gantt = makePainter();
    const GanttLayout layout = rowLayout();
    gantt.paintBody(&painter, QRectF(viewport()->rect()), layout);
    if (!m_drag.started || !m_drag.index.isValid())
        return;
    const GanttRow *row =
        layout.rowOf(QUuid::fromString(m_drag.index.data(GanttModel::IdRole).toString()));
    if (!row)
        return;
    if (m_drag.part == Part::LinkHandle) {
        bool onTarget = false;
        if (m_drag.target.isValid()) {
            const GanttRow *target =
                layout.rowOf(QUuid::fromString(m_drag.target.data(GanttModel::IdRole).toString()));
            if (target) {
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(QPen(gantt.colors().barProgress, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(gantt.barRect(*target).adjusted(-2, -2, 2, 2), 4, 4);
                onTarget = true;
            }
        }
        gantt.paintLinkPreview(&painter, *row, m_drag.pos, onTarget);
        return;
    }
    const auto [start, finish] = draggedDates();
    gantt.paintPreview(&painter, *row, start, finish);
}

void GanttChart::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setHeaderHeight(GanttPainter::headerHeight(font()));
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        viewport()->update();
        m_header->update();
    }
}

// ---- Mouse -------------------------------------------------------------------------------

bool GanttChart::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const GanttLayout layout = rowLayout();
        const GanttPainter gantt = makePainter();
        const QPointF pos = help->pos();
        QString text;
        if (const GanttRow *row = rowAt(layout, pos.y())) {
            const Part part = gantt.hit(*row, pos);
            if (part == Part::LinkHandle)
                text = tr("Drag onto another task to make it wait for this one.");
            else if (part != Part::None)
                text = row->index.data(Qt::ToolTipRole).toString();
        }
        if (text.isEmpty())
            text = gateToolTip(pos.x());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && !m_drag.started) {
        m_hovered = QPersistentModelIndex();
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString GanttChart::gateToolTip(double x) const
{
    const GanttModel *ganttModel = model();
    if (!ganttModel)
        return {};
    const QDate today = ganttModel->today();
    for (const PhaseGate &gate : ganttModel->gates()) {
        if (!gate.dueDate.isValid())
            continue;
        const double gateX = xOf(gate.dueDate) + m_grid.dayWidth() / 2;
        if (std::abs(gateX - x) > 4)
            continue;
        int met = 0;
        int total = 0;
        for (const GateCriterion &criterion :
             ganttModel->workspace()->records<GateCriterion>(ganttModel->customer())) {
            if (criterion.gateId == gate.id) {
                ++total;
                met += criterion.met ? 1 : 0;
            }
        }
        const QString due = QLocale().toString(gate.dueDate, QLocale::ShortFormat);
        QString state;
        if (gate.isPassed())
            state =
                tr("passed on %1").arg(QLocale().toString(gate.passedDate, QLocale::ShortFormat));
        else if (gate.isMissed(today))
            state = tr("missed: due %1 and not passed").arg(due);
        else
            state = tr("due %1").arg(due);
        return tr("<b>%1 gate</b>, %2<br>%3 of %n criteria met", nullptr, total)
            .arg(enumDisplayName(gate.kind), state)
            .arg(met);
    }
    return {};
}

void GanttChart::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton || !m_tree || !model()) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const GanttLayout layout = rowLayout();
    const GanttRow *row = rowAt(layout, event->position().y());
    m_drag = {};
    if (!row) {
        m_tree->selectionModel()->clearSelection();
        return;
    }
    m_tree->selectionModel()->setCurrentIndex(row->index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    const ItemType type = ItemType(row->index.data(GanttModel::ItemTypeRole).toInt());
    if (type == ItemType::Summary)
        return;
    Part part = makePainter().hit(*row, event->position());
    // Ctrl-drag from anywhere on a bar draws a dependency too.
    if (part != Part::None && (event->modifiers() & Qt::ControlModifier))
        part = Part::LinkHandle;
    if (part == Part::None)
        return;
    m_drag.index = row->index;
    m_drag.part = part;
    m_drag.pressPos = m_drag.pos = event->position();
    m_drag.start = row->index.data(GanttModel::StartRole).toDate();
    m_drag.finish = row->index.data(GanttModel::FinishRole).toDate();
    event->accept();
}

void GanttChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag.index.isValid()) {
        m_drag.pos = pos;
        if (!m_drag.started &&
            (pos - m_drag.pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_drag.started = true;
        if (m_drag.started && m_drag.part == Part::LinkHandle) {
            const GanttLayout layout = rowLayout();
            const GanttRow *row = rowAt(layout, pos.y());
            m_drag.target = QPersistentModelIndex();
            if (row && row->index != QModelIndex(m_drag.index) &&
                ItemType(row->index.data(GanttModel::ItemTypeRole).toInt()) != ItemType::Summary)
                m_drag.target = row->index;
        }
        viewport()->update();
        return;
    }
    const GanttLayout layout = rowLayout();
    const GanttRow *row = rowAt(layout, pos.y());
    const QPersistentModelIndex hovered =
        row && ItemType(row->index.data(GanttModel::ItemTypeRole).toInt()) != ItemType::Summary
            ? QPersistentModelIndex(row->index)
            : QPersistentModelIndex();
    if (hovered != m_hovered) {
        m_hovered = hovered;
        viewport()->update();
    }
    updateCursor(pos);
}

void GanttChart::updateCursor(const QPointF &pos)
{
    const GanttLayout layout = rowLayout();
    const GanttRow *row = rowAt(layout, pos.y());
    Part part = row ? makePainter().hit(*row, pos) : Part::None;
    if (row && ItemType(row->index.data(GanttModel::ItemTypeRole).toInt()) == ItemType::Summary)
        part = Part::None;
    switch (part) {
    case Part::StartEdge:
    case Part::FinishEdge:
        viewport()->setCursor(Qt::SizeHorCursor);
        break;
    case Part::Bar:
        viewport()->setCursor(Qt::OpenHandCursor);
        break;
    case Part::LinkHandle:
        viewport()->setCursor(Qt::CrossCursor);
        break;
    case Part::None:
        viewport()->unsetCursor();
        break;
    }
}

std::pair<QDate, QDate> GanttChart::draggedDates() const
{
    const int days = m_grid.daysIn(m_drag.pos.x() - m_drag.pressPos.x());
    QDate start = m_drag.start;
    QDate finish = m_drag.finish.isValid() ? m_drag.finish : m_drag.start;
    switch (m_drag.part) {
    case Part::Bar:
        start = start.addDays(days);
        finish = finish.addDays(days);
        break;
    case Part::StartEdge:
        start = std::min(start.addDays(days), finish);
        break;
    case Part::FinishEdge:
        finish = std::max(finish.addDays(days), start);
        break;
    case Part::LinkHandle:
    case Part::None:
        break;
    }
    return {start, finish};
}

void GanttChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag.index.isValid()) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    m_drag.pos = event->position();
    if (m_drag.started) {
        if (m_drag.part == Part::LinkHandle) {
            finishLink();
        } else {
            const auto [start, finish] = draggedDates();
            if (start != m_drag.start || finish != m_drag.finish)
                pushMove(m_drag.index, start, finish);
        }
    }
    cancelDrag();
    updateCursor(event->position());
}

void GanttChart::cancelDrag()
{
    m_drag = {};
    viewport()->update();
}

void GanttChart::finishLink()
{
    GanttModel *ganttModel = model();
    if (!ganttModel || !m_drag.target.isValid())
        return;
    const TaskId predecessor = ganttModel->taskAt(m_drag.index);
    const TaskId successor = ganttModel->taskAt(m_drag.target);
    if (predecessor.isNull() || successor.isNull() || predecessor == successor)
        return;
    QString error;
    Workspace *workspace = ganttModel->workspace();
    QUndoCommand *command = makeAddDependency(workspace, predecessor, successor,
                                              DependencyType::FinishToStart, 0, &error);
    if (!command) {
        if (error.isEmpty())
            error = tr("These tasks cannot be linked.");
        QToolTip::showText(viewport()->mapToGlobal(m_drag.pos.toPoint()), error, viewport());
        Q_EMIT linkRefused(error);
        return;
    }
    workspace->undoStack()->push(command);
}

bool GanttChart::pushMove(const QModelIndex &index, const QDate &start, const QDate &finish)
{
    GanttModel *ganttModel = model();
    if (!ganttModel)
        return false;
    const TaskId task = ganttModel->taskAt(index);
    if (task.isNull() || !start.isValid())
        return false;
    Workspace *workspace = ganttModel->workspace();
    QUndoCommand *command = makeMoveTask(workspace, task, start, finish);
    if (!command)
        return false;
    workspace->undoStack()->push(command);
    return true;
}

bool GanttChart::moveCurrentTask(int days)
{
    if (!m_tree || !model())
        return false;
    const QModelIndex current = m_tree->currentIndex();
    if (model()->taskAt(current).isNull())
        return false;
    const QDate start = current.data(GanttModel::StartRole).toDate();
    const QDate finish = current.data(GanttModel::FinishRole).toDate();
    if (!start.isValid())
        return false;
    return pushMove(current, start.addDays(days), finish.addDays(days));
}

bool GanttChart::resizeCurrentTask(int days)
{
    if (!m_tree || !model())
        return false;
    const QModelIndex current = m_tree->currentIndex();
    if (model()->typeOf(current) != ItemType::Task)
        return false;
    const QDate start = current.data(GanttModel::StartRole).toDate();
    const QDate finish = current.data(GanttModel::FinishRole).toDate();
    if (!start.isValid() || !finish.isValid() || finish.addDays(days) < start)
        return false;
    return pushMove(current, start, finish.addDays(days));
}

// ---- Wheel and keys ----------------------------------------------------------------------

void GanttChart::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0) {
            const int anchor = int(event->position().x());
            const int step = delta > 0 ? -1 : 1;
            const int next =
                std::clamp(int(zoom()) + step, int(GanttZoom::Day), int(GanttZoom::Quarter));
            setZoom(GanttZoom(next), anchor);
        }
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        const int delta =
            event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void GanttChart::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Escape:
        if (m_drag.index.isValid()) {
            cancelDrag();
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        // The rows belong to the tree: moving between them is its job.
        if (m_tree && !(event->modifiers() & Qt::AltModifier)) {
            QApplication::sendEvent(m_tree, event);
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (event->modifiers() == Qt::NoModifier) {
            const int step = horizontalScrollBar()->singleStep() * 4;
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() +
                                            (event->key() == Qt::Key_Left ? -step : step));
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace Csm
