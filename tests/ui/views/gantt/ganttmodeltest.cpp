#include "views/gantt/ganttmodel.h"

#include "commands/addrecord.h"
#include "commands/changerecordfield.h"
#include "commands/removecustomer.h"
#include "commands/timelinecommands.h"
#include "coretestprinting.h"
#include "ganttfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Csm;
using Model = GanttModel;

namespace {

// The tree as text, "Workstream[task, task], ...", to compare shapes in one line.
QString shape(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList items;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString item = index.data(Qt::EditRole).toString();
        if (model.rowCount(index) > 0)
            item += QLatin1Char('[') + shape(model, index) + QLatin1Char(']');
        items.append(item);
    }
    return items.join(QStringLiteral(", "));
}

WorkstreamId addWorkstream(Test::TempWorkspace &ws, const CustomerId &customer, const QString &name)
{
    ws.advance(1000);
    Workstream w;
    w.id = WorkstreamId::create();
    w.customerId = customer;
    w.name = name;
    w.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<Workstream>(ws.get(), w));
    return w.id;
}

TaskId addTask(Test::TempWorkspace &ws, const WorkstreamId &workstream, const QString &name,
               const QDate &start, const QDate &finish)
{
    ws.advance(1000);
    PlanTask t;
    t.id = TaskId::create();
    t.customerId = ws->record<Workstream>(workstream)->customerId;
    t.workstreamId = workstream;
    t.name = name;
    t.start = start;
    t.finish = finish;
    t.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<PlanTask>(ws.get(), t));
    return t.id;
}

const PlanTask &task(Test::TempWorkspace &ws, const TaskId &id)
{
    const PlanTask *record = ws->record<PlanTask>(id);
    REQUIRE(record);
    return *record;
}

} // namespace

TEST_CASE(
    "Gantt model follows workstreams and tasks row by row through adds, moves, removals and undo")
{
    Test::TempWorkspace ws;
    const Test::GanttPlan other = Test::addGanttPlan(ws, QStringLiteral("Other customer"));
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = QStringLiteral("Acme");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    const CustomerId customer = file.customer.id;

    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(customer);
    REQUIRE(model.rowCount() == 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);

    const WorkstreamId a = addWorkstream(ws, customer, QStringLiteral("A"));
    const WorkstreamId b = addWorkstream(ws, customer, QStringLiteral("B"));
    const TaskId a1 = addTask(ws, a, QStringLiteral("a1"), QDate(2026, 3, 2), QDate(2026, 3, 6));
    const TaskId a2 = addTask(ws, a, QStringLiteral("a2"), QDate(2026, 3, 9), QDate(2026, 3, 9));
    const TaskId b1 = addTask(ws, b, QStringLiteral("b1"), QDate(2026, 3, 4), QDate(2026, 3, 5));
    CHECK(shape(model) == QStringLiteral("A[a1, a2], B[b1]"));
    CHECK(resets.isEmpty());
    CHECK(inserts.size() == 5);
    // Another customer's plan stays out.
    addTask(ws, other.security, QStringLiteral("elsewhere"), QDate(2026, 3, 2), QDate(2026, 3, 2));
    CHECK(inserts.size() == 5);

    CHECK(model.typeOf(model.indexOf(a)) == Model::ItemType::Summary);
    CHECK(model.typeOf(model.indexOf(a1)) == Model::ItemType::Task);
    CHECK(model.taskAt(model.indexOf(a1)) == a1);
    CHECK(model.workstreamAt(model.indexOf(a1)) == a);
    CHECK(model.workstreamAt(model.indexOf(b)) == b);
    CHECK(model.taskAt(model.indexOf(b)).isNull());

    SECTION("A task given to another workstream moves there and keeps its identity")
    {
        const QPersistentModelIndex kept = model.indexOf(a1);
        ws->undoStack()->push(
            new ChangeRecordField<PlanTask>(ws.get(), a1, TaskField::Workstream, b.toString()));
        // In the order the tasks were made.
        CHECK(shape(model) == QStringLiteral("A[a2], B[a1, b1]"));
        CHECK(moves.size() == 1);
        CHECK(kept.isValid());
        CHECK(kept.parent() == model.indexOf(b));
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1, a2], B[b1]"));
        CHECK(kept.parent() == model.indexOf(a));
        CHECK(resets.isEmpty());
    }

    SECTION("Removing a workstream takes its tasks; undo brings them back in place")
    {
        ws->undoStack()->push(makeRemoveWorkstream(ws.get(), a));
        CHECK(shape(model) == QStringLiteral("B[b1]"));
        CHECK_FALSE(removals.isEmpty());
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1, a2], B[b1]"));
        CHECK(model.indexOf(a2).parent() == model.indexOf(a));
        CHECK(resets.isEmpty());
    }

    SECTION("Removing a task removes its row only")
    {
        ws->undoStack()->push(makeRemoveTask(ws.get(), b1));
        CHECK(shape(model) == QStringLiteral("A[a1, a2], B"));
        CHECK(removals.size() == 1);
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1, a2], B[b1]"));
    }

    SECTION("Deleting the customer empties the tree; undo restores it")
    {
        ws->undoStack()->push(new RemoveCustomer(ws.get(), customer));
        CHECK(model.rowCount() == 0);
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1, a2], B[b1]"));
    }
}

