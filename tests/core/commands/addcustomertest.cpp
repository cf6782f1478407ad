#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/removecustomer.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Adding a customer can be undone and redone, and each state is saved")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const CustomerId id = file.customer.id;
    QUndoStack *stack = ws->undoStack();

    stack->push(new AddCustomer(ws.get(), file));
    CHECK(stack->count() == 1);
    CHECK(stack->undoText().contains(file.customer.accountName));
    CHECK(ws->onboardingFile(id) == file);

    stack->undo();
    CHECK(ws->customerCount() == 0);
    CHECK_FALSE(ws->customer(id));
    CHECK(ws->stakeholders(id).isEmpty());
    CHECK_FALSE(ws->stakeholder(file.stakeholders.at(0).id));
    // A customer that never existed elsewhere leaves no tombstone.
    CHECK(ws->tombstones(id).isEmpty());

    stack->redo();
    CHECK(ws->onboardingFile(id) == file);

    stack->undo();
    ws.reopen();
    CHECK(ws->customerCount() == 0);
    CHECK(ws->tombstones(id).isEmpty());
}

TEST_CASE("Adding a customer that is already there does nothing")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));

    OnboardingFile again = file;
    again.customer.accountName = QStringLiteral("Changed");
    ws->undoStack()->push(new AddCustomer(ws.get(), again));
    CHECK(ws->undoStack()->count() == 1);
    CHECK(ws->customerCount() == 1);
    CHECK(ws->onboardingFile(file.customer.id) == file);
}

TEST_CASE("Adding back a deleted customer clears its tombstones until undone")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const CustomerId id = file.customer.id;
    QUndoStack *stack = ws->undoStack();
    stack->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);
    stack->push(new RemoveCustomer(ws.get(), id));
    const QList<Tombstone> tombstones = ws->tombstones(id);
    REQUIRE(tombstones.size() ==
            3 + 19); // customer, stakeholders, one record of each kind, two tasks

    // The same file comes back, e.g. imported from a colleague's copy.
    stack->push(new AddCustomer(ws.get(), file));
    CHECK(ws->onboardingFile(id) == file);
    CHECK(ws->tombstones(id).isEmpty());

    stack->undo();
    CHECK_FALSE(ws->customer(id));
    CHECK(ws->tombstones(id) == tombstones);
    ws.reopen();
    CHECK_FALSE(ws->customer(id));
    CHECK(ws->tombstones(id) == tombstones);
}

TEST_CASE("A customer that cannot be saved whole is not added in part")
{
    Test::TempWorkspace ws;
    const OnboardingFile first = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), first));

    // A second file that reuses a stakeholder id already in the workspace.
    OnboardingFile clash = Test::fullOnboardingFile(ws->newMeta());
    clash.stakeholders[1].id = first.stakeholders.at(0).id;
    QString failure;
    QObject::connect(ws.get(), &Workspace::storageFailed,
                     [&](const QString &message) { failure = message; });
    ws->undoStack()->push(new AddCustomer(ws.get(), clash));

    CHECK(ws->undoStack()->count() == 1);
    CHECK_FALSE(failure.isEmpty());
    CHECK_FALSE(ws->customer(clash.customer.id));
    CHECK_FALSE(ws->stakeholder(clash.stakeholders.at(0).id));
    CHECK(*ws->stakeholder(first.stakeholders.at(0).id) == first.stakeholders.at(0));
    ws.reopen();
    CHECK(ws->customerIds() == QList<CustomerId>{first.customer.id});
    CHECK_FALSE(ws->stakeholder(clash.stakeholders.at(0).id));
}
