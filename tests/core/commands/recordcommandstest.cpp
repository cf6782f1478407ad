#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/addrecord.h"
#include "commands/changerecordfield.h"
#include "commands/removecascade.h"
#include "commands/removecustomer.h"
#include "commands/removerecord.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

OnboardingFile addFull(Test::TempWorkspace &ws)
{
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);
    return file;
}

} // namespace

TEST_CASE("Every kind of customer record is stored and read back exactly")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    ws.reopen();
    const OnboardingFile back = ws->onboardingFile(file.customer.id);
    CHECK(back.outcomes == file.outcomes);
    CHECK(back.objectives == file.objectives);
    CHECK(back.steps == file.steps);
    CHECK(back.measurements == file.measurements);
    CHECK(back.attendees == file.attendees);
    CHECK(back.actions == file.actions);
    CHECK(back.decisions == file.decisions);
    CHECK(back.risks == file.risks);
    CHECK(back.customer == file.customer);
}

TEST_CASE("Deleting a customer takes all its records; undo brings them back with their ids")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    ws->undoStack()->push(new RemoveCustomer(ws.get(), file.customer.id));
    CHECK(ws->records<Objective>(file.customer.id).isEmpty());
    CHECK_FALSE(ws->record<Risk>(file.risks.at(0).id));
    ws.reopen();
    CHECK_FALSE(ws->record<Risk>(file.risks.at(0).id));
    // One tombstone per record of the file: the customer, 2 stakeholders, 8 other records.
    CHECK(ws->tombstones(file.customer.id).size() == 1 + 2 + 8);

    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.reopen();
    CHECK(ws->onboardingFile(file.customer.id).risks == file.risks);
}

TEST_CASE("Adding, changing and removing a record can each be undone exactly")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    QUndoStack *stack = ws->undoStack();

    ActionItem action;
    action.id = ActionId::create();
    action.customerId = file.customer.id;
    action.task = QStringLiteral("Book the training room");
    action.meta = ws->newMeta();
    stack->push(new AddRecord<ActionItem>(ws.get(), action, QStringLiteral("Add action")));
    CHECK(ws->records<ActionItem>(file.customer.id).size() == 2);

    ws.advance(10000);
    stack->push(new ChangeRecordField<ActionItem>(ws.get(), action.id, ActionField::Status,
                                                  int(ActionStatus::Done)));
    CHECK(ws->record<ActionItem>(action.id)->status == ActionStatus::Done);
    stack->undo();
    CHECK(*ws->record<ActionItem>(action.id) == action);

    stack->push(new RemoveRecord<ActionItem>(ws.get(), action.id));
    CHECK_FALSE(ws->record<ActionItem>(action.id));
    CHECK(ws->tombstones(file.customer.id).size() == 1);
    stack->undo();
    CHECK(*ws->record<ActionItem>(action.id) == action);
    CHECK(ws->tombstones(file.customer.id).isEmpty());
    stack->undo(); // the add
    CHECK_FALSE(ws->record<ActionItem>(action.id));
    CHECK(ws->tombstones(file.customer.id).isEmpty()); // a new record leaves no trace
    ws.reopen();
    CHECK(ws->records<ActionItem>(file.customer.id) == file.actions);
}

TEST_CASE("Typing in a record field merges into one undo step")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const DecisionId id = file.decisions.at(0).id;
    const int before = ws->undoStack()->count();
    for (const char *text : {"P", "Pi", "Pil", "Pilot"}) {
        ws.advance(300);
        ws->undoStack()->push(new ChangeRecordField<Decision>(ws.get(), id, DecisionField::Decision,
                                                              QString::fromLatin1(text)));
    }
    CHECK(ws->undoStack()->count() == before + 1);
    CHECK(ws->record<Decision>(id)->decision == QStringLiteral("Pilot"));
    ws->undoStack()->undo();
    CHECK(*ws->record<Decision>(id) == file.decisions.at(0));
}

TEST_CASE("Removing an outcome takes its objectives, steps and measurements in one step")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const CustomerId customer = file.customer.id;
    const int before = ws->undoStack()->index();
    ws->undoStack()->push(makeRemoveOutcome(ws.get(), file.outcomes.at(0).id));
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(ws->records<Outcome>(customer).isEmpty());
    CHECK(ws->records<Objective>(customer).isEmpty());
    CHECK(ws->records<OperationalStep>(customer).isEmpty());
    CHECK(ws->records<Measurement>(customer).isEmpty());
    CHECK(ws->tombstones(customer).size() == 4);

    ws->undoStack()->undo();
    const OnboardingFile back = ws->onboardingFile(customer);
    CHECK(back.outcomes == file.outcomes);
    CHECK(back.objectives == file.objectives);
    CHECK(back.steps == file.steps);
    CHECK(back.measurements == file.measurements);
    CHECK(back.tombstones.isEmpty());
}

TEST_CASE("Removing a stakeholder takes their kickoff attendance along")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const StakeholderId attendee = file.attendees.at(0).stakeholderId;
    ws->undoStack()->push(makeRemoveStakeholders(ws.get(), {attendee}));
    CHECK_FALSE(ws->stakeholder(attendee));
    CHECK(ws->records<KickoffAttendee>(file.customer.id).isEmpty());
    ws->undoStack()->undo();
    CHECK(ws->records<KickoffAttendee>(file.customer.id) == file.attendees);
}

TEST_CASE("A file whose records already belong to another customer is refused")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    OnboardingFile other = Test::fullOnboardingFile(ws->newMeta());
    other.risks[0].id = file.risks.at(0).id;
    CHECK(ws->insertConflict(other).startsWith(QLatin1String("risks[0].id: ")));
}
