// SQL for records described by a field table. Column names come from the compile-time field
// tables, never from input; every value is bound.
#pragma once

#include "domain/field.h"
#include "domain/recordmeta.h"
#include "sqlitestatement.h"

#include <QJsonValue>
#include <QSqlError>
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

// A result row read column by column, over a QSqlQuery...
struct QueryRow
{
    const QSqlQuery &query;
    QJsonValue json(int column) const { return fromSql(query.value(column)); }
    QString text(int column) const { return query.value(column).toString(); }
};

// ... or over SQLite's C interface, which reads a workspace several times faster than the
// driver's QVariant per value. Values come out as fromSql() gives them.
struct SqliteRow
{
    const SqliteStatement &statement;
    QJsonValue json(int column) const
    {
        switch (sqlite3_column_type(statement.get(), column)) {
        case SQLITE_NULL:
            return QJsonValue(QJsonValue::Null);
        case SQLITE_INTEGER:
            return QJsonValue(double(statement.column(column)));
        case SQLITE_FLOAT:
            return QJsonValue(sqlite3_column_double(statement.get(), column));
        default:
            return QJsonValue(statement.string(column));
        }
    }
    QString text(int column) const { return statement.string(column); }

    // Sets the field straight from the column when it holds what the field wants (text for
    // text, an integer for a whole number...), as fieldFromJson() would set it, without the
    // JSON value in between. False leaves it to fieldFromJson(), which also explains a
    // mismatch.
    template<typename R> bool read(R &record, const Member<R> &member, int column) const
    {
        sqlite3_stmt *s = statement.get();
        const int type = sqlite3_column_type(s, column);
        return std::visit(
            [&](auto ptr) -> bool {
                using T = std::remove_cvref_t<decltype(record.*ptr)>;
                if constexpr (std::is_same_v<T, QString>) {
                    if (type != SQLITE_TEXT)
                        return false;
                    record.*ptr = statement.string(column);
                } else if constexpr (std::is_same_v<T, qint64>) {
                    if (type != SQLITE_INTEGER)
                        return false;
                    record.*ptr = statement.column(column);
                } else if constexpr (std::is_same_v<T, double>) {
                    if (type != SQLITE_INTEGER && type != SQLITE_FLOAT)
                        return false;
                    record.*ptr = sqlite3_column_double(s, column);
                } else if constexpr (std::is_same_v<T, bool>) {
                    const qint64 v = statement.column(column);
                    if (type != SQLITE_INTEGER || (v != 0 && v != 1))
                        return false;
                    record.*ptr = v == 1;
                } else if constexpr (std::is_same_v<T, QDate>) {
                    if (type == SQLITE_NULL) {
                        record.*ptr = QDate();
                        return true;
                    }
                    if (type != SQLITE_TEXT)
                        return false;
                    const QDate date = parseIsoDate(statement.string(column));
                    if (!date.isValid())
                        return false;
                    record.*ptr = date;
                } else if constexpr (IsId<T>::value) {
                    if (type != SQLITE_TEXT)
                        return false;
                    const T id = T::fromString(statement.string(column));
                    if (id.isNull())
                        return false;
                    record.*ptr = id;
                } else if constexpr (std::is_enum_v<T>) {
                    if (type != SQLITE_TEXT)
                        return false;
                    const auto parsed = enumFromKey<T>(statement.string(column));
                    if (!parsed)
                        return false;
                    record.*ptr = *parsed;
                } else {
                    return false;
                }
                return true;
            },
            member);
    }
};

// Runs `sql` and calls `row` with each result row (a QueryRow or a SqliteRow) until it returns
// a problem; returns that problem, the database's error, or an empty string.
template<typename F> QString forEachRow(const QSqlDatabase &db, const QString &sql, F &&row)
{
    if (sqlite3 *raw = sqliteHandle(db)) {
        SqliteStatement statement(raw, sql.toUtf8().constData());
        if (!statement)
            return QString::fromUtf8(sqlite3_errmsg(raw));
        int rc = statement.step();
        for (; rc == SQLITE_ROW; rc = statement.step()) {
            const QString problem = row(SqliteRow{statement});
            if (!problem.isEmpty())
                return problem;
        }
        return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(raw));
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return query.lastError().text();
    while (query.next()) {
        const QString problem = row(QueryRow{query});
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// Reads the fields starting at column `first`; returns a description of the first bad value.
template<typename Row, typename R, typename Spec>
QString readFields(const Row &row, int first, R &record, std::span<const Spec> fields)
{
    int column = first;
    for (const Spec &spec : fields) {
        if constexpr (std::is_same_v<Row, SqliteRow>) {
            if (row.read(record, spec.member, column)) {
                ++column;
                continue;
            }
        }
        const QString problem = fieldFromJson(record, spec.member, row.json(column++));
        if (!problem.isEmpty())
            return QStringLiteral("%1: %2").arg(QString::fromLatin1(spec.key), problem);
    }
    return {};
}

template<typename Row> RecordMeta readMeta(const Row &row, int first)
{
    return {timestampFromString(row.text(first)), row.text(first + 1),
            timestampFromString(row.text(first + 2)), row.text(first + 3)};
}

} // namespace Csm::RecordSql
