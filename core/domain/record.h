// What the generic machinery (storage, workspace, commands, JSON, table models) needs to know
// about each kind of record that belongs to a customer: its kind, names and field table.
#pragma once

#include "field.h"

#include <QCoreApplication>
#include <span>

namespace Csm {

// The records a customer's onboarding file holds besides the customer and stakeholders.
enum class RecordKind {
    Outcome,
    Objective,
    Step,
    Measurement,
    Attendee,
    Action,
    Decision,
    Risk,
    Workstream,
    Task,
    Dependency,
    Gate,
    Criterion,
    Opportunity,
    SurveyResponse,
    ValueItem,
    ReportNote,
    AlertSnooze,
};

// Specialised next to each record type with:
//   using Id, using Field; static constexpr RecordKind kind;
//   static constexpr const char *entity (tombstone entity, singular),
//   *table (SQL table), *jsonKey (array in the JSON file), *context (translation context);
//   static std::span<const FieldSpec<R, Field>> fields();
template<typename R> struct RecordTraits;

template<typename R> using RecordField = typename RecordTraits<R>::Field;

template<typename R> const FieldSpec<R, RecordField<R>> &recordFieldSpec(RecordField<R> field)
{
    // Field tables are in enum order; checked by a test.
    return RecordTraits<R>::fields()[size_t(field)];
}

template<typename R> QString recordFieldLabel(RecordField<R> field)
{
    return QCoreApplication::translate(RecordTraits<R>::context, recordFieldSpec<R>(field).label);
}

template<typename R> QVariant recordValue(const R &record, RecordField<R> field)
{
    return readField(record, recordFieldSpec<R>(field).member);
}

template<typename R> void setRecordValue(R &record, RecordField<R> field, const QVariant &value)
{
    writeField(record, recordFieldSpec<R>(field).member, value);
}

// Records of a customer are listed in the order they were made.
template<typename R> bool recordCreatedBefore(const R &a, const R &b)
{
    return std::tie(a.meta.createdAt, a.id) < std::tie(b.meta.createdAt, b.id);
}

} // namespace Csm

// One entry of a field table. The label is marked QT_TRANSLATE_NOOP("Csm::<Record>", ...) where
// the table is written, for lupdate, whose context is RecordTraits<Record>::context.
#define CSM_RECORD_FIELD(Record, field, key, label, kind, member)                                  \
    FieldSpec<Record, RecordTraits<Record>::Field>                                                 \
    {                                                                                              \
        RecordTraits<Record>::Field::field, key, label, FieldKind::kind, &Record::member           \
    }
