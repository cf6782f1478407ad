#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/changecustomerfield.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

Customer addCustomer(Test::TempWorkspace &ws, const QString &name)
{
    OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    file.customer.accountName = name;
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(10000);
    return file.customer;
}

void type(Test::TempWorkspace &ws, const CustomerId &id, const QString &text)
{
    ws->undoStack()->push(new ChangeCustomerField(ws.get(), id, CustomerField::AccountName, text));
}

} // namespace

TEST_CASE("Changing a customer field can be undone to the exact previous state")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QStringLiteral("Acme"));
    QUndoStack *stack = ws->undoStack();

    ws->setAuthor(QStringLiteral("Editor"));
    stack->push(
        new ChangeCustomerField(ws.get(), before.id, CustomerField::Phase, int(Phase::Graduated)));
    REQUIRE(stack->count() == 2);
    const Customer after = *ws->customer(before.id);
    CHECK(after.phase == Phase::Graduated);
    CHECK(after.meta.modifiedBy == QLatin1String("Editor"));

    stack->undo();
    CHECK(*ws->customer(before.id) == before);
    stack->redo();
    CHECK(*ws->customer(before.id) == after);

    stack->undo();
    ws.reopen();
    CHECK(*ws->customer(before.id) == before);
}

TEST_CASE("Every customer field can be changed and changed back by undo")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QStringLiteral("Acme"));
    const Customer blank;
    for (const CustomerFieldSpec &spec : customerFields()) {
        INFO("field " << spec.key);
        ws.advance(10000); // no merging between fields anyway, but keep steps apart
        ws->undoStack()->push(new ChangeCustomerField(ws.get(), before.id, spec.field,
                                                      customerValue(blank, spec.field)));
        CHECK(customerValue(*ws->customer(before.id), spec.field) ==
              customerValue(blank, spec.field));
    }
    REQUIRE(ws->undoStack()->count() == 1 + int(customerFields().size()));

    ws.reopen();
    Customer expected = blank;
    expected.id = before.id;
    expected.meta = ws->customer(before.id)->meta;
    CHECK(*ws->customer(before.id) == expected);
}

TEST_CASE("Undoing every customer field change brings the whole record back")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QStringLiteral("Acme"));
    const Customer blank;
    QUndoStack *stack = ws->undoStack();
    for (const CustomerFieldSpec &spec : customerFields()) {
        ws.advance(10000);
        stack->push(new ChangeCustomerField(ws.get(), before.id, spec.field,
                                            customerValue(blank, spec.field)));
    }
    while (stack->index() > 1)
        stack->undo();
    CHECK(*ws->customer(before.id) == before);
    ws.reopen();
    CHECK(*ws->customer(before.id) == before);
}

TEST_CASE("Typing within the merge window makes one undo step")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QString());
    QUndoStack *stack = ws->undoStack();

    type(ws, before.id, QStringLiteral("A"));
    ws.advance(800);
    type(ws, before.id, QStringLiteral("Ac"));
    ws.advance(2900);
    type(ws, before.id, QStringLiteral("Acm"));
    ws.advance(3000);
    type(ws, before.id, QStringLiteral("Acme"));
    CHECK(stack->count() == 2);
    CHECK(ws->customer(before.id)->accountName == QLatin1String("Acme"));
    const Customer typed = *ws->customer(before.id);
    CHECK(typed.meta.modifiedAt == ws->now());

    stack->undo();
    CHECK(*ws->customer(before.id) == before);
    stack->redo();
    CHECK(*ws->customer(before.id) == typed);
    ws.reopen();
    CHECK(*ws->customer(before.id) == typed);
}

TEST_CASE("A pause longer than the merge window starts a new undo step")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QString());
    QUndoStack *stack = ws->undoStack();

    type(ws, before.id, QStringLiteral("A"));
    ws.advance(1000);
    type(ws, before.id, QStringLiteral("Ac"));
    const Customer afterFirstBurst = *ws->customer(before.id);
    ws.advance(3001);
    type(ws, before.id, QStringLiteral("Acm"));
    CHECK(stack->count() == 3);

    stack->undo();
    CHECK(*ws->customer(before.id) == afterFirstBurst);
    stack->undo();
    CHECK(*ws->customer(before.id) == before);
}

TEST_CASE("Edits of different fields or customers do not merge")
{
    Test::TempWorkspace ws;
    const Customer first = addCustomer(ws, QStringLiteral("First"));
    const Customer second = addCustomer(ws, QStringLiteral("Second"));
    QUndoStack *stack = ws->undoStack();
    const int base = stack->count();

    type(ws, first.id, QStringLiteral("First 1"));
    stack->push(new ChangeCustomerField(ws.get(), first.id, CustomerField::Industry,
                                        QStringLiteral("Retail")));
    type(ws, second.id, QStringLiteral("Second 1"));
    type(ws, first.id, QStringLiteral("First 2"));
    CHECK(stack->count() == base + 4);

    stack->undo();
    CHECK(ws->customer(first.id)->accountName == QLatin1String("First 1"));
    stack->undo();
    CHECK(*ws->customer(second.id) == second);
    stack->undo();
    stack->undo();
    CHECK(*ws->customer(first.id) == first);
}

TEST_CASE("Typing back to the original value leaves no undo step")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QStringLiteral("Acme"));
    QUndoStack *stack = ws->undoStack();

    type(ws, before.id, QStringLiteral("Acm"));
    ws.advance(500);
    type(ws, before.id, QStringLiteral("Acme"));
    CHECK(stack->count() == 1);
    CHECK_FALSE(stack->canRedo());
    // The record is as it was, stamps included.
    CHECK(*ws->customer(before.id) == before);
    ws.reopen();
    CHECK(*ws->customer(before.id) == before);
}

TEST_CASE("Setting a field to the value it has leaves no undo step")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QStringLiteral("Acme"));
    type(ws, before.id, QStringLiteral("Acme"));
    CHECK(ws->undoStack()->count() == 1);
    CHECK(*ws->customer(before.id) == before);
}

TEST_CASE("Repeating the current value while typing does not move the stamps")
{
    Test::TempWorkspace ws;
    const Customer before = addCustomer(ws, QStringLiteral("Acme"));
    QUndoStack *stack = ws->undoStack();
    type(ws, before.id, QStringLiteral("Acme Inc"));
    const Customer typed = *ws->customer(before.id);
    ws.advance(1000);
    type(ws, before.id, QStringLiteral("Acme Inc")); // no change
    CHECK(*ws->customer(before.id) == typed);
    stack->undo();
    stack->redo();
    CHECK(*ws->customer(before.id) == typed);
}

TEST_CASE("Changing a customer that is not there does nothing")
{
    Test::TempWorkspace ws;
    type(ws, CustomerId::create(), QStringLiteral("Ghost"));
    CHECK(ws->undoStack()->count() == 0);
    CHECK(ws->customerCount() == 0);
}
