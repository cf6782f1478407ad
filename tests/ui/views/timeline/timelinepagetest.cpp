#include "views/timeline/timelinepage.h"

#include "commands/addcustomer.h"
#include "commands/changecustomerfield.h"
#include "commands/changerecordfield.h"
#include "commands/timelinecommands.h"
#include "coretestprinting.h"
#include "dialogs/emaildialog.h"
#include "models/recordtablemodel.h"
#include "testsupport.h"
#include "timeline/playbook.h"
#include "views/gantt/ganttmodel.h"
#include "views/gantt/ganttview.h"
#include "views/timeline/applyplaybookdialog.h"
#include "views/timeline/collapsiblesection.h"
#include "views/timeline/dependencytablemodel.h"
#include "views/timeline/firstvaluepanel.h"
#include "views/timeline/frictionpanel.h"
#include "views/timeline/gatespanel.h"
#include "views/timeline/gatetablemodel.h"
#include "views/timeline/holidaysdialog.h"
#include "views/timeline/linktasksdialog.h"
#include "views/timeline/taskdetailspanel.h"
#include "views/timeline/tasklistmodel.h"
#include "views/timeline/workstreamtablemodel.h"
#include "widgets/optionaldateedit.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

void trigger(QAction *action)
{
    REQUIRE(action->isEnabled());
    action->trigger();
}

// A high-touch customer signed on 2026-02-12; the test clock's today is Monday 2026-03-02.
CustomerId addCustomer(Test::TempWorkspace &ws, const QString &name, Tier tier = Tier::HighTouch)
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.tier = tier;
    file.customer.signatureDate = QDate(2026, 2, 12);
    file.customer.kickoffDate = QDate(2026, 2, 17);
    file.customer.csmOwner = QStringLiteral("Alex Morgan");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return file.customer.id;
}

struct SmallPlan
{
    CustomerId customer;
    WorkstreamId integrations; // owned on both sides
    WorkstreamId training;     // no customer owner: not started
    TaskId erpExport;          // 2 to 6 March, waits on customer IT
    TaskId firstReport;        // first-value milestone on 9 March, after the ERP export
    TaskId training1;          // admin training, 10 to 11 March
    GateId implementation;     // due 27 February, not passed: missed
    GateId goLive;             // due 20 March, two criteria
};

// Northwind Logistics with a small plan whose baseline is its current dates.
SmallPlan addSmallPlan(Test::TempWorkspace &ws)
{
    SmallPlan plan;
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = QStringLiteral("Northwind Logistics");
    file.customer.tier = Tier::HighTouch;
    file.customer.signatureDate = QDate(2026, 2, 12);
    file.customer.kickoffDate = QDate(2026, 2, 17);
    file.customer.csmOwner = QStringLiteral("Alex Morgan");
    file.customer.meta = ws->newMeta();
    plan.customer = file.customer.id;

    int order = 0;
    auto stamp = [&](auto &record) {
        record.customerId = plan.customer;
        record.meta = file.customer.meta;
        record.meta.createdAt = file.customer.meta.createdAt.addMSecs(++order);
        record.meta.modifiedAt = record.meta.createdAt;
    };
    auto workstream = [&](const QString &name, const QString &customerOwner) {
        Workstream w;
        w.id = WorkstreamId::create();
        w.name = name;
        w.vendorOwner = QStringLiteral("Alex Morgan");
        w.customerOwner = customerOwner;
        stamp(w);
        file.workstreams.append(w);
        return w.id;
    };
    auto task = [&](const WorkstreamId &w, const QString &name, const QDate &start,
                    const QDate &finish, TaskType type = TaskType::Task) {
        PlanTask t;
        t.id = TaskId::create();
        t.workstreamId = w;
        t.name = name;
        t.type = type;
        t.start = start;
        t.finish = finish;
        t.baselineStart = start;
        t.baselineFinish = finish;
        t.vendorOwner = QStringLiteral("Alex Morgan");
        stamp(t);
        file.tasks.append(t);
        return t.id;
    };
    plan.integrations =
        workstream(QStringLiteral("Integrations"), QStringLiteral("Priya Natarajan"));
    plan.training = workstream(QStringLiteral("Training"), QString());
    plan.erpExport = task(plan.integrations, QStringLiteral("Connect the ERP export"),
                          QDate(2026, 3, 2), QDate(2026, 3, 6));
    file.tasks.last().waitingOn = WaitingOn::CustomerIt;
    file.tasks.last().status = TaskStatus::InProgress;
    plan.firstReport = task(plan.integrations, QStringLiteral("First board report live"),
                            QDate(2026, 3, 9), QDate(2026, 3, 9), TaskType::Milestone);
    file.tasks.last().firstValue = true;
    plan.training1 = task(plan.training, QStringLiteral("Admin training"), QDate(2026, 3, 10),
                          QDate(2026, 3, 11));

    TaskDependency link;
    link.id = DependencyId::create();
    link.predecessorId = plan.erpExport;
    link.successorId = plan.firstReport;
    stamp(link);
    file.dependencies.append(link);

    auto gate = [&](GateKind kind, const QDate &due) {
        PhaseGate g;
        g.id = GateId::create();
        g.kind = kind;
        g.dueDate = due;
        stamp(g);
        file.gates.append(g);
        return g.id;
    };
    plan.implementation = gate(GateKind::Implementation, QDate(2026, 2, 27));
    plan.goLive = gate(GateKind::GoLive, QDate(2026, 3, 20));
    for (const QString &text :
         {QStringLiteral("SSO verified"), QStringLiteral("First dataset validated")}) {
        GateCriterion c;
        c.id = CriterionId::create();
        c.gateId = plan.goLive;
        c.criterion = text;
        stamp(c);
        file.gateCriteria.append(c);
    }
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return plan;
}

