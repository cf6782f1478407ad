// Renders the expansion page to PNG files for review: the sample portfolio's Maple & Finch
// Legal and Alpine Manufacturing, a tile selected, a narrower window, the empty state and no
// customer, each on a light and a dark palette. csm-expansion-screenshots [catch options];
// files go to $CSM_SCREENSHOT_DIR (or the current folder). Built, not run by ctest.
#include "darkpalette.h"
#include "models/recordtablemodel.h"
#include "sample/sampleportfolio.h"
#include "screenshotsupport.h"
#include "testsupport.h"
#include "views/expansion/expansionpage.h"
#include "views/expansion/whitespacemap.h"
#include "views/logs/logtable.h"

#include <QApplication>
#include <QDir>
#include <QTableView>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace Csm;

namespace {

using Test::outputDir;
using Test::save;

CustomerId customerNamed(Workspace &ws, const QString &prefix)
{
    for (const CustomerId &id : ws.customerIds()) {
        if (ws.customer(id)->accountName.startsWith(prefix))
            return id;
    }
    return {};
}

void renderAll(const QString &suffix)
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    const CustomerId maple = customerNamed(*ws, QStringLiteral("Maple"));
    const CustomerId alpine = customerNamed(*ws, QStringLiteral("Alpine"));
    const CustomerId quantum = customerNamed(*ws, QStringLiteral("Quantum"));
    REQUIRE_FALSE(maple.isNull());
    REQUIRE_FALSE(alpine.isNull());
    REQUIRE_FALSE(quantum.isNull());

    ExpansionPage page(ws.get());
    page.resize(1280, 800);
    page.setCustomer(maple);
    page.show();
    save(&page, QStringLiteral("expansion%1.png").arg(suffix));

    // A tile chosen on the map, its row selected below.
    const OpportunityId edinburgh = page.model()->idAt(1);
    page.selectOpportunity(edinburgh);
    page.map()->setFocus();
    save(&page, QStringLiteral("expansion-selected%1.png").arg(suffix));

    // One lost, muted on the map and in the table.
    auto *model = page.model();
    model->setData(model->index(1, model->columnOf(OpportunityField::Status)),
                   int(OpportunityStatus::Lost));
    save(&page, QStringLiteral("expansion-lost%1.png").arg(suffix));
    ws->undoStack()->undo();

    page.setFilter(ExpansionPage::Filter::Open);
    save(&page, QStringLiteral("expansion-open%1.png").arg(suffix));
    page.setFilter(ExpansionPage::Filter::All);

    // Narrow, as beside the customer list.
    page.resize(960, 700);
    save(&page, QStringLiteral("expansion-narrow%1.png").arg(suffix));

    page.resize(1280, 800);
    page.setCustomer(alpine);
    save(&page, QStringLiteral("expansion-alpine%1.png").arg(suffix));

    page.setCustomer(quantum);
    save(&page, QStringLiteral("expansion-empty%1.png").arg(suffix));

    page.setCustomer({});
    save(&page, QStringLiteral("expansion-no-customer%1.png").arg(suffix));
}

} // namespace

TEST_CASE("Render the expansion page")
{
    renderAll(QString());
    Test::useDarkPalette();
    renderAll(QStringLiteral("-dark"));
}
