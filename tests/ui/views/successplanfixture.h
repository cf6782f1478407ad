// Customers with a Joint Success Plan for the success plan tests and screenshots. The plan is
// dated around the test clock's day (2026-03-02).
#pragma once

#include "commands/addcustomer.h"
#include "testsupport.h"

namespace Csm::Test {

struct SamplePlan
{
    CustomerId customer;
    OutcomeId reporting;     // Cut weekly reporting effort in half
    OutcomeId deliveries;    // Fewer missed deliveries
    ObjectiveId adminTime;   // 8 -> 2 h/week, on track (a falling target)
    ObjectiveId quickWin;    // 0 -> 5 reports, achieved, the quick win
    ObjectiveId onTime;      // 82 -> 95 %, on track
    ObjectiveId dispatchers; // 0 -> 40, at risk
};

// A customer without a plan, kicked off on 2026-02-20.
inline CustomerId addPlainCustomer(TempWorkspace &ws, const QString &name)
{
    OnboardingFile file;
    file.customer.id = CustomerId::create();
    file.customer.accountName = name;
    file.customer.signatureDate = QDate(2026, 2, 12);
    file.customer.kickoffDate = QDate(2026, 2, 20);
    file.customer.csmOwner = QStringLiteral("Alex Morgan");
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return file.customer.id;
}

// Northwind Logistics with two outcomes, four objectives, steps and measurements.
inline SamplePlan addSamplePlan(TempWorkspace &ws)
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = QStringLiteral("Northwind Logistics");
    c.industry = QStringLiteral("Logistics");
    c.signatureDate = QDate(2026, 2, 12);
    c.kickoffDate = QDate(2026, 2, 20);
    c.csmOwner = QStringLiteral("Alex Morgan");
    c.phase = Phase::Implementation;
    c.meta = ws->newMeta();

    int order = 0;
    auto stamp = [&](auto &record) {
        record.customerId = c.id;
        record.meta = c.meta;
        record.meta.createdAt = c.meta.createdAt.addMSecs(++order);
        record.meta.modifiedAt = record.meta.createdAt;
    };
    auto outcome = [&](const QString &title, const QString &description) {
        Outcome o;
        o.id = OutcomeId::create();
        o.title = title;
        o.description = description;
        stamp(o);
        file.outcomes.append(o);
        return o.id;
    };
    auto objective = [&](const OutcomeId &parent, const QString &metric, const QString &unit,
                         double baseline, double target, const QDate &due,
                         const QString &customerOwner, bool quickWin) {
        Objective o;
        o.id = ObjectiveId::create();
        o.outcomeId = parent;
        o.metric = metric;
        o.unit = unit;
        o.baseline = baseline;
        o.target = target;
        o.targetDate = due;
        o.vendorOwner = QStringLiteral("Alex Morgan");
        o.customerOwner = customerOwner;
        o.confirmedAtKickoff = true;
        o.quickWin = quickWin;
        stamp(o);
        file.objectives.append(o);
        return o.id;
    };
    auto step = [&](const ObjectiveId &parent, const QString &task, const QString &owner,
                    const QDate &due, bool done) {
        OperationalStep s;
        s.id = StepId::create();
        s.objectiveId = parent;
        s.task = task;
        s.owner = owner;
        s.dueDate = due;
        s.done = done;
        stamp(s);
        file.steps.append(s);
    };
    auto measure = [&](const ObjectiveId &parent, const QDate &date, double value,
                       const QString &note = {}) {
        Measurement m;
        m.id = MeasurementId::create();
        m.objectiveId = parent;
        m.date = date;
        m.value = value;
        m.note = note;
        stamp(m);
        file.measurements.append(m);
    };

    SamplePlan plan;
    plan.customer = c.id;
    plan.reporting = outcome(QStringLiteral("Cut weekly reporting effort in half"),
                             QStringLiteral("The board pack is ready on Monday morning without "
                                            "a weekend of spreadsheet work."));
    plan.adminTime = objective(plan.reporting, QStringLiteral("Admin time for the board report"),
                               QStringLiteral("h/week"), 8, 2, QDate(2026, 4, 30),
                               QStringLiteral("Dana Whitfield"), false);
    plan.quickWin = objective(plan.reporting, QStringLiteral("Reports generated automatically"),
                              QStringLiteral("reports"), 0, 5, QDate(2026, 3, 4),
                              QStringLiteral("Priya Natarajan"), true);
    plan.deliveries = outcome(QStringLiteral("Fewer missed deliveries"),
                              QStringLiteral("Customers get their parcels on the promised day."));
    plan.onTime =
        objective(plan.deliveries, QStringLiteral("On-time delivery rate"), QStringLiteral("%"), 82,
                  95, QDate(2026, 5, 31), QStringLiteral("Marco Rossi"), false);
    plan.dispatchers = objective(plan.deliveries, QStringLiteral("Dispatchers using live ETAs"),
                                 QStringLiteral("dispatchers"), 0, 40, QDate(2026, 3, 31),
                                 QStringLiteral("Marco Rossi"), false);

    step(plan.adminTime, QStringLiteral("Connect the ERP export"),
         QStringLiteral("Priya Natarajan"), QDate(2026, 2, 27), true);
    step(plan.adminTime, QStringLiteral("Build the board report template"),
         QStringLiteral("Alex Morgan"), QDate(2026, 3, 10), false);
    step(plan.adminTime, QStringLiteral("Train the finance team"), QStringLiteral("Dana Whitfield"),
         QDate(2026, 3, 20), false);
    step(plan.quickWin, QStringLiteral("Schedule the first five reports"),
         QStringLiteral("Priya Natarajan"), QDate(2026, 3, 1), true);
    step(plan.dispatchers, QStringLiteral("Set up live ETA alerts"), QStringLiteral("Marco Rossi"),
         QDate(2026, 2, 27), false);
    step(plan.dispatchers, QStringLiteral("Roll out to the Rotterdam depot"),
         QStringLiteral("Marco Rossi"), QDate(2026, 3, 16), false);

    measure(plan.adminTime, QDate(2026, 2, 20), 8, QStringLiteral("Before the kickoff"));
    measure(plan.adminTime, QDate(2026, 2, 27), 6.5);
    measure(plan.adminTime, QDate(2026, 3, 1), 5.5, QStringLiteral("ERP export live"));
    measure(plan.quickWin, QDate(2026, 2, 26), 2);
    measure(plan.quickWin, QDate(2026, 3, 1), 5, QStringLiteral("All five scheduled"));
    measure(plan.onTime, QDate(2026, 2, 20), 82);
    measure(plan.onTime, QDate(2026, 3, 1), 84.5);
    measure(plan.dispatchers, QDate(2026, 2, 20), 0);
    measure(plan.dispatchers, QDate(2026, 3, 1), 4);

    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    return plan;
}

} // namespace Csm::Test
