#include "customer.h"

#include <QCoreApplication>

#include <array>

namespace Csm {

namespace {

#define CSM_FIELD(field, key, label, kind, member)                                                 \
    CustomerFieldSpec                                                                              \
    {                                                                                              \
        CustomerField::field, key, label, FieldKind::kind, &Customer::member                       \
    }

const std::array<CustomerFieldSpec, 66> kFields{{
    CSM_FIELD(AccountName, "account_name", QT_TRANSLATE_NOOP("Csm::Customer", "Account name"), Text,
              accountName),
    CSM_FIELD(Industry, "industry", QT_TRANSLATE_NOOP("Csm::Customer", "Industry"), Text, industry),
    CSM_FIELD(Tier, "tier", QT_TRANSLATE_NOOP("Csm::Customer", "Tier"), Enum, tier),
    CSM_FIELD(Arr, "arr", QT_TRANSLATE_NOOP("Csm::Customer", "ARR"), Money, arr),
    CSM_FIELD(Currency, "currency", QT_TRANSLATE_NOOP("Csm::Customer", "Currency"), Text, currency),
    CSM_FIELD(Products, "products", QT_TRANSLATE_NOOP("Csm::Customer", "Products and plan"), Text,
              products),
    CSM_FIELD(Language, "language", QT_TRANSLATE_NOOP("Csm::Customer", "Customer language"), Text,
              language),
    CSM_FIELD(SignatureDate, "signature_date", QT_TRANSLATE_NOOP("Csm::Customer", "Signature date"),
              Date, signatureDate),
    CSM_FIELD(TermMonths, "term_months", QT_TRANSLATE_NOOP("Csm::Customer", "Term (months)"),
              Integer, termMonths),
    CSM_FIELD(RenewalDate, "renewal_date", QT_TRANSLATE_NOOP("Csm::Customer", "Renewal date"), Date,
              renewalDate),
    CSM_FIELD(AccountExecutive, "account_executive",
              QT_TRANSLATE_NOOP("Csm::Customer", "Account executive"), Text, accountExecutive),
    CSM_FIELD(CsmOwner, "csm_owner", QT_TRANSLATE_NOOP("Csm::Customer", "CSM owner"), Text,
              csmOwner),
    CSM_FIELD(ImplementationOwner, "implementation_owner",
              QT_TRANSLATE_NOOP("Csm::Customer", "Implementation owner"), Text,
              implementationOwner),
    CSM_FIELD(SupportOwner, "support_owner",
              QT_TRANSLATE_NOOP("Csm::Customer", "Support escalation owner"), Text, supportOwner),
    CSM_FIELD(Phase, "phase", QT_TRANSLATE_NOOP("Csm::Customer", "Phase"), Enum, phase),
    CSM_FIELD(Status, "status", QT_TRANSLATE_NOOP("Csm::Customer", "Status"), Enum, status),
    CSM_FIELD(StatusReason, "status_reason", QT_TRANSLATE_NOOP("Csm::Customer", "Status reason"),
              Text, statusReason),
    CSM_FIELD(PrimaryUseCase, "primary_use_case",
              QT_TRANSLATE_NOOP("Csm::Customer", "Primary use case"), LongText, primaryUseCase),
    CSM_FIELD(SuccessMetrics, "success_metrics",
              QT_TRANSLATE_NOOP("Csm::Customer", "Success metrics"), LongText, successMetrics),
    CSM_FIELD(PainPoints, "pain_points", QT_TRANSLATE_NOOP("Csm::Customer", "Pain points"),
              LongText, painPoints),
    CSM_FIELD(CompetitorReplaced, "competitor_replaced",
              QT_TRANSLATE_NOOP("Csm::Customer", "Competitor replaced"), Text, competitorReplaced),
    CSM_FIELD(ReasonForChoice, "reason_for_choice",
              QT_TRANSLATE_NOOP("Csm::Customer", "Why they chose us"), LongText, reasonForChoice),
    CSM_FIELD(RedFlags, "red_flags", QT_TRANSLATE_NOOP("Csm::Customer", "Red flags"), LongText,
              redFlags),
    CSM_FIELD(CommunicationChannel, "communication_channel",
              QT_TRANSLATE_NOOP("Csm::Customer", "Preferred channel"), Text, communicationChannel),
    CSM_FIELD(CommunicationStyle, "communication_style",
              QT_TRANSLATE_NOOP("Csm::Customer", "Communication style"), Text, communicationStyle),
    CSM_FIELD(PromisesMade, "promises_made",
              QT_TRANSLATE_NOOP("Csm::Customer", "Promises made during the sale"), LongText,
              promisesMade),
    CSM_FIELD(CompetitiveConcerns, "competitive_concerns",
              QT_TRANSLATE_NOOP("Csm::Customer", "Competitive concerns"), LongText,
              competitiveConcerns),
    CSM_FIELD(HandoffMeetingDate, "handoff_meeting_date",
              QT_TRANSLATE_NOOP("Csm::Customer", "Handoff meeting"), Date, handoffMeetingDate),
    CSM_FIELD(IntroEmailSentDate, "intro_email_sent_date",
              QT_TRANSLATE_NOOP("Csm::Customer", "Intro e-mail sent"), Date, introEmailSentDate),
    CSM_FIELD(KickoffDate, "kickoff_date", QT_TRANSLATE_NOOP("Csm::Customer", "Kickoff"), Date,
              kickoffDate),
    CSM_FIELD(GoLiveDate, "go_live_date", QT_TRANSLATE_NOOP("Csm::Customer", "Go-live"), Date,
              goLiveDate),
    CSM_FIELD(FirstValueDate, "first_value_date", QT_TRANSLATE_NOOP("Csm::Customer", "First value"),
              Date, firstValueDate),
    CSM_FIELD(GraduationDate, "graduation_date", QT_TRANSLATE_NOOP("Csm::Customer", "Graduation"),
              Date, graduationDate),
    CSM_FIELD(Notes, "notes", QT_TRANSLATE_NOOP("Csm::Customer", "Notes"), LongText, notes),
    CSM_FIELD(KickoffDurationMinutes, "kickoff_duration_minutes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Duration (minutes)"), Integer,
              kickoffDurationMinutes),
    CSM_FIELD(AgendaIntroductions, "agenda_introductions",
              QT_TRANSLATE_NOOP("Csm::Customer", "Introductions and roles"), Bool,
              agendaIntroductions),
    CSM_FIELD(AgendaIntroductionsNotes, "agenda_introductions_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on introductions and roles"), Text,
              agendaIntroductionsNotes),
    CSM_FIELD(AgendaSuccessCriteria, "agenda_success_criteria",
              QT_TRANSLATE_NOOP("Csm::Customer", "Success criteria confirmed"), Bool,
              agendaSuccessCriteria),
    CSM_FIELD(AgendaSuccessCriteriaNotes, "agenda_success_criteria_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on success criteria"), Text,
              agendaSuccessCriteriaNotes),
    CSM_FIELD(AgendaSolutionOverview, "agenda_solution_overview",
              QT_TRANSLATE_NOOP("Csm::Customer", "Solution overview"), Bool,
              agendaSolutionOverview),
    CSM_FIELD(AgendaSolutionOverviewNotes, "agenda_solution_overview_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on the solution overview"), Text,
              agendaSolutionOverviewNotes),
    CSM_FIELD(AgendaImplementationPlan, "agenda_implementation_plan",
              QT_TRANSLATE_NOOP("Csm::Customer", "Implementation plan"), Bool,
              agendaImplementationPlan),
    CSM_FIELD(AgendaImplementationPlanNotes, "agenda_implementation_plan_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on the implementation plan"), Text,
              agendaImplementationPlanNotes),
    CSM_FIELD(AgendaCommunicationPlan, "agenda_communication_plan",
              QT_TRANSLATE_NOOP("Csm::Customer", "Communication plan"), Bool,
              agendaCommunicationPlan),
    CSM_FIELD(AgendaCommunicationPlanNotes, "agenda_communication_plan_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on the communication plan"), Text,
              agendaCommunicationPlanNotes),
    CSM_FIELD(AgendaQuickWin, "agenda_quick_win", QT_TRANSLATE_NOOP("Csm::Customer", "Quick win"),
              Bool, agendaQuickWin),
    CSM_FIELD(AgendaQuickWinNotes, "agenda_quick_win_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on the quick win"), Text,
              agendaQuickWinNotes),
    CSM_FIELD(AgendaRiskDiscussion, "agenda_risk_discussion",
              QT_TRANSLATE_NOOP("Csm::Customer", "Risk discussion"), Bool, agendaRiskDiscussion),
    CSM_FIELD(AgendaRiskDiscussionNotes, "agenda_risk_discussion_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on the risk discussion"), Text,
              agendaRiskDiscussionNotes),
    CSM_FIELD(AgendaNextSteps, "agenda_next_steps",
              QT_TRANSLATE_NOOP("Csm::Customer", "Next steps"), Bool, agendaNextSteps),
    CSM_FIELD(AgendaNextStepsNotes, "agenda_next_steps_notes",
              QT_TRANSLATE_NOOP("Csm::Customer", "Notes on next steps"), Text,
              agendaNextStepsNotes),
    CSM_FIELD(KickoffRecapSentDate, "kickoff_recap_sent_date",
              QT_TRANSLATE_NOOP("Csm::Customer", "Kickoff recap sent"), Date, kickoffRecapSentDate),
    CSM_FIELD(CheckInCadence, "check_in_cadence",
              QT_TRANSLATE_NOOP("Csm::Customer", "Check-in cadence"), Text, checkInCadence),
    CSM_FIELD(MeetingChannels, "meeting_channels", QT_TRANSLATE_NOOP("Csm::Customer", "Channels"),
              Text, meetingChannels),
    CSM_FIELD(EscalationPath, "escalation_path",
              QT_TRANSLATE_NOOP("Csm::Customer", "Escalation path"), LongText, escalationPath),
    CSM_FIELD(DecisionMakerAvailable, "decision_maker_available",
              QT_TRANSLATE_NOOP("Csm::Customer", "Decision maker available"), Enum,
              decisionMakerAvailable),
    CSM_FIELD(ResourcesCommitted, "resources_committed",
              QT_TRANSLATE_NOOP("Csm::Customer", "Customer resources committed"), Enum,
              resourcesCommitted),
    CSM_FIELD(ResourcesRole, "resources_role", QT_TRANSLATE_NOOP("Csm::Customer", "Committed role"),
              Text, resourcesRole),
    CSM_FIELD(ResourcesHoursPerWeek, "resources_hours_per_week",
              QT_TRANSLATE_NOOP("Csm::Customer", "Hours per week"), Integer, resourcesHoursPerWeek),
    CSM_FIELD(LicensedSeats, "licensed_seats", QT_TRANSLATE_NOOP("Csm::Customer", "Licensed seats"),
              Integer, licensedSeats),
    CSM_FIELD(ActivationEvent, "activation_event",
              QT_TRANSLATE_NOOP("Csm::Customer", "Activation event"), Text, activationEvent),
    CSM_FIELD(GraduationGoalsReviewed, "graduation_goals_reviewed",
              QT_TRANSLATE_NOOP("Csm::Customer", "Original goals reviewed"), Bool,
              graduationGoalsReviewed),
    CSM_FIELD(GraduationNewGoalsSet, "graduation_new_goals_set",
              QT_TRANSLATE_NOOP("Csm::Customer", "New goals set"), Bool, graduationNewGoalsSet),
    CSM_FIELD(OngoingCsm, "ongoing_csm", QT_TRANSLATE_NOOP("Csm::Customer", "Handed over to"), Text,
              ongoingCsm),
    CSM_FIELD(OngoingCheckInCadence, "ongoing_check_in_cadence",
              QT_TRANSLATE_NOOP("Csm::Customer", "Check-in cadence after graduation"), Text,
              ongoingCheckInCadence),
    CSM_FIELD(FirstQbrDate, "first_qbr_date", QT_TRANSLATE_NOOP("Csm::Customer", "First QBR"), Date,
              firstQbrDate),
}};

