// Runs the built csmw's export and import as two colleagues would: a customer shared, edited on
// both sides and taken back, conflicts listed and resolved, passphrases, and the tool killed
// in the middle of writing a shared file or of taking one back.
#include "clisandbox.h"
#include "testsupport.h"
#include "usagecsvgenerator.h"

#include "commands/changecustomerfield.h"
#include "sharing/sharefile.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

using namespace Csm;
using Catch::Matchers::Contains;
using Test::args;
using Result = Test::CliResult;

namespace {

const char *const Account = "Northwind Traders";

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

// Changes one customer field in the workspace file, as the application would.
void changeField(const QString &workspacePath, CustomerField field, const QString &value,
                 const QString &author)
{
    QString error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &error);
    INFO(error.toStdString());
    REQUIRE(workspace);
    workspace->setAuthor(author);
    const std::optional<CustomerId> id = workspace->findCustomer(text(Account));
    REQUIRE(id);
    workspace->undoStack()->push(new ChangeCustomerField(workspace.get(), *id, field, value));
    REQUIRE(customerValue(*workspace->customer(*id), field).toString() == value);
}

QString fieldOf(const QString &workspacePath, CustomerField field)
{
    QString error;
    const std::unique_ptr<Workspace> workspace = Workspace::open(workspacePath, &error);
    REQUIRE(workspace);
    const std::optional<CustomerId> id = workspace->findCustomer(text(Account));
    REQUIRE(id);
    return customerValue(*workspace->customer(*id), field).toString();
}

QVariant sqlValue(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(statement));
        if (query.next())
            value = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Two colleagues: Ann's workspace with Northwind Traders, Bob's empty one.
struct Colleagues
{
    Test::CliSandbox sandbox;
    QString ann = sandbox.path(QStringLiteral("ann.csmw"));
    QString bob = sandbox.path(QStringLiteral("bob.csmw"));

    Colleagues()
    {
        const Result added = sandbox.csmw(
            {QStringLiteral("import-json"), Test::cliDataFile("northwind-traders.json")}, ann);
        INFO(added.err);
        REQUIRE(added.exitCode == 0);
    }

    Result exportFrom(const QString &workspace, const QString &file,
                      const QStringList &options = {}) const
    {
        return sandbox.csmw(QStringList{QStringLiteral("export"), text(Account),
                                        QStringLiteral("-o"), sandbox.path(file)} +
                                options,
                            workspace);
    }

    Result importInto(const QString &workspace, const QString &file,
                      const QStringList &options = {}) const
    {
        return sandbox.csmw(QStringList{QStringLiteral("import"), sandbox.path(file)} + options,
                            workspace);
    }
};

} // namespace

