#include "playbookstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

QString PlaybookStore::loadAll(QList<SavedPlaybook> *playbooks, QStringList *unreadable) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, definition, created_at, created_by, "
                                   "modified_at, modified_by FROM playbooks ORDER BY name, id")))
        return query.lastError().text();
    while (query.next()) {
        QString error;
        std::optional<Playbook> playbook =
            playbookFromJson(query.value(2).toString().toUtf8(), &error);
        if (!playbook) {
            if (unreadable)
                unreadable->append(QStringLiteral("%1: %2").arg(query.value(1).toString(), error));
            continue;
        }
        playbook->id = query.value(0).toString();
        playbook->builtIn = false;
        SavedPlaybook saved;
        saved.playbook = *playbook;
        saved.meta = {timestampFromString(query.value(3).toString()), query.value(4).toString(),
                      timestampFromString(query.value(5).toString()), query.value(6).toString()};
        playbooks->append(saved);
    }
    return {};
}

QString PlaybookStore::save(const SavedPlaybook &saved) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO playbooks (id, name, definition, "
                                 "created_at, created_by, modified_at, modified_by) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(saved.playbook.id);
    query.addBindValue(saved.playbook.name);
    query.addBindValue(QString::fromUtf8(playbookToJson(saved.playbook)));
    query.addBindValue(timestampToString(saved.meta.createdAt));
    query.addBindValue(saved.meta.createdBy);
    query.addBindValue(timestampToString(saved.meta.modifiedAt));
    query.addBindValue(saved.meta.modifiedBy);
    return query.exec() ? QString() : query.lastError().text();
}

QString PlaybookStore::remove(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM playbooks WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace Csm
