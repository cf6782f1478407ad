#include "timelinepage.h"

#include "applyplaybookdialog.h"
#include "collapsiblesection.h"
#include "commands/addrecord.h"
#include "commands/changeworkspacesetting.h"
#include "commands/playbookcommands.h"
#include "commands/timelinecommands.h"
#include "dialogs/emaildialog.h"
#include "firstvaluepanel.h"
#include "frictionpanel.h"
#include "gatespanel.h"
#include "gatetablemodel.h"
#include "holidaysdialog.h"
#include "linktasksdialog.h"
#include "panelwidgets.h"
#include "taskdetailspanel.h"
#include "timeline/icalendar.h"
#include "timeline/playbook.h"
#include "timeline/schedule.h"
#include "timeline/statusupdate.h"
#include "timelinestyle.h"
#include "views/gantt/ganttchart.h"
#include "views/gantt/ganttview.h"
#include "workspace/workspace.h"
#include "workstreamtablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Csm {

using namespace TimelineWidgets;

namespace {

// Settings keys of the widths the user gave the side panel and the names beside the chart.
constexpr char SidePanelWidthKey[] = "timeline/sidePanelWidth";
constexpr char TreeWidthKey[] = "timeline/treeWidth";

bool hasPlan(Workspace *workspace, const CustomerId &customer)
{
    return !workspace->records<Workstream>(customer).isEmpty() ||
           !workspace->records<PlanTask>(customer).isEmpty() ||
           !workspace->records<PhaseGate>(customer).isEmpty();
}

bool isPlanKind(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Workstream:
    case RecordKind::Task:
    case RecordKind::Dependency:
    case RecordKind::Gate:
    case RecordKind::Criterion:
        return true;
    default:
        return false;
    }
}

} // namespace

TimelinePage::TimelinePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(buildToolBar());
    m_pages = new QStackedWidget;
    m_emptyState = buildEmptyState();
    m_editor = buildEditor();
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_editor);
    layout->addWidget(m_pages, 1);

    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &) {
        if (customer == m_customer && isPlanKind(kind))
            refresh();
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    auto customerEvent = [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    };
    connect(workspace, &Workspace::customerAdded, this, customerEvent);
    connect(workspace, &Workspace::customerRemoved, this, customerEvent);
    connect(workspace, &Workspace::customerChanged, this, customerEvent);
    setCustomer({});
}

QAction *TimelinePage::makeAction(const QString &text, const QString &toolTip,
                                  const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    } else {
        action->setToolTip(toolTip);
    }
    // Shortcuts act while focus is anywhere on the page.
    addAction(action);
    return action;
}

