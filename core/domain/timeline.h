// The implementation plan: workstreams hold tasks and milestones, linked by dependencies, and
// phase gates with checklists of measurable criteria. Dates are calendar days; a task runs
// from its start to its finish, both included, and a milestone is a single day.
#pragma once

#include "record.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

namespace Csm {

// A strand of the implementation with an owner on each side. Without a named customer owner
// it counts as not started.
struct Workstream
{
    WorkstreamId id;
    CustomerId customerId;
    QString name;
    WorkstreamKind kind = WorkstreamKind::Other;
    QString vendorOwner;
    QString customerOwner;
    RecordMeta meta;
    bool operator==(const Workstream &) const = default;

    bool hasCustomerOwner() const { return !customerOwner.trimmed().isEmpty(); }
};

// A task or a milestone of a workstream. The baseline is the plan as first agreed, kept to
// measure slip; the first-value milestone is the activation event the plan works towards.
struct PlanTask
{
    TaskId id;
    CustomerId customerId;
    WorkstreamId workstreamId;
    QString name;
    TaskType type = TaskType::Task;
    QDate start;
    QDate finish;
    qint64 progress = 0; // per cent
    QString vendorOwner;
    QString customerOwner;
    TaskStatus status = TaskStatus::NotStarted;
    WaitingOn waitingOn = WaitingOn::Nobody;
    bool firstValue = false;
    QDate baselineStart;
    QDate baselineFinish;
    QString notes;
    RecordMeta meta;
    bool operator==(const PlanTask &) const = default;

    bool isMilestone() const { return type == TaskType::Milestone; }
    bool isDone() const { return status == TaskStatus::Done; }
};

// The successor may start (or finish) only after the predecessor finishes (or starts), plus
// a lag in business days.
struct TaskDependency
{
    DependencyId id;
    CustomerId customerId;
    TaskId predecessorId;
    TaskId successorId;
    DependencyType type = DependencyType::FinishToStart;
    qint64 lagDays = 0;
    RecordMeta meta;
    bool operator==(const TaskDependency &) const = default;
};

// A phase gate: the customer moves on only when its criteria are met. Passed when it has a
// passed date.
struct PhaseGate
{
    GateId id;
    CustomerId customerId;
    GateKind kind = GateKind::Implementation;
    QDate dueDate;
    QDate passedDate;
    RecordMeta meta;
    bool operator==(const PhaseGate &) const = default;

    bool isPassed() const { return passedDate.isValid(); }
    bool isMissed(const QDate &today) const
    {
        return !isPassed() && dueDate.isValid() && dueDate < today;
    }
};

// One measurable criterion of a gate ("SSO verified").
struct GateCriterion
{
    CriterionId id;
    CustomerId customerId;
    GateId gateId;
    QString criterion;
    bool met = false;
    RecordMeta meta;
    bool operator==(const GateCriterion &) const = default;
};

enum class WorkstreamField { Name, Kind, VendorOwner, CustomerOwner };
enum class TaskField {
    Workstream,
    Name,
    Type,
    Start,
    Finish,
    Progress,
    VendorOwner,
    CustomerOwner,
    Status,
    WaitingOn,
    FirstValue,
    BaselineStart,
    BaselineFinish,
    Notes,
};
enum class DependencyField { Predecessor, Successor, Type, LagDays };
enum class GateField { Kind, DueDate, PassedDate };
enum class CriterionField { Gate, Criterion, Met };

template<> struct RecordTraits<Workstream>
{
    using Id = WorkstreamId;
    using Field = WorkstreamField;
    static constexpr RecordKind kind = RecordKind::Workstream;
    static constexpr const char *entity = "workstream";
    static constexpr const char *table = "workstreams";
    static constexpr const char *jsonKey = "workstreams";
    static constexpr const char *context = "Csm::Workstream";
    static std::span<const FieldSpec<Workstream, Field>> fields();
};

template<> struct RecordTraits<PlanTask>
{
    using Id = TaskId;
    using Field = TaskField;
    static constexpr RecordKind kind = RecordKind::Task;
    static constexpr const char *entity = "task";
    static constexpr const char *table = "plan_tasks";
    static constexpr const char *jsonKey = "tasks";
    static constexpr const char *context = "Csm::PlanTask";
    static std::span<const FieldSpec<PlanTask, Field>> fields();
};

template<> struct RecordTraits<TaskDependency>
{
    using Id = DependencyId;
    using Field = DependencyField;
    static constexpr RecordKind kind = RecordKind::Dependency;
    static constexpr const char *entity = "dependency";
    static constexpr const char *table = "task_dependencies";
    static constexpr const char *jsonKey = "dependencies";
    static constexpr const char *context = "Csm::TaskDependency";
    static std::span<const FieldSpec<TaskDependency, Field>> fields();
};

template<> struct RecordTraits<PhaseGate>
{
    using Id = GateId;
    using Field = GateField;
    static constexpr RecordKind kind = RecordKind::Gate;
    static constexpr const char *entity = "gate";
    static constexpr const char *table = "phase_gates";
    static constexpr const char *jsonKey = "gates";
    static constexpr const char *context = "Csm::PhaseGate";
    static std::span<const FieldSpec<PhaseGate, Field>> fields();
};

template<> struct RecordTraits<GateCriterion>
{
    using Id = CriterionId;
    using Field = CriterionField;
    static constexpr RecordKind kind = RecordKind::Criterion;
    static constexpr const char *entity = "gate_criterion";
    static constexpr const char *table = "gate_criteria";
    static constexpr const char *jsonKey = "gate_criteria";
    static constexpr const char *context = "Csm::GateCriterion";
    static std::span<const FieldSpec<GateCriterion, Field>> fields();
};

} // namespace Csm
