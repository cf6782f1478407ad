#include "schedule.h"

#include "plangraph.h"

#include <QCoreApplication>

#include <algorithm>
#include <queue>

namespace Csm {

using namespace PlanGraphDetail;

namespace {

QList<Node> nodesFor(const QList<PlanTask> &tasks, const DayNumbers &days)
{
    QList<Node> nodes;
    nodes.reserve(tasks.size());
    for (const PlanTask &task : tasks)
        nodes.append(nodeFor(task.start, task.finish, days));
    return nodes;
}

// Moves the task later, keeping its length, as far as its dependencies need; never earlier.
// True when it moved.
bool pushLater(const PlanGraph &graph, QList<Node> &nodes, int task)
{
    Node &node = nodes[task];
    if (!node.dated)
        return false;
    int need = node.start;
    for (const int e : graph.incoming(task)) {
        const Edge &edge = graph.edge(e);
        if (!edge.ignored && nodes.at(edge.from).dated)
            need = std::max(need, requiredStart(edge, nodes.at(edge.from), node.length));
    }
    if (need <= node.start)
        return false;
    node.start = need;
    node.finish = need + node.length - 1;
    return true;
}

TaskDates datesOf(const PlanTask &task, const Node &node, const DayNumbers &days)
{
    return {task.id, days.date(node.start), days.date(node.finish)};
}

QString taskName(const PlanTask *task)
{
    const QString name = task ? task->name.simplified() : QString();
    return name.isEmpty() ? QCoreApplication::translate("Csm::Schedule", "(unnamed task)") : name;
}

} // namespace

QList<TaskDates> reschedule(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                            const BusinessCalendar &calendar, const TaskId &changed,
                            const QDate &start, const QDate &finish)
{
    const PlanGraph graph(tasks, dependencies);
    const int changedIndex = graph.indexOf(changed);
    if (changedIndex < 0)
        return {};
    const PlanTask &task = tasks.at(changedIndex);
    if (task.start == start && task.finish == finish)
        return {};

    QDate origin = earliestStart(tasks);
    if (start.isValid() && start < origin)
        origin = start;
    const DayNumbers days(calendar, origin);
    QList<Node> nodes = nodesFor(tasks, days);
    nodes[changedIndex] = nodeFor(start, finish, days);

    QList<TaskDates> result{{changed, start, finish}};
    QList<bool> moved(graph.size(), false);
    moved[changedIndex] = true;
    const QList<int> &order = graph.order();
    // Only what comes after the changed task in topological order can depend on it.
    for (auto it = std::find(order.cbegin(), order.cend(), changedIndex) + 1; it != order.cend();
         ++it) {
        const int index = *it;
        const QList<int> &incoming = graph.incoming(index);
        const bool pushed = std::any_of(incoming.cbegin(), incoming.cend(), [&](int e) {
            return !graph.edge(e).ignored && moved.at(graph.edge(e).from);
        });
        if (pushed && pushLater(graph, nodes, index)) {
            moved[index] = true;
            result.append(datesOf(tasks.at(index), nodes.at(index), days));
        }
    }
    return result;
}

QList<TaskDates> resolveConstraints(const QList<PlanTask> &tasks,
                                    const QList<TaskDependency> &dependencies,
                                    const BusinessCalendar &calendar)
{
    const PlanGraph graph(tasks, dependencies);
    const DayNumbers days(calendar, earliestStart(tasks));
    QList<Node> nodes = nodesFor(tasks, days);
    QList<TaskDates> result;
    for (const int index : graph.order()) {
        if (pushLater(graph, nodes, index))
            result.append(datesOf(tasks.at(index), nodes.at(index), days));
    }
    return result;
}

QStringList dependencyCycle(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                            const TaskId &predecessor, const TaskId &successor)
{
    QHash<TaskId, const PlanTask *> byId;
    byId.reserve(tasks.size());
    for (const PlanTask &task : tasks)
        byId.insert(task.id, &task);
    if (predecessor == successor)
        return {taskName(byId.value(successor)), taskName(byId.value(successor))};

    QHash<TaskId, QList<TaskId>> successors;
    for (const TaskDependency &dependency : dependencies)
        successors[dependency.predecessorId].append(dependency.successorId);

    // Breadth first from the successor: the shortest way back to the predecessor, which the new
    // dependency would close.
    QHash<TaskId, TaskId> cameFrom;
    cameFrom.insert(successor, successor);
    std::queue<TaskId> queue;
    queue.push(successor);
    while (!queue.empty() && !cameFrom.contains(predecessor)) {
        const TaskId current = queue.front();
        queue.pop();
        for (const TaskId &next : successors.value(current)) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, current);
            queue.push(next);
        }
    }
    if (!cameFrom.contains(predecessor))
        return {};

    QStringList names{taskName(byId.value(successor))};
    for (TaskId id = predecessor; id != successor; id = cameFrom.value(id))
        names.prepend(taskName(byId.value(id)));
    names.prepend(taskName(byId.value(successor)));
    return names;
}

