// Runs the built csmw as a user would, against temporary workspaces, and checks its exit
// codes, its output and what it leaves on disk.
#include "clisandbox.h"
#include "interchange/onboardingfilejson.h"
#include "storage/migrations.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <string>

using namespace Csm;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

using Result = Test::CliResult;
using Sandbox = Test::CliSandbox;
using Test::args;

QString dataFile(const char *name)
{
    return Test::cliDataFile(name);
}

QJsonArray listJson(const Sandbox &sandbox, const QString &workspace = {})
{
    const Result result = sandbox.csmw(args({"list", "--json"}), workspace);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.outBytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}

// Every file below `folder`, so a test can tell that nothing was created.
QStringList filesBelow(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

// Runs SQL on a file directly, as another program would.
void execSql(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray replaced(QByteArray bytes, const char *before, const char *after)
{
    REQUIRE(bytes.contains(before));
    return bytes.replace(before, after);
}

} // namespace

TEST_CASE("csmw --version and --help describe the tool")
{
    Sandbox sandbox;

    const Result version = sandbox.run(args({"--version"}));
    CHECK(version.exitCode == 0);
    CHECK_THAT(version.out, Contains(CSM_VERSION));

    for (const QStringList &help : {args({"--help"}), args({"help"}), args({"-h"})}) {
        const Result result = sandbox.run(help);
        CHECK(result.exitCode == 0);
        CHECK(result.err.empty());
        for (const char *command : {"sample", "list", "export-json", "import-json", "check",
                                    "apply-playbook", "status-update", "ics"})
            CHECK_THAT(result.out, Contains(command));
        CHECK_THAT(result.out, Contains("--workspace PATH"));
    }

    for (const QStringList &help :
         {args({"help", "export-json"}), args({"export-json", "--help"})}) {
        const Result result = sandbox.run(help);
        CHECK(result.exitCode == 0);
        CHECK_THAT(result.out, StartsWith("Usage: csmw [--workspace PATH] export-json CUSTOMER"));
        CHECK_THAT(result.out, Contains("--output FILE"));
    }
    CHECK(filesBelow(sandbox.root()).isEmpty());
}

TEST_CASE("csmw exits with 2 and a usage hint for bad usage")
{
    Sandbox sandbox;
    const QString json = dataFile("northwind-traders.json");
    const QList<QStringList> badUsage{
        {},
        args({"frobnicate"}),
        args({"--bogus", "list"}),
        args({"help", "frobnicate"}),
        args({"sample", "extra"}),
        args({"list", "--bogus"}),
        args({"list", "extra"}),
        args({"export-json"}),
        args({"export-json", "a", "b"}),
        args({"export-json", "Northwind Traders", "-o"}),
        args({"import-json"}),
        QStringList{QStringLiteral("import-json"), json, json},
        args({"import-json", "--json", "file.json"}),
        args({"check", "--json"}),
        args({"check", "extra"}),
        args({"apply-playbook"}),
        args({"apply-playbook", "Northwind Traders", "--playbook"}),
        args({"apply-playbook", "Northwind Traders", "--bogus"}),
        args({"status-update"}),
        args({"status-update", "Northwind Traders", "--language", "it"}),
        args({"status-update", "Northwind Traders", "--as-of", "20.03.2026"}),
        args({"ics"}),
        args({"ics", "Northwind Traders", "-o"}),
    };
    for (const QStringList &arguments : badUsage) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const Result result = sandbox.csmw(arguments);
        CHECK(result.exitCode == 2);
        CHECK(result.out.empty());
        CHECK_THAT(result.err, StartsWith("csmw: "));
        CHECK_THAT(result.err, Contains("Usage: csmw"));
    }

    const Result missingPath = sandbox.run(args({"list", "--workspace"}));
    CHECK(missingPath.exitCode == 2);
    const Result emptyPath = sandbox.run(args({"--workspace", "", "list"}));
    CHECK(emptyPath.exitCode == 2);
    CHECK_THAT(emptyPath.err, Contains("--workspace needs a path"));

    // Nothing was created, not even for commands that would create a workspace.
    CHECK(filesBelow(sandbox.root()).isEmpty());
}

