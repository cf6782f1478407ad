// Renders the Gantt view to PNG files for review: the sample plan at week and month zoom with
// a task selected, on light and dark palettes, and its PNG and PDF exports.
// csm-gantt-screenshots [catch options]; files go to $CSM_SCREENSHOT_DIR (or the current
// folder). Built, not run by ctest.
#include "darkpalette.h"
#include "ganttfixture.h"
#include "views/gantt/ganttchart.h"
#include "views/gantt/ganttmodel.h"
#include "views/gantt/ganttview.h"

#include <QApplication>
#include <QDir>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariable("CSM_SCREENSHOT_DIR", QStringLiteral("."));
    QDir().mkpath(dir);
    return dir;
}

void save(QWidget *widget, const QString &name)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QString path = outputDir() + QLatin1Char('/') + name;
    CHECK(widget->grab().save(path));
    std::printf("wrote %s\n", qPrintable(path));
}

void renderAll(const QString &suffix)
{
    Test::TempWorkspace ws;
    const Test::GanttPlan plan = Test::addGanttPlan(ws);
    Test::addEasterHolidays(ws);

    GanttView view(ws.get());
    view.resize(1400, 640);
    view.setCustomer(plan.customer);
    view.show();
    view.setZoom(GanttView::Zoom::Week);
    view.selectTask(plan.configureSso);
    view.chart()->scrollToDate(QDate(2026, 2, 16));
    save(&view, QStringLiteral("gantt-week%1.png").arg(suffix));

    view.setZoom(GanttView::Zoom::Month);
    view.chart()->scrollToDate(QDate(2026, 2, 20));
    save(&view, QStringLiteral("gantt-month%1.png").arg(suffix));

    view.setZoom(GanttView::Zoom::Day);
    view.chart()->scrollToDate(QDate(2026, 3, 2));
    save(&view, QStringLiteral("gantt-day%1.png").arg(suffix));

    view.setZoom(GanttView::Zoom::Quarter);
    save(&view, QStringLiteral("gantt-quarter%1.png").arg(suffix));

    // Halfway through a drag of Configure SSO three days later, and through drawing a link.
    view.setZoom(GanttView::Zoom::Week);
    view.chart()->scrollToDate(QDate(2026, 2, 16));
    QApplication::processEvents();
    QWidget *viewport = view.chart()->viewport();
    const QModelIndex sso = view.model()->indexOf(plan.configureSso);
    const QPoint from = view.chart()->barRect(sso).center().toPoint();
    const QPoint to = from + QPoint(int(3 * view.chart()->dayWidth()), 0);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(viewport, (from + to) / 2);
    QTest::mouseMove(viewport, to);
    save(&view, QStringLiteral("gantt-drag%1.png").arg(suffix));
    QTest::keyClick(view.chart(), Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, to);

    const QPoint handle =
        view.chart()->linkHandle(view.model()->indexOf(plan.questionnaire)).toPoint();
    const QPoint target =
        view.chart()->barRect(view.model()->indexOf(plan.mapFields)).center().toPoint();
    QTest::mouseMove(viewport, handle);
    QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, handle);
    QTest::mouseMove(viewport, (handle + target) / 2);
    QTest::mouseMove(viewport, target);
    save(&view, QStringLiteral("gantt-link%1.png").arg(suffix));
    QTest::keyClick(view.chart(), Qt::Key_Escape);
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, target);

    if (suffix.isEmpty()) {
        view.setZoom(GanttView::Zoom::Week);
        QString error;
        CHECK(view.exportPng(outputDir() + QStringLiteral("/gantt-export.png"), &error));
        CHECK(view.exportPdf(outputDir() + QStringLiteral("/gantt-export.pdf"), &error));
    }
}

} // namespace

TEST_CASE("Render the Gantt view")
{
    renderAll(QString());
    Test::useDarkPalette();
    renderAll(QStringLiteral("-dark"));
}
