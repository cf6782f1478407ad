// Runs the built csmw's import-usage and adoption commands as a user would, against temporary
// workspaces: counts, the rejects file, duplicates on a second import, the column mapping,
// files it cannot read, the metrics as JSON, and an import killed halfway.
#include "adoption/csvreader.h"
#include "clisandbox.h"
#include "testsupport.h"
#include "usagecsvgenerator.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <string>

using namespace Csm;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

using Result = Test::CliResult;
using Test::args;

// A sandbox for the usage commands: a workspace with one customer to import into.
class Sandbox : public Test::CliSandbox
{
public:
    // Starts csmw on the sandbox's workspace; the caller waits for it.
    void start(QProcess *process, const QStringList &arguments) const
    {
        CliSandbox::start(process,
                          QStringList{QStringLiteral("--workspace"), workspace()} + arguments);
    }

    // A workspace holding Northwind Traders (signed March 2, 2026, not live yet).
    void addCustomer() const
    {
        const Result imported =
            csmw({QStringLiteral("import-json"), Test::cliDataFile("northwind-traders.json")});
        INFO(imported.err);
        REQUIRE(imported.exitCode == 0);
    }

    Result import(const QString &file, const QStringList &options = {}) const
    {
        return csmw(
            QStringList{QStringLiteral("import-usage"), QStringLiteral("Northwind Traders"), file} +
            options);
    }
};

// The figure after `label` in csmw's summary ("Imported:    3").
qint64 count(const Result &result, const char *label)
{
    const std::string needle = std::string("\n") + label;
    const std::string text = "\n" + result.out;
    const size_t at = text.find(needle);
    INFO(result.out);
    REQUIRE(at != std::string::npos);
    const size_t end = text.find('\n', at + 1);
    QString figure =
        QString::fromStdString(text.substr(at + needle.size(), end - at - needle.size()));
    figure.remove(QLatin1Char(','));
    bool ok = false;
    const qint64 value = figure.trimmed().toLongLong(&ok);
    REQUIRE(ok);
    return value;
}

// Runs SQL on the workspace file directly, as another program would; the first column of the
// first row of the last statement.
QVariant sqlValue(const QString &path, const QString &statement)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        INFO(statement.toStdString());
        REQUIRE(query.exec(statement));
        if (query.next())
            value = query.value(0);
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

qint64 eventCount(const QString &workspace)
{
    return sqlValue(workspace, QStringLiteral("SELECT count(*) FROM usage_events")).toLongLong();
}

// The rows of a CSV file, header first, read as the importer reads files.
QList<QStringList> readCsv(const QString &path)
{
    const QByteArray bytes = Test::readBytes(path);
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, detectCsvFormat(bytes.left(64 * 1024)));
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(&fields))
        rows.append(fields);
    REQUIRE(reader.error().isEmpty());
    return rows;
}

const QByteArray kHeader = "user_email,user_role,event,feature,timestamp,duration_s\n";

// Four good rows, one repeated, and two bad ones (lines 4 and 6 of the file).
const QByteArray kSmallFile = kHeader +
                              "ana@northwind.example,admin,login,,2026-03-02T09:00:00Z,30\n"
                              "ben@northwind.example,end_user,feature_used,dashboard,"
                              "2026-03-02T10:00:00Z,120\n"
                              "not-an-address,end_user,login,,2026-03-03T09:00:00Z,10\n"
                              "ana@northwind.example,admin,feature_used,reports,"
                              "2026-03-03T09:30:00Z,300\n"
                              "carl@northwind.example,end_user,login,,yesterday,10\n"
                              "ana@northwind.example,admin,login,,2026-03-02T09:00:00Z,30\n"
                              "carl@northwind.example,manager,login,,2026-03-04T08:00:00Z,15\n";

} // namespace

TEST_CASE("csmw help lists import-usage and adoption and shows their options")
{
    Sandbox sandbox;
    const Result help = sandbox.csmw(args({"help"}));
    REQUIRE(help.exitCode == 0);
    CHECK_THAT(help.out, Contains("import-usage CUSTOMER FILE"));
    CHECK_THAT(help.out, Contains("adoption CUSTOMER"));

    const Result importHelp = sandbox.csmw(args({"help", "import-usage"}));
    REQUIRE(importHelp.exitCode == 0);
    CHECK_THAT(importHelp.out, StartsWith("Usage: csmw [--workspace PATH] import-usage CUSTOMER "
                                          "FILE [--kind KIND] [--map FIELD=COLUMN]"));
    for (const char *option :
         {"--time-zone ZONE", "--date-order ORDER", "--rejects FILE", "--dry-run"})
        CHECK_THAT(importHelp.out, Contains(option));
    const Result adoptionHelp = sandbox.csmw(args({"adoption", "--help"}));
    REQUIRE(adoptionHelp.exitCode == 0);
    CHECK_THAT(adoptionHelp.out, Contains("--as-of DATE"));
    CHECK_THAT(adoptionHelp.out, Contains("--days N"));

    for (const QStringList &bad : {args({"import-usage", "Northwind Traders"}), args({"adoption"}),
                                   args({"import-usage", "a", "b", "c"})}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Result result = sandbox.csmw(bad);
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Contains("Usage: csmw"));
    }
    CHECK_FALSE(QFileInfo::exists(sandbox.workspace()));
}