TEST_CASE("csmw sample adds the sample portfolio once")
{
    Sandbox sandbox;

    const Result first = sandbox.csmw(args({"sample"}));
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    CHECK_THAT(first.out, Contains("Sample customers added"));
    CHECK(QFileInfo::exists(sandbox.workspace()));

    const QJsonArray customers = listJson(sandbox);
    CHECK(customers.size() >= 6);
    for (const QJsonValue &value : customers) {
        const QJsonObject customer = value.toObject();
        CHECK(customer.keys() == args({"account_name", "arr", "currency", "days_since_signature",
                                       "id", "phase", "signature_date", "status", "tier"}));
        CHECK(!CustomerId::fromString(customer.value(QLatin1String("id")).toString()).isNull());
        CHECK(customer.value(QLatin1String("days_since_signature")).isDouble());
    }

    const Result second = sandbox.csmw(args({"sample"}));
    CHECK(second.exitCode == 0);
    CHECK_THAT(second.out, Contains("already"));
    CHECK(listJson(sandbox).size() == customers.size());

    // The table names every customer, in the order of the JSON list.
    const Result table = sandbox.csmw(args({"list"}));
    REQUIRE(table.exitCode == 0);
    size_t position = 0;
    for (const QJsonValue &value : customers) {
        const std::string name =
            value.toObject().value(QLatin1String("account_name")).toString().toStdString();
        const size_t found = table.out.find(name, position);
        CHECK(found != std::string::npos);
        position = found;
    }
}

TEST_CASE("csmw sample records the user as author and uses the default workspace")
{
    Sandbox sandbox;
    const Result result = sandbox.run(args({"sample"}));
    INFO(result.err);
    REQUIRE(result.exitCode == 0);

    // The default workspace lives in the user's data folder.
    const QStringList files = filesBelow(sandbox.path(QStringLiteral("data")));
    const QStringList workspaces = files.filter(QStringLiteral("workspace.csmw"));
    REQUIRE(workspaces.size() == 1);
    CHECK(workspaces.first().endsWith(QStringLiteral("/workspace.csmw")));

    const Result exported = sandbox.run(args({"export-json", "Northwind Logistics"}));
    REQUIRE(exported.exitCode == 0);
    CHECK_THAT(exported.out, Contains("\"created_by\": \"Casey Tester\""));
}

TEST_CASE("csmw list says when a workspace has no customers")
{
    Test::TempWorkspace workspace;
    Sandbox sandbox;
    const Result table = sandbox.csmw(args({"list"}), workspace.path());
    CHECK(table.exitCode == 0);
    CHECK_THAT(table.out, Contains("No customers"));
    CHECK(listJson(sandbox, workspace.path()).isEmpty());
}

TEST_CASE("csmw list shows phase, status, tier and days since signature")
{
    Sandbox sandbox;
    const QString workspace = sandbox.path(QStringLiteral("traders.csmw"));
    REQUIRE(
        sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders.json")}, workspace)
            .exitCode == 0);
    const Result list = sandbox.csmw(args({"list"}), workspace);
    CHECK(list.exitCode == 0);
    CHECK_THAT(list.out, Contains("Northwind Traders"));
    CHECK_THAT(list.out, Contains("Hybrid mid-market"));

    const QJsonArray customers = listJson(sandbox, workspace);
    REQUIRE(customers.size() == 1);
    const QJsonObject customer = customers.first().toObject();
    CHECK(customer.value(QLatin1String("id")).toString() ==
          QLatin1String("3f1c2a8e-5b7d-4e21-9a0c-1d2e3f4a5b6c"));
    CHECK(customer.value(QLatin1String("phase")).toString() == QLatin1String("kickoff"));
    CHECK(customer.value(QLatin1String("status")).toString() == QLatin1String("at_risk"));
    CHECK(customer.value(QLatin1String("tier")).toString() == QLatin1String("hybrid"));
    CHECK(customer.value(QLatin1String("arr")).toInteger() == 48000);
    CHECK(customer.value(QLatin1String("currency")).toString() == QLatin1String("EUR"));
    CHECK(customer.value(QLatin1String("signature_date")).toString() ==
          QLatin1String("2026-03-02"));
    CHECK(customer.value(QLatin1String("days_since_signature")).toInteger() ==
          QDate(2026, 3, 2).daysTo(QDate::currentDate()));
}

