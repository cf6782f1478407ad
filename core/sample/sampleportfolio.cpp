#include "sampleportfolio.h"

#include "commands/addcustomer.h"
#include "sample/sampleusage.h"
#include "timeline/playbook.h"
#include "timeline/schedule.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoCommand>
#include <QUuid>

#include <algorithm>

namespace Csm {

namespace {

struct Person
{
    const char *name;
    const char *title;
    const char *email;
    Side side;
    StakeholderRole role;
    Sentiment sentiment;
    int lastContactDaysAgo; // -1: never
};

class Builder
{
public:
    Builder(const QDate &today, const RecordMeta &meta)
        : m_today(today)
        , m_meta(meta)
    {}

    OnboardingFile &start(const char *account, int signedDaysAgo)
    {
        m_files.append(OnboardingFile());
        OnboardingFile &file = m_files.last();
        file.customer.id = CustomerId::create();
        file.customer.accountName = QString::fromUtf8(account);
        file.customer.signatureDate = m_today.addDays(-signedDaysAgo);
        file.customer.renewalDate = file.customer.signatureDate.addMonths(12);
        file.customer.csmOwner =
            m_meta.createdBy.isEmpty() ? QStringLiteral("Alex Morgan") : m_meta.createdBy;
        file.customer.meta = m_meta;
        // Distinct creation times keep the listed order, which is also the order after a
        // restart (customers are read back by creation time).
        file.customer.meta.createdAt = m_meta.createdAt.addMSecs(m_files.size() - 1);
        file.customer.meta.modifiedAt = file.customer.meta.createdAt;
        return file;
    }

    QDate day(const OnboardingFile &file, int offset) const
    {
        return file.customer.signatureDate.addDays(offset);
    }

    void people(OnboardingFile &file, std::initializer_list<Person> persons)
    {
        for (const Person &p : persons) {
            Stakeholder s;
            s.id = StakeholderId::create();
            s.customerId = file.customer.id;
            s.name = QString::fromUtf8(p.name);
            s.title = QString::fromUtf8(p.title);
            s.email = QString::fromUtf8(p.email);
            s.side = p.side;
            s.role = p.role;
            s.sentiment = p.sentiment;
            if (p.lastContactDaysAgo >= 0)
                s.lastContact = m_today.addDays(-p.lastContactDaysAgo);
            s.meta = m_meta;
            // Distinct creation times keep the listed order stable.
            s.meta.createdAt = m_meta.createdAt.addMSecs(file.stakeholders.size());
            s.meta.modifiedAt = s.meta.createdAt;
            file.stakeholders.append(s);
        }
    }

    // Success plan, kickoff and logs. Days count from the signature date.
    OutcomeId outcome(OnboardingFile &f, const char *title, const char *description)
    {
        Outcome o = stamped<Outcome>(f);
        o.title = QString::fromUtf8(title);
        o.description = QString::fromUtf8(description);
        f.outcomes.append(o);
        return o.id;
    }

    ObjectiveId objective(OnboardingFile &f, const OutcomeId &outcome, const char *metric,
                          const char *unit, double baseline, double target, int targetDay,
                          const char *customerOwner, bool confirmed, bool quickWin = false)
    {
        Objective o = stamped<Objective>(f);
        o.outcomeId = outcome;
        o.metric = QString::fromUtf8(metric);
        o.unit = QString::fromUtf8(unit);
        o.baseline = baseline;
        o.target = target;
        o.targetDate = day(f, targetDay);
        o.vendorOwner = f.customer.csmOwner;
        o.customerOwner = QString::fromUtf8(customerOwner);
        o.confirmedAtKickoff = confirmed;
        o.quickWin = quickWin;
        f.objectives.append(o);
        return o.id;
    }

    void step(OnboardingFile &f, const ObjectiveId &objective, const char *task, const char *owner,
              int dueDay, bool done)
    {
        OperationalStep s = stamped<OperationalStep>(f);
        s.objectiveId = objective;
        s.task = QString::fromUtf8(task);
        s.owner = QString::fromUtf8(owner);
        s.dueDate = day(f, dueDay);
        s.done = done;
        f.steps.append(s);
    }

    void measure(OnboardingFile &f, const ObjectiveId &objective,
                 std::initializer_list<std::pair<int, double>> readings)
    {
        for (const auto &[atDay, value] : readings) {
            Measurement m = stamped<Measurement>(f);
            m.objectiveId = objective;
            m.date = day(f, atDay);
            m.value = value;
            f.measurements.append(m);
        }
    }

    void attend(OnboardingFile &f, std::initializer_list<std::pair<const char *, const char *>> who)
    {
        for (const auto &[name, role] : who) {
            for (const Stakeholder &s : std::as_const(f.stakeholders)) {
                if (s.name == QString::fromUtf8(name)) {
                    KickoffAttendee a = stamped<KickoffAttendee>(f);
                    a.stakeholderId = s.id;
                    a.meetingRole = QString::fromUtf8(role);
                    f.attendees.append(a);
                }
            }
        }
    }

