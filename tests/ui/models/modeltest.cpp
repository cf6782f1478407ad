#include "commands/addcustomer.h"
#include "commands/addstakeholder.h"
#include "commands/changecustomerfield.h"
#include "commands/changerecordfield.h"
#include "commands/changestakeholderfield.h"
#include "commands/removecascade.h"
#include "commands/removecustomer.h"
#include "models/customerfiltermodel.h"
#include "models/customerlistmodel.h"
#include "models/recordtablemodel.h"
#include "models/stakeholdermodel.h"
#include "sample/sampleportfolio.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

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

namespace {

// The columns a dataChanged signal covered, for every signal in `spy`.
QList<std::pair<int, int>> changedColumns(const QSignalSpy &spy, int rows)
{
    QList<std::pair<int, int>> columns;
    for (const QList<QVariant> &signal : spy) {
        const auto first = signal.at(0).value<QModelIndex>();
        const auto last = signal.at(1).value<QModelIndex>();
        // Every row of the table.
        CHECK(first.row() == 0);
        CHECK(last.row() == rows - 1);
        columns.append({first.column(), last.column()});
    }
    return columns;
}

} // namespace

TEST_CASE("Record tables show a renamed stakeholder or record without a reset")
{
    Test::TempWorkspace ws;
    const OnboardingFile file = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    OnboardingFile other = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), other));
    const StakeholderId eva = file.stakeholders.at(0).id;

    // Attendees are named by their stakeholder, in the first column.
    RecordTableModel<KickoffAttendee> attendees(
        ws.get(), {AttendeeField::MeetingRole, AttendeeField::Stakeholder});
    QAbstractItemModelTester tester(&attendees,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    attendees.setReference(
        AttendeeField::Stakeholder,
        [&](const QVariant &id) {
            const Stakeholder *s = ws->stakeholder(StakeholderId::fromString(id.toString()));
            return s ? s->name : QStringLiteral("(removed)");
        },
        [&] {
            QList<RecordTableModelBase::Option> options;
            for (const Stakeholder &s : ws->stakeholders(attendees.customer()))
                options.append({s.name, s.id.toString()});
            return options;
        });
    attendees.setCustomer(file.customer.id);
    REQUIRE(attendees.rowCount() == 1);
    const QModelIndex name = attendees.index(0, 1);
    CHECK(name.data().toString() == QStringLiteral("Eva Sponsor"));

    QSignalSpy changed(&attendees, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&attendees, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&attendees, &QAbstractItemModel::rowsRemoved);
    QSignalSpy records(&attendees, &RecordTableModelBase::recordsChanged);

    ws->undoStack()->push(new ChangeStakeholderField(ws.get(), eva, StakeholderField::Name,
                                                     QStringLiteral("Eva Chair")));
    CHECK(changedColumns(changed, 1) == QList<std::pair<int, int>>{{1, 1}});
    const auto roles = changed.first().at(2).value<QList<int>>();
    CHECK(roles.contains(Qt::DisplayRole));
    CHECK(roles.contains(RecordTableModelBase::SortRole));
    CHECK(roles.contains(RecordTableModelBase::OptionsRole));
    CHECK(records.count() == 1);
    CHECK(name.data().toString() == QStringLiteral("Eva Chair"));
    CHECK(name.data(RecordTableModelBase::SortRole).toString() == QStringLiteral("eva chair"));
    CHECK(reset.isEmpty());
    CHECK(removed.isEmpty());
    CHECK(name.isValid());

    changed.clear();
    ws->undoStack()->undo();
    CHECK(changed.count() == 1);
    CHECK(name.data().toString() == QStringLiteral("Eva Sponsor"));

    // A new stakeholder is a new choice.
    changed.clear();
    Stakeholder paul = file.stakeholders.at(0);
    paul.id = StakeholderId::create();
    paul.name = QStringLiteral("Paul Power");
    ws->undoStack()->push(new AddStakeholder(ws.get(), paul));
    CHECK(changed.count() == 1);
    CHECK(name.data(RecordTableModelBase::OptionsRole).toList().size() == 3);

    // Stakeholders of another customer, and records of this kind, are none of its concern.
    changed.clear();
    ws->undoStack()->push(new ChangeStakeholderField(ws.get(), other.stakeholders.at(0).id,
                                                     StakeholderField::Name,
                                                     QStringLiteral("Someone Else")));
    CHECK(changed.isEmpty());
    ws->undoStack()->push(new ChangeRecordField<KickoffAttendee>(
        ws.get(), file.attendees.at(0).id, AttendeeField::MeetingRole,
        QStringLiteral("Opens the meeting")));
    CHECK(changedColumns(changed, 1) == QList<std::pair<int, int>>{{0, 1}}); // the row itself

    // Objectives are named by their outcome: renaming the outcome renames them.
    RecordTableModel<Objective> objectives(ws.get(),
                                           {ObjectiveField::Metric, ObjectiveField::Outcome});
    QAbstractItemModelTester objectiveTester(&objectives,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    objectives.setReference(
        ObjectiveField::Outcome,
        [&](const QVariant &id) {
            const Outcome *o = ws->record<Outcome>(OutcomeId::fromString(id.toString()));
            return o ? o->title : QString();
        },
        [] { return QList<RecordTableModelBase::Option>(); });
    objectives.setCustomer(file.customer.id);
    QSignalSpy objectiveChanged(&objectives, &QAbstractItemModel::dataChanged);
    ws->undoStack()->push(new ChangeRecordField<Outcome>(
        ws.get(), file.outcomes.at(0).id, OutcomeField::Title, QStringLiteral("Faster reports")));
    CHECK(changedColumns(objectiveChanged, 1) == QList<std::pair<int, int>>{{1, 1}});
    CHECK(objectives.index(0, 1).data().toString() == QStringLiteral("Faster reports"));

    // A table without reference columns stays quiet.
    RecordTableModel<ActionItem> actions(ws.get(), {ActionField::Task, ActionField::Owner});
    actions.setCustomer(file.customer.id);
    QSignalSpy actionChanged(&actions, &QAbstractItemModel::dataChanged);
    QSignalSpy actionRecords(&actions, &RecordTableModelBase::recordsChanged);
    ws->undoStack()->push(new ChangeStakeholderField(ws.get(), eva, StakeholderField::Name,
                                                     QStringLiteral("Eva Again")));
    actions.refreshReferences();
    CHECK(actionChanged.isEmpty());
    CHECK(actionRecords.isEmpty());

    // Removing the stakeholder takes the attendance with it; the table follows row by row.
    changed.clear();
    ws->undoStack()->push(makeRemoveStakeholders(ws.get(), {eva}));
    CHECK(attendees.rowCount() == 0);
    CHECK(reset.isEmpty());
    ws->undoStack()->undo();
    REQUIRE(attendees.rowCount() == 1);
    CHECK(attendees.index(0, 1).data().toString() == QStringLiteral("Eva Again"));
}
