#include "views/expansion/expansionpage.h"

#include "commands/addcustomer.h"
#include "coretestprinting.h"
#include "models/recordtablemodel.h"
#include "testsupport.h"
#include "views/expansion/expansionstyle.h"
#include "views/expansion/whitespacemap.h"
#include "views/logs/logtable.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

using Figure = ExpansionPage::Figure;
using Filter = ExpansionPage::Filter;
using WD = WhitespaceDimension;
using OS = OpportunityStatus;

// Figures in US English, whatever the machine's locale, for the duration of a test.
class UsLocale
{
public:
    UsLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~UsLocale() { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

struct Row
{
    WD dimension;
    const char *name;
    OS status;
    qint64 arr;
    const char *advocates;
    const char *skeptics;
};

// A customer in `currency` with the opportunities `rows`, made one second apart so they list
// in this order.
CustomerId addCustomer(Test::TempWorkspace &ws, const QString &name, const QString &currency,
                       const QList<Row> &rows = {})
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.currency = currency;
    file.customer.meta = ws->newMeta();
    int second = 0;
    for (const Row &row : rows) {
        WhitespaceOpportunity o;
        o.id = OpportunityId::create();
        o.customerId = file.customer.id;
        o.dimension = row.dimension;
        o.name = QString::fromUtf8(row.name);
        o.status = row.status;
        o.potentialArr = row.arr;
        o.advocates = QString::fromUtf8(row.advocates);
        o.skeptics = QString::fromUtf8(row.skeptics);
        o.meta = ws->newMeta();
        o.meta.createdAt = o.meta.createdAt.addSecs(++second);
        file.opportunities.append(o);
    }
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(60 * 1000); // opportunities added later list after these
    return file.customer.id;
}

// Maple & Finch's map: 45,000 open (18,000 + 12,000 + 9,000 + 6,000 lost), 6,000 won.
const QList<Row> kMapleRows{
    {WD::Division, "Employment law practice", OS::Proposed, 18000, "James Whitfield",
     "Arjun Mehta"},
    {WD::Geography, "Edinburgh office", OS::Exploring, 12000, "Eleanor Hughes", ""},
    {WD::UseCase, "Client onboarding and KYC", OS::NotStarted, 9000, "Sophie Turner",
     "Compliance team"},
    {WD::UseCase, "Engagement letters", OS::Won, 6000, "James Whitfield", ""},
    {WD::Geography, "Dublin office", OS::Lost, 7000, "", "Eleanor Hughes"},
};

// Whether a cell editor is open in the view (closed ones are hidden before they go).
bool isEditing(QTableView *view)
{
    for (QWidget *child : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible())
            return true;
    }
    return false;
}

int columnOf(ExpansionPage &page, OpportunityField field)
{
    return page.model()->columnOf(field);
}

} // namespace

