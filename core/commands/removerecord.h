#pragma once

#include "domain/record.h"
#include "recordcommandtext.h"
#include "workspace/workspace.h"

#include <QUndoCommand>

#include <optional>

namespace Csm {

// Removes one record of a customer ("Remove risk <name>", see recordName); undo brings it back
// with the same id and stamps. Records
// that hang off it (an objective's steps) are removed by commands of their own in the same
// macro: see removecascade.h.
template<typename R> class RemoveRecord : public QUndoCommand
{
public:
    RemoveRecord(Workspace *workspace, const typename RecordTraits<R>::Id &id,
                 QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_workspace(workspace)
    {
        if (const R *record = workspace->record<R>(id))
            m_record = *record;
        if (m_record.id.isNull())
            setObsolete(true);
        else
            setText(removeRecordText(RecordTraits<R>::kind, recordName(*workspace, m_record)));
    }

    void redo() override
    {
        if (isObsolete())
            return;
        if (!m_tombstone)
            m_tombstone = m_workspace->makeTombstone(m_record.id.toString(),
                                                     QLatin1String(RecordTraits<R>::entity),
                                                     m_record.customerId);
        if (!m_workspace->removeRecord<R>(m_record.id, m_tombstone))
            setObsolete(true);
    }

    void undo() override { m_workspace->insertRecord(m_record); }

private:
    Workspace *m_workspace;
    R m_record;
    std::optional<Tombstone> m_tombstone;
};

} // namespace Csm