const std::array<AgendaItem, 8> kAgenda{{
    {CustomerField::AgendaIntroductions, CustomerField::AgendaIntroductionsNotes},
    {CustomerField::AgendaSuccessCriteria, CustomerField::AgendaSuccessCriteriaNotes},
    {CustomerField::AgendaSolutionOverview, CustomerField::AgendaSolutionOverviewNotes},
    {CustomerField::AgendaImplementationPlan, CustomerField::AgendaImplementationPlanNotes},
    {CustomerField::AgendaCommunicationPlan, CustomerField::AgendaCommunicationPlanNotes},
    {CustomerField::AgendaQuickWin, CustomerField::AgendaQuickWinNotes},
    {CustomerField::AgendaRiskDiscussion, CustomerField::AgendaRiskDiscussionNotes},
    {CustomerField::AgendaNextSteps, CustomerField::AgendaNextStepsNotes},
}};

#undef CSM_FIELD

} // namespace

qint64 Customer::daysSinceSignature(const QDate &today) const
{
    return signatureDate.isValid() ? signatureDate.daysTo(today) : 0;
}

std::span<const AgendaItem> kickoffAgenda()
{
    return kAgenda;
}

std::span<const CustomerFieldSpec> customerFields()
{
    return kFields;
}

const CustomerFieldSpec &customerFieldSpec(CustomerField field)
{
    // The table is in enum order; checked by a test.
    return kFields.at(size_t(field));
}

QString customerFieldLabel(CustomerField field)
{
    return QCoreApplication::translate("Csm::Customer", customerFieldSpec(field).label);
}

QVariant customerValue(const Customer &customer, CustomerField field)
{
    return readField(customer, customerFieldSpec(field).member);
}

void setCustomerValue(Customer &customer, CustomerField field, const QVariant &value)
{
    writeField(customer, customerFieldSpec(field).member, value);
}

Tier tierForArr(qint64 arr, qint64 highTouchAbove, qint64 hybridFrom)
{
    if (arr > highTouchAbove)
        return Tier::HighTouch;
    if (arr >= hybridFrom)
        return Tier::Hybrid;
    return Tier::Digital;
}

} // namespace Csm
