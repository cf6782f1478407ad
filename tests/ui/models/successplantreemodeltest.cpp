#include "models/successplantreemodel.h"

#include "../views/successplanfixture.h"
#include "commands/addrecord.h"
#include "commands/changerecordfield.h"
#include "commands/removecascade.h"
#include "commands/removecustomer.h"
#include "commands/removerecord.h"
#include "coretestprinting.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Csm;
using Model = SuccessPlanTreeModel;

namespace {

template<typename R> typename RecordTraits<R>::Id add(Test::TempWorkspace &ws, R record)
{
    // Records made in the same millisecond would sort by id; keep them in the order made.
    ws.advance(1000);
    record.id = RecordTraits<R>::Id::create();
    record.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<R>(ws.get(), record, QStringLiteral("Add")));
    return record.id;
}

OutcomeId addOutcome(Test::TempWorkspace &ws, const CustomerId &customer, const QString &title)
{
    Outcome outcome;
    outcome.customerId = customer;
    outcome.title = title;
    return add(ws, outcome);
}

ObjectiveId addObjective(Test::TempWorkspace &ws, const OutcomeId &outcome, const QString &metric)
{
    Objective objective;
    objective.customerId = ws->record<Outcome>(outcome)->customerId;
    objective.outcomeId = outcome;
    objective.metric = metric;
    objective.baseline = 8;
    objective.target = 2;
    return add(ws, objective);
}

StepId addStep(Test::TempWorkspace &ws, const ObjectiveId &objective, const QString &task)
{
    OperationalStep step;
    step.customerId = ws->record<Objective>(objective)->customerId;
    step.objectiveId = objective;
    step.task = task;
    return add(ws, step);
}

MeasurementId addMeasurement(Test::TempWorkspace &ws, const ObjectiveId &objective,
                             const QDate &date, double value)
{
    Measurement m;
    m.customerId = ws->record<Objective>(objective)->customerId;
    m.objectiveId = objective;
    m.date = date;
    m.value = value;
    return add(ws, m);
}

// The tree as text: "Outcome A[Objective 1[Step x]]", to compare shapes in one line.
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

} // namespace

