#include "addcustomer.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

AddCustomer::AddCustomer(Workspace *workspace, OnboardingFile file, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_file(std::move(file))
    , m_tombstonesBefore(workspace->tombstones(m_file.customer.id))
{
    setText(QCoreApplication::translate("Csm::Commands", "Add customer %1")
                .arg(m_file.customer.accountName));
}

void AddCustomer::redo()
{
    if (!m_workspace->insertOnboardingFile(m_file))
        setObsolete(true);
}

void AddCustomer::undo()
{
    m_workspace->removeOnboardingFile(m_file.customer.id, m_tombstonesBefore);
}

} // namespace Csm
