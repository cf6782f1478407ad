// A realistic sample portfolio, so a new user sees the product working at once.
#pragma once

#include "domain/onboardingfile.h"

#include <QList>

class QUndoCommand;

namespace Csm {

class Workspace;

// Seven customers across all phases and tiers (one at risk, one stalled, one graduated),
// with dates relative to `today` so the portfolio always looks current.
QList<OnboardingFile> samplePortfolio(const QDate &today, const RecordMeta &meta);

// One undoable step that adds the sample customers not yet in the workspace (matched by
// account name). Returns null when all of them are already there.
QUndoCommand *makeAddSamplePortfolio(Workspace *workspace);

} // namespace Csm