TEST_CASE("The opportunity model passes the model tester through adds, edits and removals")
{
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    const CustomerId empty =
        addCustomer(ws, QStringLiteral("Quantum Freight"), QStringLiteral("USD"));
    ExpansionPage page(ws.get());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(page.table()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.setCustomer(maple);
    REQUIRE(page.model()->rowCount() == 5);
    CHECK(page.model()->columnCount() == 7);
    CHECK(page.model()
              ->headerData(columnOf(page, OpportunityField::Skeptics), Qt::Horizontal)
              .toString() == QStringLiteral("Skeptics"));

    page.addOpportunity();
    page.setFilter(Filter::Won);
    page.model()->setData(page.model()->index(0, columnOf(page, OpportunityField::Status)),
                          int(OS::Won));
    page.table()->view()->selectAll();
    page.table()->removeSelected();
    ws->undoStack()->undo();
    page.setCustomer(empty);
    CHECK(page.model()->rowCount() == 0);
    page.setCustomer({});
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("Add makes a new opportunity as one undo step and opens it for editing")
{
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    ExpansionPage page(ws.get());
    page.resize(1200, 800);
    page.setCustomer(maple);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    const int before = ws->undoStack()->index();
    page.addOpportunity();
    REQUIRE(page.model()->rowCount() == 6);
    CHECK(ws->undoStack()->index() == before + 1);
    const WhitespaceOpportunity added = *page.model()->recordAt(5);
    CHECK(added.name == QStringLiteral("New opportunity"));
    CHECK(added.status == OS::NotStarted);
    CHECK(added.dimension == WD::Division);
    CHECK(added.customerId == maple);
    // Its row is current, its tile selected and its first cell open in an editor.
    CHECK(page.selectedOpportunities() == QList<OpportunityId>{added.id});
    CHECK(page.map()->selection() == QList<OpportunityId>{added.id});
    CHECK(isEditing(page.table()->view()));
    CHECK(page.map()->tileRect(added.id).isValid());
    CHECK(page.figureText(Figure::Opportunities) == QStringLiteral("6"));

    ws->undoStack()->undo();
    CHECK(page.model()->rowCount() == 5);
    CHECK(page.map()->tileRect(added.id).isNull());
    CHECK(page.figureText(Figure::Opportunities) == QStringLiteral("5"));

    // Filtered on geographies, a new one is a geography.
    page.setFilter(Filter::Geographies);
    page.addOpportunity();
    REQUIRE(page.model()->rowCount() == 6);
    CHECK(page.model()->recordAt(5)->dimension == WD::Geography);
}

TEST_CASE("Editing the status in the table recolours the tile and changes the totals")
{
    const UsLocale us;
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    ExpansionPage page(ws.get());
    page.setCustomer(maple);
    CHECK(page.titleLabel()->text() == QStringLiteral("Maple & Finch Legal"));
    CHECK(page.figureText(Figure::Opportunities) == QStringLiteral("5"));
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("GBP\u00a039,000"));
    CHECK(page.figureText(Figure::WonArr) == QStringLiteral("GBP\u00a06,000"));
    CHECK(page.figureText(Figure::Divisions) == QStringLiteral("GBP\u00a018,000"));
    CHECK(page.figureText(Figure::Geographies) == QStringLiteral("GBP\u00a012,000"));
    CHECK(page.figureText(Figure::UseCases) == QStringLiteral("GBP\u00a09,000"));

    const OpportunityId edinburgh = page.model()->idAt(1);
    const QPalette palette = page.map()->palette();
    CHECK(page.map()->tileColor(edinburgh) == ExpansionStyle::statusColor(OS::Exploring, palette));

    // Through the table's own editor, as a user does: a list of the statuses.
    QTableView *view = page.table()->view();
    page.resize(1200, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    const QModelIndex status = page.table()->proxy()->mapFromSource(
        page.model()->index(1, columnOf(page, OpportunityField::Status)));
    view->setCurrentIndex(status);
    view->edit(status);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    REQUIRE(combo);
    const int before = ws->undoStack()->index();
    combo->setCurrentIndex(combo->findData(int(OS::Won)));
    QTest::keyClick(combo, Qt::Key_Return);
    QApplication::processEvents(); // the delegate commits on the next turn of the event loop
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(page.model()->recordAt(1)->status == OS::Won);
    CHECK(status.data().toString() == QStringLiteral("Won"));

    CHECK(page.map()->tileColor(edinburgh) == ExpansionStyle::statusColor(OS::Won, palette));
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("GBP\u00a027,000"));
    CHECK(page.figureText(Figure::WonArr) == QStringLiteral("GBP\u00a018,000"));
    CHECK(page.figureText(Figure::Geographies) == QStringLiteral("GBP\u00a00"));

    ws->undoStack()->undo();
    CHECK(page.map()->tileColor(edinburgh) == ExpansionStyle::statusColor(OS::Exploring, palette));
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("GBP\u00a039,000"));
}

TEST_CASE("Potential ARR shows in the customer's currency and is edited as a whole amount")
{
    const UsLocale us;
    Test::TempWorkspace ws;
    const CustomerId alpine = addCustomer(
        ws, QStringLiteral("Alpine Manufacturing"), QStringLiteral("CHF"),
        {{WD::Geography, "Werk Brno", OS::Exploring, 30000, "Claudia Meier", "Stefan Keller"}});
    ExpansionPage page(ws.get());
    page.resize(1200, 800);
    page.setCustomer(alpine);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("CHF\u00a030,000"));
    CHECK(page.figureText(Figure::WonArr) == QStringLiteral("CHF\u00a00"));

    QTableView *view = page.table()->view();
    const QModelIndex arr = page.table()->proxy()->mapFromSource(
        page.model()->index(0, columnOf(page, OpportunityField::PotentialArr)));
    view->setCurrentIndex(arr);
    view->edit(arr);
    auto *spin = view->viewport()->findChild<QDoubleSpinBox *>();
    REQUIRE(spin);
    CHECK(spin->value() == 30000.0);
    CHECK(spin->decimals() == 0);
    CHECK(spin->suffix() == QStringLiteral(" CHF"));
    spin->setValue(45000);
    QTest::keyClick(spin, Qt::Key_Return);
    QApplication::processEvents();
    CHECK(page.model()->recordAt(0)->potentialArr == 45000);
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("CHF\u00a045,000"));

    // A change of currency on the customer shows at once.
    Customer changed = *ws->customer(alpine);
    changed.currency = QStringLiteral("EUR");
    REQUIRE(ws->updateCustomer(changed));
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("EUR\u00a045,000"));

    // Where the locale puts the amount first, the code follows it.
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(ExpansionStyle::money(45000, QStringLiteral("EUR"), german) ==
          QStringLiteral("45.000\u00a0EUR"));
}

