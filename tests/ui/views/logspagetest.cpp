#include "views/logs/logspage.h"
#include "commands/addcustomer.h"
#include "models/recordtablemodel.h"
#include "testsupport.h"
#include "views/logs/logtable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

// The full test file: one action (in progress, due 2026-02-10), a decision and a risk. The
// test clock says 2026-03-02, so the action is overdue.
CustomerId addFull(Test::TempWorkspace &ws)
{
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(1000); // records added later sort after the file's own
    return file.customer.id;
}

int column(const RecordTableModel<ActionItem> *model, ActionField field)
{
    return model->columnOf(field);
}

} // namespace

TEST_CASE("The action log follows adds, edits, removals and undo")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFull(ws);
    LogsPage page(ws.get());
    page.setCustomer(id);
    RecordTableModel<ActionItem> *model = page.actionModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.actions()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 1);

    const int before = ws->undoStack()->index();
    page.actions()->addRecord();
    CHECK(model->rowCount() == 2);
    CHECK(ws->undoStack()->index() == before + 1);
    const ActionItem added = *model->recordAt(1);
    CHECK(added.owner == QStringLiteral("Test User"));
    CHECK(added.dueDate == ws->today().addDays(7));

    // Set the status through the model, as the delegate does.
    const QModelIndex status = model->index(1, column(model, ActionField::Status));
    REQUIRE(model->setData(status, int(ActionStatus::Blocked)));
    CHECK(ws->record<ActionItem>(added.id)->status == ActionStatus::Blocked);
    CHECK(status.data().toString() == QStringLiteral("Blocked"));

    ws.reopen();
    CHECK(ws->record<ActionItem>(added.id)->status == ActionStatus::Blocked);
}

TEST_CASE("Removing log entries is one undo step that brings them back")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFull(ws);
    LogsPage page(ws.get());
    page.setCustomer(id);
    page.show();
    QTableView *view = page.risks()->view();
    REQUIRE(view->model()->rowCount() == 1);
    view->selectRow(0);
    const int before = ws->undoStack()->index();
    page.risks()->removeSelected();
    CHECK(view->model()->rowCount() == 0);
    CHECK(ws->records<Risk>(id).isEmpty());
    CHECK(ws->tombstones(id).size() == 1);
    CHECK(ws->undoStack()->index() == before + 1);
    ws->undoStack()->undo();
    CHECK(view->model()->rowCount() == 1);
    CHECK(ws->tombstones(id).isEmpty());
}

TEST_CASE("Overdue actions stand out and can be filtered, and search narrows the log")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFull(ws);
    LogsPage page(ws.get());
    page.setCustomer(id);
    RecordTableModel<ActionItem> *model = page.actionModel();
    page.actions()->addRecord(); // due in a week: not overdue
    REQUIRE(model->rowCount() == 2);

    const QModelIndex overdueCell = model->index(0, 0);
    const QModelIndex freshCell = model->index(1, 0);
    CHECK(overdueCell.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    CHECK(freshCell.data(Qt::BackgroundRole).value<QBrush>().style() == Qt::NoBrush);
    CHECK(page.tabs()->tabText(0).contains(QStringLiteral("1 overdue")));

    QComboBox *filter = page.actions()->filterChoice();
    filter->setCurrentIndex(filter->findText(QStringLiteral("Overdue")));
    QSortFilterProxyModel *proxy = page.actions()->proxy();
    REQUIRE(proxy->rowCount() == 1);
    CHECK(proxy->index(0, 0).data().toString() == QStringLiteral("Send SSO metadata"));

    // Marking it done takes it out of the overdue filter and the tab's count.
    const QModelIndex status = model->index(0, model->columnOf(ActionField::Status));
    model->setData(status, int(ActionStatus::Done));
    CHECK(proxy->rowCount() == 0);
    CHECK_FALSE(page.tabs()->tabText(0).contains(QStringLiteral("overdue")));

    filter->setCurrentIndex(0);
    QTest::keyClicks(page.actions()->searchField(), QStringLiteral("sso"));
    CHECK(proxy->rowCount() == 1);
}

TEST_CASE("Sorting the risk log by a column orders its rows")
{
    Test::TempWorkspace ws;
    const CustomerId id = addFull(ws);
    LogsPage page(ws.get());
    page.setCustomer(id);
    RecordTableModel<Risk> *model = page.riskModel();
    Risk second;
    second.risk = QStringLiteral("A vendor strike");
    ws.advance(1000);
    model->addRecord(second, QStringLiteral("Add risk"));
    REQUIRE(model->rowCount() == 2);

    QSortFilterProxyModel *proxy = page.risks()->proxy();
    proxy->sort(model->columnOf(RiskField::Risk), Qt::AscendingOrder);
    CHECK(proxy->index(0, 0).data().toString() == QStringLiteral("A vendor strike"));
    proxy->sort(model->columnOf(RiskField::Risk), Qt::DescendingOrder);
    CHECK(proxy->index(0, 0).data().toString() == QStringLiteral("IT security review is slow"));
}
