#include "snoozealert.h"

#include "addrecord.h"
#include "portfolio/alerts.h"
#include "removerecord.h"

#include <QCoreApplication>

namespace Csm {

namespace {

struct CommandsText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Commands)
};

} // namespace

QUndoCommand *makeSnoozeAlert(Workspace *workspace, const CustomerId &customer,
                              const PortfolioAlert &alert, const QString &note, const QDate &until)
{
    if (!workspace->customer(customer))
        return nullptr;
    auto *command =
        new QUndoCommand(CommandsText::tr("Snooze alert %1").arg(alertKindName(alert.kind)));
    for (const AlertSnooze &old :
         snoozesOfKind(alert.kind, workspace->records<AlertSnooze>(customer)))
        new RemoveRecord<AlertSnooze>(workspace, old.id, command);
    AlertSnooze snooze;
    snooze.id = AlertSnoozeId::create();
    snooze.customerId = customer;
    snooze.alert = alert.key();
    snooze.situation = alert.situation;
    snooze.note = note.trimmed();
    snooze.until = until;
    snooze.meta = workspace->newMeta();
    new AddRecord<AlertSnooze>(workspace, snooze, {}, command);
    return command;
}

QUndoCommand *makeWakeAlert(Workspace *workspace, const CustomerId &customer,
                            const PortfolioAlert &alert)
{
    const QList<AlertSnooze> snoozes =
        snoozesOfKind(alert.kind, workspace->records<AlertSnooze>(customer));
    if (snoozes.isEmpty())
        return nullptr;
    auto *command =
        new QUndoCommand(CommandsText::tr("Bring back alert %1").arg(alertKindName(alert.kind)));
    for (const AlertSnooze &old : snoozes)
        new RemoveRecord<AlertSnooze>(workspace, old.id, command);
    return command;
}

} // namespace Csm
