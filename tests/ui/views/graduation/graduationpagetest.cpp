#include "views/graduation/graduationpage.h"

#include "commands/addcustomer.h"
#include "coretestprinting.h"
#include "models/recordtablemodel.h"
#include "testsupport.h"
#include "views/adoption/kpicard.h"
#include "views/graduation/checklistmark.h"
#include "views/logs/logtable.h"
#include "widgets/optionaldateedit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

using Tone = AdoptionStyle::Tone;

// A customer in value realization, signed 1 December 2025, live since 12 January 2026, first
// value on 20 January; nothing of the graduation checklist done yet. One objective ("tickets
// per week", 0 to 10) achieved with a reading of 12, one (hours, 8 down to 2) still at 6 and
// past its target date: missed. The test clock's today is Monday 2 March 2026.
CustomerId addCustomer(Test::TempWorkspace &ws, const QString &name = QStringLiteral("Birch Co"))
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = name;
    c.signatureDate = QDate(2025, 12, 1);
    c.goLiveDate = QDate(2026, 1, 12);
    c.firstValueDate = QDate(2026, 1, 20);
    c.csmOwner = QStringLiteral("Alex Morgan");
    c.phase = Phase::ValueRealization;
    c.meta = ws->newMeta();

    Outcome outcome;
    outcome.id = OutcomeId::create();
    outcome.customerId = c.id;
    outcome.title = QStringLiteral("Faster support");
    outcome.meta = c.meta;
    file.outcomes.append(outcome);
    const auto objective = [&](const QString &metric, double baseline, double target,
                               const QDate &targetDate, double reading) {
        Objective o;
        o.id = ObjectiveId::create();
        o.customerId = c.id;
        o.outcomeId = outcome.id;
        o.metric = metric;
        o.baseline = baseline;
        o.target = target;
        o.targetDate = targetDate;
        o.meta = c.meta;
        file.objectives.append(o);
        Measurement m;
        m.id = MeasurementId::create();
        m.customerId = c.id;
        m.objectiveId = o.id;
        m.date = QDate(2026, 2, 15);
        m.value = reading;
        m.meta = c.meta;
        file.measurements.append(m);
    };
    objective(QStringLiteral("Tickets closed per week"), 0, 10, QDate(2026, 4, 1), 12);
    objective(QStringLiteral("Hours of admin per week"), 8, 2, QDate(2026, 2, 20), 6);

    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(1000); // records added later sort after the file's own
    return c.id;
}

// Adds a response with the scores through the page, as a user would, and returns its row.
// Each comes a second after the one before, so they list in the order added.
int addResponse(Test::TempWorkspace &ws, GraduationPage &page, const QString &who,
                qint64 satisfaction, qint64 nps)
{
    ws.advance(1000);
    const int row = page.addSurveyResponse();
    REQUIRE(row >= 0);
    RecordTableModel<SurveyResponse> *model = page.surveyModel();
    page.commitPendingEdits();
    REQUIRE(
        model->setData(model->index(row, model->columnOf(SurveyResponseField::Respondent)), who));
    if (satisfaction != 0)
        REQUIRE(model->setData(
            model->index(row, model->columnOf(SurveyResponseField::Satisfaction)), satisfaction));
    if (nps != -1)
        REQUIRE(
            model->setData(model->index(row, model->columnOf(SurveyResponseField::NpsScore)), nps));
    return row;
}

QCheckBox *checkBox(const GraduationPage &page, GraduationItem item)
{
    auto *box = qobject_cast<QCheckBox *>(page.checklistControl(item));
    REQUIRE(box);
    return box;
}

bool isDone(const GraduationPage &page, GraduationItem item)
{
    for (const GraduationCheck &check : page.checks()) {
        if (check.item == item)
            return check.done;
    }
    FAIL("no such checklist item");
    return false;
}

// Clicks the button with `text` of the message box that `action` opens.
void answerMessageBox(const QString &text, const std::function<void()> &action)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text) {
                answered = true;
                button->click();
                return;
            }
        }
        box->reject();
    });
    action();
    CHECK(answered);
}

} // namespace

