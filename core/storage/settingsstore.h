// Reads and writes the workspace's own settings (thresholds that travel with the data).
#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace Csm {

class SettingsStore
{
public:
    explicit SettingsStore(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QString loadAll(QHash<QString, QString> *values) const;
    QString set(const QString &key, const QString &value) const;

private:
    QSqlDatabase m_db;
};

} // namespace Csm
