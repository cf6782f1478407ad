#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/addrecord.h"
#include "commands/timelinecommands.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QUndoCommand>

#include <memory>

using namespace Csm;

namespace {

// A customer with one workstream: Setup (Mon 2 - Fri 6 March 2026) -> Testing (Mon 9 - Wed 11)
// -> Go-live (milestone, Thu 12), and Training (Mon 9 - Tue 10) with no link.
struct Plan
{
    CustomerId customer;
    WorkstreamId workstream;
    TaskId setup, testing, goLive, training;
};

PlanTask makeTask(Test::TempWorkspace &ws, const Plan &plan, const QString &name,
                  const QDate &start, const QDate &finish, TaskType type = TaskType::Task)
{
    PlanTask task;
    task.id = TaskId::create();
    task.customerId = plan.customer;
    task.workstreamId = plan.workstream;
    task.name = name;
    task.type = type;
    task.start = start;
    task.finish = finish;
    task.baselineStart = start;
    task.baselineFinish = finish;
    task.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<PlanTask>(ws.get(), task));
    return task;
}

Plan makePlan(Test::TempWorkspace &ws)
{
    Plan plan;
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = QStringLiteral("Contoso");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    plan.customer = file.customer.id;

    Workstream workstream;
    workstream.id = WorkstreamId::create();
    workstream.customerId = plan.customer;
    workstream.name = QStringLiteral("Integrations");
    workstream.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<Workstream>(ws.get(), workstream));
    plan.workstream = workstream.id;

    plan.setup = makeTask(ws, plan, QStringLiteral("Setup"), {2026, 3, 2}, {2026, 3, 6}).id;
    plan.testing = makeTask(ws, plan, QStringLiteral("Testing"), {2026, 3, 9}, {2026, 3, 11}).id;
    plan.goLive = makeTask(ws, plan, QStringLiteral("Go-live"), {2026, 3, 12}, {2026, 3, 12},
                           TaskType::Milestone)
                      .id;
    plan.training = makeTask(ws, plan, QStringLiteral("Training"), {2026, 3, 9}, {2026, 3, 10}).id;
    QString error;
    ws->undoStack()->push(makeAddDependency(ws.get(), plan.setup, plan.testing,
                                            DependencyType::FinishToStart, 0, &error));
    ws->undoStack()->push(makeAddDependency(ws.get(), plan.testing, plan.goLive,
                                            DependencyType::FinishToStart, 0, &error));
    REQUIRE(error.isEmpty());
    ws->undoStack()->clear();
    return plan;
}

QDate startOf(Test::TempWorkspace &ws, const TaskId &id)
{
    return ws->record<PlanTask>(id)->start;
}
QDate finishOf(Test::TempWorkspace &ws, const TaskId &id)
{
    return ws->record<PlanTask>(id)->finish;
}

} // namespace

TEST_CASE("Moving a task later pushes what depends on it, in one undo step")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    // Setup slips by two business days: Wed 4 - Tue 10 March.
    ws->undoStack()->push(makeMoveTask(ws.get(), plan.setup, {2026, 3, 4}, {2026, 3, 10}));
    CHECK(ws->undoStack()->count() == 1);
    CHECK(startOf(ws, plan.testing) == QDate(2026, 3, 11));
    CHECK(finishOf(ws, plan.testing) == QDate(2026, 3, 13));
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 16));  // over the weekend
    CHECK(startOf(ws, plan.training) == QDate(2026, 3, 9)); // not linked: stays

    ws.reopen(); // written through
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 16));
}

TEST_CASE("Undo of a move puts the task and its dependants back")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    ws->undoStack()->push(makeMoveTask(ws.get(), plan.setup, {2026, 3, 4}, {2026, 3, 10}));
    ws->undoStack()->undo();
    CHECK(startOf(ws, plan.setup) == QDate(2026, 3, 2));
    CHECK(startOf(ws, plan.testing) == QDate(2026, 3, 9));
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 12));
    ws->undoStack()->redo();
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 16));
}

TEST_CASE("Moving a task earlier leaves its dependants where they are")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    std::unique_ptr<QUndoCommand> move(
        makeMoveTask(ws.get(), plan.setup, {2026, 2, 23}, {2026, 2, 27}));
    REQUIRE(move);
    move->redo();
    CHECK(startOf(ws, plan.setup) == QDate(2026, 2, 23));
    CHECK(startOf(ws, plan.testing) == QDate(2026, 3, 9));
}

TEST_CASE("A move to where the task already is makes no undo step")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    CHECK(makeMoveTask(ws.get(), plan.setup, {2026, 3, 2}, {2026, 3, 6}) == nullptr);
    CHECK(makeMoveTask(ws.get(), TaskId::create(), {2026, 3, 2}, {2026, 3, 6}) == nullptr);
}

TEST_CASE("A milestone keeps a single day when moved")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    ws->undoStack()->push(makeMoveTask(ws.get(), plan.goLive, {2026, 3, 19}, {2026, 3, 20}));
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 19));
    CHECK(finishOf(ws, plan.goLive) == QDate(2026, 3, 19));
}

TEST_CASE("A link that would make a circle is refused and names the tasks")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    QString error;
    CHECK(makeAddDependency(ws.get(), plan.goLive, plan.setup, DependencyType::FinishToStart, 0,
                            &error) == nullptr);
    CHECK(error.contains(QLatin1String("\"Setup\"")));
    CHECK(error.contains(QLatin1String("\"Testing\"")));
    CHECK(error.contains(QLatin1String("\"Go-live\"")));
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 2);

    error.clear();
    CHECK(makeAddDependency(ws.get(), plan.setup, plan.setup, DependencyType::FinishToStart, 0,
                            &error) == nullptr);
    CHECK_FALSE(error.isEmpty());

    error.clear();
    CHECK(makeAddDependency(ws.get(), plan.setup, plan.testing, DependencyType::FinishToStart, 0,
                            &error) == nullptr);
    CHECK(error.contains(QLatin1String("already")));
}