int planRecords(Workspace &ws, const CustomerId &customer)
{
    return int(ws.records<Workstream>(customer).size() + ws.records<PlanTask>(customer).size() +
               ws.records<TaskDependency>(customer).size() +
               ws.records<PhaseGate>(customer).size() + ws.records<GateCriterion>(customer).size());
}

QStringList rowTexts(QAbstractItemModel *model, int column = 0)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, column).data().toString());
    return texts;
}

struct Page
{
    explicit Page(Test::TempWorkspace &ws)
        : page(ws.get())
    {
        page.resize(1280, 860);
        page.show();
    }
    TimelinePage page;
};

} // namespace

TEST_CASE("A customer without a plan is offered its tier's playbook and one undo step builds it")
{
    Test::TempWorkspace ws;
    const CustomerId customer = addCustomer(ws, QStringLiteral("Helios Health"), Tier::HighTouch);
    Page p(ws);
    TimelinePage &page = p.page;
    Tester tester(page.ganttView()->model(), Fatal);
    page.setCustomer(customer);

    REQUIRE(page.isEmptyStateShown());
    REQUIRE(page.emptyState()->isVisible());
    CHECK(page.createPlanButton()->text() ==
          QStringLiteral("Create plan from the High-touch enterprise playbook"));
    CHECK_FALSE(page.statusUpdateAction()->isEnabled());

    const int steps = ws->undoStack()->count();
    click(page.createPlanButton());
    CHECK(ws->undoStack()->count() == steps + 1);
    CHECK_FALSE(page.isEmptyStateShown());
    const Playbook playbook = builtInPlaybook(Tier::HighTouch);
    CHECK(ws->records<Workstream>(customer).size() == playbook.workstreams.size());
    CHECK(ws->records<PhaseGate>(customer).size() == playbook.gates.size());
    CHECK(page.ganttView()->model()->rowCount() == playbook.workstreams.size());
    // The playbook names its first-value milestone, so the forecast has a date.
    CHECK(page.firstValuePanel()->projectedLabel()->text().startsWith(
        QStringLiteral("First value projected on")));
    CHECK(page.gatesPanel()->gateModel()->rowCount() == playbook.gates.size());

    ws->undoStack()->undo();
    CHECK(planRecords(*ws, customer) == 0);
    CHECK(page.isEmptyStateShown());
    CHECK(page.ganttView()->model()->rowCount() == 0);
}

TEST_CASE("The tier decides the playbook offered, and another one can be chosen")
{
    Test::TempWorkspace ws;
    const CustomerId customer = addCustomer(ws, QStringLiteral("Bistro Bold"), Tier::Digital);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(customer);
    CHECK(page.createPlanButton()->text() ==
          QStringLiteral("Create plan from the Digital-first playbook"));

    ApplyPlaybookDialog *dialog = page.showApplyPlaybookDialog();
    REQUIRE(dialog);
    // No plan yet: nothing to replace.
    CHECK(dialog->replaceButton() == nullptr);
    CHECK(dialog->selectedPlaybook().tier == Tier::Digital);
    dialog->setCurrentRow(1);
    const Playbook hybrid = dialog->selectedPlaybook();
    REQUIRE(hybrid.tier == Tier::Hybrid);
    dialog->accept();
    CHECK(ws->records<Workstream>(customer).size() == hybrid.workstreams.size());
}

TEST_CASE("Applying a playbook to a plan asks whether to replace it or add to it")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    const int before = int(ws->records<Workstream>(plan.customer).size());
    const Playbook digital = builtInPlaybook(Tier::Digital);

    ApplyPlaybookDialog *dialog = page.showApplyPlaybookDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->replaceButton());
    CHECK(dialog->addButton()->isChecked()); // the careful choice first
    dialog->setCurrentRow(2);
    REQUIRE(dialog->selectedPlaybook().tier == Tier::Digital);
    dialog->accept();
    CHECK(ws->records<Workstream>(plan.customer).size() == before + digital.workstreams.size());
    ws->undoStack()->undo();
    CHECK(ws->records<Workstream>(plan.customer).size() == before);

    dialog = page.showApplyPlaybookDialog();
    REQUIRE(dialog);
    dialog->setCurrentRow(2);
    // On its round indicator, which is where a radio button takes clicks.
    QRadioButton *replace = dialog->replaceButton();
    QTest::mouseClick(replace, Qt::LeftButton, {}, QPoint(6, replace->height() / 2));
    REQUIRE(dialog->replaceExisting());
    dialog->accept();
    CHECK(ws->records<Workstream>(plan.customer).size() == digital.workstreams.size());
    CHECK_FALSE(ws->record<Workstream>(plan.integrations));
    ws->undoStack()->undo();
    CHECK(ws->record<Workstream>(plan.integrations));
    CHECK(ws->records<Workstream>(plan.customer).size() == before);
}