TEST_CASE("csmw import-usage imports the good rows and writes the bad ones to a rejects file")
{
    Sandbox sandbox;
    sandbox.addCustomer();
    const QString input = sandbox.file("usage.csv", kSmallFile);

    const Result result = sandbox.import(input);
    INFO(result.err);
    REQUIRE(result.exitCode == 0);
    CHECK(count(result, "Rows read:") == 7);
    CHECK(count(result, "Imported:") == 4);
    CHECK(count(result, "Duplicates:") == 1);
    CHECK(count(result, "Rejected:") == 2);
    CHECK_THAT(result.out, Contains("rows/s"));
    CHECK(eventCount(sandbox.workspace()) == 4);

    // Beside the input, named after it, and the summary says where.
    const QString rejectsPath = input + QStringLiteral(".rejects.csv");
    CHECK_THAT(result.out, Contains("usage.csv.rejects.csv"));
    REQUIRE(QFileInfo::exists(rejectsPath));
    const QList<QStringList> rejects = readCsv(rejectsPath);
    REQUIRE(rejects.size() == 3);
    CHECK(rejects.at(0).mid(0, 3) == args({"row", "column", "reason"}));
    CHECK(rejects.at(0).mid(3) == QString::fromLatin1(kHeader.trimmed()).split(QLatin1Char(',')));
    CHECK(rejects.at(1).value(0) == QLatin1String("4"));
    CHECK(rejects.at(1).value(1) == QLatin1String("user_email"));
    CHECK_THAT(rejects.at(1).value(2).toStdString(), Contains("not-an-address"));
    CHECK(rejects.at(1).value(3) == QLatin1String("not-an-address"));
    CHECK(rejects.at(2).value(0) == QLatin1String("6"));
    CHECK(rejects.at(2).value(1) == QLatin1String("timestamp"));
    CHECK_THAT(rejects.at(2).value(2).toStdString(), Contains("yesterday"));
    CHECK(rejects.at(2).value(7) == QLatin1String("yesterday"));
    CHECK(rejects.at(2).value(8) == QLatin1String("10"));

    SECTION("a second import of the same file adds nothing")
    {
        const Result again = sandbox.import(input);
        INFO(again.err);
        REQUIRE(again.exitCode == 0);
        CHECK(count(again, "Imported:") == 0);
        CHECK(count(again, "Duplicates:") == 5);
        CHECK(count(again, "Rejected:") == 2);
        CHECK(eventCount(sandbox.workspace()) == 4);
    }

    SECTION("a rejects file where asked")
    {
        const QString elsewhere = sandbox.path(QStringLiteral("bad-rows.csv"));
        const Result again = sandbox.import(input, {QStringLiteral("--rejects"), elsewhere});
        REQUIRE(again.exitCode == 0);
        CHECK_THAT(again.out, Contains("bad-rows.csv"));
        CHECK(readCsv(elsewhere).size() == 3);
    }
}

TEST_CASE("csmw import-usage of a clean file writes no rejects file and counts a repeat as all "
          "duplicates")
{
    Sandbox sandbox;
    sandbox.addCustomer();
    const QString input = sandbox.file(
        "clean.csv", kHeader + "ana@northwind.example,admin,login,,2026-03-02T09:00:00Z,30\n"
                               "ben@northwind.example,end_user,feature_used,dashboard,"
                               "2026-03-02T10:00:00Z,120\n"
                               "ben@northwind.example,end_user,login,,2026-03-05T10:00:00Z,5\n");

    const Result first = sandbox.import(input);
    INFO(first.err);
    REQUIRE(first.exitCode == 0);
    CHECK(count(first, "Imported:") == 3);
    CHECK(count(first, "Rejected:") == 0);
    CHECK_THAT(first.out, !Contains("rejects"));
    CHECK_FALSE(QFileInfo::exists(input + QStringLiteral(".rejects.csv")));

    const Result second = sandbox.import(input);
    REQUIRE(second.exitCode == 0);
    CHECK(count(second, "Rows read:") == 3);
    CHECK(count(second, "Imported:") == 0);
    CHECK(count(second, "Duplicates:") == 3);
    CHECK(eventCount(sandbox.workspace()) == 3);

    SECTION("a dry run counts and writes nothing")
    {
        const QString other = sandbox.file(
            "other.csv", kHeader + "dana@northwind.example,admin,login,,2026-03-06T09:00:00Z,30\n");
        const Result dry = sandbox.import(other, {QStringLiteral("--dry-run")});
        REQUIRE(dry.exitCode == 0);
        CHECK_THAT(dry.out, Contains("nothing was written"));
        CHECK(count(dry, "New rows:") == 1);
        CHECK(eventCount(sandbox.workspace()) == 3);
    }
}

