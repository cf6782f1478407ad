#include "views/handoff/handoffpage.h"
#include "commands/addcustomer.h"
#include "models/stakeholdermodel.h"
#include "sample/sampleportfolio.h"
#include "testsupport.h"
#include "widgets/markdowneditor.h"
#include "widgets/optionaldateedit.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

CustomerId addCustomer(Test::TempWorkspace &ws, const QString &name)
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.signatureDate = QDate(2026, 2, 20);
    file.customer.csmOwner = QStringLiteral("Cara");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return file.customer.id;
}

template<typename T> T *editorOf(HandoffPage &page, CustomerField field)
{
    auto *editor = qobject_cast<T *>(page.editor(field));
    REQUIRE(editor);
    return editor;
}

} // namespace

TEST_CASE("Typing in the handoff form saves without a save button and survives a restart")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    {
        HandoffPage page(ws.get());
        page.setCustomer(id);
        page.show();

        auto *useCase = editorOf<QPlainTextEdit>(page, CustomerField::PrimaryUseCase);
        useCase->setFocus();
        QTest::keyClicks(useCase, QStringLiteral("Live depot forecast"));
        auto *competitor = editorOf<QLineEdit>(page, CustomerField::CompetitorReplaced);
        QTest::keyClick(useCase, Qt::Key_Tab);
        competitor->setFocus();
        QTest::keyClicks(competitor, QStringLiteral("OldTool"));
        QTest::keyClick(competitor, Qt::Key_Tab);

        auto *kickoff = editorOf<OptionalDateEdit>(page, CustomerField::KickoffDate);
        QTest::keyClicks(kickoff->lineEdit(), QStringLiteral("2026-02-25"));

        auto *phase = editorOf<QComboBox>(page, CustomerField::Phase);
        phase->setCurrentIndex(phase->findData(int(Phase::Kickoff)));
        Q_EMIT phase->activated(phase->currentIndex());

        auto *notes = qobject_cast<MarkdownEditor *>(page.editor(CustomerField::Notes));
        REQUIRE(notes);
        notes->editor()->setFocus();
        QTest::keyClicks(notes->editor(), QStringLiteral("**Peak** season"));
    }
    ws.reopen();
    const Customer *customer = ws->customer(id);
    REQUIRE(customer);
    CHECK(customer->primaryUseCase == QStringLiteral("Live depot forecast"));
    CHECK(customer->competitorReplaced == QStringLiteral("OldTool"));
    CHECK(customer->kickoffDate == QDate(2026, 2, 25));
    CHECK(customer->phase == Phase::Kickoff);
    CHECK(customer->notes == QStringLiteral("**Peak** season"));

    // And the reopened form shows the values.
    HandoffPage page(ws.get());
    page.setCustomer(id);
    CHECK(editorOf<QLineEdit>(page, CustomerField::CompetitorReplaced)->text() ==
          QStringLiteral("OldTool"));
    CHECK(editorOf<OptionalDateEdit>(page, CustomerField::KickoffDate)->date() ==
          QDate(2026, 2, 25));
}

TEST_CASE("Typing a word is one undo step and undo shows the old value in the form")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    HandoffPage page(ws.get());
    page.setCustomer(id);
    page.show();
    const int before = ws->undoStack()->count();

    auto *industry = editorOf<QLineEdit>(page, CustomerField::Industry);
    industry->setFocus();
    QTest::keyClicks(industry, QStringLiteral("Retail"));
    CHECK(ws->undoStack()->count() == before + 1);
    ws->undoStack()->undo();
    CHECK(industry->text().isEmpty());
    CHECK(ws->customer(id)->industry.isEmpty());
    ws->undoStack()->redo();
    CHECK(industry->text() == QStringLiteral("Retail"));
}

TEST_CASE("Required fields and dates before signature show an inline error")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    HandoffPage page(ws.get());
    page.setCustomer(id);
    page.show();

    QLabel *nameError = page.errorLabel(CustomerField::AccountName);
    REQUIRE(nameError);
    CHECK(nameError->isHidden());
    auto *name = editorOf<QLineEdit>(page, CustomerField::AccountName);
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    CHECK(nameError->isVisible());
    CHECK(nameError->text().contains(QStringLiteral("required")));
    QTest::keyClicks(name, QStringLiteral("Acme AG"));
    CHECK(nameError->isHidden());

    auto *handoff = editorOf<OptionalDateEdit>(page, CustomerField::HandoffMeetingDate);
    QTest::keyClicks(handoff->lineEdit(), QStringLiteral("2026-02-01"));
    QLabel *dateError = page.errorLabel(CustomerField::HandoffMeetingDate);
    CHECK(dateError->isVisible());
    CHECK(dateError->text().contains(QStringLiteral("before the signature date")));
}

TEST_CASE("An invalid stakeholder e-mail shows the error under the table")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, QStringLiteral("Acme"));
    HandoffPage page(ws.get());
    page.setCustomer(id);
    page.resize(1200, 900);
    page.show();

    page.addStakeholder(false);
    StakeholderModel *model = page.stakeholderModel();
    REQUIRE(model->rowCount() == 1);
    // A new stakeholder has no name yet: that is flagged at once.
    CHECK(page.stakeholderProblemsLabel()->isVisible());

    // The name cell opens for typing right away; then the e-mail cell, the way a user edits:
    // open the editor, type, press Enter.
    QTableView *table = page.stakeholderTable();
    auto typeInto = [&](int column, const QString &text) {
        const QModelIndex index = model->index(0, column);
        if (table->currentIndex() != index) {
            table->setCurrentIndex(index);
            table->edit(index);
        }
        QLineEdit *line = nullptr;
        for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
            if (candidate->isVisible())
                line = candidate;
        }
        REQUIRE(line);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits on the next event loop pass
    };
    typeInto(StakeholderModel::NameColumn, QStringLiteral("Eva Champion"));
    CHECK(ws->stakeholders(id).first().name == QStringLiteral("Eva Champion"));
    CHECK(page.stakeholderProblemsLabel()->isHidden());

    typeInto(StakeholderModel::EmailColumn, QStringLiteral("eva.example.com"));
    CHECK(ws->stakeholders(id).first().email == QStringLiteral("eva.example.com"));
    CHECK(page.stakeholderProblemsLabel()->isVisible());
    CHECK(page.stakeholderProblemsLabel()->text().contains(QStringLiteral("not a valid e-mail")));
    CHECK(page.stakeholderProblemsLabel()->text().contains(QStringLiteral("Eva Champion")));
}

TEST_CASE("The completeness indicator shows what sales still owes")
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    HandoffPage page(ws.get());
    page.setCustomer(*ws->findCustomer(QStringLiteral("Quantum Freight")));
    const int incomplete = page.completenessBar()->value();
    CHECK(incomplete < 50);
    CHECK(page.missingLabel()->text().contains(QStringLiteral("Success metrics")));
    CHECK(page.missingLabel()->text().contains(QStringLiteral("Decision maker")));

    auto *metrics = editorOf<QPlainTextEdit>(page, CustomerField::SuccessMetrics);
    metrics->setFocus();
    QTest::keyClicks(metrics, QStringLiteral("On-time rate"));
    CHECK(page.completenessBar()->value() > incomplete);
    CHECK_FALSE(page.missingLabel()->text().contains(QStringLiteral("Success metrics")));

    page.setCustomer(*ws->findCustomer(QStringLiteral("Maple & Finch Legal")));
    CHECK(page.completenessBar()->value() == 100);
}