TEST_CASE("Success plan tree follows outcomes, objectives and steps through add, remove and undo")
{
    Test::TempWorkspace ws;
    const CustomerId customer = Test::addPlainCustomer(ws, QStringLiteral("Acme"));
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(customer);
    REQUIRE(model.rowCount() == 0);

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    const OutcomeId a = addOutcome(ws, customer, QStringLiteral("A"));
    const OutcomeId b = addOutcome(ws, customer, QStringLiteral("B"));
    const ObjectiveId a1 = addObjective(ws, a, QStringLiteral("a1"));
    addObjective(ws, a, QStringLiteral("a2"));
    const ObjectiveId b1 = addObjective(ws, b, QStringLiteral("b1"));
    addStep(ws, a1, QStringLiteral("s1"));
    const StepId s2 = addStep(ws, a1, QStringLiteral("s2"));
    addStep(ws, b1, QStringLiteral("s3"));
    addMeasurement(ws, a1, QDate(2026, 3, 1), 6);
    CHECK(shape(model) == QStringLiteral("A[a1[s1, s2], a2], B[b1[s3]]"));
    // Row by row, never a reset.
    CHECK(resets.isEmpty());
    CHECK(inserts.size() == 8);

    CHECK(model.kindOf(model.indexOf(a)) == Model::ItemKind::Outcome);
    CHECK(model.kindOf(model.indexOf(a1)) == Model::ItemKind::Objective);
    CHECK(model.kindOf(model.indexOf(s2)) == Model::ItemKind::Step);
    CHECK(model.objectiveAt(model.indexOf(a1)) == a1);
    CHECK(model.outcomeAt(model.indexOf(a1)).isNull());
    CHECK(model.indexOf(s2).parent() == model.indexOf(a1));

    SECTION("Removing an objective takes its steps; undo brings them back in place")
    {
        const QPersistentModelIndex kept = model.indexOf(b1);
        ws->undoStack()->push(makeRemoveObjective(ws.get(), a1));
        CHECK(shape(model) == QStringLiteral("A[a2], B[b1[s3]]"));
        CHECK(kept.isValid());
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1[s1, s2], a2], B[b1[s3]]"));
        ws->undoStack()->redo();
        CHECK(shape(model) == QStringLiteral("A[a2], B[b1[s3]]"));
    }
    SECTION("Removing an outcome takes everything under it; undo brings it all back")
    {
        ws->undoStack()->push(makeRemoveOutcome(ws.get(), a));
        CHECK(shape(model) == QStringLiteral("B[b1[s3]]"));
        CHECK(!model.indexOf(s2).isValid());
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1[s1, s2], a2], B[b1[s3]]"));
    }
    SECTION("Removing a step and undoing adds")
    {
        auto *remove = new RemoveRecord<OperationalStep>(ws.get(), s2);
        ws->undoStack()->push(remove);
        CHECK(shape(model) == QStringLiteral("A[a1[s1], a2], B[b1[s3]]"));
        // Undo the removal and every add, back to the empty plan.
        while (ws->undoStack()->canUndo() && ws->undoStack()->index() > 1)
            ws->undoStack()->undo();
        CHECK(model.rowCount() == 0);
        while (ws->undoStack()->canRedo())
            ws->undoStack()->redo();
        CHECK(shape(model) == QStringLiteral("A[a1[s1], a2], B[b1[s3]]"));
    }
    SECTION("Giving an objective to another outcome moves its row with its steps")
    {
        const QPersistentModelIndex moving = model.indexOf(a1);
        ws->undoStack()->push(
            new ChangeRecordField<Objective>(ws.get(), a1, ObjectiveField::Outcome, b.toString()));
        CHECK(shape(model) == QStringLiteral("A[a2], B[a1[s1, s2], b1[s3]]"));
        // The same row moved (a selection on it survives), not a new one.
        REQUIRE(moving.isValid());
        CHECK(model.objectiveAt(moving) == a1);
        CHECK(moving.parent() == model.indexOf(b));
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1[s1, s2], a2], B[b1[s3]]"));
    }
    SECTION("Deleting the customer empties the tree; undo fills it again")
    {
        ws->undoStack()->push(new RemoveCustomer(ws.get(), customer));
        CHECK(model.rowCount() == 0);
        ws->undoStack()->undo();
        CHECK(shape(model) == QStringLiteral("A[a1[s1, s2], a2], B[b1[s3]]"));
    }
}

TEST_CASE("Success plan tree shows objectives whose outcome is missing at the top level")
{
    Test::TempWorkspace ws;
    const CustomerId customer = Test::addPlainCustomer(ws, QStringLiteral("Acme"));
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(customer);
    const OutcomeId a = addOutcome(ws, customer, QStringLiteral("A"));
    Objective loose;
    loose.customerId = customer;
    loose.metric = QStringLiteral("loose");
    const ObjectiveId looseId = add(ws, loose);
    CHECK(shape(model) == QStringLiteral("A, loose"));
    // Given an outcome, it moves under it.
    ws->undoStack()->push(
        new ChangeRecordField<Objective>(ws.get(), looseId, ObjectiveField::Outcome, a.toString()));
    CHECK(shape(model) == QStringLiteral("A[loose]"));
}

TEST_CASE("Editing success plan cells pushes one field change each")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(plan.customer);
    QUndoStack *stack = ws->undoStack();
    const int before = stack->count();

    REQUIRE(model.setData(model.indexOf(plan.reporting), QStringLiteral("  Halve reporting  ")));
    CHECK(ws->record<Outcome>(plan.reporting)->title == QStringLiteral("Halve reporting"));
    CHECK(model.indexOf(plan.reporting).data().toString() == QStringLiteral("Halve reporting"));

    ws.advance(10000); // past the typing merge window
    REQUIRE(model.setData(model.indexOf(plan.adminTime, Model::DateColumn), QDate(2026, 5, 15)));
    CHECK(ws->record<Objective>(plan.adminTime)->targetDate == QDate(2026, 5, 15));
    REQUIRE(model.setData(model.indexOf(plan.adminTime, Model::CustomerOwnerColumn),
                          QStringLiteral("Sam Lee")));
    CHECK(ws->record<Objective>(plan.adminTime)->customerOwner == QStringLiteral("Sam Lee"));

    const QModelIndex step = model.index(1, Model::StatusColumn, model.indexOf(plan.adminTime));
    REQUIRE(step.data(Qt::CheckStateRole).toInt() == Qt::Unchecked);
    REQUIRE(model.setData(step, Qt::Checked, Qt::CheckStateRole));
    const OperationalStep *record =
        ws->record<OperationalStep>(model.stepAt(step.siblingAtColumn(0)));
    REQUIRE(record);
    CHECK(record->done);
    CHECK(step.data().toString() == QStringLiteral("Done"));
    CHECK(stack->count() == before + 4);

    // Not editable: status, latest; an unchanged value makes no undo step.
    CHECK(!(model.flags(model.indexOf(plan.adminTime, Model::StatusColumn)) & Qt::ItemIsEditable));
    CHECK(!model.setData(model.indexOf(plan.adminTime, Model::LatestColumn), 3));
    CHECK(!model.setData(model.indexOf(plan.adminTime, Model::OwnerColumn),
                         QStringLiteral("Alex Morgan")));
    CHECK(stack->count() == before + 4);

    stack->undo();
    CHECK(!ws->record<OperationalStep>(record->id)->done);
    CHECK(model.index(1, Model::StatusColumn, model.indexOf(plan.adminTime))
              .data(Qt::CheckStateRole)
              .toInt() == Qt::Unchecked);
}

