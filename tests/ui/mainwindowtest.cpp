#include "mainwindow.h"
#include "dialogs/importwizard/importwizard.h"
#include "models/customerfiltermodel.h"
#include "models/recordtablemodel.h"
#include "models/stakeholdermodel.h"
#include "testsupport.h"
#include "views/adoption/adoptionpage.h"
#include "views/customerlist/customerlistpanel.h"
#include "views/expansion/expansionpage.h"
#include "views/graduation/graduationpage.h"
#include "views/handoff/handoffpage.h"
#include "views/kickoff/kickoffpage.h"
#include "views/logs/logspage.h"
#include "views/successplan/successplanpage.h"
#include "views/timeline/timelinepage.h"
#include "views/valuereview/valuereviewpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

std::unique_ptr<Workspace> openAt(const QString &path)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    workspace->setAuthor(QStringLiteral("Test User"));
    return workspace;
}

} // namespace

TEST_CASE("An empty workspace shows the empty state, the sample portfolio fills the list")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("w.csmw"))));
    window.show();
    QStackedWidget *stack = window.centralStack();
    CHECK(stack->currentWidget() != window.handoffPage()->parentWidget()->parentWidget());
    CHECK_FALSE(window.undoAction()->isEnabled());

    window.addSamplePortfolio();
    CHECK(window.workspace()->customerCount() >= 6);
    CHECK(window.customerList()->filterModel()->rowCount() == window.workspace()->customerCount());
    CHECK_FALSE(window.customerList()->currentCustomer().isNull());
    CHECK(window.handoffPage()->isVisible());
    CHECK(window.undoAction()->isEnabled());

    window.undoAction()->trigger();
    CHECK(window.workspace()->customerCount() == 0);
}

TEST_CASE("Delete customer removes it from the list and undo brings it back selected")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("w.csmw"))));
    window.show();
    window.addSamplePortfolio();
    const int count = window.workspace()->customerCount();
    const CustomerId id = *window.workspace()->findCustomer(QStringLiteral("Brightleaf Retail"));
    window.customerList()->selectCustomer(id);
    REQUIRE(window.customerList()->currentCustomer() == id);

    window.deleteCurrentCustomer();
    CHECK(window.workspace()->customerCount() == count - 1);
    CHECK(window.customerList()->currentCustomer() != id);
    CHECK_FALSE(window.customerList()->currentCustomer().isNull());

    window.undoAction()->trigger();
    CHECK(window.workspace()->customerCount() == count);
    CHECK(window.customerList()->currentCustomer() == id);
    CHECK(window.handoffPage()->customer() == id);
}

TEST_CASE("Search and filters in the side panel narrow the customer list")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("w.csmw"))));
    window.show();
    window.addSamplePortfolio();
    CustomerListPanel *panel = window.customerList();

    QTest::keyClicks(panel->searchField(), QStringLiteral("alpine"));
    CHECK(panel->filterModel()->rowCount() == 1);
    panel->searchField()->clear();

    panel->statusFilter()->setCurrentIndex(panel->statusFilter()->findData(int(Status::AtRisk)));
    CHECK(panel->filterModel()->rowCount() == 1);
    panel->statusFilter()->setCurrentIndex(0);
    CHECK(panel->filterModel()->rowCount() == window.workspace()->customerCount());
}

TEST_CASE("Export then import moves a customer between workspaces")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("northwind.json"));
    {
        MainWindow window;
        window.setWorkspace(openAt(dir.filePath(QStringLiteral("a.csmw"))));
        window.addSamplePortfolio();
        window.customerList()->selectCustomer(
            *window.workspace()->findCustomer(QStringLiteral("Northwind Logistics")));
        REQUIRE(window.exportCustomerFile(file));
    }
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("b.csmw"))));
    REQUIRE(window.importCustomerFile(file));
    const auto id = window.workspace()->findCustomer(QStringLiteral("Northwind Logistics"));
    REQUIRE(id);
    CHECK(window.workspace()->stakeholders(*id).size() == 7);
    CHECK(window.customerList()->currentCustomer() == *id);
}

TEST_CASE("Closing the window keeps what is typed in an open stakeholder cell")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.csmw"));
    CustomerId id;
    {
        MainWindow window;
        window.setWorkspace(openAt(path));
        window.show();
        window.addSamplePortfolio();
        id = *window.workspace()->findCustomer(QStringLiteral("Quantum Freight"));
        window.customerList()->selectCustomer(id);
        QTableView *table = window.handoffPage()->stakeholderTable();
        const QModelIndex title = table->model()->index(0, StakeholderModel::TitleColumn);
        table->setCurrentIndex(title);
        table->edit(title);
        QLineEdit *editor = nullptr;
        for (QLineEdit *candidate : table->viewport()->findChildren<QLineEdit *>()) {
            if (candidate->isVisible())
                editor = candidate;
        }
        REQUIRE(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Head of Dispatch"));
        window.close();
    }
    auto workspace = openAt(path);
    CHECK(workspace->stakeholders(id).first().title == QStringLiteral("Head of Dispatch"));
}

