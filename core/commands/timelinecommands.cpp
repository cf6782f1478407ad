#include "timelinecommands.h"

#include "addrecord.h"
#include "recordcommandtext.h"
#include "removerecord.h"
#include "timeline/schedule.h"
#include "updaterecords.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Csm {

namespace {

struct CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Commands)
};

// The tasks as they are after `moves`, for the records that change.
QList<PlanTask> movedTasks(const Workspace &workspace, const QList<TaskDates> &moves)
{
    QList<PlanTask> changed;
    for (const TaskDates &move : moves) {
        const PlanTask *task = workspace.record<PlanTask>(move.task);
        if (!task)
            continue;
        PlanTask after = *task;
        after.start = move.start;
        after.finish = move.finish;
        if (after != *task)
            changed.append(after);
    }
    return changed;
}

// Adds to `parent` the moves that make every dependency of the customer hold once `extra` is
// among them.
void addResolvingMoves(Workspace *workspace, const CustomerId &customer,
                       const QList<TaskDependency> &extra, QUndoCommand *parent)
{
    QList<TaskDependency> dependencies = workspace->records<TaskDependency>(customer);
    dependencies += extra;
    const QList<TaskDates> moves = resolveConstraints(workspace->records<PlanTask>(customer),
                                                      dependencies, workspaceCalendar(*workspace));
    const QList<PlanTask> changed = movedTasks(*workspace, moves);
    if (!changed.isEmpty())
        new UpdateRecords<PlanTask>(workspace, changed, CommandsText::tr("Move dependent tasks"),
                                    parent);
}

} // namespace

BusinessCalendar workspaceCalendar(const Workspace &workspace)
{
    return BusinessCalendar(workspace.settings().holidays);
}

QUndoCommand *makeMoveTask(Workspace *workspace, const TaskId &id, const QDate &start,
                           const QDate &finish)
{
    const PlanTask *task = workspace->record<PlanTask>(id);
    if (!task || !start.isValid() || !finish.isValid())
        return nullptr;
    const QDate end = task->isMilestone() ? start : std::max(start, finish);
    const QList<TaskDates> moves = reschedule(workspace->records<PlanTask>(task->customerId),
                                              workspace->records<TaskDependency>(task->customerId),
                                              workspaceCalendar(*workspace), id, start, end);
    QList<PlanTask> changed = movedTasks(*workspace, moves);
    // The task itself goes where it was put, even where reschedule has nothing to say.
    if (std::none_of(changed.cbegin(), changed.cend(),
                     [&](const PlanTask &t) { return t.id == id; })) {
        PlanTask self = *task;
        self.start = start;
        self.finish = end;
        if (self != *task)
            changed.prepend(self);
    }
    if (changed.isEmpty())
        return nullptr;
    const bool resized = task->start == start || task->finish == end;
    const QString text =
        changed.size() == 1
            ? (resized && !task->isMilestone() ? CommandsText::tr("Change dates of %1")
                                               : CommandsText::tr("Move %1"))
                  .arg(task->name.simplified())
            : QCoreApplication::translate("Csm::Commands", "Move %1 and %n dependent task(s)",
                                          nullptr, int(changed.size() - 1))
                  .arg(task->name.simplified());
    return new UpdateRecords<PlanTask>(workspace, changed, text);
}

QUndoCommand *makeAddDependency(Workspace *workspace, const TaskId &predecessor,
                                const TaskId &successor, DependencyType type, int lagDays,
                                QString *error)
{
    auto refuse = [error](const QString &message) -> QUndoCommand * {
        if (error)
            *error = message;
        return nullptr;
    };
    const PlanTask *from = workspace->record<PlanTask>(predecessor);
    const PlanTask *to = workspace->record<PlanTask>(successor);
    if (!from || !to)
        return refuse(CommandsText::tr("Choose two tasks to link."));
    if (from->customerId != to->customerId)
        return refuse(CommandsText::tr("Tasks of different customers cannot be linked."));
    const QList<TaskDependency> dependencies = workspace->records<TaskDependency>(from->customerId);
    for (const TaskDependency &d : dependencies) {
        if (d.predecessorId == predecessor && d.successorId == successor)
            return refuse(CommandsText::tr("\"%1\" already depends on \"%2\".")
                              .arg(to->name.simplified(), from->name.simplified()));
    }
    const QStringList cycle = dependencyCycle(workspace->records<PlanTask>(from->customerId),
                                              dependencies, predecessor, successor);
    if (!cycle.isEmpty()) {
        QStringList quoted;
        for (const QString &name : cycle)
            quoted.append(QStringLiteral("\"%1\"").arg(name));
        return refuse(
            CommandsText::tr("\"%1\" cannot depend on \"%2\": that would make a circle (%3).")
                .arg(to->name.simplified(), from->name.simplified(),
                     quoted.join(QStringLiteral(" \u2192 "))));
    }

    TaskDependency dependency;
    dependency.id = DependencyId::create();
    dependency.customerId = from->customerId;
    dependency.predecessorId = predecessor;
    dependency.successorId = successor;
    dependency.type = type;
    dependency.lagDays = lagDays;
    dependency.meta = workspace->newMeta();

    auto *macro = new QUndoCommand(
        CommandsText::tr("Link %1 to %2").arg(from->name.simplified(), to->name.simplified()));
    new AddRecord<TaskDependency>(workspace, dependency, macro->text(), macro);
    addResolvingMoves(workspace, from->customerId, {dependency}, macro);
    return macro;
}