TEST_CASE(
    "Gantt model gives the chart spans, progress, critical path, overdue, slip and first value")
{
    Test::TempWorkspace ws;
    const Test::GanttPlan plan = Test::addGanttPlan(ws);
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(plan.customer);
    REQUIRE(model.rowCount() == 4);

    // A workstream spans its tasks; its progress weighs them by working days:
    // questionnaire 10 days at 100 %, Configure SSO 5 at 40 %, Test SSO 3 at 0 %.
    const QModelIndex security = model.indexOf(plan.security);
    CHECK(security.data(Model::ItemTypeRole).toInt() == int(Model::ItemType::Summary));
    CHECK(security.data(Model::StartRole).toDate() == QDate(2026, 2, 16));
    CHECK(security.data(Model::FinishRole).toDate() == QDate(2026, 3, 11));
    CHECK(security.data(Model::ProgressRole).toInt() == (10 * 100 + 5 * 40 + 3 * 0 + 9) / 18);
    CHECK(security.siblingAtColumn(Model::StartColumn).data().toString() ==
          QLocale().toString(QDate(2026, 2, 16), QLocale::ShortFormat));

    const QModelIndex sso = model.indexOf(plan.configureSso);
    CHECK(sso.data(Model::ItemTypeRole).toInt() == int(Model::ItemType::Task));
    CHECK(sso.data(Model::StartRole).toDate() == QDate(2026, 3, 2));
    CHECK(sso.data(Model::FinishRole).toDate() == QDate(2026, 3, 6));
    CHECK(sso.data(Model::BaselineStartRole).toDate() == QDate(2026, 2, 26));
    CHECK(sso.data(Model::BaselineFinishRole).toDate() == QDate(2026, 3, 4));
    CHECK(sso.data(Model::SlipRole).toInt() == 2);
    CHECK(sso.data(Model::ProgressRole).toInt() == 40);
    CHECK(sso.data(Model::WorkingDaysRole).toInt() == 5);
    CHECK_FALSE(sso.data(Model::OverdueRole).toBool());

    // The overdue task: its finish (Feb 27) is before today (Mar 2) and it is not done.
    CHECK(model.indexOf(plan.cleanData).data(Model::OverdueRole).toBool());
    CHECK_FALSE(model.indexOf(plan.questionnaire).data(Model::OverdueRole).toBool());

    // The longest chain to the first value runs through the training.
    CHECK(model.indexOf(plan.dispatchers).data(Model::CriticalRole).toBool());
    CHECK(model.indexOf(plan.firstDispatch).data(Model::CriticalRole).toBool());
    CHECK_FALSE(model.indexOf(plan.testSso).data(Model::CriticalRole).toBool());

    const QModelIndex first = model.indexOf(plan.firstDispatch);
    CHECK(first.data(Model::ItemTypeRole).toInt() == int(Model::ItemType::Milestone));
    CHECK(first.data(Model::FirstValueRole).toBool());
    CHECK(first.data(Model::FinishRole).toDate() == QDate(2026, 4, 2));
    CHECK_FALSE(model.flags(first.siblingAtColumn(Model::FinishColumn)) & Qt::ItemIsEditable);

    // The tooltip says what a CSM asks about a bar.
    const QString tip = sso.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Configure SSO")));
    CHECK(tip.contains(QStringLiteral("5 working day")));
    CHECK(tip.contains(QStringLiteral("Tom Becker")));
    CHECK(tip.contains(QStringLiteral("Alex Morgan")));
    CHECK(tip.contains(QStringLiteral("40 %")));
    CHECK(tip.contains(QStringLiteral("Late by 2 working day")));

    CHECK(model.firstDate() == QDate(2026, 2, 16));
    CHECK(model.lastDate() == QDate(2026, 4, 17));
    CHECK(model.customerName() == QStringLiteral("Northwind Logistics"));
    CHECK(model.dependencies().size() == 11);
    CHECK(model.gates().size() == 3);
}

