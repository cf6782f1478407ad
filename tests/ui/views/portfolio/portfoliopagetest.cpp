#include "views/portfolio/portfoliopage.h"
#include "commands/changecustomerfield.h"
#include "mainwindow.h"
#include "portfolio/portfoliotracker.h"
#include "sample/sampleportfolio.h"
#include "testsupport.h"
#include "views/adoption/kpicard.h"
#include "views/customerlist/customerlistpanel.h"
#include "views/portfolio/portfoliodetailpanel.h"
#include "views/portfolio/portfoliofiltermodel.h"
#include "views/portfolio/portfoliometricsview.h"
#include "views/portfolio/portfoliomodel.h"
#include "views/portfolio/snoozealertdialog.h"
#include "views/portfolio/todaymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

void addSample(Test::TempWorkspace &ws)
{
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
}

int activeAlerts(const PortfolioPage &page, const CustomerId &id)
{
    return page.model()->indexOf(id).data(PortfolioModel::ActiveAlertsRole).toInt();
}

QStringList topLevelTitles(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.index(row, 0).data().toString();
    return titles;
}

} // namespace

TEST_CASE("The portfolio models pass the model tester in every grouping and filter")
{
    Test::TempWorkspace ws;
    addSample(ws);
    PortfolioTracker tracker(ws.get());
    tracker.update();
    PortfolioModel model(&tracker);
    PortfolioFilterModel filter;
    filter.setSourceModel(&model);
    TodayModel today(&tracker);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester todayTester(&today,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);

    CHECK(model.rowCount() == ws->customerCount());
    for (int g = 0; g <= int(PortfolioModel::Grouping::Health); ++g) {
        model.setGrouping(PortfolioModel::Grouping(g));
        int customers = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex top = model.index(row, 0);
            customers += g == 0 ? 1 : model.rowCount(top);
        }
        CHECK(customers == ws->customerCount());
        filter.setShow(PortfolioFilterModel::Show::NeedingAttention);
        filter.setShow(PortfolioFilterModel::Show::All);
    }
    // An edit while grouped by owner moves the customer into another group.
    model.setGrouping(PortfolioModel::Grouping::Owner);
    const CustomerId helios = *ws->findCustomer(QStringLiteral("Helios Health Systems"));
    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), helios, CustomerField::CsmOwner, QString()));
    tracker.update();
    CHECK(topLevelTitles(model).last().startsWith(QLatin1String("No CSM owner")));
    CHECK(
        model.indexOf(helios).parent().data().toString().startsWith(QLatin1String("No CSM owner")));
    CHECK(today.rowCount() == int(tracker.snapshot().metrics().todayItems.size()));
}

TEST_CASE("The portfolio page lists every customer, worst health first, and filters them")
{
    Test::TempWorkspace ws;
    addSample(ws);
    PortfolioPage page(ws.get());
    page.resize(1200, 800);
    page.show();
    REQUIRE(page.filterModel()->rowCount() == ws->customerCount());
    QAbstractItemModel *shown = page.filterModel();
    int previous = -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int score =
            shown->index(row, PortfolioModel::HealthColumn).data(PortfolioModel::SortRole).toInt();
        CHECK(score >= previous);
        previous = score;
    }
    CHECK(
        page.summary()->text().startsWith(QStringLiteral("%1 customer").arg(ws->customerCount())));

    QTest::keyClicks(page.searchField(), QStringLiteral("alpine"));
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data().toString() == QLatin1String("Alpine Manufacturing"));
    page.searchField()->clear();

    page.showFilter()->setCurrentIndex(
        page.showFilter()->findData(int(PortfolioFilterModel::Show::Graduated)));
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data().toString() == QLatin1String("Maple & Finch Legal"));
    page.showFilter()->setCurrentIndex(
        page.showFilter()->findData(int(PortfolioFilterModel::Show::NeedingAttention)));
    for (int row = 0; row < shown->rowCount(); ++row)
        CHECK(shown->index(row, 0).data(PortfolioModel::ActiveAlertsRole).toInt() > 0);
    CHECK(shown->rowCount() < ws->customerCount());
    page.showFilter()->setCurrentIndex(0);

    page.groupBy()->setCurrentIndex(page.groupBy()->findData(int(PortfolioModel::Grouping::Phase)));
    const QStringList groups = topLevelTitles(*shown);
    REQUIRE_FALSE(groups.isEmpty());
    CHECK(groups.first().startsWith(QLatin1String("Transition")));
    CHECK(groups.last().startsWith(QLatin1String("Graduated")));
    CHECK(page.table()->isExpanded(shown->index(0, 0)));
    page.groupBy()->setCurrentIndex(0);
}

