// The numbered schema migrations kept in resources, and the code that applies them.
#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Csm {

struct Migration
{
    int version = 0; // the schema version the file leads to
    QString name;
    QStringList statements;
};

// All migrations in version order, read from the application's resources.
QList<Migration> migrations();

// Splits a migration script into statements; comments and blank statements are dropped.
QStringList splitSqlStatements(const QString &script);

// Applies every migration above the file's version up to `targetVersion`, each in its own
// transaction together with the new user_version. Returns an empty string on success.
QString migrate(QSqlDatabase &db, int targetVersion);

} // namespace Csm
