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
// finish no earlier than the predecessor's finish plus the lag.
// The result of changing one task's dates: that task at `start`/`finish`, and every task that
// depends on it, directly or not, moved later (keeping its length in working days) just as
// far as its dependencies require. Dependants that already satisfy their constraints do not
// move, and no task ever moves earlier. Only tasks whose dates change are listed, the changed
// task first. Tasks without dates are left alone.
QList<TaskDates> reschedule(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                            const BusinessCalendar &calendar, const TaskId &changed,
                            const QDate &start, const QDate &finish);

// The tasks that need to move so that every dependency holds (for a plan edited elsewhere, or
// after a dependency is added), as reschedule() would move them.
QList<TaskDates> resolveConstraints(const QList<PlanTask> &tasks,
                                    const QList<TaskDependency> &dependencies,
                                    const BusinessCalendar &calendar);

// The cycle that a new dependency from `predecessor` to `successor` would close, as task names
// from the successor round to itself ("Configure SSO", "Test SSO", "Configure SSO"); empty
// when there is none. A task depending on itself is a cycle of one.
QStringList dependencyCycle(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                            const TaskId &predecessor, const TaskId &successor);

// Business days the task finishes after its baseline finish (negative when early); 0 without a
// baseline.
int slipDays(const PlanTask &task, const BusinessCalendar &calendar);

// Not done and its finish is before `today`.
bool isOverdue(const PlanTask &task, const QDate &today);

// A workstream counts as not started while it has no named customer owner, or while none of
// its tasks has started (all not started with no progress).
bool isWorkstreamStarted(const Workstream &workstream, const QList<PlanTask> &tasks);

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
    QList<TaskId> criticalPath; // in date order
    QDate start;                // earliest start of any task
    QDate finish;               // latest finish of any task
    int overdueTasks = 0;
    QList<GateId> missedGates; // not passed and due before today
};

PlanAnalysis analysePlan(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                         const QList<PhaseGate> &gates, const BusinessCalendar &calendar,
                         const QDate &today);

} // namespace Csm
