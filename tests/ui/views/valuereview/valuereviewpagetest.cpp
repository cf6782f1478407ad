#include "views/valuereview/valuereviewpage.h"

#include "commands/addcustomer.h"
#include "coretestprinting.h"
#include "models/recordtablemodel.h"
#include "report/reportnotes.h"
#include "testsupport.h"
#include "views/logs/logtable.h"
#include "views/valuereview/reportpreview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

// Signed on 5 January 2026 with one objective; the test clock's today is 2 March 2026 (day 56).
CustomerId addCustomer(Test::TempWorkspace &ws, const QString &name)
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.signatureDate = QDate(2026, 1, 5);
    file.customer.csmOwner = QStringLiteral("Alex Morgan");
    file.customer.currency = QStringLiteral("EUR");
    file.customer.meta = ws->newMeta();
    Objective objective;
    objective.id = ObjectiveId::create();
    objective.customerId = file.customer.id;
    objective.metric = QStringLiteral("Reports shared a week");
    objective.baseline = 5;
    objective.target = 10;
    objective.targetDate = QDate(2026, 2, 27);
    objective.meta = file.customer.meta;
    file.objectives.append(objective);
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return file.customer.id;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

TEST_CASE("The value review page previews the report the customer will see")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme Freight"));
    ValueReviewPage page(ws.get());
    page.resize(1280, 800);
    page.setCustomer(id);
    page.show();
    page.refreshNow();

    CHECK(page.isEnabled());
    // Day 56: still the value review; the EBR is offered from day 60.
    CHECK(page.kind() == ReportKind::ValueReview);
    CHECK(page.meetingDate() == ws->today());
    CHECK(page.preview()->pageCount() >= 1);
    CHECK(page.content().customerName == QLatin1String("Acme Freight"));
    CHECK(page.pageCountLabel()->text().startsWith(QStringLiteral("Page 1 of")));
    // The page is painted: the preview is not blank.
    const QImage shot = page.preview()->grab().toImage();
    CHECK(shot.pixelColor(int(page.preview()->pageRect(0).center().x()),
                          int(page.preview()->pageRect(0).top()) + 2) == QColor(Qt::white));

    SECTION("each kind offers its own sections")
    {
        CHECK(page.sectionCheck(QStringLiteral("goals")));
        CHECK_FALSE(page.sectionCheck(QStringLiteral("graduation-handover")));
        page.setKind(ReportKind::Graduation);
        CHECK(page.sectionCheck(QStringLiteral("graduation-handover")));
        CHECK(page.sectionCheck(QStringLiteral("survey")));
        page.refreshNow();
        CHECK(page.content().title == QLatin1String("Graduation summary"));
    }

    SECTION("unticking a section leaves it out, as one undo step kept with the customer")
    {
        QCheckBox *goals = page.sectionCheck(QStringLiteral("goals"));
        REQUIRE(goals);
        REQUIRE(goals->isChecked());
        const int steps = ws->undoStack()->count();
        goals->click();
        CHECK(ws->undoStack()->count() == steps + 1);
        CHECK_FALSE(page.content().section(QStringLiteral("goals")));
        CHECK_FALSE(page.commentaryEditor(QStringLiteral("goals"))->isEnabled());
        CHECK_FALSE(savedReportOptions(*ws, id, ReportKind::ValueReview)
                        .sections->contains(QStringLiteral("goals")));

        ws->undoStack()->undo();
        CHECK(goals->isChecked());
        CHECK(page.content().section(QStringLiteral("goals")));
        // The cover cannot be left out.
        CHECK_FALSE(page.sectionCheck(QStringLiteral("cover"))->isEnabled());
    }

    SECTION("commentary shows at once and is saved when typing pauses")
    {
        QPlainTextEdit *editor = page.commentaryEditor(QStringLiteral("adoption"));
        REQUIRE(editor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Second wave in May"));
        CHECK(page.content().section(QStringLiteral("adoption"))->commentary ==
              QLatin1String("Second wave in May"));
        page.commitPendingEdits();
        const ReportNote *note =
            findReportNote(*ws, id, ReportKind::ValueReview, QStringLiteral("adoption"));
        REQUIRE(note);
        CHECK(note->commentary == QLatin1String("Second wave in May"));
        CHECK(ws->undoStack()->undoText() == QLatin1String("Edit the commentary on Adoption"));

        // Undo takes the text out of the editor too.
        ws->undoStack()->undo();
        CHECK(editor->toPlainText().isEmpty());
        // The commentary belongs to the kind of report it was written for.
        ws->undoStack()->redo();
        page.setKind(ReportKind::Ebr);
        CHECK(page.commentaryEditor(QStringLiteral("adoption"))->toPlainText().isEmpty());
        page.setKind(ReportKind::ValueReview);
        CHECK(page.commentaryEditor(QStringLiteral("adoption"))->toPlainText() ==
              QLatin1String("Second wave in May"));
    }

    SECTION("value delivered is entered in the table and totalled")
    {
        QAbstractItemModelTester tester(page.valueModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
        CHECK(page.valueTotalsLabel()->text() == QLatin1String("No value entered yet."));
        CHECK_FALSE(page.content().section(QStringLiteral("value-delivered")));
        page.valueTable()->addRecord();
        REQUIRE(page.valueModel()->rowCount() == 1);
        RecordTableModel<ValueItem> *model = page.valueModel();
        CHECK(model->setData(model->index(0, 0), QStringLiteral("Reports built automatically")));
        CHECK(model->setData(model->index(0, 1), 10.0));
        CHECK(model->setData(model->index(0, 2), 50));
        // 10 hours a month at 50: 6,000 a year.
        CHECK(page.valueTotalsLabel()->text().contains(QStringLiteral("6,000 EUR a year")));
        page.refreshNow();
        REQUIRE(page.content().section(QStringLiteral("value-delivered")));
        // A second value starts with the rate of the last one.
        page.valueTable()->addRecord();
        REQUIRE(model->rowCount() == 2);
        CHECK(model->recordAt(1)->hourlyRate == 50);
    }

    SECTION("the PDF holds what the preview shows, commentary included")
    {
        page.commentaryEditor(QStringLiteral("goals"))
            ->setPlainText(QStringLiteral("We agreed <b>new</b> targets & dates."));
        const QString path = ws.dir() + QStringLiteral("/review.pdf");
        QString error;
        REQUIRE(page.exportPdf(path, &error));
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("Acme Freight")));
        CHECK(text.contains(QStringLiteral("Reports shared a week")));
        CHECK(text.contains(QStringLiteral("We agreed <b>new</b> targets & dates.")));
        // Exporting saved the commentary.
        CHECK(findReportNote(*ws, id, ReportKind::ValueReview, QStringLiteral("goals")));
    }
}

