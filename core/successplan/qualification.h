// Pre-onboarding qualification, checked at the kickoff: is someone able to decide, has the
// customer committed people and time, is there an executive sponsor? An unmet item puts the
// onboarding at risk at once.
#pragma once

#include "domain/customer.h"
#include "domain/stakeholder.h"

#include <QList>
#include <QString>

namespace Csm {

enum class QualificationCheck { DecisionMakerAvailable, ResourcesCommitted, ExecutiveSponsorNamed };
enum class QualificationState { NotYetKnown, Met, NotMet };

QString qualificationStateName(QualificationState state);

struct QualificationItem
{
    QualificationCheck check;
    QualificationState state = QualificationState::NotYetKnown;
    QString label;       // "Decision maker available"
    QString unmetReason; // "no decision maker available"; empty unless not met
};

// The three items, in this order, and their state:
// - Decision maker available: the customer's answer (yes: met, no: not met, else not known).
// - Customer resources committed: met when the answer is yes and both a role and more than
//   0 hours per week are given; yes without a role or without hours is not met; no is not
//   met; otherwise not yet known.
// - Executive sponsor named: met when a customer-side stakeholder has the role executive
//   sponsor and a name; without one, not yet known during the Transition phase and not met
//   from the Kickoff phase on.
QList<QualificationItem> assessQualification(const Customer &customer,
                                             const QList<Stakeholder> &stakeholders);

struct EffectiveStatus
{
    Status status = Status::OnTrack;
    QString reason;
    bool qualificationUnmet = false; // some item is not met, and the status or reason says so
};

// The status to show for a customer. With every item met or not yet known: the stored
// status and reason. With an unmet item, the reason starts with "Qualification: " followed
// by the unmet items joined by "; ", and:
// - a stored "On track" becomes "At risk";
// - a stored "At risk" stays, and the stored reason, if any, follows on a new line;
// - a stored "Stalled" or "Paused" is kept (the CSM set it for a reason that says more), and
//   the qualification reason follows the stored reason on a new line.
EffectiveStatus effectiveStatus(const Customer &customer, const QList<Stakeholder> &stakeholders);

} // namespace Csm
