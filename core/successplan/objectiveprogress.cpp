#include "objectiveprogress.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Csm {

namespace {

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// Reached the target, or went beyond it in the target's direction.
bool reachesTarget(const Objective &objective, double value)
{
    if (nearlyEqual(value, objective.target))
        return true;
    if (nearlyEqual(objective.baseline, objective.target))
        return false;
    return objective.target > objective.baseline ? value > objective.target
                                                 : value < objective.target;
}

double progressOf(const Objective &objective, double value)
{
    if (nearlyEqual(objective.baseline, objective.target))
        return reachesTarget(objective, value) ? 1.0 : 0.0;
    return (value - objective.baseline) / (objective.target - objective.baseline);
}

bool readingBefore(const Measurement &a, const Measurement &b)
{
    return std::tie(a.date, a.meta.createdAt, a.id) < std::tie(b.date, b.meta.createdAt, b.id);
}

} // namespace

double ObjectiveProgress::cappedProgress() const
{
    return std::clamp(progress, 0.0, 1.0);
}

ObjectiveProgress objectiveProgress(const Objective &objective,
                                    const QList<Measurement> &measurements, const QDate &today,
                                    double tolerance)
{
    QList<Measurement> readings;
    for (const Measurement &m : measurements) {
        if (m.objectiveId == objective.id && m.date.isValid() && m.date <= today)
            readings.append(m);
    }

    ObjectiveProgress result;
    result.measurementCount = int(readings.size());
    if (readings.isEmpty())
        return result;

    std::sort(readings.begin(), readings.end(), readingBefore);
    result.first = readings.first();
    result.latest = readings.last();
    const double value = result.latest->value;
    result.progress = progressOf(objective, value);

    const QDate targetDate = objective.targetDate;
    if (targetDate.isValid()) {
        const QDate created = objective.meta.createdAt.isValid()
                                  ? objective.meta.createdAt.toLocalTime().date()
                                  : QDate();
        result.projectionStart =
            created.isValid() ? std::min(created, result.first->date) : result.first->date;
        const qint64 span = result.projectionStart.daysTo(targetDate);
        if (span <= 0) {
            result.expectedProgress = 1.0;
        } else {
            const qint64 elapsed =
                std::clamp(result.projectionStart.daysTo(today), qint64(0), span);
            result.expectedProgress = double(elapsed) / double(span);
        }
    }

    if (reachesTarget(objective, value)) {
        result.status = ObjectiveStatus::Achieved;
        if (targetDate.isValid()) {
            result.achievedLate =
                std::none_of(readings.cbegin(), readings.cend(), [&](const Measurement &m) {
                    return m.date <= targetDate && reachesTarget(objective, m.value);
                });
        }
        return result;
    }

    if (targetDate.isValid() && today > targetDate) {
        result.status = ObjectiveStatus::Missed;
        return result;
    }

    if (nearlyEqual(objective.baseline, objective.target)) {
        // Holding a value: any move is off target, and there is no direction to project.
        result.status = ObjectiveStatus::AtRisk;
        return result;
    }

    constexpr double slack = 1e-9; // so that 40 % against 50 % - 10 % counts as on the line
    if (!result.expectedProgress) {
        result.status =
            result.progress >= -slack ? ObjectiveStatus::OnTrack : ObjectiveStatus::AtRisk;
    } else {
        result.status = result.progress >= *result.expectedProgress - tolerance - slack
                            ? ObjectiveStatus::OnTrack
                            : ObjectiveStatus::AtRisk;
    }
    return result;
}

} // namespace Csm