TEST_CASE("The toolbar adds a workstream, then a task and a milestone into it")
{
    Test::TempWorkspace ws;
    const CustomerId customer = addCustomer(ws, QStringLiteral("Acme"));
    Page p(ws);
    TimelinePage &page = p.page;
    Tester tester(page.workstreamModel(), Fatal);
    page.setCustomer(customer);
    CHECK_FALSE(page.addTaskAction()->isEnabled()); // a task needs a workstream

    trigger(page.addWorkstreamAction());
    REQUIRE(ws->records<Workstream>(customer).size() == 1);
    const Workstream workstream = ws->records<Workstream>(customer).first();
    CHECK(workstream.vendorOwner == QStringLiteral("Alex Morgan"));
    CHECK_FALSE(page.isEmptyStateShown());
    CHECK(page.ganttView()->currentWorkstream() == workstream.id);
    CHECK(rowTexts(page.workstreamModel()) == QStringList{QStringLiteral("New workstream")});

    trigger(page.addTaskAction());
    REQUIRE(ws->records<PlanTask>(customer).size() == 1);
    const PlanTask task = ws->records<PlanTask>(customer).first();
    CHECK(task.workstreamId == workstream.id);
    CHECK(task.type == TaskType::Task);
    CHECK(task.start == QDate(2026, 3, 2));  // today
    CHECK(task.finish == QDate(2026, 3, 6)); // five working days
    CHECK(page.ganttView()->currentTask() == task.id);
    CHECK(page.taskDetailsPanel()->task() == task.id);
    // The name is ready to be typed over.
    auto *name = qobject_cast<QLineEdit *>(page.taskDetailsPanel()->editor(TaskField::Name));
    REQUIRE(name);
    QTest::keyClicks(name, QStringLiteral("Map the data fields"));
    CHECK(ws->record<PlanTask>(task.id)->name == QStringLiteral("Map the data fields"));

    trigger(page.addMilestoneAction());
    REQUIRE(ws->records<PlanTask>(customer).size() == 2);
    const PlanTask milestone = *ws->record<PlanTask>(page.ganttView()->currentTask());
    CHECK(milestone.id != task.id);
    CHECK(milestone.type == TaskType::Milestone);
    CHECK(milestone.workstreamId == workstream.id);
    CHECK(milestone.start == milestone.finish);
    CHECK(milestone.start == QDate(2026, 3, 6)); // on the finish of the task before it
    CHECK(page.ganttView()->model()->rowCount(page.ganttView()->model()->indexOf(workstream.id)) ==
          2);

    ws->undoStack()->undo();
    CHECK(ws->records<PlanTask>(customer).size() == 1);
}

TEST_CASE("Removing a task takes its links along and undo brings both back")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    page.ganttView()->selectTask(plan.erpExport);
    REQUIRE(page.taskDetailsPanel()->task() == plan.erpExport);
    CHECK(page.removeCurrentAction()->text() == QStringLiteral("Remove task"));

    trigger(page.removeCurrentAction());
    CHECK_FALSE(ws->record<PlanTask>(plan.erpExport));
    CHECK(ws->records<TaskDependency>(plan.customer).isEmpty());
    CHECK(page.messageLabel()->text().contains(QStringLiteral("Connect the ERP export")));
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.erpExport));
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 1);

    page.ganttView()->selectWorkstream(plan.training);
    CHECK(page.removeCurrentAction()->text() == QStringLiteral("Remove workstream"));
    trigger(page.removeCurrentAction());
    CHECK_FALSE(ws->record<Workstream>(plan.training));
    CHECK_FALSE(ws->record<PlanTask>(plan.training1));
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.training1));
}

TEST_CASE("Workstreams show their owners on both sides and those without a customer owner as not "
          "started")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    WorkstreamTableModel *model = page.workstreamModel();
    Tester tester(model, Fatal);
    page.setCustomer(plan.customer);

    REQUIRE(model->rowCount() == 2);
    const int training = model->rowOf(plan.training);
    const int integrations = model->rowOf(plan.integrations);
    CHECK(model->index(integrations, WorkstreamTableModel::CustomerOwnerColumn).data() ==
          QStringLiteral("Priya Natarajan"));
    CHECK(model->index(integrations, WorkstreamTableModel::StateColumn).data() ==
          QStringLiteral("Started"));
    CHECK(model->index(training, WorkstreamTableModel::StateColumn).data() ==
          QStringLiteral("Not started"));
    CHECK(model->index(training, WorkstreamTableModel::VendorOwnerColumn).data() ==
          QStringLiteral("Alex Morgan"));
    CHECK(page.sections().at(3)->summary() == QStringLiteral("1 of 2 not started"));

    // Naming the customer's owner is an undo step; the workstream still waits for a task to
    // start.
    REQUIRE(model->setData(model->index(training, WorkstreamTableModel::CustomerOwnerColumn),
                           QStringLiteral("Dana Whitfield")));
    CHECK(ws->record<Workstream>(plan.training)->customerOwner == QStringLiteral("Dana Whitfield"));
    CHECK(model->index(training, WorkstreamTableModel::StateColumn).data() ==
          QStringLiteral("Not started"));
    ws->undoStack()->undo();
    CHECK(ws->record<Workstream>(plan.training)->customerOwner.isEmpty());
}