void TimelinePage::createActions()
{
    m_addWorkstream = makeAction(tr("Add workstream"), tr("Add a workstream to the plan"),
                                 QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    m_addTask = makeAction(tr("Add task"), tr("Add a task to the current workstream"),
                           QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    m_addMilestone =
        makeAction(tr("Add milestone"), tr("Add a milestone to the current workstream"),
                   QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    m_remove = makeAction(tr("Remove"), tr("Remove the current task, or the current workstream "
                                           "with its tasks"));
    m_link = makeAction(tr("Link tasks…"), tr("Make one task wait for another"),
                        QKeySequence(QStringLiteral("Ctrl+L")));
    m_saveBaseline =
        makeAction(tr("Save baseline"),
                   tr("Keep the current dates as the baseline that slip is measured against"),
                   QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    m_firstValueAction =
        makeAction(tr("Mark as first value"),
                   tr("Make the current milestone the activation event: the customer's first "
                      "real value"),
                   QKeySequence(QStringLiteral("Ctrl+Shift+F")));
    m_applyPlaybook =
        makeAction(tr("Apply playbook…"), tr("Build the plan from a playbook template"));
    m_editHolidays =
        makeAction(tr("Holidays…"), tr("Days off besides weekends, skipped when counting business "
                                       "days"));
    m_saveTemplate = makeAction(tr("Save as template…"),
                                tr("Keep this plan as a playbook template for other customers"));
    m_statusUpdate = makeAction(tr("Status update…"),
                                tr("The weekly status update e-mail, written from the plan"),
                                QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    m_exportCalendar = makeAction(tr("Export calendar…"),
                                  tr("Save the milestones and gates as an iCalendar file (.ics)"));
    m_print = makeAction(tr("Print…"), tr("Print the plan"), QKeySequence::Print);
    m_exportPdf = makeAction(tr("Export PDF…"), tr("Save the plan as a PDF"));
    m_exportPng = makeAction(tr("Export image…"), tr("Save the plan as a PNG image"));
    m_toggleSidePanel =
        makeAction(tr("Side panel"), tr("Show or hide the forecast, gates and task details"),
                   QKeySequence(QStringLiteral("F9")));
    m_toggleSidePanel->setCheckable(true);
    m_toggleSidePanel->setChecked(true);

    // Shorter on the toolbar, which sits beside the customer list; menus say it in full.
    m_addWorkstream->setIconText(tr("Workstream"));
    m_addTask->setIconText(tr("Task"));
    m_addMilestone->setIconText(tr("Milestone"));
    m_link->setIconText(tr("Link"));
    m_firstValueAction->setIconText(tr("First value"));
    m_statusUpdate->setIconText(tr("Status update"));
    m_toggleSidePanel->setIconText(tr("Panel"));

    // Delete removes a plan item only while the plan's tree has focus, not text in a field.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_remove->setToolTip(tr("%1 (%2)").arg(
        m_remove->toolTip(), m_remove->shortcut().toString(QKeySequence::NativeText)));
    QWidget::removeAction(m_remove);

    connect(m_addWorkstream, &QAction::triggered, this, &TimelinePage::addWorkstream);
    connect(m_addTask, &QAction::triggered, this, &TimelinePage::addTask);
    connect(m_addMilestone, &QAction::triggered, this, &TimelinePage::addMilestone);
    connect(m_remove, &QAction::triggered, this, &TimelinePage::removeCurrent);
    connect(m_link, &QAction::triggered, this, &TimelinePage::showLinkDialog);
    connect(m_saveBaseline, &QAction::triggered, this, &TimelinePage::saveBaseline);
    connect(m_firstValueAction, &QAction::triggered, this, &TimelinePage::markFirstValue);
    connect(m_applyPlaybook, &QAction::triggered, this, &TimelinePage::showApplyPlaybookDialog);
    connect(m_saveTemplate, &QAction::triggered, this, &TimelinePage::showSaveTemplateDialog);
    connect(m_editHolidays, &QAction::triggered, this, &TimelinePage::showHolidaysDialog);
    connect(m_statusUpdate, &QAction::triggered, this, &TimelinePage::showStatusUpdate);
    connect(m_exportCalendar, &QAction::triggered, this, &TimelinePage::chooseCalendarExport);
    connect(m_print, &QAction::triggered, this, &TimelinePage::print);
    connect(m_exportPdf, &QAction::triggered, this, &TimelinePage::choosePdfExport);
    connect(m_exportPng, &QAction::triggered, this, &TimelinePage::choosePngExport);
    connect(m_toggleSidePanel, &QAction::toggled, this,
            [this](bool on) { m_sidePanel->setVisible(on); });
}

QWidget *TimelinePage::buildHeader()
{
    auto *header = new QWidget;
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_title = boldLabel(tr("Implementation plan"), 1.6);
    m_subtitle = new QLabel;
    m_subtitle->setObjectName(QStringLiteral("timelineSubtitle"));
    m_subtitle->setEnabled(false);
    m_subtitle->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_missedGates = new QLabel;
    m_missedGates->setObjectName(QStringLiteral("missedGates"));
    m_missedGates->setWordWrap(true);
    m_missedGates->setTextFormat(Qt::PlainText);
    m_missedGates->hide();
    layout->addWidget(m_missedGates);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);
    return header;
}

QToolBar *TimelinePage::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Timeline"));
    m_toolBar->setObjectName(QStringLiteral("timelineToolbar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    auto *add = new QLabel(tr("Add:"));
    add->setContentsMargins(4, 0, 2, 0);
    m_toolBar->addWidget(add);
    m_toolBar->addAction(m_addWorkstream);
    m_toolBar->addAction(m_addTask);
    m_toolBar->addAction(m_addMilestone);
    m_toolBar->addAction(m_remove);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_link);
    m_toolBar->addAction(m_firstValueAction);
    m_toolBar->addSeparator();

    m_zoom = new QComboBox;
    m_zoom->setObjectName(QStringLiteral("zoom"));
    m_zoom->setAccessibleName(tr("Zoom"));
    // The chart zooms with the usual keys itself.
    m_zoom->setToolTip(
        tr("How much time one column of the chart shows (%1, %2 in the chart)")
            .arg(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::ZoomOut).toString(QKeySequence::NativeText)));
    m_zoom->addItem(tr("Days"), int(GanttZoom::Day));
    m_zoom->addItem(tr("Weeks"), int(GanttZoom::Week));
    m_zoom->addItem(tr("Months"), int(GanttZoom::Month));
    m_zoom->addItem(tr("Quarters"), int(GanttZoom::Quarter));
    m_toolBar->addWidget(m_zoom);
    m_toolBar->addSeparator();

    // Less frequent actions in menus, so the bar fits beside the customer list.
    auto menuButton = [this](const QString &text, const QString &name,
                             const QList<QAction *> &actions) {
        auto *button = new QToolButton;
        button->setText(text);
        button->setObjectName(name);
        button->setAccessibleName(text);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new QMenu(button);
        for (QAction *action : actions)
            menu->addAction(action);
        menu->setToolTipsVisible(true);
        button->setMenu(menu);
        m_toolBar->addWidget(button);
        return button;
    };
    menuButton(tr("Plan"), QStringLiteral("planMenu"),
               {m_saveBaseline, m_applyPlaybook, m_saveTemplate, m_editHolidays});
    m_toolBar->addAction(m_statusUpdate);
    menuButton(tr("Share"), QStringLiteral("shareMenu"),
               {m_exportCalendar, m_exportPdf, m_exportPng, m_print});

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_toggleSidePanel);

    connect(m_zoom, &QComboBox::activated, this,
            [this](int) { setZoom(GanttZoom(m_zoom->currentData().toInt())); });
    return m_toolBar;
}

