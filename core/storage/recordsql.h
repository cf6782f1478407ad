// SQL for records described by a field table. Column names come from the compile-time field
// tables, never from input; every value is bound.
#pragma once

#include "domain/field.h"
#include "domain/recordmeta.h"

#include <QJsonValue>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <span>

namespace Csm::RecordSql {

inline QVariant toSql(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>()); // NULL
    case QJsonValue::Bool:
        return QVariant(qint64(value.toBool() ? 1 : 0));
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    default:
        return value.toString();
    }
}

inline QJsonValue fromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

template<typename Spec> QStringList fieldColumns(std::span<const Spec> fields)
{
    QStringList columns;
    for (const Spec &spec : fields)
        columns.append(QString::fromLatin1(spec.key));
    return columns;
}

inline QStringList metaColumns()
{
    return {QStringLiteral("created_at"), QStringLiteral("created_by"),
            QStringLiteral("modified_at"), QStringLiteral("modified_by")};
}

inline QString insert(const QString &table, const QStringList &columns)
{
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders.append(QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")));
}

// UPDATE ... SET each column = ? WHERE id = ?; bind the id last.
inline QString updateById(const QString &table, const QStringList &columns)
{
    QStringList assignments;
    for (const QString &column : columns)
        assignments.append(column + QStringLiteral(" = ?"));
    return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
        .arg(table, assignments.join(QLatin1String(", ")));
}

inline QString select(const QString &table, const QStringList &columns, const QString &where = {})
{
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1String(", ")), table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    return sql;
}

template<typename R, typename Spec>
void bindFields(QSqlQuery &query, const R &record, std::span<const Spec> fields)
{
    for (const Spec &spec : fields)
        query.addBindValue(toSql(fieldToJson(record, spec.member)));
}

inline void bindMeta(QSqlQuery &query, const RecordMeta &meta)
{
    query.addBindValue(timestampToString(meta.createdAt));
    query.addBindValue(meta.createdBy);
    query.addBindValue(timestampToString(meta.modifiedAt));
    query.addBindValue(meta.modifiedBy);
}

// Reads the fields starting at column `first`; returns a description of the first bad value.
template<typename R, typename Spec>
QString readFields(const QSqlQuery &query, int first, R &record, std::span<const Spec> fields)
{
    int column = first;
    for (const Spec &spec : fields) {
        const QString problem = fieldFromJson(record, spec.member, fromSql(query.value(column++)));
        if (!problem.isEmpty())
            return QStringLiteral("%1: %2").arg(QString::fromLatin1(spec.key), problem);
    }
    return {};
}

inline RecordMeta readMeta(const QSqlQuery &query, int first)
{
    return {timestampFromString(query.value(first).toString()), query.value(first + 1).toString(),
            timestampFromString(query.value(first + 2).toString()),
            query.value(first + 3).toString()};
}

} // namespace Csm::RecordSql