TEST_CASE("csmw export and import pass a customer back and forth, merging both sides' edits")
{
    Colleagues c;
    Result r = c.exportFrom(c.ann, QStringLiteral("northwind.onboarding"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Contains("Shared \"Northwind Traders\""));
    r = c.importInto(c.bob, QStringLiteral("northwind.onboarding"));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Contains("A new customer"));

    changeField(c.bob, CustomerField::StatusReason, QStringLiteral("Bob's reason"),
                QStringLiteral("Bob"));
    changeField(c.ann, CustomerField::Notes, QStringLiteral("Ann's notes"), QStringLiteral("Ann"));
    REQUIRE(c.exportFrom(c.bob, QStringLiteral("back.onboarding")).exitCode == 0);
    r = c.importInto(c.ann, QStringLiteral("back.onboarding"));
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Contains("0 added, 1 changed, 0 deleted; conflicts: 0."));
    CHECK_THAT(r.out, Contains("Took back"));
    CHECK(fieldOf(c.ann, CustomerField::StatusReason) == QLatin1String("Bob's reason"));
    CHECK(fieldOf(c.ann, CustomerField::Notes) == QLatin1String("Ann's notes"));

    // Both change the same field: the import lists the conflict and changes nothing.
    changeField(c.ann, CustomerField::Products, QStringLiteral("Ann's products"),
                QStringLiteral("Ann"));
    changeField(c.bob, CustomerField::Products, QStringLiteral("Bob's products"),
                QStringLiteral("Bob"));
    REQUIRE(c.exportFrom(c.bob, QStringLiteral("third.onboarding")).exitCode == 0);
    const QByteArray before = Test::readBytes(c.ann);
    r = c.importInto(c.ann, QStringLiteral("third.onboarding"));
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Contains("conflict: Customer \"Northwind Traders\" [customer.products]: "
                               "here \"Ann's products\" (Ann, "));
    CHECK_THAT(r.out, Contains("there \"Bob's products\" (Bob, "));
    CHECK_THAT(r.err, Contains("conflicts: 1; nothing was changed"));
    CHECK(Test::readBytes(c.ann) == before);
    // A dry run shows the same and changes nothing either.
    r = c.importInto(c.ann, QStringLiteral("third.onboarding"), {QStringLiteral("--dry-run")});
    CHECK(r.exitCode == 0);
    CHECK(Test::readBytes(c.ann) == before);
    // --theirs takes Bob's value, --ours would keep Ann's.
    CHECK(c.importInto(c.ann, QStringLiteral("third.onboarding"),
                       {QStringLiteral("--theirs"), QStringLiteral("--ours")})
              .exitCode == 2);
    r = c.importInto(c.ann, QStringLiteral("third.onboarding"), {QStringLiteral("--theirs")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(fieldOf(c.ann, CustomerField::Products) == QLatin1String("Bob's products"));
    CHECK(c.sandbox.csmw(args({"check"}), c.ann).exitCode == 0);
}

TEST_CASE("csmw import of a protected file needs its passphrase")
{
    Colleagues c;
    const QString passphraseFile = c.sandbox.path(QStringLiteral("passphrase.txt"));
    Test::writeBytes(passphraseFile, "blue whale in the sky\n");
    const QString wrongFile = c.sandbox.path(QStringLiteral("wrong.txt"));
    Test::writeBytes(wrongFile, "red fox\n");
    REQUIRE(c.exportFrom(c.ann, QStringLiteral("p.onboarding"),
                         {QStringLiteral("--passphrase-file"), passphraseFile})
                .exitCode == 0);
    CHECK(Test::readBytes(c.sandbox.path(QStringLiteral("p.onboarding"))).startsWith("CSMWENC1"));

    Result r = c.importInto(c.bob, QStringLiteral("p.onboarding"));
    CHECK(r.exitCode == 1);
    CHECK(r.isOneLineReason());
    CHECK_THAT(r.err, Contains("protected by a passphrase") && Contains("--passphrase-file"));
    r = c.importInto(c.bob, QStringLiteral("p.onboarding"),
                     {QStringLiteral("--passphrase-file"), wrongFile});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Contains("p.onboarding") && Contains("passphrase does not open it"));
    // Refused files never create the workspace.
    CHECK_FALSE(QFile::exists(c.bob));
    r = c.importInto(c.bob, QStringLiteral("p.onboarding"),
                     {QStringLiteral("--passphrase-file"), passphraseFile});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(fieldOf(c.bob, CustomerField::AccountName) == text(Account));
}