QWidget *TimelinePage::buildEmptyState()
{
    const EmptyStateCard card = makeEmptyStateCard(
        QStringLiteral("timelineEmptyState"), boldLabel(tr("No implementation plan yet"), 1.3));
    QVBoxLayout *layout = card.layout;
    m_emptyText = new QLabel;
    m_emptyText->setWordWrap(true);
    layout->addWidget(m_emptyText);
    auto *explanation =
        new QLabel(tr("A plan has workstreams with an owner on each side, tasks and milestones "
                      "linked to each other, phase gates with measurable criteria, and the "
                      "milestone where the customer first gets real value."));
    explanation->setWordWrap(true);
    layout->addWidget(explanation);

    auto *create = new QPushButton;
    create->setObjectName(QStringLiteral("createPlan"));
    create->setDefault(true);
    m_createPlan = create;
    auto *choose = new QPushButton(tr("Choose another playbook…"));
    choose->setObjectName(QStringLiteral("choosePlaybook"));
    auto *empty = new QPushButton(tr("Start with a workstream"));
    empty->setObjectName(QStringLiteral("startEmpty"));
    empty->setToolTip(tr("Build the plan by hand"));
    auto *first = new QHBoxLayout;
    first->addWidget(create);
    first->addStretch();
    auto *others = new QHBoxLayout;
    others->addWidget(hintLabel(tr("Or:")));
    others->addWidget(choose);
    others->addWidget(empty);
    others->addStretch();
    layout->addSpacing(4);
    layout->addLayout(first);
    layout->addLayout(others);

    connect(create, &QPushButton::clicked, this, &TimelinePage::createPlanFromTierPlaybook);
    connect(choose, &QPushButton::clicked, this, &TimelinePage::showApplyPlaybookDialog);
    connect(empty, &QPushButton::clicked, this, &TimelinePage::addWorkstream);
    return card.page;
}

QWidget *TimelinePage::buildEditor()
{
    m_gantt = new GanttView(m_workspace);
    m_gantt->setObjectName(QStringLiteral("gantt"));
    m_gantt->treeView()->addAction(m_remove);
    m_gantt->chart()->addAction(m_remove);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("timelineSplitter"));
    m_splitter->addWidget(m_gantt);
    m_splitter->addWidget(buildSidePanel());
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setCollapsible(0, false);
    m_splitter->setCollapsible(1, false);
    // The chart takes the room; the side panel and the names keep the widths last set.
    QSettings settings;
    const int side = settings.value(QLatin1String(SidePanelWidthKey), 300).toInt();
    m_splitter->setSizes({10000, std::max(side, m_sidePanel->minimumWidth())});
    m_treeWidth = std::max(settings.value(QLatin1String(TreeWidthKey), 230).toInt(), 120);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QLatin1String(SidePanelWidthKey), m_sidePanel->width());
    });
    connect(m_gantt->splitter(), &QSplitter::splitterMoved, this, [this] {
        m_treeWidth = m_gantt->splitter()->sizes().value(0, m_treeWidth);
        QSettings().setValue(QLatin1String(TreeWidthKey), m_treeWidth);
    });

    m_gantt->installEventFilter(this);
    connect(m_gantt, &GanttView::currentChanged, this, [this] {
        m_taskDetails->setTask(m_gantt->currentTask());
        refreshActions();
    });
    connect(m_gantt, &GanttView::zoomChanged, this,
            [this](GanttZoom zoom) { m_zoom->setCurrentIndex(m_zoom->findData(int(zoom))); });
    connect(m_gantt->chart(), &GanttChart::linkRefused, this, &TimelinePage::postMessage);
    return m_splitter;
}

