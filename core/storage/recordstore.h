// Reads and writes the table of one kind of customer record (outcomes, risks, ...), described
// by its field table.
#pragma once

#include "domain/record.h"
#include "recordsql.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

template<typename R> class RecordStore
{
public:
    using Traits = RecordTraits<R>;
    using Id = typename Traits::Id;

    explicit RecordStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Each function returns an empty string on success, else what went wrong.
    QString loadAll(QList<R> *records) const
    {
        const int metaColumn = 2 + int(Traits::fields().size());
        return RecordSql::forEachRow(
            m_db, RecordSql::select(table(), keyColumns() + columns()),
            [&](const auto &row) -> QString {
                R record;
                record.id = Id::fromString(row.text(0));
                record.customerId = CustomerId::fromString(row.text(1));
                const QString problem = RecordSql::readFields(row, 2, record, Traits::fields());
                if (record.id.isNull() || record.customerId.isNull() || !problem.isEmpty())
                    return QStringLiteral("%1 %2: %3")
                        .arg(QLatin1String(Traits::entity), row.text(0),
                             problem.isEmpty() ? QStringLiteral("bad id") : problem);
                record.meta = RecordSql::readMeta(row, metaColumn);
                records->append(record);
                return {};
            });
    }

    QString insert(const R &record) const
    {
        QSqlQuery query(m_db);
        query.prepare(RecordSql::insert(table(), keyColumns() + columns()));
        query.addBindValue(record.id.toString());
        query.addBindValue(record.customerId.toString());
        RecordSql::bindFields(query, record, Traits::fields());
        RecordSql::bindMeta(query, record.meta);
        return query.exec() ? QString() : query.lastError().text();
    }

    QString update(const R &record) const
    {
        QSqlQuery query(m_db);
        query.prepare(RecordSql::updateById(table(), columns()));
        RecordSql::bindFields(query, record, Traits::fields());
        RecordSql::bindMeta(query, record.meta);
        query.addBindValue(record.id.toString());
        if (!query.exec())
            return query.lastError().text();
        return query.numRowsAffected() == 1
                   ? QString()
                   : QStringLiteral("no such %1").arg(QLatin1String(Traits::entity));
    }

    QString remove(const Id &id) const
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table()));
        query.addBindValue(id.toString());
        return query.exec() ? QString() : query.lastError().text();
    }

private:
    static QString table() { return QLatin1String(Traits::table); }
    static QStringList keyColumns()
    {
        return {QStringLiteral("id"), QStringLiteral("customer_id")};
    }
    static QStringList columns()
    {
        return RecordSql::fieldColumns(Traits::fields()) + RecordSql::metaColumns();
    }

    QSqlDatabase m_db;
};

} // namespace Csm
