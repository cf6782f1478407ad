#pragma once

#include "domain/stakeholder.h"

#include <QDateTime>
#include <QUndoCommand>
#include <QVariant>

namespace Csm {

class Workspace;

// Changes one field of a stakeholder; merges like ChangeCustomerField.
class ChangeStakeholderField : public QUndoCommand
{
public:
    ChangeStakeholderField(Workspace *workspace, const StakeholderId &id, StakeholderField field,
                           const QVariant &value, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Workspace *m_workspace;
    StakeholderField m_field;
    Stakeholder m_before;
    Stakeholder m_after;
    QDateTime m_lastEdit;
};

} // namespace Csm
