#pragma once

#include "domain/record.h"
#include "recordcommandtext.h"
#include "workspace/workspace.h"

#include <QUndoCommand>

namespace Csm {

// Adds one record of a customer (an outcome, an action, a risk...). Without a text, the undo
// history says "Add risk <name>" (see recordName).
template<typename R> class AddRecord : public QUndoCommand
{
public:
    AddRecord(Workspace *workspace, R record, const QString &text = {},
              QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_workspace(workspace)
        , m_record(std::move(record))
    {
        if (text.isEmpty())
            setText(addRecordText(RecordTraits<R>::kind, recordName(*workspace, m_record)));
    }

    void redo() override
    {
        if (!m_workspace->insertRecord(m_record))
            setObsolete(true);
    }

    // A new record never left a trace in a shared file, so undo leaves no tombstone.
    void undo() override { m_workspace->removeRecord<R>(m_record.id, std::nullopt); }

private:
    Workspace *m_workspace;
    R m_record;
};

} // namespace Csm