QWidget *TimelinePage::buildSidePanel()
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 0, 8, 8);
    column->setSpacing(8);

    m_firstValue = new FirstValuePanel(m_workspace);
    m_friction = new FrictionPanel(m_workspace);
    m_taskDetails = new TaskDetailsPanel(m_workspace);
    m_gates = new GatesPanel(m_workspace);

    auto *workstreams = new QWidget;
    {
        auto *layout = new QVBoxLayout(workstreams);
        layout->setContentsMargins(4, 0, 4, 4);
        layout->setSpacing(4);
        m_workstreams = new WorkstreamTableModel(m_workspace, this);
        m_workstreamTable = compactTable(m_workstreams);
        m_workstreamTable->setObjectName(QStringLiteral("workstreams"));
        m_workstreamTable->setAccessibleName(tr("Workstreams"));
        m_workstreamTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                           QAbstractItemView::EditKeyPressed);
        QHeaderView *header = m_workstreamTable->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(WorkstreamTableModel::NameColumn, QHeaderView::Stretch);
        header->setStretchLastSection(false);
        // The state shows as the dot before the name, and as "not started" where the
        // customer's owner is missing.
        m_workstreamTable->setColumnHidden(WorkstreamTableModel::StateColumn, true);
        layout->addWidget(m_workstreamTable);
        m_workstreamHint = hintLabel();
        layout->addWidget(m_workstreamHint);
        connect(m_workstreams, &WorkstreamTableModel::workstreamsChanged, this, [this] {
            m_workstreamTable->setFixedHeight(heightForRows(m_workstreamTable, 1, 8));
            // The owners as wide as they need up to a limit; the name takes the rest.
            for (const int owner : {int(WorkstreamTableModel::VendorOwnerColumn),
                                    int(WorkstreamTableModel::CustomerOwnerColumn)}) {
                m_workstreamTable->resizeColumnToContents(owner);
                m_workstreamTable->setColumnWidth(
                    owner, std::min(m_workstreamTable->columnWidth(owner) + 8, 88));
            }
        });
        connect(m_workstreamTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                [this](const QModelIndex &current) {
                    const WorkstreamId id = m_workstreams->idAt(current.row());
                    if (!id.isNull() && m_gantt->currentWorkstream() != id)
                        m_gantt->selectWorkstream(id);
                });
    }

    auto section = [&](const QString &title, QWidget *panel, const QString &name) {
        auto *s = new CollapsibleSection(title, panel);
        s->setObjectName(name);
        column->addWidget(s);
        m_sections.append(s);
        return s;
    };
    m_firstValueSection = section(tr("First value"), m_firstValue, QStringLiteral("firstValue"));
    m_frictionSection = section(tr("Friction"), m_friction, QStringLiteral("friction"));
    m_taskSection = section(tr("Task"), m_taskDetails, QStringLiteral("taskDetails"));
    m_workstreamSection =
        section(tr("Workstreams"), workstreams, QStringLiteral("workstreamSection"));
    m_gateSection = section(tr("Phase gates"), m_gates, QStringLiteral("gateSection"));
    column->addStretch();

    m_sidePanel = new QScrollArea;
    m_sidePanel->setObjectName(QStringLiteral("timelineSidePanel"));
    m_sidePanel->setWidget(content);
    m_sidePanel->setWidgetResizable(true);
    m_sidePanel->setFrameShape(QFrame::NoFrame);
    m_sidePanel->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the widest form row, so nothing is cut at the right.
    m_sidePanel->setMinimumWidth(content->minimumSizeHint().width() +
                                 m_sidePanel->verticalScrollBar()->sizeHint().width());
    m_sidePanel->setAccessibleName(tr("Plan details"));

    auto select = [this](const TaskId &task) { showTask(task); };
    connect(m_firstValue, &FirstValuePanel::taskActivated, this, select);
    connect(m_friction, &FrictionPanel::taskActivated, this, select);
    connect(m_taskDetails, &TaskDetailsPanel::linkRequested, this, &TimelinePage::showLinkDialog);
    connect(m_gates->gateModel(), &GateTableModel::gatesChanged, this,
            &TimelinePage::refreshSummaries);
    return m_sidePanel;
}

void TimelinePage::setCustomer(const CustomerId &customer)
{
    if (customer != m_customer)
        commitPendingEdits();
    m_customer = customer;
    const bool another = customer != m_gantt->customer();
    m_gantt->setCustomer(customer);
    if (another)
        m_gantt->treeView()->scrollToTop();
    fitGantt();
    m_workstreams->setCustomer(customer);
    m_gates->setCustomer(customer);
    m_firstValue->setCustomer(customer);
    m_friction->setCustomer(customer);
    m_taskDetails->setTask(m_gantt->currentTask());
    m_message->hide();
    refresh();
}

