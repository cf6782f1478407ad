#include "coretestprinting.h"

#include "timeline/schedule.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>

using namespace Csm;

namespace {

// March 2026 starts on a Sunday: the 2nd, 9th, 16th and 23rd are Mondays.
QDate march(int day)
{
    return QDate(2026, 3, day);
}

// A small plan built by hand, with its tasks found by name.
struct Plan
{
    QList<PlanTask> tasks;
    QList<TaskDependency> dependencies;

    TaskId add(const char *name, const QDate &start, const QDate &finish)
    {
        PlanTask task;
        task.id = TaskId::create();
        task.name = QString::fromUtf8(name);
        task.type = start == finish ? TaskType::Milestone : TaskType::Task;
        task.start = start;
        task.finish = finish;
        tasks.append(task);
        return task.id;
    }

    void link(const TaskId &predecessor, const TaskId &successor,
              DependencyType type = DependencyType::FinishToStart, int lag = 0)
    {
        TaskDependency dependency;
        dependency.id = DependencyId::create();
        dependency.predecessorId = predecessor;
        dependency.successorId = successor;
        dependency.type = type;
        dependency.lagDays = lag;
        dependencies.append(dependency);
    }

    PlanTask &task(const TaskId &id)
    {
        for (PlanTask &task : tasks) {
            if (task.id == id)
                return task;
        }
        FAIL("no such task");
        return tasks.first();
    }

    // "Name: start..finish", one entry per move, in the order given.
    QStringList describe(const QList<TaskDates> &moves)
    {
        QStringList lines;
        for (const TaskDates &move : moves) {
            lines.append(QStringLiteral("%1: %2..%3")
                             .arg(task(move.task).name, move.start.toString(Qt::ISODate),
                                  move.finish.toString(Qt::ISODate)));
        }
        return lines;
    }
};

QString moved(const char *name, const QDate &start, const QDate &finish)
{
    return QStringLiteral("%1: %2..%3")
        .arg(QString::fromUtf8(name), start.toString(Qt::ISODate), finish.toString(Qt::ISODate));
}

} // namespace

TEST_CASE("Moving a task pushes the chain behind it and keeps each task's working days")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(4));      // Mon to Wed
    const TaskId mapping = plan.add("Mapping", march(5), march(9));  // Thu to Mon, 3 days
    const TaskId golive = plan.add("Go-live", march(10), march(10)); // Tue
    const TaskId training = plan.add("Training", march(16), march(17));
    plan.link(setup, mapping);
    plan.link(mapping, golive);
    plan.link(setup, training); // has slack: starts a week after setup

    const QList<TaskDates> moves =
        reschedule(plan.tasks, plan.dependencies, BusinessCalendar(), setup, march(4), march(6));
    CHECK(plan.describe(moves) == QStringList{
                                      moved("Setup", march(4), march(6)),
                                      moved("Mapping", march(9), march(11)),
                                      moved("Go-live", march(12), march(12)),
                                  });
}

TEST_CASE("A dependant with enough slack does not move")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(3));
    // Three days of slack: it could start on Wednesday the 4th.
    const TaskId mapping = plan.add("Mapping", march(9), march(10));
    plan.link(setup, mapping);
    const BusinessCalendar calendar;

    // Three days later: Mapping may still start on the 9th.
    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, calendar, setup, march(5),
                                   march(6))) == QStringList{moved("Setup", march(5), march(6))});
    // Four days later: it starts the day after.
    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, calendar, setup, march(6),
                                   march(9))) == QStringList{
                                                     moved("Setup", march(6), march(9)),
                                                     moved("Mapping", march(10), march(11)),
                                                 });
}

TEST_CASE("Moving a task earlier moves nothing else earlier")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(9), march(10));
    const TaskId mapping = plan.add("Mapping", march(11), march(12));
    plan.link(setup, mapping);
    const QList<TaskDates> moves =
        reschedule(plan.tasks, plan.dependencies, BusinessCalendar(), setup, march(2), march(3));
    CHECK(plan.describe(moves) == QStringList{moved("Setup", march(2), march(3))});

    // Unchanged dates change nothing.
    CHECK(reschedule(plan.tasks, plan.dependencies, BusinessCalendar(), setup, march(9), march(10))
              .isEmpty());
    // An unknown task changes nothing.
    CHECK(reschedule(plan.tasks, plan.dependencies, BusinessCalendar(), TaskId::create(), march(9),
                     march(10))
              .isEmpty());
}

