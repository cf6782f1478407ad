// Undoable edits of the implementation plan that are more than one field of one record: each
// is one undo step.
#pragma once

#include "domain/timeline.h"
#include "timeline/businesscalendar.h"

#include <QDate>
#include <QString>

class QUndoCommand;

namespace Csm {

class Workspace;

// The calendar of the workspace: weekends and its holidays.
BusinessCalendar workspaceCalendar(const Workspace &workspace);

// Moves or resizes a task to `start`/`finish` (a milestone: finish == start) and pushes the
// tasks that depend on it as far as needed (reschedule()). Null when the task is unknown or
// nothing would change.
QUndoCommand *makeMoveTask(Workspace *workspace, const TaskId &task, const QDate &start,
                           const QDate &finish);

// Links two tasks and moves the successor (and what depends on it) as far as the new
// dependency needs. Returns null and sets `error` when the link would close a cycle ("Setup
// depends on Testing, which depends on Setup"), when it already exists, or when a task is
// unknown or they belong to different customers.
QUndoCommand *makeAddDependency(Workspace *workspace, const TaskId &predecessor,
                                const TaskId &successor, DependencyType type, int lagDays,
                                QString *error);

// Changes a dependency's type or lag and moves its successor as needed.
QUndoCommand *makeChangeDependency(Workspace *workspace, const DependencyId &dependency,
                                   DependencyType type, int lagDays);

// Removals taking what hangs off the record along: a workstream with its tasks, a task with
// its dependencies, a gate with its criteria.
QUndoCommand *makeRemoveWorkstream(Workspace *workspace, const WorkstreamId &id);
QUndoCommand *makeRemoveTask(Workspace *workspace, const TaskId &id,
                             QUndoCommand *parent = nullptr);
QUndoCommand *makeRemoveGate(Workspace *workspace, const GateId &id);

// Saves the current dates of every task of the customer as its baseline.
QUndoCommand *makeSaveBaseline(Workspace *workspace, const CustomerId &customer);

// Makes `task` the customer's first-value milestone; the one marked before loses the mark.
QUndoCommand *makeSetFirstValueMilestone(Workspace *workspace, const TaskId &task);

} // namespace Csm
