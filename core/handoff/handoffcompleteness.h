// What sales still owes the CSM: the handoff items and whether each is in the file.
#pragma once

#include "domain/customer.h"
#include "domain/stakeholder.h"

#include <QList>
#include <QString>

namespace Csm {

struct HandoffItem
{
    QString label;
    bool done = false;
};

struct HandoffCompleteness
{
    QList<HandoffItem> items;

    int doneCount() const;
    int percent() const;
    QStringList missing() const;
};

// The handoff is complete when the account's goals, metrics, team, context and
// communication preferences are recorded, the handoff meeting has been held and the
// introduction e-mail sent.
HandoffCompleteness assessHandoff(const Customer &customer, const QList<Stakeholder> &stakeholders);

} // namespace Csm