TEST_CASE("csmw import-usage takes the columns named with --map")
{
    Sandbox sandbox;
    sandbox.addCustomer();
    // "Email" is guessed for the e-mail but holds the account's shared inbox placeholder; the
    // real addresses are under "Contact".
    const QString input = sandbox.file(
        "mapped.csv", "Email,Contact,Role,Action,Time\n"
                      "n/a,ana@northwind.example,admin,login,2026-03-02T09:00:00Z\n"
                      "n/a,ben@northwind.example,end_user,login,2026-03-02T10:00:00Z\n");

    const Result guessed = sandbox.import(input, {QStringLiteral("--dry-run")});
    INFO(guessed.err);
    REQUIRE(guessed.exitCode == 0);
    CHECK(count(guessed, "Rejected:") == 2);

    const Result mapped = sandbox.import(input, args({"--map", "user_email=Contact"}));
    INFO(mapped.err);
    REQUIRE(mapped.exitCode == 0);
    CHECK(count(mapped, "Imported:") == 2);
    CHECK(count(mapped, "Rejected:") == 0);
    CHECK(sqlValue(sandbox.workspace(),
                   QStringLiteral("SELECT group_concat(email, ' ') FROM "
                                  "(SELECT email FROM usage_users ORDER BY email)"))
              .toString() == QLatin1String("ana@northwind.example ben@northwind.example"));

    SECTION("the next file with the same columns takes the columns chosen last time")
    {
        const QString next = sandbox.file(
            "mapped-april.csv", "Email,Contact,Role,Action,Time\n"
                                "n/a,dana@northwind.example,admin,login,2026-04-01T09:00:00Z\n");
        const Result again = sandbox.import(next);
        INFO(again.err);
        REQUIRE(again.exitCode == 0);
        CHECK_THAT(again.out, Contains("user_email=Contact"));
        CHECK(count(again, "Imported:") == 1);
        CHECK(count(again, "Rejected:") == 0);
    }

    SECTION("a header with only the required fields and no name guessed is mapped in full")
    {
        const QString odd = sandbox.file("odd.csv", "Who,What,Stamp\n"
                                                    "cara@northwind.example,login,"
                                                    "2026-03-03T09:00:00Z\n");
        const Result unmapped = sandbox.import(odd);
        CHECK(unmapped.exitCode == 1);
        CHECK(unmapped.out.empty());
        // Names the field missing and lists the columns there are.
        CHECK_THAT(unmapped.err, StartsWith("csmw: "));
        CHECK_THAT(unmapped.err, Contains("user_email"));
        CHECK_THAT(unmapped.err, Contains("\"Who\", \"What\", \"Stamp\""));

        const Result full = sandbox.import(odd, args({"--map", "user_email=Who", "--map",
                                                      "event=What", "--map", "timestamp=Stamp"}));
        INFO(full.err);
        REQUIRE(full.exitCode == 0);
        CHECK(count(full, "Imported:") == 1);
        CHECK(eventCount(sandbox.workspace()) == 3);
    }
}

TEST_CASE("csmw import-usage refuses a mapping to a column or field that is not there")
{
    Sandbox sandbox;
    sandbox.addCustomer();
    const QString input = sandbox.file("usage.csv", kSmallFile);

    const Result column = sandbox.import(input, args({"--map", "user_email=Mail"}));
    CHECK(column.exitCode == 2);
    CHECK(column.out.empty());
    CHECK_THAT(column.err, StartsWith("csmw: "));
    CHECK_THAT(column.err, Contains("no column \"Mail\""));
    CHECK_THAT(column.err, Contains("\"user_email\", \"user_role\", \"event\""));
    CHECK_THAT(column.err, Contains("Usage: csmw"));

    const Result field = sandbox.import(input, args({"--map", "mail=user_email"}));
    CHECK(field.exitCode == 2);
    CHECK_THAT(field.err, Contains("no field \"mail\""));
    CHECK_THAT(field.err, Contains("user_email, event, timestamp"));

    for (const QStringList &bad :
         {args({"--map", "user_email"}), args({"--kind", "events"}), args({"--date-order", "ymd"}),
          args({"--time-zone", "Mars/Olympus_Mons"})}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const Result result = sandbox.import(input, bad);
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Contains("Usage: csmw"));
    }
    CHECK(eventCount(sandbox.workspace()) == 0);
}

