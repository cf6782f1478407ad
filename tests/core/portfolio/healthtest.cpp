#include "coretestprinting.h"
#include "portfoliofixture.h"

#include "portfolio/health.h"

#include <catch2/catch.hpp>

using namespace Csm;
using namespace Csm::Test;
using F = PortfolioFixture;

namespace {

Objective objective(const Customer &c, double baseline, double target, const QDate &targetDate)
{
    Objective o;
    o.id = ObjectiveId::create();
    o.customerId = c.id;
    o.metric = QStringLiteral("metric");
    o.baseline = baseline;
    o.target = target;
    o.targetDate = targetDate;
    o.confirmedAtKickoff = true;
    o.meta = F::metaOn(c.signatureDate);
    return o;
}

Measurement reading(const Objective &o, const QDate &date, double value)
{
    Measurement m;
    m.id = MeasurementId::create();
    m.customerId = o.customerId;
    m.objectiveId = o.id;
    m.date = date;
    m.value = value;
    m.meta = o.meta;
    return m;
}

// Four tasks due (three done), one missed gate; objectives achieved, at risk and missed; a
// sponsor and a champion, last contact 14 days ago; not live.
OnboardingFile known()
{
    OnboardingFile file = F::healthy();
    const Customer &c = file.customer;
    const QDate past = F::today().addDays(-5);
    file.tasks = {F::task(c, "One", past, TaskStatus::Done),
                  F::task(c, "Two", past, TaskStatus::Done),
                  F::task(c, "Three", past, TaskStatus::Done), F::task(c, "Four", past),
                  F::task(c, "Later", F::today().addDays(5))};
    PhaseGate gate;
    gate.id = GateId::create();
    gate.customerId = c.id;
    gate.dueDate = past;
    file.gates = {gate};

    const Objective achieved = objective(c, 0, 10, F::today().addDays(30));
    const Objective atRisk = objective(c, 10, 20, QDate()); // went the wrong way
    const Objective missed = objective(c, 0, 10, F::today().addDays(-1));
    const Objective noData = objective(c, 0, 10, F::today().addDays(30));
    file.objectives = {achieved, atRisk, missed, noData};
    file.measurements = {reading(achieved, past, 10), reading(atRisk, past, 8),
                         reading(missed, past, 5)};

    for (Stakeholder &s : file.stakeholders)
        s.lastContact = F::today().addDays(-14);
    file.customer.kickoffDate = QDate(2026, 2, 5);
    return file;
}

} // namespace

TEST_CASE("Health parts have known scores and explanations")
{
    const CustomerHealth health = customerHealth(F::facts(known()), PortfolioSettings());
    REQUIRE(health.parts.size() == healthPartCount);

    const HealthPart &schedule = health.part(HealthPartKind::Schedule);
    CHECK(schedule.hasData);
    CHECK(schedule.score == 60); // 3 of 4 due = 75, less 15 for the missed gate
    CHECK(schedule.explanation == QLatin1String("3 of 4 tasks due by now are done; 1 gate missed"));

    const HealthPart &adoption = health.part(HealthPartKind::Adoption);
    CHECK_FALSE(adoption.hasData);
    CHECK(adoption.explanation == QLatin1String("Not live yet"));

    const HealthPart &goals = health.part(HealthPartKind::Goals);
    CHECK(goals.hasData);
    CHECK(goals.score == 50); // (1 + 0.5 + 0) / 3
    CHECK(goals.explanation == QLatin1String("1 achieved, 0 on track, 1 at risk, 1 missed"));

    const HealthPart &relationship = health.part(HealthPartKind::Relationship);
    CHECK(relationship.score == 55); // sponsor 40 + one primary contact 15
    CHECK(relationship.explanation ==
          QLatin1String("Sponsor 1 of 1, primary contacts 1 of 2, power users 0 of 3"));

    const HealthPart &engagement = health.part(HealthPartKind::Engagement);
    CHECK(engagement.score == 67); // 14 days: 100 x (28 - 14) / (28 - 7)
    CHECK(engagement.explanation == QLatin1String("Last contact 14 days ago, with Dana Lee"));

    SECTION("the overall score is the weighted mean of the parts with data")
    {
        // (60 x 25 + 50 x 20 + 55 x 15 + 67 x 15) / 75 = 4330 / 75 = 57.7
        REQUIRE(health.score);
        CHECK(*health.score == 58);
        CHECK(health.band == HealthBand::Watch);
        CHECK(schedule.share == Approx(25.0 / 75));
        CHECK(adoption.share == 0);
    }
}

