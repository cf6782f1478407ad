#include "views/successplan/successplanpage.h"

#include "adoption/usageimporter.h"
#include "commands/addrecord.h"
#include "commands/changecustomerfield.h"
#include "commands/changerecordfield.h"
#include "coretestprinting.h"
#include "models/recordtablemodel.h"
#include "models/successplantreemodel.h"
#include "successplanfixture.h"
#include "testsupport.h"
#include "views/successplan/objectivedetailpanel.h"
#include "views/successplan/outcomedetailpanel.h"
#include "widgets/optionaldateedit.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Csm;
using Model = SuccessPlanTreeModel;

namespace {

// The cell editor the tree has open, if any.
QLineEdit *openEditor(SuccessPlanPage &page)
{
    for (auto *edit : page.treeView()->viewport()->findChildren<QLineEdit *>()) {
        if (edit->isVisible())
            return edit;
    }
    return nullptr;
}

void click(QAbstractButton *button)
{
    REQUIRE(button->isEnabled());
    REQUIRE(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Types into the open title editor and presses Enter.
void typeTitle(SuccessPlanPage &page, const QString &text)
{
    QLineEdit *editor = openEditor(page);
    REQUIRE(editor);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
}

template<typename T> T *field(SuccessPlanPage &page, ObjectiveField f)
{
    auto *editor = qobject_cast<T *>(page.objectivePanel()->editor(f));
    REQUIRE(editor);
    return editor;
}

int count(Workspace &ws, const CustomerId &customer)
{
    return int(ws.records<Outcome>(customer).size() + ws.records<Objective>(customer).size() +
               ws.records<OperationalStep>(customer).size() +
               ws.records<Measurement>(customer).size());
}

// The one reading recorded from usage data.
Measurement fromUsage(Workspace &ws, const CustomerId &customer)
{
    QList<Measurement> found;
    for (const Measurement &m : ws.records<Measurement>(customer))
        if (m.note == QStringLiteral("From usage data"))
            found.append(m);
    REQUIRE(found.size() == 1);
    return found.first();
}

// Imports a usage file into the customer's usage data, as the import wizard does, and
// announces it. Around the test clock's day, Monday, March 2, 2026: three users active in the
// last 7 days, a fourth three weeks before; two of them used the dashboard.
void importUsage(Test::TempWorkspace &ws, const CustomerId &customer)
{
    const QString path = ws.dir() + QStringLiteral("/usage.csv");
    Test::writeBytes(path,
                     "user_email,user_role,event,feature,timestamp,duration_s\n"
                     "ana@acme.example,admin,login,,2026-03-02T08:00:00Z,60\n"
                     "ana@acme.example,admin,feature_used,dashboard,2026-03-02T08:05:00Z,600\n"
                     "ben@acme.example,end_user,login,,2026-02-27T09:00:00Z,60\n"
                     "ben@acme.example,end_user,feature_used,dashboard,2026-02-27T09:10:00Z,300\n"
                     "cara@acme.example,end_user,login,,2026-02-25T10:00:00Z,60\n"
                     "dan@acme.example,manager,feature_used,reports,2026-02-09T10:00:00Z,60\n");
    ImportOptions options;
    options.customer = customer;
    options.mapping = guessMapping(ImportKind::Usage,
                                   {QStringLiteral("user_email"), QStringLiteral("user_role"),
                                    QStringLiteral("event"), QStringLiteral("feature"),
                                    QStringLiteral("timestamp"), QStringLiteral("duration_s")});
    options.author = QStringLiteral("Alex Morgan");
    const ImportResult result = UsageImporter(ws.path(), options).run(path);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    REQUIRE(result.imported == 6);
    ws->notifyUsageImported(customer);
}

} // namespace

TEST_CASE("An empty success plan explains 3xO and its button adds the first outcome")
{
    Test::TempWorkspace ws;
    const CustomerId customer = Test::addPlainCustomer(ws, QStringLiteral("Acme"));
    SuccessPlanPage page(ws.get());
    page.setCustomer(customer);
    page.resize(1100, 750);
    page.show();

    REQUIRE(page.isEmptyStateShown());
    REQUIRE(page.emptyState()->isVisible());
    QStringList texts;
    for (const QLabel *label : page.emptyState()->findChildren<QLabel *>())
        texts.append(label->text());
    CHECK(texts.join(QLatin1Char(' ')).contains(QStringLiteral("3xO")));
    CHECK(texts.contains(QStringLiteral("Objectives")));

    const int before = ws->undoStack()->count();
    click(page.emptyStateAddButton());
    REQUIRE(ws->records<Outcome>(customer).size() == 1);
    CHECK(ws->undoStack()->count() == before + 1);
    CHECK(!page.isEmptyStateShown());
    // Selected, and its title open for typing.
    const OutcomeId id = ws->records<Outcome>(customer).first().id;
    CHECK(page.treeModel()->outcomeAt(page.treeView()->currentIndex().siblingAtColumn(0)) == id);
    typeTitle(page, QStringLiteral("Halve reporting time"));
    CHECK(ws->record<Outcome>(id)->title == QStringLiteral("Halve reporting time"));

    // Undoing back to nothing shows the empty state again.
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(page.isEmptyStateShown());
}

TEST_CASE("The page's buttons add an outcome, an objective under it and a step under that")
{
    Test::TempWorkspace ws;
    const CustomerId customer = Test::addPlainCustomer(ws, QStringLiteral("Acme"));
    SuccessPlanPage page(ws.get());
    QAbstractItemModelTester tester(page.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(customer);
    page.resize(1100, 750);
    page.show();
    QUndoStack *stack = ws->undoStack();

    click(page.emptyStateAddButton());
    typeTitle(page, QStringLiteral("Fewer missed deliveries"));
    REQUIRE(page.addObjectiveButton()->isEnabled());
    CHECK(!page.addStepButton()->isEnabled()); // nothing to put a step under yet

    ws.advance(5000);
    int before = stack->count();
    click(page.addObjectiveButton());
    CHECK(stack->count() == before + 1);
    REQUIRE(ws->records<Objective>(customer).size() == 1);
    const Objective objective = ws->records<Objective>(customer).first();
    CHECK(objective.outcomeId == ws->records<Outcome>(customer).first().id);
    CHECK(objective.vendorOwner == QStringLiteral("Alex Morgan"));
    // The new objective is selected, its details shown and its metric open for typing.
    CHECK(page.treeModel()->objectiveAt(page.treeView()->currentIndex().siblingAtColumn(0)) ==
          objective.id);
    CHECK(page.objectivePanel()->isVisible());
    CHECK(page.objectivePanel()->objective() == objective.id);
    typeTitle(page, QStringLiteral("On-time delivery rate"));
    CHECK(ws->record<Objective>(objective.id)->metric == QStringLiteral("On-time delivery rate"));
    CHECK(field<QLineEdit>(page, ObjectiveField::Metric)->text() ==
          QStringLiteral("On-time delivery rate"));

    ws.advance(5000);
    before = stack->count();
    click(page.addStepButton());
    CHECK(stack->count() == before + 1);
    REQUIRE(ws->records<OperationalStep>(customer).size() == 1);
    const StepId step = ws->records<OperationalStep>(customer).first().id;
    CHECK(ws->record<OperationalStep>(step)->objectiveId == objective.id);
    typeTitle(page, QStringLiteral("Set up live ETA alerts"));

    // With the step selected, "Add step" adds a sibling and "Add objective" goes to the outcome.
    ws.advance(5000);
    before = stack->count();
    click(page.addStepButton());
    CHECK(stack->count() == before + 1);
    CHECK(ws->records<OperationalStep>(customer).last().objectiveId == objective.id);
    QTest::keyClick(openEditor(page), Qt::Key_Escape);
    ws.advance(5000);
    click(page.addObjectiveButton());
    CHECK(ws->records<Objective>(customer).size() == 2);
    CHECK(ws->records<Objective>(customer).last().outcomeId == objective.outcomeId);
    QTest::keyClick(openEditor(page), Qt::Key_Escape);

    // The keyboard works too.
    ws.advance(5000);
    before = stack->count();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.treeView()->setFocus();
    QTest::keyClick(page.treeView(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(ws->records<Outcome>(customer).size() == 2);
    CHECK(stack->count() == before + 1);

    // Each add undoes on its own.
    stack->undo();
    CHECK(ws->records<Outcome>(customer).size() == 1);
    stack->undo();
    CHECK(ws->records<Objective>(customer).size() == 1);
}

TEST_CASE(
    "Removing an outcome removes its objectives, steps and measurements and undo restores all")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    SuccessPlanPage page(ws.get());
    QAbstractItemModelTester tester(page.treeModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(plan.customer);
    page.resize(1100, 750);
    page.show();

    const OnboardingFile before = ws->onboardingFile(plan.customer);
    REQUIRE(count(*ws, plan.customer) == 2 + 4 + 6 + 9);
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.reporting));
    CHECK(page.removeButton()->text() == QStringLiteral("Remove outcome"));
    const int steps = ws->undoStack()->count();
    click(page.removeButton());
    CHECK(ws->undoStack()->count() == steps + 1);

    // The reporting outcome had 2 objectives, 4 steps and 5 measurements.
    CHECK(count(*ws, plan.customer) == 1 + 2 + 2 + 4);
    CHECK(!ws->record<Outcome>(plan.reporting));
    CHECK(!ws->record<Objective>(plan.adminTime));
    CHECK(!ws->record<Objective>(plan.quickWin));
    for (const Measurement &m : ws->records<Measurement>(plan.customer))
        CHECK((m.objectiveId == plan.onTime || m.objectiveId == plan.dispatchers));
    CHECK(page.treeModel()->rowCount() == 1);

    ws->undoStack()->undo();
    const OnboardingFile after = ws->onboardingFile(plan.customer);
    CHECK(after.outcomes == before.outcomes);
    CHECK(after.objectives == before.objectives);
    CHECK(after.steps == before.steps);
    CHECK(after.measurements == before.measurements);
    CHECK(page.treeModel()->rowCount() == 2);
    CHECK(page.treeModel()->rowCount(page.treeModel()->indexOf(plan.reporting)) == 2);

    // Delete on the tree removes the selected step only.
    const QModelIndex step =
        page.treeModel()->index(0, 0, page.treeModel()->indexOf(plan.adminTime));
    page.treeView()->setCurrentIndex(step);
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.treeView()->setFocus();
    QTest::keyClick(page.treeView(), Qt::Key_Delete);
    CHECK(count(*ws, plan.customer) == 2 + 4 + 6 + 9 - 1);
}

TEST_CASE("Edits in a tree cell and in the objective details are saved and survive a restart")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    {
        SuccessPlanPage page(ws.get());
        page.setCustomer(plan.customer);
        page.resize(1100, 750);
        page.show();
        QTreeView *tree = page.treeView();

        // The customer owner of an objective, in place.
        const QModelIndex owner =
            page.treeModel()->indexOf(plan.onTime, Model::CustomerOwnerColumn);
        tree->setCurrentIndex(owner);
        tree->edit(owner);
        QLineEdit *editor = openEditor(page);
        REQUIRE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Lena Vogel"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits on the next turn
        CHECK(ws->record<Objective>(plan.onTime)->customerOwner == QStringLiteral("Lena Vogel"));

        // The unit and the baseline, in the detail panel of the selected objective.
        REQUIRE(page.objectivePanel()->objective() == plan.onTime);
        auto *unit = field<QLineEdit>(page, ObjectiveField::Unit);
        unit->setFocus();
        unit->selectAll();
        QTest::keyClicks(unit, QStringLiteral("% on time"));
        auto *baseline = field<QDoubleSpinBox>(page, ObjectiveField::Baseline);
        baseline->setFocus();
        baseline->selectAll();
        QTest::keyClicks(baseline, QStringLiteral("80.5"));
        auto *targetDate = field<OptionalDateEdit>(page, ObjectiveField::TargetDate);
        targetDate->lineEdit()->selectAll();
        QTest::keyClicks(targetDate->lineEdit(), QStringLiteral("2026-06-30"));
        // A field typed here shows in the tree at once.
        CHECK(page.treeModel()->indexOf(plan.onTime, Model::TargetColumn).data().toString() ==
              QStringLiteral("80.5 → 95 % on time"));
        // An open cell editor is saved on request (closing the window, switching customer).
        const QModelIndex title = page.treeModel()->indexOf(plan.deliveries);
        tree->setCurrentIndex(title);
        tree->edit(title);
        QTest::keyClick(openEditor(page), Qt::Key_End);
        QTest::keyClicks(openEditor(page), QStringLiteral(" for good"));
        page.commitPendingEdits();
    }
    ws.reopen();
    const Objective *objective = ws->record<Objective>(plan.onTime);
    REQUIRE(objective);
    CHECK(objective->customerOwner == QStringLiteral("Lena Vogel"));
    CHECK(objective->unit == QStringLiteral("% on time"));
    CHECK(objective->baseline == 80.5);
    CHECK(objective->targetDate == QDate(2026, 6, 30));
    CHECK(ws->record<Outcome>(plan.deliveries)->title ==
          QStringLiteral("Fewer missed deliveries for good"));

    // Shown again after the restart.
    SuccessPlanPage page(ws.get());
    page.setCustomer(plan.customer);
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.onTime));
    CHECK(field<QLineEdit>(page, ObjectiveField::Unit)->text() == QStringLiteral("% on time"));
    CHECK(field<QDoubleSpinBox>(page, ObjectiveField::Baseline)->value() == 80.5);
}

