#include "firstvalue.h"

#include "plangraph.h"
#include "schedule.h"

#include <algorithm>
#include <limits>

namespace Csm {

using namespace PlanGraphDetail;

int FirstValueTargets::forTier(Tier tier) const
{
    switch (tier) {
    case Tier::HighTouch:
        return highTouchDays;
    case Tier::Hybrid:
        return hybridDays;
    case Tier::Digital:
        return digitalDays;
    }
    return hybridDays;
}

namespace {

// A task as projected: where it starts, where it finishes, and whether the start still
// decides the finish (work not begun before today), so that what holds up the start holds up
// the finish.
struct Projected
{
    Node node;
    bool startDecides = false;
    int delay = 0; // business days past its planned finish (the baseline's, else the current one)
};

int remainingDays(const PlanTask &task, int length)
{
    const qint64 left = 100 - std::clamp<qint64>(task.progress, 0, 100);
    // Rounded up: a task not done has at least a day of work left.
    return std::max(1, int((length * left + 99) / 100));
}

bool binds(const Edge &edge, const Projected &predecessor, const Projected &successor)
{
    if (edge.type == DependencyType::FinishToFinish)
        return predecessor.node.finish + edge.lag == successor.node.finish;
    return successor.startDecides &&
           requiredStart(edge, predecessor.node, successor.node.length) == successor.node.start;
}

} // namespace

FirstValueForecast forecastFirstValue(const OnboardingFile &file, const BusinessCalendar &calendar,
                                      const FirstValueTargets &targets, const QDate &today)
{
    const QList<PlanTask> &tasks = file.tasks;
    FirstValueForecast forecast;
    const auto marked = std::find_if(tasks.cbegin(), tasks.cend(),
                                     [](const PlanTask &task) { return task.firstValue; });
    if (marked == tasks.cend())
        return forecast;
    const int milestoneIndex = int(marked - tasks.cbegin());
    const PlanTask &milestone = *marked;
    forecast.hasMilestone = true;
    forecast.milestone = milestone.id;
    forecast.milestoneName = milestone.name;
    forecast.targetDays = targets.forTier(file.customer.tier);
    forecast.planned =
        milestone.baselineFinish.isValid() ? milestone.baselineFinish : milestone.finish;

    if (milestone.isDone()) {
        forecast.reached = true;
        forecast.projected = milestone.finish;
    } else {
        QDate origin = earliestStart(tasks);
        if (today.isValid() && (!origin.isValid() || today < origin))
            origin = today;
        const DayNumbers days(calendar, origin);
        const PlanGraph graph(tasks, file.dependencies);
        const int todayNumber =
            today.isValid() ? days.startNumber(today) : std::numeric_limits<int>::min() / 2;

        QList<Projected> projected(graph.size());
        for (const int index : graph.order()) {
            const PlanTask &task = tasks.at(index);
            Projected &entry = projected[index];
            entry.node = nodeFor(task.start, task.finish, days);
            Node &node = entry.node;
            if (!node.dated)
                continue;
            const int plannedFinish =
                task.baselineFinish.isValid() ? days.number(task.baselineFinish) : node.finish;
            if (!task.isDone()) {
                int start = node.start;
                int finish = node.finish;
                for (const int e : graph.incoming(index)) {
                    const Edge &edge = graph.edge(e);
                    const Node &before = projected.at(edge.from).node;
                    if (edge.ignored || !before.dated)
                        continue;
                    if (edge.type == DependencyType::FinishToFinish)
                        finish = std::max(finish, before.finish + edge.lag);
                    else
                        start = std::max(start, requiredStart(edge, before, node.length));
                }
                const int from = std::max(todayNumber, start);
                const int byWork = from + remainingDays(task, node.length) - 1;
                // The start decides the finish when the work begins there (not before today)
                // and nothing else ends later.
                entry.startDecides = from == start && byWork >= finish;
                node.start = start;
                node.finish = std::max(finish, byWork);
            }
            entry.delay = node.finish - plannedFinish;
        }

        const Projected &end = projected.at(milestoneIndex);
        if (end.node.dated) {
            forecast.projected = days.date(end.node.finish);
            if (forecast.planned.isValid() && forecast.projected > forecast.planned) {
                // Back from the milestone along the dependencies that hold it where it is; a
                // task on the way pushes it by the delay it adds to what it inherits.
                struct Pusher
                {
                    int index;
                    int own;
                };
                QList<Pusher> pushers;
                QList<bool> seen(graph.size(), false);
                QList<int> stack{milestoneIndex};
                seen[milestoneIndex] = true;
                while (!stack.isEmpty()) {
                    const int index = stack.takeLast();
                    int inherited = 0;
                    for (const int e : graph.incoming(index)) {
                        const Edge &edge = graph.edge(e);
                        const Projected &before = projected.at(edge.from);
                        if (edge.ignored || !before.node.dated ||
                            !binds(edge, before, projected.at(index)))
                            continue;
                        inherited = std::max(inherited, before.delay);
                        if (!seen.at(edge.from) && !tasks.at(edge.from).isDone()) {
                            seen[edge.from] = true;
                            stack.append(edge.from);
                        }
                    }
                    const int own = projected.at(index).delay - inherited;
                    if (index != milestoneIndex && own > 0)
                        pushers.append({index, own});
                }
                std::sort(pushers.begin(), pushers.end(), [&](const Pusher &a, const Pusher &b) {
                    if (a.own != b.own)
                        return a.own > b.own;
                    const int aFinish = projected.at(a.index).node.finish;
                    const int bFinish = projected.at(b.index).node.finish;
                    return aFinish != bFinish ? aFinish < bFinish : a.index < b.index;
                });
                for (const Pusher &pusher : pushers)
                    forecast.pushedBy.append(tasks.at(pusher.index).id);
            }
        }
    }

    const QDate signature = file.customer.signatureDate;
    if (signature.isValid()) {
        if (forecast.projected.isValid())
            forecast.projectedDays = int(signature.daysTo(forecast.projected));
        if (forecast.planned.isValid())
            forecast.plannedDays = int(signature.daysTo(forecast.planned));
        forecast.beyondTarget =
            forecast.projected.isValid() && forecast.projectedDays > forecast.targetDays;
    }
    if (!forecast.reached && forecast.projected.isValid() && today.isValid())
        forecast.daysToGo = int(std::max<qint64>(0, today.daysTo(forecast.projected)));
    return forecast;
}

int waitingWeight(WaitingOn waitingOn)
{
    switch (waitingOn) {
    case WaitingOn::Nobody:
        return 0;
    case WaitingOn::CustomerIt:
        return 3;
    case WaitingOn::SecurityReview:
        return 4;
    case WaitingOn::Procurement:
        return 3;
    case WaitingOn::Legal:
        return 4;
    }
    return 0;
}

FrictionScore frictionScore(const QList<PlanTask> &tasks, const QDate &today)
{
    struct Entry
    {
        TaskId task;
        int points;
    };
    QList<Entry> entries;
    FrictionScore friction;
    for (const PlanTask &task : tasks) {
        if (task.isDone())
            continue;
        int points = waitingWeight(task.waitingOn);
        if (points == 0)
            continue;
        if (isOverdue(task, today))
            points *= 2;
        friction.score += points;
        entries.append({task.id, points});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.points > b.points; });
    for (const Entry &entry : entries)
        friction.tasks.append(entry.task);
    return friction;
}

} // namespace Csm