TEST_CASE("A pushed task skips weekends and holidays and keeps its working days")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(3));
    const TaskId mapping = plan.add("Mapping", march(4), march(5));
    plan.link(setup, mapping);
    // Friday the 6th and Monday the 9th are holidays: after Thursday the next business day is
    // Tuesday.
    const BusinessCalendar calendar({march(6), march(9)});

    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, calendar, setup, march(4),
                                   march(5))) == QStringList{
                                                     moved("Setup", march(4), march(5)),
                                                     moved("Mapping", march(10), march(11)),
                                                 });
    // One day later only: Mapping's second day is the Tuesday.
    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, calendar, setup, march(3),
                                   march(4))) == QStringList{
                                                     moved("Setup", march(3), march(4)),
                                                     moved("Mapping", march(5), march(10)),
                                                 });
}

TEST_CASE("The three kinds of dependency hold with their lag in business days")
{
    struct Case
    {
        const char *what;
        DependencyType type;
        int lag;
        QDate start;
        QDate finish;
    };
    // The predecessor moves to Monday the 2nd to Friday the 6th; the successor lasts two days.
    const QList<Case> cases{
        {"finish to start", DependencyType::FinishToStart, 0, march(9), march(10)},
        {"finish to start, 2 days lag", DependencyType::FinishToStart, 2, march(11), march(12)},
        {"finish to start, 1 day lead", DependencyType::FinishToStart, -1, march(6), march(9)},
        {"start to start", DependencyType::StartToStart, 0, march(2), march(3)},
        {"start to start, 3 days lag", DependencyType::StartToStart, 3, march(5), march(6)},
        {"finish to finish", DependencyType::FinishToFinish, 0, march(5), march(6)},
        {"finish to finish, 1 day lag", DependencyType::FinishToFinish, 1, march(6), march(9)},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        Plan plan;
        const TaskId before = plan.add("Before", QDate(2026, 2, 9), QDate(2026, 2, 13));
        plan.add("After", QDate(2026, 2, 23), QDate(2026, 2, 24));
        plan.link(before, plan.tasks.last().id, c.type, c.lag);
        const QList<TaskDates> moves = reschedule(plan.tasks, plan.dependencies, BusinessCalendar(),
                                                  before, march(2), march(6));
        CHECK(plan.describe(moves) == QStringList{
                                          moved("Before", march(2), march(6)),
                                          moved("After", c.start, c.finish),
                                      });
    }
}

TEST_CASE("A lag skips holidays")
{
    Plan plan;
    const TaskId before = plan.add("Before", march(2), march(6));
    const TaskId after = plan.add("After", march(2), march(2));
    plan.link(before, after, DependencyType::FinishToStart, 1);
    // Monday the 9th is a holiday: one business day of lag is the Tuesday, the start the Wednesday.
    const QList<TaskDates> moves =
        resolveConstraints(plan.tasks, plan.dependencies, BusinessCalendar({march(9)}));
    CHECK(plan.describe(moves) == QStringList{moved("After", march(11), march(11))});
}

TEST_CASE("Resolving constraints moves every task that breaks one, each after what pushes it")
{
    Plan plan;
    // Listed in the reverse of their order, and all too early for their dependencies.
    const TaskId last = plan.add("Last", march(2), march(2));
    const TaskId middle = plan.add("Middle", march(2), march(3));
    const TaskId first = plan.add("First", march(2), march(4));
    const TaskId fine = plan.add("Fine", march(23), march(24));
    plan.link(first, middle);
    plan.link(middle, last);
    plan.link(first, fine);
    const QList<TaskDates> moves =
        resolveConstraints(plan.tasks, plan.dependencies, BusinessCalendar());
    CHECK(plan.describe(moves) == QStringList{
                                      moved("Middle", march(5), march(6)),
                                      moved("Last", march(9), march(9)),
                                  });

    // Once moved, nothing is left to resolve.
    for (const TaskDates &move : moves) {
        plan.task(move.task).start = move.start;
        plan.task(move.task).finish = move.finish;
    }
    CHECK(resolveConstraints(plan.tasks, plan.dependencies, BusinessCalendar()).isEmpty());
}

