// The customer's timeline: the implementation plan as a Gantt chart with a toolbar to build it
// (workstreams, tasks, milestones, links, baseline, playbook templates) and to share it (weekly
// status update, calendar, print, PDF, PNG), and a side panel with the first-value forecast,
// the friction score, the workstreams, the phase gates and the current task's details. A
// customer without a plan is offered the playbook of its tier. Every edit is an undo step.
#pragma once

#include "domain/id.h"
#include "views/gantt/ganttzoom.h"

#include <QWidget>

class QAbstractButton;
class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Csm {

class ApplyPlaybookDialog;
class CollapsibleSection;
class EmailDialog;
class FirstValuePanel;
class FrictionPanel;
class GanttView;
class GatesPanel;
class LinkTasksDialog;
class TaskDetailsPanel;
class Workspace;
class WorkstreamTableModel;
struct Playbook;

class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // Actions behind the toolbar, also for tests and menus. Each edit is one undo step.
    // A workstream; a task or milestone in the current workstream (the first one without).
    void addWorkstream();
    void addTask();
    void addMilestone();
    // The current task with its links, or the current workstream with its tasks.
    void removeCurrent();
    // Opens the dialog that links two tasks, the current task waiting for another.
    LinkTasksDialog *showLinkDialog();
    void setZoom(GanttZoom zoom);
    void saveBaseline();
    void markFirstValue();
    // Applies the built-in playbook of the customer's tier to a customer without a plan.
    void createPlanFromTierPlaybook();
    // Opens the choice of playbook; applies the one chosen.
    ApplyPlaybookDialog *showApplyPlaybookDialog();
    void applyPlaybook(const Playbook &playbook, bool replaceExisting);
    // Asks for a name, then saves the plan as a template of this workspace.
    void showSaveTemplateDialog();
    bool saveAsTemplate(const QString &name);
    // Opens the weekly status update, written from the plan in the customer's language.
    EmailDialog *showStatusUpdate();
    // File dialogs, then the exports below; failures are shown in a message box.
    void chooseCalendarExport();
    void choosePdfExport();
    void choosePngExport();
    void print();
    // Write the file atomically; on failure return false and say why in `error`.
    bool exportCalendar(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error);
    bool exportPng(const QString &path, QString *error);
    // Saves what is typed in open table cells (the forms save as they go).
    void commitPendingEdits();
    // Selects the task with this id, when the plan has it (a jump from the portfolio).
    void showRecord(const QUuid &id);

    // For tests and the main window.
    bool isEmptyStateShown() const;
    QWidget *emptyState() const { return m_emptyState; }
    QAbstractButton *createPlanButton() const { return m_createPlan; }
    GanttView *ganttView() const { return m_gantt; }
    QToolBar *toolBar() const { return m_toolBar; }
    QComboBox *zoomCombo() const { return m_zoom; }
    QScrollArea *sidePanel() const { return m_sidePanel; }
    FirstValuePanel *firstValuePanel() const { return m_firstValue; }
    FrictionPanel *frictionPanel() const { return m_friction; }
    GatesPanel *gatesPanel() const { return m_gates; }
    TaskDetailsPanel *taskDetailsPanel() const { return m_taskDetails; }
    WorkstreamTableModel *workstreamModel() const { return m_workstreams; }
    QTableView *workstreamTable() const { return m_workstreamTable; }
    QLabel *missedGatesLabel() const { return m_missedGates; }
    QLabel *messageLabel() const { return m_message; }
    QList<CollapsibleSection *> sections() const { return m_sections; }

    QAction *addWorkstreamAction() const { return m_addWorkstream; }
    QAction *addTaskAction() const { return m_addTask; }
    QAction *addMilestoneAction() const { return m_addMilestone; }
    QAction *removeCurrentAction() const { return m_remove; }
    QAction *linkAction() const { return m_link; }
    QAction *saveBaselineAction() const { return m_saveBaseline; }
    QAction *firstValueAction() const { return m_firstValueAction; }
    QAction *applyPlaybookAction() const { return m_applyPlaybook; }
    QAction *saveTemplateAction() const { return m_saveTemplate; }
    QAction *holidaysAction() const { return m_editHolidays; }
    // Opens the holidays dialog; what is accepted becomes one undo step.
    void showHolidaysDialog();
    QAction *statusUpdateAction() const { return m_statusUpdate; }
    QAction *exportCalendarAction() const { return m_exportCalendar; }
    QAction *printAction() const { return m_print; }
    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *sidePanelAction() const { return m_toggleSidePanel; }

Q_SIGNALS:
    // A short confirmation for the status bar ("Saved the calendar to ...").
    void messagePosted(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QWidget *buildHeader();
    QToolBar *buildToolBar();
    QWidget *buildEmptyState();
    QWidget *buildEditor();
    QWidget *buildSidePanel();
    QAction *makeAction(const QString &text, const QString &toolTip,
                        const QKeySequence &shortcut = {});
    void refresh();
    void refreshActions();
    void refreshSummaries();
    void addPlanTask(bool milestone);
    void showTask(const TaskId &task);
    void postMessage(const QString &message);
    void fitGantt();
    QString suggestedFileName(const QString &suffix) const;

    Workspace *m_workspace;
    CustomerId m_customer;
    bool m_fittedOnShow = false;
    int m_treeWidth = 0; // the names and dates beside the chart, as last set by the user

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_missedGates = nullptr;
    QLabel *m_message = nullptr;
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_zoom = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QAbstractButton *m_createPlan = nullptr;
    QWidget *m_editor = nullptr;
    QSplitter *m_splitter = nullptr;
    GanttView *m_gantt = nullptr;
    QScrollArea *m_sidePanel = nullptr;
    FirstValuePanel *m_firstValue = nullptr;
    FrictionPanel *m_friction = nullptr;
    GatesPanel *m_gates = nullptr;
    TaskDetailsPanel *m_taskDetails = nullptr;
    WorkstreamTableModel *m_workstreams = nullptr;
    QTableView *m_workstreamTable = nullptr;
    QLabel *m_workstreamHint = nullptr;
    QList<CollapsibleSection *> m_sections;
    CollapsibleSection *m_firstValueSection = nullptr;
    CollapsibleSection *m_frictionSection = nullptr;
    CollapsibleSection *m_taskSection = nullptr;
    CollapsibleSection *m_workstreamSection = nullptr;
    CollapsibleSection *m_gateSection = nullptr;

    QAction *m_addWorkstream = nullptr;
    QAction *m_addTask = nullptr;
    QAction *m_addMilestone = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_link = nullptr;
    QAction *m_saveBaseline = nullptr;
    QAction *m_firstValueAction = nullptr;
    QAction *m_applyPlaybook = nullptr;
    QAction *m_saveTemplate = nullptr;
    QAction *m_editHolidays = nullptr;
    QAction *m_statusUpdate = nullptr;
    QAction *m_exportCalendar = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_toggleSidePanel = nullptr;
};

} // namespace Csm
