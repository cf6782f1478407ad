#include "coretestprinting.h"
#include "sqlitefile.h"
#include "testsupport.h"

#include "storage/database.h"
#include "storage/migrations.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

using namespace Csm;
using Csm::Test::SqliteFile;

namespace {

quint32 headerField(const QByteArray &bytes, int offset)
{
    REQUIRE(bytes.size() >= 100);
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

const QString oldCustomerId = QStringLiteral("6f1c2a34-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
const QString oldStakeholderId = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");

// A workspace as the first release wrote it: only migration 1, with one customer and one
// stakeholder.
void writeSchema1Workspace(const QString &path)
{
    const QList<Migration> all = migrations();
    REQUIRE_FALSE(all.isEmpty());
    REQUIRE(all.first().version == 1);

    SqliteFile file(path);
    file.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
    for (const QString &statement : all.first().statements)
        file.exec(statement);
    file.exec(QStringLiteral("PRAGMA user_version = 1"));
    file.exec(QStringLiteral("INSERT INTO customers (id, account_name, tier, arr, phase, status, "
                             "signature_date, created_at, created_by, modified_at, modified_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {oldCustomerId, QStringLiteral("Old Timer GmbH"), QStringLiteral("high_touch"),
               qint64(75000), QStringLiteral("kickoff"), QStringLiteral("at_risk"),
               QStringLiteral("2025-11-03"), QStringLiteral("2025-11-03T08:00:00.000Z"),
               QStringLiteral("First User"), QStringLiteral("2025-11-04T10:15:00.250Z"),
               QStringLiteral("Second User")});
    file.exec(QStringLiteral("INSERT INTO stakeholders (id, customer_id, name, email, role, "
                             "created_at, created_by, modified_at, modified_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {oldStakeholderId, oldCustomerId, QStringLiteral("Olga Old"),
               QStringLiteral("olga@old.example"), QStringLiteral("champion"),
               QStringLiteral("2025-11-03T08:00:01.000Z"), QStringLiteral("First User"),
               QStringLiteral("2025-11-03T08:00:01.000Z"), QStringLiteral("First User")});
}

} // namespace

TEST_CASE("Migrations are numbered from 1 without gaps and none is empty")
{
    const QList<Migration> all = migrations();
    REQUIRE(all.size() >= 2);
    for (qsizetype i = 0; i < all.size(); ++i) {
        INFO(all.at(i).name.toStdString());
        CHECK(all.at(i).version == i + 1);
        CHECK_FALSE(all.at(i).name.isEmpty());
        CHECK_FALSE(all.at(i).statements.isEmpty());
    }
    CHECK(Database::latestSchemaVersion() == all.constLast().version);
}

TEST_CASE("A new workspace file carries our application id and the latest schema version")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.csmw"));
    {
        QString error;
        OpenError kind = OpenError::CannotOpen;
        const auto database = Database::open(path, &error, &kind);
        INFO(error.toStdString());
        REQUIRE(database);
        CHECK(kind == OpenError::None);
        CHECK(database->schemaVersion() == Database::latestSchemaVersion());
        CHECK(database->backupPath().isEmpty());
        CHECK(database->integrityProblems().isEmpty());
    }

    const QByteArray bytes = Test::readBytes(path);
    CHECK(headerField(bytes, 68) == Database::ApplicationId);
    CHECK(headerField(bytes, 60) == quint32(Database::latestSchemaVersion()));

    SqliteFile file(path);
    CHECK(file.value(QStringLiteral("PRAGMA application_id")).toLongLong() == 0x43534D57);
    CHECK(file.value(QStringLiteral("PRAGMA user_version")).toInt() ==
          Database::latestSchemaVersion());

    // No copy is kept when nothing was upgraded.
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("new.csmw")});
}

TEST_CASE("An empty file is set up as a new workspace")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.csmw"));
    Test::writeBytes(path, QByteArray());
    QString error;
    const auto workspace = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    CHECK(workspace->database().schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A schema 1 workspace is upgraded with its data intact and a copy kept")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csmw"));
    writeSchema1Workspace(path);
    const QByteArray original = Test::readBytes(path);
    REQUIRE(headerField(original, 60) == 1);

    QString backupPath;
    {
        QString error;
        OpenError kind = OpenError::CannotOpen;
        const auto workspace = Workspace::open(path, &error, &kind);
        INFO(error.toStdString());
        REQUIRE(workspace);
        CHECK(kind == OpenError::None);
        CHECK(workspace->database().schemaVersion() == Database::latestSchemaVersion());
        CHECK(workspace->database().integrityProblems().isEmpty());

        backupPath = workspace->database().backupPath();
        CHECK(backupPath == path + QStringLiteral(".schema1.bak"));

        REQUIRE(workspace->customerCount() == 1);
        const Customer *customer = workspace->customer(CustomerId::fromString(oldCustomerId));
        REQUIRE(customer);
        Customer expected;
        expected.id = CustomerId::fromString(oldCustomerId);
        expected.accountName = QStringLiteral("Old Timer GmbH");
        expected.tier = Tier::HighTouch;
        expected.arr = 75000;
        expected.phase = Phase::Kickoff;
        expected.status = Status::AtRisk;
        expected.signatureDate = QDate(2025, 11, 3);
        expected.meta = {QDateTime(QDate(2025, 11, 3), QTime(8, 0), Qt::UTC),
                         QStringLiteral("First User"),
                         QDateTime(QDate(2025, 11, 4), QTime(10, 15, 0, 250), Qt::UTC),
                         QStringLiteral("Second User")};
        CHECK(*customer == expected);

        const QList<Stakeholder> stakeholders = workspace->stakeholders(expected.id);
        REQUIRE(stakeholders.size() == 1);
        CHECK(stakeholders.first().id == StakeholderId::fromString(oldStakeholderId));
        CHECK(stakeholders.first().name == QLatin1String("Olga Old"));
        CHECK(stakeholders.first().role == StakeholderRole::Champion);
        CHECK(stakeholders.first().sentiment == Sentiment::Unknown);

        // What migration 2 added works.
        CHECK(workspace->settings().highTouchArrAbove == 50000);
    }

    REQUIRE(QFileInfo::exists(backupPath));
    CHECK(Test::readBytes(backupPath) == original);
    const QByteArray upgraded = Test::readBytes(path);
    CHECK(headerField(upgraded, 60) == quint32(Database::latestSchemaVersion()));
    CHECK(headerField(upgraded, 68) == Database::ApplicationId);

    // Opening the upgraded file again needs no further copy.
    QString error;
    const auto again = Database::open(path, &error);
    REQUIRE(again);
    CHECK(again->backupPath().isEmpty());
}

