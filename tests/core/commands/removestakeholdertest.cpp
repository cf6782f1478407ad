#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/removestakeholder.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Removing a stakeholder leaves a tombstone that undo takes away")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const CustomerId customer = file.customer.id;
    const Stakeholder removed = file.stakeholders.at(0);
    QUndoStack *stack = ws->undoStack();
    stack->push(new AddCustomer(ws.get(), file));

    ws.advance(4000);
    ws->setAuthor(QStringLiteral("Remover"));
    stack->push(new RemoveStakeholder(ws.get(), removed.id));
    CHECK(stack->undoText().contains(removed.name));
    CHECK_FALSE(ws->stakeholder(removed.id));
    CHECK(ws->stakeholders(customer) == QList<Stakeholder>{file.stakeholders.at(1)});
    const QList<Tombstone> tombstones = ws->tombstones(customer);
    REQUIRE(tombstones.size() == 1);
    const Tombstone tombstone = tombstones.first();
    CHECK(tombstone.id == removed.id.toString());
    CHECK(tombstone.entity == QLatin1String("stakeholder"));
    CHECK(tombstone.deletedBy == QLatin1String("Remover"));
    CHECK(tombstone.deletedAt == ws->now());

    ws.advance(1000);
    stack->undo();
    REQUIRE(ws->stakeholder(removed.id));
    CHECK(*ws->stakeholder(removed.id) == removed);
    CHECK(ws->tombstones(customer).isEmpty());
    CHECK(ws->onboardingFile(customer) == file);

    // Redo repeats the same removal, with the same stamp.
    ws.advance(1000);
    stack->redo();
    CHECK(ws->tombstones(customer) == QList<Tombstone>{tombstone});

    ws.reopen();
    CHECK_FALSE(ws->stakeholder(removed.id));
    CHECK(ws->tombstones(customer) == QList<Tombstone>{tombstone});
}

TEST_CASE("An undone stakeholder removal stays undone after a reopen")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws->undoStack()->push(new RemoveStakeholder(ws.get(), file.stakeholders.at(1).id));
    ws->undoStack()->undo();

    ws.reopen();
    CHECK(ws->onboardingFile(file.customer.id) == file);
}

TEST_CASE("Removing a stakeholder that is not there does nothing")
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(new RemoveStakeholder(ws.get(), StakeholderId::create()));
    CHECK(ws->undoStack()->count() == 0);
}
