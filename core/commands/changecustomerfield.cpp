#include "changecustomerfield.h"

#include "commandids.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

namespace {
constexpr qint64 MergeWindowMs = 3000;

bool sameContent(Customer a, Customer b)
{
    a.meta = {};
    b.meta = {};
    return a == b;
}
} // namespace

ChangeCustomerField::ChangeCustomerField(Workspace *workspace, const CustomerId &id,
                                         CustomerField field, const QVariant &value,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_field(field)
    , m_lastEdit(workspace->now())
{
    if (const Customer *customer = workspace->customer(id))
        m_before = *customer;
    m_after = m_before;
    setCustomerValue(m_after, field, value);
    workspace->touch(m_after.meta);
    setText(QCoreApplication::translate("Csm::Commands", "Change %1 of %2")
                .arg(customerFieldLabel(field).toLower(), m_before.accountName));
    if (m_before.id.isNull() || sameContent(m_before, m_after))
        setObsolete(true);
}

void ChangeCustomerField::redo()
{
    if (isObsolete())
        return;
    if (!m_workspace->updateCustomer(m_after))
        setObsolete(true);
}

void ChangeCustomerField::undo()
{
    m_workspace->updateCustomer(m_before);
}

int ChangeCustomerField::id() const
{
    return CommandId::ChangeCustomerField;
}

bool ChangeCustomerField::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeCustomerField *>(other);
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
        // Back where it started: the stack drops this step, so put the stamps back too.
        m_workspace->updateCustomer(m_before);
        setObsolete(true);
    }
    return true;
}

} // namespace Csm
