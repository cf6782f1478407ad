// A customer with an implementation plan for the Gantt tests and screenshots, dated around
// the test clock's day (Monday 2026-03-02): work done, work under way, an overdue task, a task
// late against its baseline, dependencies of each kind, phase gates and the first-value
// milestone.
#pragma once

#include "commands/addcustomer.h"
#include "storage/settingsstore.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace Csm::Test {

struct GanttPlan
{
    CustomerId customer;
    WorkstreamId security;
    WorkstreamId integrations;
    WorkstreamId migration;
    WorkstreamId training;
    TaskId questionnaire; // Feb 16-27, done, two days late against its baseline
    TaskId configureSso;  // Mar 2-6, under way, waits on the customer's IT
    TaskId testSso;       // Mar 9-11, after Configure SSO
    TaskId connectTms;    // Feb 23 - Mar 13
    TaskId mapFields;     // Mar 2-10
    TaskId signOff;       // milestone Mar 16, after the two above
    TaskId cleanData;     // Feb 23-27, 70 %, overdue
    TaskId importRoutes;  // Mar 17-20, after the sign-off and the clean data
    TaskId adminTraining; // Mar 23-24
    TaskId dispatchers;   // Mar 25-31
    TaskId goLive;        // milestone Apr 1
    TaskId firstDispatch; // milestone Apr 2, the first value
    GateId implementationGate;
    GateId goLiveGate;
};

// Good Friday and Easter Monday 2026 as the workspace's holidays; takes effect on reopening.
inline void addEasterHolidays(TempWorkspace &ws)
{
    {
        const SettingsStore store(ws->database().connection());
        REQUIRE(
            store.set(QStringLiteral("calendar.holidays"), QStringLiteral("2026-04-03,2026-04-06"))
                .isEmpty());
    }
    ws.reopen();
}