TEST_CASE("A dependency closing a cycle of three is refused with the names in order")
{
    Plan plan;
    const TaskId configure = plan.add("Configure SSO", march(2), march(3));
    const TaskId test = plan.add("Test SSO", march(4), march(5));
    const TaskId signoff = plan.add("Sign-off", march(6), march(6));
    plan.link(configure, test);
    plan.link(test, signoff);

    CHECK(dependencyCycle(plan.tasks, plan.dependencies, signoff, configure) ==
          QStringList{QStringLiteral("Configure SSO"), QStringLiteral("Test SSO"),
                      QStringLiteral("Sign-off"), QStringLiteral("Configure SSO")});
    CHECK(dependencyCycle(plan.tasks, plan.dependencies, test, configure) ==
          QStringList{QStringLiteral("Configure SSO"), QStringLiteral("Test SSO"),
                      QStringLiteral("Configure SSO")});
    // Forward links close no cycle, even one already there.
    CHECK(dependencyCycle(plan.tasks, plan.dependencies, configure, signoff).isEmpty());
    CHECK(dependencyCycle(plan.tasks, plan.dependencies, configure, test).isEmpty());
}

TEST_CASE("A task cannot depend on itself")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(3));
    CHECK(dependencyCycle(plan.tasks, plan.dependencies, setup, setup) ==
          QStringList{QStringLiteral("Setup"), QStringLiteral("Setup")});

    // One stored anyway is ignored: moving the task moves only the task.
    plan.link(setup, setup);
    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, BusinessCalendar(), setup,
                                   march(4), march(5))) ==
          QStringList{moved("Setup", march(4), march(5))});
    CHECK(resolveConstraints(plan.tasks, plan.dependencies, BusinessCalendar()).isEmpty());
}

TEST_CASE("A cycle in stored data is cut once and does not hang the rules")
{
    Plan plan;
    const TaskId a = plan.add("A", march(2), march(3));
    const TaskId b = plan.add("B", march(4), march(5));
    const TaskId c = plan.add("C", march(6), march(9));
    plan.link(a, b);
    plan.link(b, c);
    plan.link(c, a); // as a shared file could bring it
    const BusinessCalendar calendar;

    // The link closing the cycle (C to A) is left out: A pushes B, B pushes C, and that is all.
    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, calendar, a, march(3),
                                   march(4))) == QStringList{
                                                     moved("A", march(3), march(4)),
                                                     moved("B", march(5), march(6)),
                                                     moved("C", march(9), march(10)),
                                                 });
    CHECK(resolveConstraints(plan.tasks, plan.dependencies, calendar).isEmpty());
    const PlanAnalysis analysis =
        analysePlan(plan.tasks, plan.dependencies, {}, calendar, march(2));
    CHECK(analysis.criticalPath == QList<TaskId>{a, b, c});
    CHECK(analysis.finish == march(9));
}

TEST_CASE("Slip counts the business days past the baseline finish")
{
    struct Case
    {
        const char *what;
        QDate baseline;
        QDate finish;
        int slip;
    };
    const QList<Case> cases{
        {"no baseline", QDate(), march(10), 0},
        {"on the baseline", march(10), march(10), 0},
        {"Friday to Monday", march(6), march(9), 1},
        {"a week late", march(6), march(13), 5},
        {"two days early", march(11), march(9), -2},
        {"late over a holiday", march(13), march(17), 1}, // Monday the 16th is a holiday
        {"no finish", march(10), QDate(), 0},
    };
    const BusinessCalendar calendar({march(16)});
    for (const Case &c : cases) {
        INFO(c.what);
        PlanTask task;
        task.start = march(2);
        task.finish = c.finish;
        task.baselineStart = march(2);
        task.baselineFinish = c.baseline;
        CHECK(slipDays(task, calendar) == c.slip);
    }
}

