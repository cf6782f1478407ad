#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/removecustomer.h"
#include "handoff/validation.h"
#include "interchange/onboardingfilejson.h"
#include "sample/sampleportfolio.h"
#include "successplan/qualification.h"
#include "successplan/valuereview.h"
#include "timeline/firstvalue.h"
#include "timeline/schedule.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QUndoCommand>

using namespace Csm;

namespace {

const QDate today(2026, 3, 2);
const RecordMeta meta{
    QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("Sam Ple"),
    QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC), QStringLiteral("Sam Ple")};

QList<QDate> datesOf(const OnboardingFile &file)
{
    QList<QDate> dates;
    for (const CustomerFieldSpec &spec : customerFields()) {
        // The renewal date is whole months after signature, checked on its own.
        if (spec.kind == FieldKind::Date && spec.field != CustomerField::RenewalDate)
            dates.append(customerValue(file.customer, spec.field).toDate());
    }
    for (const Stakeholder &s : file.stakeholders)
        dates.append(s.lastContact);
    return dates;
}

} // namespace

TEST_CASE("The sample portfolio covers every phase and tier")
{
    const QList<OnboardingFile> files = samplePortfolio(today, meta);
    REQUIRE(files.size() >= 6);

    QSet<int> phases, tiers;
    int atRisk = 0, stalled = 0, graduated = 0;
    QSet<QString> names;
    for (const OnboardingFile &file : files) {
        phases.insert(int(file.customer.phase));
        tiers.insert(int(file.customer.tier));
        // What the CSM sees: the stored status after the qualification rule.
        const EffectiveStatus status = effectiveStatus(file.customer, file.stakeholders);
        atRisk += status.status == Status::AtRisk;
        stalled += status.status == Status::Stalled;
        graduated += file.customer.phase == Phase::Graduated;
        names.insert(file.customer.accountName);
    }
    CHECK(phases.size() == enumCount<Phase>());
    CHECK(tiers.size() == enumCount<Tier>());
    CHECK(atRisk >= 1);
    CHECK(stalled >= 1);
    CHECK(graduated >= 1);
    CHECK(names.size() == files.size());
}

TEST_CASE("Sample customers come with plans, kickoffs and logs that survive a JSON round trip")
{
    const QList<OnboardingFile> files = samplePortfolio(today, meta);
    int withPlan = 0, withKickoff = 0, withLogs = 0, qualificationAtRisk = 0;
    for (const OnboardingFile &file : files) {
        INFO(file.customer.accountName.toStdString());
        withPlan +=
            !file.outcomes.isEmpty() && !file.objectives.isEmpty() && !file.measurements.isEmpty();
        withKickoff += !file.attendees.isEmpty();
        withLogs += !file.actions.isEmpty() && !file.risks.isEmpty();
        qualificationAtRisk += effectiveStatus(file.customer, file.stakeholders).qualificationUnmet;
        QString error;
        const auto back = onboardingFileFromJson(onboardingFileToJson(file), &error);
        INFO(error.toStdString());
        REQUIRE(back);
        CHECK(onboardingFileToJson(*back) == onboardingFileToJson(file));
    }
    CHECK(withPlan >= 4);
    CHECK(withKickoff >= 4);
    CHECK(withLogs >= 3);
    CHECK(qualificationAtRisk >= 1);
}

TEST_CASE("Sample customers past the transition have an implementation plan as it stands today")
{
    const BusinessCalendar calendar;
    const QList<OnboardingFile> files = samplePortfolio(today, meta);
    int withPlans = 0;
    for (const OnboardingFile &file : files) {
        INFO(file.customer.accountName.toStdString());
        if (file.customer.phase == Phase::Transition) {
            CHECK(file.tasks.isEmpty()); // made at the kickoff
            continue;
        }
        ++withPlans;
        CHECK_FALSE(file.workstreams.isEmpty());
        CHECK(std::count_if(file.tasks.cbegin(), file.tasks.cend(),
                            [](const PlanTask &t) { return t.firstValue; }) == 1);
        CHECK(file.gates.size() == enumCount<GateKind>());
        // Every dependency holds.
        CHECK(resolveConstraints(file.tasks, file.dependencies, calendar).isEmpty());
        const PlanAnalysis plan =
            analysePlan(file.tasks, file.dependencies, file.gates, calendar, today);
        const FirstValueForecast forecast =
            forecastFirstValue(file, calendar, FirstValueTargets(), today);
        REQUIRE(forecast.hasMilestone);
        if (file.customer.phase == Phase::Graduated) {
            CHECK(forecast.reached);
            CHECK(std::all_of(file.gates.cbegin(), file.gates.cend(),
                              [](const PhaseGate &g) { return g.isPassed(); }));
        }
        if (file.customer.status == Status::Stalled) {
            // Waiting on the customer's IT, blocked and late: it shows everywhere.
            CHECK(plan.overdueTasks >= 1);
            CHECK(std::any_of(file.tasks.cbegin(), file.tasks.cend(), [](const PlanTask &t) {
                return t.status == TaskStatus::Blocked && t.waitingOn == WaitingOn::CustomerIt;
            }));
            CHECK(frictionScore(file.tasks, today).score > 0);
            // Nothing after the blocked task is done, and the gate it holds up is missed.
            CHECK(plan.overdueTasks >= 2);
            CHECK_FALSE(plan.missedGates.isEmpty());
        }
    }
    CHECK(withPlans == files.size() - 1);
}

