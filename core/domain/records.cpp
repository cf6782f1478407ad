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
    CSM_RECORD_FIELD(Outcome, Title, "title", QT_TRANSLATE_NOOP("Csm::Outcome", "Outcome"), Text,
                     title),
    CSM_RECORD_FIELD(Outcome, Description, "description",
                     QT_TRANSLATE_NOOP("Csm::Outcome", "Description"), LongText, description),
};

const std::array kObjectiveFields{
    CSM_RECORD_FIELD(Objective, Outcome, "outcome_id",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Outcome"), Reference, outcomeId),
    CSM_RECORD_FIELD(Objective, Metric, "metric", QT_TRANSLATE_NOOP("Csm::Objective", "Objective"),
                     Text, metric),
    CSM_RECORD_FIELD(Objective, Unit, "unit", QT_TRANSLATE_NOOP("Csm::Objective", "Unit"), Text,
                     unit),
    CSM_RECORD_FIELD(Objective, Baseline, "baseline",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Baseline"), Number, baseline),
    CSM_RECORD_FIELD(Objective, Target, "target", QT_TRANSLATE_NOOP("Csm::Objective", "Target"),
                     Number, target),
    CSM_RECORD_FIELD(Objective, TargetDate, "target_date",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Target date"), Date, targetDate),
    CSM_RECORD_FIELD(Objective, VendorOwner, "vendor_owner",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Our owner"), Text, vendorOwner),
    CSM_RECORD_FIELD(Objective, CustomerOwner, "customer_owner",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Customer owner"), Text, customerOwner),
    CSM_RECORD_FIELD(Objective, ConfirmedAtKickoff, "confirmed_at_kickoff",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Confirmed at kickoff"), Bool,
                     confirmedAtKickoff),
    CSM_RECORD_FIELD(Objective, QuickWin, "quick_win",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Quick win"), Bool, quickWin),
    CSM_RECORD_FIELD(Objective, UsageMetric, "usage_metric",
                     QT_TRANSLATE_NOOP("Csm::Objective", "Measured from usage"), Text, usageMetric),
};

const std::array kStepFields{
    CSM_RECORD_FIELD(OperationalStep, Objective, "objective_id",
                     QT_TRANSLATE_NOOP("Csm::OperationalStep", "Objective"), Reference,
                     objectiveId),
    CSM_RECORD_FIELD(OperationalStep, Task, "task",
                     QT_TRANSLATE_NOOP("Csm::OperationalStep", "Step"), Text, task),
    CSM_RECORD_FIELD(OperationalStep, Owner, "owner",
                     QT_TRANSLATE_NOOP("Csm::OperationalStep", "Owner"), Text, owner),
    CSM_RECORD_FIELD(OperationalStep, DueDate, "due_date",
                     QT_TRANSLATE_NOOP("Csm::OperationalStep", "Due"), Date, dueDate),
    CSM_RECORD_FIELD(OperationalStep, Done, "done",
                     QT_TRANSLATE_NOOP("Csm::OperationalStep", "Done"), Bool, done),
};

const std::array kMeasurementFields{
    CSM_RECORD_FIELD(Measurement, Objective, "objective_id",
                     QT_TRANSLATE_NOOP("Csm::Measurement", "Objective"), Reference, objectiveId),
    CSM_RECORD_FIELD(Measurement, Date, "date", QT_TRANSLATE_NOOP("Csm::Measurement", "Date"), Date,
                     date),
    CSM_RECORD_FIELD(Measurement, Value, "value", QT_TRANSLATE_NOOP("Csm::Measurement", "Value"),
                     Number, value),
    CSM_RECORD_FIELD(Measurement, Note, "note", QT_TRANSLATE_NOOP("Csm::Measurement", "Note"), Text,
                     note),
};

const std::array kAttendeeFields{
    CSM_RECORD_FIELD(KickoffAttendee, Stakeholder, "stakeholder_id",
                     QT_TRANSLATE_NOOP("Csm::KickoffAttendee", "Attendee"), Reference,
                     stakeholderId),
    CSM_RECORD_FIELD(KickoffAttendee, MeetingRole, "meeting_role",
                     QT_TRANSLATE_NOOP("Csm::KickoffAttendee", "Role in the meeting"), Text,
                     meetingRole),
};

const std::array kActionFields{
    CSM_RECORD_FIELD(ActionItem, Task, "task", QT_TRANSLATE_NOOP("Csm::ActionItem", "Action"), Text,
                     task),
    CSM_RECORD_FIELD(ActionItem, Owner, "owner", QT_TRANSLATE_NOOP("Csm::ActionItem", "Owner"),
                     Text, owner),
    CSM_RECORD_FIELD(ActionItem, DueDate, "due_date", QT_TRANSLATE_NOOP("Csm::ActionItem", "Due"),
                     Date, dueDate),
    CSM_RECORD_FIELD(ActionItem, Status, "status", QT_TRANSLATE_NOOP("Csm::ActionItem", "Status"),
                     Enum, status),
};

const std::array kDecisionFields{
    CSM_RECORD_FIELD(Decision, Decision, "decision", QT_TRANSLATE_NOOP("Csm::Decision", "Decision"),
                     Text, decision),
    CSM_RECORD_FIELD(Decision, Date, "date", QT_TRANSLATE_NOOP("Csm::Decision", "Date"), Date,
                     date),
    CSM_RECORD_FIELD(Decision, ApprovedBy, "approved_by",
                     QT_TRANSLATE_NOOP("Csm::Decision", "Approved by"), Text, approvedBy),
    CSM_RECORD_FIELD(Decision, Rationale, "rationale",
                     QT_TRANSLATE_NOOP("Csm::Decision", "Rationale"), LongText, rationale),
};

const std::array kRiskFields{
    CSM_RECORD_FIELD(Risk, Risk, "risk", QT_TRANSLATE_NOOP("Csm::Risk", "Risk"), Text, risk),
    CSM_RECORD_FIELD(Risk, Likelihood, "likelihood", QT_TRANSLATE_NOOP("Csm::Risk", "Likelihood"),
                     Enum, likelihood),
    CSM_RECORD_FIELD(Risk, Impact, "impact", QT_TRANSLATE_NOOP("Csm::Risk", "Impact"), Enum,
                     impact),
    CSM_RECORD_FIELD(Risk, Mitigation, "mitigation", QT_TRANSLATE_NOOP("Csm::Risk", "Mitigation"),
                     LongText, mitigation),
    CSM_RECORD_FIELD(Risk, Trigger, "escalation_trigger",
                     QT_TRANSLATE_NOOP("Csm::Risk", "Escalation trigger"), Text, trigger),
    CSM_RECORD_FIELD(Risk, Owner, "owner", QT_TRANSLATE_NOOP("Csm::Risk", "Owner"), Text, owner),
    CSM_RECORD_FIELD(Risk, Status, "status", QT_TRANSLATE_NOOP("Csm::Risk", "Status"), Enum,
                     status),
    CSM_RECORD_FIELD(Risk, RaisedAtKickoff, "raised_at_kickoff",
                     QT_TRANSLATE_NOOP("Csm::Risk", "Raised at kickoff"), Bool, raisedAtKickoff),
};

const std::array kWorkstreamFields{
    CSM_RECORD_FIELD(Workstream, Name, "name", QT_TRANSLATE_NOOP("Csm::Workstream", "Workstream"),
                     Text, name),
    CSM_RECORD_FIELD(Workstream, Kind, "kind", QT_TRANSLATE_NOOP("Csm::Workstream", "Kind"), Enum,
                     kind),
    CSM_RECORD_FIELD(Workstream, VendorOwner, "vendor_owner",
                     QT_TRANSLATE_NOOP("Csm::Workstream", "Our owner"), Text, vendorOwner),
    CSM_RECORD_FIELD(Workstream, CustomerOwner, "customer_owner",
                     QT_TRANSLATE_NOOP("Csm::Workstream", "Customer owner"), Text, customerOwner),
};

const std::array kTaskFields{
    CSM_RECORD_FIELD(PlanTask, Workstream, "workstream_id",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "Workstream"), Reference, workstreamId),
    CSM_RECORD_FIELD(PlanTask, Name, "name", QT_TRANSLATE_NOOP("Csm::PlanTask", "Task"), Text,
                     name),
    CSM_RECORD_FIELD(PlanTask, Type, "type", QT_TRANSLATE_NOOP("Csm::PlanTask", "Type"), Enum,
                     type),
    CSM_RECORD_FIELD(PlanTask, Start, "start", QT_TRANSLATE_NOOP("Csm::PlanTask", "Start"), Date,
                     start),
    CSM_RECORD_FIELD(PlanTask, Finish, "finish", QT_TRANSLATE_NOOP("Csm::PlanTask", "Finish"), Date,
                     finish),
    CSM_RECORD_FIELD(PlanTask, Progress, "progress", QT_TRANSLATE_NOOP("Csm::PlanTask", "Progress"),
                     Integer, progress),
    CSM_RECORD_FIELD(PlanTask, VendorOwner, "vendor_owner",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "Our owner"), Text, vendorOwner),
    CSM_RECORD_FIELD(PlanTask, CustomerOwner, "customer_owner",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "Customer owner"), Text, customerOwner),
    CSM_RECORD_FIELD(PlanTask, Status, "status", QT_TRANSLATE_NOOP("Csm::PlanTask", "Status"), Enum,
                     status),
    CSM_RECORD_FIELD(PlanTask, WaitingOn, "waiting_on",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "Waiting on"), Enum, waitingOn),
    CSM_RECORD_FIELD(PlanTask, FirstValue, "first_value",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "First value"), Bool, firstValue),
    CSM_RECORD_FIELD(PlanTask, BaselineStart, "baseline_start",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "Baseline start"), Date, baselineStart),
    CSM_RECORD_FIELD(PlanTask, BaselineFinish, "baseline_finish",
                     QT_TRANSLATE_NOOP("Csm::PlanTask", "Baseline finish"), Date, baselineFinish),
    CSM_RECORD_FIELD(PlanTask, Notes, "notes", QT_TRANSLATE_NOOP("Csm::PlanTask", "Notes"),
                     LongText, notes),
};