TEST_CASE("An earlier copy is not overwritten by a later upgrade")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csmw"));
    writeSchema1Workspace(path);
    const QByteArray original = Test::readBytes(path);
    const QString firstBackup = path + QStringLiteral(".schema1.bak");
    Test::writeBytes(firstBackup, QByteArrayLiteral("an older copy"));

    QString error;
    const auto database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(database->backupPath() != firstBackup);
    CHECK(Test::readBytes(firstBackup) == QByteArrayLiteral("an older copy"));
    CHECK(Test::readBytes(database->backupPath()) == original);
}

TEST_CASE("A failed upgrade leaves the file as it was and says where the copy is")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.csmw"));
    writeSchema1Workspace(path);
    {
        // Migration 2 creates this table; finding it already there makes the upgrade fail.
        SqliteFile file(path);
        file.exec(QStringLiteral("CREATE TABLE workspace_settings (key TEXT)"));
    }
    const QByteArray original = Test::readBytes(path);

    QString error;
    OpenError kind = OpenError::None;
    Test::WarningLog warnings;
    const auto workspace = Workspace::open(path, &error, &kind);
    CHECK_FALSE(workspace);
    // The connection was closed cleanly, not torn down while still in use.
    CHECK(warnings.messages.isEmpty());
    CHECK(kind == OpenError::UpgradeFailed);
    CHECK(error.contains(QDir::toNativeSeparators(path)));
    CHECK(error.contains(QDir::toNativeSeparators(path + QStringLiteral(".schema1.bak"))));
    CHECK(Test::readBytes(path) == original);
}

TEST_CASE("splitSqlStatements drops comments and blank statements")
{
    const QString script =
        QStringLiteral("-- A leading comment; with a semicolon\n"
                       "CREATE TABLE a (\n"
                       "    x TEXT NOT NULL DEFAULT '', -- trailing comment\n"
                       "    y INTEGER\n"
                       ");\n"
                       "\n"
                       "   ;\n"
                       "/* a block comment;\n"
                       "   over two lines */\n"
                       "CREATE INDEX a_by_x ON a (x); CREATE INDEX a_by_y ON a (y);\n"
                       "INSERT INTO a (x) VALUES ('--not a comment; and no end');\n"
                       "INSERT INTO a (x) VALUES ('it''s'); -- done\n"
                       "-- a closing comment\n");

    const QStringList statements = splitSqlStatements(script);
    REQUIRE(statements.size() == 5);
    CHECK(statements.at(0).startsWith(QLatin1String("CREATE TABLE a (")));
    CHECK(statements.at(0).endsWith(QLatin1Char(')')));
    CHECK_FALSE(statements.at(0).contains(QLatin1String("trailing comment")));
    CHECK(statements.at(0).contains(QLatin1String("y INTEGER")));
    CHECK(statements.at(1) == QLatin1String("CREATE INDEX a_by_x ON a (x)"));
    CHECK(statements.at(2) == QLatin1String("CREATE INDEX a_by_y ON a (y)"));
    CHECK(statements.at(3) ==
          QLatin1String("INSERT INTO a (x) VALUES ('--not a comment; and no end')"));
    CHECK(statements.at(4) == QLatin1String("INSERT INTO a (x) VALUES ('it''s')"));

    // Every statement runs on its own.
    QTemporaryDir dir;
    SqliteFile file(dir.filePath(QStringLiteral("split.db")));
    for (const QString &statement : statements)
        file.exec(statement);
    CHECK(file.value(QStringLiteral("SELECT group_concat(x, '|') FROM a")).toString() ==
          QLatin1String("--not a comment; and no end|it's"));
}

TEST_CASE("splitSqlStatements keeps a trigger body in one statement")
{
    const QStringList statements =
        splitSqlStatements(QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                                          "    UPDATE a SET y = 1;\n"
                                          "    UPDATE a SET y = 2;\n"
                                          "END;\n"
                                          "SELECT 1;"));
    REQUIRE(statements.size() == 2);
    CHECK(statements.at(0).endsWith(QLatin1String("END")));
    CHECK(statements.at(1) == QLatin1String("SELECT 1"));
}

TEST_CASE("splitSqlStatements keeps a last statement without a semicolon")
{
    CHECK(splitSqlStatements(QStringLiteral("SELECT 1;\nSELECT 2 -- no end")) ==
          QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")});
    CHECK(splitSqlStatements(QStringLiteral("-- only a comment\n\n")).isEmpty());
}
