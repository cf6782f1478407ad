// The quick win agreed at the kickoff: one early result the customer sees within 7 to 14 days.
#pragma once

#include "domain/successplan.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Csm {

// The quick win's target date should fall 7 to 14 days after the kickoff, both included.
inline constexpr int quickWinEarliestDay = 7;
inline constexpr int quickWinLatestDay = 14;

// A warning when a quick win due on `targetDate` is not 7 to 14 days after `kickoffDate`, or
// when either date is missing; empty when the timing is right.
QString quickWinTimingWarning(const QDate &kickoffDate, const QDate &targetDate);

// The same for an objective; empty when the objective is not marked as quick win.
QString quickWinTimingWarning(const QDate &kickoffDate, const Objective &objective);

// A warning naming the objectives when more than one of `objectives` is marked as quick win;
// empty otherwise.
QString multipleQuickWinsWarning(const QList<Objective> &objectives);

} // namespace Csm
