// Generic access to the fields of a record through a table of member pointers, so that
// storage, JSON interchange, undo commands and forms share one description of each field.
#pragma once

#include "enums.h"
#include "id.h"

#include <QDate>
#include <QJsonValue>
#include <QString>
#include <QVariant>

#include <variant>

namespace Csm {

template<typename R>
using Member =
    std::variant<QString R::*, qint64 R::*, double R::*, bool R::*, QDate R::*, Tier R::*,
                 Phase R::*, Status R::*, Side R::*, StakeholderRole R::*, Sentiment R::*,
                 Answer R::*, ActionStatus R::*, RiskLevel R::*, RiskStatus R::*,
                 WorkstreamKind R::*, TaskType R::*, TaskStatus R::*, WaitingOn R::*,
                 DependencyType R::*, GateKind R::*, WhitespaceDimension R::*,
                 OpportunityStatus R::*, OutcomeId R::*, ObjectiveId R::*, StakeholderId R::*,
                 WorkstreamId R::*, TaskId R::*, GateId R::*>;

// Reference: the id of another record of the same customer.
enum class FieldKind { Text, LongText, Email, Integer, Money, Number, Bool, Date, Enum, Reference };

template<typename R, typename F> struct FieldSpec
{
    F field;
    const char *key;   // storage column and JSON key
    const char *label; // source text, translated in the record's context
    FieldKind kind;
    Member<R> member;
};

// The value of a field for editing: QString, qint64, double, bool, QDate (invalid when not
// set), the enum's int value, or a referenced id as text (empty when none).
template<typename R> QVariant readField(const R &record, const Member<R> &member)
{
    return std::visit(
        [&](auto ptr) -> QVariant {
            using T = std::remove_cvref_t<decltype(record.*ptr)>;
            if constexpr (std::is_enum_v<T>)
                return int(record.*ptr);
            else if constexpr (IsId<T>::value)
                return (record.*ptr).isNull() ? QString() : (record.*ptr).toString();
            else
                return QVariant::fromValue(record.*ptr);
        },
        member);
}

template<typename R> void writeField(R &record, const Member<R> &member, const QVariant &value)
{
    std::visit(
        [&](auto ptr) {
            using T = std::remove_cvref_t<decltype(record.*ptr)>;
            if constexpr (std::is_enum_v<T>)
                record.*ptr = T(value.toInt());
            else if constexpr (IsId<T>::value)
                record.*ptr = T::fromString(value.toString());
            else
                record.*ptr = value.value<T>();
        },
        member);
}

// The value as stored and exchanged: text, number, boolean, ISO date or null, enum key, id
// or null.
template<typename R> QJsonValue fieldToJson(const R &record, const Member<R> &member)
{
    return std::visit(
        [&](auto ptr) -> QJsonValue {
            using T = std::remove_cvref_t<decltype(record.*ptr)>;
            const T &v = record.*ptr;
            if constexpr (std::is_enum_v<T>)
                return enumKey(v);
            else if constexpr (std::is_same_v<T, QDate>)
                return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue();
            else if constexpr (IsId<T>::value)
                return v.isNull() ? QJsonValue() : QJsonValue(v.toString());
            else if constexpr (std::is_same_v<T, qint64>)
                return QJsonValue(v);
            else
                return QJsonValue(v);
        },
        member);
}

// A date written exactly as YYYY-MM-DD; invalid for anything else (a time or zone after it,
// a day that does not exist). By hand: Qt's format parser costs microseconds a call, and a
// workspace reads tens of thousands of dates when it opens.
inline QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return {};
            parts[p] = parts[p] * 10 + (c - u'0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

// Reads a stored or exchanged value; returns an empty string on success, otherwise a
// description of what was expected.
template<typename R>
QString fieldFromJson(R &record, const Member<R> &member, const QJsonValue &value)
{
    return std::visit(
        [&](auto ptr) -> QString {
            using T = std::remove_cvref_t<decltype(record.*ptr)>;
            if constexpr (std::is_enum_v<T>) {
                const auto parsed = enumFromKey<T>(value.toString());
                if (!value.isString() || !parsed)
                    return QCoreApplication::translate("Csm::Field", "expected one of %1")
                        .arg(enumKeys<T>().join(QLatin1String(", ")));
                record.*ptr = *parsed;
            } else if constexpr (std::is_same_v<T, QDate>) {
                if (value.isNull() || (value.isString() && value.toString().isEmpty())) {
                    record.*ptr = QDate();
                    return {};
                }
                // Exactly YYYY-MM-DD: a time or zone after the date is refused, not dropped.
                const QDate date = parseIsoDate(value.toString());
                if (!value.isString() || !date.isValid())
                    return QCoreApplication::translate("Csm::Field",
                                                       "expected a date as YYYY-MM-DD or null");
                record.*ptr = date;
            } else if constexpr (IsId<T>::value) {
                if (value.isNull() || (value.isString() && value.toString().isEmpty())) {
                    record.*ptr = T();
                    return {};
                }
                const T id = T::fromString(value.toString());
                if (!value.isString() || id.isNull())
                    return QCoreApplication::translate("Csm::Field", "expected a UUID or null");
                record.*ptr = id;
            } else if constexpr (std::is_same_v<T, bool>) {
                // Storage keeps booleans as 0 and 1.
                if (value.isBool())
                    record.*ptr = value.toBool();
                else if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
                    record.*ptr = value.toDouble() == 1;
                else
                    return QCoreApplication::translate("Csm::Field", "expected true or false");
            } else if constexpr (std::is_same_v<T, double>) {
                if (!value.isDouble())
                    return QCoreApplication::translate("Csm::Field", "expected a number");
                record.*ptr = value.toDouble();
            } else if constexpr (std::is_same_v<T, qint64>) {
                const double d = value.toDouble();
                if (!value.isDouble() || d != double(qint64(d)))
                    return QCoreApplication::translate("Csm::Field", "expected a whole number");
                record.*ptr = qint64(d);
            } else {
                if (!value.isString())
                    return QCoreApplication::translate("Csm::Field", "expected text");
                record.*ptr = value.toString();
            }
            return {};
        },
        member);
}

} // namespace Csm
