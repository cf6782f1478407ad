#include "coretestprinting.h"
#include "portfoliofixture.h"

#include "commands/changecustomerfield.h"
#include "portfolio/portfoliotracker.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Csm;
using namespace Csm::Test;
using F = PortfolioFixture;

TEST_CASE("The portfolio tracker recomputes the row of an edited customer")
{
    TempWorkspace ws;
    const OnboardingFile healthy = F::healthy();
    OnboardingFile other = F::healthy();
    other.customer.accountName = QStringLiteral("Other Co");
    REQUIRE(ws->insertOnboardingFile(healthy));
    REQUIRE(ws->insertOnboardingFile(other));

    PortfolioTracker tracker(ws.get());
    tracker.setToday(F::today());
    QSignalSpy reset(&tracker, &PortfolioTracker::reset);
    QSignalSpy changed(&tracker, &PortfolioTracker::rowsChanged);

    // Inactive: nothing is computed until asked.
    QCoreApplication::processEvents();
    CHECK(reset.isEmpty());
    tracker.update();
    REQUIRE(reset.size() == 1);
    REQUIRE(tracker.snapshot().rows().size() == 2);
    CHECK(tracker.snapshot().metrics().alerts == 0);

    tracker.setActive(true);
    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), healthy.customer.id, CustomerField::CsmOwner, QString()));
    CHECK(changed.isEmpty()); // on the next turn of the event loop
    QCoreApplication::processEvents();
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().first().value<QList<CustomerId>>() == QList{healthy.customer.id});
    CHECK(tracker.snapshot().metrics().alerts == 1);
    const int row = tracker.snapshot().indexOf(healthy.customer.id);
    REQUIRE(row >= 0);
    CHECK(tracker.snapshot().rows().at(row).alerts.first().kind == AlertKind::OrphanedAccount);

    // A customer removed: every row again.
    REQUIRE(ws->removeOnboardingFile(other.customer.id, {}));
    QCoreApplication::processEvents();
    CHECK(reset.size() == 2);
    CHECK(tracker.snapshot().rows().size() == 1);

    // Inactive again: changes wait until it is active.
    tracker.setActive(false);
    ws->undoStack()->undo();
    QCoreApplication::processEvents();
    CHECK(changed.size() == 1);
    CHECK(tracker.snapshot().metrics().alerts == 1);
    tracker.setActive(true);
    QCoreApplication::processEvents();
    CHECK(changed.size() == 2);
    CHECK(tracker.snapshot().metrics().alerts == 0);
}
