#pragma once

#include "domain/customer.h"

#include <QDateTime>
#include <QUndoCommand>
#include <QVariant>

namespace Csm {

class Workspace;

// Changes one field of a customer. Consecutive edits of the same field within a few seconds
// (typing) merge into one step, which becomes obsolete when the value returns to where it
// started.
class ChangeCustomerField : public QUndoCommand
{
public:
    ChangeCustomerField(Workspace *workspace, const CustomerId &id, CustomerField field,
                        const QVariant &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    CustomerField field() const { return m_field; }

private:
    Workspace *m_workspace;
    CustomerField m_field;
    Customer m_before;
    Customer m_after;
    QDateTime m_lastEdit;
};

} // namespace Csm
