// Undoable use of playbook templates: a customer's plan made from one, and the user's own
// templates saved and removed.
#pragma once

#include "domain/id.h"

#include <QString>

class QUndoCommand;

namespace Csm {

class Workspace;
struct Playbook;

// Adds the plan `playbook` makes for the customer (generatePlan(), with the workspace's
// calendar, dated from the signature date or today) as one undo step: every workstream,
// task, dependency, gate and criterion, stamped as made now by the author, in the
// playbook's order. With `replaceExisting`, the customer's current plan (workstreams,
// tasks, dependencies, gates and criteria) is removed first in the same step, leaving
// tombstones as any removal does. Without it the new plan is added beside the current one,
// which keeps its own first-value milestone if it has one (a plan has one). If any write
// fails, what this step did is undone and the command drops itself when pushed. Null when
// the customer is unknown.
QUndoCommand *makeApplyPlaybook(Workspace *workspace, const CustomerId &customer,
                                const Playbook &playbook, bool replaceExisting);

// Saves a playbook among the user's templates, or replaces the saved one with its id (an
// empty id gets a new one); undo restores what was there, stamps included. Null for a
// built-in playbook.
QUndoCommand *makeSavePlaybook(Workspace *workspace, const Playbook &playbook);

// Removes one of the user's templates; undo brings it back as it was. Null when no saved
// playbook has this id.
QUndoCommand *makeRemovePlaybook(Workspace *workspace, const QString &id);

} // namespace Csm
