#include "removecustomer.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace Csm {

RemoveCustomer::RemoveCustomer(Workspace *workspace, const CustomerId &id, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_workspace(workspace)
    , m_file(workspace->onboardingFile(id))
{
    setText(QCoreApplication::translate("Csm::Commands", "Delete customer %1")
                .arg(m_file.customer.accountName));
}

void RemoveCustomer::redo()
{
    if (m_tombstonesAfter.isEmpty()) {
        // Stamped once, at the first deletion; redo after undo repeats the same deletion.
        m_tombstonesAfter = m_file.tombstones;
        const CustomerId id = m_file.customer.id;
        m_tombstonesAfter.append(
            m_workspace->makeTombstone(id.toString(), QStringLiteral("customer"), id));
        for (const Stakeholder &stakeholder : std::as_const(m_file.stakeholders))
            m_tombstonesAfter.append(m_workspace->makeTombstone(stakeholder.id.toString(),
                                                                QStringLiteral("stakeholder"), id));
        forEachRecordType([&](auto type) {
            using R = decltype(type);
            for (const R &record : m_file.records<R>())
                m_tombstonesAfter.append(m_workspace->makeTombstone(
                    record.id.toString(), QLatin1String(RecordTraits<R>::entity), id));
        });
    }
    if (!m_workspace->removeOnboardingFile(m_file.customer.id, m_tombstonesAfter))
        setObsolete(true);
}

void RemoveCustomer::undo()
{
    m_workspace->insertOnboardingFile(m_file);
}

} // namespace Csm