TEST_CASE("Adding measurements updates the latest value, the progress and the status")
{
    Test::TempWorkspace ws;
    const CustomerId customer = Test::addPlainCustomer(ws, QStringLiteral("Acme"));
    SuccessPlanPage page(ws.get());
    page.setCustomer(customer);
    page.resize(1100, 750);
    page.show();

    click(page.emptyStateAddButton());
    typeTitle(page, QStringLiteral("Less admin"));
    ws.advance(1000);
    click(page.addObjectiveButton());
    typeTitle(page, QStringLiteral("Admin time"));
    const ObjectiveId id = ws->records<Objective>(customer).first().id;
    // A falling target: 8 h down to 2 h by the end of March.
    ObjectiveDetailPanel *panel = page.objectivePanel();
    REQUIRE(panel->objective() == id);
    ws->undoStack()->push(
        new ChangeRecordField<Objective>(ws.get(), id, ObjectiveField::Unit, QStringLiteral("h")));
    ws->undoStack()->push(
        new ChangeRecordField<Objective>(ws.get(), id, ObjectiveField::Baseline, 8.0));
    ws->undoStack()->push(
        new ChangeRecordField<Objective>(ws.get(), id, ObjectiveField::Target, 2.0));
    ws->undoStack()->push(new ChangeRecordField<Objective>(ws.get(), id, ObjectiveField::TargetDate,
                                                           QDate(2026, 3, 31)));

    const QModelIndex status = page.treeModel()->indexOf(id, Model::StatusColumn);
    CHECK(panel->statusBadge()->text() == QStringLiteral("No data"));
    CHECK(status.data().toString() == QStringLiteral("No data"));
    CHECK(panel->progressBar()->value() == 0);
    CHECK(panel->latestLabel()->text().contains(QStringLiteral("none yet")));

    // The first reading starts at the baseline and opens its value for typing.
    auto *add = panel->findChild<QAbstractButton *>(QStringLiteral("addMeasurement"));
    REQUIRE(add);
    const int before = ws->undoStack()->count();
    click(add);
    CHECK(ws->undoStack()->count() == before + 1);
    REQUIRE(ws->records<Measurement>(customer).size() == 1);
    const Measurement first = ws->records<Measurement>(customer).first();
    CHECK(first.date == QDate(2026, 3, 2));
    CHECK(first.value == 8);
    CHECK(panel->statusBadge()->text() == QStringLiteral("On track"));

    // Halfway: 5 h.
    RecordTableModel<Measurement> *measurements = panel->measurementModel();
    REQUIRE(measurements->rowCount() == 1);
    REQUIRE(measurements->setData(measurements->index(0, 1), 5.0));
    CHECK(panel->progressBar()->value() == 50);
    CHECK(panel->latestLabel()->text().contains(QStringLiteral("5 h")));
    CHECK(status.data().toString() == QStringLiteral("On track"));
    CHECK(page.treeModel()->indexOf(id, Model::LatestColumn).data().toString() ==
          QStringLiteral("5 h (50 %)"));

    // An earlier, worse reading is not the latest; the table sorts by date.
    ws.advance(1000);
    Measurement earlier;
    earlier.id = MeasurementId::create();
    earlier.customerId = customer;
    earlier.objectiveId = id;
    earlier.date = QDate(2026, 2, 20);
    earlier.value = 9;
    earlier.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<Measurement>(ws.get(), earlier, QStringLiteral("Add")));
    QTableView *table = panel->measurementTable();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(table->model()->index(0, 1).data().toString() == QStringLiteral("9"));
    CHECK(table->model()->index(1, 1).data().toString() == QStringLiteral("5"));
    CHECK(panel->progressBar()->value() == 50);

    // Reaching 2 h achieves it; the bar is full and the badge says so.
    ws.advance(1000);
    click(add);
    const QModelIndex value = table->currentIndex();
    REQUIRE(value.isValid());
    table->model()->setData(value, 1.5);
    CHECK(panel->statusBadge()->text() == QStringLiteral("Achieved"));
    CHECK(panel->statusReasonLabel()->text().contains(QStringLiteral("Target reached")));
    CHECK(panel->progressBar()->value() == 100);
    CHECK(status.data().toString() == QStringLiteral("Achieved"));

    // Removing the reading brings the earlier state back.
    table->selectRow(value.row());
    panel->findChild<QAbstractButton *>(QStringLiteral("removeMeasurement"))->click();
    CHECK(ws->records<Measurement>(customer).size() == 2);
    CHECK(panel->statusBadge()->text() == QStringLiteral("On track"));
    CHECK(panel->progressBar()->value() == 50);
}

