#include "coretestprinting.h"

#include "timeline/firstvalue.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

// March 2026 starts on a Sunday: the 2nd, 9th and 16th are Mondays. Signed Monday, February 23.
QDate march(int day)
{
    return QDate(2026, 3, day);
}
const QDate signature(2026, 2, 23);

struct Plan
{
    OnboardingFile file;

    Plan()
    {
        file.customer.id = CustomerId::create();
        file.customer.accountName = QStringLiteral("Northwind Logistics");
        file.customer.tier = Tier::HighTouch;
        file.customer.signatureDate = signature;
    }

    // A task with its baseline on its dates.
    PlanTask &add(const char *name, const QDate &start, const QDate &finish, qint64 progress = 0)
    {
        PlanTask task;
        task.id = TaskId::create();
        task.name = QString::fromUtf8(name);
        task.type = start == finish ? TaskType::Milestone : TaskType::Task;
        task.start = start;
        task.finish = finish;
        task.baselineStart = start;
        task.baselineFinish = finish;
        task.progress = progress;
        task.status = progress > 0 ? TaskStatus::InProgress : TaskStatus::NotStarted;
        file.tasks.append(task);
        return file.tasks.last();
    }

    PlanTask &firstValue(const QDate &date)
    {
        PlanTask &milestone = add("First report in production", date, date);
        milestone.firstValue = true;
        return milestone;
    }

    void link(const PlanTask &predecessor, const PlanTask &successor,
              DependencyType type = DependencyType::FinishToStart)
    {
        TaskDependency dependency;
        dependency.id = DependencyId::create();
        dependency.predecessorId = predecessor.id;
        dependency.successorId = successor.id;
        dependency.type = type;
        file.dependencies.append(dependency);
    }
};

FirstValueForecast forecast(const Plan &plan, const QDate &today)
{
    return forecastFirstValue(plan.file, BusinessCalendar(), FirstValueTargets(), today);
}

} // namespace

TEST_CASE("A plan on track is forecast to reach first value on the planned day")
{
    Plan plan;
    const PlanTask setup = plan.add("Set up the data feed", march(2), march(13), 50); // 10 days
    const PlanTask milestone = plan.firstValue(march(16));
    plan.link(setup, milestone);

    // Half of the ten days gone, half of the work done.
    const FirstValueForecast result = forecast(plan, march(9));
    CHECK(result.hasMilestone);
    CHECK(result.milestone == milestone.id);
    CHECK(result.milestoneName == QStringLiteral("First report in production"));
    CHECK_FALSE(result.reached);
    CHECK(result.planned == march(16));
    CHECK(result.projected == march(16));
    CHECK(result.plannedDays == 21);
    CHECK(result.projectedDays == 21);
    CHECK(result.daysToGo == 7);
    CHECK(result.targetDays == 30);
    CHECK_FALSE(result.beyondTarget);
    CHECK(result.pushedBy.isEmpty());
}

TEST_CASE("A task behind its progress pushes the first-value date and is named")
{
    Plan plan;
    const PlanTask setup = plan.add("Set up the data feed", march(2), march(13), 20); // 10 days
    // Behind as well, but with enough slack not to matter.
    const PlanTask invite = plan.add("Invite power users", march(2), march(3));
    const PlanTask milestone = plan.firstValue(march(16));
    plan.link(setup, milestone);
    plan.link(invite, milestone);

    // Eight days of work left from Monday the 9th: done Wednesday the 18th, first value the day
    // after.
    const FirstValueForecast result = forecast(plan, march(9));
    CHECK(result.planned == march(16));
    CHECK(result.projected == march(19));
    CHECK(result.projectedDays == 24);
    CHECK(result.plannedDays == 21);
    CHECK(result.daysToGo == 10);
    CHECK(result.pushedBy == QList<TaskId>{setup.id});

    // Caught up, it pushes nothing.
    plan.file.tasks.first().progress = 50;
    CHECK(forecast(plan, march(9)).projected == march(16));
    CHECK(forecast(plan, march(9)).pushedBy.isEmpty());
}