TEST_CASE("Without a customer the graduation page is blank and disabled")
{
    Test::TempWorkspace ws;
    GraduationPage page(ws.get());
    CHECK_FALSE(page.isEnabled());
    CHECK(page.checks().isEmpty());
    CHECK(page.surveyModel()->rowCount() == 0);
    CHECK_FALSE(page.surveyHint()->isVisibleTo(&page));

    const CustomerId id = addCustomer(ws);
    page.setCustomer(id);
    CHECK(page.isEnabled());
    CHECK(page.checks().size() == graduationItemCount);
    page.setCustomer({});
    CHECK_FALSE(page.isEnabled());
}

TEST_CASE("Ticking a checklist item changes the customer in one undo step and counts as done")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    CHECK(page.progressLabel()->text() == QStringLiteral("0 of 6 done"));
    CHECK(page.progressBar()->value() == 0);
    CHECK(page.openItems().size() == 6);

    const int before = ws->undoStack()->index();
    QCheckBox *reviewed = checkBox(page, GraduationItem::GoalsReviewed);
    CHECK(reviewed->text() == QStringLiteral("Original success plan goals reviewed with the "
                                             "customer"));
    reviewed->click();
    CHECK(ws->customer(id)->graduationGoalsReviewed);
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(isDone(page, GraduationItem::GoalsReviewed));
    CHECK(page.progressLabel()->text() == QStringLiteral("1 of 6 done"));
    CHECK(page.progressBar()->value() == 1);

    ws.advance(5000); // a separate step, not merged with the first tick
    checkBox(page, GraduationItem::NewGoalsSet)->click();
    CHECK(ws->customer(id)->graduationNewGoalsSet);
    CHECK(page.progressLabel()->text() == QStringLiteral("2 of 6 done"));

    ws->undoStack()->undo();
    CHECK_FALSE(ws->customer(id)->graduationNewGoalsSet);
    CHECK_FALSE(checkBox(page, GraduationItem::NewGoalsSet)->isChecked());
    CHECK(page.progressLabel()->text() == QStringLiteral("1 of 6 done"));
    ws->undoStack()->undo();
    CHECK_FALSE(ws->customer(id)->graduationGoalsReviewed);
    CHECK(page.progressLabel()->text() == QStringLiteral("0 of 6 done"));
}

TEST_CASE("The hand-over fields tick their checklist items")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    page.show();
    auto *csmMark =
        qobject_cast<ChecklistMark *>(page.checklistControl(GraduationItem::OngoingCsm));
    REQUIRE(csmMark);
    CHECK(csmMark->shape() == ChecklistMark::Shape::Open);

    SECTION("Ongoing CSM")
    {
        auto *csm = qobject_cast<QLineEdit *>(page.editor(CustomerField::OngoingCsm));
        REQUIRE(csm);
        QTest::keyClicks(csm, QStringLiteral("Grace Okafor"));
        CHECK(ws->customer(id)->ongoingCsm == QStringLiteral("Grace Okafor"));
        CHECK(isDone(page, GraduationItem::OngoingCsm));
        CHECK(csmMark->shape() == ChecklistMark::Shape::Done);
        CHECK(page.checklistDetail(GraduationItem::OngoingCsm)->text() ==
              QStringLiteral("Handed over to Grace Okafor."));
        CHECK(page.progressLabel()->text() == QStringLiteral("1 of 6 done"));
    }

    SECTION("Check-in cadence from the list or typed")
    {
        QComboBox *cadence = page.cadenceCombo();
        CHECK(cadence->currentText().isEmpty());
        CHECK(page.nextCheckInLabel()->text() == QStringLiteral("Agree a cadence first."));
        const int before = ws->undoStack()->index();
        const int monthly = cadence->findText(QStringLiteral("Monthly"));
        REQUIRE(monthly >= 0);
        cadence->setCurrentIndex(monthly);
        Q_EMIT cadence->activated(monthly);
        CHECK(ws->customer(id)->ongoingCheckInCadence == QStringLiteral("Monthly"));
        CHECK(ws->undoStack()->index() == before + 1);
        CHECK(isDone(page, GraduationItem::CheckInCadence));
        // From today, as there is no graduation date yet: 2 April.
        CHECK(page.nextCheckInLabel()->text() ==
              QLocale().toString(QDate(2026, 4, 2), QLocale::LongFormat));

        ws.advance(5000);
        cadence->lineEdit()->selectAll();
        QTest::keyClicks(cadence->lineEdit(), QStringLiteral("every two weeks"));
        CHECK(ws->customer(id)->ongoingCheckInCadence == QStringLiteral("every two weeks"));
        CHECK(ws->undoStack()->index() == before + 2); // typing merges into one step
        ws->undoStack()->undo();
        CHECK(cadence->currentText() == QStringLiteral("Monthly"));
    }

    SECTION("First QBR, not before the graduation date")
    {
        auto *qbr = qobject_cast<OptionalDateEdit *>(page.editor(CustomerField::FirstQbrDate));
        auto *graduation =
            qobject_cast<OptionalDateEdit *>(page.editor(CustomerField::GraduationDate));
        REQUIRE(qbr);
        REQUIRE(graduation);
        Q_EMIT qbr->dateEdited(QDate(2026, 2, 20));
        CHECK(ws->customer(id)->firstQbrDate == QDate(2026, 2, 20));
        // In the past and no graduation yet: not scheduled.
        CHECK_FALSE(isDone(page, GraduationItem::FirstQbr));
        Q_EMIT qbr->dateEdited(QDate(2026, 6, 1));
        CHECK(isDone(page, GraduationItem::FirstQbr));
        Q_EMIT graduation->dateEdited(QDate(2026, 6, 15));
        CHECK_FALSE(isDone(page, GraduationItem::FirstQbr));
        CHECK(page.checklistDetail(GraduationItem::FirstQbr)
                  ->text()
                  .contains(QStringLiteral("before the graduation")));
    }
}

