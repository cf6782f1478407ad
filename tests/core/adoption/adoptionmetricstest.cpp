#include "coretestprinting.h"

#include "adoption/adoptionmetrics.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace Csm;

namespace {

QDate march(int day)
{
    return QDate(2026, 3, day);
}

// Four users on the roster (an admin, two end users, a manager), ten seats, and one more
// user the roster does not name; usage in March 2026.
UsageRollups smallCustomer()
{
    UsageRollups r;
    r.users = {{QStringLiteral("ann@x.example"), QStringLiteral("admin"), march(1), true},
               {QStringLiteral("bob@x.example"), QStringLiteral("end_user"), march(1), true},
               {QStringLiteral("cy@x.example"), QStringLiteral("manager"), march(1), true},
               {QStringLiteral("dee@x.example"), QStringLiteral("end_user"), march(1), true},
               {QStringLiteral("eve@x.example"), QString(), QDate(), false}};
    r.events = {QStringLiteral("login"), QStringLiteral("report_shared")};
    r.features = {QStringLiteral("dashboard"), QStringLiteral("export")};
    r.userDays = {{0, march(10), 1, 0},   {2, march(5), 1, 60},   {1, march(25), 1, 120},
                  {0, march(30), 1, 300}, {0, march(31), 2, 600}, {4, march(31), 1, 60}};
    r.userEvents = {{0, 1, march(30), march(30), 1}, {4, 1, march(31), march(31), 1}};
    r.userFeatures = {{0, 0, march(10), march(31), 3},
                      {1, 0, march(25), march(25), 1},
                      {2, 1, march(5), march(5), 1}};
    r.training = {
        {0, QStringLiteral("Admin basics"), QStringLiteral("admin"), march(12), true},
        {1, QStringLiteral("Getting started"), QStringLiteral("end_user"), march(13), false}};
    return r;
}

AdoptionInputs inputs(const QDate &asOf)
{
    AdoptionInputs in;
    in.licensedSeats = 10;
    in.activationEvent = QStringLiteral("report_shared");
    in.goLive = march(1);
    in.asOf = asOf;
    in.from = march(20);
    in.to = asOf;
    return in;
}

} // namespace

TEST_CASE("Adoption metrics of a small hand-made customer have the known answers")
{
    const AdoptionMetrics m = computeAdoptionMetrics(smallCustomer(), inputs(march(31)));
    CHECK(m.hasData);
    CHECK(m.usersProvisioned == 4); // the roster, not the fifth user
    CHECK(m.usersLoggedIn == 3);
    CHECK(m.loginRate == Approx(0.75));
    CHECK(m.dailyActive == 2);
    CHECK(m.weeklyActive == 3);
    CHECK(m.monthlyActive == 4);
    CHECK(m.adoptionRate == Approx(0.4));
    CHECK(m.stickiness == Approx(0.5));
    CHECK(m.activatedUsers == 1); // eve shared a report too, but is not provisioned
    CHECK(m.activationRate == Approx(0.25));
    CHECK(m.funnelProvisioned == 4);
    CHECK(m.funnelLoggedIn == 3);
    CHECK(m.funnelCoreFeature == 3);
    CHECK(m.funnelActivated == 1);
    REQUIRE(m.features.size() == 1); // export was last used before the range
    CHECK(m.features.at(0).feature == QLatin1String("dashboard"));
    CHECK(m.features.at(0).users == 2);
    CHECK(m.features.at(0).share == Approx(2.0 / 3));
    CHECK(m.activeDaysPerUserPerWeek == Approx(6.0 / 16));
    CHECK(m.minutesPerUserPerWeek == Approx(19.0 / 16));
    REQUIRE(m.weeks.size() == 3);
    CHECK(m.weeks.at(0).weekStart == march(16));
    CHECK(m.weeks.at(0).activeUsers == 0);
    CHECK(m.weeks.at(1).activeUsers == 1);
    CHECK(m.weeks.at(2).activeUsers == 2);
    CHECK(m.weeks.at(2).events == 4);
    CHECK(m.trendWindows == std::array<int, 4>{2, 0, 0, 3});
    CHECK(m.trend == Trend::Up);
    CHECK(m.trendChange == Approx(3.5)); // 3 against a mean of 2/3
    REQUIRE(m.training.size() == 3);
    CHECK(m.training.at(0).track == QLatin1String("admin"));
    CHECK(m.training.at(0).rate == Approx(1.0));
    CHECK(m.training.at(1).track == QLatin1String("end_user"));
    CHECK(m.training.at(1).users == 2);
    CHECK(m.training.at(1).completed == 0);
    CHECK(m.trainingCompletion == Approx(0.25));
    REQUIRE(m.loginRateAtFlag);
    CHECK(*m.loginRateAtFlag == Approx(0.5));
    REQUIRE(m.adoptionAtTarget);
    CHECK(*m.adoptionAtTarget == Approx(0.4));
    CHECK(m.lastActivity == march(31));

    CHECK(usageMetricValue(m, QStringLiteral("weekly_active_users")) == 3.0);
    CHECK(usageMetricValue(m, QStringLiteral("adoption_rate")) == 40.0);
    CHECK(usageMetricValue(m, QStringLiteral("feature:dashboard")) == 66.7);
    CHECK_FALSE(usageMetricValue(m, QStringLiteral("no_such_metric")));
    CHECK(usageMetricKeys(smallCustomer()).contains(QStringLiteral("feature:export")));
}