const std::array kDependencyFields{
    CSM_RECORD_FIELD(TaskDependency, Predecessor, "predecessor_id",
                     QT_TRANSLATE_NOOP("Csm::TaskDependency", "Predecessor"), Reference,
                     predecessorId),
    CSM_RECORD_FIELD(TaskDependency, Successor, "successor_id",
                     QT_TRANSLATE_NOOP("Csm::TaskDependency", "Successor"), Reference, successorId),
    CSM_RECORD_FIELD(TaskDependency, Type, "type", QT_TRANSLATE_NOOP("Csm::TaskDependency", "Type"),
                     Enum, type),
    CSM_RECORD_FIELD(TaskDependency, LagDays, "lag_days",
                     QT_TRANSLATE_NOOP("Csm::TaskDependency", "Lag (business days)"), Integer,
                     lagDays),
};

const std::array kGateFields{
    CSM_RECORD_FIELD(PhaseGate, Kind, "kind", QT_TRANSLATE_NOOP("Csm::PhaseGate", "Gate"), Enum,
                     kind),
    CSM_RECORD_FIELD(PhaseGate, DueDate, "due_date", QT_TRANSLATE_NOOP("Csm::PhaseGate", "Due"),
                     Date, dueDate),
    CSM_RECORD_FIELD(PhaseGate, PassedDate, "passed_date",
                     QT_TRANSLATE_NOOP("Csm::PhaseGate", "Passed"), Date, passedDate),
};