TEST_CASE("Readiness shows objectives achieved, first value, go-live and open log items")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    CHECK(page.readinessLabel(ReadinessFact::Objectives)->text() ==
          QStringLiteral("1 of 2 objectives achieved"));
    CHECK(page.readinessLabel(ReadinessFact::FirstValue)->text() ==
          QStringLiteral("First value reached"));
    CHECK(page.readinessLabel(ReadinessFact::GoLive)->text() == QStringLiteral("Live"));
    CHECK(page.readinessLabel(ReadinessFact::OpenActions)->text() ==
          QStringLiteral("No open actions"));

    ActionItem action;
    action.id = ActionId::create();
    action.customerId = id;
    action.task = QStringLiteral("Send the admin guide");
    action.dueDate = QDate(2026, 2, 1);
    action.meta = ws->newMeta();
    ws->undoStack()->push(new AddRecord<ActionItem>(ws.get(), action));
    CHECK(page.readinessLabel(ReadinessFact::OpenActions)->text() ==
          QStringLiteral("Open actions: 1"));
}

TEST_CASE("Mark as graduated sets the phase and the date in one undo step")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    REQUIRE(page.markGraduatedButton()->isEnabled());

    const int before = ws->undoStack()->index();
    page.graduate();
    CHECK(ws->customer(id)->phase == Phase::Graduated);
    CHECK(ws->customer(id)->graduationDate == QDate(2026, 3, 2));
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(ws->undoStack()->undoText() == QStringLiteral("Mark Birch Co as graduated"));
    CHECK_FALSE(page.markGraduatedButton()->isEnabled());
    CHECK(page.statusLabel()->text() ==
          QStringLiteral("Graduated on %1")
              .arg(QLocale().toString(QDate(2026, 3, 2), QLocale::LongFormat)));

    ws->undoStack()->undo();
    CHECK(ws->customer(id)->phase == Phase::ValueRealization);
    CHECK_FALSE(ws->customer(id)->graduationDate.isValid());
    CHECK(page.markGraduatedButton()->isEnabled());
    ws->undoStack()->redo();
    CHECK(ws->customer(id)->phase == Phase::Graduated);
    CHECK(ws->customer(id)->graduationDate == QDate(2026, 3, 2));
}

