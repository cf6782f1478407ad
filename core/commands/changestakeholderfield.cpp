#include "changestakeholderfield.h"

#include "commandids.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

namespace {
constexpr qint64 MergeWindowMs = 3000;

bool sameContent(Stakeholder a, Stakeholder b)
{
    a.meta = {};
    b.meta = {};
    return a == b;
}
} // namespace

ChangeStakeholderField::ChangeStakeholderField(Workspace *workspace, const StakeholderId &id,
                                               StakeholderField field, const QVariant &value,
                                               QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_field(field)
    , m_lastEdit(workspace->now())
{
    if (const Stakeholder *stakeholder = workspace->stakeholder(id))
        m_before = *stakeholder;
    m_after = m_before;
    setStakeholderValue(m_after, field, value);
    workspace->touch(m_after.meta);
    setText(QCoreApplication::translate("Csm::Commands", "Change %1 of %2")
                .arg(stakeholderFieldLabel(field).toLower(), m_before.name));
    if (m_before.id.isNull() || sameContent(m_before, m_after))
        setObsolete(true);
}

void ChangeStakeholderField::redo()
{
    if (isObsolete())
        return;
    if (!m_workspace->updateStakeholder(m_after))
        setObsolete(true);
}

void ChangeStakeholderField::undo()
{
    m_workspace->updateStakeholder(m_before);
}

int ChangeStakeholderField::id() const
{
    return CommandId::ChangeStakeholderField;
}

bool ChangeStakeholderField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeStakeholderField *>(other);
    // An edit that changed nothing was never applied; taking its stamps would make redo
    // differ from what the user saw.
    if (next->isObsolete())
        return false;
    if (next->m_after.id != m_after.id || next->m_field != m_field
        || m_lastEdit.msecsTo(next->m_lastEdit) > MergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastEdit = next->m_lastEdit;
    if (sameContent(m_before, m_after)) {
        m_workspace->updateStakeholder(m_before);
        setObsolete(true);
    }
    return true;
}

} // namespace Csm
