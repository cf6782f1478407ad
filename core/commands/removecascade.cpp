#include "removecascade.h"

#include "recordcommandtext.h"
#include "removerecord.h"
#include "removestakeholder.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

namespace {
struct CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Commands)
};
} // namespace

QUndoCommand *makeRemoveObjective(Workspace *workspace, const ObjectiveId &id, QUndoCommand *parent)
{
    const Objective *objective = workspace->record<Objective>(id);
    auto *macro = new QUndoCommand(
        removeRecordText(RecordKind::Objective,
                         objective ? recordName(*workspace, *objective) : QString()),
        parent);
    if (!objective)
        return macro;
    // Children first: undo runs in reverse and brings the objective back before them.
    for (const OperationalStep &step : workspace->records<OperationalStep>(objective->customerId)) {
        if (step.objectiveId == id)
            new RemoveRecord<OperationalStep>(workspace, step.id, macro);
    }
    for (const Measurement &m : workspace->records<Measurement>(objective->customerId)) {
        if (m.objectiveId == id)
            new RemoveRecord<Measurement>(workspace, m.id, macro);
    }
    new RemoveRecord<Objective>(workspace, id, macro);
    return macro;
}

QUndoCommand *makeRemoveOutcome(Workspace *workspace, const OutcomeId &id)
{
    const Outcome *outcome = workspace->record<Outcome>(id);
    auto *macro = new QUndoCommand(removeRecordText(
        RecordKind::Outcome, outcome ? recordName(*workspace, *outcome) : QString()));
    if (!outcome)
        return macro;
    for (const Objective &objective : workspace->records<Objective>(outcome->customerId)) {
        if (objective.outcomeId == id)
            makeRemoveObjective(workspace, objective.id, macro);
    }
    new RemoveRecord<Outcome>(workspace, id, macro);
    return macro;
}

QUndoCommand *makeRemoveStakeholders(Workspace *workspace, const QList<StakeholderId> &ids)
{
    auto *macro =
        new QUndoCommand(CommandsText::tr("Remove %n stakeholder(s)", nullptr, int(ids.size())));
    for (const StakeholderId &id : ids) {
        const Stakeholder *stakeholder = workspace->stakeholder(id);
        if (!stakeholder)
            continue;
        for (const KickoffAttendee &a :
             workspace->records<KickoffAttendee>(stakeholder->customerId)) {
            if (a.stakeholderId == id)
                new RemoveRecord<KickoffAttendee>(workspace, a.id, macro);
        }
        new RemoveStakeholder(workspace, id, macro);
    }
    return macro;
}

} // namespace Csm