TEST_CASE("Mark as graduated asks first while checklist items are open")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    page.show();

    answerMessageBox(QStringLiteral("Cancel"), [&] { page.markAsGraduated(); });
    CHECK(ws->customer(id)->phase == Phase::ValueRealization);

    answerMessageBox(QStringLiteral("Mark as graduated"), [&] { page.markAsGraduated(); });
    CHECK(ws->customer(id)->phase == Phase::Graduated);
    CHECK(ws->customer(id)->graduationDate == ws->today());
}

TEST_CASE("The survey table model passes the model tester")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    QAbstractItemModelTester tester(page.surveyModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.surveyTable()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(id);
    page.show();
    addResponse(ws, page, QStringLiteral("Ana"), 5, 10);
    addResponse(ws, page, QStringLiteral("Ben"), 4, 3);
    page.surveyTable()->proxy()->sort(0, Qt::DescendingOrder);
    page.surveyTable()->view()->selectRow(0);
    page.surveyTable()->removeSelected();
    ws->undoStack()->undo();
    page.setCustomer({});
    CHECK(page.surveyModel()->rowCount() == 0);
}

TEST_CASE("Adding and editing survey responses updates satisfaction and NPS")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    page.show();
    CHECK(page.surveyHint()->isVisible());
    // The page's own hint explains the empty survey; the table does not say it again.
    CHECK_FALSE(page.surveyTable()->emptyHint()->isVisible());
    CHECK_FALSE(page.npsCard()->isVisible());
    CHECK_FALSE(isDone(page, GraduationItem::SurveyCollected));

    const int before = ws->undoStack()->index();
    const int row = page.addSurveyResponse();
    CHECK(row == 0);
    CHECK(ws->undoStack()->index() == before + 1);
    const SurveyResponse added = *page.surveyModel()->recordAt(0);
    CHECK(added.date == ws->today());
    CHECK(added.satisfaction == 0);
    CHECK(added.npsScore == -1);
    CHECK_FALSE(page.surveyHint()->isVisible());
    CHECK(page.npsCard()->isVisible());
    CHECK(page.npsCard()->value() == QStringLiteral("\u2013"));
    CHECK(isDone(page, GraduationItem::SurveyCollected));

    RecordTableModel<SurveyResponse> *model = page.surveyModel();
    const int satisfaction = model->columnOf(SurveyResponseField::Satisfaction);
    const int nps = model->columnOf(SurveyResponseField::NpsScore);
    REQUIRE(model->setData(model->index(0, satisfaction), qint64(5)));
    REQUIRE(model->setData(model->index(0, nps), qint64(10)));
    addResponse(ws, page, QStringLiteral("Ben"), 5, 9);
    addResponse(ws, page, QStringLiteral("Cleo"), 4, 8);
    addResponse(ws, page, QStringLiteral("Dev"), 4, 3);

    // 10 and 9 promote, 8 is passive, 3 detracts: (2 - 1) / 4 = 25.
    CHECK(page.surveySummary().responses == 4);
    CHECK(page.responsesCard()->value() == QStringLiteral("4"));
    CHECK(page.npsCard()->value() == QStringLiteral("25"));
    CHECK(page.npsCard()->detail().startsWith(
        QStringLiteral("Promoters 2 · passives 1 · detractors 1")));
    CHECK(page.npsCard()->tone() == Tone::Bad);
    // (5 + 5 + 4 + 4) / 4 = 4.5: on the target, not above it.
    CHECK(page.satisfactionCard()->value() ==
          QStringLiteral("%1 of 5").arg(QLocale().toString(4.5, 'f', 1)));
    CHECK(page.satisfactionCard()->tone() == Tone::Bad);

    // Dev changes their mind: 5 and a 10. Satisfaction 4.75, NPS (3 - 0) / 4 = 75.
    const int dev = 3;
    REQUIRE(model->setData(model->index(dev, satisfaction), qint64(5)));
    REQUIRE(model->setData(model->index(dev, nps), qint64(10)));
    CHECK(page.npsCard()->value() == QStringLiteral("75"));
    CHECK(page.npsCard()->tone() == Tone::Good);
    CHECK(*page.surveySummary().averageSatisfaction == Approx(4.75));
    CHECK(page.satisfactionCard()->tone() == Tone::Good);

    // Undo brings the figures back: the 10 becomes a 3 again.
    ws->undoStack()->undo();
    CHECK(page.npsCard()->value() == QStringLiteral("25"));
}