TEST_CASE("csmw export-json finds a customer by name or by id")
{
    Sandbox sandbox;
    REQUIRE(sandbox.csmw(args({"sample"})).exitCode == 0);
    const QJsonObject northwind = [&] {
        for (const QJsonValue &value : listJson(sandbox)) {
            if (value.toObject().value(QLatin1String("account_name")).toString() ==
                QLatin1String("Northwind Logistics"))
                return value.toObject();
        }
        FAIL("Northwind Logistics is not in the sample portfolio");
        return QJsonObject();
    }();
    const QString id = northwind.value(QLatin1String("id")).toString();

    const Result byName = sandbox.csmw(args({"export-json", "Northwind Logistics"}));
    INFO(byName.err);
    REQUIRE(byName.exitCode == 0);
    const Result byId = sandbox.csmw({QStringLiteral("export-json"), id});
    REQUIRE(byId.exitCode == 0);
    CHECK(byName.outBytes == byId.outBytes);

    QString error;
    const auto file = onboardingFileFromJson(byName.outBytes, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    CHECK(file->customer.id.toString() == id);
    CHECK(file->customer.accountName == QLatin1String("Northwind Logistics"));
    CHECK(!file->stakeholders.isEmpty());

    SECTION("to a file")
    {
        const QString target = sandbox.path(QStringLiteral("northwind.json"));
        Test::writeBytes(target, "old content");
        const Result written =
            sandbox.csmw({QStringLiteral("export-json"), id, QStringLiteral("-o"), target});
        CHECK(written.exitCode == 0);
        CHECK(Test::readBytes(target) == byName.outBytes);
        // Only the file itself: no temporary file left behind.
        CHECK(filesBelow(sandbox.root()).filter(QStringLiteral("northwind")).size() == 1);

        const Result unwritable =
            sandbox.csmw({QStringLiteral("export-json"), id, QStringLiteral("--output"),
                          sandbox.path(QStringLiteral("no/such/dir.json"))});
        CHECK(unwritable.exitCode == 1);
        CHECK(unwritable.isOneLineReason());
        CHECK_THAT(unwritable.err, Contains("dir.json"));
    }

    SECTION("an unknown customer")
    {
        for (const QStringList &arguments :
             {args({"export-json", "Nobody Inc"}), args({"export-json", "northwind logistics"}),
              args({"export-json", "00000000-0000-4000-8000-000000000000"})}) {
            const Result result = sandbox.csmw(arguments);
            CHECK(result.exitCode == 1);
            CHECK(result.out.empty());
            CHECK(result.isOneLineReason());
            CHECK_THAT(result.err, Contains("no customer"));
        }
    }

    SECTION("a name two customers share")
    {
        // Another customer with the same name: a second "Northwind Logistics".
        QJsonObject twin = QJsonDocument::fromJson(byName.outBytes).object();
        QJsonObject customer = twin.value(QLatin1String("customer")).toObject();
        customer.insert(QLatin1String("id"),
                        QStringLiteral("11111111-2222-4333-8444-555555555555"));
        twin.insert(QLatin1String("customer"), customer);
        // Only the customer is twinned: its records keep their own ids in the workspace.
        for (const char *records :
             {"stakeholders", "outcomes", "objectives", "operational_steps", "measurements",
              "kickoff_attendees", "actions", "decisions", "risks", "workstreams", "tasks",
              "dependencies", "gates", "gate_criteria", "tombstones"})
            twin.insert(QLatin1String(records), QJsonArray());
        const QString twinFile = sandbox.path(QStringLiteral("twin.json"));
        Test::writeBytes(twinFile, QJsonDocument(twin).toJson());
        const Result imported = sandbox.csmw({QStringLiteral("import-json"), twinFile});
        INFO(imported.err);
        REQUIRE(imported.exitCode == 0);

        const Result ambiguous = sandbox.csmw(args({"export-json", "Northwind Logistics"}));
        CHECK(ambiguous.exitCode == 1);
        CHECK(ambiguous.isOneLineReason());
        CHECK_THAT(ambiguous.err, Contains("2 customers are named"));
        CHECK(sandbox.csmw({QStringLiteral("export-json"), id}).outBytes == byName.outBytes);
    }
}

TEST_CASE("csmw export then import into another workspace gives the same bytes")
{
    Sandbox sandbox;
    REQUIRE(sandbox.csmw(args({"sample"})).exitCode == 0);
    const QString second = sandbox.path(QStringLiteral("second.csmw"));

    const QJsonArray customers = listJson(sandbox);
    REQUIRE(customers.size() >= 6);
    for (const QJsonValue &value : customers) {
        const QString id = value.toObject().value(QLatin1String("id")).toString();
        INFO(id.toStdString());
        const QString file = sandbox.path(id + QStringLiteral(".json"));
        REQUIRE(sandbox.csmw({QStringLiteral("export-json"), id, QStringLiteral("-o"), file})
                    .exitCode == 0);
        const Result imported = sandbox.csmw({QStringLiteral("import-json"), file}, second);
        INFO(imported.err);
        REQUIRE(imported.exitCode == 0);
        const Result again = sandbox.csmw({QStringLiteral("export-json"), id}, second);
        REQUIRE(again.exitCode == 0);
        CHECK(again.outBytes == Test::readBytes(file));
    }
    CHECK(listJson(sandbox, second) == customers);
}

TEST_CASE("csmw import-json reads the documented format")
{
    Sandbox sandbox;
    const QByteArray golden = Test::readBytes(dataFile("northwind-traders.json"));

    SECTION("the canonical file comes back byte for byte")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders.json")})
                    .exitCode == 0);
    }
    SECTION("a file of format version 1 still reads, its newer fields at their defaults")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders-v1.json")})
                    .exitCode == 0);
    }
    SECTION("a file of format version 2 still reads, without an implementation plan")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders-v2.json")})
                    .exitCode == 0);
    }
    SECTION("a file of format version 3 still reads, without seats and activation event")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders-v3.json")})
                    .exitCode == 0);
    }
    SECTION("a file of format version 4 still reads, without value review and graduation")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders-v4.json")})
                    .exitCode == 0);
    }
    SECTION("a file of format version 5 still reads, without report notes")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders-v5.json")})
                    .exitCode == 0);
    }
    SECTION("a file of format version 6 still reads, without snoozed alerts")
    {
        REQUIRE(sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders-v6.json")})
                    .exitCode == 0);
    }
    SECTION("key order in the file does not matter")
    {
        REQUIRE(
            sandbox
                .csmw({QStringLiteral("import-json"), dataFile("northwind-traders-unsorted.json")})
                .exitCode == 0);
    }
    const Result exported = sandbox.csmw(args({"export-json", "Northwind Traders"}));
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.outBytes == golden);
}