TEST_CASE("Tasks late against their baseline push first value, the most delaying first")
{
    Plan plan;
    // Three days where the baseline had one: two days late.
    PlanTask &access = plan.add("Grant data access", march(2), march(4));
    access.baselineFinish = march(2);
    // Eight days where the baseline had five, and pushed by the two days before it.
    PlanTask &mapping = plan.add("Map the fields", march(5), march(16));
    mapping.baselineStart = march(3);
    mapping.baselineFinish = march(9);
    PlanTask &milestone = plan.firstValue(march(17));
    milestone.baselineStart = milestone.baselineFinish = march(10);
    // Late too, but first value does not wait on it.
    PlanTask &training = plan.add("Train the admins", march(2), march(20));
    training.baselineFinish = march(6);
    plan.link(plan.file.tasks.at(0), plan.file.tasks.at(1));
    plan.link(plan.file.tasks.at(1), plan.file.tasks.at(2));

    const FirstValueForecast result = forecast(plan, march(2));
    CHECK(result.planned == march(10));
    CHECK(result.projected == march(17));
    CHECK(result.pushedBy == QList<TaskId>{plan.file.tasks.at(1).id, plan.file.tasks.at(0).id});
}

TEST_CASE("A delay on a dependency the milestone does not wait for pushes nothing")
{
    Plan plan;
    const PlanTask setup = plan.add("Set up the data feed", march(2), march(6), 0);
    const PlanTask milestone = plan.firstValue(march(20)); // two weeks of slack
    plan.link(setup, milestone);
    // Not started on Monday the 9th: done Friday the 13th at the earliest, still in time.
    const FirstValueForecast result = forecast(plan, march(9));
    CHECK(result.projected == march(20));
    CHECK(result.pushedBy.isEmpty());
    // Planned for Thursday the 12th instead, it is two business days late.
    PlanTask &moved = plan.file.tasks.last();
    moved.start = moved.finish = moved.baselineStart = moved.baselineFinish = march(12);
    CHECK(forecast(plan, march(9)).projected == march(16));
    CHECK(forecast(plan, march(9)).pushedBy == QList<TaskId>{setup.id});
}

TEST_CASE("Once a task has begun, what it waited for to start no longer holds it up")
{
    Plan plan;
    // Two days late against its baseline, nearly done.
    PlanTask &design = plan.add("Design the dashboards", march(2), march(6), 80);
    design.baselineFinish = march(4);
    // Started with it, ten days long, and far behind: 10 % done after a week.
    const PlanTask build = plan.add("Build the dashboards", march(2), march(13), 10);
    const PlanTask milestone = plan.firstValue(march(16));
    plan.link(plan.file.tasks.at(0), build, DependencyType::StartToStart);
    plan.link(build, milestone);

    // Nine days of work left from Monday the 9th: done Thursday the 19th.
    const FirstValueForecast result = forecast(plan, march(9));
    CHECK(result.projected == march(20));
    CHECK(result.pushedBy == QList<TaskId>{build.id});
}

TEST_CASE("A reached first-value milestone is forecast on the day it was reached")
{
    Plan plan;
    const PlanTask setup = plan.add("Set up the data feed", march(2), march(6), 10);
    PlanTask &milestone = plan.firstValue(march(12));
    milestone.status = TaskStatus::Done;
    milestone.progress = 100;
    plan.link(setup, milestone);

    const FirstValueForecast result = forecast(plan, march(30));
    CHECK(result.reached);
    CHECK(result.projected == march(12));
    CHECK(result.projectedDays == 17);
    CHECK(result.daysToGo == 0);
    CHECK(result.pushedBy.isEmpty());
}