    void action(OnboardingFile &f, const char *task, const char *owner, int dueDay,
                ActionStatus status)
    {
        ActionItem a = stamped<ActionItem>(f);
        a.task = QString::fromUtf8(task);
        a.owner = QString::fromUtf8(owner);
        a.dueDate = day(f, dueDay);
        a.status = status;
        f.actions.append(a);
    }

    void decision(OnboardingFile &f, const char *what, int atDay, const char *approvedBy,
                  const char *rationale)
    {
        Decision d = stamped<Decision>(f);
        d.decision = QString::fromUtf8(what);
        d.date = day(f, atDay);
        d.approvedBy = QString::fromUtf8(approvedBy);
        d.rationale = QString::fromUtf8(rationale);
        f.decisions.append(d);
    }

    void risk(OnboardingFile &f, const char *what, RiskLevel likelihood, RiskLevel impact,
              const char *mitigation, const char *trigger, const char *owner, RiskStatus status,
              bool atKickoff)
    {
        Risk r = stamped<Risk>(f);
        r.risk = QString::fromUtf8(what);
        r.likelihood = likelihood;
        r.impact = impact;
        r.mitigation = QString::fromUtf8(mitigation);
        r.trigger = QString::fromUtf8(trigger);
        r.owner = QString::fromUtf8(owner);
        r.status = status;
        r.raisedAtKickoff = atKickoff;
        f.risks.append(r);
    }

    // The value review: the expansion map, the onboarding survey, the value delivered.
    void opportunity(OnboardingFile &f, WhitespaceDimension dimension, const char *name,
                     OpportunityStatus status, qint64 potentialArr, const char *advocates,
                     const char *skeptics, const char *notes)
    {
        WhitespaceOpportunity o = stamped<WhitespaceOpportunity>(f);
        o.dimension = dimension;
        o.name = QString::fromUtf8(name);
        o.status = status;
        o.potentialArr = potentialArr;
        o.advocates = QString::fromUtf8(advocates);
        o.skeptics = QString::fromUtf8(skeptics);
        o.notes = QString::fromUtf8(notes);
        f.opportunities.append(o);
    }

    void survey(OnboardingFile &f, const char *respondent, const char *role, int atDay,
                int satisfaction, int nps, const char *comment)
    {
        SurveyResponse r = stamped<SurveyResponse>(f);
        r.respondent = QString::fromUtf8(respondent);
        r.role = QString::fromUtf8(role);
        r.date = day(f, atDay);
        r.satisfaction = satisfaction;
        r.npsScore = nps;
        r.comment = QString::fromUtf8(comment);
        f.surveyResponses.append(r);
    }

    void value(OnboardingFile &f, const char *description, double hoursPerMonth, qint64 hourlyRate,
               qint64 revenueImpact, qint64 costImpact, const char *notes)
    {
        ValueItem v = stamped<ValueItem>(f);
        v.description = QString::fromUtf8(description);
        v.hoursSavedPerMonth = hoursPerMonth;
        v.hourlyRate = hourlyRate;
        v.revenueImpact = revenueImpact;
        v.costImpact = costImpact;
        v.notes = QString::fromUtf8(notes);
        f.valueItems.append(v);
    }

    // The CSM's commentary on a section of a report, written for the meeting.
    void reportNote(OnboardingFile &f, const char *report, const char *section,
                    const char *commentary)
    {
        ReportNote n = stamped<ReportNote>(f);
        n.report = QString::fromUtf8(report);
        n.section = QString::fromUtf8(section);
        n.commentary = QString::fromUtf8(commentary);
        f.reportNotes.append(n);
    }

    // The kickoff as held: the first `covered` agenda items ticked, with the plan agreed.
    void kickoff(OnboardingFile &f, int covered, const char *cadence, const char *channels,
                 const char *escalation)
    {
        Customer &c = f.customer;
        int i = 0;
        for (const AgendaItem &item : kickoffAgenda())
            setCustomerValue(c, item.done, i++ < covered);
        c.checkInCadence = QString::fromUtf8(cadence);
        c.meetingChannels = QString::fromUtf8(channels);
        c.escalationPath = QString::fromUtf8(escalation);
    }

