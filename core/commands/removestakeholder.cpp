#include "removestakeholder.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

RemoveStakeholder::RemoveStakeholder(Workspace *workspace, const StakeholderId &id,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
{
    if (const Stakeholder *stakeholder = workspace->stakeholder(id))
        m_stakeholder = *stakeholder;
    setText(QCoreApplication::translate("Csm::Commands", "Remove stakeholder %1")
                .arg(m_stakeholder.name));
    if (m_stakeholder.id.isNull())
        setObsolete(true);
}

void RemoveStakeholder::redo()
{
    if (isObsolete())
        return;
    if (!m_tombstone)
        m_tombstone = m_workspace->makeTombstone(
            m_stakeholder.id.toString(), QStringLiteral("stakeholder"), m_stakeholder.customerId);
    if (!m_workspace->removeStakeholder(m_stakeholder.id, m_tombstone))
        setObsolete(true);
}

void RemoveStakeholder::undo()
{
    m_workspace->insertStakeholder(m_stakeholder);
}

} // namespace Csm
