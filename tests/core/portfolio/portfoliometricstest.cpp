#include "coretestprinting.h"
#include "portfoliofixture.h"

#include "portfolio/portfoliojson.h"
#include "portfolio/portfoliometrics.h"
#include "sample/sampleportfolio.h"
#include "workspace/workspace.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Csm;
using namespace Csm::Test;
using F = PortfolioFixture;

namespace {

OnboardingFile customer(const char *name, const QDate &signature, const QDate &kickoff,
                        const QDate &firstValue = {})
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::create();
    c.accountName = QString::fromUtf8(name);
    c.tier = Tier::HighTouch;
    c.phase = Phase::Implementation;
    c.csmOwner = QStringLiteral("Casey Morgan");
    c.signatureDate = signature;
    c.kickoffDate = kickoff;
    c.firstValueDate = firstValue;
    c.meta = F::metaOn(signature);
    return file;
}

PlanTask milestone(const Customer &c, const char *name, const QDate &finish, const QDate &baseline,
                   bool done = true)
{
    PlanTask t = F::task(c, name, finish, done ? TaskStatus::Done : TaskStatus::NotStarted);
    t.type = TaskType::Milestone;
    t.start = finish;
    t.baselineStart = baseline;
    t.baselineFinish = baseline;
    return t;
}

SurveyResponse answer(const Customer &c, int satisfaction, int nps)
{
    SurveyResponse r;
    r.id = SurveyResponseId::create();
    r.customerId = c.id;
    r.respondent = QStringLiteral("Someone");
    r.date = F::today().addDays(-3);
    r.satisfaction = satisfaction;
    r.npsScore = nps;
    r.meta = F::metaOn(r.date);
    return r;
}

Objective objective(const Customer &c, const QDate &targetDate)
{
    Objective o;
    o.id = ObjectiveId::create();
    o.customerId = c.id;
    o.metric = QStringLiteral("metric");
    o.baseline = 0;
    o.target = 10;
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

// Six customers as of Wednesday 2026-03-11:
// A signed Mon 2026-01-05, kickoff after 3 business days, first value after 20 days,
//   graduated, two milestones done (one on time, one late), survey 5/10 and 4/8.
// B signed Mon 2026-01-12, kickoff after 5, first value after 40, a milestone on time,
//   survey 3/5.
// C signed Mon 2026-02-02, kickoff after 7, no first value.
// D signed Mon 2026-03-09, no kickoff yet (not due).
// E signed Mon 2026-02-16, no kickoff, past its deadline.
// F signed Mon 2025-11-03, kickoff after 2, two objectives: one achieved by day 90, the
//   other only on day 100.
struct SmallPortfolio
{
    TempWorkspace ws;
    QList<OnboardingFile> files;

    SmallPortfolio()
    {
        OnboardingFile a = customer("A", QDate(2026, 1, 5), QDate(2026, 1, 8), QDate(2026, 1, 25));
        a.customer.phase = Phase::Graduated;
        a.customer.graduationDate = QDate(2026, 3, 1);
        a.tasks = {milestone(a.customer, "Live", QDate(2026, 1, 20), QDate(2026, 1, 20)),
                   milestone(a.customer, "Value", QDate(2026, 1, 27), QDate(2026, 1, 24))};
        a.surveyResponses = {answer(a.customer, 5, 10), answer(a.customer, 4, 8)};
        OnboardingFile b =
            customer("B", QDate(2026, 1, 12), QDate(2026, 1, 19), QDate(2026, 2, 21));
        b.tasks = {milestone(b.customer, "Live", QDate(2026, 2, 1), QDate(2026, 2, 2)),
                   milestone(b.customer, "Next", QDate(2026, 3, 20), QDate(2026, 3, 20), false)};
        b.surveyResponses = {answer(b.customer, 3, 5)};
        OnboardingFile c = customer("C", QDate(2026, 2, 2), QDate(2026, 2, 11));
        OnboardingFile d = customer("D", QDate(2026, 3, 9), QDate());
        OnboardingFile e = customer("E", QDate(2026, 2, 16), QDate());
        OnboardingFile f = customer("F", QDate(2025, 11, 3), QDate(2025, 11, 5));
        const QDate day90 = f.customer.signatureDate.addDays(90);
        const Objective early = objective(f.customer, day90);
        const Objective late = objective(f.customer, day90.addDays(20));
        f.objectives = {early, late};
        f.measurements = {reading(early, f.customer.signatureDate.addDays(60), 10),
                          reading(late, f.customer.signatureDate.addDays(60), 5),
                          reading(late, f.customer.signatureDate.addDays(100), 10)};
        files = {a, b, c, d, e, f};
        for (const OnboardingFile &file : files)
            REQUIRE(ws->insertOnboardingFile(file));
    }

    const CustomerId &id(int i) const { return files.at(i).customer.id; }
};

const PortfolioRow &rowOf(const QList<PortfolioRow> &rows, const char *name)
{
    for (const PortfolioRow &row : rows) {
        if (row.accountName == QLatin1String(name))
            return row;
    }
    FAIL("no row " << name);
    return rows.first();
}

} // namespace