TEST_CASE("A gate's criteria are ticked off, the gate is marked passed, and undo reopens it")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    GatesPanel *gates = page.gatesPanel();
    Tester gateTester(gates->gateModel(), Fatal);
    Tester criteriaTester(gates->criteriaModel(), Fatal);
    page.setCustomer(plan.customer);

    // The missed gate shows first; pick Go-live.
    CHECK(gates->currentGate() == plan.implementation);
    gates->gateTable()->setCurrentIndex(
        gates->gateModel()->index(gates->gateModel()->rowOf(plan.goLive), 0));
    REQUIRE(gates->currentGate() == plan.goLive);
    CHECK(rowTexts(gates->criteriaModel(), 1) ==
          QStringList{QStringLiteral("SSO verified"), QStringLiteral("First dataset validated")});

    // A third criterion, typed and entered.
    QTest::keyClicks(gates->newCriterionEdit(), QStringLiteral("Two power users trained"));
    QTest::keyClick(gates->newCriterionEdit(), Qt::Key_Return);
    CHECK(gates->criteriaModel()->rowCount() == 3);
    CHECK(gates->newCriterionEdit()->text().isEmpty());
    CHECK(gates->markPassedButton()->isVisible());
    CHECK_FALSE(gates->markPassedButton()->isEnabled());

    const int steps = ws->undoStack()->count();
    for (int row = 0; row < 3; ++row) {
        const QModelIndex met = gates->criteriaModel()->index(row, 0);
        REQUIRE(gates->criteriaModel()->setData(met, Qt::Checked, Qt::CheckStateRole));
        ws.advance(5000); // separate steps, as clicks a few seconds apart
    }
    CHECK(ws->undoStack()->count() == steps + 3);
    const QModelIndex status = gates->gateModel()->index(gates->gateModel()->rowOf(plan.goLive),
                                                         GateTableModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("3 of 3 criteria met"));
    REQUIRE(gates->markPassedButton()->isEnabled());

    click(gates->markPassedButton());
    CHECK(ws->record<PhaseGate>(plan.goLive)->passedDate == QDate(2026, 3, 2));
    CHECK(status.data().toString().startsWith(QStringLiteral("Passed on")));
    CHECK(gates->passedLabel()->text() ==
          QStringLiteral("Passed on %1").arg(longDate(QDate(2026, 3, 2))));
    CHECK(gates->reopenButton()->isVisible());
    CHECK_FALSE(gates->markPassedButton()->isVisible());
    CHECK(ws->undoStack()->undoText() == QStringLiteral("Mark the Go-live gate passed"));

    ws->undoStack()->undo();
    CHECK_FALSE(ws->record<PhaseGate>(plan.goLive)->isPassed());
    CHECK(gates->markPassedButton()->isVisible());
    ws->undoStack()->undo();
    CHECK(status.data().toString() == QStringLiteral("2 of 3 criteria met"));
    CHECK_FALSE(gates->markPassedButton()->isEnabled());

    // Removing a criterion is an undo step as well.
    gates->criteriaTable()->selectRow(0);
    click(gates->removeCriterionButton());
    CHECK(gates->criteriaModel()->rowCount() == 2);
    ws->undoStack()->undo();
    CHECK(gates->criteriaModel()->rowCount() == 3);
}

TEST_CASE("A missed gate is flagged above the plan and in the gate list")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);

    REQUIRE(page.missedGatesLabel()->isVisible());
    CHECK(page.missedGatesLabel()->text().contains(QStringLiteral("Implementation")));
    GateTableModel *model = page.gatesPanel()->gateModel();
    const QModelIndex status =
        model->index(model->rowOf(plan.implementation), GateTableModel::StatusColumn);
    CHECK(status.data(GateTableModel::MissedRole).toBool());
    CHECK(status.data().toString().startsWith(QStringLiteral("Missed")));
    CHECK(page.gatesPanel()->missedLabel()->isVisible());
    CHECK(page.sections().at(4)->summary() == QStringLiteral("1 missed"));
    CHECK_FALSE(
        model->index(model->rowOf(plan.goLive), 0).data(GateTableModel::MissedRole).toBool());

    // A new due date in the future lifts the flag; undo puts it back.
    page.gatesPanel()->selectGate(plan.implementation);
    OptionalDateEdit *due = page.gatesPanel()->dueDateEdit();
    due->lineEdit()->selectAll();
    QTest::keyClicks(due->lineEdit(), QStringLiteral("2026-03-13"));
    CHECK(ws->record<PhaseGate>(plan.implementation)->dueDate == QDate(2026, 3, 13));
    CHECK_FALSE(page.missedGatesLabel()->isVisible());
    ws->undoStack()->undo();
    CHECK(page.missedGatesLabel()->isVisible());
}

