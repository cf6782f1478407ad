#include "coretestprinting.h"

#include "successplan/objectiveprogress.h"

#include <catch2/catch.hpp>

#include <optional>
#include <utility>

using namespace Csm;

namespace {

const QDate created(2026, 3, 1);
const QDate due(2026, 3, 31); // 30 days after creation

Objective objective(double baseline, double target, const QDate &targetDate)
{
    Objective o;
    o.id = ObjectiveId::create();
    o.metric = QStringLiteral("Metric");
    o.baseline = baseline;
    o.target = target;
    o.targetDate = targetDate;
    o.meta.createdAt = QDateTime(created, QTime(12, 0));
    return o;
}

// Readings are entered in list order: later entries have later creation times.
QList<Measurement> readings(const Objective &o, const QList<std::pair<QDate, double>> &values)
{
    QList<Measurement> result;
    int order = 0;
    for (const auto &[date, value] : values) {
        Measurement m;
        m.id = MeasurementId::create();
        m.objectiveId = o.id;
        m.date = date;
        m.value = value;
        m.meta.createdAt = QDateTime(created, QTime(8, 0)).addSecs(60 * ++order);
        result.append(m);
    }
    return result;
}

std::string statusKey(ObjectiveStatus status)
{
    return enumKey(status).toStdString();
}

QDate march(int day)
{
    return QDate(2026, 3, day);
}

QDate april(int day)
{
    return QDate(2026, 4, day);
}

} // namespace

TEST_CASE("Objective status and progress, case by case")
{
    struct Case
    {
        const char *name;
        double baseline;
        double target;
        QDate targetDate;
        QList<std::pair<QDate, double>> values;
        QDate today;
        ObjectiveStatus status;
        double progress;
        std::optional<double> expected; // the straight line's value today
        bool late = false;
    };
    using S = ObjectiveStatus;
    const QList<Case> cases{
        {"no measurements", 0, 100, due, {}, march(16), S::NoData, 0, std::nullopt},
        {"rising, on track",
         0,
         100,
         due,
         {{march(1), 0}, {march(15), 45}},
         march(16),
         S::OnTrack,
         0.45,
         0.5},
        {"rising, exactly 10 points behind is on track",
         0,
         100,
         due,
         {{march(15), 40}},
         march(16),
         S::OnTrack,
         0.40,
         0.5},
        {"rising, more than 10 points behind is at risk",
         0,
         100,
         due,
         {{march(15), 39.9}},
         march(16),
         S::AtRisk,
         0.399,
         0.5},
        {"falling (8 h to 2 h), on track",
         8,
         2,
         due,
         {{march(1), 8}, {march(15), 5}},
         march(16),
         S::OnTrack,
         0.5,
         0.5},
        {"falling, at risk",
         8,
         2,
         due,
         {{march(1), 8}, {march(15), 7}},
         march(16),
         S::AtRisk,
         1.0 / 6,
         0.5},
        {"falling, moved the wrong way",
         8,
         2,
         due,
         {{march(15), 9}},
         march(16),
         S::AtRisk,
         -1.0 / 6,
         0.5},
        {"rising, achieved early",
         0,
         100,
         due,
         {{march(1), 0}, {march(10), 100}},
         march(16),
         S::Achieved,
         1.0,
         0.5},
        {"falling, achieved early by overshooting (not capped)",
         8,
         2,
         due,
         {{march(10), 1}},
         march(16),
         S::Achieved,
         7.0 / 6,
         0.5},
        {"rising, overshoot", 0, 100, due, {{march(10), 130}}, march(16), S::Achieved, 1.3, 0.5},
        {"target date passed, missed",
         0,
         100,
         due,
         {{march(30), 90}},
         april(5),
         S::Missed,
         0.9,
         1.0},
        {"target date passed, achieved on time",
         0,
         100,
         due,
         {{march(30), 100}},
         april(5),
         S::Achieved,
         1.0,
         1.0},
        {"achieved after the target date, late",
         0,
         100,
         due,
         {{march(30), 90}, {april(2), 101}},
         april(5),
         S::Achieved,
         1.01,
         1.0,
         true},
        {"reached on time, fell back after the target date",
         0,
         100,
         due,
         {{march(20), 100}, {april(2), 95}},
         april(5),
         S::Missed,
         0.95,
         1.0},
        {"falling, target date passed, missed",
         8,
         2,
         due,
         {{march(30), 3}},
         april(1),
         S::Missed,
         5.0 / 6,
         1.0},
        {"on the target date, 100 % expected, 85 % is at risk",
         0,
         100,
         due,
         {{march(31), 85}},
         march(31),
         S::AtRisk,
         0.85,
         1.0},
        {"on the target date, 92 % is within the tolerance",
         0,
         100,
         due,
         {{march(31), 92}},
         march(31),
         S::OnTrack,
         0.92,
         1.0},
        {"on the start day nothing is expected",
         0,
         100,
         due,
         {{march(1), 0}},
         march(1),
         S::OnTrack,
         0,
         0.0},
        {"baseline equals target, held",
         5,
         5,
         due,
         {{march(10), 5}},
         march(16),
         S::Achieved,
         1.0,
         0.5},
        {"baseline equals target, moved up",
         5,
         5,
         due,
         {{march(10), 6}},
         march(16),
         S::AtRisk,
         0,
         0.5},
        {"baseline equals target, moved down",
         5,
         5,
         due,
         {{march(10), 4}},
         march(16),
         S::AtRisk,
         0,
         0.5},
        {"baseline equals target, off after the target date",
         5,
         5,
         due,
         {{march(10), 4}},
         april(5),
         S::Missed,
         0,
         1.0},
        {"no target date, some progress",
         0,
         100,
         QDate(),
         {{march(10), 10}},
         march(16),
         S::OnTrack,
         0.1,
         std::nullopt},
        {"no target date, still at the baseline",
         0,
         100,
         QDate(),
         {{march(10), 0}},
         march(16),
         S::OnTrack,
         0,
         std::nullopt},
        {"no target date, the wrong way",
         0,
         100,
         QDate(),
         {{march(10), -5}},
         march(16),
         S::AtRisk,
         -0.05,
         std::nullopt},
        {"no target date, achieved",
         0,
         100,
         QDate(),
         {{march(10), 100}},
         march(16),
         S::Achieved,
         1.0,
         std::nullopt},
        {"later readings are not counted yet",
         0,
         100,
         due,
         {{march(15), 45}, {march(20), 100}},
         march(16),
         S::OnTrack,
         0.45,
         0.5},
        {"only the latest reading counts",
         0,
         100,
         due,
         {{march(10), 100}, {march(15), 20}},
         march(16),
         S::AtRisk,
         0.2,
         0.5},
        {"readings entered out of order",
         0,
         100,
         due,
         {{march(15), 45}, {march(10), 100}},
         march(16),
         S::OnTrack,
         0.45,
         0.5},
        {"same day: the reading entered last counts",
         0,
         100,
         due,
         {{march(15), 100}, {march(15), 45}},
         march(16),
         S::OnTrack,
         0.45,
         0.5},
        {"an earlier first reading starts the line (45 days, 30 gone)",
         0,
         100,
         due,
         {{QDate(2026, 2, 14), 0}, {march(15), 50}},
         march(16),
         S::AtRisk,
         0.5,
         30.0 / 45},
        {"the line starts at creation, not at a later first reading",
         0,
         100,
         due,
         {{march(10), 0}, {march(15), 35}},
         march(16),
         S::AtRisk,
         0.35,
         0.5},
        {"fractions reach the target despite rounding",
         0,
         0.3,
         due,
         {{march(10), 0.1 + 0.2}},
         march(16),
         S::Achieved,
         1.0,
         0.5},
        {"undated readings are left out",
         0,
         100,
         due,
         {{QDate(), 100}, {march(15), 45}},
         march(16),
         S::OnTrack,
         0.45,
         0.5},
    };

    for (const Case &c : cases) {
        INFO(c.name);
        const Objective o = objective(c.baseline, c.target, c.targetDate);
        const ObjectiveProgress result = objectiveProgress(o, readings(o, c.values), c.today);
        CHECK(statusKey(result.status) == statusKey(c.status));
        CHECK(result.progress == Approx(c.progress));
        CHECK(result.expectedProgress.has_value() == c.expected.has_value());
        if (result.expectedProgress && c.expected)
            CHECK(*result.expectedProgress == Approx(*c.expected));
        CHECK(result.achievedLate == c.late);
        CHECK(result.cappedProgress() >= 0);
        CHECK(result.cappedProgress() <= 1);
    }
}

