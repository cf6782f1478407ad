// The two e-mails of the first week, written from a customer's onboarding file in the
// customer's language (Customer::language: German for "de", "de-CH"...; French for "fr",
// "fr-CH"...; English otherwise), with numbers and dates written the way that language writes
// them.
#pragma once

#include "email.h"

#include "domain/onboardingfile.h"

#include <QDate>

namespace Csm {

// The introduction the account executive sends within 24 h of the handoff, introducing the
// CSM.
// To: every customer-side stakeholder with a valid e-mail address. Cc: our account
// executives and CSMs among the stakeholders with a valid e-mail address. The CSM and AE are
// Customer::csmOwner and Customer::accountExecutive, or else the first stakeholder with that
// role. Next step: the kickoff on its date; without one, the CSM proposes a date no later
// than the kickoff deadline (5 business days after signature, see kickoffDeadline), or "in
// the next few days" when that day is before `today` or there is no signature date.
// Signed by the account executive, with their address (see signerAddress).
Email introductionEmail(const OnboardingFile &file, const QDate &today,
                        const EmailSender &sender = {});

// The recap the CSM sends within 24 h of the kickoff. To: the customer-side kickoff attendees
// with a valid e-mail address; the greeting names them. Cc: our own attendees with a valid
// address, the CSM who sends it included. It lists the objectives confirmed at the kickoff
// (from baseline to target by target date; in creation order), then the objectives marked as
// quick win in a section of their own (confirmed or not, and not repeated among the goals),
// the action items not done (by due date, those without one last) with owner and due date,
// the next check-in from the agreed cadence (see nextCheckIn; the cadence as typed when it is
// not understood), the channels and the escalation path.
// Signed by the CSM, else by the sender, with their address (see signerAddress).
Email kickoffRecapEmail(const OnboardingFile &file, const QDate &today,
                        const EmailSender &sender = {});

} // namespace Csm
