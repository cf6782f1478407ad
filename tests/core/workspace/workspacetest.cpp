#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/addstakeholder.h"
#include "commands/changecustomerfield.h"
#include "commands/changestakeholderfield.h"
#include "commands/removecustomer.h"
#include "commands/removestakeholder.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace Csm;

namespace {

const QDateTime start(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC); // TempWorkspace's clock

OnboardingFile addFull(Test::TempWorkspace &ws)
{
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    REQUIRE(ws->customer(file.customer.id));
    return file;
}

// Counts every change signal of a workspace.
struct SignalLog
{
    explicit SignalLog(Workspace *workspace)
    {
        QObject::connect(workspace, &Workspace::customerAdded, [this](const CustomerId &id) {
            entries.append(QStringLiteral("customerAdded ") + id.toString());
        });
        QObject::connect(workspace, &Workspace::customerRemoved, [this](const CustomerId &id) {
            entries.append(QStringLiteral("customerRemoved ") + id.toString());
        });
        QObject::connect(workspace, &Workspace::customerChanged, [this](const CustomerId &id) {
            entries.append(QStringLiteral("customerChanged ") + id.toString());
        });
        QObject::connect(workspace, &Workspace::stakeholderAdded,
                         [this](const CustomerId &, const StakeholderId &id) {
                             entries.append(QStringLiteral("stakeholderAdded ") + id.toString());
                         });
        QObject::connect(workspace, &Workspace::stakeholderRemoved,
                         [this](const CustomerId &, const StakeholderId &id) {
                             entries.append(QStringLiteral("stakeholderRemoved ") + id.toString());
                         });
        QObject::connect(workspace, &Workspace::stakeholderChanged,
                         [this](const CustomerId &, const StakeholderId &id) {
                             entries.append(QStringLiteral("stakeholderChanged ") + id.toString());
                         });
        QObject::connect(workspace, &Workspace::storageFailed, [this](const QString &message) {
            entries.append(QStringLiteral("storageFailed ") + message);
        });
    }

    QStringList take() { return std::exchange(entries, {}); }

    QStringList entries;
};

} // namespace

TEST_CASE("New records are stamped with the workspace's author and clock")
{
    Test::TempWorkspace ws;
    const RecordMeta meta = ws->newMeta();
    CHECK(meta.createdAt == start);
    CHECK(meta.modifiedAt == start);
    CHECK(meta.createdBy == QLatin1String("Test User"));
    CHECK(meta.modifiedBy == QLatin1String("Test User"));

    ws.advance(1500);
    ws->setAuthor(QStringLiteral("Someone Else"));
    const RecordMeta later = ws->newMeta();
    CHECK(later.createdAt == start.addMSecs(1500));
    CHECK(later.createdBy == QLatin1String("Someone Else"));
}

TEST_CASE("Times from a clock in another zone are kept as UTC")
{
    Test::TempWorkspace ws;
    const QDateTime local(QDate(2026, 7, 1), QTime(14, 0, 0, 123), Qt::OffsetFromUTC, 2 * 3600);
    ws->setClock([&] { return local; });
    const QDateTime now = ws->now();
    CHECK(now == local);
    CHECK(now.timeSpec() == Qt::UTC);
    CHECK(timestampToString(now) == QLatin1String("2026-07-01T12:00:00.123Z"));
}

TEST_CASE("A customer field change updates only the modified stamps")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const CustomerId id = file.customer.id;

    ws.advance(60000);
    ws->setAuthor(QStringLiteral("Editor"));
    ws->undoStack()->push(
        new ChangeCustomerField(ws.get(), id, CustomerField::Industry, QStringLiteral("Retail")));

    Customer expected = file.customer;
    expected.industry = QStringLiteral("Retail");
    expected.meta.modifiedAt = start.addMSecs(60000);
    expected.meta.modifiedBy = QStringLiteral("Editor");
    CHECK(*ws->customer(id) == expected);
    // The stakeholders were not touched.
    CHECK(ws->stakeholders(id) == file.stakeholders);

    ws.reopen();
    CHECK(*ws->customer(id) == expected);
}

TEST_CASE("A stakeholder field change updates only its modified stamps")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    const Stakeholder before = file.stakeholders.at(0);

    ws.advance(5000);
    ws->setAuthor(QStringLiteral("Editor"));
    ws->undoStack()->push(new ChangeStakeholderField(ws.get(), before.id, StakeholderField::Title,
                                                     QStringLiteral("CFO")));

    Stakeholder expected = before;
    expected.title = QStringLiteral("CFO");
    expected.meta.modifiedAt = start.addMSecs(5000);
    expected.meta.modifiedBy = QStringLiteral("Editor");
    CHECK(*ws->stakeholder(before.id) == expected);
    CHECK(*ws->stakeholder(file.stakeholders.at(1).id) == file.stakeholders.at(1));
    CHECK(*ws->customer(file.customer.id) == file.customer);

    ws.reopen();
    CHECK(*ws->stakeholder(before.id) == expected);
}

TEST_CASE("Deletions leave tombstones stamped with the author and clock")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    ws.advance(2000);
    ws->setAuthor(QStringLiteral("Remover"));
    ws->undoStack()->push(new RemoveStakeholder(ws.get(), file.stakeholders.at(1).id));

    const QList<Tombstone> tombstones = ws->tombstones(file.customer.id);
    REQUIRE(tombstones.size() == 1);
    CHECK(tombstones.first().id == file.stakeholders.at(1).id.toString());
    CHECK(tombstones.first().entity == QLatin1String("stakeholder"));
    CHECK(tombstones.first().customerId == file.customer.id.toString());
    CHECK(tombstones.first().deletedAt == start.addMSecs(2000));
    CHECK(tombstones.first().deletedBy == QLatin1String("Remover"));

    ws.reopen();
    CHECK(ws->tombstones(file.customer.id) == tombstones);
}