TEST_CASE("the documented example is the golden file")
{
    // The format's documentation shows the golden file; keep the two the same.
    const QString readme = QString::fromUtf8(
        Test::readBytes(QStringLiteral(CSM_SOURCE_DIR "/core/interchange/README.md")));
    const qsizetype start = readme.indexOf(QLatin1String("```json\n"));
    REQUIRE(start >= 0);
    const qsizetype end = readme.indexOf(QLatin1String("```"), start + 8);
    REQUIRE(end > start);
    CHECK(readme.mid(start + 8, end - start - 8).toUtf8() ==
          Test::readBytes(dataFile("northwind-traders.json")));
}

TEST_CASE("csmw import-json keeps every field of a full onboarding file")
{
    Sandbox sandbox;
    const QDateTime time(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC);
    OnboardingFile file = Test::fullOnboardingFile(
        {time, QStringLiteral("Ann Author"), time.addSecs(60), QStringLiteral("Bo Editor")});
    file.tombstones.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                            QStringLiteral("stakeholder"), file.customer.id.toString(),
                            time.addSecs(120), QStringLiteral("Bo Editor")});
    const QByteArray json = onboardingFileToJson(file);
    const QString path = sandbox.path(QStringLiteral("full.json"));
    Test::writeBytes(path, json);

    const Result imported = sandbox.csmw({QStringLiteral("import-json"), path});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    const Result exported =
        sandbox.csmw({QStringLiteral("export-json"), file.customer.id.toString()});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.outBytes == json);
}