TEST_CASE("The forecast names the projected first-value date and the task that pushes it out")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    FirstValuePanel *forecast = page.firstValuePanel();
    Tester tester(forecast->pushingModel(), Fatal);
    page.setCustomer(plan.customer);

    // On plan: the milestone on Monday 9 March, day 25 after signature.
    CHECK(forecast->projectedLabel()->text() ==
          QStringLiteral("First value projected on %1").arg(longDate(QDate(2026, 3, 9))));
    CHECK(forecast->daysLabel()->text().startsWith(QStringLiteral("Day 25 after signature")));
    CHECK(forecast->comparisonLabel()->text().contains(QStringLiteral("day 30")));
    CHECK(forecast->badge()->text() == QStringLiteral("Within target"));
    CHECK(forecast->pushingModel()->rowCount() == 0);

    // The ERP export moves two weeks later, as typed in the task's start date.
    page.ganttView()->selectTask(plan.erpExport);
    auto *start =
        qobject_cast<OptionalDateEdit *>(page.taskDetailsPanel()->editor(TaskField::Start));
    REQUIRE(start);
    start->lineEdit()->selectAll();
    QTest::keyClicks(start->lineEdit(), QStringLiteral("2026-03-16"));
    REQUIRE(ws->record<PlanTask>(plan.erpExport)->finish == QDate(2026, 3, 20));
    REQUIRE(ws->record<PlanTask>(plan.firstReport)->start == QDate(2026, 3, 23));

    CHECK(forecast->projectedLabel()->text() ==
          QStringLiteral("First value projected on %1").arg(longDate(QDate(2026, 3, 23))));
    CHECK(forecast->daysLabel()->text().startsWith(QStringLiteral("Day 39 after signature")));
    CHECK(forecast->badge()->text() == QStringLiteral("Beyond target"));
    CHECK(forecast->comparisonLabel()->text().contains(QStringLiteral("14 day")));
    REQUIRE(forecast->pushingModel()->rowCount() >= 1);
    CHECK(forecast->pushingModel()->taskAt(0) == plan.erpExport);
    CHECK(forecast->pushingModel()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Connect the ERP export")));
    // Plural forms come from the translation, which the tests leave out.
    CHECK(
        page.taskDetailsPanel()->slipLabel()->text().startsWith(QStringLiteral("10 business day")));

    // Clicking the task in the list selects it in the chart.
    page.ganttView()->selectTask(plan.training1);
    QListView *list = forecast->pushingList();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(0, 0)).center());
    CHECK(page.ganttView()->currentTask() == plan.erpExport);
    CHECK(page.taskDetailsPanel()->task() == plan.erpExport);

    ws->undoStack()->undo();
    CHECK(forecast->projectedLabel()->text() ==
          QStringLiteral("First value projected on %1").arg(longDate(QDate(2026, 3, 9))));
    CHECK(forecast->pushingModel()->rowCount() == 0);
}

TEST_CASE("Another milestone is marked as the first value from the toolbar")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    page.ganttView()->selectTask(plan.firstReport);
    CHECK_FALSE(page.firstValueAction()->isEnabled()); // it is the one already

    page.ganttView()->selectTask(plan.training1);
    trigger(page.firstValueAction());
    CHECK(ws->record<PlanTask>(plan.training1)->firstValue);
    CHECK_FALSE(ws->record<PlanTask>(plan.firstReport)->firstValue);
    CHECK(page.firstValuePanel()->milestoneLabel()->text() ==
          QStringLiteral("Milestone: Admin training"));
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.firstReport)->firstValue);
}

TEST_CASE("The friction score counts the tasks waiting on the customer against its target")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    FrictionPanel *friction = page.frictionPanel();
    Tester tester(friction->taskModel(), Fatal);
    page.setCustomer(plan.customer);

    CHECK(friction->score() == 3); // the ERP export waits on customer IT
    CHECK(friction->scoreLabel()->text() == QStringLiteral("Friction score 3"));
    CHECK(friction->badge()->text() == QStringLiteral("Below 10"));
    CHECK(friction->taskModel()->taskAt(0) == plan.erpExport);

    // The training now waits on a security review: 4 more.
    page.ganttView()->selectTask(plan.training1);
    auto *waiting =
        qobject_cast<QComboBox *>(page.taskDetailsPanel()->editor(TaskField::WaitingOn));
    REQUIRE(waiting);
    waiting->setCurrentIndex(waiting->findData(int(WaitingOn::SecurityReview)));
    Q_EMIT waiting->activated(waiting->currentIndex());
    CHECK(friction->score() == 7);
    CHECK(friction->taskModel()->rowCount() == 2);
    CHECK(friction->taskModel()->taskAt(0) == plan.training1); // the heaviest first
    ws->undoStack()->undo();
    CHECK(friction->score() == 3);
}