TEST_CASE("A task is overdue when it is not done and its finish has passed")
{
    struct Case
    {
        const char *what;
        QDate finish;
        TaskStatus status;
        QDate today;
        bool overdue;
    };
    const QList<Case> cases{
        {"due yesterday", march(9), TaskStatus::InProgress, march(10), true},
        {"due yesterday, not started", march(9), TaskStatus::NotStarted, march(10), true},
        {"due yesterday, blocked", march(9), TaskStatus::Blocked, march(10), true},
        {"due yesterday, done", march(9), TaskStatus::Done, march(10), false},
        {"due today", march(10), TaskStatus::InProgress, march(10), false},
        {"due tomorrow", march(11), TaskStatus::NotStarted, march(10), false},
        {"no finish", QDate(), TaskStatus::NotStarted, march(10), false},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        PlanTask task;
        task.start = march(2);
        task.finish = c.finish;
        task.status = c.status;
        CHECK(isOverdue(task, c.today) == c.overdue);
    }
}

TEST_CASE("A workstream without a customer owner has not started, whatever its tasks do")
{
    Workstream stream;
    stream.id = WorkstreamId::create();
    stream.name = QStringLiteral("Integrations");
    stream.vendorOwner = QStringLiteral("Dana (CSM)");

    PlanTask task;
    task.workstreamId = stream.id;
    task.status = TaskStatus::InProgress;
    task.progress = 40;
    PlanTask elsewhere = task;
    elsewhere.workstreamId = WorkstreamId::create();

    stream.customerOwner = QStringLiteral("   ");
    CHECK_FALSE(isWorkstreamStarted(stream, {task}));

    stream.customerOwner = QStringLiteral("Priya, IT");
    CHECK(isWorkstreamStarted(stream, {task}));
    CHECK_FALSE(isWorkstreamStarted(stream, {}));
    // Only its own tasks count.
    CHECK_FALSE(isWorkstreamStarted(stream, {elsewhere}));

    PlanTask waiting = task;
    waiting.status = TaskStatus::NotStarted;
    waiting.progress = 0;
    CHECK_FALSE(isWorkstreamStarted(stream, {waiting, elsewhere}));
    waiting.progress = 10;
    CHECK(isWorkstreamStarted(stream, {waiting}));
    waiting.progress = 0;
    waiting.status = TaskStatus::Done;
    CHECK(isWorkstreamStarted(stream, {waiting}));
}

TEST_CASE("The critical path of a diamond runs through its longer branch")
{
    Plan plan;
    const TaskId kickoff = plan.add("Kickoff", march(2), march(2));
    const TaskId integration = plan.add("Integration", march(3), march(6)); // 4 days
    const TaskId training = plan.add("Training", march(3), march(4));       // 2 days
    const TaskId golive = plan.add("Go-live", march(9), march(9));
    const TaskId report = plan.add("Report", march(2), march(3)); // on its own
    plan.link(kickoff, integration);
    plan.link(kickoff, training);
    plan.link(integration, golive);
    plan.link(training, golive);

    const PlanAnalysis analysis =
        analysePlan(plan.tasks, plan.dependencies, {}, BusinessCalendar(), march(2));
    CHECK(analysis.criticalPath == QList<TaskId>{kickoff, integration, golive});
    CHECK(analysis.start == march(2));
    CHECK(analysis.finish == march(9));
    CHECK(analysis.tasks.value(training).totalFloat == 2);
    CHECK_FALSE(analysis.tasks.value(training).critical);
    CHECK(analysis.tasks.value(report).totalFloat == 4);
    CHECK(analysis.tasks.value(integration).totalFloat == 0);
    CHECK(analysis.tasks.value(golive).critical);

    // A holiday inside the short branch's slack takes a day of its float.
    const PlanAnalysis withHoliday =
        analysePlan(plan.tasks, plan.dependencies, {}, BusinessCalendar({march(5)}), march(2));
    CHECK(withHoliday.tasks.value(training).totalFloat == 1);
}