const std::array kCriterionFields{
    CSM_RECORD_FIELD(GateCriterion, Gate, "gate_id",
                     QT_TRANSLATE_NOOP("Csm::GateCriterion", "Gate"), Reference, gateId),
    CSM_RECORD_FIELD(GateCriterion, Criterion, "criterion",
                     QT_TRANSLATE_NOOP("Csm::GateCriterion", "Criterion"), Text, criterion),
    CSM_RECORD_FIELD(GateCriterion, Met, "met", QT_TRANSLATE_NOOP("Csm::GateCriterion", "Met"),
                     Bool, met),
};

const std::array kOpportunityFields{
    CSM_RECORD_FIELD(WhitespaceOpportunity, Dimension, "dimension",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Dimension"), Enum, dimension),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Name, "name",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Opportunity"), Text, name),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Status, "status",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Status"), Enum, status),
    CSM_RECORD_FIELD(WhitespaceOpportunity, PotentialArr, "potential_arr",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Potential ARR"), Money,
                     potentialArr),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Advocates, "advocates",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Advocates"), Text, advocates),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Skeptics, "skeptics",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Skeptics"), Text, skeptics),
    CSM_RECORD_FIELD(WhitespaceOpportunity, Notes, "notes",
                     QT_TRANSLATE_NOOP("Csm::WhitespaceOpportunity", "Notes"), LongText, notes),
};

