#include "tombstonestore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

QString TombstoneStore::loadAll(QList<Tombstone> *tombstones) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, entity, customer_id, deleted_at, deleted_by "
                                   "FROM tombstones ORDER BY deleted_at, id")))
        return query.lastError().text();
    while (query.next())
        tombstones->append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
             timestampFromString(query.value(3).toString()), query.value(4).toString()});
    return {};
}

QString TombstoneStore::replaceForCustomer(const CustomerId &customer,
                                           const QList<Tombstone> &tombstones) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM tombstones WHERE customer_id = ?"));
    query.addBindValue(customer.toString());
    if (!query.exec())
        return query.lastError().text();
    for (const Tombstone &tombstone : tombstones) {
        const QString error = insert(tombstone);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString TombstoneStore::insert(const Tombstone &tombstone) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO tombstones "
                                 "(id, entity, customer_id, deleted_at, deleted_by) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(tombstone.id);
    query.addBindValue(tombstone.entity);
    query.addBindValue(tombstone.customerId);
    query.addBindValue(timestampToString(tombstone.deletedAt));
    query.addBindValue(tombstone.deletedBy);
    return query.exec() ? QString() : query.lastError().text();
}

QString TombstoneStore::remove(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM tombstones WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace Csm
