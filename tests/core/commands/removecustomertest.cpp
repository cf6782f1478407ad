#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/removecustomer.h"
#include "commands/removestakeholder.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Csm;

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC); // TempWorkspace's clock

OnboardingFile simpleFile(Test::TempWorkspace &ws, const QString &name)
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.meta = ws->newMeta();
    return file;
}

QStringList tombstoneKeys(const QList<Tombstone> &tombstones)
{
    QStringList keys;
    for (const Tombstone &t : tombstones)
        keys.append(t.entity + QLatin1Char(' ') + t.id);
    keys.sort();
    return keys;
}

} // namespace

TEST_CASE("Deleting a customer with stakeholders, then undo and redo")
{
    Test::TempWorkspace ws;
    QUndoStack *stack = ws->undoStack();
    // Neighbours on both sides, so the list order is visible.
    stack->push(new AddCustomer(ws.get(), simpleFile(ws, QStringLiteral("First"))));
    ws.advance(1000);
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const CustomerId id = file.customer.id;
    stack->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);
    stack->push(new AddCustomer(ws.get(), simpleFile(ws, QStringLiteral("Last"))));
    const QList<CustomerId> order = ws->customerIds();
    REQUIRE(order.size() == 3);

    ws.advance(60000);
    ws->setAuthor(QStringLiteral("Remover"));
    stack->push(new RemoveCustomer(ws.get(), id));
    CHECK(stack->undoText().contains(file.customer.accountName));
    CHECK_FALSE(ws->customer(id));
    CHECK(ws->customerCount() == 2);
    CHECK(ws->stakeholders(id).isEmpty());
    for (const Stakeholder &s : file.stakeholders)
        CHECK_FALSE(ws->stakeholder(s.id));

    const QList<Tombstone> tombstones = ws->tombstones(id);
    QStringList expectedKeys{QStringLiteral("customer ") + id.toString(),
                             QStringLiteral("stakeholder ") + file.stakeholders.at(0).id.toString(),
                             QStringLiteral("stakeholder ") +
                                 file.stakeholders.at(1).id.toString()};
    // Every other record of the file leaves its own tombstone too.
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        for (const R &record : file.records<R>())
            expectedKeys.append(QLatin1String(RecordTraits<R>::entity) + QLatin1Char(' ') +
                                record.id.toString());
    });
    expectedKeys.sort();
    CHECK(tombstoneKeys(tombstones) == expectedKeys);
    for (const Tombstone &t : tombstones) {
        CHECK(t.customerId == id.toString());
        CHECK(t.deletedAt == start.addMSecs(62000));
        CHECK(t.deletedBy == QLatin1String("Remover"));
    }

    ws.advance(1000);
    stack->undo();
    CHECK(ws->onboardingFile(id) == file); // same ids, fields and stamps; no tombstones
    CHECK(ws->tombstones(id).isEmpty());
    CHECK(ws->customerIds() == order);

    // Redo repeats the same deletion, stamps included.
    ws.advance(1000);
    stack->redo();
    CHECK_FALSE(ws->customer(id));
    CHECK(ws->tombstones(id) == tombstones);

    ws.reopen();
    CHECK_FALSE(ws->customer(id));
    CHECK(ws->customerCount() == 2);
    CHECK(ws->tombstones(id) == tombstones);
}

TEST_CASE("Undoing a customer deletion is saved")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);
    ws->undoStack()->push(new RemoveCustomer(ws.get(), file.customer.id));
    ws->undoStack()->undo();

    ws.reopen();
    CHECK(ws->onboardingFile(file.customer.id) == file);
    CHECK(ws->tombstones(file.customer.id).isEmpty());
}

TEST_CASE("Deleting a customer keeps the tombstones of stakeholders removed before")
{
    Test::TempWorkspace ws;
    QUndoStack *stack = ws->undoStack();
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const CustomerId id = file.customer.id;
    stack->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);
    stack->push(new RemoveStakeholder(ws.get(), file.stakeholders.at(1).id));
    const QList<Tombstone> earlier = ws->tombstones(id);
    REQUIRE(earlier.size() == 1);

    ws.advance(1000);
    stack->push(new RemoveCustomer(ws.get(), id));
    const QList<Tombstone> all = ws->tombstones(id);
    CHECK(all.size() == 3 + 19);
    CHECK(std::count(all.cbegin(), all.cend(), earlier.first()) == 1);

    stack->undo();
    CHECK(ws->tombstones(id) == earlier);
    CHECK(ws->stakeholders(id) == QList<Stakeholder>{file.stakeholders.at(0)});
    ws.reopen();
    CHECK(ws->tombstones(id) == earlier);
    CHECK(ws->stakeholders(id) == QList<Stakeholder>{file.stakeholders.at(0)});
}

TEST_CASE("Deleting a customer that is not there does nothing")
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(new RemoveCustomer(ws.get(), CustomerId::create()));
    CHECK(ws->undoStack()->count() == 0);
    CHECK(ws->customerCount() == 0);
}
