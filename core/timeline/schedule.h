// The scheduling rules of the implementation plan: moving a task pushes its dependants as far
// as their dependencies need, a dependency that would close a cycle is refused, the critical
// path, slip against the baseline, overdue tasks and missed gates, and the state of each
// workstream. All dates are calendar dates; lengths and lags count in business days
// (BusinessCalendar).
#pragma once

#include "businesscalendar.h"
#include "domain/timeline.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Csm {

// New dates for one task.
struct TaskDates
{
    TaskId task;
    QDate start;
    QDate finish;
    bool operator==(const TaskDates &) const = default;
};

// The earliest start (or finish) a dependency allows its successor, given its predecessor's
// dates: finish-to-start: the business day after the predecessor's finish plus the lag;
// start-to-start: the predecessor's start plus the lag; finish-to-finish: the successor may
// finish no earlier than the predecessor's finish plus the lag. A negative lag is a lead. A
// milestone lasts its one day, so a finish-to-start successor of a milestone starts the
// business day after it.
//
// Lengths: a task lasts its working days from its start to its finish, at least one (a
// milestone, or a task lying on a weekend only); work on a task that starts on a weekend or a
// holiday begins on the next business day. A task moved by these rules lands on business days.
//
// Cycles in stored data (a shared file could hold one): the dependency found closing a cycle
// (depth first, in list order) is left out of every rule, so the rules still end and move
// nothing round and round.
//
// The result of changing one task's dates: that task at `start`/`finish`, and every task that
// depends on it, directly or not, moved later (keeping its length in working days) just as
// far as its dependencies require. The changed task itself stays where it is put even where
// its own predecessors would want it later (the user decided; resolveConstraints() would move
// it). Dependants that already satisfy their constraints do not move, and no task ever moves
// earlier. Only tasks whose dates change are listed, the changed task first, then the others
// with each after what pushed it; empty when the task is unknown or its dates are unchanged.
// Tasks without dates are left alone and constrain nothing.
QList<TaskDates> reschedule(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                            const BusinessCalendar &calendar, const TaskId &changed,
                            const QDate &start, const QDate &finish);

// The tasks that need to move so that every dependency holds (for a plan edited elsewhere, or
// after a dependency is added), as reschedule() would move them: later only, keeping their
// length, each listed once after the tasks it depends on.
QList<TaskDates> resolveConstraints(const QList<PlanTask> &tasks,
                                    const QList<TaskDependency> &dependencies,
                                    const BusinessCalendar &calendar);

// The cycle that a new dependency from `predecessor` to `successor` would close, as task names
// from the successor round to itself ("Configure SSO", "Test SSO", "Configure SSO"); empty
// when there is none. The shortest such way when there are several. A task depending on itself
// is a cycle of one: its name twice. A task without a name shows as "(unnamed task)".
QStringList dependencyCycle(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                            const TaskId &predecessor, const TaskId &successor);

// Business days the task finishes after its baseline finish (negative when early); 0 without a
// baseline finish or a finish.
int slipDays(const PlanTask &task, const BusinessCalendar &calendar);

// Not done and its finish is before `today` (due today is not overdue yet).
bool isOverdue(const PlanTask &task, const QDate &today);

// A workstream counts as not started while it has no named customer owner, or while none of
// its tasks has started (all not started with no progress; a workstream without tasks has not
// started). A task done or blocked has started.
bool isWorkstreamStarted(const Workstream &workstream, const QList<PlanTask> &tasks);

// The analysis works on the plan as it stands: each task at its dates, later only where a
// dependency requires it (the forward pass, as resolveConstraints() would move it), and a
// backward pass from the plan's finish gives the latest finish of each task. Total float is
// how far a task can slip from its current dates, in business days; the critical path is the
// unfinished tasks with no float: the chains that end at the plan's latest finish. A task done
// can no longer slip and is never critical. Tasks without dates have no float and are not
// critical, but count for slip and overdue.
struct TaskAnalysis
{
    bool critical = false; // on the critical path: any delay delays the plan's finish
    int totalFloat = 0;    // business days the task can slip without delaying the plan's finish
    int slip = 0;          // slipDays()
    bool overdue = false;  // isOverdue()
};

struct PlanAnalysis
{
    QHash<TaskId, TaskAnalysis> tasks;
    QList<TaskId> criticalPath; // in date order (start, then finish, then list order)
    QDate start;                // earliest start of any task with dates
    QDate finish;               // latest finish of any task, after the forward pass
    int overdueTasks = 0;
    QList<GateId> missedGates; // not passed and due before today, in list order
};

PlanAnalysis analysePlan(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                         const QList<PhaseGate> &gates, const BusinessCalendar &calendar,
                         const QDate &today);

} // namespace Csm
