// The generic "change one field of a record" command behind ChangeCustomerField and
// ChangeStakeholderField. It keeps the whole record before and after, so undo restores the
// exact previous state, stamps included. Consecutive edits of the same field within a few
// seconds (typing) merge into one step, which becomes obsolete when the value returns to
// where it started.
#pragma once

#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>
#include <QVariant>

namespace Csm {

// Traits: Record, Id, Field, MergeId (a CommandId), find(ws, id), update(ws, record), set(record,
// field, value), label(field), name(ws, record).
template<typename Traits> class ChangeField : public QUndoCommand
{
public:
    using Record = typename Traits::Record;
    using Field = typename Traits::Field;

    static constexpr qint64 MergeWindowMs = 3000;

    ChangeField(Workspace *workspace, const typename Traits::Id &id, Field field,
                const QVariant &value, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_workspace(workspace)
        , m_field(field)
        , m_lastEdit(workspace->now())
    {
        if (const Record *record = Traits::find(*workspace, id))
            m_before = *record;
        m_after = m_before;
        Traits::set(m_after, field, value);
        workspace->touch(m_after.meta);
        setText(QCoreApplication::translate("Csm::Commands", "Change %1 of %2")
                    .arg(Traits::label(field).toLower(), Traits::name(*workspace, m_before)));
        if (m_before.id.isNull() || sameContent(m_before, m_after))
            setObsolete(true);
    }

    Field field() const { return m_field; }

    void redo() override
    {
        if (isObsolete())
            return;
        if (!Traits::update(*m_workspace, m_after))
            setObsolete(true);
    }

    void undo() override { Traits::update(*m_workspace, m_before); }

    int id() const override { return Traits::MergeId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeField *>(other);
        // An edit that changed nothing was never applied; taking its stamps would make redo
        // differ from what the user saw.
        if (next->isObsolete())
            return false;
        if (next->m_after.id != m_after.id || next->m_field != m_field ||
            m_lastEdit.msecsTo(next->m_lastEdit) > MergeWindowMs)
            return false;
        m_after = next->m_after;
        m_lastEdit = next->m_lastEdit;
        if (sameContent(m_before, m_after)) {
            // Back where it started: the stack drops this step, so put the stamps back too.
            Traits::update(*m_workspace, m_before);
            setObsolete(true);
        }
        return true;
    }

private:
    static bool sameContent(Record a, Record b)
    {
        a.meta = {};
        b.meta = {};
        return a == b;
    }

    Workspace *m_workspace;
    Field m_field;
    Record m_before;
    Record m_after;
    QDateTime m_lastEdit;
};

} // namespace Csm