TEST_CASE("Median of a list of values")
{
    CHECK_FALSE(median({}).has_value());
    CHECK(*median({7}) == 7);
    CHECK(*median({40, 10, 20}) == 20);
    CHECK(*median({40, 10, 24, 20}) == 22);
}

TEST_CASE("Portfolio rows hold each customer's figures")
{
    SmallPortfolio p;
    const QList<PortfolioRow> rows = computeRows(*p.ws, PortfolioSettings(), F::today());
    REQUIRE(rows.size() == 6);
    const PortfolioRow &a = rowOf(rows, "A");
    CHECK(a.daysSinceSignature == 65);
    CHECK(a.timeToKickoff == 3);
    CHECK(a.ttfvDays == 20);
    CHECK_FALSE(a.daysWithoutFirstValue.has_value());
    CHECK(a.milestonesFinished == 2);
    CHECK(a.milestonesOnTime == 1);
    CHECK(*a.onTimeRate == 0.5);
    CHECK(a.graduated);
    CHECK(a.alerts.isEmpty());
    CHECK(*a.survey.averageSatisfaction == 4.5);

    const PortfolioRow &b = rowOf(rows, "B");
    CHECK(b.timeToKickoff == 5);
    CHECK(b.ttfvDays == 40);
    REQUIRE(b.nextMilestone);
    CHECK(b.nextMilestone->name == QLatin1String("Next"));
    CHECK(b.nextMilestone->date == QDate(2026, 3, 20));

    const PortfolioRow &c = rowOf(rows, "C");
    CHECK(c.timeToKickoff == 7);
    CHECK_FALSE(c.ttfvDays.has_value());
    CHECK(c.daysWithoutFirstValue == 37);

    const PortfolioRow &d = rowOf(rows, "D");
    CHECK_FALSE(d.kickoffDue);
    CHECK_FALSE(d.timeToKickoff.has_value());
    const PortfolioRow &e = rowOf(rows, "E");
    CHECK(e.kickoffDue);
    CHECK_FALSE(e.kickoffHeld);

    const PortfolioRow &f = rowOf(rows, "F");
    CHECK(f.goalDayReached);
    CHECK(f.objectivesAtGoalDay == 2);
    CHECK(f.achievedAtGoalDay == 1);
    CHECK(*f.goalAchievement == 1.0);
}