TEST_CASE("The value review page suggests the report the onboarding has reached")
{
    Test::TempWorkspace ws;
    const CustomerId early = addCustomer(ws, QStringLiteral("Early"));
    const CustomerId late = addCustomer(ws, QStringLiteral("Late"));
    Customer customer = *ws->customer(late);
    customer.signatureDate = QDate(2025, 12, 1);
    REQUIRE(ws->updateCustomer(customer));
    const CustomerId graduated = addCustomer(ws, QStringLiteral("Graduated"));
    customer = *ws->customer(graduated);
    customer.phase = Phase::Graduated;
    REQUIRE(ws->updateCustomer(customer));

    ValueReviewPage page(ws.get());
    page.setCustomer(early);
    CHECK(page.kind() == ReportKind::ValueReview);
    page.setCustomer(late);
    CHECK(page.kind() == ReportKind::Ebr);
    page.setCustomer(graduated);
    CHECK(page.kind() == ReportKind::Graduation);
    page.setCustomer(CustomerId());
    CHECK_FALSE(page.isEnabled());
}

TEST_CASE("Switching the kind of report shows only that kind's sections, in its order")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme Freight"));
    ValueReviewPage page(ws.get());
    page.resize(1280, 800);
    page.setCustomer(id);
    page.show();
    page.setKind(ReportKind::Graduation);
    QApplication::processEvents(); // new widgets in a shown layout are shown by the event loop
    // The visible section check boxes, top to bottom, are the graduation summary's.
    QList<QCheckBox *> boxes;
    for (QCheckBox *box : page.findChildren<QCheckBox *>()) {
        if (box->isVisibleTo(&page))
            boxes.append(box);
    }
    std::sort(boxes.begin(), boxes.end(), [&page](QCheckBox *a, QCheckBox *b) {
        return a->mapTo(&page, QPoint()).y() < b->mapTo(&page, QPoint()).y();
    });
    QStringList titles;
    for (QCheckBox *box : boxes)
        titles.append(box->text());
    CHECK(titles == QStringList{QStringLiteral("Cover"), QStringLiteral("Goals and progress"),
                                QStringLiteral("Time to first value"), QStringLiteral("Adoption"),
                                QStringLiteral("Value delivered"),
                                QStringLiteral("Onboarding survey"),
                                QStringLiteral("New goals and next steps"),
                                QStringLiteral("Hand-over to ongoing success management")});
}