TEST_CASE("A task placed later than it needs leaves float to the tasks before it")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(3));
    const TaskId golive = plan.add("Go-live", march(9), march(9)); // could be on the 4th
    plan.link(setup, golive);
    const PlanAnalysis analysis =
        analysePlan(plan.tasks, plan.dependencies, {}, BusinessCalendar(), march(2));
    CHECK(analysis.tasks.value(setup).totalFloat == 3);
    CHECK(analysis.criticalPath == QList<TaskId>{golive});

    // Each kind of dependency gives the float it allows.
    struct Case
    {
        DependencyType type;
        int lag;
        int setupFloat;
    };
    for (const Case &c : QList<Case>{{DependencyType::StartToStart, 2, 3},
                                     {DependencyType::FinishToFinish, 0, 4},
                                     {DependencyType::FinishToStart, 1, 2}}) {
        INFO(int(c.type) << " lag " << c.lag);
        plan.dependencies.first().type = c.type;
        plan.dependencies.first().lagDays = c.lag;
        CHECK(analysePlan(plan.tasks, plan.dependencies, {}, BusinessCalendar(), march(2))
                  .tasks.value(setup)
                  .totalFloat == c.setupFloat);
    }
}

TEST_CASE("The analysis pushes tasks that break a dependency and counts overdue tasks and gates")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(6));
    const TaskId golive = plan.add("Go-live", march(4), march(4)); // breaks the dependency
    const TaskId done = plan.add("Contract", march(2), march(3));
    plan.link(setup, golive);
    plan.task(setup).baselineFinish = march(4);
    plan.task(done).status = TaskStatus::Done;

    PhaseGate missed;
    missed.id = GateId::create();
    missed.dueDate = march(5);
    PhaseGate passed = missed;
    passed.id = GateId::create();
    passed.passedDate = march(5);
    PhaseGate later = missed;
    later.id = GateId::create();
    later.dueDate = march(20);

    const PlanAnalysis analysis = analysePlan(
        plan.tasks, plan.dependencies, {missed, passed, later}, BusinessCalendar(), march(9));
    CHECK(analysis.finish == march(9)); // go-live follows setup
    CHECK(analysis.criticalPath == QList<TaskId>{setup, golive});
    CHECK(analysis.overdueTasks == 2); // setup and go-live; the contract is done
    CHECK(analysis.tasks.value(setup).overdue);
    CHECK_FALSE(analysis.tasks.value(done).overdue);
    CHECK(analysis.tasks.value(setup).slip == 2);
    CHECK(analysis.missedGates == QList<GateId>{missed.id});
    // Done, the contract cannot delay anything any more.
    CHECK_FALSE(analysis.tasks.value(done).critical);
}

TEST_CASE("Tasks without dates are left out of the schedule")
{
    Plan plan;
    const TaskId setup = plan.add("Setup", march(2), march(3));
    const TaskId undated = plan.add("Someday", QDate(), QDate());
    const TaskId after = plan.add("After", march(4), march(4));
    plan.link(setup, undated);
    plan.link(undated, after);
    CHECK(plan.describe(reschedule(plan.tasks, plan.dependencies, BusinessCalendar(), setup,
                                   march(9), march(10))) ==
          QStringList{moved("Setup", march(9), march(10))});
    const PlanAnalysis analysis =
        analysePlan(plan.tasks, plan.dependencies, {}, BusinessCalendar(), march(2));
    CHECK(analysis.tasks.contains(undated));
    CHECK_FALSE(analysis.tasks.value(undated).critical);
    CHECK(analysis.finish == march(4));
    CHECK(analysePlan({}, {}, {}, BusinessCalendar(), march(2)).criticalPath.isEmpty());
}