TEST_CASE("Portfolio metrics of a small portfolio have known answers")
{
    SmallPortfolio p;
    const PortfolioSettings settings;
    const QList<PortfolioRow> rows = computeRows(*p.ws, settings, F::today());
    const PortfolioMetrics m = aggregatePortfolio(rows, settings, F::today());
    CHECK(m.customers == 6);

    const PortfolioMetric *kickoff = m.metric(u"time_to_kickoff");
    REQUIRE(kickoff);
    CHECK(*kickoff->value == 4); // 2, 3, 5, 7
    CHECK(kickoff->count == 4);
    CHECK(kickoff->target == 5);
    CHECK(kickoff->onTarget() == true);
    CHECK(kickoff->detail.endsWith(QLatin1String(", 3 of 4 within 5 business days")));

    const PortfolioMetric *completion = m.metric(u"kickoff_completion");
    CHECK(*completion->value == Approx(0.8)); // A, B, C, F held; E not; D not due
    CHECK(completion->count == 5);
    CHECK(completion->onTarget() == false);

    const PortfolioMetric *ttfv = m.metric(u"ttfv");
    CHECK(*ttfv->value == 30); // 20 and 40
    CHECK(ttfv->onTarget() == true);
    CHECK(m.withoutFirstValue == 4);
    REQUIRE(m.ttfvDistribution.size() == 6);
    CHECK(m.ttfvDistribution.at(2).customers == 1); // 15-30
    CHECK(m.ttfvDistribution.at(3).customers == 1); // 31-60
    CHECK(m.ttfvDistribution.at(0).customers == 0);

    const PortfolioMetric *onTime = m.metric(u"on_time_rate");
    CHECK(*onTime->value == Approx(2.0 / 3));
    CHECK(onTime->onTarget() == false);

    CHECK_FALSE(m.metric(u"adoption_30_days")->value.has_value());
    CHECK_FALSE(m.metric(u"adoption_30_days")->onTarget().has_value());

    const PortfolioMetric *goals = m.metric(u"goal_achievement");
    CHECK(*goals->value == 0.5);
    CHECK(goals->count == 1);

    const PortfolioMetric *done = m.metric(u"onboarding_completion");
    CHECK(*done->value == 0.5); // A graduated; F signed 128 days ago, not graduated
    CHECK(done->count == 2);

    const PortfolioMetric *satisfaction = m.metric(u"satisfaction");
    CHECK(*satisfaction->value == 4.0); // 5, 4, 3
    CHECK(satisfaction->count == 3);
    CHECK(satisfaction->onTarget() == false);
    const PortfolioMetric *nps = m.metric(u"nps");
    CHECK(*nps->value == 0); // one promoter, one passive, one detractor
    CHECK(nps->target == 50);

    REQUIRE(m.cohorts.size() == 4);
    CHECK(m.cohorts.at(0).month == QDate(2025, 11, 1));
    const SignatureCohort &january = m.cohorts.at(1);
    CHECK(january.month == QDate(2026, 1, 1));
    CHECK(january.customers == 2);
    CHECK(january.withFirstValue == 2);
    CHECK(*january.medianTtfv == 30);
    CHECK(january.shareWithFirstValue == 1.0);
    const SignatureCohort &february = m.cohorts.at(2);
    CHECK(february.customers == 2);
    CHECK(february.withFirstValue == 0);
    CHECK_FALSE(february.medianTtfv.has_value());

    SECTION("targets and definitions are settings")
    {
        PortfolioSettings other;
        other.onboardingLengthDays = 50;
        other.ttfvTargetDays = 25;
        const PortfolioMetrics n =
            aggregatePortfolio(computeRows(*p.ws, other, F::today()), other, F::today());
        CHECK(n.metric(u"onboarding_completion")->count == 3); // A, B (58 days), F
        CHECK(n.metric(u"ttfv")->onTarget() == false);
    }
    SECTION("as JSON")
    {
        const QJsonObject json = portfolioToJson(rows, m);
        CHECK(json.value(QLatin1String("customer_count")).toInt() == 6);
        CHECK(json.value(QLatin1String("metrics")).toArray().size() == 9);
        const QJsonArray customers = json.value(QLatin1String("customers")).toArray();
        QJsonObject first;
        for (const QJsonValue &value : customers) {
            if (value.toObject().value(QLatin1String("account_name")).toString() ==
                QLatin1String("A"))
                first = value.toObject();
        }
        CHECK(first.value(QLatin1String("ttfv_days")).toInt() == 20);
        CHECK(first.value(QLatin1String("health"))
                  .toObject()
                  .value(QLatin1String("parts"))
                  .toArray()
                  .size() == 5);
    }
}

