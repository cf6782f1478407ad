#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace Csm::Test {

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("workspace.csmw")))
    , m_time(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)
{
    open();
}

TempWorkspace::~TempWorkspace() = default;

void TempWorkspace::open()
{
    QString error;
    m_workspace = Workspace::open(m_path, &error);
    INFO(error.toStdString());
    REQUIRE(m_workspace);
    m_workspace->setAuthor(QStringLiteral("Test User"));
    m_workspace->setClock([this] { return m_time; });
}

void TempWorkspace::reopen()
{
    m_workspace.reset();
    open();
}

void TempWorkspace::advance(qint64 msecs)
{
    m_time = m_time.addMSecs(msecs);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

OnboardingFile fullOnboardingFile(const RecordMeta &meta)
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = QStringLiteral("Acme Grüße & Co \"quoted\"");
    c.industry = QStringLiteral("Manufacturing");
    c.tier = Tier::HighTouch;
    c.arr = 123456789;
    c.currency = QStringLiteral("CHF");
    c.products = QStringLiteral("Enterprise, 120 seats");
    c.language = QStringLiteral("de");
    c.signatureDate = QDate(2026, 2, 1);
    c.termMonths = 36;
    c.renewalDate = QDate(2029, 2, 1);
    c.accountExecutive = QStringLiteral("Ann Exec");
    c.csmOwner = QStringLiteral("Cara Success");
    c.implementationOwner = QStringLiteral("Ian Plement");
    c.supportOwner = QStringLiteral("Sue Port");
    c.phase = Phase::Adoption;
    c.status = Status::AtRisk;
    c.statusReason = QStringLiteral("No IT admin");
    c.primaryUseCase = QStringLiteral("Line one\nLine two");
    c.successMetrics = QStringLiteral("8 h to 2 h");
    c.painPoints = QStringLiteral("Spreadsheets");
    c.competitorReplaced = QStringLiteral("OldTool");
    c.reasonForChoice = QStringLiteral("Speed");
    c.redFlags = QStringLiteral("Hostile IT");
    c.communicationChannel = QStringLiteral("Slack");
    c.communicationStyle = QStringLiteral("Brief");
    c.promisesMade = QStringLiteral("SSO by week 3");
    c.competitiveConcerns = QStringLiteral("Discounts");
    c.handoffMeetingDate = QDate(2026, 2, 2);
    c.introEmailSentDate = QDate(2026, 2, 3);
    c.kickoffDate = QDate(2026, 2, 5);
    c.goLiveDate = QDate(2026, 3, 1);
    c.firstValueDate = QDate(2026, 2, 20);
    c.graduationDate = QDate(2026, 5, 1);
    c.notes = QStringLiteral("# Notes\n- **bold** item");
    c.kickoffDurationMinutes = 90;
    int agendaIndex = 0;
    for (const AgendaItem &item : kickoffAgenda()) {
        setCustomerValue(c, item.done, true);
        setCustomerValue(c, item.notes, QStringLiteral("agenda note %1").arg(agendaIndex++));
    }
    c.kickoffRecapSentDate = QDate(2026, 2, 6);
    c.checkInCadence = QStringLiteral("Weekly, Tuesdays 10:00");
    c.meetingChannels = QStringLiteral("Teams, e-mail");
    c.escalationPath = QStringLiteral("Cara Success, then VP Customer Success");
    c.decisionMakerAvailable = Answer::Yes;
    c.resourcesCommitted = Answer::No;
    c.resourcesRole = QStringLiteral("IT admin");
    c.resourcesHoursPerWeek = 5;
    c.licensedSeats = 60;
    c.activationEvent = QStringLiteral("report_shared");
    c.graduationGoalsReviewed = true;
    c.graduationNewGoalsSet = true;
    c.ongoingCsm = QStringLiteral("Noor Ongoing");
    c.ongoingCheckInCadence = QStringLiteral("Monthly");
    c.firstQbrDate = QDate(2026, 6, 15);
    c.meta = meta;

    for (int i = 0; i < 2; ++i) {
        Stakeholder s;
        s.id = StakeholderId::create();
        s.customerId = c.id;
        s.name = i == 0 ? QStringLiteral("Eva Sponsor") : QStringLiteral("Raj Vendor");
        s.title = QStringLiteral("Title %1").arg(i);
        s.email = QStringLiteral("person%1@example.com").arg(i);
        s.phone = QStringLiteral("+41 44 000 00 0%1").arg(i);
        s.side = i == 0 ? Side::Customer : Side::Vendor;
        s.role = i == 0 ? StakeholderRole::ExecutiveSponsor : StakeholderRole::Implementation;
        s.sentiment = i == 0 ? Sentiment::Advocate : Sentiment::Neutral;
        s.lastContact = QDate(2026, 2, 10 + i);
        s.notes = QStringLiteral("note %1").arg(i);
        s.meta = meta;
        s.meta.createdAt = meta.createdAt.addMSecs(i);
        file.stakeholders.append(s);
    }
    // One record of every other kind, each field set, all linked to each other.
    auto stamped = [&](auto record, int offset) {
        record.customerId = c.id;
        record.meta = meta;
        record.meta.createdAt = meta.createdAt.addMSecs(10 + offset);
        return record;
    };
    Outcome outcome = stamped(Outcome{}, 0);
    outcome.id = OutcomeId::create();
    outcome.title = QStringLiteral("Reduce reporting time by 50 %");
    outcome.description = QStringLiteral("Board pack in a day");
    file.outcomes.append(outcome);

    Objective objective = stamped(Objective{}, 1);
    objective.id = ObjectiveId::create();
    objective.outcomeId = outcome.id;
    objective.metric = QStringLiteral("Admin time");
    objective.unit = QStringLiteral("h/week");
    objective.baseline = 8;
    objective.target = 2.5;
    objective.targetDate = QDate(2026, 4, 1);
    objective.vendorOwner = QStringLiteral("Cara Success");
    objective.customerOwner = QStringLiteral("Eva Sponsor");
    objective.confirmedAtKickoff = true;
    objective.quickWin = true;
    objective.usageMetric = QStringLiteral("weekly_active_users");
    file.objectives.append(objective);

    OperationalStep step = stamped(OperationalStep{}, 2);
    step.id = StepId::create();
    step.objectiveId = objective.id;
    step.task = QStringLiteral("Migrate reports");
    step.owner = QStringLiteral("Ian Plement");
    step.dueDate = QDate(2026, 3, 1);
    step.done = true;
    file.steps.append(step);

    Measurement measurement = stamped(Measurement{}, 3);
    measurement.id = MeasurementId::create();
    measurement.objectiveId = objective.id;
    measurement.date = QDate(2026, 2, 15);
    measurement.value = 6.5;
    measurement.note = QStringLiteral("after training");
    file.measurements.append(measurement);

    KickoffAttendee attendee = stamped(KickoffAttendee{}, 4);
    attendee.id = AttendeeId::create();
    attendee.stakeholderId = file.stakeholders.at(0).id;
    attendee.meetingRole = QStringLiteral("Sponsor, opens the meeting");
    file.attendees.append(attendee);

    ActionItem action = stamped(ActionItem{}, 5);
    action.id = ActionId::create();
    action.task = QStringLiteral("Send SSO metadata");
    action.owner = QStringLiteral("Raj Vendor");
    action.dueDate = QDate(2026, 2, 10);
    action.status = ActionStatus::InProgress;
    file.actions.append(action);

    Decision decision = stamped(Decision{}, 6);
    decision.id = DecisionId::create();
    decision.decision = QStringLiteral("Pilot with finance first");
    decision.date = QDate(2026, 2, 5);
    decision.approvedBy = QStringLiteral("Eva Sponsor");
    decision.rationale = QStringLiteral("Highest pain, smallest team");
    file.decisions.append(decision);

    Risk risk = stamped(Risk{}, 7);
    risk.id = RiskId::create();
    risk.risk = QStringLiteral("IT security review is slow");
    risk.likelihood = RiskLevel::High;
    risk.impact = RiskLevel::Low;
    risk.mitigation = QStringLiteral("Start the questionnaire now");
    risk.trigger = QStringLiteral("No review slot by March");
    risk.owner = QStringLiteral("Cara Success");
    risk.status = RiskStatus::Mitigating;
    risk.raisedAtKickoff = true;
    file.risks.append(risk);

    Workstream workstream = stamped(Workstream{}, 8);
    workstream.id = WorkstreamId::create();
    workstream.name = QStringLiteral("Single sign-on");
    workstream.kind = WorkstreamKind::SecurityCompliance;
    workstream.vendorOwner = QStringLiteral("Ian Plement");
    workstream.customerOwner = QStringLiteral("Ole Admin");
    file.workstreams.append(workstream);

    PlanTask configure = stamped(PlanTask{}, 9);
    configure.id = TaskId::create();
    configure.workstreamId = workstream.id;
    configure.name = QStringLiteral("Configure the identity provider");
    configure.start = QDate(2026, 2, 9);
    configure.finish = QDate(2026, 2, 13);
    configure.progress = 40;
    configure.vendorOwner = QStringLiteral("Ian Plement");
    configure.customerOwner = QStringLiteral("Ole Admin");
    configure.status = TaskStatus::InProgress;
    configure.waitingOn = WaitingOn::SecurityReview;
    configure.baselineStart = QDate(2026, 2, 9);
    configure.baselineFinish = QDate(2026, 2, 12);
    configure.notes = QStringLiteral("Metadata exchange by e-mail");
    file.tasks.append(configure);

    PlanTask live = stamped(PlanTask{}, 10);
    live.id = TaskId::create();
    live.workstreamId = workstream.id;
    live.name = QStringLiteral("First report used live");
    live.type = TaskType::Milestone;
    live.start = QDate(2026, 2, 20);
    live.finish = QDate(2026, 2, 20);
    live.firstValue = true;
    live.baselineStart = QDate(2026, 2, 19);
    live.baselineFinish = QDate(2026, 2, 19);
    file.tasks.append(live);

    TaskDependency dependency = stamped(TaskDependency{}, 11);
    dependency.id = DependencyId::create();
    dependency.predecessorId = configure.id;
    dependency.successorId = live.id;
    dependency.lagDays = 1;
    file.dependencies.append(dependency);

    PhaseGate gate = stamped(PhaseGate{}, 12);
    gate.id = GateId::create();
    gate.kind = GateKind::GoLive;
    gate.dueDate = QDate(2026, 2, 20);
    file.gates.append(gate);

    GateCriterion criterion = stamped(GateCriterion{}, 13);
    criterion.id = CriterionId::create();
    criterion.gateId = gate.id;
    criterion.criterion = QStringLiteral("SSO verified");
    criterion.met = true;
    file.gateCriteria.append(criterion);

    WhitespaceOpportunity opportunity = stamped(WhitespaceOpportunity{}, 14);
    opportunity.id = OpportunityId::create();
    opportunity.dimension = WhitespaceDimension::Geography;
    opportunity.name = QStringLiteral("Plants in Poland");
    opportunity.status = OpportunityStatus::Exploring;
    opportunity.potentialArr = 40000;
    opportunity.advocates = QStringLiteral("Eva Sponsor");
    opportunity.skeptics = QStringLiteral("Regional CFO");
    opportunity.notes = QStringLiteral("Budget cycle starts in **October**");
    file.opportunities.append(opportunity);

    SurveyResponse response = stamped(SurveyResponse{}, 15);
    response.id = SurveyResponseId::create();
    response.respondent = QStringLiteral("Ole Admin");
    response.role = QStringLiteral("IT admin");
    response.date = QDate(2026, 2, 27);
    response.satisfaction = 4;
    response.npsScore = 9;
    response.comment = QStringLiteral("SSO took \"longer\" than planned");
    file.surveyResponses.append(response);

    ValueItem value = stamped(ValueItem{}, 16);
    value.id = ValueItemId::create();
    value.description = QStringLiteral("Monthly report assembled automatically");
    value.hoursSavedPerMonth = 12.5;
    value.hourlyRate = 80;
    value.revenueImpact = 15000;
    value.costImpact = 3000;
    value.notes = QStringLiteral("Rate agreed with the controller");
    file.valueItems.append(value);

    ReportNote note = stamped(ReportNote{}, 17);
    note.id = ReportNoteId::create();
    note.report = QStringLiteral("ebr");
    note.section = QStringLiteral("goals");
    note.included = true;
    note.commentary = QStringLiteral("Ask the sponsor about <b>Q3</b> targets & budget");
    file.reportNotes.append(note);

    AlertSnooze snooze = stamped(AlertSnooze{}, 18);
    snooze.id = AlertSnoozeId::create();
    snooze.alert = QStringLiteral("single_threaded");
    snooze.situation = QStringLiteral("contacts:1;sponsor:yes");
    snooze.note = QStringLiteral("Second contact \"joins\" after the reorg");
    snooze.until = QDate(2026, 3, 20);
    file.alertSnoozes.append(snooze);
    return file;
}

} // namespace Csm::Test
