#include "ganttview.h"

#include "ganttchart.h"
#include "ganttdelegate.h"
#include "ganttmodel.h"
#include "ganttpainter.h"
#include "ganttprintout.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>

namespace Csm {

namespace {

// Columns shown beside the chart at first; the others can be shown from the header's menu.
constexpr int kVisibleColumns[] = {GanttModel::NameColumn, GanttModel::StartColumn,
                                   GanttModel::FinishColumn, GanttModel::ProgressColumn};

QString fileError(const QSaveFile &file, const QString &path)
{
    return GanttView::tr("Could not write %1: %2").arg(path, file.errorString());
}

} // namespace

GanttView::GanttView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new GanttModel(workspace, this))
    , m_tree(new QTreeView)
    , m_chart(new GanttChart)
    , m_splitter(new QSplitter(Qt::Horizontal))
{
    m_tree->setObjectName(QStringLiteral("ganttTree"));
    m_chart->setObjectName(QStringLiteral("ganttChart"));
    m_tree->setAccessibleName(tr("Phases and tasks"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new GanttDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // The chart's scroll bar moves both; both keep a horizontal bar so that their rows end at
    // the same height.
    m_tree->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column = 0; column < GanttModel::ColumnCount; ++column)
        m_tree->setColumnHidden(
            column, !std::count(std::begin(kVisibleColumns), std::end(kVisibleColumns), column));
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        for (int column = 1; column < GanttModel::ColumnCount; ++column) {
            QAction *action =
                menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!m_tree->isColumnHidden(column));
            connect(action, &QAction::toggled, this,
                    [this, column](bool shown) { m_tree->setColumnHidden(column, !shown); });
        }
        menu.exec(m_tree->header()->mapToGlobal(pos));
    });

    m_chart->setTreeView(m_tree);
    // The tree's header is as tall as the chart's header (gates and two time rows), so the rows
    // line up.
    auto alignHeaders = [this] {
        const int height = GanttPainter::headerHeight(font());
        m_tree->header()->setMinimumHeight(height);
        m_tree->header()->setMaximumHeight(height);
        m_chart->setHeaderHeight(height);
    };
    alignHeaders();

    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_chart, &GanttChart::zoomChanged, this, &GanttView::zoomChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &GanttView::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GanttView::currentChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                // A new workstream opens, so that its tasks show as they are added.
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_model->index(row, 0));
            });

    auto addShortcut = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(tr("Move task a day earlier"), QKeySequence(Qt::ALT | Qt::Key_Left),
                [this] { m_chart->moveCurrentTask(-1); });
    addShortcut(tr("Move task a day later"), QKeySequence(Qt::ALT | Qt::Key_Right),
                [this] { m_chart->moveCurrentTask(1); });
    addShortcut(tr("Finish task a day earlier"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
                [this] { m_chart->resizeCurrentTask(-1); });
    addShortcut(tr("Finish task a day later"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right),
                [this] { m_chart->resizeCurrentTask(1); });
    addShortcut(tr("Zoom in"), QKeySequence(QKeySequence::ZoomIn), [this] { zoomIn(); });
    addShortcut(tr("Zoom out"), QKeySequence(QKeySequence::ZoomOut), [this] { zoomOut(); });
}

GanttView::~GanttView() = default;

void GanttView::setCustomer(const CustomerId &customer)
{
    // The rows follow the workspace on their own: showing the same customer again keeps the
    // selection, the open workstreams and the scrolling.
    if (customer == m_model->customer() && !customer.isNull())
        return;
    m_model->setCustomer(customer);
    m_tree->expandAll();
    for (const int column : kVisibleColumns)
        m_tree->resizeColumnToContents(column);
    m_tree->setColumnWidth(GanttModel::NameColumn,
                           std::clamp(m_tree->columnWidth(GanttModel::NameColumn) + 12, 160, 320));
    int width = m_tree->frameWidth() * 2;
    for (int column = 0; column < GanttModel::ColumnCount; ++column) {
        if (!m_tree->isColumnHidden(column))
            width += m_tree->columnWidth(column);
    }
    const int total = std::max(m_splitter->width(), width + 400);
    m_splitter->setSizes({width, total - width});
    scrollToToday();
}

CustomerId GanttView::customer() const
{
    return m_model->customer();
}

GanttView::Zoom GanttView::zoom() const
{
    return m_chart->zoom();
}

void GanttView::setZoom(Zoom zoom)
{
    m_chart->setZoom(zoom);
}

void GanttView::zoomIn()
{
    m_chart->zoomIn();
}

void GanttView::zoomOut()
{
    m_chart->zoomOut();
}

void GanttView::scrollToToday()
{
    m_chart->scrollToDate(m_model->today());
}

QTreeView *GanttView::treeView() const
{
    return m_tree;
}

GanttChart *GanttView::chart() const
{
    return m_chart;
}

GanttModel *GanttView::model() const
{
    return m_model;
}

QSplitter *GanttView::splitter() const
{
    return m_splitter;
}

TaskId GanttView::currentTask() const
{
    return m_model->taskAt(m_tree->currentIndex());
}

WorkstreamId GanttView::currentWorkstream() const
{
    return m_model->workstreamAt(m_tree->currentIndex());
}

void GanttView::selectTask(const TaskId &task)
{
    const QModelIndex index = m_model->indexOf(task);
    if (!index.isValid())
        return;
    if (index.parent().isValid())
        m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    const QDate start = index.data(GanttModel::StartRole).toDate();
    const double x = m_chart->xOf(start);
    if (start.isValid() && (x < 0 || x > m_chart->viewport()->width() - 40))
        m_chart->scrollToDate(start);
}

void GanttView::selectWorkstream(const WorkstreamId &workstream)
{
    const QModelIndex index = m_model->indexOf(workstream);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

// ---- Printing and export -----------------------------------------------------------------

void GanttView::print(QPrinter *printer)
{
    GanttPrintout(m_model, zoom()).print(printer);
}

bool GanttView::exportPdf(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = fileError(file, path);
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setCreator(tr("CSM Workspace"));
        const QString customer = m_model->customerName();
        writer.setTitle(customer.isEmpty() ? tr("Implementation plan")
                                           : tr("%1: implementation plan").arg(customer));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        if (GanttPrintout(m_model, zoom()).print(&writer) == 0) {
            file.cancelWriting();
            if (error)
                *error = tr("Could not write %1: the PDF could not be drawn.").arg(path);
            return false;
        }
    }
    if (!file.commit()) {
        if (error)
            *error = fileError(file, path);
        return false;
    }
    return true;
}

bool GanttView::exportPng(const QString &path, QString *error)
{
    const QImage image = GanttPrintout(m_model, zoom()).image();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = fileError(file, path);
        return false;
    }
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not write %1: the image could not be encoded.").arg(path);
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = fileError(file, path);
        return false;
    }
    return true;
}

} // namespace Csm
