// Reads and writes the stakeholders table.
#pragma once

#include "domain/stakeholder.h"

#include <QList>
#include <QSqlDatabase>

namespace Csm {

class StakeholderStore
{
public:
    explicit StakeholderStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Each function returns an empty string on success, else what went wrong.
    QString loadAll(QList<Stakeholder> *stakeholders) const;
    QString insert(const Stakeholder &stakeholder) const;
    QString update(const Stakeholder &stakeholder) const;
    QString remove(const StakeholderId &id) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
