#include "addstakeholder.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

AddStakeholder::AddStakeholder(Workspace *workspace, Stakeholder stakeholder, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_stakeholder(std::move(stakeholder))
{
    setText(m_stakeholder.name.isEmpty()
                ? QCoreApplication::translate("Csm::Commands", "Add stakeholder")
                : QCoreApplication::translate("Csm::Commands", "Add stakeholder %1")
                      .arg(m_stakeholder.name));
}

void AddStakeholder::redo()
{
    if (!m_workspace->insertStakeholder(m_stakeholder))
        setObsolete(true);
}

void AddStakeholder::undo()
{
    // A new record never left a trace in a shared file, so it leaves no tombstone.
    m_workspace->removeStakeholder(m_stakeholder.id, std::nullopt);
}

} // namespace Csm