TEST_CASE("A snapshot recomputes one customer after an edit")
{
    SmallPortfolio p;
    PortfolioSnapshot snapshot;
    snapshot.computeAll(*p.ws, PortfolioSettings(), F::today());
    CHECK(*snapshot.metrics().metric(u"ttfv")->value == 30);

    Customer b = *p.ws->customer(p.id(1));
    b.firstValueDate = QDate();
    REQUIRE(p.ws->updateCustomer(b));
    snapshot.recompute(*p.ws, b.id);
    CHECK(*snapshot.metrics().metric(u"ttfv")->value == 20);
    CHECK(snapshot.rows().at(snapshot.indexOf(b.id)).daysWithoutFirstValue == 58);

    const OnboardingFile extra =
        customer("G", QDate(2026, 3, 2), QDate(2026, 3, 3), QDate(2026, 3, 10));
    REQUIRE(p.ws->insertOnboardingFile(extra));
    snapshot.recompute(*p.ws, extra.customer.id);
    CHECK(snapshot.rows().size() == 7);
    CHECK(*snapshot.metrics().metric(u"ttfv")->value == 14); // 8 and 20

    REQUIRE(p.ws->removeOnboardingFile(extra.customer.id, {}));
    snapshot.recompute(*p.ws, extra.customer.id);
    CHECK(snapshot.rows().size() == 6);
    CHECK(snapshot.indexOf(extra.customer.id) == -1);
    for (const OnboardingFile &file : p.files)
        CHECK(snapshot.rows().at(snapshot.indexOf(file.customer.id)).id == file.customer.id);
}

TEST_CASE("Today lists due and overdue actions, meetings this week and SLAs running out")
{
    TempWorkspace ws;
    OnboardingFile file = F::healthy();
    Customer &c = file.customer;
    c.signatureDate = QDate(2026, 3, 5); // a Thursday: the kickoff is due by Thursday the 12th
    c.kickoffDate = QDate();
    c.firstQbrDate = F::today().addDays(3);
    auto action = [&](const char *task, const QDate &due, ActionStatus status) {
        ActionItem a;
        a.id = ActionId::create();
        a.customerId = c.id;
        a.task = QString::fromUtf8(task);
        a.owner = QStringLiteral("Dana Lee");
        a.dueDate = due;
        a.status = status;
        a.meta = F::metaOn(F::today());
        return a;
    };
    file.actions = {action("Overdue", F::today().addDays(-2), ActionStatus::Open),
                    action("Due", F::today(), ActionStatus::InProgress),
                    action("Done", F::today(), ActionStatus::Done),
                    action("Later", F::today().addDays(1), ActionStatus::Open)};
    file.tasks.last().status = TaskStatus::Blocked;
    file.tasks.last().meta = F::metaOn(QDate(2026, 3, 10)); // SLA until Thursday the 12th
    REQUIRE(ws->insertOnboardingFile(file));

    const PortfolioRow row = computeRow(*ws, c.id, PortfolioSettings(), F::today());
    QStringList items;
    for (const TodayItem &item : row.todayItems)
        items.append(QStringLiteral("%1 %2 %3")
                         .arg(todayKindKey(item.kind), item.date.toString(Qt::ISODate), item.text));
    INFO(items.join(QLatin1Char('\n')).toStdString());
    CHECK(items == QStringList{
                       QStringLiteral("action_overdue 2026-03-09 Overdue (Dana Lee)"),
                       QStringLiteral("action_due 2026-03-11 Due (Dana Lee)"),

                       QStringLiteral("sla 2026-03-12 Answer the blocker \"Configure SSO\""),
                       QStringLiteral("sla 2026-03-12 Hold the kickoff (within 5 business days "
                                      "of signature)"),
                       QStringLiteral("meeting 2026-03-14 First QBR"),
                   });

    SECTION("the check-in of the cadence agreed at the kickoff")
    {
        c.kickoffDate = QDate(2026, 3, 6); // a Friday
        c.checkInCadence = QStringLiteral("weekly");
        REQUIRE(ws->updateCustomer(c));
        const PortfolioRow again = computeRow(*ws, c.id, PortfolioSettings(), F::today());
        bool found = false;
        for (const TodayItem &item : again.todayItems) {
            if (item.kind == TodayKind::Meeting && item.date == QDate(2026, 3, 13))
                found = item.text == QLatin1String("Check-in (weekly)");
        }
        CHECK(found);
    }
}

