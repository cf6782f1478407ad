// The CSM's choices for a customer's report, kept as ReportNote records: which sections appear
// and the commentary after each. The app and csmw both build reports from them.
#pragma once

#include "domain/valuereview.h"
#include "reportcontent.h"

class QUndoCommand;

namespace Csm {

class Workspace;

// The note of one section of one kind of report, or null when the CSM has not touched it.
const ReportNote *findReportNote(const Workspace &ws, const CustomerId &customer, ReportKind kind,
                                 const QString &section);

// The options the notes give: every section the kind offers except those left out, and the
// commentary. The cover is always included.
ReportOptions savedReportOptions(const Workspace &ws, const CustomerId &customer, ReportKind kind,
                                 const QLocale &locale = QLocale());

// Undo commands that change a section's note, adding the note when there is none yet. Null when
// nothing would change.
QUndoCommand *makeSetReportSectionIncluded(Workspace *ws, const CustomerId &customer,
                                           ReportKind kind, const QString &section, bool included);
QUndoCommand *makeSetReportCommentary(Workspace *ws, const CustomerId &customer, ReportKind kind,
                                      const QString &section, const QString &commentary);

} // namespace Csm