TEST_CASE("The task's details edit every field as undo steps and show baseline and slip")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    TaskDetailsPanel *details = page.taskDetailsPanel();
    Tester tester(details->dependencyModel(), Fatal);
    page.setCustomer(plan.customer);
    page.ganttView()->selectTask(plan.erpExport);
    REQUIRE(details->task() == plan.erpExport);

    CHECK(details->baselineLabel()->text().contains(
        QLocale().toString(QDate(2026, 3, 6), QLocale::ShortFormat)));
    CHECK(details->slipLabel()->text() == QStringLiteral("On its baseline"));

    auto *progress = qobject_cast<QSpinBox *>(details->editor(TaskField::Progress));
    REQUIRE(progress);
    progress->setValue(40);
    CHECK(ws->record<PlanTask>(plan.erpExport)->progress == 40);
    auto *owner = qobject_cast<QLineEdit *>(details->editor(TaskField::CustomerOwner));
    REQUIRE(owner);
    QTest::keyClicks(owner, QStringLiteral("Priya"));
    CHECK(ws->record<PlanTask>(plan.erpExport)->customerOwner == QStringLiteral("Priya"));
    auto *status = qobject_cast<QComboBox *>(details->editor(TaskField::Status));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(int(TaskStatus::Blocked)));
    Q_EMIT status->activated(status->currentIndex());
    CHECK(ws->record<PlanTask>(plan.erpExport)->status == TaskStatus::Blocked);

    ws->undoStack()->undo();
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.erpExport)->status == TaskStatus::InProgress);
    CHECK(ws->record<PlanTask>(plan.erpExport)->customerOwner.isEmpty());
    CHECK(ws->record<PlanTask>(plan.erpExport)->progress == 0);
    CHECK(status->currentData().toInt() == int(TaskStatus::InProgress));
    CHECK(progress->value() == 0);
    CHECK(owner->text().isEmpty());

    // Its link to the milestone, which waits for it, and removing that link.
    REQUIRE(details->dependencyModel()->rowCount() == 1);
    CHECK(details->dependencyModel()->index(0, DependencyTableModel::LinkColumn).data() ==
          QStringLiteral("Holds up"));
    CHECK(details->dependencyModel()->index(0, DependencyTableModel::TaskColumn).data() ==
          QStringLiteral("First board report live"));
    details->dependencyTable()->selectRow(0);
    click(details->removeDependencyButton());
    CHECK(ws->records<TaskDependency>(plan.customer).isEmpty());
    CHECK(details->dependencyModel()->rowCount() == 0);
    ws->undoStack()->undo();
    CHECK(details->dependencyModel()->rowCount() == 1);
}

TEST_CASE("Linking tasks moves the one that waits, and a circle is refused with the reason")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    page.ganttView()->selectTask(plan.erpExport);

    // The ERP export cannot wait for the milestone that waits for it.
    LinkTasksDialog *dialog = page.showLinkDialog();
    REQUIRE(dialog);
    dialog->setPredecessor(plan.firstReport);
    dialog->setSuccessor(plan.erpExport);
    const int steps = ws->undoStack()->count();
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(dialog->errorLabel()->isVisible());
    CHECK(dialog->errorLabel()->text().contains(QStringLiteral("circle")));
    CHECK(ws->undoStack()->count() == steps);

    // The training waits for the milestone, two business days after it.
    dialog->setPredecessor(plan.firstReport);
    dialog->setSuccessor(plan.training1);
    CHECK_FALSE(dialog->errorLabel()->isVisible());
    dialog->setLag(2);
    dialog->accept();
    CHECK(ws->undoStack()->count() == steps + 1);
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 2);
    CHECK(ws->record<PlanTask>(plan.training1)->start == QDate(2026, 3, 12));
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.training1)->start == QDate(2026, 3, 10));
}

TEST_CASE("Saving a baseline and saving the plan as a template")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);

    QUndoCommand *move =
        makeMoveTask(ws.get(), plan.training1, QDate(2026, 3, 16), QDate(2026, 3, 17));
    REQUIRE(move);
    ws->undoStack()->push(move);
    CHECK(ws->record<PlanTask>(plan.training1)->baselineStart == QDate(2026, 3, 10));
    trigger(page.saveBaselineAction());
    CHECK(ws->record<PlanTask>(plan.training1)->baselineStart == QDate(2026, 3, 16));
    page.ganttView()->selectTask(plan.training1);
    CHECK(page.taskDetailsPanel()->slipLabel()->text() == QStringLiteral("On its baseline"));
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.training1)->baselineStart == QDate(2026, 3, 10));

    REQUIRE(page.saveAsTemplate(QStringLiteral("Logistics rollout")));
    REQUIRE(ws->userPlaybooks().size() == 1);
    CHECK(ws->userPlaybooks().first().playbook.name == QStringLiteral("Logistics rollout"));
    ApplyPlaybookDialog *dialog = page.showApplyPlaybookDialog();
    REQUIRE(dialog);
    CHECK(dialog->list()->count() == 4);
    dialog->reject();
    ws->undoStack()->undo();
    CHECK(ws->userPlaybooks().isEmpty());
}

TEST_CASE("Holidays added in their dialog count for the plan, in one undo step")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);

    trigger(page.holidaysAction());
    auto *dialog = page.findChild<HolidaysDialog *>();
    REQUIRE(dialog);
    // With no holidays yet, the dialog says how to add one instead of showing an empty list.
    auto *emptyHint = dialog->findChild<QLabel *>(QStringLiteral("holidaysEmptyHint"));
    REQUIRE(emptyHint);
    CHECK(emptyHint->isVisibleTo(dialog));
    CHECK_FALSE(dialog->list()->isVisibleTo(dialog));

    dialog->calendar()->setSelectedDate(QDate(2026, 3, 18));
    click(dialog->addButton());
    dialog->calendar()->setSelectedDate(QDate(2026, 3, 12));
    click(dialog->addButton());
    click(dialog->addButton()); // the same day once only
    REQUIRE(dialog->list()->count() == 2);
    CHECK(dialog->list()->item(0)->data(Qt::UserRole).toDate() == QDate(2026, 3, 12));
    CHECK(dialog->list()->isVisibleTo(dialog));
    CHECK_FALSE(emptyHint->isVisibleTo(dialog));
    // The calendar marks the holidays, and only them.
    CHECK(dialog->calendar()->dateTextFormat(QDate(2026, 3, 12)).fontWeight() == QFont::Bold);
    CHECK(dialog->calendar()->dateTextFormat(QDate(2026, 3, 13)).fontWeight() != QFont::Bold);
    dialog->accept();

    const QList<QDate> holidays{QDate(2026, 3, 12), QDate(2026, 3, 18)};
    CHECK(ws->settings().holidays == holidays);
    CHECK(page.ganttView()->model()->calendar().isHoliday(QDate(2026, 3, 12)));
    // A two-day task started the day before a holiday now ends the day after it.
    CHECK(workspaceCalendar(*ws).finishAfter(QDate(2026, 3, 11), 2) == QDate(2026, 3, 13));

    ws->undoStack()->undo();
    CHECK(ws->settings().holidays.isEmpty());
    CHECK_FALSE(page.ganttView()->model()->calendar().isHoliday(QDate(2026, 3, 12)));
}

