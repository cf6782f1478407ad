// Files that are not healthy workspaces of this version are refused and left untouched.
#include "coretestprinting.h"
#include "sqlitefile.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "sample/sampleportfolio.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoCommand>
#include <QtEndian>

using namespace Csm;
using Csm::Test::SqliteFile;

namespace {

// A real workspace with enough data to span many pages, closed again.
void writeWorkspaceWithCustomers(const QString &path)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    workspace->setAuthor(QStringLiteral("Test User"));
    workspace->undoStack()->push(makeAddSamplePortfolio(workspace.get()));
    OnboardingFile file = Test::fullOnboardingFile(workspace->newMeta());
    file.customer.notes = QString(20000, QLatin1Char('n'));
    workspace->undoStack()->push(new AddCustomer(workspace.get(), file));
    REQUIRE(workspace->customerCount() == 8);
}

struct Refusal
{
    QString error;
    OpenError kind = OpenError::None;
};

// Opens `path` as a workspace, expecting a refusal, and checks nothing was written.
Refusal expectRefusal(const QString &path)
{
    const QByteArray before = Test::readBytes(path);
    const QStringList filesBefore = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files);

    Refusal refusal;
    {
        const auto workspace = Workspace::open(path, &refusal.error, &refusal.kind);
        CHECK_FALSE(workspace);
    }
    INFO(refusal.error.toStdString());
    CHECK(refusal.error.contains(QDir::toNativeSeparators(path)));
    CHECK(Test::readBytes(path) == before);
    // No copy, journal or other file left behind.
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == filesBefore);

    // The lower level says the same.
    QString error;
    OpenError kind = OpenError::None;
    CHECK_FALSE(Database::open(path, &error, &kind));
    CHECK(kind == refusal.kind);
    CHECK(error == refusal.error);
    CHECK(Test::readBytes(path) == before);
    return refusal;
}

} // namespace

TEST_CASE("A text file is refused as not SQLite")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.csmw"));
    Test::writeBytes(path, QByteArrayLiteral("Meeting notes\nNot a database at all.\n"));

    const Refusal refusal = expectRefusal(path);
    CHECK(refusal.kind == OpenError::NotSqlite);
    CHECK(refusal.error.contains(QLatin1String("not an SQLite database")));
}

TEST_CASE("A file shorter than an SQLite header is refused as not SQLite")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("short.csmw"));
    Test::writeBytes(path, QByteArray("SQLite format 3\0", 16));
    CHECK(expectRefusal(path).kind == OpenError::NotSqlite);
}

TEST_CASE("Another application's SQLite database is refused")
{
    QTemporaryDir dir;
    SECTION("without an application id")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            SqliteFile file(path);
            file.exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
            file.exec(QStringLiteral("INSERT INTO notes VALUES (?)"), {QStringLiteral("hello")});
        }
        const Refusal refusal = expectRefusal(path);
        CHECK(refusal.kind == OpenError::ForeignApplication);
        CHECK(refusal.error.contains(QLatin1String("another application")));
    }
    SECTION("with a different application id")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            SqliteFile file(path);
            file.exec(QStringLiteral("PRAGMA application_id = 1179602516"));
            file.exec(QStringLiteral("PRAGMA user_version = 1"));
            file.exec(QStringLiteral("CREATE TABLE customers (id TEXT)"));
        }
        CHECK(expectRefusal(path).kind == OpenError::ForeignApplication);
    }
}

TEST_CASE("A workspace with damaged pages is refused as damaged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.csmw"));
    writeWorkspaceWithCustomers(path);

    QByteArray bytes = Test::readBytes(path);
    int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    REQUIRE(bytes.size() >= 4 * pageSize);
    // Garbage over page 2 onwards; the header on page 1 still says it is ours.
    QRandomGenerator random(20260302);
    for (qsizetype i = pageSize; i < bytes.size(); ++i)
        bytes[i] = char(random.bounded(256));
    Test::writeBytes(path, bytes);

    const Refusal refusal = expectRefusal(path);
    CHECK(refusal.kind == OpenError::Damaged);
    CHECK(refusal.error.contains(QLatin1String("damaged")));
}