TEST_CASE("An edit updates the customer's row, health and alerts on the page")
{
    Test::TempWorkspace ws;
    addSample(ws);
    PortfolioPage page(ws.get());
    page.show();
    const CustomerId alpine = *ws->findCustomer(QStringLiteral("Alpine Manufacturing"));
    page.selectCustomer(alpine);
    REQUIRE(page.detailPanel()->customer() == alpine);
    const int before = activeAlerts(page, alpine);
    CHECK_FALSE(page.detailPanel()->openButton(AlertKind::OrphanedAccount));

    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), alpine, CustomerField::CsmOwner, QString()));
    QApplication::processEvents();
    CHECK(activeAlerts(page, alpine) == before + 1);
    // The panel follows, and its button jumps to where it is fixed.
    QPushButton *open = page.detailPanel()->openButton(AlertKind::OrphanedAccount);
    REQUIRE(open);
    CHECK(open->text() == QLatin1String("Go to Handoff"));
    QSignalSpy requested(&page, &PortfolioPage::customerRequested);
    open->click();
    REQUIRE(requested.size() == 1);
    CHECK(requested.first().at(0).value<CustomerId>() == alpine);
    CHECK(requested.first().at(1).toString() == QLatin1String("handoff"));

    // Enter on a row opens the customer.
    page.table()->setFocus();
    QTest::keyClick(page.table(), Qt::Key_Return);
    REQUIRE(requested.size() == 2);
    CHECK(requested.last().at(0).value<CustomerId>() == alpine);

    ws->undoStack()->undo();
    QApplication::processEvents();
    CHECK(activeAlerts(page, alpine) == before);
}

TEST_CASE("Snoozing an alert from the page takes it out of the count until undone")
{
    Test::TempWorkspace ws;
    addSample(ws);
    PortfolioPage page(ws.get());
    page.show();
    const CustomerId alpine = *ws->findCustomer(QStringLiteral("Alpine Manufacturing"));
    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), alpine, CustomerField::CsmOwner, QString()));
    QApplication::processEvents();
    page.selectCustomer(alpine);
    const int active = activeAlerts(page, alpine);
    const int total = page.tracker()->snapshot().metrics().alerts;

    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<SnoozeAlertDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("New CSM named on Monday"));
        dialog->accept();
    });
    QPushButton *snooze = page.detailPanel()->snoozeButton(AlertKind::OrphanedAccount);
    REQUIRE(snooze);
    snooze->click();
    QApplication::processEvents();
    CHECK(activeAlerts(page, alpine) == active - 1);
    CHECK(page.tracker()->snapshot().metrics().alerts == total - 1);
    CHECK(page.model()->indexOf(alpine).data(PortfolioModel::SnoozedAlertsRole).toInt() == 1);
    REQUIRE(ws->records<AlertSnooze>(alpine).size() == 1);
    CHECK(ws->records<AlertSnooze>(alpine).first().note ==
          QLatin1String("New CSM named on Monday"));
    // Shown as snoozed with a way back.
    QPushButton *back = page.detailPanel()->snoozeButton(AlertKind::OrphanedAccount);
    REQUIRE(back);
    CHECK(back->text() == QLatin1String("Bring back"));

    ws->undoStack()->undo();
    QApplication::processEvents();
    CHECK(activeAlerts(page, alpine) == active);
}

TEST_CASE("The metrics tab shows each metric against its target")
{
    Test::TempWorkspace ws;
    addSample(ws);
    PortfolioPage page(ws.get());
    page.show();
    page.tabs()->setCurrentWidget(page.metricsView());
    const PortfolioMetrics &metrics = page.tracker()->snapshot().metrics();
    for (const PortfolioMetric &metric : metrics.metrics) {
        KpiCard *card = page.metricsView()->card(metric.key);
        REQUIRE(card);
        CHECK(card->title() == metric.label);
        const std::optional<bool> onTarget = metric.onTarget();
        if (onTarget)
            CHECK(card->tone() == (*onTarget ? KpiCard::Tone::Good : KpiCard::Tone::Bad));
    }
}

TEST_CASE("The main window opens on the portfolio and jumps from it to a customer's page")
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    const QString path = dir.filePath(QStringLiteral("w.csmw"));
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        REQUIRE(ws);
        ws->setAuthor(QStringLiteral("Test User"));
        ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
        REQUIRE(ws->customerCount() > 0);
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    window.show();
    // Shortcuts reach the active window only.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(window.isPortfolioShown());
    CHECK(window.portfolioAction()->isChecked());
    // The customer selected in the side list is the one selected on the portfolio.
    REQUIRE_FALSE(window.customerList()->currentCustomer().isNull());
    CHECK(window.portfolioPage()->currentCustomer() == window.customerList()->currentCustomer());
    CHECK_FALSE(window.customerList()->isVisible());

    const CustomerId northwind =
        *window.workspace()->findCustomer(QStringLiteral("Northwind Logistics"));
    Q_EMIT window.portfolioPage()->customerRequested(northwind, QStringLiteral("timeline"), {});
    CHECK_FALSE(window.isPortfolioShown());
    CHECK(window.customerList()->isVisible());
    CHECK(window.customerList()->currentCustomer() == northwind);
    CHECK(window.pages()->currentWidget() == reinterpret_cast<QWidget *>(window.timelinePage()));

    // Ctrl+0 goes back home, with the customer still selected.
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+0")));
    CHECK(window.isPortfolioShown());
    CHECK(window.portfolioPage()->currentCustomer() == northwind);
    // Ctrl+2 shows the customer's kickoff.
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+2")));
    CHECK_FALSE(window.isPortfolioShown());
    CHECK(window.pages()->currentIndex() == 1);
}
