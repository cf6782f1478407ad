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

#include <QLocale>

#include <memory>

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
    CHECK(back.workstreams == file.workstreams);
    CHECK(back.tasks == file.tasks);
    CHECK(back.dependencies == file.dependencies);
    CHECK(back.gates == file.gates);
    CHECK(back.gateCriteria == file.gateCriteria);
    CHECK(back.opportunities == file.opportunities);
    CHECK(back.surveyResponses == file.surveyResponses);
    CHECK(back.valueItems == file.valueItems);
    CHECK(back.customer == file.customer);
}

TEST_CASE("Deleting a customer takes all its records, and undo brings them back with their ids")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    ws->undoStack()->push(new RemoveCustomer(ws.get(), file.customer.id));
    CHECK(ws->records<Objective>(file.customer.id).isEmpty());
    CHECK_FALSE(ws->record<Risk>(file.risks.at(0).id));
    ws.reopen();
    CHECK_FALSE(ws->record<Risk>(file.risks.at(0).id));
    // One tombstone per record of the file: the customer, 2 stakeholders, 19 other records.
    CHECK(ws->tombstones(file.customer.id).size() == 1 + 2 + 19);

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

namespace {

template<typename R> QString removeText(Test::TempWorkspace &ws, const R &record)
{
    const RemoveRecord<R> command(ws.get(), record.id);
    return command.text();
}

template<typename R> QString addText(Test::TempWorkspace &ws, R record)
{
    record.id = RecordTraits<R>::Id::create();
    const AddRecord<R> command(ws.get(), record);
    return command.text();
}

} // namespace

TEST_CASE("Adding and removing a record name it in the undo history")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const QString date = QLocale().toString(QDate(2026, 2, 15), QLocale::ShortFormat);
    struct Case
    {
        QString remove;
        QString add;
        QString expected;
    };
    const QList<Case> cases{
        {removeText(ws, file.outcomes.at(0)), addText(ws, file.outcomes.at(0)),
         QStringLiteral("outcome Reduce reporting time by 50 %")},
        {removeText(ws, file.objectives.at(0)), addText(ws, file.objectives.at(0)),
         QStringLiteral("objective Admin time")},
        {removeText(ws, file.steps.at(0)), addText(ws, file.steps.at(0)),
         QStringLiteral("step Migrate reports")},
        {removeText(ws, file.measurements.at(0)), addText(ws, file.measurements.at(0)),
         QStringLiteral("measurement ") + date},
        {removeText(ws, file.attendees.at(0)), addText(ws, file.attendees.at(0)),
         QStringLiteral("attendee Eva Sponsor")},
        {removeText(ws, file.actions.at(0)), addText(ws, file.actions.at(0)),
         QStringLiteral("action Send SSO metadata")},
        {removeText(ws, file.decisions.at(0)), addText(ws, file.decisions.at(0)),
         QStringLiteral("decision Pilot with finance first")},
        {removeText(ws, file.risks.at(0)), addText(ws, file.risks.at(0)),
         QStringLiteral("risk IT security review is slow")},
    };
    for (const Case &c : cases) {
        CHECK(c.remove == QStringLiteral("Remove ") + c.expected);
        CHECK(c.add == QStringLiteral("Add ") + c.expected);
    }

    // A text given is kept.
    const AddRecord<Risk> given(ws.get(), file.risks.at(0), QStringLiteral("Raise risk"));
    CHECK(given.text() == QStringLiteral("Raise risk"));

    // Without a name, the kind alone; line breaks and runs of spaces are simplified.
    ActionItem unnamed = file.actions.at(0);
    unnamed.task.clear();
    CHECK(addText(ws, unnamed) == QStringLiteral("Add action"));
    unnamed.task = QStringLiteral("  Book\n the   room ");
    CHECK(addText(ws, unnamed) == QStringLiteral("Add action Book the room"));
    Measurement undated = file.measurements.at(0);
    undated.date = QDate();
    CHECK(addText(ws, undated) == QStringLiteral("Add measurement"));
    KickoffAttendee nobody = file.attendees.at(0);
    nobody.stakeholderId = StakeholderId::create();
    CHECK(addText(ws, nobody) == QStringLiteral("Add attendee"));

    // The undo stack shows the text, and the removal leaves the stack with it.
    ws->undoStack()->push(new RemoveRecord<Risk>(ws.get(), file.risks.at(0).id));
    CHECK(ws->undoStack()->undoText() == QStringLiteral("Remove risk IT security review is slow"));

    // A record that is gone already makes an empty, obsolete command.
    const RemoveRecord<Risk> gone(ws.get(), file.risks.at(0).id);
    CHECK(gone.isObsolete());
}

TEST_CASE("Changing a field names the record, not the id it refers to")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const ChangeRecordField<Objective> unit(ws.get(), file.objectives.at(0).id,
                                            ObjectiveField::Unit, QStringLiteral("h/month"));
    CHECK(unit.text() == QStringLiteral("Change unit of Admin time"));
    const ChangeRecordField<KickoffAttendee> role(ws.get(), file.attendees.at(0).id,
                                                  AttendeeField::MeetingRole,
                                                  QStringLiteral("Note taker"));
    CHECK(role.text() == QStringLiteral("Change role in the meeting of Eva Sponsor"));
    const ChangeRecordField<OperationalStep> owner(ws.get(), file.steps.at(0).id, StepField::Owner,
                                                   QStringLiteral("Ann"));
    CHECK(owner.text() == QStringLiteral("Change owner of Migrate reports"));
    const ChangeRecordField<ActionItem> due(ws.get(), file.actions.at(0).id, ActionField::DueDate,
                                            QDate(2026, 2, 12));
    CHECK(due.text() == QStringLiteral("Change due of Send SSO metadata"));

    // Removing an outcome or objective with what hangs off it says the same.
    std::unique_ptr<QUndoCommand> outcome(makeRemoveOutcome(ws.get(), file.outcomes.at(0).id));
    CHECK(outcome->text() == QStringLiteral("Remove outcome Reduce reporting time by 50 %"));
    std::unique_ptr<QUndoCommand> objective(
        makeRemoveObjective(ws.get(), file.objectives.at(0).id));
    CHECK(objective->text() == QStringLiteral("Remove objective Admin time"));
}
