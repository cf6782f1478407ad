// The first-value forecast: when the plan's first-value milestone (the activation event) will
// be reached, from the critical path, the progress reported and the slip so far; and the
// friction score of the tasks that wait on the customer's side.
#pragma once

#include "businesscalendar.h"
#include "domain/onboardingfile.h"

#include <QDate>
#include <QList>

namespace Csm {

// Days from signature to first value the tier aims for (DOMAIN.md: under 30 for enterprise).
struct FirstValueTargets
{
    int highTouchDays = 30;
    int hybridDays = 30;
    int digitalDays = 14;
    int forTier(Tier tier) const;
};

struct FirstValueForecast
{
    bool hasMilestone = false; // the plan names a first-value milestone
    TaskId milestone;
    QString milestoneName;
    bool reached = false;      // the milestone is done; projected is then the day it was reached
    QDate planned;             // the milestone's baseline date (its current date without one)
    QDate projected;           // when it will be reached at the pace reported so far
    int projectedDays = 0;     // days from signature to projected (0 without signature)
    int plannedDays = 0;       // days from signature to planned
    int daysToGo = 0;          // calendar days from today to projected (0 when reached or past)
    int targetDays = 0;        // the tier's target
    bool beyondTarget = false; // projectedDays > targetDays
    // The unfinished tasks the milestone waits on (directly or not) that push the projection
    // past the planned date: late against their baseline, or behind the progress they should
    // have made by today. Most delaying first.
    QList<TaskId> pushedBy;
};

// Projection rule: a task done keeps its dates. An unfinished task cannot finish before today
// plus its remaining work (its working days times the share not done, rounded up and at least
// one day, counted from today or from its start when later), cannot start before its
// dependencies allow, and never finishes before its current finish (a task ahead is not assumed
// to finish early); the milestone's projected date follows through the dependencies. The first
// task marked firstValue is the milestone. Done, it is reached on its finish date, and
// pushedBy is empty. Without a first-value milestone, hasMilestone is false and the rest is
// empty.
//
// pushedBy, only when projected is after planned: walking back from the milestone along the
// dependencies that hold each task where it is projected, the unfinished tasks that add delay
// of their own (projected finish past their baseline finish, or past their current finish
// without a baseline, beyond the delay they inherit from their predecessors). Ordered by the
// delay they add, largest first.
FirstValueForecast forecastFirstValue(const OnboardingFile &file, const BusinessCalendar &calendar,
                                      const FirstValueTargets &targets, const QDate &today);

// The friction score (DOMAIN.md, target below 10): how much of the plan waits on the
// customer's side, with external dependencies weighing most. Each unfinished task waiting on
// the customer counts by what it waits on (security review 4, legal 4, procurement 3, customer
// IT 3) and counts double once it is overdue (isOverdue()). Tasks of equal contribution keep
// their list order.
struct FrictionScore
{
    int score = 0;
    QList<TaskId> tasks; // the tasks that count, highest contribution first
    static constexpr int target = 10;
};

int waitingWeight(WaitingOn waitingOn);
FrictionScore frictionScore(const QList<PlanTask> &tasks, const QDate &today);

} // namespace Csm