TEST_CASE("The quick-win warning shows while the quick win is outside 7 to 14 days after kickoff")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    SuccessPlanPage page(ws.get());
    page.setCustomer(plan.customer);
    page.resize(1100, 750);
    page.show();
    QLabel *warning = page.quickWinWarningLabel();

    // Kickoff 2026-02-20, quick win due 2026-03-04: day 12, fine.
    CHECK(!warning->isVisible());

    // Due 30 days after the kickoff: too late, said at the top of the page.
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.quickWin));
    auto *targetDate = field<OptionalDateEdit>(page, ObjectiveField::TargetDate);
    targetDate->lineEdit()->selectAll();
    QTest::keyClicks(targetDate->lineEdit(), QStringLiteral("2026-03-22"));
    REQUIRE(ws->record<Objective>(plan.quickWin)->targetDate == QDate(2026, 3, 22));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("too late")));

    // Fixed: the warning goes.
    targetDate->lineEdit()->selectAll();
    QTest::keyClicks(targetDate->lineEdit(), QStringLiteral("2026-03-01"));
    CHECK(!warning->isVisible());

    // Moving the kickoff (on another page) brings it back.
    ws->undoStack()->push(new ChangeCustomerField(ws.get(), plan.customer,
                                                  CustomerField::KickoffDate, QDate(2026, 2, 27)));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("too soon")));
    ws->undoStack()->undo();
    CHECK(!warning->isVisible());

    // A second quick win is one too many.
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.onTime));
    field<QCheckBox>(page, ObjectiveField::QuickWin)->click();
    CHECK(ws->record<Objective>(plan.onTime)->quickWin);
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("More than one")));
    CHECK(page.treeModel()->indexOf(plan.onTime).data(Model::QuickWinRole).toBool());
    ws->undoStack()->undo();
    CHECK(!warning->isVisible());

    // No quick win at all: a hint, not a warning.
    CHECK(!page.quickWinHintLabel()->isVisible());
    ws->undoStack()->push(
        new ChangeRecordField<Objective>(ws.get(), plan.quickWin, ObjectiveField::QuickWin, false));
    CHECK(!warning->isVisible());
    CHECK(page.quickWinHintLabel()->isVisible());
}

