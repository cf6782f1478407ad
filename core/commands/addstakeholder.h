#pragma once

#include "domain/stakeholder.h"

#include <QUndoCommand>

namespace Csm {

class Workspace;

class AddStakeholder : public QUndoCommand
{
public:
    AddStakeholder(Workspace *workspace, Stakeholder stakeholder, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    Stakeholder m_stakeholder;
};

} // namespace Csm