int slipDays(const PlanTask &task, const BusinessCalendar &calendar)
{
    if (!task.baselineFinish.isValid() || !task.finish.isValid())
        return 0;
    return calendar.businessDaysBetween(task.baselineFinish, task.finish);
}

bool isOverdue(const PlanTask &task, const QDate &today)
{
    return !task.isDone() && task.finish.isValid() && today.isValid() && task.finish < today;
}

bool isWorkstreamStarted(const Workstream &workstream, const QList<PlanTask> &tasks)
{
    if (!workstream.hasCustomerOwner())
        return false;
    return std::any_of(tasks.cbegin(), tasks.cend(), [&](const PlanTask &task) {
        return task.workstreamId == workstream.id &&
               (task.status != TaskStatus::NotStarted || task.progress > 0);
    });
}

PlanAnalysis analysePlan(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies,
                         const QList<PhaseGate> &gates, const BusinessCalendar &calendar,
                         const QDate &today)
{
    PlanAnalysis analysis;
    analysis.tasks.reserve(tasks.size());
    for (const PlanTask &task : tasks) {
        TaskAnalysis &entry = analysis.tasks[task.id];
        entry.slip = slipDays(task, calendar);
        entry.overdue = isOverdue(task, today);
        if (entry.overdue)
            ++analysis.overdueTasks;
    }
    for (const PhaseGate &gate : gates) {
        if (gate.isMissed(today))
            analysis.missedGates.append(gate.id);
    }

    const PlanGraph graph(tasks, dependencies);
    const DayNumbers days(calendar, earliestStart(tasks));
    QList<Node> nodes = nodesFor(tasks, days);

    // Forward pass: the tasks where they are, later where a dependency needs it.
    QList<bool> pushed(graph.size(), false);
    bool anyDated = false;
    int planFinish = 0;
    for (const int index : graph.order()) {
        pushed[index] = pushLater(graph, nodes, index);
        const Node &node = nodes.at(index);
        if (!node.dated)
            continue;
        const PlanTask &task = tasks.at(index);
        const QDate finish = pushed.at(index) ? days.date(node.finish) : task.finish;
        if (!analysis.start.isValid() || task.start < analysis.start)
            analysis.start = task.start;
        if (!analysis.finish.isValid() || finish > analysis.finish)
            analysis.finish = finish;
        planFinish = anyDated ? std::max(planFinish, node.finish) : node.finish;
        anyDated = true;
    }
    if (!anyDated)
        return analysis;

    // Backward pass: the latest each task may finish without moving the plan's finish.
    QList<int> lateFinish(graph.size(), planFinish);
    const QList<int> &order = graph.order();
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const int index = *it;
        const Node &node = nodes.at(index);
        if (!node.dated)
            continue;
        int latest = planFinish;
        for (const int e : graph.outgoing(index)) {
            const Edge &edge = graph.edge(e);
            const Node &successor = nodes.at(edge.to);
            if (edge.ignored || !successor.dated)
                continue;
            const int successorFinish = lateFinish.at(edge.to);
            const int successorStart = successorFinish - successor.length + 1;
            switch (edge.type) {
            case DependencyType::FinishToStart:
                latest = std::min(latest, successorStart - 1 - edge.lag);
                break;
            case DependencyType::StartToStart:
                latest = std::min(latest, successorStart - edge.lag + node.length - 1);
                break;
            case DependencyType::FinishToFinish:
                latest = std::min(latest, successorFinish - edge.lag);
                break;
            }
        }
        lateFinish[index] = latest;
        TaskAnalysis &entry = analysis.tasks[tasks.at(index).id];
        entry.totalFloat = std::max(0, latest - node.finish);
        entry.critical = entry.totalFloat == 0 && !tasks.at(index).isDone();
        if (entry.critical)
            analysis.criticalPath.append(tasks.at(index).id);
    }
    std::sort(analysis.criticalPath.begin(), analysis.criticalPath.end(),
              [&](const TaskId &a, const TaskId &b) {
                  const Node &x = nodes.at(graph.indexOf(a));
                  const Node &y = nodes.at(graph.indexOf(b));
                  if (x.start != y.start)
                      return x.start < y.start;
                  if (x.finish != y.finish)
                      return x.finish < y.finish;
                  return graph.indexOf(a) < graph.indexOf(b);
              });
    return analysis;
}

} // namespace Csm