TEST_CASE("The filters show all, open, won, lost and each dimension's opportunities")
{
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    ExpansionPage page(ws.get());
    page.setCustomer(maple);
    QSortFilterProxyModel *proxy = page.table()->proxy();
    CHECK(page.table()->filterChoice()->count() == 7);
    auto names = [&] {
        QStringList list;
        const int column = columnOf(page, OpportunityField::Name);
        for (int row = 0; row < proxy->rowCount(); ++row)
            list.append(proxy->index(row, column).data().toString());
        list.sort();
        return list;
    };
    CHECK(proxy->rowCount() == 5);
    page.setFilter(Filter::Open);
    CHECK(names() == QStringList{QStringLiteral("Client onboarding and KYC"),
                                 QStringLiteral("Edinburgh office"),
                                 QStringLiteral("Employment law practice")});
    page.setFilter(Filter::Won);
    CHECK(names() == QStringList{QStringLiteral("Engagement letters")});
    page.setFilter(Filter::Lost);
    CHECK(names() == QStringList{QStringLiteral("Dublin office")});
    page.setFilter(Filter::Divisions);
    CHECK(names() == QStringList{QStringLiteral("Employment law practice")});
    page.setFilter(Filter::Geographies);
    CHECK(names() ==
          QStringList{QStringLiteral("Dublin office"), QStringLiteral("Edinburgh office")});
    page.setFilter(Filter::UseCases);
    CHECK(names() == QStringList{QStringLiteral("Client onboarding and KYC"),
                                 QStringLiteral("Engagement letters")});

    // A status change moves a row in or out of the filter.
    page.setFilter(Filter::Open);
    page.model()->setData(page.model()->index(0, columnOf(page, OpportunityField::Status)),
                          int(OS::Lost));
    CHECK(proxy->rowCount() == 2);

    // The search combines with the filter; every column is searched, advocates included.
    page.setFilter(Filter::All);
    page.table()->searchField()->setText(QStringLiteral("whitfield"));
    CHECK(names() == QStringList{QStringLiteral("Employment law practice"),
                                 QStringLiteral("Engagement letters")});
}