TEST_CASE("An invalid survey answer shows its validation message")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    page.show();
    addResponse(ws, page, QStringLiteral("Ana"), 4, 9);
    CHECK_FALSE(page.surveyProblemsLabel()->isVisible());

    RecordTableModel<SurveyResponse> *model = page.surveyModel();
    const QModelIndex satisfaction =
        model->index(0, model->columnOf(SurveyResponseField::Satisfaction));
    // As a colleague's edited file might bring it.
    REQUIRE(model->setData(satisfaction, qint64(7)));
    CHECK(page.surveyProblemsLabel()->isVisible());
    CHECK(page.surveyProblemsLabel()->text() ==
          QStringLiteral("Ana: Satisfaction is a score from 1 to 5."));
    // Left out of the average.
    CHECK_FALSE(page.surveySummary().averageSatisfaction.has_value());
    CHECK(page.satisfactionCard()->value() == QStringLiteral("\u2013"));

    // A date in the future is a problem too.
    const QModelIndex date = model->index(0, model->columnOf(SurveyResponseField::Date));
    REQUIRE(model->setData(date, QDate(2026, 3, 10)));
    CHECK(page.surveyProblemsLabel()->text().contains(
        QStringLiteral("Ana: The survey date is in the future.")));

    // The "with problems" filter finds it.
    QComboBox *filter = page.surveyTable()->filterChoice();
    filter->setCurrentIndex(filter->findText(QStringLiteral("With problems")));
    CHECK(page.surveyTable()->proxy()->rowCount() == 1);

    REQUIRE(model->setData(satisfaction, qint64(3)));
    REQUIRE(model->setData(date, QDate(2026, 2, 27)));
    CHECK_FALSE(page.surveyProblemsLabel()->isVisible());
    CHECK(page.surveyTable()->proxy()->rowCount() == 0);
}

TEST_CASE("Removing several survey responses is one undo step")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws);
    GraduationPage page(ws.get());
    page.setCustomer(id);
    page.show();
    addResponse(ws, page, QStringLiteral("Ana"), 5, 10);
    addResponse(ws, page, QStringLiteral("Ben"), 4, 8);
    addResponse(ws, page, QStringLiteral("Cleo"), 2, 3);
    REQUIRE(page.surveyModel()->rowCount() == 3);

    QTableView *view = page.surveyTable()->view();
    view->clearSelection();
    view->selectionModel()->select(view->model()->index(0, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(view->model()->index(2, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const int before = ws->undoStack()->index();
    page.surveyTable()->removeSelected();
    CHECK(page.surveyModel()->rowCount() == 1);
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(ws->undoStack()->undoText() == QStringLiteral("Remove survey responses"));
    CHECK(page.surveySummary().responses == 1);
    CHECK(page.npsCard()->value() == QStringLiteral("0"));

    ws->undoStack()->undo();
    CHECK(page.surveyModel()->rowCount() == 3);
    CHECK(page.surveySummary().responses == 3);
}

TEST_CASE("A customer without survey responses gets a quiet hint instead of the figures")
{
    Test::TempWorkspace ws;
    const CustomerId empty = addCustomer(ws, QStringLiteral("Empty Co"));
    const CustomerId answered = addCustomer(ws, QStringLiteral("Answered Co"));
    GraduationPage page(ws.get());
    page.setCustomer(answered);
    page.show();
    addResponse(ws, page, QStringLiteral("Ana"), 5, 10);
    CHECK(page.satisfactionCard()->isVisible());
    CHECK_FALSE(page.surveyHint()->isVisible());

    page.setCustomer(empty);
    CHECK(page.surveyHint()->isVisible());
    CHECK(page.surveyHint()->text().startsWith(QStringLiteral("No responses yet.")));
    CHECK_FALSE(page.satisfactionCard()->isVisible());
    CHECK(page.surveyModel()->rowCount() == 0);
}