TEST_CASE("The weekly status update is an e-mail that names the blocked task")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    ws->undoStack()->push(new ChangeRecordField<PlanTask>(
        ws.get(), plan.training1, TaskField::Status, int(TaskStatus::Blocked)));
    ws->undoStack()->push(new ChangeRecordField<PlanTask>(ws.get(), plan.training1, TaskField::Name,
                                                          QStringLiteral("Admin training booked")));

    trigger(page.statusUpdateAction());
    auto *dialog = page.findChild<EmailDialog *>(QStringLiteral("statusUpdate"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->language() == QStringLiteral("en"));
    const Email english = dialog->email();
    CHECK(english.subject.contains(QStringLiteral("Northwind Logistics")));
    CHECK(english.plainText.contains(QStringLiteral("Admin training booked")));
    CHECK(dialog->subjectLabel()->text() == english.subject);
    dialog->setShowsHtml(false);
    CHECK(dialog->preview()->toPlainText().contains(QStringLiteral("Admin training booked")));

    // In German on request, from the same plan.
    dialog->setLanguage(QStringLiteral("de"));
    CHECK(dialog->email().subject != english.subject);
    CHECK(dialog->email().subject.contains(QStringLiteral("Wochenbericht")));
    CHECK(dialog->email().plainText.contains(QStringLiteral("Admin training booked")));
    dialog->copyAsText();
    CHECK(QApplication::clipboard()->text() == dialog->email().plainText);

    // And in French.
    dialog->setLanguage(QStringLiteral("fr"));
    CHECK(dialog->language() == QStringLiteral("fr"));
    CHECK(dialog->languageCombo()->currentText() == QStringLiteral("French"));
    CHECK(dialog->email().subject.startsWith(
        QStringLiteral("Northwind Logistics\u00a0: point d’avancement hebdomadaire du ")));
    CHECK(dialog->email().plainText.contains(QStringLiteral("Admin training booked")));
    CHECK(dialog->subjectLabel()->text() == dialog->email().subject);
    dialog->close();
}

TEST_CASE("The weekly status update of a French-speaking customer opens in French")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    ws->undoStack()->push(new ChangeCustomerField(ws.get(), plan.customer, CustomerField::Language,
                                                  QStringLiteral("fr-CH")));
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);

    trigger(page.statusUpdateAction());
    auto *dialog = page.findChild<EmailDialog *>(QStringLiteral("statusUpdate"));
    REQUIRE(dialog);
    CHECK(dialog->language() == QStringLiteral("fr"));
    CHECK(dialog->languageCombo()->currentText() == QStringLiteral("French"));
    CHECK(dialog->languageCombo()->count() == 3);
    const Email french = dialog->email();
    CHECK(french.subject.startsWith(
        QStringLiteral("Northwind Logistics\u00a0: point d’avancement hebdomadaire du ")));
    // Today's date as the French write it, with a French month.
    const QDate today = ws->today();
    CHECK(french.subject.endsWith(QLocale(QLocale::French).monthName(today.month()) + u' ' +
                                  QString::number(today.year())));
    CHECK(french.plainText.startsWith(QStringLiteral("Bonjour")));
    CHECK(french.plainText.contains(QStringLiteral("\nStatut global\u00a0:\n")));
    CHECK(french.html.contains(QStringLiteral("<html lang=\"fr\">")));

    // The CSM can still send it in English.
    dialog->setLanguage(QStringLiteral("en"));
    CHECK(dialog->email().subject.startsWith(
        QStringLiteral("Northwind Logistics: weekly status update, ")));
    dialog->close();
}