TEST_CASE("csmw import-json refuses a malformed file and says where")
{
    Sandbox sandbox;
    const QByteArray good = Test::readBytes(dataFile("northwind-traders.json"));
    const QString path = sandbox.path(QStringLiteral("northwind.json"));

    struct Case
    {
        QByteArray bytes;
        const char *message;
    };
    const QList<Case> cases{
        {replaced(good, "\"signature_date\": \"2026-03-02\"", "\"signature_date\": \"02/03/2026\""),
         "csmw: northwind.json: customer.signature_date: expected a date as YYYY-MM-DD or null\n"},
        {good.left(200), "csmw: northwind.json: line "},
        {replaced(good, "\"phase\": \"kickoff\"", "\"phase\": \"launch\""),
         "csmw: northwind.json: customer.phase: expected one of"},
        {replaced(good, "\"role\": \"account_executive\"", "\"role\": 7"),
         "csmw: northwind.json: stakeholders[1].role: "},
        {replaced(good, "\"format_version\": 7", "\"format_version\": 99"),
         "csmw: northwind.json: format_version: "},
        {"[1, 2, 3]", "csmw: northwind.json: "},
        {"", "csmw: northwind.json: "},
    };
    for (const Case &c : cases) {
        INFO(c.message);
        Test::writeBytes(path, c.bytes);
        const Result result = sandbox.csmw(args({"import-json", "northwind.json"}));
        CHECK(result.exitCode == 1);
        CHECK(result.isOneLineReason());
        CHECK_THAT(result.err, StartsWith(c.message));
    }
    // A syntax error says the line and column.
    Test::writeBytes(path, good.left(200));
    CHECK_THAT(sandbox.csmw(args({"import-json", "northwind.json"})).err, Contains(", column "));

    const Result missing = sandbox.csmw(args({"import-json", "missing.json"}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.isOneLineReason());
    CHECK_THAT(missing.err, StartsWith("csmw: missing.json: "));

    // A file that cannot be imported does not create a workspace either.
    CHECK(!QFileInfo::exists(sandbox.workspace()));
}

TEST_CASE("csmw import-json refuses a customer that is already there")
{
    Sandbox sandbox;
    const QString file = dataFile("northwind-traders.json");
    REQUIRE(sandbox.csmw({QStringLiteral("import-json"), file}).exitCode == 0);
    const QByteArray before = Test::readBytes(sandbox.workspace());

    const Result again = sandbox.csmw({QStringLiteral("import-json"), file});
    CHECK(again.exitCode == 1);
    CHECK(again.isOneLineReason());
    CHECK_THAT(again.err, Contains("already in"));
    CHECK(listJson(sandbox).size() == 1);

    // A new customer reusing a stakeholder id of another one is refused as well.
    const QByteArray other = replaced(Test::readBytes(file), "3f1c2a8e-5b7d-4e21-9a0c-1d2e3f4a5b6c",
                                      "3f1c2a8e-5b7d-4e21-9a0c-000000000000");
    Test::writeBytes(sandbox.path(QStringLiteral("other.json")), other);
    const Result clash = sandbox.csmw(args({"import-json", "other.json"}));
    CHECK(clash.exitCode == 1);
    CHECK(clash.isOneLineReason());
    CHECK_THAT(clash.err, Contains("stakeholders[0].id"));
    CHECK(listJson(sandbox).size() == 1);

    // So is one that records the deletion of another customer's stakeholder.
    QByteArray renamed = other;
    renamed = replaced(renamed, "9b2e7c41-0d3a-4f5e-8a6b-7c8d9e0f1a2b",
                       "9b2e7c41-0d3a-4f5e-8a6b-000000000000");
    renamed = replaced(renamed, "c4d5e6f7-1a2b-4c3d-9e8f-0a1b2c3d4e5f",
                       "c4d5e6f7-1a2b-4c3d-9e8f-000000000000");
    Test::writeBytes(sandbox.path(QStringLiteral("other.json")), renamed);
    const Result deletion = sandbox.csmw(args({"import-json", "other.json"}));
    CHECK(deletion.exitCode == 1);
    CHECK(deletion.isOneLineReason());
    CHECK_THAT(deletion.err, Contains("tombstones[0].id"));
    CHECK(listJson(sandbox).size() == 1);
    CHECK(Test::readBytes(sandbox.workspace()) == before);

    // With ids of its own throughout, the same data is welcome as another customer.
    Test::writeBytes(sandbox.path(QStringLiteral("other.json")),
                     replaced(renamed, "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
                              "5e6f7a8b-9c0d-4e1f-a2b3-000000000000"));
    const Result accepted = sandbox.csmw(args({"import-json", "other.json"}));
    INFO(accepted.err);
    CHECK(accepted.exitCode == 0);
    CHECK(listJson(sandbox).size() == 2);
}

TEST_CASE("csmw check reports on a workspace")
{
    Sandbox sandbox;
    REQUIRE(sandbox.csmw(args({"sample"})).exitCode == 0);
    const qsizetype customers = listJson(sandbox).size();

    const Result healthy = sandbox.csmw(args({"check"}));
    INFO(healthy.err);
    CHECK(healthy.exitCode == 0);
    CHECK(healthy.err.empty());
    CHECK_THAT(healthy.out, Contains(QDir::toNativeSeparators(sandbox.workspace()).toStdString()));
    CHECK_THAT(healthy.out, Contains("Schema version:"));
    CHECK_THAT(healthy.out, Contains(std::to_string(Database::latestSchemaVersion())));
    CHECK_THAT(healthy.out, Contains("Customers:       " + std::to_string(customers)));
    CHECK_THAT(healthy.out, Contains("Stakeholders:"));
    CHECK_THAT(healthy.out, Contains("Integrity:       ok"));

    // Another program removes a customer behind our back and leaves its stakeholders.
    execSql(sandbox.workspace(),
            {QStringLiteral("PRAGMA foreign_keys = OFF"),
             QStringLiteral("DELETE FROM customers WHERE account_name = 'Northwind Logistics'")});
    const Result broken = sandbox.csmw(args({"check"}));
    CHECK(broken.exitCode == 1);
    CHECK_THAT(broken.out, Contains("refers to a missing record"));
    CHECK(broken.isOneLineReason());
    CHECK_THAT(broken.err, Contains("integrity problems"));
}

TEST_CASE("csmw leaves files it refuses untouched")
{
    Sandbox sandbox;
    const QString path = sandbox.path(QStringLiteral("refused.csmw"));

    SECTION("a text file")
    {
        Test::writeBytes(path, "Meeting notes, not a workspace.\n");
    }
    SECTION("another application's database")
    {
        execSql(path, {QStringLiteral("CREATE TABLE notes (text TEXT)")});
    }
    SECTION("a workspace from a newer version")
    {
        REQUIRE(sandbox.csmw(args({"sample"}), path).exitCode == 0);
        execSql(
            path,
            {QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)});
    }
    SECTION("a damaged workspace")
    {
        REQUIRE(sandbox.csmw(args({"sample"}), path).exitCode == 0);
        // Keep the header page, scramble the rest.
        QByteArray bytes = Test::readBytes(path);
        const int pageSize = (uchar(bytes.at(16)) << 8) | uchar(bytes.at(17));
        REQUIRE(bytes.size() > 2 * pageSize);
        for (qsizetype i = pageSize; i < bytes.size(); ++i)
            bytes[i] = char(0x5a);
        Test::writeBytes(path, bytes);
    }

    const QByteArray before = Test::readBytes(path);
    const QStringList filesBefore = filesBelow(sandbox.root());
    const QList<QStringList> commands{
        args({"sample"}),
        args({"list"}),
        args({"list", "--json"}),
        args({"export-json", "Northwind Logistics"}),
        {QStringLiteral("import-json"), dataFile("northwind-traders.json")},
        args({"check"}),
    };
    for (const QStringList &command : commands) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const Result result = sandbox.csmw(command, path);
        CHECK(result.exitCode == 1);
        CHECK(result.out.empty());
        CHECK(result.isOneLineReason());
        CHECK_THAT(result.err, Contains("refused.csmw"));
    }
    CHECK(Test::readBytes(path) == before);
    CHECK(filesBelow(sandbox.root()) == filesBefore);
}