QUndoCommand *makeChangeDependency(Workspace *workspace, const DependencyId &id,
                                   DependencyType type, int lagDays)
{
    const TaskDependency *dependency = workspace->record<TaskDependency>(id);
    if (!dependency || (dependency->type == type && dependency->lagDays == lagDays))
        return nullptr;
    TaskDependency after = *dependency;
    after.type = type;
    after.lagDays = lagDays;
    auto *macro = new QUndoCommand(
        CommandsText::tr("Change link %1").arg(recordName(*workspace, *dependency)));
    new UpdateRecords<TaskDependency>(workspace, {after}, macro->text(), macro);
    // Resolve against the dependency as it will be.
    QList<TaskDependency> others;
    for (const TaskDependency &d : workspace->records<TaskDependency>(dependency->customerId)) {
        if (d.id != id)
            others.append(d);
    }
    others.append(after);
    const QList<TaskDates> moves =
        resolveConstraints(workspace->records<PlanTask>(dependency->customerId), others,
                           workspaceCalendar(*workspace));
    const QList<PlanTask> changed = movedTasks(*workspace, moves);
    if (!changed.isEmpty())
        new UpdateRecords<PlanTask>(workspace, changed, CommandsText::tr("Move dependent tasks"),
                                    macro);
    return macro;
}

QUndoCommand *makeRemoveTask(Workspace *workspace, const TaskId &id, QUndoCommand *parent)
{
    const PlanTask *task = workspace->record<PlanTask>(id);
    auto *macro = new QUndoCommand(
        removeRecordText(RecordKind::Task, task ? task->name.simplified() : QString()), parent);
    if (!task)
        return macro;
    for (const TaskDependency &d : workspace->records<TaskDependency>(task->customerId)) {
        if (d.predecessorId == id || d.successorId == id)
            new RemoveRecord<TaskDependency>(workspace, d.id, macro);
    }
    new RemoveRecord<PlanTask>(workspace, id, macro);
    return macro;
}

QUndoCommand *makeRemoveWorkstream(Workspace *workspace, const WorkstreamId &id)
{
    const Workstream *workstream = workspace->record<Workstream>(id);
    auto *macro = new QUndoCommand(removeRecordText(
        RecordKind::Workstream, workstream ? workstream->name.simplified() : QString()));
    if (!workstream)
        return macro;
    // Dependencies first, each once, even when both ends are in this workstream.
    QSet<TaskId> tasks;
    for (const PlanTask &task : workspace->records<PlanTask>(workstream->customerId)) {
        if (task.workstreamId == id)
            tasks.insert(task.id);
    }
    for (const TaskDependency &d : workspace->records<TaskDependency>(workstream->customerId)) {
        if (tasks.contains(d.predecessorId) || tasks.contains(d.successorId))
            new RemoveRecord<TaskDependency>(workspace, d.id, macro);
    }
    for (const PlanTask &task : workspace->records<PlanTask>(workstream->customerId)) {
        if (task.workstreamId == id)
            new RemoveRecord<PlanTask>(workspace, task.id, macro);
    }
    new RemoveRecord<Workstream>(workspace, id, macro);
    return macro;
}

QUndoCommand *makeRemoveGate(Workspace *workspace, const GateId &id)
{
    const PhaseGate *gate = workspace->record<PhaseGate>(id);
    auto *macro = new QUndoCommand(
        removeRecordText(RecordKind::Gate, gate ? recordName(*workspace, *gate) : QString()));
    if (!gate)
        return macro;
    for (const GateCriterion &c : workspace->records<GateCriterion>(gate->customerId)) {
        if (c.gateId == id)
            new RemoveRecord<GateCriterion>(workspace, c.id, macro);
    }
    new RemoveRecord<PhaseGate>(workspace, id, macro);
    return macro;
}

QUndoCommand *makeSaveBaseline(Workspace *workspace, const CustomerId &customer)
{
    QList<PlanTask> changed;
    for (PlanTask task : workspace->records<PlanTask>(customer)) {
        if (task.baselineStart == task.start && task.baselineFinish == task.finish)
            continue;
        task.baselineStart = task.start;
        task.baselineFinish = task.finish;
        changed.append(task);
    }
    if (changed.isEmpty())
        return nullptr;
    return new UpdateRecords<PlanTask>(workspace, changed, CommandsText::tr("Save baseline"));
}

QUndoCommand *makeSetFirstValueMilestone(Workspace *workspace, const TaskId &id)
{
    const PlanTask *task = workspace->record<PlanTask>(id);
    if (!task || task->firstValue)
        return nullptr;
    QList<PlanTask> changed;
    for (PlanTask other : workspace->records<PlanTask>(task->customerId)) {
        if (other.firstValue) {
            other.firstValue = false;
            changed.append(other);
        }
    }
    PlanTask marked = *task;
    marked.firstValue = true;
    changed.append(marked);
    return new UpdateRecords<PlanTask>(
        workspace, changed,
        CommandsText::tr("Make %1 the first-value milestone").arg(task->name.simplified()));
}

} // namespace Csm