    // The tier's playbook, carried out up to today: tasks finished before today are done
    // (unless a task they wait for is not), the ones under way have progressed in step with
    // the days passed (less `behind` points), gates due before today are passed unless work
    // due by then is open. The latest task waiting on `slipping` that has started slipped by
    // `slipDays` business days, pushing what depends on it, and is blocked when `blocked`.
    void plan(OnboardingFile &f, WaitingOn slipping = WaitingOn::Nobody, int slipDays = 0,
              bool blocked = false, int behind = 0)
    {
        const BusinessCalendar calendar;
        GeneratedPlan plan = generatePlan(builtInPlaybook(f.customer.tier), f.customer, calendar,
                                          m_today, f.stakeholders);
        // The latest task waiting on `slipping` that should have started by today.
        PlanTask *slipped = nullptr;
        for (PlanTask &task : plan.tasks) {
            if (slipping != WaitingOn::Nobody && task.waitingOn == slipping &&
                task.start <= m_today && (!slipped || task.start > slipped->start))
                slipped = &task;
        }
        const TaskId slippedId = slipped ? slipped->id : TaskId();
        if (slipped) {
            slipped->finish = calendar.addBusinessDays(slipped->finish, slipDays);
            if (slipped->isMilestone())
                slipped->start = slipped->finish;
        }
        for (const TaskDates &move : resolveConstraints(plan.tasks, plan.dependencies, calendar)) {
            for (PlanTask &task : plan.tasks) {
                if (task.id == move.task) {
                    task.start = move.start;
                    task.finish = move.finish;
                }
            }
        }
        for (PlanTask &task : plan.tasks) {
            if (task.id == slippedId && blocked) {
                task.status = TaskStatus::Blocked;
                task.progress = 30;
            } else if (task.finish < m_today) {
                task.status = TaskStatus::Done;
                task.progress = 100;
            } else if (task.start <= m_today && !task.isMilestone()) {
                const int all = std::max(1, calendar.workingDays(task.start, task.finish));
                const int done = calendar.workingDays(task.start, m_today.addDays(-1));
                task.status = TaskStatus::InProgress;
                task.progress = std::clamp(100 * done / all - behind, 5, 95);
            }
        }
        // Nothing is done while a task it waits for is not.
        for (bool changed = true; changed;) {
            changed = false;
            for (const TaskDependency &d : std::as_const(plan.dependencies)) {
                auto find = [&](const TaskId &id) {
                    return std::find_if(plan.tasks.begin(), plan.tasks.end(),
                                        [&](const PlanTask &t) { return t.id == id; });
                };
                const auto before = find(d.predecessorId);
                const auto after = find(d.successorId);
                if (before != plan.tasks.end() && after != plan.tasks.end() && !before->isDone() &&
                    after->isDone()) {
                    after->status = TaskStatus::NotStarted;
                    after->progress = 0;
                    changed = true;
                }
            }
        }
        QSet<GateId> passed;
        for (PhaseGate &gate : plan.gates) {
            // Passed once due, unless work due by then is still open.
            const bool open =
                std::any_of(plan.tasks.cbegin(), plan.tasks.cend(), [&](const PlanTask &t) {
                    return !t.isDone() && t.finish <= gate.dueDate;
                });
            if (gate.dueDate.isValid() && gate.dueDate < m_today && !open) {
                gate.passedDate = gate.dueDate;
                passed.insert(gate.id);
            }
        }
        for (GateCriterion &criterion : plan.criteria)
            criterion.met = passed.contains(criterion.gateId);
        add(f, plan.workstreams);
        add(f, plan.tasks);
        add(f, plan.dependencies);
        add(f, plan.gates);
        add(f, plan.criteria);
    }

    QList<OnboardingFile> files() const { return m_files; }

private:
    template<typename R> void add(OnboardingFile &f, const QList<R> &records)
    {
        for (R record : records) {
            record.customerId = f.customer.id;
            record.meta = m_meta;
            record.meta.createdAt = m_meta.createdAt.addMSecs(100 + m_records++);
            record.meta.modifiedAt = record.meta.createdAt;
            f.records<R>().append(record);
        }
    }

    // A new record of the file, stamped a millisecond after the previous one so the order
    // they were made in is kept.
    template<typename R> R stamped(const OnboardingFile &f)
    {
        R record;
        record.id = typename RecordTraits<R>::Id(QUuid::createUuid());
        record.customerId = f.customer.id;
        record.meta = m_meta;
        record.meta.createdAt = m_meta.createdAt.addMSecs(100 + m_records++);
        record.meta.modifiedAt = record.meta.createdAt;
        return record;
    }

