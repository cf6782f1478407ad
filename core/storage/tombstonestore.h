// Reads and writes the tombstones that deleted records leave behind.
#pragma once

#include "domain/id.h"
#include "domain/recordmeta.h"

#include <QList>
#include <QSqlDatabase>

namespace Csm {

class TombstoneStore
{
public:
    explicit TombstoneStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QString loadAll(QList<Tombstone> *tombstones) const;
    // Makes `tombstones` the exact set kept for the customer.
    QString replaceForCustomer(const CustomerId &customer,
                               const QList<Tombstone> &tombstones) const;
    QString insert(const Tombstone &tombstone) const;
    QString remove(const QString &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