TEST_CASE("A workspace whose rows cannot be read is refused as damaged")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("badrow.csmw"));
    writeWorkspaceWithCustomers(path);
    {
        SqliteFile file(path);
        file.exec(QStringLiteral("UPDATE customers SET phase = ? WHERE account_name = ?"),
                  {QStringLiteral("launched"), QStringLiteral("Quantum Freight")});
    }
    const QByteArray before = Test::readBytes(path);

    QString error;
    OpenError kind = OpenError::None;
    CHECK_FALSE(Workspace::open(path, &error, &kind));
    CHECK(kind == OpenError::Damaged);
    INFO(error.toStdString());
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(QLatin1String("phase")));
    CHECK(Test::readBytes(path) == before);
}

TEST_CASE("A workspace from a newer version is refused as too new")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.csmw"));
    writeWorkspaceWithCustomers(path);
    {
        SqliteFile file(path);
        file.exec(QStringLiteral("PRAGMA user_version = 99"));
    }

    const Refusal refusal = expectRefusal(path);
    CHECK(refusal.kind == OpenError::TooNew);
    CHECK(refusal.error.contains(QLatin1String("newer version")));
    CHECK(refusal.error.contains(QLatin1String("99")));
}

TEST_CASE("A folder cannot be opened as a workspace")
{
    QTemporaryDir dir;
    QString error;
    OpenError kind = OpenError::None;
    CHECK_FALSE(Workspace::open(dir.path(), &error, &kind));
    CHECK(kind == OpenError::CannotOpen);
    CHECK(error.contains(QDir::toNativeSeparators(dir.path())));
}

TEST_CASE("A healthy workspace opens with no integrity problems")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fine.csmw"));
    writeWorkspaceWithCustomers(path);
    QString error;
    OpenError kind = OpenError::Damaged;
    const auto database = Database::open(path, &error, &kind);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(kind == OpenError::None);
    CHECK(database->integrityProblems().isEmpty());
    CHECK(database->backupPath().isEmpty());
}

TEST_CASE("A workspace left with an unfinished write opens as it was before that write")
{
    // The state a crash in the middle of a change leaves: the file with some of the change
    // written and a journal holding the pages as they were.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.csmw"));
    writeWorkspaceWithCustomers(path);
    const QString crashed = dir.filePath(QStringLiteral("crashed.csmw"));
    {
        SqliteFile file(path);
        file.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        file.exec(QStringLiteral("PRAGMA cache_size = 1")); // spill changes to the file early
        file.exec(QStringLiteral("BEGIN"));
        file.exec(QStringLiteral("UPDATE customers SET notes = ?"),
                  {QString(30000, QLatin1Char('x'))});
        file.exec(QStringLiteral("DELETE FROM stakeholders"));
        REQUIRE(QFileInfo::exists(path + QStringLiteral("-journal")));
        REQUIRE(QFile::copy(path, crashed));
        REQUIRE(
            QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        file.exec(QStringLiteral("ROLLBACK"));
    }

    QString error;
    OpenError kind = OpenError::None;
    const auto workspace = Workspace::open(crashed, &error, &kind);
    INFO(error.toStdString());
    REQUIRE(workspace);
    CHECK(kind == OpenError::None);
    CHECK(workspace->customerCount() == 8);
    const std::optional<CustomerId> northwind =
        workspace->findCustomer(QStringLiteral("Northwind Logistics"));
    REQUIRE(northwind);
    CHECK(workspace->stakeholders(*northwind).size() == 7);
    CHECK_FALSE(workspace->customer(*northwind)->notes.startsWith(QLatin1String("xxx")));
    CHECK(workspace->database().integrityProblems().isEmpty());
    CHECK_FALSE(QFileInfo::exists(crashed + QStringLiteral("-journal")));
}
