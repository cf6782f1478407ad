// The weekly status update of one customer's onboarding, as of a day: where it stands, what
// shipped, what is blocked, what is next, the milestones, first value, risks and actions; and
// the e-mail that sends it, in the customer's language.
#pragma once

#include "businesscalendar.h"
#include "firstvalue.h"

#include "domain/onboardingfile.h"
#include "email/email.h"

#include <QDate>
#include <QList>

namespace Csm {

// One milestone as the update tracks it.
struct MilestoneTracking
{
    PlanTask task;
    QDate planned;   // its baseline date; its current date without a baseline
    QDate projected; // the day it was reached, or when it is expected now
    bool reached = false;
    int slipDays = 0; // business days from planned to projected (negative when early)
};

struct StatusUpdate
{
    QDate asOf;
    QDate weekStart; // the first of the last 7 days, asOf being the last
    QDate weekEnd;   // the last of the coming 7 days

    // Overall: the status the application shows (after the qualification rule) and the plan.
    Status status = Status::OnTrack;
    QString statusReason;
    bool hasPlan = false;
    // Business days the plan slips: the most any milestone not reached is projected after
    // its planned date (any task when the plan has no milestone); 0 when on track.
    int planSlipDays = 0;

    // Tasks and milestones done whose finish falls within the last 7 days, by finish; and the
    // gates passed in that time.
    QList<PlanTask> shipped;
    QList<PhaseGate> gatesPassed;
    // Not done, and blocked, or waiting on the customer's side (WaitingOn) once its start has
    // come; by finish.
    QList<PlanTask> blocked;
    // Not done and not blocked, starting by the end of the coming 7 days: what is under way or
    // overdue, by finish, and what is about to start, by start (a milestone by its date).
    QList<PlanTask> next;
    // Every milestone with a date, by planned date.
    QList<MilestoneTracking> milestones;
    FirstValueForecast firstValue;
    // Risks not closed, most severe first (impact, then likelihood); action items not done, by
    // due date, those without one last.
    QList<Risk> risks;
    QList<ActionItem> actions;
};

// The update as of `asOf`. Projection: a task done keeps its dates; a task not done whose
// finish has passed is expected on the next business day from `asOf` on, and what depends on
// it moves as far as its dependencies need (resolveConstraints). The first-value milestone is
// projected by forecastFirstValue, which also weighs the progress reported.
StatusUpdate weeklyStatusUpdate(const OnboardingFile &file, const BusinessCalendar &calendar,
                                const QDate &asOf, const FirstValueTargets &targets = {});

// The update as an e-mail from the CSM, in `language` ("en", "de", "fr"; the customer's language
// when empty; see emailTemplate), plain text and HTML with every value escaped. To: the
// customer's stakeholders with a valid address, end users left out; the greeting names them.
// Cc: our own stakeholders with a valid address. An address given on both sides goes to the
// customer. Signed by the CSM (Customer::csmOwner, else our first stakeholder with that role,
// else the sender), with their address (see signerAddress).
Email statusUpdateEmail(const OnboardingFile &file, const StatusUpdate &update,
                        const QString &language = {}, const EmailSender &sender = {});

} // namespace Csm