TEST_CASE("Editing a start date in the tree moves the task and its dependants in one undo step")
{
    Test::TempWorkspace ws;
    const Test::GanttPlan plan = Test::addGanttPlan(ws);
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(plan.customer);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const PlanTask before = task(ws, plan.testSso);

    // Configure SSO (Mon-Fri) starts a week later: it keeps its five working days, and the
    // test, which waits for it, moves after it.
    const QModelIndex start = model.indexOf(plan.configureSso, Model::StartColumn);
    REQUIRE(model.setData(start, QDate(2026, 3, 9)));
    CHECK(ws->undoStack()->count() == 1);
    CHECK(task(ws, plan.configureSso).start == QDate(2026, 3, 9));
    CHECK(task(ws, plan.configureSso).finish == QDate(2026, 3, 13));
    CHECK(task(ws, plan.testSso).start == QDate(2026, 3, 16));
    CHECK(task(ws, plan.testSso).finish == QDate(2026, 3, 18));
    CHECK(start.data(Model::StartRole).toDate() == QDate(2026, 3, 9));
    CHECK(model.indexOf(plan.security).data(Model::FinishRole).toDate() == QDate(2026, 3, 18));
    CHECK(resets.isEmpty());
    CHECK_FALSE(changes.isEmpty());

    ws->undoStack()->undo();
    CHECK(task(ws, plan.configureSso).start == QDate(2026, 3, 2));
    CHECK(task(ws, plan.configureSso).finish == QDate(2026, 3, 6));
    CHECK(task(ws, plan.testSso) == before);
    CHECK(model.indexOf(plan.security).data(Model::FinishRole).toDate() == QDate(2026, 3, 11));
}