TEST_CASE("The red flags fire on their thresholds and clear when the situation changes")
{
    auto keys = [](const AdoptionMetrics &m) {
        QStringList list;
        for (const AdoptionFlag &f : m.flags)
            list.append(f.key);
        return list;
    };
    // Day 30 after go-live: 4 of 10 seats active, under 80 %.
    AdoptionMetrics day30 = computeAdoptionMetrics(smallCustomer(), inputs(march(31)));
    CHECK(keys(day30) == QStringList{QStringLiteral("low_adoption")});
    CHECK(day30.flags.at(0).message.contains(QLatin1String("40 %")));

    AdoptionInputs enoughSeats = inputs(march(31));
    enoughSeats.licensedSeats = 5;
    CHECK(keys(computeAdoptionMetrics(smallCustomer(), enoughSeats)).isEmpty());

    // Two weeks after go-live only two of four logged in.
    const AdoptionMetrics day15 = computeAdoptionMetrics(smallCustomer(), inputs(march(16)));
    CHECK(keys(day15) == QStringList{QStringLiteral("low_login_rate")});
    CHECK(day15.flags.at(0).message.contains(QLatin1String("50 %")));

    // Ten days without usage: a silent stall, unless the customer has graduated.
    AdoptionInputs later = inputs(QDate(2026, 4, 10));
    later.licensedSeats = 4;
    CHECK(keys(computeAdoptionMetrics(smallCustomer(), later))
              .contains(QStringLiteral("silent_stall")));
    later.graduated = true;
    CHECK_FALSE(keys(computeAdoptionMetrics(smallCustomer(), later))
                    .contains(QStringLiteral("silent_stall")));

    // Usage that stopped after climbing is going down, not up.
    UsageRollups stopped = smallCustomer();
    stopped.userDays = {{0, march(5), 1, 0},  {0, march(12), 1, 0}, {1, march(13), 1, 0},
                        {2, march(14), 1, 0}, {0, march(20), 1, 0}, {1, march(21), 1, 0}};
    const AdoptionMetrics down = computeAdoptionMetrics(stopped, inputs(march(31)));
    CHECK(down.trendWindows == std::array<int, 4>{1, 3, 2, 0});
    CHECK(down.trend == Trend::Down);

    // No data at all: nothing to compute, no flag before go-live.
    AdoptionInputs early = inputs(QDate(2026, 2, 20));
    const AdoptionMetrics none = computeAdoptionMetrics(UsageRollups(), early);
    CHECK_FALSE(none.hasData);
    CHECK(none.flags.isEmpty());
    CHECK_FALSE(usageMetricValue(none, QStringLiteral("login_rate")));
}

TEST_CASE("The metrics as JSON carry every figure")
{
    const QJsonObject json =
        adoptionMetricsToJson(computeAdoptionMetrics(smallCustomer(), inputs(march(31))));
    CHECK(json.value(QLatin1String("login_rate")).toDouble() == Approx(0.75));
    CHECK(json.value(QLatin1String("trend")).toString() == QLatin1String("up"));
    CHECK(
        json.value(QLatin1String("funnel")).toObject().value(QLatin1String("activated")).toInt() ==
        1);
    CHECK(json.value(QLatin1String("red_flags")).toArray().size() == 1);
    CHECK(json.value(QLatin1String("weeks")).toArray().size() == 3);
}
