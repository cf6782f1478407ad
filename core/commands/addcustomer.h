#pragma once

#include "domain/onboardingfile.h"

#include <QUndoCommand>

namespace Csm {

class Workspace;

// Adds a whole onboarding file (a new customer, an imported file, a sample customer).
class AddCustomer : public QUndoCommand
{
public:
    AddCustomer(Workspace *workspace, OnboardingFile file, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    OnboardingFile m_file;
    QList<Tombstone> m_tombstonesBefore;
};

} // namespace Csm