void TimelinePage::fitGantt()
{
    // The plan's names and dates as wide as last set, at most a little under half the chart's
    // room, so the bars show beside them.
    QSplitter *inner = m_gantt->splitter();
    const QList<int> sizes = inner->sizes();
    const int total = std::max(m_gantt->width(), 400);
    if (sizes.size() != 2)
        return;
    const int tree = std::clamp(m_treeWidth, 120, total * 45 / 100);
    inner->setSizes({tree, total - tree});
}

bool TimelinePage::eventFilter(QObject *watched, QEvent *event)
{
    // A narrower window narrows the names first, so the bars keep some room.
    if (watched == m_gantt && event->type() == QEvent::Resize)
        fitGantt();
    return QWidget::eventFilter(watched, event);
}

void TimelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fittedOnShow) {
        m_fittedOnShow = true;
        fitGantt();
    }
}

bool TimelinePage::isEmptyStateShown() const
{
    return m_pages->currentWidget() == m_emptyState;
}

void TimelinePage::refresh()
{
    const Customer *customer = m_workspace->customer(m_customer);
    setEnabled(customer != nullptr);
    const bool plan = customer && hasPlan(m_workspace, m_customer);
    m_pages->setCurrentWidget(plan || !customer ? m_editor : m_emptyState);
    // Without a plan the empty state's buttons are the way in.
    m_toolBar->setVisible(plan || !customer);
    if (!customer) {
        m_subtitle->clear();
        m_missedGates->hide();
        refreshActions();
        return;
    }

    const QString tier = enumDisplayName(customer->tier);
    m_createPlan->setText(tr("Create plan from the %1 playbook").arg(tier));
    m_createPlan->setAccessibleName(m_createPlan->text());
    m_emptyText->setText(
        customer->signatureDate.isValid()
            ? tr("%1 is a %2 customer. Its playbook lays out the onboarding from the signature "
                 "on %3: workstreams, tasks, milestones and phase gates, ready to adjust.")
                  .arg(customer->accountName, tier,
                       TimelineStyle::longDate(customer->signatureDate))
            : tr("%1 is a %2 customer. Its playbook lays out the onboarding from today, as "
                 "there is no signature date yet: workstreams, tasks, milestones and phase "
                 "gates, ready to adjust.")
                  .arg(customer->accountName, tier));

    const QDate today = m_workspace->today();
    const QList<PlanTask> tasks = m_workspace->records<PlanTask>(m_customer);
    const QList<PhaseGate> gates = m_workspace->records<PhaseGate>(m_customer);
    const PlanAnalysis analysis =
        analysePlan(tasks, m_workspace->records<TaskDependency>(m_customer), gates,
                    workspaceCalendar(*m_workspace), today);
    QStringList facts;
    facts.append(customer->accountName.isEmpty() ? tr("(unnamed customer)")
                                                 : customer->accountName);
    if (customer->signatureDate.isValid()) {
        const qint64 days = customer->daysSinceSignature(today);
        if (days >= 0)
            facts.append(tr("Day %1 since signature").arg(days));
    }
    if (analysis.start.isValid() && analysis.finish.isValid())
        facts.append(tr("Plan %1 to %2")
                         .arg(TimelineStyle::shortDate(analysis.start),
                              TimelineStyle::shortDate(analysis.finish)));
    int done = 0;
    for (const PlanTask &task : tasks)
        done += task.isDone();
    if (!tasks.isEmpty())
        facts.append(tr("%1 of %2 done").arg(done).arg(tasks.size()));
    if (analysis.overdueTasks > 0)
        facts.append(tr("%n overdue", nullptr, analysis.overdueTasks));
    m_subtitle->setText(facts.join(QStringLiteral("  ·  ")));

    // Missed gates are the plan's loudest warning.
    QStringList missed;
    for (const GateId &id : analysis.missedGates) {
        if (const PhaseGate *gate = m_workspace->record<PhaseGate>(id))
            missed.append(
                tr("%1 (due %2)")
                    .arg(enumDisplayName(gate->kind), TimelineStyle::shortDate(gate->dueDate)));
    }
    m_missedGates->setVisible(!missed.isEmpty() && plan);
    m_missedGates->setStyleSheet(TimelineStyle::noticeStyle(palette()));
    m_missedGates->setText(
        tr("Missed phase gate: %1. The customer cannot move on until its criteria are met; "
           "agree a new date or unblock them.",
           nullptr, int(missed.size()))
            .arg(missed.join(QStringLiteral(", "))));

    m_firstValue->refresh();
    m_friction->refresh();
    const int workstreams = m_workstreams->rowCount();
    const int notStarted = m_workstreams->notStartedCount();
    m_workstreamTable->setVisible(workstreams > 0);
    m_workstreamHint->setText(
        workstreams == 0 ? tr("No workstreams yet.")
                         : tr("A workstream without a customer owner counts as not started. "
                              "Double-click a name or an owner to edit it."));
    m_workstreamSection->setSummary(
        workstreams == 0 ? QString()
        : notStarted > 0 ? tr("%1 of %2 not started").arg(notStarted).arg(workstreams)
                         : tr("All %1 started").arg(workstreams));
    refreshSummaries();
    refreshActions();
}

