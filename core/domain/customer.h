// A customer's account, contract, owners, handoff and key dates: the head of an onboarding file.
#pragma once

#include "enums.h"
#include "field.h"
#include "id.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

#include <span>

namespace Csm {

struct Customer
{
    CustomerId id;

    // Account and contract
    QString accountName;
    QString industry;
    Tier tier = Tier::Hybrid;
    qint64 arr = 0; // annual recurring revenue in whole currency units
    QString currency = QStringLiteral("EUR");
    QString products;
    QString language = QStringLiteral("en"); // language for customer-facing text
    QDate signatureDate;                     // day 0 of the onboarding clock
    qint64 termMonths = 12;
    QDate renewalDate;

    // Owners
    QString accountExecutive;
    QString csmOwner;
    QString implementationOwner;
    QString supportOwner;

    // Where the onboarding stands
    Phase phase = Phase::Transition;
    Status status = Status::OnTrack;
    QString statusReason;

    // Handoff from sales
    QString primaryUseCase;
    QString successMetrics;
    QString painPoints;
    QString competitorReplaced;
    QString reasonForChoice;
    QString redFlags;
    QString communicationChannel;
    QString communicationStyle;
    QString promisesMade;
    QString competitiveConcerns;
    QDate handoffMeetingDate;
    QDate introEmailSentDate;

    // Key dates
    QDate kickoffDate;
    QDate goLiveDate;
    QDate firstValueDate;
    QDate graduationDate;

    QString notes; // Markdown

    // Kickoff workshop
    qint64 kickoffDurationMinutes = 60;
    bool agendaIntroductions = false;
    QString agendaIntroductionsNotes;
    bool agendaSuccessCriteria = false;
    QString agendaSuccessCriteriaNotes;
    bool agendaSolutionOverview = false;
    QString agendaSolutionOverviewNotes;
    bool agendaImplementationPlan = false;
    QString agendaImplementationPlanNotes;
    bool agendaCommunicationPlan = false;
    QString agendaCommunicationPlanNotes;
    bool agendaQuickWin = false;
    QString agendaQuickWinNotes;
    bool agendaRiskDiscussion = false;
    QString agendaRiskDiscussionNotes;
    bool agendaNextSteps = false;
    QString agendaNextStepsNotes;
    QDate kickoffRecapSentDate;

    // Communication plan agreed at the kickoff
    QString checkInCadence;
    QString meetingChannels;
    QString escalationPath;

    // Pre-onboarding qualification
    Answer decisionMakerAvailable = Answer::Unknown;
    Answer resourcesCommitted = Answer::Unknown;
    QString resourcesRole;
    qint64 resourcesHoursPerWeek = 0;

    // Adoption: the seats bought, and the one core action that proves first value.
    qint64 licensedSeats = 0;
    QString activationEvent;

    // Graduation: the checklist of the hand-over to ongoing success management. The cadence
    // after graduation is its own field: the onboarding's check-in cadence above stays as it
    // was agreed at the kickoff, and the two usually differ (weekly, then monthly).
    bool graduationGoalsReviewed = false; // the original success plan goals reviewed
    bool graduationNewGoalsSet = false;
    QString ongoingCsm; // who takes the account over
    QString ongoingCheckInCadence;
    QDate firstQbrDate;

    RecordMeta meta;

    bool operator==(const Customer &) const = default;

    // Days since signature as of `today`; negative before signature, 0 when no date is set.
    qint64 daysSinceSignature(const QDate &today) const;
};

enum class CustomerField {
    AccountName,
    Industry,
    Tier,
    Arr,
    Currency,
    Products,
    Language,
    SignatureDate,
    TermMonths,
    RenewalDate,
    AccountExecutive,
    CsmOwner,
    ImplementationOwner,
    SupportOwner,
    Phase,
    Status,
    StatusReason,
    PrimaryUseCase,
    SuccessMetrics,
    PainPoints,
    CompetitorReplaced,
    ReasonForChoice,
    RedFlags,
    CommunicationChannel,
    CommunicationStyle,
    PromisesMade,
    CompetitiveConcerns,
    HandoffMeetingDate,
    IntroEmailSentDate,
    KickoffDate,
    GoLiveDate,
    FirstValueDate,
    GraduationDate,
    Notes,
    KickoffDurationMinutes,
    AgendaIntroductions,
    AgendaIntroductionsNotes,
    AgendaSuccessCriteria,
    AgendaSuccessCriteriaNotes,
    AgendaSolutionOverview,
    AgendaSolutionOverviewNotes,
    AgendaImplementationPlan,
    AgendaImplementationPlanNotes,
    AgendaCommunicationPlan,
    AgendaCommunicationPlanNotes,
    AgendaQuickWin,
    AgendaQuickWinNotes,
    AgendaRiskDiscussion,
    AgendaRiskDiscussionNotes,
    AgendaNextSteps,
    AgendaNextStepsNotes,
    KickoffRecapSentDate,
    CheckInCadence,
    MeetingChannels,
    EscalationPath,
    DecisionMakerAvailable,
    ResourcesCommitted,
    ResourcesRole,
    ResourcesHoursPerWeek,
    LicensedSeats,
    ActivationEvent,
    GraduationGoalsReviewed,
    GraduationNewGoalsSet,
    OngoingCsm,
    OngoingCheckInCadence,
    FirstQbrDate,
};

// The kickoff agenda: each item is a done flag and notes on the customer.
struct AgendaItem
{
    CustomerField done;
    CustomerField notes;
};
std::span<const AgendaItem> kickoffAgenda();

using CustomerFieldSpec = FieldSpec<Customer, CustomerField>;

std::span<const CustomerFieldSpec> customerFields();
const CustomerFieldSpec &customerFieldSpec(CustomerField field);
QString customerFieldLabel(CustomerField field);
QVariant customerValue(const Customer &customer, CustomerField field);
void setCustomerValue(Customer &customer, CustomerField field, const QVariant &value);

// The default tier for an ARR, with the workspace's thresholds.
Tier tierForArr(qint64 arr, qint64 highTouchAbove, qint64 hybridFrom);

} // namespace Csm
