// Where an objective of the Joint Success Plan stands, computed from its measurements.
//
// The rule, in plain words:
//
// - Only readings of this objective dated on or before the day we look at count; readings
//   without a date are left out. The latest reading is the one with the latest date; on the
//   same date, the one entered last.
// - Progress is how far the latest reading has moved from the baseline towards the target:
//   0 % at the baseline, 100 % at the target, whichever way the target goes. "Admin time from
//   8 h to 2 h": a reading of 5 h is 50 %. Progress is not capped: 1 h is 117 % (better than
//   the target), 9 h is -17 % (worse than the baseline). A progress bar should cap it at
//   0 to 100 %.
// - No reading yet: "No data".
// - "Achieved" as soon as the latest reading reaches the target or goes beyond it in the
//   target's direction (at least the target for a rising target, at most for a falling one),
//   even when that reading came after the target date ("achieved late", flagged).
// - "Missed" when the target date has passed and the latest reading has not reached it.
// - Otherwise a straight line is drawn from the start of the plan (0 %) to the target date
//   (100 %). The start is the day the objective was created or the day of its first reading,
//   whichever is earlier. Where that line is today is the progress expected by now. The
//   objective is "On track" when its progress is at most 10 percentage points behind that
//   (progress >= expected - 10 %), "At risk" otherwise. On the start day 0 % is expected; on
//   the target date itself, 100 %.
// - No target date: nothing to project against. "On track" while the latest reading is at
//   or better than the baseline (progress >= 0 %), "At risk" when it went the wrong way.
// - A target equal to the baseline means "hold this value": "Achieved" only while the latest
//   reading equals it (100 %), otherwise 0 % progress and "At risk" ("Missed" after the target
//   date), since a move either way cannot be called better or worse.
// Values are compared with a tolerance of one part in a billion, so 0.1 + 0.2 reaches 0.3.
#pragma once

#include "domain/enums.h"
#include "domain/successplan.h"

#include <QDate>
#include <QList>

#include <optional>

namespace Csm {

// How far behind the straight line an objective may be and still be on track (fraction).
inline constexpr double defaultProgressTolerance = 0.10;

struct ObjectiveProgress
{
    ObjectiveStatus status = ObjectiveStatus::NoData;
    int measurementCount = 0;          // readings that counted
    std::optional<Measurement> first;  // earliest reading that counted
    std::optional<Measurement> latest; // latest reading that counted
    double progress = 0;               // 0 at the baseline, 1 at the target; not capped
    // Where the straight line is on the day looked at; only with a target date and a reading.
    std::optional<double> expectedProgress;
    QDate projectionStart;     // start of the straight line, when there is one
    bool achievedLate = false; // achieved, but no reading on or before the target date reached it

    // Progress capped to 0..1, for bars.
    double cappedProgress() const;
};

// The state of `objective` as of `today`. `measurements` may hold readings of other
// objectives (the whole file's list): they are ignored.
ObjectiveProgress objectiveProgress(const Objective &objective,
                                    const QList<Measurement> &measurements, const QDate &today,
                                    double tolerance = defaultProgressTolerance);

} // namespace Csm