TEST_CASE("The calendar export writes the plan's milestones and gates to an .ics file")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    CHECK(page.exportCalendarAction()->isEnabled());

    const QString path = ws.dir() + QStringLiteral("/northwind.ics");
    QString error;
    REQUIRE(page.exportCalendar(path, &error));
    CHECK(error.isEmpty());
    const QString ics = QString::fromUtf8(Test::readBytes(path));
    CHECK(ics.startsWith(QStringLiteral("BEGIN:VCALENDAR\r\n")));
    CHECK(ics.contains(QStringLiteral("First board report live")));
    CHECK(ics.contains(QStringLiteral("DTSTART;VALUE=DATE:20260309")));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("northwind.ics")));

    // A folder that does not exist: nothing written, and why.
    const QString bad = ws.dir() + QStringLiteral("/missing/northwind.ics");
    CHECK_FALSE(page.exportCalendar(bad, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(QFile::exists(bad));
}

TEST_CASE("The side panel folds away, and each of its sections folds on its own")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    REQUIRE(page.sidePanel()->isVisible());
    trigger(page.sidePanelAction());
    CHECK_FALSE(page.sidePanel()->isVisible());
    trigger(page.sidePanelAction());
    CHECK(page.sidePanel()->isVisible());

    CollapsibleSection *friction = page.sections().at(1);
    REQUIRE(friction->content()->isVisible());
    click(friction->headerButton());
    CHECK_FALSE(friction->content()->isVisible());
    CHECK(friction->summary() == QStringLiteral("3 of 10"));
    // From the keyboard as well.
    friction->headerButton()->setFocus();
    QTest::keyClick(friction->headerButton(), Qt::Key_Space);
    CHECK(friction->content()->isVisible());

    // Every control has a name for screen readers.
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&page) || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w)) {
            if (qobject_cast<QLineEdit *>(w) && qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (qobject_cast<OptionalDateEdit *>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                continue;
            // The chart is a component with its own tests.
            if (page.ganttView()->isAncestorOf(w))
                continue;
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }
}

TEST_CASE("The page follows the customer it is given")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    const CustomerId other = addCustomer(ws, QStringLiteral("Acme"));
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    CHECK_FALSE(page.isEmptyStateShown());
    page.setCustomer(other);
    CHECK(page.isEmptyStateShown());
    CHECK(page.workstreamModel()->rowCount() == 0);
    CHECK(page.gatesPanel()->gateModel()->rowCount() == 0);
    page.setCustomer(plan.customer);
    CHECK(page.workstreamModel()->rowCount() == 2);
    page.setCustomer({});
    CHECK_FALSE(page.isEnabled());
}

TEST_CASE("What is typed in an open cell is saved when the page is left")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    QTableView *table = page.workstreamTable();
    const QModelIndex owner = page.workstreamModel()->index(
        page.workstreamModel()->rowOf(plan.training), WorkstreamTableModel::CustomerOwnerColumn);
    table->setCurrentIndex(owner);
    table->edit(owner);
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
        if (candidate->isVisible())
            editor = candidate;
    }
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("Dana Whitfield"));
    CHECK(ws->record<Workstream>(plan.training)->customerOwner.isEmpty());

    page.commitPendingEdits();
    CHECK(ws->record<Workstream>(plan.training)->customerOwner == QStringLiteral("Dana Whitfield"));
    CHECK(page.workstreamModel()->index(owner.row(), WorkstreamTableModel::StateColumn).data() ==
          QStringLiteral("Not started"));
}

TEST_CASE("The plan is built from the keyboard")
{
    Test::TempWorkspace ws;
    const CustomerId customer = addCustomer(ws, QStringLiteral("Acme"));
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(customer);
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.createPlanButton()->setFocus();

    QTest::keySequence(&page, QKeySequence(QStringLiteral("Ctrl+Shift+W")));
    REQUIRE(ws->records<Workstream>(customer).size() == 1);
    // The new workstream's name is open for typing in the plan.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keySequence(&page, QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    REQUIRE(ws->records<PlanTask>(customer).size() == 1);
    const TaskId task = ws->records<PlanTask>(customer).first().id;
    CHECK(page.ganttView()->currentTask() == task);

    // Delete in the plan's tree removes the current task.
    page.ganttView()->treeView()->setFocus();
    QTest::keyClick(page.ganttView()->treeView(), Qt::Key_Delete);
    CHECK_FALSE(ws->record<PlanTask>(task));

    QTest::keyClick(&page, Qt::Key_F9);
    CHECK_FALSE(page.sidePanel()->isVisible());
}

TEST_CASE("The plan exports as a PDF and as an image")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.setCustomer(plan.customer);
    REQUIRE(page.exportPdfAction()->isEnabled());
    REQUIRE(page.exportPngAction()->isEnabled());

    QString error;
    const QString pdf = ws.dir() + QStringLiteral("/plan.pdf");
    REQUIRE(page.exportPdf(pdf, &error));
    CHECK(Test::readBytes(pdf).startsWith("%PDF"));
    const QString png = ws.dir() + QStringLiteral("/plan.png");
    REQUIRE(page.exportPng(png, &error));
    CHECK(Test::readBytes(png).startsWith("\x89PNG"));
    CHECK(page.messageLabel()->text().contains(QStringLiteral("plan.png")));
}

TEST_CASE("With a task selected the side panel fits its column on a small screen")
{
    Test::TempWorkspace ws;
    const SmallPlan plan = addSmallPlan(ws);
    Page p(ws);
    TimelinePage &page = p.page;
    page.resize(720, 640);
    page.setCustomer(plan.customer);
    page.ganttView()->selectTask(plan.training1);
    QApplication::processEvents();

    // Nothing of the task form runs past the right edge of the panel.
    QWidget *content = page.sidePanel()->widget();
    CHECK(content->width() <= page.sidePanel()->viewport()->width());
    const auto children = content->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (!child->isVisibleTo(content) || child->isWindow())
            continue;
        const QRect inPanel(child->mapTo(content, QPoint(0, 0)), child->size());
        INFO(child->metaObject()->className() << " " << child->objectName().toStdString());
        CHECK(inPanel.right() < content->width());
    }
    // The chart keeps more room than the side panel.
    CHECK(page.ganttView()->width() > page.sidePanel()->width());
}