TEST_CASE("A long chain listed backwards is analysed and pushed in order")
{
    // 100 two-day steps one after the other, listed last first, and beside each step but the
    // last a one-day task that may finish up to 5 days after the next step starts.
    Plan plan;
    const BusinessCalendar calendar({march(20)});
    QList<TaskId> chain;
    QDate start = march(2);
    for (int i = 0; i < 100; ++i) {
        const QDate finish = calendar.finishAfter(start, 2);
        chain.append(plan.add("Step", start, finish));
        start = calendar.addBusinessDays(finish, 1);
    }
    std::reverse(plan.tasks.begin(), plan.tasks.end());
    for (int i = 0; i + 1 < chain.size(); ++i) {
        plan.link(chain.at(i), chain.at(i + 1));
        const PlanTask &step = plan.task(chain.at(i));
        const TaskId side = plan.add("Side", step.start, step.start);
        plan.link(side, chain.at(i + 1), DependencyType::FinishToStart, -5);
    }
    REQUIRE(plan.tasks.size() == 199);

    const PlanAnalysis analysis =
        analysePlan(plan.tasks, plan.dependencies, {}, calendar, march(2));
    CHECK(analysis.criticalPath == chain);
    CHECK(analysis.finish == plan.task(chain.last()).finish);
    // The first side task may slip to the fourth day of the third step; the last one only to
    // the plan's finish.
    CHECK(analysis.tasks.value(plan.tasks.at(100).id).totalFloat == 6);
    CHECK(analysis.tasks.value(plan.tasks.last().id).totalFloat == 3);

    // Moving the first step pushes every other step by the same two days, and no side task.
    const PlanTask &first = plan.task(chain.first());
    const QList<TaskDates> moves = reschedule(plan.tasks, plan.dependencies, calendar, first.id,
                                              calendar.addBusinessDays(first.start, 2),
                                              calendar.addBusinessDays(first.finish, 2));
    REQUIRE(moves.size() == 100);
    CHECK(moves.last().task == chain.last());
    CHECK(moves.last().finish == calendar.addBusinessDays(plan.task(chain.last()).finish, 2));
}

TEST_CASE("Each task's float is how far it can slip before the plan finishes later")
{
    // A tangle of 60 tasks with every kind of dependency, made consistent first; then each task
    // pushed by its float leaves the plan's finish where it is, and one day more delays it by
    // one day.
    const BusinessCalendar calendar({QDate(2026, 4, 3), QDate(2026, 4, 6), QDate(2026, 5, 1)});
    QRandomGenerator random(20260302);
    Plan plan;
    QList<TaskId> ids;
    for (int i = 0; i < 60; ++i) {
        const QDate start = calendar.addBusinessDays(march(2), i / 3 * 2);
        ids.append(plan.add("Task", start, calendar.finishAfter(start, 1 + random.bounded(5))));
    }
    for (int i = 1; i < ids.size(); ++i) {
        for (int k = 0; k < 2; ++k) {
            plan.link(ids.at(random.bounded(i)), ids.at(i), DependencyType(random.bounded(3)),
                      random.bounded(-1, 3));
        }
    }
    const auto apply = [](Plan &target, const QList<TaskDates> &moves) {
        for (const TaskDates &move : moves) {
            target.task(move.task).start = move.start;
            target.task(move.task).finish = move.finish;
        }
    };
    apply(plan, resolveConstraints(plan.tasks, plan.dependencies, calendar));
    const PlanAnalysis analysis =
        analysePlan(plan.tasks, plan.dependencies, {}, calendar, march(2));
    REQUIRE_FALSE(analysis.criticalPath.isEmpty());

    int critical = 0;
    for (const PlanTask &task : plan.tasks) {
        const int slack = analysis.tasks.value(task.id).totalFloat;
        critical += slack == 0 ? 1 : 0;
        for (const int extra : {0, 1}) {
            INFO("task " << plan.tasks.indexOf(task) << ", float " << slack << ", pushed "
                         << slack + extra);
            Plan pushed = plan;
            apply(pushed, reschedule(pushed.tasks, pushed.dependencies, calendar, task.id,
                                     calendar.addBusinessDays(task.start, slack + extra),
                                     calendar.addBusinessDays(task.finish, slack + extra)));
            const PlanAnalysis after =
                analysePlan(pushed.tasks, pushed.dependencies, {}, calendar, march(2));
            CHECK(calendar.businessDaysBetween(analysis.finish, after.finish) == extra);
        }
    }
    CHECK(critical == analysis.criticalPath.size());
}
