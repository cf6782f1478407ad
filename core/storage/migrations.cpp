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

namespace {

// A trigger's body holds statements of its own; only the semicolon after its END closes it.
bool insideTriggerBody(const QString &statement)
{
    static const QRegularExpression trigger(
        QStringLiteral(R"(^\s*CREATE\s+((TEMP|TEMPORARY)\s+)?TRIGGER\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression end(QStringLiteral(R"(\bEND\s*$)"),
                                        QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch() && !end.match(statement).hasMatch();
}

} // namespace

QStringList splitSqlStatements(const QString &script)
{
    // A small scanner rather than line splitting, so that "--" or ";" inside a quoted string
    // and several statements on one line are handled as SQLite would.
    QStringList statements;
    QString current;
    auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };
    const qsizetype size = script.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            if (end < 0)
                break;
            i = end - 1; // the line break itself is kept
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1String("*/"), i + 2);
            if (end < 0)
                break;
            current += QLatin1Char(' ');
            i = end + 1;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
                   c == QLatin1Char('[')) {
            // Quoted text or name, copied as it is; a doubled quote stands for itself.
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            qsizetype end = i + 1;
            while (end < size) {
                if (script.at(end) == close) {
                    if (close != QLatin1Char(']') && end + 1 < size &&
                        script.at(end + 1) == close) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            current += script.mid(i, end - i + 1);
            i = end;
        } else if (c == QLatin1Char(';') && !insideTriggerBody(current)) {
            finish();
        } else {
            current += c;
        }
    }
    finish();
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
