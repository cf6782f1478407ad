// Opens a workspace file: recognises our files, refuses foreign, damaged or newer ones
// without touching them, and upgrades older ones after keeping a copy.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace Csm {

enum class OpenError {
    None,
    CannotOpen,         // missing folder, no permission, locked
    NotSqlite,          // some other kind of file
    ForeignApplication, // an SQLite database, but not one of ours
    Damaged,            // ours, but its pages do not check out
    TooNew,             // written by a newer version of the application
    UpgradeFailed,      // a migration failed; the file was left as it was
};

// When Database::open runs SQLite's quick check of a file that needs no upgrade: before it
// returns, or on a thread of its own while the caller reads the file (it must then call
// waitForCheck() before anything writes, and refuse the file if a problem comes back).
enum class CheckTiming { BeforeReturning, Concurrent };

class Database
{
public:
    // "CSMW" in ASCII, written to PRAGMA application_id of every workspace file.
    static constexpr quint32 ApplicationId = 0x43534D57;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file at `path`. On failure returns null and fills `error` with a
    // sentence that names the file and the reason, and `kind` with the reason's category.
    static std::unique_ptr<Database> open(const QString &path, QString *error,
                                          OpenError *kind = nullptr,
                                          CheckTiming timing = CheckTiming::BeforeReturning);

    // With CheckTiming::Concurrent: waits for the quick check and returns its problem, or an
    // empty string when the file checked out (also when the check ran before open returned).
    QString waitForCheck();

    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The path of the copy kept before the last upgrade, empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    // SQLite's full integrity check; an empty list means the file is sound.
    QStringList integrityProblems() const;

private:
    explicit Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    struct PendingCheck;
    std::unique_ptr<PendingCheck> m_check; // a quick check still running, if any
};

} // namespace Csm