TEST_CASE("Editing finish, progress, owners, status and names in the tree are undo steps")
{
    Test::TempWorkspace ws;
    const Test::GanttPlan plan = Test::addGanttPlan(ws);
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(plan.customer);
    const QModelIndex sso = model.indexOf(plan.configureSso);

    REQUIRE(model.setData(sso.siblingAtColumn(Model::FinishColumn), QDate(2026, 3, 10)));
    CHECK(task(ws, plan.configureSso).start == QDate(2026, 3, 2));
    CHECK(task(ws, plan.configureSso).finish == QDate(2026, 3, 10));
    CHECK(task(ws, plan.testSso).start == QDate(2026, 3, 11));
    CHECK(ws->undoStack()->count() == 1);

    // A finish before the start is refused and changes nothing.
    CHECK_FALSE(model.setData(sso.siblingAtColumn(Model::FinishColumn), QDate(2026, 2, 27)));
    CHECK(ws->undoStack()->count() == 1);

    REQUIRE(model.setData(sso.siblingAtColumn(Model::ProgressColumn), 75));
    CHECK(task(ws, plan.configureSso).progress == 75);
    CHECK(sso.siblingAtColumn(Model::ProgressColumn).data().toString() == QStringLiteral("75 %"));
    REQUIRE(model.setData(sso.siblingAtColumn(Model::CustomerOwnerColumn),
                          QStringLiteral("  Ines Vogel ")));
    CHECK(task(ws, plan.configureSso).customerOwner == QStringLiteral("Ines Vogel"));
    REQUIRE(model.setData(sso.siblingAtColumn(Model::VendorOwnerColumn), QStringLiteral("Kim")));
    CHECK(task(ws, plan.configureSso).vendorOwner == QStringLiteral("Kim"));
    REQUIRE(model.setData(sso.siblingAtColumn(Model::StatusColumn), int(TaskStatus::Blocked)));
    CHECK(task(ws, plan.configureSso).status == TaskStatus::Blocked);
    REQUIRE(model.setData(sso, QStringLiteral("Configure SAML SSO")));
    CHECK(task(ws, plan.configureSso).name == QStringLiteral("Configure SAML SSO"));
    CHECK(ws->undoStack()->count() == 6);

    // A workstream's name and owners are its own; its dates are its tasks'.
    const QModelIndex security = model.indexOf(plan.security);
    REQUIRE(model.setData(security.siblingAtColumn(Model::CustomerOwnerColumn),
                          QStringLiteral("Ines Vogel")));
    CHECK(ws->record<Workstream>(plan.security)->customerOwner == QStringLiteral("Ines Vogel"));
    CHECK_FALSE(model.flags(security.siblingAtColumn(Model::StartColumn)) & Qt::ItemIsEditable);
    CHECK_FALSE(model.setData(security.siblingAtColumn(Model::StartColumn), QDate(2026, 3, 1)));

    while (ws->undoStack()->canUndo())
        ws->undoStack()->undo();
    CHECK(task(ws, plan.configureSso).name == QStringLiteral("Configure SSO"));
    CHECK(task(ws, plan.configureSso).finish == QDate(2026, 3, 6));
    CHECK(task(ws, plan.configureSso).progress == 40);
    CHECK(task(ws, plan.testSso).start == QDate(2026, 3, 9));
}

TEST_CASE("A dependency added elsewhere updates the critical path of the rows it touches")
{
    Test::TempWorkspace ws;
    const Test::GanttPlan plan = Test::addGanttPlan(ws);
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(plan.customer);
    const QModelIndex testSso = model.indexOf(plan.testSso);
    REQUIRE_FALSE(testSso.data(Model::CriticalRole).toBool());

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy planChanged(&model, &Model::planChanged);
    // The SSO test ending after the training pushes the go-live and the first value: it
    // becomes the chain that decides the plan's end.
    ws->undoStack()->push(
        makeMoveTask(ws.get(), plan.testSso, QDate(2026, 4, 1), QDate(2026, 4, 7)));
    CHECK(task(ws, plan.firstDispatch).start == QDate(2026, 4, 9));
    CHECK(testSso.data(Model::CriticalRole).toBool());
    bool testSsoRowChanged = false;
    for (const QList<QVariant> &args : std::as_const(changes)) {
        const QModelIndex topLeft = args.at(0).value<QModelIndex>();
        if (topLeft.row() == testSso.row() && topLeft.parent() == testSso.parent())
            testSsoRowChanged = true;
    }
    CHECK(testSsoRowChanged);
    CHECK_FALSE(planChanged.isEmpty());
}
