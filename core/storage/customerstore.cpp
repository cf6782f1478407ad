#include "customerstore.h"

#include "recordsql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

namespace {

QStringList columns()
{
    return RecordSql::fieldColumns(customerFields()) + RecordSql::metaColumns();
}

} // namespace

QString CustomerStore::loadAll(QList<Customer> *customers) const
{
    const int metaColumn = 1 + int(customerFields().size());
    return RecordSql::forEachRow(
        m_db,
        RecordSql::select(QStringLiteral("customers"),
                          QStringList{QStringLiteral("id")} + columns()) +
            QStringLiteral(" ORDER BY created_at, id"),
        [&](const auto &row) -> QString {
            Customer customer;
            customer.id = CustomerId::fromString(row.text(0));
            const QString problem = RecordSql::readFields(row, 1, customer, customerFields());
            if (customer.id.isNull() || !problem.isEmpty())
                return QCoreApplication::translate("Csm::Database", "customer %1: %2")
                    .arg(row.text(0), problem.isEmpty() ? QStringLiteral("bad id") : problem);
            customer.meta = RecordSql::readMeta(row, metaColumn);
            customers->append(customer);
            return {};
        });
}

QString CustomerStore::insert(const Customer &customer) const
{
    QSqlQuery query(m_db);
    query.prepare(RecordSql::insert(QStringLiteral("customers"),
                                    QStringList{QStringLiteral("id")} + columns()));
    query.addBindValue(customer.id.toString());
    RecordSql::bindFields(query, customer, customerFields());
    RecordSql::bindMeta(query, customer.meta);
    return query.exec() ? QString() : query.lastError().text();
}

QString CustomerStore::update(const Customer &customer) const
{
    QSqlQuery query(m_db);
    query.prepare(RecordSql::updateById(QStringLiteral("customers"), columns()));
    RecordSql::bindFields(query, customer, customerFields());
    RecordSql::bindMeta(query, customer.meta);
    query.addBindValue(customer.id.toString());
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected() == 1 ? QString() : QStringLiteral("no such customer");
}

QString CustomerStore::remove(const CustomerId &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    query.addBindValue(id.toString());
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace Csm
