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
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(RecordSql::select(QStringLiteral("customers"),
                                      QStringList{QStringLiteral("id")} + columns()) +
                    QStringLiteral(" ORDER BY created_at, id")))
        return query.lastError().text();
    const int metaColumn = 1 + int(customerFields().size());
    while (query.next()) {
        Customer customer;
        customer.id = CustomerId::fromString(query.value(0).toString());
        const QString problem = RecordSql::readFields(query, 1, customer, customerFields());
        if (customer.id.isNull() || !problem.isEmpty())
            return QCoreApplication::translate("Csm::Database", "customer %1: %2")
                .arg(query.value(0).toString(),
                     problem.isEmpty() ? QStringLiteral("bad id") : problem);
        customer.meta = RecordSql::readMeta(query, metaColumn);
        customers->append(customer);
    }
    return {};
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
