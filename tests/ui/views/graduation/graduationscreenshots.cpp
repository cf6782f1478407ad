// Renders the graduation page to PNG files for review: Maple & Finch (graduated, with survey
// responses), the same scrolled to the survey and with an invalid answer, Alpine Manufacturing
// (not graduated, no survey yet), narrower, and no customer, each on a light and a dark palette.
// csm-graduation-screenshots [catch options]; files go to $CSM_SCREENSHOT_DIR (or the current
// folder). Built, not run by ctest.
#include "darkpalette.h"
#include "models/recordtablemodel.h"
#include "sample/sampleportfolio.h"
#include "screenshotsupport.h"
#include "testsupport.h"
#include "views/graduation/graduationpage.h"
#include "views/logs/logtable.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace Csm;

namespace {

using Test::outputDir;
using Test::save;

void scrollTo(GraduationPage &page, int fraction)
{
    // The layout settles first, so the bottom is the bottom.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    if (auto *scroll = page.findChild<QScrollArea *>()) {
        QScrollBar *bar = scroll->verticalScrollBar();
        bar->setValue(bar->maximum() * fraction / 100);
    }
}

void renderAll(const QString &suffix)
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    const std::optional<CustomerId> maple = ws->findCustomer(QStringLiteral("Maple & Finch Legal"));
    const std::optional<CustomerId> alpine =
        ws->findCustomer(QStringLiteral("Alpine Manufacturing"));
    REQUIRE(maple);
    REQUIRE(alpine);

    GraduationPage page(ws.get());
    page.resize(1280, 800);
    page.setCustomer(*maple);
    page.show();
    save(&page, QStringLiteral("graduation-maple%1.png").arg(suffix));

    scrollTo(page, 100);
    save(&page, QStringLiteral("graduation-maple-survey%1.png").arg(suffix));

    // An answer out of range, as a colleague's edited file might bring it.
    RecordTableModel<SurveyResponse> *model = page.surveyModel();
    model->setData(model->index(3, model->columnOf(SurveyResponseField::Satisfaction)), qint64(7));
    scrollTo(page, 100);
    save(&page, QStringLiteral("graduation-maple-invalid%1.png").arg(suffix));
    ws->undoStack()->undo();

    page.setCustomer(*alpine);
    scrollTo(page, 0);
    save(&page, QStringLiteral("graduation-alpine%1.png").arg(suffix));
    scrollTo(page, 100);
    save(&page, QStringLiteral("graduation-alpine-survey%1.png").arg(suffix));

    // Narrow, as beside the customer list.
    page.resize(960, 700);
    page.setCustomer(*maple);
    scrollTo(page, 0);
    save(&page, QStringLiteral("graduation-narrow%1.png").arg(suffix));

    page.resize(1280, 800);
    page.setCustomer({});
    save(&page, QStringLiteral("graduation-none%1.png").arg(suffix));
}

} // namespace

TEST_CASE("Render the graduation page")
{
    renderAll(QString());
    Test::useDarkPalette();
    renderAll(QStringLiteral("-dark"));
}