inline GanttPlan addGanttPlan(TempWorkspace &ws,
                              const QString &name = QStringLiteral("Northwind Logistics"))
{
    GanttPlan plan;
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = name;
    c.signatureDate = QDate(2026, 2, 2);
    c.kickoffDate = QDate(2026, 2, 12);
    c.csmOwner = QStringLiteral("Alex Morgan");
    c.phase = Phase::Implementation;
    c.meta = ws->newMeta();
    plan.customer = c.id;

    int order = 0;
    auto stamp = [&](auto &record) {
        record.customerId = c.id;
        record.meta = c.meta;
        record.meta.createdAt = c.meta.createdAt.addMSecs(++order);
        record.meta.modifiedAt = record.meta.createdAt;
    };
    auto workstream = [&](const QString &title, WorkstreamKind kind, const QString &ours,
                          const QString &theirs) {
        Workstream w;
        w.id = WorkstreamId::create();
        w.name = title;
        w.kind = kind;
        w.vendorOwner = ours;
        w.customerOwner = theirs;
        stamp(w);
        file.workstreams.append(w);
        return w.id;
    };
    auto task = [&](const WorkstreamId &stream, const QString &title, const QDate &start,
                    const QDate &finish, int progress, TaskStatus status) {
        PlanTask t;
        t.id = TaskId::create();
        t.workstreamId = stream;
        t.name = title;
        t.start = start;
        t.finish = finish;
        t.baselineStart = start;
        t.baselineFinish = finish;
        t.progress = progress;
        t.status = status;
        t.vendorOwner = QStringLiteral("Alex Morgan");
        stamp(t);
        file.tasks.append(t);
        return t.id;
    };
    auto milestone = [&](const WorkstreamId &stream, const QString &title, const QDate &day) {
        const TaskId id = task(stream, title, day, day, 0, TaskStatus::NotStarted);
        file.tasks.last().type = TaskType::Milestone;
        return id;
    };
    auto link = [&](const TaskId &from, const TaskId &to,
                    DependencyType type = DependencyType::FinishToStart) {
        TaskDependency d;
        d.id = DependencyId::create();
        d.predecessorId = from;
        d.successorId = to;
        d.type = type;
        stamp(d);
        file.dependencies.append(d);
    };
    auto gate = [&](GateKind kind, const QDate &due) {
        PhaseGate g;
        g.id = GateId::create();
        g.kind = kind;
        g.dueDate = due;
        stamp(g);
        file.gates.append(g);
        return g.id;
    };

    plan.security =
        workstream(QStringLiteral("Security and SSO"), WorkstreamKind::SecurityCompliance,
                   QStringLiteral("Priya Shah"), QStringLiteral("Tom Becker"));
    plan.questionnaire = task(plan.security, QStringLiteral("Security questionnaire"),
                              QDate(2026, 2, 16), QDate(2026, 2, 27), 100, TaskStatus::Done);
    file.tasks.last().baselineFinish = QDate(2026, 2, 25);
    plan.configureSso = task(plan.security, QStringLiteral("Configure SSO"), QDate(2026, 3, 2),
                             QDate(2026, 3, 6), 40, TaskStatus::InProgress);
    file.tasks.last().waitingOn = WaitingOn::CustomerIt;
    file.tasks.last().customerOwner = QStringLiteral("Tom Becker");
    file.tasks.last().baselineStart = QDate(2026, 2, 26);
    file.tasks.last().baselineFinish = QDate(2026, 3, 4);
    plan.testSso = task(plan.security, QStringLiteral("Test SSO with the pilot group"),
                        QDate(2026, 3, 9), QDate(2026, 3, 11), 0, TaskStatus::NotStarted);

    plan.integrations = workstream(QStringLiteral("TMS integration"), WorkstreamKind::Integrations,
                                   QStringLiteral("Sam Lee"), QStringLiteral("Nina Park"));
    plan.connectTms = task(plan.integrations, QStringLiteral("Connect the TMS API"),
                           QDate(2026, 2, 23), QDate(2026, 3, 13), 60, TaskStatus::InProgress);
    plan.mapFields = task(plan.integrations, QStringLiteral("Map shipment fields"),
                          QDate(2026, 3, 2), QDate(2026, 3, 10), 20, TaskStatus::InProgress);
    plan.signOff =
        milestone(plan.integrations, QStringLiteral("Integration sign-off"), QDate(2026, 3, 16));

    plan.migration =
        workstream(QStringLiteral("Route data migration"), WorkstreamKind::DataMigration,
                   QStringLiteral("Sam Lee"), QStringLiteral("Omar Haddad"));
    plan.cleanData = task(plan.migration, QStringLiteral("Clean address data"), QDate(2026, 2, 23),
                          QDate(2026, 2, 27), 70, TaskStatus::InProgress);
    plan.importRoutes = task(plan.migration, QStringLiteral("Import routes"), QDate(2026, 3, 17),
                             QDate(2026, 3, 20), 0, TaskStatus::NotStarted);

    plan.training = workstream(QStringLiteral("Dispatcher training"), WorkstreamKind::Training,
                               QStringLiteral("Alex Morgan"), QString());
    plan.adminTraining = task(plan.training, QStringLiteral("Admin training"), QDate(2026, 3, 23),
                              QDate(2026, 3, 24), 0, TaskStatus::NotStarted);
    plan.dispatchers = task(plan.training, QStringLiteral("Train 40 dispatchers"),
                            QDate(2026, 3, 25), QDate(2026, 3, 31), 0, TaskStatus::NotStarted);
    plan.goLive = milestone(plan.training, QStringLiteral("Go-live"), QDate(2026, 4, 1));
    plan.firstDispatch = milestone(plan.training, QStringLiteral("First route planned in the tool"),
                                   QDate(2026, 4, 2));
    file.tasks.last().firstValue = true;

    link(plan.questionnaire, plan.configureSso);
    link(plan.configureSso, plan.testSso);
    link(plan.connectTms, plan.signOff);
    link(plan.mapFields, plan.signOff);
    link(plan.signOff, plan.importRoutes);
    link(plan.cleanData, plan.importRoutes);
    link(plan.importRoutes, plan.adminTraining);
    link(plan.adminTraining, plan.dispatchers);
    link(plan.dispatchers, plan.goLive);
    link(plan.testSso, plan.goLive);
    link(plan.goLive, plan.firstDispatch);

    plan.implementationGate = gate(GateKind::Implementation, QDate(2026, 3, 20));
    plan.goLiveGate = gate(GateKind::GoLive, QDate(2026, 4, 1));
    gate(GateKind::Activation, QDate(2026, 4, 17));

    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws->undoStack()->clear();
    return plan;
}

} // namespace Csm::Test
