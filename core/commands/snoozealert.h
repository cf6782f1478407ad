// Snoozing a portfolio alert and bringing it back, as undo steps.
#pragma once

#include "domain/id.h"

#include <QDate>
#include <QString>

class QUndoCommand;

namespace Csm {

class Workspace;
struct PortfolioAlert;

// Snoozes `alert` of `customer` in its current situation with `note`, until `until` (invalid:
// until the situation changes). Earlier snoozes of the same kind go, so a customer keeps one
// per kind. One undo step; null when the customer is unknown.
QUndoCommand *makeSnoozeAlert(Workspace *workspace, const CustomerId &customer,
                              const PortfolioAlert &alert, const QString &note, const QDate &until);

// Brings `alert` back: removes its snoozes. One undo step; null when it has none.
QUndoCommand *makeWakeAlert(Workspace *workspace, const CustomerId &customer,
                            const PortfolioAlert &alert);

} // namespace Csm