TEST_CASE("Removing several opportunities is one undo step")
{
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    ExpansionPage page(ws.get());
    page.setCustomer(maple);
    QTableView *view = page.table()->view();
    QItemSelectionModel *selection = view->selectionModel();
    const QModelIndex first = page.table()->proxy()->index(0, 0);
    const QModelIndex third = page.table()->proxy()->index(2, 0);
    const QModelIndex fourth = page.table()->proxy()->index(3, 0);
    selection->select(first, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(third, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(fourth, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(page.map()->selection().size() == 3);

    const int before = ws->undoStack()->index();
    page.table()->removeSelected();
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(ws->undoStack()->undoText().startsWith(QStringLiteral("Remove 3 expansion")));
    REQUIRE(page.model()->rowCount() == 2);
    CHECK(page.model()->recordAt(0)->name == QStringLiteral("Edinburgh office"));
    CHECK(page.model()->recordAt(1)->name == QStringLiteral("Dublin office"));
    CHECK(page.map()->opportunities().size() == 2);
    CHECK(page.map()->selection().isEmpty());

    ws->undoStack()->undo();
    REQUIRE(page.model()->rowCount() == 5);
    CHECK(page.model()->recordAt(0)->name == QStringLiteral("Employment law practice"));
    CHECK(page.map()->opportunities().size() == 5);
}

TEST_CASE("Clicking a tile selects its row and selecting a row highlights its tile")
{
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    ExpansionPage page(ws.get());
    page.resize(1280, 800);
    page.setCustomer(maple);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    WhitespaceMap *map = page.map();

    // The tiles sit in their dimension's column.
    const OpportunityId employment = page.model()->idAt(0);
    const OpportunityId edinburgh = page.model()->idAt(1);
    const OpportunityId kyc = page.model()->idAt(2);
    const OpportunityId letters = page.model()->idAt(3);
    CHECK(map->columnRect(WD::Division).contains(map->tileRect(employment)));
    CHECK(map->columnRect(WD::Geography).contains(map->tileRect(edinburgh)));
    CHECK(map->columnRect(WD::UseCase).contains(map->tileRect(kyc)));
    CHECK(map->tileRect(kyc).bottom() < map->tileRect(letters).top());
    CHECK(map->opportunityAt(map->tileRect(kyc).center()) == kyc);

    QTest::mouseClick(map, Qt::LeftButton, {}, map->tileRect(kyc).center());
    CHECK(page.selectedOpportunities() == QList<OpportunityId>{kyc});
    CHECK(page.table()->proxy()->mapToSource(page.table()->view()->currentIndex()).row() == 2);
    CHECK(map->selection() == QList<OpportunityId>{kyc});

    // A tile the filter hides: the filter gives way.
    page.setFilter(Filter::Won);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->tileRect(employment).center());
    CHECK(page.table()->filterChoice()->currentIndex() == int(Filter::All));
    CHECK(page.selectedOpportunities() == QList<OpportunityId>{employment});

    // The arrow keys move between tiles, down a column and across.
    QTest::keyClick(map, Qt::Key_Right);
    CHECK(page.selectedOpportunities() == QList<OpportunityId>{edinburgh});
    QTest::keyClick(map, Qt::Key_Right);
    QTest::keyClick(map, Qt::Key_Down);
    CHECK(page.selectedOpportunities() == QList<OpportunityId>{letters});

    // The other way round.
    page.table()->view()->selectRow(0);
    CHECK(map->selection() == QList<OpportunityId>{employment});

    // A double click opens the name for editing.
    QTest::mouseDClick(map, Qt::LeftButton, {}, map->tileRect(edinburgh).center());
    CHECK(isEditing(page.table()->view()));
    CHECK(page.table()->view()->currentIndex().column() == columnOf(page, OpportunityField::Name));
}

TEST_CASE("The empty state shows without opportunities and gives way to the first one")
{
    Test::TempWorkspace ws;
    const CustomerId quantum =
        addCustomer(ws, QStringLiteral("Quantum Freight"), QStringLiteral("USD"));
    ExpansionPage page(ws.get());
    page.resize(1200, 800);
    page.setCustomer(quantum);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.isEnabled());
    CHECK(page.isEmptyStateShown());
    CHECK(page.emptyState()->isVisible());
    CHECK(page.titleLabel()->text() == QStringLiteral("Quantum Freight"));

    const int before = ws->undoStack()->index();
    QTest::mouseClick(page.emptyStateAddButton(), Qt::LeftButton);
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK_FALSE(page.isEmptyStateShown());
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.map()->isVisible());
    CHECK(isEditing(page.table()->view()));
    CHECK(page.figureText(Figure::Opportunities) == QStringLiteral("1"));

    ws->undoStack()->undo();
    CHECK(page.isEmptyStateShown());
}

TEST_CASE("Without a customer the page is disabled and blank")
{
    Test::TempWorkspace ws;
    const CustomerId maple =
        addCustomer(ws, QStringLiteral("Maple & Finch Legal"), QStringLiteral("GBP"), kMapleRows);
    ExpansionPage page(ws.get());
    CHECK_FALSE(page.isEnabled());
    CHECK_FALSE(page.isEmptyStateShown());
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.map()->opportunities().isEmpty());
    CHECK(page.figureText(Figure::OpenArr) == QStringLiteral("\u2013"));

    page.setCustomer(maple);
    CHECK(page.isEnabled());
    CHECK(page.map()->opportunities().size() == 5);

    // The customer deleted from under the page.
    ws->undoStack()->undo();
    CHECK_FALSE(page.isEnabled());
    CHECK(page.map()->opportunities().isEmpty());
    ws->undoStack()->redo();
    CHECK(page.isEnabled());
    CHECK(page.map()->opportunities().size() == 5);
}
