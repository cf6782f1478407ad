// How undo commands name a customer's records: "Remove risk IT security review is slow",
// "Change owner of Send SSO metadata".
#pragma once

#include "domain/governance.h"
#include "domain/successplan.h"
#include "portfolio/alerts.h"
#include "workspace/workspace.h"

#include <QLocale>

#include <type_traits>

namespace Csm {

// What names a record in the undo history: an attendee's stakeholder's name, a measurement's
// date (short format), else the record's first text field (an outcome's title, an objective's
// metric, a step's or an action's task, a decision, a risk). Whitespace is simplified; empty
// when the name is.
template<typename R> QString recordName(const Workspace &workspace, const R &record)
{
    if constexpr (std::is_same_v<R, KickoffAttendee>) {
        const Stakeholder *s = workspace.stakeholder(record.stakeholderId);
        return s ? s->name.simplified() : QString();
    } else if constexpr (std::is_same_v<R, PhaseGate>) {
        return enumDisplayName(record.kind);
    } else if constexpr (std::is_same_v<R, TaskDependency>) {
        const PlanTask *from = workspace.record<PlanTask>(record.predecessorId);
        const PlanTask *to = workspace.record<PlanTask>(record.successorId);
        if (!from || !to)
            return {};
        return QStringLiteral("%1 \u2192 %2").arg(from->name.simplified(), to->name.simplified());
    } else if constexpr (std::is_same_v<R, AlertSnooze>) {
        const std::optional<AlertKind> kind = alertKindFromKey(record.alert);
        return kind ? alertKindName(*kind) : record.alert;
    } else if constexpr (std::is_same_v<R, Measurement>) {
        return record.date.isValid() ? QLocale().toString(record.date, QLocale::ShortFormat)
                                     : QString();
    } else {
        for (const auto &spec : RecordTraits<R>::fields()) {
            if (spec.kind == FieldKind::Text)
                return readField(record, spec.member).toString().simplified();
        }
        return {};
    }
}

// "Add risk <name>", "Remove step <name>"...; without a name, "Add risk".
QString addRecordText(RecordKind kind, const QString &name);
QString removeRecordText(RecordKind kind, const QString &name);

} // namespace Csm