TEST_CASE("Each change emits exactly one typed signal")
{
    Test::TempWorkspace ws;
    SignalLog log(ws.get());
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    const QString customer = file.customer.id.toString();
    const QString stakeholder = file.stakeholders.at(0).id.toString();
    QUndoStack *stack = ws->undoStack();

    stack->push(new AddCustomer(ws.get(), file));
    CHECK(log.take() == QStringList{QStringLiteral("customerAdded ") + customer});

    stack->push(
        new ChangeCustomerField(ws.get(), file.customer.id, CustomerField::Arr, qint64(99)));
    CHECK(log.take() == QStringList{QStringLiteral("customerChanged ") + customer});

    stack->push(new ChangeStakeholderField(ws.get(), file.stakeholders.at(0).id,
                                           StakeholderField::Name, QStringLiteral("Eve")));
    CHECK(log.take() == QStringList{QStringLiteral("stakeholderChanged ") + stakeholder});

    stack->push(new RemoveStakeholder(ws.get(), file.stakeholders.at(0).id));
    CHECK(log.take() == QStringList{QStringLiteral("stakeholderRemoved ") + stakeholder});
    stack->undo();
    CHECK(log.take() == QStringList{QStringLiteral("stakeholderAdded ") + stakeholder});

    stack->push(new RemoveCustomer(ws.get(), file.customer.id));
    CHECK(log.take() == QStringList{QStringLiteral("customerRemoved ") + customer});
    stack->undo();
    CHECK(log.take() == QStringList{QStringLiteral("customerAdded ") + customer});
}

TEST_CASE("A change that cannot be saved changes nothing and is reported")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    // Another program removed the row behind the workspace's back.
    QSqlQuery query(ws->database().connection());
    query.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    query.addBindValue(file.customer.id.toString());
    REQUIRE(query.exec());

    SignalLog log(ws.get());
    const int steps = ws->undoStack()->count();
    ws->undoStack()->push(new ChangeCustomerField(
        ws.get(), file.customer.id, CustomerField::AccountName, QStringLiteral("Renamed")));
    CHECK(*ws->customer(file.customer.id) == file.customer);
    CHECK(ws->undoStack()->count() == steps); // nothing to undo
    const QStringList entries = log.take();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().startsWith(QLatin1String("storageFailed ")));
    CHECK(ws->lastError().contains(ws.path()));
}

TEST_CASE("Customers are found by id or by exact account name")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = addFull(ws);
    CHECK(ws->findCustomer(file.customer.id.toString()) == file.customer.id);
    CHECK(ws->findCustomer(QLatin1Char('{') + file.customer.id.toString() + QLatin1Char('}')) ==
          file.customer.id);
    CHECK(ws->findCustomer(file.customer.accountName) == file.customer.id);
    CHECK_FALSE(ws->findCustomer(QStringLiteral("Nobody")));

    OnboardingFile twin;
    twin.customer.id = CustomerId::create();
    twin.customer.accountName = file.customer.accountName;
    twin.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), twin));
    CHECK_FALSE(ws->findCustomer(file.customer.accountName)); // ambiguous
    CHECK(ws->findCustomer(twin.customer.id.toString()) == twin.customer.id);
}

TEST_CASE("Today follows the workspace clock")
{
    Test::TempWorkspace ws;
    ws->setClock([] { return QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC); });
    CHECK(ws->today() == QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC).toLocalTime().date());
}

TEST_CASE("A file whose records already belong to the workspace cannot be added")
{
    Test::TempWorkspace ws;
    const OnboardingFile existing = addFull(ws);
    ws->undoStack()->push(new RemoveStakeholder(ws.get(), existing.stakeholders.at(1).id));
    const QString deletedId = existing.stakeholders.at(1).id.toString();

    // The same customer again.
    CHECK(ws->insertConflict(existing).startsWith(QLatin1String("customer.id: ")));
    CHECK_FALSE(ws->insertOnboardingFile(existing));

    // A new customer reusing a stakeholder of the existing one.
    OnboardingFile other = Test::fullOnboardingFile(ws->newMeta());
    other.stakeholders[0].id = existing.stakeholders.at(0).id;
    CHECK(ws->insertConflict(other).startsWith(QLatin1String("stakeholders[0].id: ")));
    CHECK(ws->insertConflict(other).contains(existing.customer.accountName));

    // A new customer carrying the deletion of the existing customer's stakeholder.
    other = Test::fullOnboardingFile(ws->newMeta());
    other.tombstones.append({deletedId, QStringLiteral("stakeholder"), other.customer.id.toString(),
                             ws->now(), ws->author()});
    CHECK(ws->insertConflict(other).startsWith(QLatin1String("tombstones[0].id: ")));
    const int before = ws->customerCount();
    CHECK_FALSE(ws->insertOnboardingFile(other));
    CHECK(ws->customerCount() == before);
    CHECK(ws->tombstones(existing.customer.id).size() == 1);

    // With ids of its own it is welcome.
    other.tombstones.clear();
    CHECK(ws->insertConflict(other).isEmpty());
    CHECK(ws->insertOnboardingFile(other));
}