TEST_CASE("Every row read with all usage data at once is the row read customer by customer")
{
    TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    // The sample comes with usage data for its live customers.
    const QHash<CustomerId, UsageRollups> all = ws->allUsageRollups();
    CHECK(all.size() >= 3);
    const PortfolioSettings settings;
    const QList<PortfolioRow> rows = computeRows(*ws, settings, ws->today());
    REQUIRE(rows.size() == ws->customerCount());
    int withUsage = 0;
    for (const PortfolioRow &row : rows) {
        const PortfolioRow single = computeRow(*ws, row.id, settings, ws->today());
        CHECK(portfolioRowToJson(row) == portfolioRowToJson(single));
        withUsage += row.hasUsage ? 1 : 0;
        CHECK(all.contains(row.id) == !ws->usageRollups(row.id).isEmpty());
    }
    CHECK(withUsage == all.size());
}

TEST_CASE("Usage rollups prefetched when the workspace opens are the ones read later")
{
    TempWorkspace ws;
    ws->undoStack()->push(makeAddSamplePortfolio(ws.get()));
    const QHash<CustomerId, UsageRollups> direct = ws->allUsageRollups();
    REQUIRE_FALSE(direct.isEmpty());

    QString error;
    auto prefetched = Workspace::open(ws.path(), &error, nullptr, UsagePrefetch::AllRollups);
    REQUIRE(prefetched);
    const PortfolioSettings settings;
    const QList<PortfolioRow> rows = computeRows(*prefetched, settings, ws->today());
    const QList<PortfolioRow> expected = computeRows(*ws, settings, ws->today());
    REQUIRE(rows.size() == expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        CHECK(portfolioRowToJson(rows.at(i)) == portfolioRowToJson(expected.at(i)));
    // Taken once; later calls read the file again.
    CHECK(prefetched->allUsageRollups().keys().size() == direct.size());
}

TEST_CASE("A large portfolio computed on two threads keeps the workspace's order and rows")
{
    TempWorkspace ws;
    for (int i = 0; i < 201; ++i) {
        OnboardingFile file = F::healthy();
        file.customer.accountName = QStringLiteral("Customer %1").arg(i);
        if (i % 3 == 0)
            file.customer.csmOwner.clear(); // an alert on every third
        REQUIRE(ws->insertOnboardingFile(file));
    }
    const PortfolioSettings settings;
    const QList<PortfolioRow> rows = computeRows(*ws, settings, F::today());
    const QList<CustomerId> ids = ws->customerIds();
    REQUIRE(rows.size() == ids.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CHECK(rows.at(i).id == ids.at(i));
        CHECK(portfolioRowToJson(rows.at(i)) ==
              portfolioRowToJson(computeRow(*ws, ids.at(i), settings, F::today())));
    }
    CHECK(aggregatePortfolio(rows, settings, F::today()).alerts == 67);
}