void TimelinePage::refreshSummaries()
{
    m_firstValueSection->setSummary(m_firstValue->summary());
    m_frictionSection->setSummary(m_friction->summary());
    m_gateSection->setSummary(m_gates->summary());
    const PlanTask *task = m_workspace->record<PlanTask>(m_gantt->currentTask());
    m_taskSection->setSummary(task ? task->name.simplified() : QString());
}

void TimelinePage::refreshActions()
{
    const bool hasCustomer = m_workspace->customer(m_customer) != nullptr;
    const bool plan = hasCustomer && hasPlan(m_workspace, m_customer);
    const bool hasWorkstream =
        hasCustomer && !m_workspace->records<Workstream>(m_customer).isEmpty();
    const PlanTask *task = m_workspace->record<PlanTask>(m_gantt->currentTask());
    const bool hasTasks = hasCustomer && m_workspace->records<PlanTask>(m_customer).size() >= 2;
    m_addWorkstream->setEnabled(hasCustomer);
    m_addTask->setEnabled(hasWorkstream);
    m_addMilestone->setEnabled(hasWorkstream);
    m_remove->setEnabled(task || !m_gantt->currentWorkstream().isNull());
    m_remove->setText(task                                     ? tr("Remove task")
                      : !m_gantt->currentWorkstream().isNull() ? tr("Remove workstream")
                                                               : tr("Remove"));
    m_link->setEnabled(hasTasks);
    m_saveBaseline->setEnabled(plan);
    m_firstValueAction->setEnabled(task && !task->firstValue);
    m_applyPlaybook->setEnabled(hasCustomer);
    m_saveTemplate->setEnabled(plan);
    m_statusUpdate->setEnabled(plan);
    m_exportCalendar->setEnabled(plan);
    m_print->setEnabled(plan);
    m_exportPdf->setEnabled(plan);
    m_exportPng->setEnabled(plan);
    m_zoom->setEnabled(plan);
    m_zoom->setCurrentIndex(m_zoom->findData(int(m_gantt->zoom())));
    refreshSummaries();
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_missedGates->setStyleSheet(TimelineStyle::noticeStyle(palette()));
        m_message->setStyleSheet(TimelineStyle::noticeStyle(palette()));
    }
    QWidget::changeEvent(event);
}

void TimelinePage::postMessage(const QString &message)
{
    m_message->setStyleSheet(TimelineStyle::noticeStyle(palette()));
    m_message->setText(message);
    m_message->show();
    Q_EMIT messagePosted(message);
}

void TimelinePage::showTask(const TaskId &task)
{
    if (!m_workspace->record<PlanTask>(task))
        return;
    m_gantt->selectTask(task);
    m_taskDetails->setTask(task);
    m_taskSection->setExpanded(true);
}

void TimelinePage::addWorkstream()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    commitPendingEdits();
    Workstream workstream;
    workstream.id = WorkstreamId::create();
    workstream.customerId = m_customer;
    workstream.name = tr("New workstream");
    workstream.vendorOwner = customer->csmOwner;
    workstream.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(
        new AddRecord<Workstream>(m_workspace, workstream, tr("Add workstream")));
    m_gantt->selectWorkstream(workstream.id);
    // The name is what to type next.
    QTreeView *tree = m_gantt->treeView();
    tree->setFocus(Qt::OtherFocusReason);
    if (tree->currentIndex().isValid())
        tree->edit(tree->currentIndex().siblingAtColumn(0));
}

void TimelinePage::addTask()
{
    addPlanTask(false);
}

void TimelinePage::addMilestone()
{
    addPlanTask(true);
}

