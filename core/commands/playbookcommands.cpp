#include "playbookcommands.h"

#include "addrecord.h"
#include "removerecord.h"
#include "timeline/playbook.h"
#include "timelinecommands.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace Csm {

namespace {

struct CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Commands)
};

// A macro that is all or nothing: when one of its steps cannot be written, the steps done
// before it are undone and the whole command becomes obsolete, so QUndoStack drops it.
class AllOrNothing : public QUndoCommand
{
public:
    explicit AllOrNothing(const QString &text)
        : QUndoCommand(text)
    {}

    template<typename Step, typename... Args> void add(Args &&...args)
    {
        m_steps.append(new Step(std::forward<Args>(args)..., this));
    }

    void redo() override
    {
        for (qsizetype i = 0; i < m_steps.size(); ++i) {
            QUndoCommand *step = m_steps.at(i);
            if (step->isObsolete())
                continue; // nothing to do, e.g. a record already gone
            step->redo();
            if (step->isObsolete()) {
                for (qsizetype j = i - 1; j >= 0; --j) {
                    if (!m_steps.at(j)->isObsolete())
                        m_steps.at(j)->undo();
                }
                setObsolete(true);
                return;
            }
        }
    }

    void undo() override
    {
        for (qsizetype i = m_steps.size() - 1; i >= 0; --i) {
            if (!m_steps.at(i)->isObsolete())
                m_steps.at(i)->undo();
        }
    }

private:
    QList<QUndoCommand *> m_steps; // owned as children
};

// Stamps the records as made now, one millisecond apart: records are listed in creation
// order, so the plan keeps the playbook's order after a restart.
template<typename R> void stamp(QList<R> &records, const RecordMeta &meta, qint64 &offset)
{
    for (R &record : records) {
        record.meta = meta;
        record.meta.createdAt = meta.createdAt.addMSecs(offset++);
        record.meta.modifiedAt = record.meta.createdAt;
    }
}

template<typename R>
void addRemovals(AllOrNothing *macro, Workspace *workspace, const CustomerId &customer)
{
    for (const R &record : workspace->records<R>(customer))
        macro->add<RemoveRecord<R>>(workspace, record.id);
}

template<typename R>
void addInsertions(AllOrNothing *macro, Workspace *workspace, const QList<R> &records)
{
    for (const R &record : records)
        macro->add<AddRecord<R>>(workspace, record, addRecordText(RecordTraits<R>::kind, {}));
}

class SavePlaybook : public QUndoCommand
{
public:
    SavePlaybook(Workspace *workspace, const SavedPlaybook &after,
                 const std::optional<SavedPlaybook> &before)
        : QUndoCommand(CommandsText::tr("Save playbook %1").arg(after.playbook.name.simplified()))
        , m_workspace(workspace)
        , m_after(after)
        , m_before(before)
    {}

    void redo() override
    {
        if (!m_workspace->savePlaybook(m_after))
            setObsolete(true);
    }

    void undo() override
    {
        if (m_before)
            m_workspace->savePlaybook(*m_before);
        else
            m_workspace->removePlaybook(m_after.playbook.id);
    }

private:
    Workspace *m_workspace;
    SavedPlaybook m_after;
    std::optional<SavedPlaybook> m_before;
};

class RemovePlaybook : public QUndoCommand
{
public:
    RemovePlaybook(Workspace *workspace, const SavedPlaybook &before)
        : QUndoCommand(
              CommandsText::tr("Remove playbook %1").arg(before.playbook.name.simplified()))
        , m_workspace(workspace)
        , m_before(before)
    {}

    void redo() override
    {
        if (!m_workspace->removePlaybook(m_before.playbook.id))
            setObsolete(true);
    }

    void undo() override { m_workspace->savePlaybook(m_before); }

private:
    Workspace *m_workspace;
    SavedPlaybook m_before;
};

} // namespace

QUndoCommand *makeApplyPlaybook(Workspace *workspace, const CustomerId &customer,
                                const Playbook &playbook, bool replaceExisting)
{
    const Customer *target = workspace->customer(customer);
    if (!target)
        return nullptr;
    GeneratedPlan plan = generatePlan(playbook, *target, workspaceCalendar(*workspace),
                                      workspace->today(), workspace->stakeholders(target->id));

    const QList<PlanTask> current = workspace->records<PlanTask>(customer);
    const bool keepsFirstValue =
        !replaceExisting && std::any_of(current.cbegin(), current.cend(),
                                        [](const PlanTask &task) { return task.firstValue; });
    if (keepsFirstValue) {
        for (PlanTask &task : plan.tasks)
            task.firstValue = false;
    }

    const QString name = playbook.name.simplified();
    auto *macro = new AllOrNothing(
        replaceExisting ? CommandsText::tr("Replace the plan with playbook %1").arg(name)
                        : CommandsText::tr("Apply playbook %1").arg(name));
    if (replaceExisting) {
        // Children first; undo runs in reverse and brings the parents back before them.
        addRemovals<GateCriterion>(macro, workspace, customer);
        addRemovals<PhaseGate>(macro, workspace, customer);
        addRemovals<TaskDependency>(macro, workspace, customer);
        addRemovals<PlanTask>(macro, workspace, customer);
        addRemovals<Workstream>(macro, workspace, customer);
    }
    const RecordMeta meta = workspace->newMeta();
    qint64 offset = 0;
    stamp(plan.workstreams, meta, offset);
    stamp(plan.tasks, meta, offset);
    stamp(plan.dependencies, meta, offset);
    stamp(plan.gates, meta, offset);
    stamp(plan.criteria, meta, offset);
    addInsertions(macro, workspace, plan.workstreams);
    addInsertions(macro, workspace, plan.tasks);
    addInsertions(macro, workspace, plan.dependencies);
    addInsertions(macro, workspace, plan.gates);
    addInsertions(macro, workspace, plan.criteria);
    return macro;
}

QUndoCommand *makeSavePlaybook(Workspace *workspace, const Playbook &playbook)
{
    if (playbook.builtIn)
        return nullptr;
    SavedPlaybook after;
    after.playbook = playbook;
    if (after.playbook.id.isEmpty())
        after.playbook.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<SavedPlaybook> before;
    if (const SavedPlaybook *existing = workspace->userPlaybook(after.playbook.id)) {
        before = *existing;
        after.meta = existing->meta;
        workspace->touch(after.meta);
    } else {
        after.meta = workspace->newMeta();
    }
    return new SavePlaybook(workspace, after, before);
}

QUndoCommand *makeRemovePlaybook(Workspace *workspace, const QString &id)
{
    const SavedPlaybook *existing = workspace->userPlaybook(id);
    return existing ? new RemovePlaybook(workspace, *existing) : nullptr;
}

} // namespace Csm