TEST_CASE("csmw import-usage refuses a file it cannot read and says where")
{
    Sandbox sandbox;
    sandbox.addCustomer();

    const Result missing = sandbox.import(sandbox.path(QStringLiteral("missing.csv")));
    CHECK(missing.exitCode == 1);
    CHECK_THAT(missing.err, StartsWith("csmw: "));
    CHECK_THAT(missing.err, Contains("missing.csv"));

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 37) % 256));
    const Result notText = sandbox.import(sandbox.file("binary.csv", binary));
    CHECK(notText.exitCode == 1);
    CHECK_THAT(notText.err, Contains("binary.csv"));

    // The quote opens on line 82, after the rows a preview looks at, so the import itself
    // has to find it, and then writes nothing of the 80 good rows before.
    QByteArray unclosed = kHeader;
    for (int i = 0; i < 80; ++i)
        unclosed += QByteArray("user") + QByteArray::number(i) +
                    "@northwind.example,end_user,login,,2026-03-02T09:00:00Z,10\n";
    unclosed += "\"ana@northwind.example,admin,login,,2026-03-02T09:00:00Z,10\n"
                "ben@northwind.example,admin,login,,2026-03-02T09:00:00Z,10\n";
    const Result broken = sandbox.import(sandbox.file("broken.csv", unclosed));
    CHECK(broken.exitCode == 1);
    CHECK_THAT(broken.err, Contains("broken.csv"));
    CHECK_THAT(broken.err, Contains("line 82"));
    CHECK(eventCount(sandbox.workspace()) == 0);
}

TEST_CASE("csmw import-usage needs the workspace and the customer")
{
    Sandbox sandbox;
    const QString input = sandbox.file("usage.csv", kSmallFile);
    const Result noWorkspace = sandbox.import(input);
    CHECK(noWorkspace.exitCode == 1);
    CHECK_THAT(noWorkspace.err, Contains("no workspace"));
    CHECK_FALSE(QFileInfo::exists(sandbox.workspace()));

    sandbox.addCustomer();
    const Result noCustomer = sandbox.csmw(
        QStringList{QStringLiteral("import-usage"), QStringLiteral("Southwind"), input});
    CHECK(noCustomer.exitCode == 1);
    CHECK_THAT(noCustomer.err, Contains("no customer \"Southwind\""));
}