void TimelinePage::addPlanTask(bool milestone)
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    WorkstreamId workstream = m_gantt->currentWorkstream();
    const QList<Workstream> workstreams = m_workspace->records<Workstream>(m_customer);
    if (!m_workspace->record<Workstream>(workstream)) {
        if (workstreams.isEmpty())
            return;
        workstream = workstreams.first().id;
    }
    commitPendingEdits();
    const BusinessCalendar calendar = workspaceCalendar(*m_workspace);
    // After the current task, or from today (not before the signature).
    QDate start = m_workspace->today();
    if (customer->signatureDate.isValid() && customer->signatureDate > start)
        start = customer->signatureDate;
    if (const PlanTask *current = m_workspace->record<PlanTask>(m_gantt->currentTask());
        current && current->finish.isValid())
        start = milestone ? current->finish : calendar.addBusinessDays(current->finish, 1);
    start = calendar.nextBusinessDay(start);

    PlanTask task;
    task.id = TaskId::create();
    task.customerId = m_customer;
    task.workstreamId = workstream;
    task.type = milestone ? TaskType::Milestone : TaskType::Task;
    task.name = milestone ? tr("New milestone") : tr("New task");
    task.start = start;
    task.finish = milestone ? start : calendar.finishAfter(start, 5);
    task.vendorOwner = customer->csmOwner;
    task.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(new AddRecord<PlanTask>(
        m_workspace, task, milestone ? tr("Add milestone") : tr("Add task")));
    showTask(task.id);
    // The name is what to type next.
    if (auto *name = qobject_cast<QLineEdit *>(m_taskDetails->editor(TaskField::Name))) {
        name->setFocus(Qt::OtherFocusReason);
        name->selectAll();
    }
}

void TimelinePage::removeCurrent()
{
    commitPendingEdits();
    const TaskId task = m_gantt->currentTask();
    QUndoCommand *command = nullptr;
    QString name;
    if (const PlanTask *record = m_workspace->record<PlanTask>(task)) {
        name = record->name.simplified();
        command = makeRemoveTask(m_workspace, task);
    } else if (const Workstream *workstream =
                   m_workspace->record<Workstream>(m_gantt->currentWorkstream())) {
        name = workstream->name.simplified();
        command = makeRemoveWorkstream(m_workspace, workstream->id);
    }
    if (!command)
        return;
    m_workspace->undoStack()->push(command);
    postMessage(tr("Removed %1. Undo brings it back.").arg(name));
}

LinkTasksDialog *TimelinePage::showLinkDialog()
{
    if (m_workspace->records<PlanTask>(m_customer).size() < 2)
        return nullptr;
    commitPendingEdits();
    auto *dialog = new LinkTasksDialog(m_workspace, m_customer, m_gantt->currentTask(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void TimelinePage::setZoom(GanttZoom zoom)
{
    m_gantt->setZoom(zoom);
    m_zoom->setCurrentIndex(m_zoom->findData(int(zoom)));
}

void TimelinePage::saveBaseline()
{
    if (!m_workspace->customer(m_customer))
        return;
    commitPendingEdits();
    if (QUndoCommand *command = makeSaveBaseline(m_workspace, m_customer)) {
        m_workspace->undoStack()->push(command);
        postMessage(tr("Baseline saved: slip is now measured against today's plan."));
    } else {
        postMessage(tr("The baseline already matches the plan."));
    }
}

void TimelinePage::markFirstValue()
{
    if (QUndoCommand *command = makeSetFirstValueMilestone(m_workspace, m_gantt->currentTask()))
        m_workspace->undoStack()->push(command);
}

void TimelinePage::createPlanFromTierPlaybook()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    applyPlaybook(builtInPlaybook(customer->tier), false);
}

ApplyPlaybookDialog *TimelinePage::showApplyPlaybookDialog()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return nullptr;
    commitPendingEdits();
    QList<Playbook> playbooks = builtInPlaybooks();
    for (const SavedPlaybook &saved : m_workspace->userPlaybooks())
        playbooks.append(saved.playbook);
    auto *dialog =
        new ApplyPlaybookDialog(playbooks, customer->tier, hasPlan(m_workspace, m_customer), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        applyPlaybook(dialog->selectedPlaybook(), dialog->replaceExisting());
    });
    connect(dialog, &ApplyPlaybookDialog::deleteRequested, this, [this](const QString &id) {
        if (QUndoCommand *command = makeRemovePlaybook(m_workspace, id))
            m_workspace->undoStack()->push(command);
    });
    dialog->open();
    return dialog;
}

void TimelinePage::applyPlaybook(const Playbook &playbook, bool replaceExisting)
{
    if (!m_workspace->customer(m_customer))
        return;
    commitPendingEdits();
    if (QUndoCommand *command =
            makeApplyPlaybook(m_workspace, m_customer, playbook, replaceExisting))
        m_workspace->undoStack()->push(command);
}

