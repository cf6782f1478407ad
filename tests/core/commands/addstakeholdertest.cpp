#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/addstakeholder.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

Stakeholder newStakeholder(Test::TempWorkspace &ws, const CustomerId &customer)
{
    Stakeholder s;
    s.id = StakeholderId::create();
    s.customerId = customer;
    s.name = QStringLiteral("Nina New");
    s.email = QStringLiteral("nina@example.com");
    s.role = StakeholderRole::PowerUser;
    s.meta = ws->newMeta();
    return s;
}

} // namespace

TEST_CASE("Adding a stakeholder can be undone and redone, and each state is saved")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const CustomerId customer = file.customer.id;
    QUndoStack *stack = ws->undoStack();
    stack->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);

    const Stakeholder added = newStakeholder(ws, customer);
    stack->push(new AddStakeholder(ws.get(), added));
    CHECK(stack->undoText().contains(added.name));
    REQUIRE(ws->stakeholder(added.id));
    CHECK(*ws->stakeholder(added.id) == added);
    CHECK(ws->stakeholders(customer).size() == 3);

    stack->undo();
    CHECK_FALSE(ws->stakeholder(added.id));
    CHECK(ws->stakeholders(customer) == file.stakeholders);
    // Never shared, so nothing to remember about it.
    CHECK(ws->tombstones(customer).isEmpty());

    stack->redo();
    CHECK(*ws->stakeholder(added.id) == added);
    ws.reopen();
    REQUIRE(ws->stakeholder(added.id));
    CHECK(*ws->stakeholder(added.id) == added);
}

TEST_CASE("An undone stakeholder addition stays undone after a reopen")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    const Stakeholder added = newStakeholder(ws, file.customer.id);
    ws->undoStack()->push(new AddStakeholder(ws.get(), added));
    ws->undoStack()->undo();

    ws.reopen();
    CHECK_FALSE(ws->stakeholder(added.id));
    CHECK(ws->onboardingFile(file.customer.id) == file);
}

TEST_CASE("A stakeholder for a customer that is not there is not added")
{
    Test::TempWorkspace ws;
    const Stakeholder orphan = newStakeholder(ws, CustomerId::create());
    ws->undoStack()->push(new AddStakeholder(ws.get(), orphan));
    CHECK(ws->undoStack()->count() == 0);
    CHECK_FALSE(ws->stakeholder(orphan.id));
}