TEST_CASE("csmw adoption prints the metrics of a small file as text or JSON")
{
    Sandbox sandbox;
    sandbox.addCustomer();

    const Result before = sandbox.csmw(args({"adoption", "Northwind Traders"}));
    REQUIRE(before.exitCode == 0);
    CHECK_THAT(before.out, Contains("No usage data"));

    // As of Friday, March 20, 2026: ana used the product that day, ben 4 days before, cara 3
    // weeks before; only ana used a feature.
    const QString input = sandbox.file(
        "usage.csv", kHeader + "ana@northwind.example,admin,login,,2026-03-20T09:00:00Z,60\n"
                               "ana@northwind.example,admin,feature_used,dashboard,"
                               "2026-03-20T09:05:00Z,600\n"
                               "ben@northwind.example,end_user,login,,2026-03-16T10:00:00Z,60\n"
                               "cara@northwind.example,manager,login,,2026-02-27T11:00:00Z,60\n");
    const Result imported = sandbox.import(input);
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    REQUIRE(count(imported, "Imported:") == 4);

    const Result json =
        sandbox.csmw(args({"adoption", "Northwind Traders", "--json", "--as-of", "2026-03-20"}));
    INFO(json.err);
    REQUIRE(json.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.outBytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    const QJsonObject metrics = document.object();
    INFO(json.out);
    CHECK(metrics.value(QLatin1String("has_data")).toBool());
    CHECK(metrics.value(QLatin1String("users_provisioned")).toInt() == 3);
    CHECK(metrics.value(QLatin1String("users_logged_in")).toInt() == 3);
    CHECK(metrics.value(QLatin1String("daily_active_users")).toInt() == 1);
    CHECK(metrics.value(QLatin1String("weekly_active_users")).toInt() == 2);
    CHECK(metrics.value(QLatin1String("monthly_active_users")).toInt() == 3);
    CHECK(metrics.value(QLatin1String("login_rate")).toDouble() == Approx(1.0));
    CHECK(metrics.value(QLatin1String("stickiness")).toDouble() == Approx(1.0 / 3).margin(0.001));
    const QJsonArray features = metrics.value(QLatin1String("feature_adoption")).toArray();
    REQUIRE(features.size() == 1);
    CHECK(features.at(0)[QLatin1String("feature")].toString() == QLatin1String("dashboard"));
    CHECK(features.at(0)[QLatin1String("users")].toInt() == 1);
    CHECK(metrics.value(QLatin1String("last_activity")).toString() == QLatin1String("2026-03-20"));

    const Result text =
        sandbox.csmw(args({"adoption", "Northwind Traders", "--as-of", "2026-03-20"}));
    REQUIRE(text.exitCode == 0);
    CHECK_THAT(text.out, Contains("as of 2026-03-20"));
    CHECK_THAT(text.out, Contains("1 on the day, 2 in 7 days, 3 in 30 days"));
    CHECK_THAT(text.out, Contains("dashboard"));

    for (const QStringList &bad : {args({"adoption", "Northwind Traders", "--as-of", "20.03.2026"}),
                                   args({"adoption", "Northwind Traders", "--days", "0"}),
                                   args({"adoption", "Northwind Traders", "--days", "many"})}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        CHECK(sandbox.csmw(bad).exitCode == 2);
    }
    CHECK(sandbox.csmw(args({"adoption", "Southwind"})).exitCode == 1);
}

TEST_CASE("csmw import-usage killed halfway leaves all of the import or none of it")
{
    QTemporaryDir files;
    REQUIRE(files.isValid());
    const QString input = files.filePath(QStringLiteral("usage.csv"));
    REQUIRE(Test::UsageCsvGenerator(11).write(input, 300000, 1000));

    // A full import first, to know how many events it adds and how long it takes.
    qint64 fullCount = 0;
    qint64 fullMs = 0;
    {
        Sandbox reference;
        reference.addCustomer();
        QElapsedTimer timer;
        timer.start();
        const Result full = reference.import(input);
        fullMs = timer.elapsed();
        INFO(full.err);
        REQUIRE(full.exitCode == 0);
        fullCount = eventCount(reference.workspace());
        CHECK(fullCount == count(full, "Imported:"));
        CHECK(count(full, "Rejected:") == 300);
        REQUIRE(fullCount > 290000);
    }

    Sandbox sandbox;
    sandbox.addCustomer();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    sandbox.start(&process, QStringList{QStringLiteral("import-usage"),
                                        QStringLiteral("Northwind Traders"), input});
    // Kill once the import has run 40 % of the time a full one takes and is writing: SQLite's
    // rollback journal beside the workspace shows a write transaction is open.
    const QString journal = sandbox.workspace() + QStringLiteral("-journal");
    const qint64 killAt = fullMs * 4 / 10;
    while ((timer.elapsed() < killAt || QFileInfo(journal).size() == 0) &&
           process.state() == QProcess::Running && timer.elapsed() < 20000)
        QThread::msleep(1);
    REQUIRE(process.state() == QProcess::Running);
    const bool journalWhenKilled = QFileInfo(journal).size() > 0;
    process.kill(); // SIGKILL
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::CrashExit);
    INFO("killed after " << timer.elapsed() << " ms of " << fullMs
                         << " ms; a journal was there: " << journalWhenKilled);
    // Killed inside the transaction: the journal is left behind for the next opening.
    CHECK(journalWhenKilled);
    CHECK(QFileInfo(journal).size() > 0);

    // The workspace opens (the interrupted write rolled back), is intact, and has all of the
    // import or none of it.
    {
        QString error;
        const std::unique_ptr<Workspace> workspace = Workspace::open(sandbox.workspace(), &error);
        INFO(error.toStdString());
        REQUIRE(workspace);
    }
    CHECK(sqlValue(sandbox.workspace(), QStringLiteral("PRAGMA integrity_check")).toString() ==
          QLatin1String("ok"));
    const qint64 afterKill = eventCount(sandbox.workspace());
    CHECK((afterKill == 0 || afterKill == fullCount));

    // And a normal import then works.
    const Result again = sandbox.import(input);
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(eventCount(sandbox.workspace()) == fullCount);
    CHECK(sandbox.csmw(args({"check"})).exitCode == 0);
}
