// The plan as a graph for the scheduling rules (schedule.cpp, firstvalue.cpp): tasks numbered
// in list order, their dates as business-day numbers, and a topological order of the
// dependencies. Not part of the core's interface.
#pragma once

#include "businesscalendar.h"
#include "domain/timeline.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <algorithm>

namespace Csm::PlanGraphDetail {

// Lags beyond ten years are data errors; bounding them keeps the arithmetic in range.
inline constexpr int maxLagDays = 2600;

// Business days counted from a business day of the plan, `origin` (number 0): a business day
// gets its own number, a weekend or holiday the number of the business day before it.
class DayNumbers
{
public:
    DayNumbers(const BusinessCalendar &calendar, const QDate &origin)
        : m_calendar(calendar)
        , m_origin(calendar.nextBusinessDay(origin))
    {}

    bool isValid() const { return m_origin.isValid(); }
    int number(const QDate &date) const { return m_calendar.businessDaysBetween(m_origin, date); }
    // The first business day from `date` on: where work on a task starting then begins.
    int startNumber(const QDate &date) const { return number(m_calendar.nextBusinessDay(date)); }
    QDate date(int number) const { return m_calendar.addBusinessDays(m_origin, number); }
    const BusinessCalendar &calendar() const { return m_calendar; }

private:
    const BusinessCalendar &m_calendar;
    QDate m_origin;
};

struct Node
{
    bool dated = false; // valid start and finish
    int start = 0;      // business-day numbers
    int finish = 0;
    int length = 1; // working days, at least 1
};

struct Edge
{
    int from = 0;
    int to = 0;
    DependencyType type = DependencyType::FinishToStart;
    int lag = 0;
    bool ignored = false; // closes a cycle: left out of every rule
};

class PlanGraph
{
public:
    PlanGraph(const QList<PlanTask> &tasks, const QList<TaskDependency> &dependencies)
    {
        m_index.reserve(tasks.size());
        for (int i = 0; i < tasks.size(); ++i)
            m_index.insert(tasks.at(i).id, i);
        m_incoming.resize(tasks.size());
        m_outgoing.resize(tasks.size());
        for (const TaskDependency &dependency : dependencies) {
            const int from = indexOf(dependency.predecessorId);
            const int to = indexOf(dependency.successorId);
            // Unknown tasks and a task depending on itself have nothing to say.
            if (from < 0 || to < 0 || from == to)
                continue;
            const int lag = int(std::clamp<qint64>(dependency.lagDays, -maxLagDays, maxLagDays));
            m_outgoing[from].append(int(m_edges.size()));
            m_incoming[to].append(int(m_edges.size()));
            m_edges.append(Edge{from, to, dependency.type, lag, false});
        }
        sortTopologically();
    }

    int size() const { return int(m_incoming.size()); }
    int indexOf(const TaskId &id) const { return m_index.value(id, -1); }
    const Edge &edge(int e) const { return m_edges.at(e); }
    const QList<int> &incoming(int task) const { return m_incoming.at(task); }
    const QList<int> &outgoing(int task) const { return m_outgoing.at(task); }
    // Every task, each after all its predecessors (edges closing a cycle left out).
    const QList<int> &order() const { return m_order; }

private:
    // Depth first, in list order: an edge back to a task still on the path closes a cycle.
    void sortTopologically()
    {
        enum State : char { Unseen, OnPath, Done };
        QList<State> state(size(), Unseen);
        QList<int> finished;
        finished.reserve(size());
        QList<std::pair<int, int>> path; // task, next outgoing edge to follow
        for (int root = 0; root < size(); ++root) {
            if (state[root] != Unseen)
                continue;
            state[root] = OnPath;
            path.append({root, 0});
            while (!path.isEmpty()) {
                auto &[task, next] = path.last();
                if (next < m_outgoing[task].size()) {
                    const int e = m_outgoing[task][next++];
                    const int to = m_edges[e].to;
                    if (state[to] == Unseen) {
                        state[to] = OnPath;
                        path.append({to, 0});
                    } else if (state[to] == OnPath) {
                        m_edges[e].ignored = true;
                    }
                } else {
                    state[task] = Done;
                    finished.append(task);
                    path.removeLast();
                }
            }
        }
        m_order = QList<int>(finished.crbegin(), finished.crend());
    }

    QHash<TaskId, int> m_index;
    QList<Edge> m_edges;
    QList<QList<int>> m_incoming;
    QList<QList<int>> m_outgoing;
    QList<int> m_order;
};

// The task's dates as business-day numbers: work starts on the first business day from its
// start and lasts its working days, at least one (a milestone, or a task on a weekend only).
inline Node nodeFor(const QDate &start, const QDate &finish, const DayNumbers &days)
{
    Node node;
    if (!start.isValid() || !finish.isValid() || !days.isValid())
        return node;
    node.dated = true;
    node.start = days.startNumber(start);
    node.length = std::max(1, days.calendar().workingDays(start, finish));
    node.finish = node.start + node.length - 1;
    return node;
}

// The earliest start a dependency allows its successor (of `length` working days).
inline int requiredStart(const Edge &edge, const Node &predecessor, int length)
{
    switch (edge.type) {
    case DependencyType::FinishToStart:
        return predecessor.finish + 1 + edge.lag;
    case DependencyType::StartToStart:
        return predecessor.start + edge.lag;
    case DependencyType::FinishToFinish:
        return predecessor.finish + edge.lag - length + 1;
    }
    return predecessor.finish + 1 + edge.lag;
}

// The earliest date of the tasks, where the day numbers start (invalid without any).
inline QDate earliestStart(const QList<PlanTask> &tasks)
{
    QDate earliest;
    for (const PlanTask &task : tasks) {
        if (task.start.isValid() && (!earliest.isValid() || task.start < earliest))
            earliest = task.start;
    }
    return earliest;
}

} // namespace Csm::PlanGraphDetail
