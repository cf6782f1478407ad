// Renders the success plan page to PNG files for review: a realistic plan with an objective
// selected, an outcome selected, a quick-win warning, the empty state, each also on a dark
// palette. csm-successplan-screenshots [catch options]; files go to $CSM_SCREENSHOT_DIR (or
// the current folder). Built, not run by ctest.
#include "commands/changerecordfield.h"
#include "darkpalette.h"
#include "models/successplantreemodel.h"
#include "screenshotsupport.h"
#include "views/successplan/successplanpage.h"
#include "views/successplanfixture.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyle>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

using Test::outputDir;
using Test::save;

void renderAll(const QString &suffix)
{
    Test::TempWorkspace ws;
    const Test::SamplePlan plan = Test::addSamplePlan(ws);
    const CustomerId empty = Test::addPlainCustomer(ws, QStringLiteral("Contoso Pharma"));

    SuccessPlanPage page(ws.get());
    page.resize(1100, 750);
    page.setCustomer(plan.customer);
    page.show();
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.adminTime));
    save(&page, QStringLiteral("successplan-objective%1.png").arg(suffix));

    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.reporting));
    save(&page, QStringLiteral("successplan-outcome%1.png").arg(suffix));

    // The quick win due too late, and a second one marked.
    ws->undoStack()->push(new ChangeRecordField<Objective>(
        ws.get(), plan.quickWin, ObjectiveField::TargetDate, QDate(2026, 3, 20)));
    ws->undoStack()->push(
        new ChangeRecordField<Objective>(ws.get(), plan.onTime, ObjectiveField::QuickWin, true));
    page.treeView()->setCurrentIndex(page.treeModel()->indexOf(plan.dispatchers));
    save(&page, QStringLiteral("successplan-warnings%1.png").arg(suffix));

    page.setCustomer(empty);
    save(&page, QStringLiteral("successplan-empty%1.png").arg(suffix));
}

} // namespace

TEST_CASE("Render the success plan page")
{
    renderAll(QString());
    Test::useDarkPalette();
    renderAll(QStringLiteral("-dark"));
}
