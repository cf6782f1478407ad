#pragma once

#include "domain/record.h"
#include "workspace/workspace.h"

#include <QList>
#include <QUndoCommand>

namespace Csm {

// Replaces several records of one kind at once (a task moved with the tasks that depend on
// it, a baseline saved for a whole plan): one user action, one undo step. Each record is
// given whole as it should be after; undo puts back each one as it was, stamps included.
template<typename R> class UpdateRecords : public QUndoCommand
{
public:
    UpdateRecords(Workspace *workspace, const QList<R> &after, const QString &text,
                  QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_workspace(workspace)
    {
        for (R record : after) {
            const R *current = workspace->record<R>(record.id);
            if (!current)
                continue;
            workspace->touch(record.meta);
            m_before.append(*current);
            m_after.append(record);
        }
        if (m_after.isEmpty())
            setObsolete(true);
    }

    void redo() override
    {
        if (!m_workspace->updateRecords(m_after))
            setObsolete(true);
    }

    void undo() override { m_workspace->updateRecords(m_before); }

private:
    Workspace *m_workspace;
    QList<R> m_before;
    QList<R> m_after;
};

} // namespace Csm