TEST_CASE("Health weights are settings and renormalise over the parts with data")
{
    PortfolioSettings settings;
    settings.weightSchedule = 0;
    settings.weightGoals = 0;
    settings.weightEngagement = 0;
    const CustomerHealth health = customerHealth(F::facts(known()), settings);
    REQUIRE(health.score);
    CHECK(*health.score == 55); // the relationship alone
    CHECK(health.part(HealthPartKind::Relationship).share == 1.0);

    CustomerHealth none;
    none.parts = {{HealthPartKind::Schedule, false, 0, 0, 0, {}},
                  {HealthPartKind::Adoption, false, 0, 0, 0, {}},
                  {HealthPartKind::Goals, false, 0, 0, 0, {}},
                  {HealthPartKind::Relationship, true, 80, 0, 0, {}},
                  {HealthPartKind::Engagement, true, 40, 0, 0, {}}};
    combineHealth(none, PortfolioSettings());
    CHECK(*none.score == 60); // equal weights of 15
    settings.weightRelationship = 0;
    combineHealth(none, settings);
    CHECK_FALSE(none.score.has_value());
}

TEST_CASE("Health bands follow Gainsight's 0-50, 51-75, 76-100")
{
    const PortfolioSettings s;
    CHECK(healthBand(0, s) == HealthBand::AtRisk);
    CHECK(healthBand(50, s) == HealthBand::AtRisk);
    CHECK(healthBand(51, s) == HealthBand::Watch);
    CHECK(healthBand(75, s) == HealthBand::Watch);
    CHECK(healthBand(76, s) == HealthBand::Good);
    CHECK(healthBandKey(HealthBand::AtRisk) == QLatin1String("at_risk"));
    CHECK(healthPartKey(HealthPartKind::Relationship) == QLatin1String("relationship"));
}

TEST_CASE("Health parts without data")
{
    OnboardingFile file = F::healthy();
    file.tasks.clear();
    file.objectives.clear();
    file.measurements.clear();
    file.stakeholders.clear();
    file.customer.kickoffDate = QDate();
    const CustomerHealth health = customerHealth(F::facts(file), PortfolioSettings());
    CHECK_FALSE(health.part(HealthPartKind::Schedule).hasData);
    CHECK_FALSE(health.part(HealthPartKind::Goals).hasData);
    CHECK_FALSE(health.part(HealthPartKind::Engagement).hasData);
    CHECK(health.part(HealthPartKind::Relationship).hasData);
    CHECK(*health.score == 0); // nobody on the customer's side
    CHECK(health.band == HealthBand::AtRisk);
}

TEST_CASE("Health adoption part against the target, less the login rate flag")
{
    const QDate today = F::today();
    OnboardingFile file = F::healthy();
    file.customer.goLiveDate = today.addDays(-20);
    file.customer.licensedSeats = 10;
    // 4 of 10 users: adoption 40 % of an 80 % target = 50, login flag -20.
    const CustomerHealth health = customerHealth(
        F::facts(file, today, F::usage(10, 4, today.addDays(-20), today)), PortfolioSettings());
    const HealthPart &adoption = health.part(HealthPartKind::Adoption);
    CHECK(adoption.hasData);
    CHECK(adoption.score == 30);
    CHECK(adoption.explanation ==
          QLatin1String(
              "Adoption 40 % of seats (target 80 %), login rate 40 % (red flag under 60 %)"));
}