TEST_CASE("The latest and first readings and the count are reported")
{
    const Objective o = objective(8, 2, due);
    const QList<Measurement> list =
        readings(o, {{march(8), 7}, {march(3), 8}, {march(12), 6}, {march(20), 4}});
    const ObjectiveProgress result = objectiveProgress(o, list, march(16));
    CHECK(result.measurementCount == 3);
    REQUIRE(result.first);
    REQUIRE(result.latest);
    CHECK(result.first->id == list.at(1).id);
    CHECK(result.latest->id == list.at(2).id);
    CHECK(result.projectionStart == created);
}

TEST_CASE("Readings of other objectives are ignored")
{
    const Objective o = objective(0, 100, due);
    const Objective other = objective(0, 100, due);
    QList<Measurement> list = readings(other, {{march(10), 100}});
    CHECK(objectiveProgress(o, list, march(16)).status == ObjectiveStatus::NoData);
    list += readings(o, {{march(10), 45}});
    const ObjectiveProgress result = objectiveProgress(o, list, march(16));
    CHECK(result.measurementCount == 1);
    CHECK(result.progress == Approx(0.45));
}

TEST_CASE("Without a creation time the line starts at the first reading")
{
    Objective o = objective(0, 100, due);
    o.meta.createdAt = QDateTime();
    // From March 10 to 31 is 21 days; 6 have passed by March 16.
    const ObjectiveProgress result =
        objectiveProgress(o, readings(o, {{march(10), 0}, {march(15), 35}}), march(16));
    CHECK(result.projectionStart == march(10));
    REQUIRE(result.expectedProgress);
    CHECK(*result.expectedProgress == Approx(6.0 / 21));
    CHECK(result.status == ObjectiveStatus::OnTrack);
}

TEST_CASE("A target date before the start expects everything at once")
{
    const Objective o = objective(0, 100, march(1));
    const ObjectiveProgress result = objectiveProgress(o, readings(o, {{march(1), 50}}), march(1));
    REQUIRE(result.expectedProgress);
    CHECK(*result.expectedProgress == Approx(1.0));
    CHECK(result.status == ObjectiveStatus::AtRisk);
}

TEST_CASE("The tolerance can be changed")
{
    const Objective o = objective(0, 100, due);
    const QList<Measurement> list = readings(o, {{march(15), 35}});
    CHECK(objectiveProgress(o, list, march(16)).status == ObjectiveStatus::AtRisk);
    CHECK(objectiveProgress(o, list, march(16), 0.2).status == ObjectiveStatus::OnTrack);
    CHECK(objectiveProgress(o, list, march(16), 0.0).status == ObjectiveStatus::AtRisk);
}