TEST_CASE("csmw killed while writing a shared file or taking one back leaves every file intact")
{
    Colleagues c;
    // Enough usage data that writing and merging take a while.
    const QString usage = c.sandbox.path(QStringLiteral("usage.csv"));
    REQUIRE(Test::UsageCsvGenerator(5).write(usage, 200000, 0));
    REQUIRE(
        c.sandbox.csmw({QStringLiteral("import-usage"), text(Account), usage}, c.ann).exitCode ==
        0);
    const QString shared = c.sandbox.path(QStringLiteral("shared.onboarding"));
    Test::writeBytes(shared, "an older shared file");
    const QByteArray older = Test::readBytes(shared);

    QElapsedTimer timer;
    timer.start();
    REQUIRE(c.exportFrom(c.ann, QStringLiteral("full.onboarding")).exitCode == 0);
    const qint64 exportMs = std::max<qint64>(timer.elapsed(), 20);
    const QByteArray annBefore = Test::readBytes(c.ann);

    int killedWhileRunning = 0;
    for (int step = 1; step <= 6; ++step) {
        QProcess process;
        c.sandbox.start(&process, {QStringLiteral("--workspace"), c.ann, QStringLiteral("export"),
                                   text(Account), QStringLiteral("-o"), shared});
        QThread::msleep(quint64(exportMs * step / 7));
        if (process.state() == QProcess::Running)
            ++killedWhileRunning;
        process.kill(); // SIGKILL
        REQUIRE(process.waitForFinished(10000));
        // The shared file is the older one or a complete new one, never half of one.
        const QByteArray now = Test::readBytes(shared);
        if (now != older) {
            QString error;
            CHECK(SharedFile::open(shared, {}, &error));
            INFO(error.toStdString());
            Test::writeBytes(shared, older);
        }
        CHECK(sqlValue(c.ann, QStringLiteral("PRAGMA integrity_check")).toString() ==
              QLatin1String("ok"));
    }
    INFO("killed while running: " << killedWhileRunning);
    CHECK(killedWhileRunning >= 3);

    // Bob has the customer with less usage data; taking Ann's file back replaces it.
    REQUIRE(c.exportFrom(c.ann, QStringLiteral("rollups.onboarding"),
                         {QStringLiteral("--rollups-only")})
                .exitCode == 0);
    REQUIRE(c.importInto(c.bob, QStringLiteral("rollups.onboarding")).exitCode == 0);
    const qint64 bobEvents =
        sqlValue(c.bob, QStringLiteral("SELECT count(*) FROM usage_events")).toLongLong();
    CHECK(bobEvents == 0);
    changeField(c.ann, CustomerField::Notes, QStringLiteral("Ann's notes"), QStringLiteral("Ann"));
    REQUIRE(c.exportFrom(c.ann, QStringLiteral("full.onboarding")).exitCode == 0);
    const QByteArray bobBefore = Test::readBytes(c.bob);
    const QString bobNotes = fieldOf(c.bob, CustomerField::Notes);
    REQUIRE(bobNotes != QLatin1String("Ann's notes"));
    timer.restart();
    {
        const QString copy = c.sandbox.path(QStringLiteral("bob-copy.csmw"));
        QFile::remove(copy);
        REQUIRE(QFile::copy(c.bob, copy));
        REQUIRE(c.importInto(copy, QStringLiteral("full.onboarding")).exitCode == 0);
    }
    const qint64 importMs = std::max<qint64>(timer.elapsed(), 20);
    const qint64 annEvents =
        sqlValue(c.ann, QStringLiteral("SELECT count(*) FROM usage_events")).toLongLong();
    REQUIRE(annEvents > 100000);

    killedWhileRunning = 0;
    for (int step = 1; step <= 6; ++step) {
        QProcess process;
        c.sandbox.start(&process, {QStringLiteral("--workspace"), c.bob, QStringLiteral("import"),
                                   c.sandbox.path(QStringLiteral("full.onboarding"))});
        QThread::msleep(quint64(importMs * step / 7));
        if (process.state() == QProcess::Running)
            ++killedWhileRunning;
        process.kill();
        REQUIRE(process.waitForFinished(10000));
        // Bob's workspace opens, checks out, and has all of a step or none of it.
        {
            QString error;
            const std::unique_ptr<Workspace> workspace = Workspace::open(c.bob, &error);
            INFO(error.toStdString());
            REQUIRE(workspace);
        }
        CHECK(sqlValue(c.bob, QStringLiteral("PRAGMA integrity_check")).toString() ==
              QLatin1String("ok"));
        const qint64 events =
            sqlValue(c.bob, QStringLiteral("SELECT count(*) FROM usage_events")).toLongLong();
        CHECK((events == bobEvents || events == annEvents));
        const QString notes = fieldOf(c.bob, CustomerField::Notes);
        CHECK((notes == bobNotes || notes == QLatin1String("Ann's notes")));
        // Back to the state before, for the next try.
        Test::writeBytes(c.bob, bobBefore);
        QFile::remove(c.bob + QStringLiteral("-journal"));
    }
    INFO("killed while running: " << killedWhileRunning);
    CHECK(killedWhileRunning >= 3);
    CHECK(Test::readBytes(c.ann) != annBefore); // Ann's notes changed; her file stayed whole
    CHECK(sqlValue(c.ann, QStringLiteral("PRAGMA integrity_check")).toString() ==
          QLatin1String("ok"));
}
