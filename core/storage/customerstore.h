// Reads and writes the customers table.
#pragma once

#include "domain/customer.h"

#include <QList>
#include <QSqlDatabase>

namespace Csm {

class CustomerStore
{
public:
    explicit CustomerStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Each function returns an empty string on success, else what went wrong.
    QString loadAll(QList<Customer> *customers) const;
    QString insert(const Customer &customer) const;
    QString update(const Customer &customer) const;
    QString remove(const CustomerId &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
