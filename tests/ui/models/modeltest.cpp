#include "commands/addstakeholder.h"
#include "commands/changecustomerfield.h"
#include "commands/changestakeholderfield.h"
#include "commands/removecustomer.h"
#include "models/customerfiltermodel.h"
#include "models/customerlistmodel.h"
#include "models/stakeholdermodel.h"
#include "sample/sampleportfolio.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

void addSample(Test::TempWorkspace &ws)
{
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
}

QStringList accounts(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, CustomerListModel::AccountColumn).data().toString());
    return names;
}

} // namespace

TEST_CASE("Customer list follows the workspace through add, change, delete and undo")
{
    Test::TempWorkspace ws;
    CustomerListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CustomerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model.rowCount() == 0);
    addSample(ws);
    REQUIRE(model.rowCount() == ws->customerCount());
    REQUIRE(model.rowCount() >= 6);

    const CustomerId northwind = *ws->findCustomer(QStringLiteral("Northwind Logistics"));
    const int row = model.rowOf(northwind);
    CHECK(model.index(row, CustomerListModel::DaysColumn).data().toLongLong() == 18);
    CHECK(model.index(row, CustomerListModel::PhaseColumn).data().toString() ==
          QStringLiteral("Implementation"));

    ws->undoStack()->push(new ChangeCustomerField(ws.get(), northwind, CustomerField::AccountName,
                                                  QStringLiteral("Northwind Group")));
    CHECK(model.index(row, 0).data().toString() == QStringLiteral("Northwind Group"));

    ws->undoStack()->push(new RemoveCustomer(ws.get(), northwind));
    CHECK(model.rowOf(northwind) == -1);
    ws->undoStack()->undo();
    CHECK(model.rowOf(northwind) >= 0);
    ws->undoStack()->undo();
    CHECK(accounts(model).contains(QStringLiteral("Northwind Logistics")));
}

TEST_CASE("Customer filter narrows by search text, phase, status and tier and sorts")
{
    Test::TempWorkspace ws;
    addSample(ws);
    CustomerListModel model(ws.get());
    CustomerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);

    filter.setSearchText(QStringLiteral("health"));
    CHECK(accounts(filter) == QStringList{QStringLiteral("Helios Health Systems")});
    filter.setSearchText(QStringLiteral("retail"));
    CHECK(accounts(filter) == QStringList{QStringLiteral("Brightleaf Retail")});
    filter.setSearchText({});

    filter.setStatusFilter(int(Status::Stalled));
    CHECK(accounts(filter) == QStringList{QStringLiteral("Brightleaf Retail")});
    filter.setStatusFilter(std::nullopt);

    filter.setPhaseFilter(int(Phase::Graduated));
    CHECK(accounts(filter) == QStringList{QStringLiteral("Maple & Finch Legal")});
    filter.setPhaseFilter(std::nullopt);

    filter.setTierFilter(int(Tier::Digital));
    CHECK(accounts(filter) == QStringList{QStringLiteral("Cobalt Analytics")});
    filter.setTierFilter(std::nullopt);

    filter.sort(CustomerListModel::DaysColumn, Qt::DescendingOrder);
    CHECK(accounts(filter).first() == QStringLiteral("Maple & Finch Legal"));
    CHECK(accounts(filter).last() == QStringLiteral("Quantum Freight"));
    filter.sort(CustomerListModel::AccountColumn, Qt::AscendingOrder);
    CHECK(accounts(filter).first() == QStringLiteral("Alpine Manufacturing"));
}

TEST_CASE("Stakeholder model edits through the undo stack and flags bad e-mail addresses")
{
    Test::TempWorkspace ws;
    addSample(ws);
    const CustomerId id = *ws->findCustomer(QStringLiteral("Helios Health Systems"));
    StakeholderModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCustomer(id);
    REQUIRE(model.rowCount() == 3);

    // Customer side first.
    CHECK(model.index(0, StakeholderModel::SideColumn).data().toString() ==
          QStringLiteral("Customer"));
    CHECK(model.index(2, StakeholderModel::SideColumn).data().toString() ==
          QStringLiteral("Our team"));

    const QModelIndex email = model.index(0, StakeholderModel::EmailColumn);
    const int undoBefore = ws->undoStack()->count();
    REQUIRE(model.setData(email, QStringLiteral("not-an-address")));
    CHECK(ws->undoStack()->count() == undoBefore + 1);
    CHECK(ws->stakeholder(model.stakeholderAt(0))->email == QStringLiteral("not-an-address"));
    CHECK_FALSE(email.data(StakeholderModel::ProblemRole).toString().isEmpty());
    CHECK(model.problemSummary().size() == 1);
    ws->undoStack()->undo();
    CHECK(email.data(StakeholderModel::ProblemRole).toString().isEmpty());
    CHECK(model.problemSummary().isEmpty());

    // Moving a customer contact to our side gives them a role of our side, in one step.
    const StakeholderId first = model.stakeholderAt(0);
    const int before = ws->undoStack()->index();
    REQUIRE(model.setData(model.index(0, StakeholderModel::SideColumn), int(Side::Vendor)));
    CHECK(ws->undoStack()->index() == before + 1);
    CHECK(ws->stakeholder(first)->side == Side::Vendor);
    CHECK(isVendorRole(ws->stakeholder(first)->role));
    // Moved into our team's group, where it sorts by creation time: before the AE.
    CHECK(model.rowOf(first) == 1);
    CHECK(model.index(1, StakeholderModel::SideColumn).data().toString() ==
          QStringLiteral("Our team"));
    ws->undoStack()->undo();
    CHECK(ws->stakeholder(first)->side == Side::Customer);
    CHECK(model.rowOf(first) == 0);

    Stakeholder added;
    added.id = StakeholderId::create();
    added.customerId = id;
    added.name = QStringLiteral("Zoe New");
    ws.advance(1000);
    added.meta = ws->newMeta();
    ws->undoStack()->push(new AddStakeholder(ws.get(), added));
    CHECK(model.rowCount() == 4);
    CHECK(model.rowOf(added.id) == 2); // after the existing customer contacts
    ws->undoStack()->undo();
    CHECK(model.rowCount() == 3);

    ws->undoStack()->push(new RemoveCustomer(ws.get(), id));
    CHECK(model.rowCount() == 0);
    ws->undoStack()->undo();
    CHECK(model.rowCount() == 3);
}