TEST_CASE("An objective measured from usage takes its readings from the usage data")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    SuccessPlanPage page(ws.get());
    page.setCustomer(plan.customer);
    page.resize(1100, 750);
    page.show();
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.dispatchers));
    ObjectiveDetailPanel *panel = page.objectivePanel();
    REQUIRE(panel->objective() == plan.dispatchers);
    QComboBox *combo = panel->usageMetricCombo();
    REQUIRE(combo);
    CHECK(combo == panel->editor(ObjectiveField::UsageMetric));
    QPushButton *record = panel->recordFromUsageButton();
    REQUIRE(record);
    QUndoStack *stack = ws->undoStack();

    // Without usage data the metrics can be chosen, but nothing can be recorded yet.
    CHECK(combo->currentData().toString().isEmpty());
    CHECK(combo->itemData(0).toString().isEmpty());
    CHECK(combo->findData(QStringLiteral("weekly_active_users")) > 0);
    CHECK(combo->findData(QStringLiteral("feature:dashboard")) < 0);
    CHECK(!record->isEnabled());
    CHECK(record->toolTip().contains(QStringLiteral("No usage data")));

    importUsage(ws, plan.customer);
    // The features of the data are offered now, with their labels.
    const int dashboard = combo->findData(QStringLiteral("feature:dashboard"));
    REQUIRE(dashboard > 0);
    CHECK(combo->itemText(dashboard) == usageMetricLabel(QStringLiteral("feature:dashboard")));
    CHECK(combo->findData(QStringLiteral("feature:reports")) > 0);
    // Still nothing to record from: no metric is chosen.
    CHECK(!record->isEnabled());
    CHECK(record->toolTip().contains(QStringLiteral("Choose the usage metric")));

    // Choosing a metric is one undo step.
    const int weekly = combo->findData(QStringLiteral("weekly_active_users"));
    REQUIRE(weekly > 0);
    CHECK(combo->itemText(weekly) == QStringLiteral("Weekly active users"));
    int before = stack->count();
    combo->setCurrentIndex(weekly);
    Q_EMIT combo->activated(weekly);
    CHECK(stack->count() == before + 1);
    CHECK(ws->record<Objective>(plan.dispatchers)->usageMetric ==
          QStringLiteral("weekly_active_users"));
    REQUIRE(record->isEnabled());
    CHECK(record->toolTip().contains(QStringLiteral("Weekly active users is 3")));
    stack->undo();
    CHECK(ws->record<Objective>(plan.dispatchers)->usageMetric.isEmpty());
    CHECK(combo->currentIndex() == 0);
    CHECK(!record->isEnabled());
    stack->redo();
    CHECK(combo->currentData().toString() == QStringLiteral("weekly_active_users"));

    // Recording adds a reading dated today with the metric's value, also one undo step.
    const qsizetype readings = ws->records<Measurement>(plan.customer).size();
    before = stack->count();
    click(record);
    CHECK(stack->count() == before + 1);
    REQUIRE(ws->records<Measurement>(plan.customer).size() == readings + 1);
    const Measurement added = fromUsage(*ws, plan.customer);
    CHECK(added.objectiveId == plan.dispatchers);
    CHECK(added.date == QDate(2026, 3, 2));
    CHECK(added.value == 3); // ana, ben and cara in the 7 days up to March 2
    CHECK(panel->latestLabel()->text().contains(QStringLiteral("3")));
    stack->undo();
    CHECK(ws->records<Measurement>(plan.customer).size() == readings);

    // A feature's share of the active users, as a percentage: 2 of the 4 used the dashboard.
    combo->setCurrentIndex(dashboard);
    Q_EMIT combo->activated(dashboard);
    REQUIRE(ws->record<Objective>(plan.dispatchers)->usageMetric ==
            QStringLiteral("feature:dashboard"));
    click(record);
    REQUIRE(ws->records<Measurement>(plan.customer).size() == readings + 1);
    const Measurement share = fromUsage(*ws, plan.customer);
    CHECK(share.value == Approx(50));

    // Back to none: measured by hand again.
    combo->setCurrentIndex(0);
    Q_EMIT combo->activated(0);
    CHECK(ws->record<Objective>(plan.dispatchers)->usageMetric.isEmpty());
    CHECK(!record->isEnabled());
}

TEST_CASE("Record from usage stays disabled for a customer without usage data")
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    // The objective names a metric, but the customer has no usage data.
    ws->undoStack()->push(new ChangeRecordField<Objective>(
        ws.get(), plan.onTime, ObjectiveField::UsageMetric, QStringLiteral("feature:tracking")));
    SuccessPlanPage page(ws.get());
    page.setCustomer(plan.customer);
    page.resize(1100, 750);
    page.show();
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.onTime));
    ObjectiveDetailPanel *panel = page.objectivePanel();
    REQUIRE(panel->objective() == plan.onTime);
    // The metric chosen still shows, though the data does not have it.
    QComboBox *combo = panel->usageMetricCombo();
    CHECK(combo->currentData().toString() == QStringLiteral("feature:tracking"));
    CHECK(combo->currentText().contains(QStringLiteral("tracking")));
    CHECK(!panel->recordFromUsageButton()->isEnabled());
    CHECK(panel->recordFromUsageButton()->toolTip().contains(QStringLiteral("No usage data")));
    const qsizetype readings = ws->records<Measurement>(plan.customer).size();
    panel->recordFromUsage();
    CHECK(ws->records<Measurement>(plan.customer).size() == readings);
}