TEST_CASE("Sample records are valid, complete and consistent")
{
    const QList<OnboardingFile> files = samplePortfolio(today, meta);
    QSet<QString> ids;
    for (const OnboardingFile &file : files) {
        INFO(file.customer.accountName.toStdString());
        CHECK_FALSE(file.customer.id.isNull());
        ids.insert(file.customer.id.toString());
        for (const CustomerProblem &problem : validateCustomer(file.customer))
            FAIL_CHECK(problem.message.toStdString());
        CHECK(file.customer.meta.createdBy == meta.createdBy);
        CHECK(file.customer.meta.modifiedBy == meta.modifiedBy);
        // The tier matches the ARR under the default thresholds.
        CHECK(file.customer.tier == tierForArr(file.customer.arr, 50000, 12000));
        CHECK_FALSE(file.stakeholders.isEmpty());
        for (const Stakeholder &s : file.stakeholders) {
            INFO(s.name.toStdString());
            CHECK(s.customerId == file.customer.id);
            ids.insert(s.id.toString());
            for (const StakeholderProblem &problem : validateStakeholder(s))
                FAIL_CHECK(problem.message.toStdString());
            CHECK(s.meta.createdBy == meta.createdBy);
        }
        CHECK(file.tombstones.isEmpty());
    }
    qsizetype records = files.size();
    for (const OnboardingFile &file : files)
        records += file.stakeholders.size();
    CHECK(ids.size() == records);
}

TEST_CASE("Sample dates are relative to the day passed in")
{
    const QList<OnboardingFile> now = samplePortfolio(today, meta);
    const QList<OnboardingFile> later = samplePortfolio(today.addDays(100), meta);
    REQUIRE(now.size() == later.size());
    for (qsizetype i = 0; i < now.size(); ++i) {
        INFO(now.at(i).customer.accountName.toStdString());
        const QDate signature = now.at(i).customer.signatureDate;
        REQUIRE(signature.isValid());
        CHECK(signature <= today);
        CHECK(now.at(i).customer.renewalDate ==
              signature.addMonths(int(now.at(i).customer.termMonths)));
        const QList<QDate> a = datesOf(now.at(i));
        const QList<QDate> b = datesOf(later.at(i));
        REQUIRE(a.size() == b.size());
        for (qsizetype d = 0; d < a.size(); ++d) {
            CHECK(a.at(d).isValid() == b.at(d).isValid());
            if (a.at(d).isValid())
                CHECK(a.at(d).daysTo(b.at(d)) == 100);
        }
        for (const Stakeholder &s : now.at(i).stakeholders) {
            if (s.lastContact.isValid())
                CHECK(s.lastContact <= today);
        }
    }
}

TEST_CASE("Adding the sample portfolio is one undo step, and adding it again adds nothing")
{
    Test::TempWorkspace ws;
    QUndoStack *stack = ws->undoStack();
    QUndoCommand *command = makeAddSamplePortfolio(ws.get());
    REQUIRE(command);
    stack->push(command);
    const int count = ws->customerCount();
    CHECK(count == samplePortfolio(today, meta).size());
    CHECK(stack->count() == 1);
    const QList<CustomerId> ids = ws->customerIds();
    QList<OnboardingFile> files;
    for (const CustomerId &id : ids)
        files.append(ws->onboardingFile(id));

    // Dates follow the workspace's clock.
    for (const OnboardingFile &file : files) {
        CHECK(file.customer.meta.createdBy == QLatin1String("Test User"));
        CHECK(file.customer.signatureDate <= ws->today());
    }

    CHECK_FALSE(makeAddSamplePortfolio(ws.get()));
    CHECK(ws->customerCount() == count);

    stack->undo();
    CHECK(ws->customerCount() == 0);
    for (const CustomerId &id : ids)
        CHECK(ws->tombstones(id).isEmpty());
    stack->redo();
    CHECK(ws->customerIds() == ids);
    for (const OnboardingFile &file : files)
        CHECK(ws->onboardingFile(file.customer.id) == file);

    ws.reopen();
    CHECK(ws->customerIds() == ids);
    for (const OnboardingFile &file : files)
        CHECK(ws->onboardingFile(file.customer.id) == file);

    CHECK_FALSE(makeAddSamplePortfolio(ws.get()));
}

TEST_CASE("An undone sample portfolio is gone after a reopen")
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    ws->undoStack()->undo();
    ws.reopen();
    CHECK(ws->customerCount() == 0);
}

