#pragma once

#include "domain/onboardingfile.h"

#include <QUndoCommand>

namespace Csm {

class Workspace;

// Deletes a customer with its stakeholders; undo brings all of it back with the same ids.
class RemoveCustomer : public QUndoCommand
{
public:
    RemoveCustomer(Workspace *workspace, const CustomerId &id, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    OnboardingFile m_file;
    QList<Tombstone> m_tombstonesAfter;
};

} // namespace Csm
