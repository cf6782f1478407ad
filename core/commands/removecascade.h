// Undoable removals that take dependent records along: an outcome with its objectives, an
// objective with its steps and measurements, stakeholders with their kickoff attendance.
#pragma once

#include "domain/id.h"

#include <QList>

class QUndoCommand;

namespace Csm {

class Workspace;

QUndoCommand *makeRemoveOutcome(Workspace *workspace, const OutcomeId &id);
QUndoCommand *makeRemoveObjective(Workspace *workspace, const ObjectiveId &id,
                                  QUndoCommand *parent = nullptr);
QUndoCommand *makeRemoveStakeholders(Workspace *workspace, const QList<StakeholderId> &ids);

} // namespace Csm