TEST_CASE("csmw upgrades a workspace from an older version and keeps a copy")
{
    Sandbox sandbox;
    const int latest = Database::latestSchemaVersion();
    REQUIRE(latest > 1);
    {
        // A workspace at schema 1, as the first version of the application left it.
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(sandbox.workspace());
            REQUIRE(db.open());
            QSqlQuery(db).exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
            REQUIRE(migrate(db, 1).isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray old = Test::readBytes(sandbox.workspace());

    const Result list = sandbox.csmw(args({"list", "--json"}));
    CHECK(list.exitCode == 0);
    CHECK_THAT(list.err, StartsWith("csmw: note: "));
    CHECK_THAT(list.err, Contains("schema " + std::to_string(latest)));
    const QStringList copies = filesBelow(sandbox.root()).filter(QStringLiteral(".bak"));
    REQUIRE(copies.size() == 1);
    CHECK_THAT(list.err, Contains(QDir::toNativeSeparators(copies.first()).toStdString()));
    CHECK(Test::readBytes(copies.first()) == old);

    const Result check = sandbox.csmw(args({"check"}));
    CHECK(check.exitCode == 0);
    CHECK(check.err.empty());
    CHECK_THAT(check.out, Contains("Schema version:  " + std::to_string(latest) + " "));
}

TEST_CASE("csmw commands that only read do not create a workspace")
{
    Sandbox sandbox;
    const QString missing = sandbox.path(QStringLiteral("not/yet/workspace.csmw"));
    const QString empty = sandbox.path(QStringLiteral("empty.csmw"));
    Test::writeBytes(empty, QByteArray());

    for (const QString &path : {missing, empty}) {
        for (const QStringList &command : {args({"list"}), args({"list", "--json"}),
                                           args({"export-json", "Anyone"}), args({"check"})}) {
            INFO(command.join(QLatin1Char(' ')).toStdString());
            const Result result = sandbox.csmw(command, path);
            CHECK(result.exitCode == 1);
            CHECK(result.out.empty());
            CHECK(result.isOneLineReason());
            CHECK_THAT(result.err, Contains("no workspace at"));
        }
    }
    CHECK(filesBelow(sandbox.root()) == QStringList{empty});
    CHECK(QFileInfo(empty).size() == 0);

    // The default workspace is not created either.
    CHECK(sandbox.run(args({"list"})).exitCode == 1);
    CHECK(filesBelow(sandbox.root()) == QStringList{empty});
}

TEST_CASE("csmw list shows the status after the qualification rule")
{
    Sandbox sandbox;
    REQUIRE(sandbox.csmw(args({"sample"})).exitCode == 0);
    // Helios Health has no customer resources committed: the application shows it at risk,
    // although its stored status is on track.
    bool found = false;
    for (const QJsonValue &value : listJson(sandbox)) {
        const QJsonObject customer = value.toObject();
        if (customer.value(QLatin1String("account_name")).toString() !=
            QLatin1String("Helios Health Systems"))
            continue;
        found = true;
        CHECK(customer.value(QLatin1String("status")).toString() == QLatin1String("at_risk"));
    }
    CHECK(found);
}

namespace {

// A workspace holding Northwind Traders (hybrid, signed Monday, March 2, 2026, no plan yet).
void importNorthwind(const Sandbox &sandbox)
{
    const Result imported =
        sandbox.csmw({QStringLiteral("import-json"), dataFile("northwind-traders.json")});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
}

OnboardingFile exported(const Sandbox &sandbox)
{
    const Result result = sandbox.csmw(args({"export-json", "Northwind Traders"}));
    REQUIRE(result.exitCode == 0);
    QString error;
    const auto file = onboardingFileFromJson(result.outBytes, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    return *file;
}

} // namespace

TEST_CASE("csmw apply-playbook makes the plan of the customer's tier, and replaces it on request")
{
    Sandbox sandbox;
    importNorthwind(sandbox);

    const Result applied = sandbox.csmw(args({"apply-playbook", "Northwind Traders"}));
    INFO(applied.err);
    REQUIRE(applied.exitCode == 0);
    CHECK_THAT(applied.out, Contains("\"Hybrid mid-market\""));
    CHECK_THAT(applied.out, Contains("20 tasks and milestones, 4 gates"));
    // Day 21 after the signature on Monday, March 2.
    CHECK_THAT(applied.out, Contains("Planned first value: 2026-03-23"));
    OnboardingFile file = exported(sandbox);
    CHECK(file.tasks.size() == 20);
    CHECK(file.gates.size() == 4);
    CHECK(std::count_if(file.tasks.cbegin(), file.tasks.cend(),
                        [](const PlanTask &t) { return t.firstValue; }) == 1);
    for (const PlanTask &task : file.tasks)
        CHECK(task.meta.createdBy == QLatin1String("Casey Tester"));

    // A second plan is not added beside the first by mistake.
    const Result again = sandbox.csmw(args({"apply-playbook", "Northwind Traders"}));
    CHECK(again.exitCode == 1);
    CHECK(again.isOneLineReason());
    CHECK_THAT(again.err, Contains("already has a plan (tasks and milestones: 20)"));
    CHECK_THAT(again.err, Contains("--replace"));
    CHECK(exported(sandbox).tasks.size() == 20);

    const Result replaced = sandbox.csmw(
        args({"apply-playbook", "Northwind Traders", "--playbook", "digital", "--replace"}));
    INFO(replaced.err);
    REQUIRE(replaced.exitCode == 0);
    CHECK_THAT(replaced.out, Contains("\"Digital-first\""));
    file = exported(sandbox);
    CHECK(file.tasks.size() == 11);
    CHECK(file.workstreams.size() == 3);
    for (const PlanTask &task : file.tasks)
        CHECK(task.start >= QDate(2026, 3, 2));
}

TEST_CASE("csmw apply-playbook says what it cannot find")
{
    Sandbox sandbox;
    const Result noWorkspace = sandbox.csmw(args({"apply-playbook", "Northwind Traders"}));
    CHECK(noWorkspace.exitCode == 1);
    CHECK_THAT(noWorkspace.err, Contains("no workspace at"));
    CHECK(filesBelow(sandbox.root()).isEmpty());

    importNorthwind(sandbox);
    const Result noCustomer = sandbox.csmw(args({"apply-playbook", "Southwind"}));
    CHECK(noCustomer.exitCode == 1);
    CHECK(noCustomer.isOneLineReason());
    CHECK_THAT(noCustomer.err, Contains("no customer \"Southwind\""));

    const Result noPlaybook =
        sandbox.csmw(args({"apply-playbook", "Northwind Traders", "--playbook", "enterprise"}));
    CHECK(noPlaybook.exitCode == 1);
    CHECK(noPlaybook.isOneLineReason());
    CHECK_THAT(noPlaybook.err, Contains("no playbook \"enterprise\""));
    CHECK_THAT(noPlaybook.err, Contains("high_touch, hybrid, digital"));
    CHECK(exported(sandbox).tasks.isEmpty());
}

TEST_CASE("csmw status-update prints the week's update in the language asked for")
{
    Sandbox sandbox;
    importNorthwind(sandbox);
    REQUIRE(sandbox.csmw(args({"apply-playbook", "Northwind Traders"})).exitCode == 0);

    const Result english =
        sandbox.csmw(args({"status-update", "Northwind Traders", "--as-of", "2026-03-20"}));
    INFO(english.err);
    REQUIRE(english.exitCode == 0);
    CHECK(english.err.empty());
    CHECK_THAT(english.out,
               StartsWith("Subject: Northwind Traders: weekly status update, March 20, 2026\n"));
    for (const char *heading :
         {"Overall status:", "Shipped in the last 7 days:", "Blocked:", "Next 7 days:",
          "Milestones:", "First value:", "Open risks:", "Open action items:"})
        CHECK_THAT(english.out, Contains(heading));
    // Nothing was reported done: the plan slips.
    CHECK_THAT(english.out, Contains("- Plan: slipping by "));

    const Result german = sandbox.csmw(
        args({"status-update", "Northwind Traders", "--language", "de", "--as-of", "2026-03-20"}));
    REQUIRE(german.exitCode == 0);
    CHECK_THAT(german.out,
               StartsWith("Subject: Northwind Traders: Wochenbericht vom 20. März 2026"));
    CHECK_THAT(german.out, Contains("Gesamtstatus:"));

    const Result french = sandbox.csmw(
        args({"status-update", "Northwind Traders", "--language", "fr", "--as-of", "2026-03-20"}));
    REQUIRE(french.exitCode == 0);
    CHECK_THAT(french.out, StartsWith("Subject: Northwind Traders\u00a0: point d’avancement "
                                      "hebdomadaire du 20 mars 2026"));
    CHECK_THAT(french.out, Contains("Statut global\u00a0:"));

    const Result html = sandbox.csmw(args({"status-update", "Northwind Traders", "--html"}));
    REQUIRE(html.exitCode == 0);
    CHECK_THAT(html.out, StartsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    CHECK_THAT(html.out, Contains("</html>\n"));

    const Result unknown = sandbox.csmw(args({"status-update", "Southwind"}));
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.isOneLineReason());
}

TEST_CASE("csmw ics writes every milestone and gate to a calendar file")
{
    Sandbox sandbox;
    importNorthwind(sandbox);
    REQUIRE(sandbox.csmw(args({"apply-playbook", "Northwind Traders"})).exitCode == 0);
    const OnboardingFile file = exported(sandbox);

    const QString target = sandbox.path(QStringLiteral("northwind.ics"));
    Test::writeBytes(target, "old content");
    const Result written = sandbox.csmw(
        {QStringLiteral("ics"), QStringLiteral("Northwind Traders"), QStringLiteral("-o"), target});
    INFO(written.err);
    REQUIRE(written.exitCode == 0);
    CHECK_THAT(written.out, Contains("northwind.ics"));
    const QByteArray ics = Test::readBytes(target);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(ics.endsWith("END:VCALENDAR\r\n"));
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    int milestones = 0;
    for (const PlanTask &task : file.tasks) {
        if (!task.isMilestone())
            continue;
        ++milestones;
        INFO(task.name.toStdString());
        CHECK(unfolded.contains("UID:" + task.id.toString().toUtf8() + "@csm-workspace\r\n"));
    }
    CHECK(ics.count("BEGIN:VEVENT") == milestones + file.gates.size() + 1); // and the kickoff
    CHECK(filesBelow(sandbox.root()).filter(QStringLiteral("northwind.ics")).size() == 1);

    // To standard output, the same calendar but for the time it was made.
    const Result out = sandbox.csmw(args({"ics", "Northwind Traders"}));
    REQUIRE(out.exitCode == 0);
    CHECK(out.outBytes.count("BEGIN:VEVENT") == ics.count("BEGIN:VEVENT"));

    const Result unwritable =
        sandbox.csmw({QStringLiteral("ics"), QStringLiteral("Northwind Traders"),
                      QStringLiteral("-o"), sandbox.path(QStringLiteral("no/such/dir.ics"))});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.isOneLineReason());
    CHECK_THAT(unwritable.err, Contains("dir.ics"));
}
