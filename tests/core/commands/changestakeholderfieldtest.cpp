#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/changestakeholderfield.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

Stakeholder addFile(Test::TempWorkspace &ws)
{
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(10000);
    return file.stakeholders.at(0);
}

void type(Test::TempWorkspace &ws, const StakeholderId &id, const QString &text)
{
    ws->undoStack()->push(new ChangeStakeholderField(ws.get(), id, StakeholderField::Email, text));
}

} // namespace

TEST_CASE("Changing a stakeholder field can be undone to the exact previous state")
{
    Test::TempWorkspace ws;
    const Stakeholder before = addFile(ws);
    QUndoStack *stack = ws->undoStack();

    ws->setAuthor(QStringLiteral("Editor"));
    stack->push(new ChangeStakeholderField(ws.get(), before.id, StakeholderField::Sentiment,
                                           int(Sentiment::Skeptic)));
    REQUIRE(stack->count() == 2);
    const Stakeholder after = *ws->stakeholder(before.id);
    CHECK(after.sentiment == Sentiment::Skeptic);
    CHECK(after.meta.modifiedBy == QLatin1String("Editor"));
    CHECK(after.meta.modifiedAt == ws->now());
    CHECK(after.meta.createdAt == before.meta.createdAt);

    stack->undo();
    CHECK(*ws->stakeholder(before.id) == before);
    stack->redo();
    CHECK(*ws->stakeholder(before.id) == after);

    stack->undo();
    ws.reopen();
    CHECK(*ws->stakeholder(before.id) == before);
}

TEST_CASE("Every stakeholder field can be changed and changed back by undo")
{
    Test::TempWorkspace ws;
    const Stakeholder before = addFile(ws);
    const Stakeholder blank;
    QUndoStack *stack = ws->undoStack();
    for (const StakeholderFieldSpec &spec : stakeholderFields()) {
        INFO("field " << spec.key);
        ws.advance(10000);
        const QVariant value = stakeholderValue(blank, spec.field);
        const bool differs = stakeholderValue(before, spec.field) != value;
        stack->push(new ChangeStakeholderField(ws.get(), before.id, spec.field, value));
        CHECK(stakeholderValue(*ws->stakeholder(before.id), spec.field) == value);
        // This stakeholder is on the default side already; setting it again is no step.
        CHECK(stack->index() == (differs ? 2 : 1));
        if (differs)
            stack->undo();
        CHECK(*ws->stakeholder(before.id) == before);
    }
    ws.reopen();
    CHECK(*ws->stakeholder(before.id) == before);
}

TEST_CASE("Typing a stakeholder's e-mail merges into one step")
{
    Test::TempWorkspace ws;
    const Stakeholder before = addFile(ws);
    QUndoStack *stack = ws->undoStack();
    type(ws, before.id, QStringLiteral("e"));
    ws.advance(1000);
    type(ws, before.id, QStringLiteral("ev"));
    ws.advance(1000);
    type(ws, before.id, QStringLiteral("eva@example.com"));
    CHECK(stack->count() == 2);
    const Stakeholder typed = *ws->stakeholder(before.id);
    CHECK(typed.email == QLatin1String("eva@example.com"));

    ws.advance(3001);
    type(ws, before.id, QStringLiteral("eva@example.org"));
    CHECK(stack->count() == 3);

    stack->undo();
    CHECK(*ws->stakeholder(before.id) == typed);
    stack->undo();
    CHECK(*ws->stakeholder(before.id) == before);
}

TEST_CASE("Typing a stakeholder field back to where it was leaves no step")
{
    Test::TempWorkspace ws;
    const Stakeholder before = addFile(ws);
    type(ws, before.id, QStringLiteral("x"));
    ws.advance(200);
    type(ws, before.id, before.email);
    CHECK(ws->undoStack()->count() == 1);
    CHECK(*ws->stakeholder(before.id) == before);
    ws.reopen();
    CHECK(*ws->stakeholder(before.id) == before);
}

TEST_CASE("Repeating a stakeholder's current value while typing does not move the stamps")
{
    Test::TempWorkspace ws;
    const Stakeholder before = addFile(ws);
    type(ws, before.id, QStringLiteral("eva@example.com"));
    const Stakeholder typed = *ws->stakeholder(before.id);
    ws.advance(1000);
    type(ws, before.id, QStringLiteral("eva@example.com"));
    CHECK(*ws->stakeholder(before.id) == typed);
    ws->undoStack()->undo();
    CHECK(*ws->stakeholder(before.id) == before);
    ws->undoStack()->redo();
    CHECK(*ws->stakeholder(before.id) == typed);
}
