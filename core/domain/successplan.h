// The Joint Success Plan (3xO): outcomes contain measurable objectives, which contain
// operational steps; each objective gets measurements over time.
#pragma once

#include "record.h"
#include "recordmeta.h"

#include <QDate>
#include <QString>

namespace Csm {

// Business value the customer wants ("reduce reporting time by 50 %").
struct Outcome
{
    OutcomeId id;
    CustomerId customerId;
    QString title;
    QString description;
    RecordMeta meta;
    bool operator==(const Outcome &) const = default;
};

// A measurable goal under an outcome ("admin time from 8 h to 2 h per week by March 1").
struct Objective
{
    ObjectiveId id;
    CustomerId customerId;
    OutcomeId outcomeId;
    QString metric;
    QString unit;
    double baseline = 0;
    double target = 0;
    QDate targetDate;
    QString vendorOwner;
    QString customerOwner;
    bool confirmedAtKickoff = false;
    bool quickWin = false;
    // The usage metric its measurements can be taken from ("weekly_active_users"); empty when
    // measured by hand. See usageMetricKeys().
    QString usageMetric;
    RecordMeta meta;
    bool operator==(const Objective &) const = default;
};

// A tactical step towards an objective ("migration March 1st").
struct OperationalStep
{
    StepId id;
    CustomerId customerId;
    ObjectiveId objectiveId;
    QString task;
    QString owner;
    QDate dueDate;
    bool done = false;
    RecordMeta meta;
    bool operator==(const OperationalStep &) const = default;
};

// One reading of an objective's metric.
struct Measurement
{
    MeasurementId id;
    CustomerId customerId;
    ObjectiveId objectiveId;
    QDate date;
    double value = 0;
    QString note;
    RecordMeta meta;
    bool operator==(const Measurement &) const = default;
};

enum class OutcomeField { Title, Description };
enum class ObjectiveField {
    Outcome,
    Metric,
    Unit,
    Baseline,
    Target,
    TargetDate,
    VendorOwner,
    CustomerOwner,
    ConfirmedAtKickoff,
    QuickWin,
    UsageMetric,
};
enum class StepField { Objective, Task, Owner, DueDate, Done };
enum class MeasurementField { Objective, Date, Value, Note };

template<> struct RecordTraits<Outcome>
{
    using Id = OutcomeId;
    using Field = OutcomeField;
    static constexpr RecordKind kind = RecordKind::Outcome;
    static constexpr const char *entity = "outcome";
    static constexpr const char *table = "outcomes";
    static constexpr const char *jsonKey = "outcomes";
    static constexpr const char *context = "Csm::Outcome";
    static std::span<const FieldSpec<Outcome, Field>> fields();
};

template<> struct RecordTraits<Objective>
{
    using Id = ObjectiveId;
    using Field = ObjectiveField;
    static constexpr RecordKind kind = RecordKind::Objective;
    static constexpr const char *entity = "objective";
    static constexpr const char *table = "objectives";
    static constexpr const char *jsonKey = "objectives";
    static constexpr const char *context = "Csm::Objective";
    static std::span<const FieldSpec<Objective, Field>> fields();
};

template<> struct RecordTraits<OperationalStep>
{
    using Id = StepId;
    using Field = StepField;
    static constexpr RecordKind kind = RecordKind::Step;
    static constexpr const char *entity = "step";
    static constexpr const char *table = "operational_steps";
    static constexpr const char *jsonKey = "operational_steps";
    static constexpr const char *context = "Csm::OperationalStep";
    static std::span<const FieldSpec<OperationalStep, Field>> fields();
};

template<> struct RecordTraits<Measurement>
{
    using Id = MeasurementId;
    using Field = MeasurementField;
    static constexpr RecordKind kind = RecordKind::Measurement;
    static constexpr const char *entity = "measurement";
    static constexpr const char *table = "measurements";
    static constexpr const char *jsonKey = "measurements";
    static constexpr const char *context = "Csm::Measurement";
    static std::span<const FieldSpec<Measurement, Field>> fields();
};

} // namespace Csm
