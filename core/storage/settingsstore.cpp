#include "settingsstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

QString SettingsStore::loadAll(QHash<QString, QString> *values) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT key, value FROM workspace_settings")))
        return query.lastError().text();
    while (query.next())
        values->insert(query.value(0).toString(), query.value(1).toString());
    return {};
}

QString SettingsStore::set(const QString &key, const QString &value) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO workspace_settings (key, value) "
                                 "VALUES (?, ?)"));
    query.addBindValue(key);
    // An empty setting is stored as empty text, never as NULL.
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace Csm