const std::array kSurveyResponseFields{
    CSM_RECORD_FIELD(SurveyResponse, Respondent, "respondent",
                     QT_TRANSLATE_NOOP("Csm::SurveyResponse", "Respondent"), Text, respondent),
    CSM_RECORD_FIELD(SurveyResponse, Role, "role", QT_TRANSLATE_NOOP("Csm::SurveyResponse", "Role"),
                     Text, role),
    CSM_RECORD_FIELD(SurveyResponse, Date, "date", QT_TRANSLATE_NOOP("Csm::SurveyResponse", "Date"),
                     Date, date),
    CSM_RECORD_FIELD(SurveyResponse, Satisfaction, "satisfaction",
                     QT_TRANSLATE_NOOP("Csm::SurveyResponse", "Satisfaction (1-5)"), Integer,
                     satisfaction),
    CSM_RECORD_FIELD(SurveyResponse, NpsScore, "nps_score",
                     QT_TRANSLATE_NOOP("Csm::SurveyResponse", "Likely to recommend (0-10)"),
                     Integer, npsScore),
    CSM_RECORD_FIELD(SurveyResponse, Comment, "comment",
                     QT_TRANSLATE_NOOP("Csm::SurveyResponse", "Comment"), LongText, comment),
};

const std::array kValueItemFields{
    CSM_RECORD_FIELD(ValueItem, Description, "description",
                     QT_TRANSLATE_NOOP("Csm::ValueItem", "Value delivered"), Text, description),
    CSM_RECORD_FIELD(ValueItem, HoursSavedPerMonth, "hours_saved_per_month",
                     QT_TRANSLATE_NOOP("Csm::ValueItem", "Hours saved per month"), Number,
                     hoursSavedPerMonth),
    CSM_RECORD_FIELD(ValueItem, HourlyRate, "hourly_rate",
                     QT_TRANSLATE_NOOP("Csm::ValueItem", "Hourly rate"), Money, hourlyRate),
    CSM_RECORD_FIELD(ValueItem, RevenueImpact, "revenue_impact",
                     QT_TRANSLATE_NOOP("Csm::ValueItem", "Revenue impact per year"), Money,
                     revenueImpact),
    CSM_RECORD_FIELD(ValueItem, CostImpact, "cost_impact",
                     QT_TRANSLATE_NOOP("Csm::ValueItem", "Costs saved per year"), Money,
                     costImpact),
    CSM_RECORD_FIELD(ValueItem, Notes, "notes", QT_TRANSLATE_NOOP("Csm::ValueItem", "Notes"),
                     LongText, notes),
};

const std::array kReportNoteFields{
    CSM_RECORD_FIELD(ReportNote, Report, "report", QT_TRANSLATE_NOOP("Csm::ReportNote", "Report"),
                     Text, report),
    CSM_RECORD_FIELD(ReportNote, Section, "section",
                     QT_TRANSLATE_NOOP("Csm::ReportNote", "Section"), Text, section),
    CSM_RECORD_FIELD(ReportNote, Included, "included",
                     QT_TRANSLATE_NOOP("Csm::ReportNote", "Included"), Bool, included),
    CSM_RECORD_FIELD(ReportNote, Commentary, "commentary",
                     QT_TRANSLATE_NOOP("Csm::ReportNote", "Commentary"), LongText, commentary),
};

const std::array kAlertSnoozeFields{
    CSM_RECORD_FIELD(AlertSnooze, Alert, "alert", QT_TRANSLATE_NOOP("Csm::AlertSnooze", "Alert"),
                     Text, alert),
    CSM_RECORD_FIELD(AlertSnooze, Situation, "situation",
                     QT_TRANSLATE_NOOP("Csm::AlertSnooze", "Situation"), Text, situation),
    CSM_RECORD_FIELD(AlertSnooze, Note, "note", QT_TRANSLATE_NOOP("Csm::AlertSnooze", "Note"),
                     LongText, note),
    CSM_RECORD_FIELD(AlertSnooze, Until, "until",
                     QT_TRANSLATE_NOOP("Csm::AlertSnooze", "Snoozed until"), Date, until),
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