TEST_CASE("The customer's pages are one keystroke away, and a risk raised at the kickoff is in the "
          "risk log")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("w.csmw"))));
    window.show();
    window.addSamplePortfolio();
    const CustomerId id = *window.workspace()->findCustomer(QStringLiteral("Quantum Freight"));
    window.customerList()->selectCustomer(id);
    // Shortcuts reach the active window only.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+2")));
    CHECK(window.pages()->currentWidget() == window.kickoffPage());
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+3")));
    CHECK(window.pages()->currentWidget() == window.successPlanPage());
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+4")));
    CHECK(window.pages()->currentWidget() == window.timelinePage());
    CHECK(window.timelinePage()->customer() == id);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+5")));
    CHECK(window.pages()->currentWidget() == window.adoptionPage());
    CHECK(window.adoptionPage()->customer() == id);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+6")));
    CHECK(window.pages()->currentWidget() == window.valueReviewPage());
    CHECK(window.valueReviewPage()->customer() == id);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+7")));
    CHECK(window.pages()->currentWidget() == window.expansionPage());
    CHECK(window.expansionPage()->customer() == id);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+8")));
    CHECK(window.pages()->currentWidget() == window.graduationPage());
    CHECK(window.graduationPage()->customer() == id);
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+9")));
    CHECK(window.pages()->currentWidget() == window.logsPage());
    QStringList tabs;
    for (int i = 0; i < window.pages()->count(); ++i)
        tabs.append(window.pages()->tabText(i));
    CHECK(tabs == QStringList{QStringLiteral("Handoff"), QStringLiteral("Kickoff"),
                              QStringLiteral("Success plan"), QStringLiteral("Timeline"),
                              QStringLiteral("Adoption"), QStringLiteral("Value review"),
                              QStringLiteral("Expansion"), QStringLiteral("Graduation"),
                              QStringLiteral("Logs")});

    REQUIRE(window.logsPage()->riskModel()->rowCount() == 0);
    Risk risk;
    risk.risk = QStringLiteral("Dispatch system freeze in December");
    window.kickoffPage()->raiseRisk(risk);
    REQUIRE(window.logsPage()->riskModel()->rowCount() == 1);
    CHECK(window.logsPage()->riskModel()->recordAt(0)->raisedAtKickoff);
    CHECK(window.logsPage()->riskModel()->index(0, 0).data().toString() == risk.risk);
}

TEST_CASE("The page shown last is shown again, the Timeline among them")
{
    QTemporaryDir dir;
    // Settings of this test only, so that tests running beside it do not change them.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    const QString path = dir.filePath(QStringLiteral("w.csmw"));
    {
        MainWindow window;
        window.setWorkspace(openAt(path));
        window.show();
        window.addSamplePortfolio();
        window.pages()->setCurrentWidget(window.timelinePage());
        window.close();
    }
    {
        MainWindow window;
        window.setWorkspace(openAt(path));
        window.show();
        CHECK(window.pages()->currentWidget() == window.timelinePage());
        // It follows the customer selected in the list.
        const CustomerId id = *window.workspace()->findCustomer(QStringLiteral("Quantum Freight"));
        window.customerList()->selectCustomer(id);
        CHECK(window.timelinePage()->customer() == id);
        window.pages()->setCurrentWidget(window.logsPage());
        window.close();
    }
    MainWindow window;
    window.setWorkspace(openAt(path));
    CHECK(window.pages()->currentWidget() == window.logsPage());
}

TEST_CASE("A page remembered by its place before the Timeline tab came is still found")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    // The Logs page was the fourth tab and was remembered as 3.
    QSettings().setValue(QStringLiteral("mainwindow/page"), 3);
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("w.csmw"))));
    window.addSamplePortfolio();
    CHECK(window.pages()->currentWidget() == window.logsPage());
}

TEST_CASE(
    "Usage data is imported for the selected customer from the File menu or the Adoption page")
{
    QTemporaryDir dir;
    MainWindow window;
    window.setWorkspace(openAt(dir.filePath(QStringLiteral("w.csmw"))));
    window.show();
    CHECK_FALSE(window.importUsageAction()->isEnabled());
    window.addSamplePortfolio();
    const CustomerId id = *window.workspace()->findCustomer(QStringLiteral("Quantum Freight"));
    window.customerList()->selectCustomer(id);
    REQUIRE(window.importUsageAction()->isEnabled());
    QStringList fileMenu;
    for (QAction *action : window.menuBar()->actions().constFirst()->menu()->actions())
        fileMenu.append(action->text());
    CHECK(fileMenu.contains(QStringLiteral("Import &usage data…")));

    window.importUsageAction()->trigger();
    auto *wizard = window.findChild<ImportWizard *>();
    REQUIRE(wizard);
    CHECK(wizard->customer() == id);
    CHECK(wizard->isVisible());
    wizard->close();
    QApplication::processEvents();

    // The page asks for the same wizard, for the customer it shows.
    window.pages()->setCurrentWidget(window.adoptionPage());
    Q_EMIT window.adoptionPage()->importRequested();
    const auto wizards = window.findChildren<ImportWizard *>();
    REQUIRE_FALSE(wizards.isEmpty());
    CHECK(wizards.constLast()->customer() == id);
}