TEST_CASE("Only the missing sample customers are added")
{
    Test::TempWorkspace ws;
    QUndoStack *stack = ws->undoStack();
    stack->push(makeAddSamplePortfolio(ws.get()));
    const int all = ws->customerCount();
    const std::optional<CustomerId> quantum = ws->findCustomer(QStringLiteral("Quantum Freight"));
    REQUIRE(quantum);
    // One sample customer is gone; adding the portfolio again brings back only that one.
    stack->push(new RemoveCustomer(ws.get(), *quantum));
    REQUIRE(ws->customerCount() == all - 1);

    QUndoCommand *command = makeAddSamplePortfolio(ws.get());
    REQUIRE(command);
    CHECK(command->childCount() == 2); // the customer, then the sample usage data
    stack->push(command);
    CHECK(ws->customerCount() == all);
    CHECK(ws->findCustomer(QStringLiteral("Quantum Freight")));
}

TEST_CASE("Live sample customers come with usage data that tells their story")
{
    Test::TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    auto metrics = [&](const char *name) {
        const std::optional<CustomerId> id = ws->findCustomer(QString::fromUtf8(name));
        REQUIRE(id);
        return ws->adoptionMetrics(*id);
    };
    auto flagged = [](const AdoptionMetrics &m, const char *key) {
        return std::any_of(m.flags.cbegin(), m.flags.cend(),
                           [&](const AdoptionFlag &f) { return f.key == QLatin1String(key); });
    };
    // Brightleaf's champion went on leave: no logins for 12 days.
    const AdoptionMetrics brightleaf = metrics("Brightleaf Retail");
    CHECK(brightleaf.hasData);
    CHECK(flagged(brightleaf, "silent_stall"));
    CHECK(brightleaf.loginRate < 0.6);
    // Cobalt is a healthy digital customer; Maple & Finch graduated with most seats active.
    const AdoptionMetrics cobalt = metrics("Cobalt Analytics");
    CHECK(cobalt.adoptionRate >= 0.8);
    CHECK(cobalt.flags.isEmpty());
    CHECK(cobalt.activatedUsers > 0);
    CHECK(metrics("Maple & Finch Legal").adoptionRate >= 0.8);
    CHECK_FALSE(metrics("Maple & Finch Legal").training.isEmpty());
    // Alpine went live a week ago and is ramping up; Northwind is not live yet.
    const AdoptionMetrics alpine = metrics("Alpine Manufacturing");
    CHECK(alpine.hasData);
    CHECK(alpine.flags.isEmpty());
    CHECK_FALSE(metrics("Northwind Logistics").hasData);

    // Undo and redo add nothing twice.
    const qint64 before =
        ws->usageImports(*ws->findCustomer(QStringLiteral("Cobalt Analytics"))).size();
    ws->undoStack()->undo();
    ws->undoStack()->redo();
    CHECK(ws->usageImports(*ws->findCustomer(QStringLiteral("Cobalt Analytics"))).size() == before);
}

TEST_CASE("The graduated sample customer has its value review, expansion map and survey")
{
    const QList<OnboardingFile> files = samplePortfolio(today, meta);
    int withWhitespace = 0, graduatedWithReview = 0;
    for (const OnboardingFile &file : files) {
        INFO(file.customer.accountName.toStdString());
        const WhitespaceTotals whitespace = whitespaceTotals(file.opportunities);
        withWhitespace += whitespace.open > 0;
        for (const SurveyResponse &r : file.surveyResponses) {
            CHECK(validateSurveyResponse(r, today).isEmpty());
            CHECK(r.date >= file.customer.signatureDate);
        }
        if (file.customer.phase != Phase::Graduated)
            continue;
        const Customer &c = file.customer;
        CHECK(c.graduationGoalsReviewed);
        CHECK(c.graduationNewGoalsSet);
        CHECK_FALSE(c.ongoingCsm.isEmpty());
        CHECK_FALSE(c.ongoingCheckInCadence.isEmpty());
        CHECK(c.firstQbrDate > c.graduationDate);
        const SurveySummary survey = summariseSurvey(file.surveyResponses);
        CHECK(survey.responses >= 3);
        REQUIRE(survey.averageSatisfaction);
        CHECK(*survey.averageSatisfaction > 3.5);
        REQUIRE(survey.nps);
        CHECK(*survey.nps > 0);
        CHECK(survey.detractors >= 1); // a skeptic says so
        const ValueTotals value = valueTotals(file.valueItems);
        CHECK(value.hoursValuePerMonth > 0);
        CHECK(value.revenueImpact > 0);
        CHECK(value.costImpact > 0);
        CHECK(whitespace.won > 0);
        CHECK(whitespace.open > whitespace.won);
        graduatedWithReview += !file.valueItems.isEmpty() && !file.opportunities.isEmpty();
    }
    CHECK(graduatedWithReview >= 1);
    CHECK(withWhitespace >= 2);
}