TEST_CASE("A new link moves its successor as far as needed, and undo takes both back")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    QString error;
    // Training may only start two business days after testing finishes (Wed 11 March).
    ws->undoStack()->push(makeAddDependency(ws.get(), plan.testing, plan.training,
                                            DependencyType::FinishToStart, 2, &error));
    CHECK(error.isEmpty());
    CHECK(ws->undoStack()->count() == 1);
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 3);
    CHECK(startOf(ws, plan.training) == QDate(2026, 3, 16));
    CHECK(finishOf(ws, plan.training) == QDate(2026, 3, 17)); // still two working days
    ws->undoStack()->undo();
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 2);
    CHECK(startOf(ws, plan.training) == QDate(2026, 3, 9));
}

TEST_CASE("Changing a link's lag moves its successor")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    DependencyId link;
    for (const TaskDependency &d : ws->records<TaskDependency>(plan.customer)) {
        if (d.successorId == plan.goLive)
            link = d.id;
    }
    ws->undoStack()->push(makeChangeDependency(ws.get(), link, DependencyType::FinishToStart, 3));
    CHECK(ws->record<TaskDependency>(link)->lagDays == 3);
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 17));
    ws->undoStack()->undo();
    CHECK(ws->record<TaskDependency>(link)->lagDays == 0);
    CHECK(startOf(ws, plan.goLive) == QDate(2026, 3, 12));
}

TEST_CASE("Removing a workstream takes its tasks and their links, and undo restores them")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    ws->undoStack()->push(makeRemoveWorkstream(ws.get(), plan.workstream));
    CHECK(ws->records<Workstream>(plan.customer).isEmpty());
    CHECK(ws->records<PlanTask>(plan.customer).isEmpty());
    CHECK(ws->records<TaskDependency>(plan.customer).isEmpty());
    // 1 workstream, 4 tasks, 2 links.
    CHECK(ws->tombstones(plan.customer).size() == 7);
    ws->undoStack()->undo();
    CHECK(ws->records<PlanTask>(plan.customer).size() == 4);
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 2);
    CHECK(ws->tombstones(plan.customer).isEmpty());
}

TEST_CASE("Removing a task takes its links along")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    ws->undoStack()->push(makeRemoveTask(ws.get(), plan.testing));
    CHECK(ws->records<PlanTask>(plan.customer).size() == 3);
    CHECK(ws->records<TaskDependency>(plan.customer).isEmpty());
    ws->undoStack()->undo();
    CHECK(ws->records<TaskDependency>(plan.customer).size() == 2);
}

TEST_CASE("Removing a gate takes its criteria along")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    PhaseGate gate;
    gate.id = GateId::create();
    gate.customerId = plan.customer;
    gate.kind = GateKind::GoLive;
    gate.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<PhaseGate>(ws.get(), gate));
    GateCriterion criterion;
    criterion.id = CriterionId::create();
    criterion.customerId = plan.customer;
    criterion.gateId = gate.id;
    criterion.criterion = QStringLiteral("SSO verified");
    criterion.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<GateCriterion>(ws.get(), criterion));

    ws->undoStack()->push(makeRemoveGate(ws.get(), gate.id));
    CHECK(ws->records<PhaseGate>(plan.customer).isEmpty());
    CHECK(ws->records<GateCriterion>(plan.customer).isEmpty());
    ws->undoStack()->undo();
    CHECK(ws->records<GateCriterion>(plan.customer).size() == 1);
}

TEST_CASE("Saving the baseline takes the current dates of every task")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    ws->undoStack()->push(makeMoveTask(ws.get(), plan.setup, {2026, 3, 4}, {2026, 3, 10}));
    CHECK(ws->record<PlanTask>(plan.goLive)->baselineStart == QDate(2026, 3, 12));
    ws->undoStack()->push(makeSaveBaseline(ws.get(), plan.customer));
    CHECK(ws->record<PlanTask>(plan.goLive)->baselineStart == QDate(2026, 3, 16));
    CHECK(ws->record<PlanTask>(plan.setup)->baselineFinish == QDate(2026, 3, 10));
    CHECK(ws->record<PlanTask>(plan.training)->baselineStart == QDate(2026, 3, 9));
    CHECK(makeSaveBaseline(ws.get(), plan.customer) == nullptr); // nothing left to save
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.goLive)->baselineStart == QDate(2026, 3, 12));
}

TEST_CASE("Only one milestone is the first-value milestone")
{
    Test::TempWorkspace ws;
    const Plan plan = makePlan(ws);
    ws->undoStack()->push(makeSetFirstValueMilestone(ws.get(), plan.goLive));
    CHECK(ws->record<PlanTask>(plan.goLive)->firstValue);
    ws->undoStack()->push(makeSetFirstValueMilestone(ws.get(), plan.testing));
    CHECK(ws->record<PlanTask>(plan.testing)->firstValue);
    CHECK_FALSE(ws->record<PlanTask>(plan.goLive)->firstValue);
    CHECK(makeSetFirstValueMilestone(ws.get(), plan.testing) == nullptr);
    ws->undoStack()->undo();
    CHECK(ws->record<PlanTask>(plan.goLive)->firstValue);
    CHECK_FALSE(ws->record<PlanTask>(plan.testing)->firstValue);
}