void TimelinePage::showHolidaysDialog()
{
    auto *dialog = new HolidaysDialog(m_workspace->settings().holidays, m_workspace->today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_workspace->undoStack()->push(new ChangeWorkspaceSetting(
            m_workspace, QLatin1String(WorkspaceSettings::holidaysKey),
            WorkspaceSettings::holidaysValue(dialog->holidays()), tr("Change holidays")));
    });
    dialog->open();
}

void TimelinePage::showSaveTemplateDialog()
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer || !hasPlan(m_workspace, m_customer))
        return;
    commitPendingEdits();
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Save as template"),
        tr("Name of the template, as it will be offered for other customers:"), QLineEdit::Normal,
        tr("%1 plan").arg(customer->accountName.simplified()), &ok);
    if (ok && !name.trimmed().isEmpty())
        saveAsTemplate(name.trimmed());
}

bool TimelinePage::saveAsTemplate(const QString &name)
{
    if (!hasPlan(m_workspace, m_customer) || name.trimmed().isEmpty())
        return false;
    const Playbook playbook = playbookFromPlan(m_workspace->onboardingFile(m_customer),
                                               name.trimmed(), workspaceCalendar(*m_workspace));
    QUndoCommand *command = makeSavePlaybook(m_workspace, playbook);
    if (!command)
        return false;
    m_workspace->undoStack()->push(command);
    postMessage(tr("Saved the plan as the template \"%1\".").arg(name.trimmed()));
    return true;
}

EmailDialog *TimelinePage::showStatusUpdate()
{
    if (!m_workspace->customer(m_customer))
        return nullptr;
    commitPendingEdits();
    const Customer *customer = m_workspace->customer(m_customer);
    Workspace *workspace = m_workspace;
    const CustomerId id = m_customer;
    const EmailDialog::Writer write = [workspace, id](const QString &language) {
        const OnboardingFile file = workspace->onboardingFile(id);
        const StatusUpdate update =
            weeklyStatusUpdate(file, workspaceCalendar(*workspace), workspace->today());
        return statusUpdateEmail(file, update, language, workspace->sender());
    };
    const QString language = customer->language;
    auto *dialog = new EmailDialog(
        m_workspace, m_customer,
        tr("Weekly status update: %1").arg(customer->accountName.trimmed()), write(language), this);
    dialog->setObjectName(QStringLiteral("statusUpdate"));
    dialog->offerLanguages(language, write);
    dialog->setNote(tr("As of %1, in the customer's language unless you choose another.")
                        .arg(TimelineStyle::longDate(m_workspace->today())));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString TimelinePage::suggestedFileName(const QString &suffix) const
{
    const Customer *customer = m_workspace->customer(m_customer);
    QString name = customer ? customer->accountName.simplified() : QString();
    name.replace(QRegularExpression(QStringLiteral(R"([^\w\-]+)")), QStringLiteral("-"));
    if (name.isEmpty())
        name = tr("plan");
    return tr("%1-plan").arg(name) + suffix;
}

void TimelinePage::chooseCalendarExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export calendar"),
                                                      suggestedFileName(QStringLiteral(".ics")),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCalendar(path, &error))
        QMessageBox::warning(this, tr("Cannot export the calendar"), error);
}

bool TimelinePage::exportCalendar(const QString &path, QString *error)
{
    if (!m_workspace->customer(m_customer))
        return false;
    const QByteArray ics =
        onboardingCalendar(m_workspace->onboardingFile(m_customer), m_workspace->now());
    // Written beside and renamed over: a calendar open elsewhere never sees half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    postMessage(tr("Saved the calendar to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TimelinePage::choosePdfExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), suggestedFileName(QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdf(path, &error))
        QMessageBox::warning(this, tr("Cannot export the PDF"), error);
}

void TimelinePage::choosePngExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export image"),
                                                      suggestedFileName(QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Cannot export the image"), error);
}

bool TimelinePage::exportPdf(const QString &path, QString *error)
{
    if (!m_gantt->exportPdf(path, error))
        return false;
    postMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool TimelinePage::exportPng(const QString &path, QString *error)
{
    if (!m_gantt->exportPng(path, error))
        return false;
    postMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TimelinePage::print()
{
    if (!hasPlan(m_workspace, m_customer))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the plan"));
    if (dialog.exec() == QDialog::Accepted)
        m_gantt->print(&printer);
}

void TimelinePage::commitPendingEdits()
{
    commitOpenEditors(m_workstreamTable);
    commitOpenEditors(m_gantt->treeView());
    m_taskDetails->commitPendingEdits();
    m_gates->commitPendingEdits();
}

void TimelinePage::showRecord(const QUuid &id)
{
    m_gantt->selectTask(TaskId(id));
}

} // namespace Csm