TEST_CASE("Success plan tree shows each objective's status from the core rule and follows readings")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    Model model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(plan.customer);

    auto status = [&](const ObjectiveId &id) {
        return ObjectiveStatus(
            model.indexOf(id, Model::StatusColumn).data(Model::StatusRole).toInt());
    };
    CHECK(status(plan.adminTime) == ObjectiveStatus::OnTrack);
    CHECK(status(plan.quickWin) == ObjectiveStatus::Achieved);
    CHECK(status(plan.onTime) == ObjectiveStatus::OnTrack);
    CHECK(status(plan.dispatchers) == ObjectiveStatus::AtRisk);
    CHECK(model.indexOf(plan.dispatchers, Model::StatusColumn).data().toString() ==
          QStringLiteral("At risk"));
    CHECK(model.indexOf(plan.adminTime, Model::TargetColumn).data().toString() ==
          QStringLiteral("8 → 2 h/week"));
    CHECK(model.indexOf(plan.adminTime, Model::LatestColumn).data().toString() ==
          QStringLiteral("5.5 h/week (42 %)"));
    CHECK(model.indexOf(plan.deliveries, Model::StatusColumn).data().toString() ==
          QStringLiteral("1 of 2 on track"));
    CHECK(model.indexOf(plan.dispatchers)
              .data(Model::StatusReasonRole)
              .toString()
              .contains(QStringLiteral("expected by today")));
    CHECK(model.indexOf(plan.quickWin).data(Model::QuickWinRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    addMeasurement(ws, plan.dispatchers, QDate(2026, 3, 2), 12);
    CHECK(status(plan.dispatchers) == ObjectiveStatus::OnTrack);
    CHECK(model.indexOf(plan.dispatchers, Model::LatestColumn).data().toString() ==
          QStringLiteral("12 dispatchers (30 %)"));
    CHECK(model.indexOf(plan.deliveries, Model::StatusColumn).data().toString() ==
          QStringLiteral("2 of 2 on track"));
    bool statusCellChanged = false;
    const QModelIndex cell = model.indexOf(plan.dispatchers, Model::StatusColumn);
    for (const QList<QVariant> &args : changed) {
        const auto from = args.at(0).value<QModelIndex>();
        const auto to = args.at(1).value<QModelIndex>();
        statusCellChanged =
            statusCellChanged ||
            (from.parent() == cell.parent() && from.row() <= cell.row() && to.row() >= cell.row() &&
             from.column() <= cell.column() && to.column() >= cell.column());
    }
    CHECK(statusCellChanged);

    ws->undoStack()->undo();
    CHECK(status(plan.dispatchers) == ObjectiveStatus::AtRisk);

    // Without readings: no data.
    Objective fresh;
    fresh.customerId = plan.customer;
    fresh.outcomeId = plan.deliveries;
    fresh.metric = QStringLiteral("Fresh");
    const ObjectiveId freshId = add(ws, fresh);
    CHECK(status(freshId) == ObjectiveStatus::NoData);
    CHECK(model.indexOf(freshId, Model::LatestColumn).data().toString().isEmpty());
}
