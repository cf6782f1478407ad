// The implementation plan as a Gantt chart: the plan's tree on the left (workstreams with
// their tasks and milestones, editable), the chart on the right, sharing one model, one
// selection and the vertical scrolling. Prints and exports the whole plan with the same
// painting code as the screen.
#pragma once

#include "domain/id.h"
#include "ganttzoom.h"

#include <QWidget>

class QPrinter;
class QSplitter;
class QTreeView;

namespace Csm {

class GanttChart;
class GanttModel;
class Workspace;

class GanttView : public QWidget
{
    Q_OBJECT

public:
    using Zoom = GanttZoom;

    explicit GanttView(Workspace *workspace, QWidget *parent = nullptr);
    ~GanttView() override;

    // Shows the plan of `customer` (none: an empty chart); the customer already shown: no
    // change.
    void setCustomer(const CustomerId &customer);
    CustomerId customer() const;

    Zoom zoom() const;
    void setZoom(Zoom zoom);
    // One step finer (Quarter -> Month -> Week -> Day) or coarser.
    void zoomIn();
    void zoomOut();
    // Scrolls the chart so that today is in view.
    void scrollToToday();

    QTreeView *treeView() const;
    GanttChart *chart() const;
    GanttModel *model() const;
    QSplitter *splitter() const;

    // The task or milestone of the current row; null on a workstream row or without one.
    TaskId currentTask() const;
    // The workstream of the current row (a task's own workstream); null without a row.
    WorkstreamId currentWorkstream() const;
    // Makes the task the current row, opening its workstream and scrolling it into view.
    void selectTask(const TaskId &task);
    void selectWorkstream(const WorkstreamId &workstream);

    // The whole plan (every workstream open), the name and date columns beside the chart,
    // across as many pages as it needs, each with the customer's name and the page number.
    void print(QPrinter *printer);
    // Writes the plan as a PDF (A4 landscape, paginated like print()) or as one PNG image.
    // On failure returns false and says why in `error`; an existing file is replaced only
    // once the new one is written completely.
    bool exportPdf(const QString &path, QString *error);
    bool exportPng(const QString &path, QString *error);

Q_SIGNALS:
    void zoomChanged(Csm::GanttZoom zoom);
    // The current row changed (another task or workstream, or none).
    void currentChanged();

private:
    Workspace *m_workspace;
    GanttModel *m_model;
    QTreeView *m_tree;
    GanttChart *m_chart;
    QSplitter *m_splitter;
};

} // namespace Csm
