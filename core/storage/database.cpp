#include "database.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <future>

namespace Csm {

namespace {

const char *const usageEventTable = "usage_events";

struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Database)
};

struct Header
{
    bool isSqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// Reads the 100-byte SQLite header directly, so foreign and newer files are recognised
// without SQLite ever opening them.
bool readHeader(const QString &path, Header *header, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray bytes = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    header->isSqlite = bytes.size() == 100 && bytes.startsWith(magic);
    if (header->isSqlite) {
        header->userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
        header->applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    }
    return true;
}

QString uniqueConnectionName()
{
    return QStringLiteral("csm-workspace-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString describe(const QString &path, const QString &reason)
{
    return DatabaseText::tr("Cannot open \"%1\": %2").arg(QDir::toNativeSeparators(path), reason);
}

// A journal next to the file means a write was interrupted (a crash, a full disk). SQLite
// rolls it back on the next read, which restores the last committed state; a read-only
// connection cannot do that and reports the file as unreadable instead.
bool hasInterruptedWrite(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-journal")).size() > 0 ||
           QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

// Runs SQLite's quick check, table by table, on everything the workspace loads and edits:
// every table but the raw usage event log, the bulk of a file with usage data, which nothing
// reads when a workspace opens and which the importer checks before it writes to it. Empty on
// success. Read-only unless an interrupted write has to be rolled back first.
QString quickCheck(const QString &path, bool readOnly)
{
    const QString name = uniqueConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            QStringList tables;
            if (!query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "ORDER BY name"))) {
                problem = query.lastError().text();
            } else {
                while (query.next())
                    tables.append(query.value(0).toString());
            }
            for (const QString &table : std::as_const(tables)) {
                if (!problem.isEmpty())
                    break;
                if (table == QLatin1String(usageEventTable))
                    continue;
                // A table name cannot be bound; it is quoted as an identifier instead.
                QString quoted = table;
                quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                if (!query.exec(QStringLiteral("PRAGMA quick_check(\"%1\")").arg(quoted)))
                    problem = query.lastError().text();
                else if (query.next() && query.value(0).toString() != QLatin1String("ok"))
                    problem = query.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem.isEmpty()
               ? QString()
               : (problem.trimmed().isEmpty() ? DatabaseText::tr("unknown error") : problem);
}

QString backupPathFor(const QString &path, quint32 version)
{
    QString candidate = path + QStringLiteral(".schema%1.bak").arg(version);
    if (QFileInfo::exists(candidate))
        candidate =
            path +
            QStringLiteral(".schema%1-%2.bak")
                .arg(version)
                .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    return candidate;
}

} // namespace

// The quick check on its own thread; std::async's future waits for it when destroyed, so a
// Database never outlives a check that still reads its file.
struct Database::PendingCheck
{
    std::future<QString> problem;
};

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

QString Database::waitForCheck()
{
    if (!m_check)
        return {};
    const QString problem = m_check->problem.get();
    m_check.reset();
    return problem.isEmpty()
               ? QString()
               : describe(m_path, DatabaseText::tr("the file is damaged (%1)").arg(problem));
}

Database::~Database()
{
    m_check.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

std::unique_ptr<Database> Database::open(const QString &path, QString *error, OpenError *kind,
                                         CheckTiming timing)
{
    auto fail = [&](OpenError what, const QString &reason) -> std::unique_ptr<Database> {
        if (error)
            *error = describe(path, reason);
        if (kind)
            *kind = what;
        return nullptr;
    };
    if (kind)
        *kind = OpenError::None;

    const int latest = latestSchemaVersion();
    std::unique_ptr<PendingCheck> pending;
    const QFileInfo info(path);
    const bool isNew = !info.exists() || (info.isFile() && info.size() == 0);
    QString backup;

    if (info.exists() && !info.isFile())
        return fail(OpenError::CannotOpen,
                    DatabaseText::tr("it is a folder, not a workspace file"));

    if (isNew) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(OpenError::CannotOpen, DatabaseText::tr("its folder cannot be created"));
    } else {
        Header header;
        QString reason;
        if (!readHeader(path, &header, &reason))
            return fail(OpenError::CannotOpen, reason);
        if (!header.isSqlite)
            return fail(
                OpenError::NotSqlite,
                DatabaseText::tr("it is not a CSM Workspace file (not an SQLite database)"));
        if (header.applicationId != ApplicationId)
            return fail(
                OpenError::ForeignApplication,
                DatabaseText::tr("it is another application's database, not a CSM Workspace file"));
        const bool interrupted = hasInterruptedWrite(path);
        if (interrupted) {
            // Recover first, so that the version read below is the committed one.
            const QString problem = quickCheck(path, false);
            if (!problem.isEmpty())
                return fail(OpenError::Damaged,
                            DatabaseText::tr("the file is damaged (%1)").arg(problem));
            if (!readHeader(path, &header, &reason))
                return fail(OpenError::CannotOpen, reason);
        }
        if (int(header.userVersion) > latest)
            return fail(OpenError::TooNew,
                        DatabaseText::tr(
                            "it was written by a newer version of CSM Workspace (schema %1; this "
                            "version reads up to schema %2). Please update the application.")
                            .arg(header.userVersion)
                            .arg(latest));
        // An upgrade writes, so the file is checked before it; a current file can be checked
        // while the caller reads it.
        const bool concurrent =
            !interrupted && timing == CheckTiming::Concurrent && int(header.userVersion) == latest;
        if (concurrent) {
            pending = std::make_unique<PendingCheck>();
            pending->problem = std::async(std::launch::async, quickCheck, path, true);
        }
        const QString problem = interrupted || concurrent ? QString() : quickCheck(path, true);
        if (!problem.isEmpty())
            return fail(OpenError::Damaged,
                        DatabaseText::tr("the file is damaged (%1)").arg(problem));
        if (int(header.userVersion) < latest) {
            backup = backupPathFor(path, header.userVersion);
            if (!QFile::copy(path, backup))
                return fail(
                    OpenError::UpgradeFailed,
                    DatabaseText::tr("a copy could not be kept before upgrading it to schema %1")
                        .arg(latest));
        }
    }

    std::unique_ptr<Database> database(new Database(path, uniqueConnectionName()));
    database->m_backupPath = backup;
    database->m_check = std::move(pending);
    QString openError;
    QString migrationError;
    {
        // Our handles on the connection end with this block, so that closing it below
        // really closes the file (before a new one that failed is removed, for one).
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(path);
        if (!db.open()) {
            openError = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
            if (isNew) {
                // PRAGMA cannot take bound values; the id is our own constant.
                query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            }
            migrationError = migrate(db, latest);
        }
    }
    if (!openError.isEmpty()) {
        database.reset();
        return fail(OpenError::CannotOpen, openError);
    }
    if (!migrationError.isEmpty()) {
        database.reset();
        if (isNew)
            QFile::remove(path);
        if (backup.isEmpty())
            return fail(OpenError::UpgradeFailed,
                        DatabaseText::tr("creating it failed (%1)").arg(migrationError));
        return fail(OpenError::UpgradeFailed,
                    DatabaseText::tr(
                        "upgrading it failed (%1); the file as it was before is kept at \"%2\"")
                        .arg(migrationError, QDir::toNativeSeparators(backup)));
    }
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    query.exec(QStringLiteral("PRAGMA user_version"));
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList Database::integrityProblems() const
{
    QStringList problems;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        problems.append(query.lastError().text());
        return problems;
    }
    while (query.next())
        problems.append(DatabaseText::tr("row %1 of table %2 refers to a missing record in %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    return problems;
}

} // namespace Csm
