// Field tables of the records that belong to a customer besides its stakeholders.
#include "governance.h"
#include "successplan.h"

#include <array>

namespace Csm {

namespace {

const std::array kOutcomeFields{
    CSM_RECORD_FIELD(Outcome, Title, "title", "Outcome", Text, title),
    CSM_RECORD_FIELD(Outcome, Description, "description", "Description", LongText, description),
};

const std::array kObjectiveFields{
    CSM_RECORD_FIELD(Objective, Outcome, "outcome_id", "Outcome", Reference, outcomeId),
    CSM_RECORD_FIELD(Objective, Metric, "metric", "Objective", Text, metric),
    CSM_RECORD_FIELD(Objective, Unit, "unit", "Unit", Text, unit),
    CSM_RECORD_FIELD(Objective, Baseline, "baseline", "Baseline", Number, baseline),
    CSM_RECORD_FIELD(Objective, Target, "target", "Target", Number, target),
    CSM_RECORD_FIELD(Objective, TargetDate, "target_date", "Target date", Date, targetDate),
    CSM_RECORD_FIELD(Objective, VendorOwner, "vendor_owner", "Our owner", Text, vendorOwner),
    CSM_RECORD_FIELD(Objective, CustomerOwner, "customer_owner", "Customer owner", Text,
                     customerOwner),
    CSM_RECORD_FIELD(Objective, ConfirmedAtKickoff, "confirmed_at_kickoff", "Confirmed at kickoff",
                     Bool, confirmedAtKickoff),
    CSM_RECORD_FIELD(Objective, QuickWin, "quick_win", "Quick win", Bool, quickWin),
};

const std::array kStepFields{
    CSM_RECORD_FIELD(OperationalStep, Objective, "objective_id", "Objective", Reference,
                     objectiveId),
    CSM_RECORD_FIELD(OperationalStep, Task, "task", "Step", Text, task),
    CSM_RECORD_FIELD(OperationalStep, Owner, "owner", "Owner", Text, owner),
    CSM_RECORD_FIELD(OperationalStep, DueDate, "due_date", "Due", Date, dueDate),
    CSM_RECORD_FIELD(OperationalStep, Done, "done", "Done", Bool, done),
};

const std::array kMeasurementFields{
    CSM_RECORD_FIELD(Measurement, Objective, "objective_id", "Objective", Reference, objectiveId),
    CSM_RECORD_FIELD(Measurement, Date, "date", "Date", Date, date),
    CSM_RECORD_FIELD(Measurement, Value, "value", "Value", Number, value),
    CSM_RECORD_FIELD(Measurement, Note, "note", "Note", Text, note),
};

const std::array kAttendeeFields{
    CSM_RECORD_FIELD(KickoffAttendee, Stakeholder, "stakeholder_id", "Attendee", Reference,
                     stakeholderId),
    CSM_RECORD_FIELD(KickoffAttendee, MeetingRole, "meeting_role", "Role in the meeting", Text,
                     meetingRole),
};

const std::array kActionFields{
    CSM_RECORD_FIELD(ActionItem, Task, "task", "Action", Text, task),
    CSM_RECORD_FIELD(ActionItem, Owner, "owner", "Owner", Text, owner),
    CSM_RECORD_FIELD(ActionItem, DueDate, "due_date", "Due", Date, dueDate),
    CSM_RECORD_FIELD(ActionItem, Status, "status", "Status", Enum, status),
};

const std::array kDecisionFields{
    CSM_RECORD_FIELD(Decision, Decision, "decision", "Decision", Text, decision),
    CSM_RECORD_FIELD(Decision, Date, "date", "Date", Date, date),
    CSM_RECORD_FIELD(Decision, ApprovedBy, "approved_by", "Approved by", Text, approvedBy),
    CSM_RECORD_FIELD(Decision, Rationale, "rationale", "Rationale", LongText, rationale),
};

const std::array kRiskFields{
    CSM_RECORD_FIELD(Risk, Risk, "risk", "Risk", Text, risk),
    CSM_RECORD_FIELD(Risk, Likelihood, "likelihood", "Likelihood", Enum, likelihood),
    CSM_RECORD_FIELD(Risk, Impact, "impact", "Impact", Enum, impact),
    CSM_RECORD_FIELD(Risk, Mitigation, "mitigation", "Mitigation", LongText, mitigation),
    CSM_RECORD_FIELD(Risk, Trigger, "escalation_trigger", "Escalation trigger", Text, trigger),
    CSM_RECORD_FIELD(Risk, Owner, "owner", "Owner", Text, owner),
    CSM_RECORD_FIELD(Risk, Status, "status", "Status", Enum, status),
    CSM_RECORD_FIELD(Risk, RaisedAtKickoff, "raised_at_kickoff", "Raised at kickoff", Bool,
                     raisedAtKickoff),
};

} // namespace

#define CSM_FIELDS_OF(Record, table)                                                               \
    std::span<const FieldSpec<Record, RecordTraits<Record>::Field>> RecordTraits<Record>::fields() \
    {                                                                                              \
        return table;                                                                              \
    }
CSM_FIELDS_OF(Outcome, kOutcomeFields)
CSM_FIELDS_OF(Objective, kObjectiveFields)
CSM_FIELDS_OF(OperationalStep, kStepFields)
CSM_FIELDS_OF(Measurement, kMeasurementFields)
CSM_FIELDS_OF(KickoffAttendee, kAttendeeFields)
CSM_FIELDS_OF(ActionItem, kActionFields)
CSM_FIELDS_OF(Decision, kDecisionFields)
CSM_FIELDS_OF(Risk, kRiskFields)
#undef CSM_FIELDS_OF

} // namespace Csm
