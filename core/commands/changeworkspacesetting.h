#pragma once

#include "workspace/workspace.h"

#include <QUndoCommand>

namespace Csm {

// Changes one workspace setting (the holidays, a threshold); undo puts back the text it had.
class ChangeWorkspaceSetting : public QUndoCommand
{
public:
    ChangeWorkspaceSetting(Workspace *workspace, const QString &key, const QString &value,
                           const QString &text, QUndoCommand *parent = nullptr)
        : QUndoCommand(text, parent)
        , m_workspace(workspace)
        , m_key(key)
        , m_before(workspace->settingValue(key))
        , m_after(value)
    {
        if (m_before == m_after)
            setObsolete(true);
    }

    void redo() override
    {
        if (!isObsolete() && !m_workspace->setSetting(m_key, m_after))
            setObsolete(true);
    }

    void undo() override { m_workspace->setSetting(m_key, m_before); }

private:
    Workspace *m_workspace;
    QString m_key;
    QString m_before;
    QString m_after;
};

} // namespace Csm