TEST_CASE("Without a first-value milestone there is no forecast")
{
    Plan plan;
    plan.add("Set up the data feed", march(2), march(6));
    plan.add("Go-live", march(9), march(9));
    const FirstValueForecast result = forecast(plan, march(2));
    CHECK_FALSE(result.hasMilestone);
    CHECK_FALSE(result.projected.isValid());
    CHECK_FALSE(result.planned.isValid());
    CHECK(result.projectedDays == 0);
    CHECK(result.pushedBy.isEmpty());
}

TEST_CASE("First value beyond the tier's target is flagged")
{
    FirstValueTargets targets;
    CHECK(targets.forTier(Tier::HighTouch) == 30);
    CHECK(targets.forTier(Tier::Hybrid) == 30);
    CHECK(targets.forTier(Tier::Digital) == 14);

    Plan plan;
    plan.firstValue(march(16)); // day 21
    plan.file.customer.tier = Tier::Digital;
    FirstValueForecast result = forecast(plan, march(2));
    CHECK(result.targetDays == 14);
    CHECK(result.beyondTarget);

    plan.file.customer.tier = Tier::HighTouch;
    CHECK_FALSE(forecast(plan, march(2)).beyondTarget);

    // Without a signature date, the days from signature are unknown.
    plan.file.customer.signatureDate = QDate();
    plan.file.customer.tier = Tier::Digital;
    result = forecast(plan, march(2));
    CHECK(result.projected == march(16));
    CHECK(result.projectedDays == 0);
    CHECK_FALSE(result.beyondTarget);
}

TEST_CASE("A dependency cycle in the plan does not stop the forecast")
{
    Plan plan;
    const PlanTask a = plan.add("A", march(2), march(3));
    const PlanTask b = plan.add("B", march(4), march(5));
    const PlanTask milestone = plan.firstValue(march(6));
    plan.link(a, b);
    plan.link(b, a);
    plan.link(b, milestone);
    const FirstValueForecast result = forecast(plan, march(2));
    CHECK(result.projected == march(6));
}

TEST_CASE("Friction weighs what a task waits on and counts double once overdue")
{
    CHECK(waitingWeight(WaitingOn::Nobody) == 0);
    CHECK(waitingWeight(WaitingOn::SecurityReview) == 4);
    CHECK(waitingWeight(WaitingOn::Legal) == 4);
    CHECK(waitingWeight(WaitingOn::Procurement) == 3);
    CHECK(waitingWeight(WaitingOn::CustomerIt) == 3);

    auto task = [](WaitingOn waitingOn, const QDate &finish, TaskStatus status) {
        PlanTask t;
        t.id = TaskId::create();
        t.start = march(2);
        t.finish = finish;
        t.waitingOn = waitingOn;
        t.status = status;
        return t;
    };
    const QDate today = march(10);
    const QList<PlanTask> tasks{
        task(WaitingOn::Procurement, march(20), TaskStatus::NotStarted), // 3
        task(WaitingOn::SecurityReview, march(10), TaskStatus::Blocked), // 4, due today
        task(WaitingOn::Legal, march(9), TaskStatus::InProgress),        // 8, overdue
        task(WaitingOn::CustomerIt, march(6), TaskStatus::Blocked),      // 6, overdue
        task(WaitingOn::Nobody, march(6), TaskStatus::InProgress),       // 0
        task(WaitingOn::SecurityReview, march(6), TaskStatus::Done),     // 0, done
    };
    const FrictionScore friction = frictionScore(tasks, today);
    CHECK(friction.score == 21);
    CHECK(friction.tasks ==
          QList<TaskId>{tasks.at(2).id, tasks.at(3).id, tasks.at(1).id, tasks.at(0).id});
    CHECK(friction.score > FrictionScore::target);

    // A day earlier, nothing is overdue yet.
    CHECK(frictionScore(tasks, march(6)).score == 14);
    CHECK(frictionScore({}, today).score == 0);
}
