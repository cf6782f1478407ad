// Field tables of the records that belong to a customer besides its stakeholders.
#include "alertsnooze.h"
#include "governance.h"
#include "successplan.h"
#include "timeline.h"
#include "valuereview.h"

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
    CSM_RECORD_FIELD(Objective, UsageMetric, "usage_metric", "Measured from usage", Text,
                     usageMetric),
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

const std::array kWorkstreamFields{
    CSM_RECORD_FIELD(Workstream, Name, "name", "Workstream", Text, name),
    CSM_RECORD_FIELD(Workstream, Kind, "kind", "Kind", Enum, kind),
    CSM_RECORD_FIELD(Workstream, VendorOwner, "vendor_owner", "Our owner", Text, vendorOwner),
    CSM_RECORD_FIELD(Workstream, CustomerOwner, "customer_owner", "Customer owner", Text,
                     customerOwner),
};

const std::array kTaskFields{
    CSM_RECORD_FIELD(PlanTask, Workstream, "workstream_id", "Workstream", Reference, workstreamId),
    CSM_RECORD_FIELD(PlanTask, Name, "name", "Task", Text, name),
    CSM_RECORD_FIELD(PlanTask, Type, "type", "Type", Enum, type),
    CSM_RECORD_FIELD(PlanTask, Start, "start", "Start", Date, start),
    CSM_RECORD_FIELD(PlanTask, Finish, "finish", "Finish", Date, finish),
    CSM_RECORD_FIELD(PlanTask, Progress, "progress", "Progress", Integer, progress),
    CSM_RECORD_FIELD(PlanTask, VendorOwner, "vendor_owner", "Our owner", Text, vendorOwner),
    CSM_RECORD_FIELD(PlanTask, CustomerOwner, "customer_owner", "Customer owner", Text,
                     customerOwner),
    CSM_RECORD_FIELD(PlanTask, Status, "status", "Status", Enum, status),
    CSM_RECORD_FIELD(PlanTask, WaitingOn, "waiting_on", "Waiting on", Enum, waitingOn),
    CSM_RECORD_FIELD(PlanTask, FirstValue, "first_value", "First value", Bool, firstValue),
    CSM_RECORD_FIELD(PlanTask, BaselineStart, "baseline_start", "Baseline start", Date,
                     baselineStart),
    CSM_RECORD_FIELD(PlanTask, BaselineFinish, "baseline_finish", "Baseline finish", Date,
                     baselineFinish),
    CSM_RECORD_FIELD(PlanTask, Notes, "notes", "Notes", LongText, notes),
};

const std::array kDependencyFields{
    CSM_RECORD_FIELD(TaskDependency, Predecessor, "predecessor_id", "Predecessor", Reference,
                     predecessorId),
    CSM_RECORD_FIELD(TaskDependency, Successor, "successor_id", "Successor", Reference,
                     successorId),
    CSM_RECORD_FIELD(TaskDependency, Type, "type", "Type", Enum, type),
    CSM_RECORD_FIELD(TaskDependency, LagDays, "lag_days", "Lag (business days)", Integer, lagDays),
};

const std::array kGateFields{
    CSM_RECORD_FIELD(PhaseGate, Kind, "kind", "Gate", Enum, kind),
    CSM_RECORD_FIELD(PhaseGate, DueDate, "due_date", "Due", Date, dueDate),
    CSM_RECORD_FIELD(PhaseGate, PassedDate, "passed_date", "Passed", Date, passedDate),
};

const std::array kCriterionFields{
    CSM_RECORD_FIELD(GateCriterion, Gate, "gate_id", "Gate", Reference, gateId),
    CSM_RECORD_FIELD(GateCriterion, Criterion, "criterion", "Criterion", Text, criterion),
    CSM_RECORD_FIELD(GateCriterion, Met, "met", "Met", Bool, met),
};

