#pragma once

#include "domain/recordmeta.h"
#include "domain/stakeholder.h"

#include <QUndoCommand>

#include <optional>

namespace Csm {

class Workspace;

class RemoveStakeholder : public QUndoCommand
{
public:
    RemoveStakeholder(Workspace *workspace, const StakeholderId &id,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    Stakeholder m_stakeholder;
    std::optional<Tombstone> m_tombstone;
};

} // namespace Csm
