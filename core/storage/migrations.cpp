#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Csm {

QList<Migration> migrations()
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/migrations"));
    static const QRegularExpression namePattern(QStringLiteral(R"(^(\d{4})_(.+)\.sql$)"));
    for (const QString &fileName : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = namePattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        result.append({match.captured(1).toInt(), match.captured(2),
                       splitSqlStatements(QString::fromUtf8(file.readAll()))});
    }
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

QStringList splitSqlStatements(const QString &script)
{
    QStringList statements;
    QString current;
    for (QString line : script.split(QLatin1Char('\n'))) {
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            const QString statement = current.trimmed().chopped(1).trimmed();
            if (!statement.isEmpty())
                statements.append(statement);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString migrate(QSqlDatabase &db, int targetVersion)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA user_version"));
    const int current = query.next() ? query.value(0).toInt() : 0;

    for (const Migration &migration : migrations()) {
        if (migration.version <= current || migration.version > targetVersion)
            continue;
        if (!db.transaction())
            return db.lastError().text();
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return QCoreApplication::translate("Csm::Database", "migration %1 (%2): %3")
                    .arg(migration.version)
                    .arg(migration.name, reason);
            }
        }
        // PRAGMA cannot take bound values; the version is an integer from our own resources.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            const QString reason = query.lastError().text();
            db.rollback();
            return reason;
        }
        if (!db.commit()) {
            const QString reason = db.lastError().text();
            db.rollback();
            return reason;
        }
    }
    return {};
}

} // namespace Csm