const std::array kOpportunityFields{
    CSM_RECORD_FIELD(WhitespaceOpportunity, Dimension, "dimension", "Dimension", Enum, dimension),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Name, "name", "Opportunity", Text, name),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Status, "status", "Status", Enum, status),
    CSM_RECORD_FIELD(WhitespaceOpportunity, PotentialArr, "potential_arr", "Potential ARR", Money,
                     potentialArr),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Advocates, "advocates", "Advocates", Text, advocates),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Skeptics, "skeptics", "Skeptics", Text, skeptics),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Notes, "notes", "Notes", LongText, notes),
};

const std::array kSurveyResponseFields{
    CSM_RECORD_FIELD(SurveyResponse, Respondent, "respondent", "Respondent", Text, respondent),
    CSM_RECORD_FIELD(SurveyResponse, Role, "role", "Role", Text, role),
    CSM_RECORD_FIELD(SurveyResponse, Date, "date", "Date", Date, date),
    CSM_RECORD_FIELD(SurveyResponse, Satisfaction, "satisfaction", "Satisfaction (1-5)", Integer,
                     satisfaction),
    CSM_RECORD_FIELD(SurveyResponse, NpsScore, "nps_score", "Likely to recommend (0-10)", Integer,
                     npsScore),
    CSM_RECORD_FIELD(SurveyResponse, Comment, "comment", "Comment", LongText, comment),
};

const std::array kValueItemFields{
    CSM_RECORD_FIELD(ValueItem, Description, "description", "Value delivered", Text, description),
    CSM_RECORD_FIELD(ValueItem, HoursSavedPerMonth, "hours_saved_per_month",
                     "Hours saved per month", Number, hoursSavedPerMonth),
    CSM_RECORD_FIELD(ValueItem, HourlyRate, "hourly_rate", "Hourly rate", Money, hourlyRate),
    CSM_RECORD_FIELD(ValueItem, RevenueImpact, "revenue_impact", "Revenue impact per year", Money,
                     revenueImpact),
    CSM_RECORD_FIELD(ValueItem, CostImpact, "cost_impact", "Costs saved per year", Money,
                     costImpact),
    CSM_RECORD_FIELD(ValueItem, Notes, "notes", "Notes", LongText, notes),
};

const std::array kReportNoteFields{
    CSM_RECORD_FIELD(ReportNote, Report, "report", "Report", Text, report),
    CSM_RECORD_FIELD(ReportNote, Section, "section", "Section", Text, section),
    CSM_RECORD_FIELD(ReportNote, Included, "included", "Included", Bool, included),
    CSM_RECORD_FIELD(ReportNote, Commentary, "commentary", "Commentary", LongText, commentary),
};

const std::array kAlertSnoozeFields{
    CSM_RECORD_FIELD(AlertSnooze, Alert, "alert", "Alert", Text, alert),
    CSM_RECORD_FIELD(AlertSnooze, Situation, "situation", "Situation", Text, situation),
    CSM_RECORD_FIELD(AlertSnooze, Note, "note", "Note", LongText, note),
    CSM_RECORD_FIELD(AlertSnooze, Until, "until", "Snoozed until", Date, until),
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
CSM_FIELDS_OF(Workstream, kWorkstreamFields)
CSM_FIELDS_OF(PlanTask, kTaskFields)
CSM_FIELDS_OF(TaskDependency, kDependencyFields)
CSM_FIELDS_OF(PhaseGate, kGateFields)
CSM_FIELDS_OF(GateCriterion, kCriterionFields)
CSM_FIELDS_OF(WhitespaceOpportunity, kOpportunityFields)
CSM_FIELDS_OF(SurveyResponse, kSurveyResponseFields)
CSM_FIELDS_OF(ValueItem, kValueItemFields)
CSM_FIELDS_OF(ReportNote, kReportNoteFields)
CSM_FIELDS_OF(AlertSnooze, kAlertSnoozeFields)
#undef CSM_FIELDS_OF

} // namespace Csm
