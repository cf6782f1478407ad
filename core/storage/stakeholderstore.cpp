#include "stakeholderstore.h"

#include "recordsql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

namespace {

QStringList columns()
{
    return RecordSql::fieldColumns(stakeholderFields()) + RecordSql::metaColumns();
}

} // namespace

QString StakeholderStore::loadAll(QList<Stakeholder> *stakeholders) const
{
    const int metaColumn = 2 + int(stakeholderFields().size());
    return RecordSql::forEachRow(
        m_db,
        RecordSql::select(QStringLiteral("stakeholders"),
                          QStringList{QStringLiteral("id"), QStringLiteral("customer_id")} +
                              columns()),
        [&](const auto &row) -> QString {
            Stakeholder stakeholder;
            stakeholder.id = StakeholderId::fromString(row.text(0));
            stakeholder.customerId = CustomerId::fromString(row.text(1));
            const QString problem = RecordSql::readFields(row, 2, stakeholder, stakeholderFields());
            if (stakeholder.id.isNull() || stakeholder.customerId.isNull() || !problem.isEmpty())
                return QCoreApplication::translate("Csm::Database", "stakeholder %1: %2")
                    .arg(row.text(0), problem.isEmpty() ? QStringLiteral("bad id") : problem);
            stakeholder.meta = RecordSql::readMeta(row, metaColumn);
            stakeholders->append(stakeholder);
            return {};
        });
}

QString StakeholderStore::insert(const Stakeholder &stakeholder) const
{
    QSqlQuery query(m_db);
    query.prepare(RecordSql::insert(
        QStringLiteral("stakeholders"),
        QStringList{QStringLiteral("id"), QStringLiteral("customer_id")} + columns()));
    query.addBindValue(stakeholder.id.toString());
    query.addBindValue(stakeholder.customerId.toString());
    RecordSql::bindFields(query, stakeholder, stakeholderFields());
    RecordSql::bindMeta(query, stakeholder.meta);
    return query.exec() ? QString() : query.lastError().text();
}

QString StakeholderStore::update(const Stakeholder &stakeholder) const
{
    QSqlQuery query(m_db);
    query.prepare(RecordSql::updateById(QStringLiteral("stakeholders"), columns()));
    RecordSql::bindFields(query, stakeholder, stakeholderFields());
    RecordSql::bindMeta(query, stakeholder.meta);
    query.addBindValue(stakeholder.id.toString());
    if (!query.exec())
        return query.lastError().text();
    return query.numRowsAffected() == 1 ? QString() : QStringLiteral("no such stakeholder");
}

QString StakeholderStore::remove(const StakeholderId &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM stakeholders WHERE id = ?"));
    query.addBindValue(id.toString());
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace Csm