    int m_records = 0;
    QDate m_today;
    RecordMeta m_meta;
    QList<OnboardingFile> m_files;
};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

QList<OnboardingFile> samplePortfolio(const QDate &today, const RecordMeta &meta)
{
    Builder b(today, meta);
    constexpr Side C = Side::Customer;
    constexpr Side V = Side::Vendor;
    using R = StakeholderRole;
    using S = Sentiment;

    {
        OnboardingFile &f = b.start("Northwind Logistics", 18);
        Customer &c = f.customer;
        c.industry = text("Logistics and freight");
        c.tier = Tier::HighTouch;
        c.arr = 184000;
        c.products = text("Enterprise plan, forecasting add-on, 250 seats");
        c.licensedSeats = 250;
        c.activationEvent = text("report_shared");
        c.termMonths = 24;
        c.renewalDate = c.signatureDate.addMonths(24);
        c.accountExecutive = text("Priya Raman");
        c.implementationOwner = text("Tomás Ortega");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Implementation;
        c.primaryUseCase = text(
            "Replace weekly spreadsheet forecasting across 14 depots with one live pipeline view.");
        c.successMetrics = text("Cut reporting time from 8 h to 2 h per week per depot manager; "
                                "forecast accuracy within 5 %.");
        c.painPoints = text("Forecasts assembled by hand from depot spreadsheets; numbers disagree "
                            "in the Monday meeting.");
        c.competitorReplaced = text("LegacyForecast 7 (on-premises)");
        c.reasonForChoice = text("Live depot roll-up and the SAP connector.");
        c.redFlags = text("IT security review queue is about three weeks long.");
        c.communicationChannel = text("Microsoft Teams");
        c.communicationStyle = text("Short written updates, decisions by e-mail");
        c.promisesMade = text("SAP connector live before the peak season (week 10).");
        c.competitiveConcerns = text("Incumbent offered a 40 % discount to stay.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 1);
        c.kickoffDate = b.day(f, 4);
        c.goLiveDate = b.day(f, 35);
        c.notes = text("## Context\n- Peak season starts in **week 10**: go-live must land "
                       "before.\n- Champion ran the RFP.\n");
        b.people(f, {
                        {"Margaret Ellis", "COO", "m.ellis@northwind.example", C,
                         R::ExecutiveSponsor, S::Advocate, 9},
                        {"Daniel Okafor", "Head of Planning", "d.okafor@northwind.example", C,
                         R::Champion, S::Advocate, 2},
                        {"Sven Lindqvist", "VP Finance", "s.lindqvist@northwind.example", C,
                         R::DecisionMaker, S::Neutral, 14},
                        {"Aisha Khan", "IT Systems Admin", "a.khan@northwind.example", C,
                         R::AdminOwner, S::Skeptic, 3},
                        {"Leo Martins", "Depot Manager, Rotterdam", "l.martins@northwind.example",
                         C, R::PowerUser, S::Neutral, 5},
                        {"Priya Raman", "Account Executive", "priya.raman@csmworkspace.example", V,
                         R::AccountExecutive, S::Unknown, 7},
                        {"Tomás Ortega", "Implementation Engineer",
                         "tomas.ortega@csmworkspace.example", V, R::Implementation, S::Unknown, 1},
                    });
        c.decisionMakerAvailable = Answer::Yes;
        c.resourcesCommitted = Answer::Yes;
        c.resourcesRole = text("IT systems admin");
        c.resourcesHoursPerWeek = 5;
        c.kickoffRecapSentDate = b.day(f, 5);
        b.kickoff(f, 8, "Weekly, Tuesdays 10:00", "Microsoft Teams; e-mail for decisions",
                  "Alex Morgan (CSM), then Priya Raman (AE), then VP Customer Success; "
                  "customer side: Daniel Okafor, then Margaret Ellis");
        b.attend(f, {{"Margaret Ellis", "Executive sponsor, opens the meeting"},
                     {"Daniel Okafor", "Champion, owns the plan"},
                     {"Aisha Khan", "IT admin, data access and SSO"},
                     {"Leo Martins", "Pilot depot"},
                     {"Tomás Ortega", "Implementation lead"}});
        const OutcomeId reporting = b.outcome(
            f, "Cut weekly reporting time by 75 %",
            "Depot managers stop assembling spreadsheets and use the live pipeline view.");
        const ObjectiveId hours = b.objective(f, reporting, "Reporting time per depot manager",
                                              "h/week", 8, 2, 60, "Daniel Okafor", true);
        b.measure(f, hours, {{7, 8}, {11, 7}, {17, 6}});
        b.step(f, hours, "Connect SAP export", "Aisha Khan", 12, true);
        b.step(f, hours, "Train the 14 depot managers", "Tomás Ortega", 25, false);
        const ObjectiveId pilot = b.objective(f, reporting, "Depots live on the pipeline view",
                                              "depots", 0, 1, 14, "Leo Martins", true, true);
        b.measure(f, pilot, {{13, 1}});
        const OutcomeId accuracy =
            b.outcome(f, "Trustworthy forecasts", "One forecast number in the Monday meeting.");
        const ObjectiveId error =
            b.objective(f, accuracy, "Forecast error", "%", 12, 5, 90, "Sven Lindqvist", true);
        b.measure(f, error, {{10, 12}, {17, 10.5}});
        b.action(f, "Send SAP connector credentials", "Aisha Khan", 9, ActionStatus::Done);
        b.action(f, "Answer the security questionnaire", "Tomás Ortega", 15,
                 ActionStatus::InProgress);
        b.action(f, "Schedule depot manager training", "Alex Morgan", 20, ActionStatus::Open);
        b.action(f, "Agree the go-live date with operations", "Daniel Okafor", 24,
                 ActionStatus::Open);
        b.decision(f, "Roll out depot by depot, Rotterdam first", 4, "Margaret Ellis",
                   "Smallest risk before peak season; Rotterdam has the keenest manager.");
        b.decision(f, "Keep the legacy tool read-only until go-live", 9, "Sven Lindqvist",
                   "Finance needs last year's figures during the switch.");
        b.risk(f, "IT security review queue is about three weeks long", RiskLevel::High,
               RiskLevel::High, "Questionnaire answered early; security call booked.",
               "No review slot by day 21", "Daniel Okafor", RiskStatus::Mitigating, true);
        b.risk(f, "Peak season starts in week 10", RiskLevel::Medium, RiskLevel::High,
               "Go-live planned for day 35 with a week of slack.", "Any milestone slips a week",
               "Alex Morgan", RiskStatus::Open, true);
        b.plan(f, WaitingOn::SecurityReview, 3);
    }
    {
        OnboardingFile &f = b.start("Helios Health Systems", 6);
        Customer &c = f.customer;
        c.industry = text("Healthcare (regulated)");
        c.tier = Tier::HighTouch;
        c.arr = 246000;
        c.currency = text("USD");
        c.products = text("Enterprise plan, HIPAA compliance pack");
        c.termMonths = 36;
        c.renewalDate = c.signatureDate.addMonths(36);
        c.accountExecutive = text("Marcus Lee");
        c.implementationOwner = text("Tomás Ortega");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Kickoff;
        c.primaryUseCase =
            text("One view of referral volumes across 6 hospitals for the operations board.");
        c.successMetrics =
            text("Board pack produced in 1 day instead of 5; referral leakage reported monthly.");
        c.painPoints =
            text("Data lives in three EHR exports; analysts rebuild the board pack by hand.");
        c.competitorReplaced = text("In-house BI team");
        c.reasonForChoice = text("Pre-built healthcare data model and audit trail.");
        c.redFlags = text("Security review and BAA required before any data moves; IT is hostile "
                          "to new vendors.");
        c.communicationChannel = text("E-mail");
        c.communicationStyle = text("Formal, with agendas sent 48 h ahead");
        c.promisesMade = text("Security questionnaire answered within 5 business days.");
        c.handoffMeetingDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 8);
        b.people(f, {
                        {"Dr. Ruth Adeyemi", "Chief Operating Officer",
                         "r.adeyemi@helioshealth.example", C, R::ExecutiveSponsor, S::Neutral, 6},
                        {"Kevin Brandt", "Director of Analytics", "k.brandt@helioshealth.example",
                         C, R::Champion, S::Advocate, 1},
                        {"Marcus Lee", "Account Executive", "marcus.lee@csmworkspace.example", V,
                         R::AccountExecutive, S::Unknown, 4},
                    });
        // The customer cannot free its IT admin: qualification puts the onboarding at risk.
        c.decisionMakerAvailable = Answer::Yes;
        c.resourcesCommitted = Answer::No;
        c.resourcesRole = text("IT admin");
        c.checkInCadence = text("Every two weeks, Thursdays");
        c.meetingChannels = text("E-mail, Zoom");
        const OutcomeId pack = b.outcome(f, "Board pack in one day",
                                         "Operations board gets referral volumes without analysts "
                                         "rebuilding the pack by hand.");
        b.objective(f, pack, "Days to produce the board pack", "days", 5, 1, 75, "Kevin Brandt",
                    false);
        b.action(f, "Send the BAA for signature", "Marcus Lee", 5, ActionStatus::Done);
        b.action(f, "Confirm an IT admin for 5 h/week", "Dr. Ruth Adeyemi", 8, ActionStatus::Open);
        b.risk(f, "No IT admin time before the security review", RiskLevel::High, RiskLevel::High,
               "Escalate to the COO; offer our implementation team for the set-up.",
               "Still no admin at the kickoff", "Alex Morgan", RiskStatus::Escalated, false);
        b.plan(f);
    }
    {
        OnboardingFile &f = b.start("Brightleaf Retail", 41);
        Customer &c = f.customer;
        c.industry = text("Retail");
        c.tier = Tier::Hybrid;
        c.arr = 36000;
        c.products = text("Growth plan, 60 seats");
        c.licensedSeats = 60;
        c.activationEvent = text("report_shared");
        c.accountExecutive = text("Priya Raman");
        c.implementationOwner = text("Jonas Weber");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Adoption;
        c.status = Status::Stalled;
        c.statusReason = text("No logins for 12 days since the champion went on leave.");
        c.primaryUseCase =
            text("Store managers track weekly sales targets without the regional spreadsheet.");
        c.successMetrics =
            text("80 % of store managers active weekly; regional report in under 1 hour.");
        c.painPoints = text("Regional spreadsheet breaks every Monday.");
        c.competitorReplaced = text("Spreadsheets");
        c.reasonForChoice = text("Mobile app for store managers.");
        c.redFlags = text("Single champion carries the project.");
        c.communicationChannel = text("Slack Connect");
        c.communicationStyle = text("Informal, quick replies");
        c.promisesMade = text("Store-manager training videos in German.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 5);
        c.goLiveDate = b.day(f, 24);
        b.people(f, {
                        {"Nadia Petrova", "Head of Retail Operations",
                         "n.petrova@brightleaf.example", C, R::Champion, S::Advocate, 19},
                        {"Felix Braun", "Managing Director", "f.braun@brightleaf.example", C,
                         R::DecisionMaker, S::Neutral, 30},
                        {"Jonas Weber", "Onboarding Specialist", "jonas.weber@csmworkspace.example",
                         V, R::Implementation, S::Unknown, 12},
                    });
        c.decisionMakerAvailable = Answer::Yes;
        c.resourcesCommitted = Answer::Yes;
        c.resourcesRole = text("Retail operations analyst");
        c.resourcesHoursPerWeek = 4;
        b.kickoff(f, 6, "Weekly, Mondays", "Slack Connect", "Nadia Petrova, then Felix Braun");
        b.attend(f, {{"Nadia Petrova", "Champion"}, {"Jonas Weber", "Onboarding"}});
        const OutcomeId weekly = b.outcome(f, "Store managers run the week from the app",
                                           "No more regional spreadsheet on Mondays.");
        const ObjectiveId active = b.objective(f, weekly, "Store managers active weekly", "%", 0,
                                               80, 45, "Nadia Petrova", true);
        b.measure(f, active, {{20, 35}, {27, 41}, {34, 38}});
        b.action(f, "Record German training videos", "Jonas Weber", 30, ActionStatus::Blocked);
        b.action(f, "Find a second internal contact", "Alex Morgan", 36, ActionStatus::Open);
        b.risk(f, "Champion on leave, nobody else drives adoption", RiskLevel::High,
               RiskLevel::High, "Ask Felix Braun for a deputy.", "No logins for 7 days",
               "Alex Morgan", RiskStatus::Escalated, false);
        b.plan(f, WaitingOn::CustomerIt, 6, true, 15);
    }
    {
        OnboardingFile &f = b.start("Quantum Freight", 2);
        Customer &c = f.customer;
        c.industry = text("Transport");
        c.tier = Tier::Hybrid;
        c.arr = 22000;
        c.products = text("Growth plan, 25 seats");
        c.licensedSeats = 25;
        c.activationEvent = text("report_shared");
        c.accountExecutive = text("Marcus Lee");
        c.phase = Phase::Transition;
        c.primaryUseCase = text("Dispatch team sees late shipments before customers call.");
        c.communicationChannel = text("Phone");
        b.people(f, {
                        {"Oliver Grant", "Dispatch Lead", "o.grant@quantumfreight.example", C,
                         R::Champion, S::Advocate, 2},
                    });
    }
    {
        OnboardingFile &f = b.start("Cobalt Analytics", 56);
        Customer &c = f.customer;
        c.industry = text("Software");
        c.tier = Tier::Digital;
        c.arr = 8400;
        c.products = text("Starter plan, 10 seats");
        c.licensedSeats = 10;
        c.activationEvent = text("report_shared");
        c.accountExecutive = text("Self-serve");
        c.phase = Phase::ValueRealization;
        c.primaryUseCase = text("Share one pipeline report with investors every month.");
        c.successMetrics = text("Investor report sent in under 30 minutes.");
        c.painPoints = text("Copying numbers between three tools.");
        c.reasonForChoice = text("Free trial proved the report in a day.");
        c.redFlags = text("None seen.");
        c.communicationChannel = text("In-app chat");
        c.communicationStyle = text("Asynchronous");
        c.promisesMade = text("None beyond the plan.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 1);
        c.kickoffDate = b.day(f, 3);
        c.goLiveDate = b.day(f, 10);
        c.firstValueDate = b.day(f, 12);
        b.people(f, {
                        {"Maya Chen", "Founder and CEO", "maya@cobalt.example", C,
                         R::ExecutiveSponsor, S::Advocate, 10},
                        {"Ravi Shah", "Operations Lead", "ravi@cobalt.example", C, R::AdminOwner,
                         S::Advocate, 4},
                        {"Ines Duarte", "Analyst", "ines@cobalt.example", C, R::PowerUser,
                         S::Advocate, 4},
                    });
        b.plan(f);
    }
    {
        OnboardingFile &f = b.start("Maple & Finch Legal", 112);
        Customer &c = f.customer;
        c.industry = text("Legal services");
        c.tier = Tier::Hybrid;
        c.arr = 45000;
        c.currency = text("GBP");
        c.products = text("Growth plan, document automation, 80 seats");
        c.licensedSeats = 80;
        c.activationEvent = text("report_shared");
        c.accountExecutive = text("Priya Raman");
        c.implementationOwner = text("Jonas Weber");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Graduated;
        c.primaryUseCase = text("Matter intake without re-typing client details.");
        c.successMetrics = text("Intake time from 45 to 10 minutes per matter.");
        c.painPoints = text("Client details typed into four systems.");
        c.competitorReplaced = text("ClauseBase Classic");
        c.reasonForChoice = text("Template engine and UK data residency.");
        c.redFlags = text("Partners sceptical of any new tool.");
        c.communicationChannel = text("E-mail");
        c.communicationStyle = text("Partners want one-page summaries");
        c.promisesMade = text("UK-hosted data from day one.");
        c.handoffMeetingDate = b.day(f, 1);
        c.introEmailSentDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 4);
        c.goLiveDate = b.day(f, 28);
        c.firstValueDate = b.day(f, 26);
        c.graduationDate = b.day(f, 90);
        b.people(f, {
                        {"Eleanor Hughes", "Managing Partner", "e.hughes@maplefinch.example", C,
                         R::ExecutiveSponsor, S::Advocate, 20},
                        {"James Whitfield", "Head of Knowledge", "j.whitfield@maplefinch.example",
                         C, R::Champion, S::Advocate, 8},
                        {"Sophie Turner", "Practice Manager", "s.turner@maplefinch.example", C,
                         R::AdminOwner, S::Advocate, 8},
                        {"Arjun Mehta", "Senior Associate", "a.mehta@maplefinch.example", C,
                         R::PowerUser, S::Skeptic, 25},
                    });
        c.decisionMakerAvailable = Answer::Yes;
        c.resourcesCommitted = Answer::Yes;
        c.resourcesRole = text("Practice manager");
        c.resourcesHoursPerWeek = 6;
        c.kickoffRecapSentDate = b.day(f, 5);
        b.kickoff(f, 8, "Monthly QBR from now on", "E-mail", "Sophie Turner, then Eleanor Hughes");
        b.attend(f, {{"Eleanor Hughes", "Sponsor"},
                     {"James Whitfield", "Champion"},
                     {"Sophie Turner", "Admin"}});
        const OutcomeId intake =
            b.outcome(f, "Matter intake without re-typing", "Client details entered once.");
        const ObjectiveId minutes = b.objective(f, intake, "Intake time per matter", "min", 45, 10,
                                                60, "James Whitfield", true);
        b.measure(f, minutes, {{20, 30}, {40, 15}, {58, 9}});
        const ObjectiveId firstMatter =
            b.objective(f, intake, "Matters opened in the new tool", "matters", 0, 1, 15,
                        "Sophie Turner", true, true);
        b.measure(f, firstMatter, {{12, 3}});
        b.decision(f, "UK data residency only", 4, "Eleanor Hughes", "Client confidentiality.");
        b.plan(f);
        // Graduated at day 90: goals reviewed, the next ones set, handed over.
        c.graduationGoalsReviewed = true;
        c.graduationNewGoalsSet = true;
        c.ongoingCsm = text("Grace Okafor");
        c.ongoingCheckInCadence = text("Monthly, first Tuesday");
        c.firstQbrDate = b.day(f, 120);
        using WD = WhitespaceDimension;
        using OS = OpportunityStatus;
        b.opportunity(f, WD::Division, "Employment law practice", OS::Proposed, 18000,
                      "James Whitfield", "Arjun Mehta",
                      "Same intake pain; proposal with the practice head.");
        b.opportunity(f, WD::Geography, "Edinburgh office", OS::Exploring, 12000, "Eleanor Hughes",
                      "", "Scottish matters need their own templates.");
        b.opportunity(f, WD::UseCase, "Client onboarding and KYC", OS::NotStarted, 9000,
                      "Sophie Turner", "Compliance team",
                      "Raised at the value review; KYC provider must be integrated.");
        b.opportunity(f, WD::UseCase, "Engagement letters", OS::Won, 6000, "James Whitfield", "",
                      "Added to the contract at graduation.");
        b.survey(f, "Eleanor Hughes", "Managing Partner", 88, 5, 9,
                 "Intake is finally out of the partners' way.");
        b.survey(f, "James Whitfield", "Head of Knowledge", 88, 5, 10,
                 "Templates went live faster than promised.");
        b.survey(f, "Sophie Turner", "Practice Manager", 89, 4, 8,
                 "Training slots were hard to book.");
        b.survey(f, "Arjun Mehta", "Senior Associate", 91, 3, 6,
                 "Fine for standard matters, slow for complex ones.");
        b.value(f, "Matter intake: 35 minutes saved on each of 120 matters a month", 70, 95, 0, 0,
                "Rate: blended paralegal and associate cost, agreed with the practice manager.");
        b.value(f, "No more re-typing into the billing system", 20, 60, 0, 0,
                "Accounts team estimate.");
        b.value(f, "ClauseBase Classic licences retired", 0, 0, 0, 14000,
                "Annual licence fee no longer paid.");
        b.value(f, "Faster first invoice on new matters", 0, 0, 25000, 0,
                "Billing starts a week earlier on average.");
        b.reportNote(f, "graduation", "survey",
                     "Training slots were the one complaint: the next cohort gets recorded "
                     "sessions and two extra live dates.");
        b.reportNote(f, "graduation", "graduation-handover",
                     "Grace joined the last two check-ins and knows the open KYC question.");
    }
    {
        OnboardingFile &f = b.start("Alpine Manufacturing", 29);
        Customer &c = f.customer;
        c.industry = text("Industrial manufacturing");
        c.tier = Tier::HighTouch;
        c.arr = 96000;
        c.currency = text("CHF");
        c.language = text("de");
        c.products = text("Enterprise plan, 120 seats");
        c.licensedSeats = 120;
        c.activationEvent = text("report_shared");
        c.accountExecutive = text("Marcus Lee");
        c.implementationOwner = text("Tomás Ortega");
        c.supportOwner = text("Hannah Becker");
        c.phase = Phase::Adoption;
        c.primaryUseCase =
            text("Plant managers compare output and scrap rates across 4 plants daily.");
        c.successMetrics =
            text("Scrap-rate report daily instead of monthly; 100 active users by day 60.");
        c.painPoints = text("Monthly Excel consolidation, always three weeks late.");
        c.competitorReplaced = text("QlikView dashboards");
        c.reasonForChoice = text("Shop-floor tablets and German-language UI.");
        c.redFlags = text("Works council must approve user analytics.");
        c.communicationChannel = text("E-mail and monthly on-site visit");
        c.communicationStyle = text("German preferred, detailed agendas");
        c.promisesMade = text("German training material for shop-floor users.");
        c.handoffMeetingDate = b.day(f, 2);
        c.introEmailSentDate = b.day(f, 2);
        c.kickoffDate = b.day(f, 5);
        c.goLiveDate = b.day(f, 21);
        b.people(f, {
                        {"Urs Baumann", "CEO", "u.baumann@alpine-mfg.example", C,
                         R::ExecutiveSponsor, S::Neutral, 21},
                        {"Claudia Meier", "Head of Operations", "c.meier@alpine-mfg.example", C,
                         R::Champion, S::Advocate, 3},
                        {"Stefan Keller", "CFO", "s.keller@alpine-mfg.example", C, R::DecisionMaker,
                         S::Neutral, 24},
                        {"Lukas Frei", "IT Lead", "l.frei@alpine-mfg.example", C, R::AdminOwner,
                         S::Neutral, 6},
                        {"Petra Vogel", "Plant Manager, Winterthur", "p.vogel@alpine-mfg.example",
                         C, R::PowerUser, S::Advocate, 6},
                    });
        c.decisionMakerAvailable = Answer::Yes;
        c.resourcesCommitted = Answer::Yes;
        c.resourcesRole = text("IT Lead");
        c.resourcesHoursPerWeek = 6;
        c.kickoffRecapSentDate = b.day(f, 6);
        b.kickoff(f, 8, "Wöchentlich, dienstags", "E-Mail, Teams",
                  "Claudia Meier, dann Urs Baumann; bei uns Alex Morgan, dann Marcus Lee");
        b.attend(f, {{"Urs Baumann", "Sponsor"},
                     {"Claudia Meier", "Champion"},
                     {"Lukas Frei", "IT"},
                     {"Petra Vogel", "Pilotwerk Winterthur"}});
        const OutcomeId scrap = b.outcome(f, "Tägliche Ausschussquote statt monatlich",
                                          "Alle vier Werke sehen ihre Ausschussquote täglich.");
        const ObjectiveId users =
            b.objective(f, scrap, "Aktive Nutzer", "Nutzer", 0, 100, 60, "Claudia Meier", true);
        b.measure(f, users, {{14, 18}, {21, 46}, {28, 61}});
        const ObjectiveId daily = b.objective(f, scrap, "Werke mit täglichem Bericht", "Werke", 0,
                                              4, 45, "Petra Vogel", true, true);
        b.measure(f, daily, {{12, 1}, {26, 2}});
        b.action(f, "Betriebsrat: Freigabe Nutzungsanalyse", "Claudia Meier", 26,
                 ActionStatus::InProgress);
        b.decision(f, "Pilot in Winterthur, dann die drei anderen Werke", 5, "Urs Baumann",
                   "Winterthur hat die sauberste Datenbasis.");
        b.risk(f, "Betriebsrat muss die Nutzungsanalyse freigeben", RiskLevel::Medium,
               RiskLevel::High, "Datenschutzkonzept früh teilen.", "Keine Freigabe bis Tag 35",
               "Claudia Meier", RiskStatus::Open, true);
        b.plan(f, WaitingOn::Procurement, 2, false, 5);
        b.opportunity(f, WhitespaceDimension::Geography, "Werk Brno (Tschechien)",
                      OpportunityStatus::Exploring, 30000, "Claudia Meier", "Stefan Keller",
                      "Nach dem Rollout in den vier Schweizer Werken.");
        b.opportunity(f, WhitespaceDimension::UseCase, "Wartungsplanung",
                      OpportunityStatus::NotStarted, 20000, "Petra Vogel", "",
                      "Von Petra Vogel im Pilot angesprochen.");
    }
    return b.files();
}

namespace {

// After the customers: their usage data. Imported data is outside the undo stack, so undo
// leaves it (it is invisible without its customer) and redo finds it already there.
class ImportSampleUsage : public QUndoCommand
{
public:
    ImportSampleUsage(Workspace *workspace, QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_workspace(workspace)
    {}
    void redo() override { addSampleUsage(m_workspace); }

private:
    Workspace *m_workspace;
};

} // namespace

QUndoCommand *makeAddSamplePortfolio(Workspace *workspace)
{
    auto *macro =
        new QUndoCommand(QCoreApplication::translate("Csm::Commands", "Add sample portfolio"));
    int added = 0;
    const QList<OnboardingFile> files = samplePortfolio(workspace->today(), workspace->newMeta());
    for (const OnboardingFile &file : files) {
        if (workspace->findCustomer(file.customer.accountName))
            continue;
        new AddCustomer(workspace, file, macro);
        ++added;
    }
    if (added == 0) {
        delete macro;
        return nullptr;
    }
    new ImportSampleUsage(workspace, macro);
    return macro;
}

} // namespace Csm
