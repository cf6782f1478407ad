#include "coretestprinting.h"
#include "testsupport.h"

#include "adoption/usageimporter.h"
#include "storage/usagestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>

using namespace Csm;

namespace {

const QByteArray kHeader = "user_email,user_role,event,feature,timestamp,duration_s\n";

// A workspace with one customer and a folder for the files to import.
struct ImportFixture
{
    Test::TempWorkspace ws;
    CustomerId customer;

    ImportFixture()
    {
        OnboardingFile file;
        file.customer.id = CustomerId::create();
        file.customer.accountName = QStringLiteral("Northwind Traders");
        file.customer.meta = ws->newMeta();
        REQUIRE(ws->insertOnboardingFile(file));
        customer = file.customer.id;
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = ws.dir() + QLatin1Char('/') + name;
        Test::writeBytes(path, bytes);
        return path;
    }

    ImportOptions options(ImportKind kind, const QString &path)
    {
        ImportOptions o;
        o.customer = customer;
        o.kind = kind;
        o.mapping = guessMapping(kind, previewImportFile(path).header);
        o.author = QStringLiteral("Test User");
        o.importedAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());
        return o;
    }

    ImportResult import(const QString &path, ImportKind kind = ImportKind::Usage)
    {
        return UsageImporter(ws.path(), options(kind, path)).run(path);
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery query(ws->database().connection());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("Every kind of invalid row the analytics export can hold is rejected with row, column "
          "and reason")
{
    ImportFixture f;
    const QString path =
        f.write(QStringLiteral("usage.csv"),
                kHeader + "ann@x.example,end_user,login,,2026-03-02T09:00:00,30\n"
                          ",end_user,login,,2026-03-02T09:00:00,30\n"
                          "bob@x.example,end_user,login,,yesterday,30\n"
                          "cy@x.example,end_user,login,,2026-03-02T09:00:00,-3\n"
                          "dee@x.example,superuser,login,,2026-03-02T09:00:00,30\n"
                          "eve@x.example,end_user,login,,2026-03-02T09:00:00\n"
                          "not-an-address,end_user,login,,2026-03-02T09:00:00,30\n"
                          "fay@x.example,end_user,,,2026-03-02T09:00:00,30\n"
                          "gus@x.example,end_user,login,,2027-12-01T09:00:00,30\n");
    ImportOptions o = f.options(ImportKind::Usage, path);
    o.rejectsPath = f.ws.dir() + QStringLiteral("/rejects.csv");
    const ImportResult r = UsageImporter(f.ws.path(), o).run(path);
    REQUIRE(r.ok);
    CHECK(r.rowsRead == 9);
    CHECK(r.imported == 1);
    CHECK(r.rejected == 8);
    REQUIRE(r.firstRejects.size() == 8);
    auto has = [&](qint64 line, const char *column, const char *reason) {
        for (const RejectedRow &row : r.firstRejects)
            if (row.line == line && row.column == QLatin1String(column) &&
                row.reason.contains(QString::fromUtf8(reason)))
                return true;
        return false;
    };
    CHECK(has(3, "user_email", "missing e-mail"));
    CHECK(has(4, "timestamp", "“yesterday” is not a date and time"));
    CHECK(has(5, "duration_s", "negative duration"));
    CHECK(has(6, "user_role", "unknown role “superuser”"));
    CHECK(has(7, "", "the row has 5 columns, the header 6"));
    CHECK(has(8, "user_email", "is not an e-mail address"));
    CHECK(has(9, "event", "missing event"));
    CHECK(has(10, "timestamp", "in the future"));

    // The rejects file holds row, column, reason and the row as it was.
    QFile rejects(o.rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rejects.readAll().split('\n');
    CHECK(lines.at(0).startsWith("\xEF\xBB\xBFrow,column,reason,user_email,user_role"));
    CHECK(lines.at(2).startsWith("4,timestamp,"));
    CHECK(lines.at(2).contains("bob@x.example,end_user,login,,yesterday,30"));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_events")) == 1);
}

TEST_CASE("Importing the same file again adds nothing and counts the rows as duplicates")
{
    ImportFixture f;
    const QString path =
        f.write(QStringLiteral("usage.csv"),
                kHeader + "ann@x.example,admin,login,,2026-03-02T09:00:00,30\n"
                          "ann@x.example,admin,feature_used,dashboard,2026-03-02T09:05:00,300\n"
                          "bob@x.example,end_user,login,,2026-03-03T10:00:00,20\n");
    const ImportResult first = f.import(path);
    REQUIRE(first.ok);
    CHECK(first.imported == 3);
    const ImportResult again = f.import(path);
    REQUIRE(again.ok);
    CHECK(again.imported == 0);
    CHECK(again.duplicates == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_events")) == 3);
    CHECK(f.count(QStringLiteral("SELECT sum(events) FROM usage_user_days")) == 3);

    // An overlapping later export adds only its new rows.
    const QString later =
        f.write(QStringLiteral("later.csv"),
                kHeader + "bob@x.example,end_user,login,,2026-03-03T10:00:00,20\n"
                          "bob@x.example,end_user,login,,2026-03-04T10:00:00,20\n");
    const ImportResult overlap = f.import(later);
    CHECK(overlap.imported == 1);
    CHECK(overlap.duplicates == 1);
    const UsageRollups rollups = f.ws->usageRollups(f.customer);
    CHECK(rollups.users.size() == 2);
    CHECK(rollups.userDays.size() == 3);
    const QList<UsageImportRecord> history = f.ws->usageImports(f.customer);
    REQUIRE(history.size() == 3);
    CHECK(history.at(0).fileName == QLatin1String("later.csv"));
    CHECK(history.at(1).duplicates == 3);
}

TEST_CASE("A file that cannot be read is refused with its name and line and changes nothing")
{
    ImportFixture f;
    const ImportResult empty = f.import(f.write(QStringLiteral("empty.csv"), ""));
    CHECK_FALSE(empty.ok);
    CHECK(empty.error.contains(QLatin1String("empty.csv: the file is empty")));

    const ImportResult headerOnly = f.import(f.write(QStringLiteral("header.csv"), kHeader));
    CHECK(headerOnly.ok);
    CHECK(headerOnly.rowsRead == 0);

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33);
    const QString binary = f.write(QStringLiteral("chart.png"), png);
    ImportOptions o = f.options(ImportKind::Usage, binary);
    o.mapping = {{ImportField::UserEmail, 0}, {ImportField::Event, 1}, {ImportField::Timestamp, 2}};
    const ImportResult bin = UsageImporter(f.ws.path(), o).run(binary);
    CHECK_FALSE(bin.ok);
    CHECK(bin.error.contains(QLatin1String("binary")));

    // Invalid UTF-8 after the part the encoding is guessed from.
    QByteArray bad = kHeader;
    for (int i = 0; i < 3000; ++i)
        bad += "ann@x.example,end_user,login,,2026-03-02T09:00:00," + QByteArray::number(i) + "\n";
    bad += "bob@x.example,end_user,login,caf\xC3\x28,2026-03-02T09:00:00,1\n";
    const ImportResult encoding = f.import(f.write(QStringLiteral("mixed.csv"), bad));
    CHECK_FALSE(encoding.ok);
    CHECK(encoding.error.contains(QLatin1String("line 3002")));
    CHECK(encoding.error.contains(QLatin1String("UTF-8")));

    const ImportResult unclosed = f.import(f.write(
        QStringLiteral("quote.csv"), kHeader + "ann@x.example,end_user,\"login,,2026-03-02,1\n"));
    CHECK_FALSE(unclosed.ok);
    CHECK(unclosed.error.contains(QLatin1String("line 2: a quoted field is not closed")));

    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_events")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_imports")) ==
          1); // the header-only one
}

TEST_CASE("An unmapped required field and a huge field are reported")
{
    ImportFixture f;
    const QString path = f.write(QStringLiteral("usage.csv"),
                                 "mail,what,when\nann@x.example,login,2026-03-02 09:00\n");
    ImportOptions o = f.options(ImportKind::Usage, path);
    CHECK(o.mapping.value(ImportField::UserEmail) == 0);
    CHECK(o.mapping.value(ImportField::Timestamp) == 2);
    o.mapping.remove(ImportField::Event);
    const ImportResult unmapped = UsageImporter(f.ws.path(), o).run(path);
    CHECK_FALSE(unmapped.ok);
    CHECK(unmapped.error.contains(QStringLiteral("“Event”")));

    QByteArray huge = kHeader + "ann@x.example,end_user,login,\"";
    huge += QByteArray(3 << 20, 'x');
    huge += "\",2026-03-02T09:00:00,1\nbob@x.example,end_user,login,,2026-03-02T09:00:00,1\n";
    const ImportResult big = f.import(f.write(QStringLiteral("huge.csv"), huge));
    REQUIRE(big.ok);
    CHECK(big.imported == 1);
    REQUIRE(big.rejected == 1);
    CHECK(big.firstRejects.at(0).column == QLatin1String("feature"));
    CHECK(big.firstRejects.at(0).reason.contains(QLatin1String("1 MiB")));
}

TEST_CASE("Cancelling midway leaves the workspace as it was")
{
    ImportFixture f;
    QByteArray bytes = kHeader;
    for (int i = 0; i < 20000; ++i)
        bytes += "u" + QByteArray::number(i % 50) +
                 "@x.example,end_user,login,,2026-03-02T09:" + QByteArray::number(10 + i % 50) +
                 ":00," + QByteArray::number(i) + "\n";
    const QString path = f.write(QStringLiteral("usage.csv"), bytes);
    UsageImporter importer(f.ws.path(), f.options(ImportKind::Usage, path));
    std::atomic<bool> cancel{false};
    importer.setCancelFlag(&cancel);
    qint64 seenRows = 0;
    importer.setProgressHandler([&](const ImportProgress &p) { seenRows = p.rowsRead; });
    cancel = true; // seen at the first check, after 4096 rows
    const ImportResult r = importer.run(path);
    CHECK_FALSE(r.ok);
    CHECK(r.cancelled);
    CHECK(r.error.contains(QLatin1String("nothing was changed")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_events")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_users")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_imports")) == 0);

    // Without cancelling, the same import goes through and reports progress at the end.
    UsageImporter again(f.ws.path(), f.options(ImportKind::Usage, path));
    again.setProgressHandler([&](const ImportProgress &p) { seenRows = p.rowsRead; });
    CHECK(again.run(path).imported == 20000);
    CHECK(seenRows == 20000);
}

TEST_CASE("Validating without writing counts what an import would do")
{
    ImportFixture f;
    const QString path = f.write(QStringLiteral("usage.csv"),
                                 kHeader + "ann@x.example,admin,login,,2026-03-02T09:00:00,30\n"
                                           "ann@x.example,admin,login,,2026-03-02T09:00:00,30\n"
                                           ",admin,login,,2026-03-02T09:00:00,30\n");
    ImportOptions o = f.options(ImportKind::Usage, path);
    o.write = false;
    const ImportResult r = UsageImporter(f.ws.path(), o).run(path);
    REQUIRE(r.ok);
    CHECK(r.imported == 1);
    CHECK(r.duplicates == 1);
    CHECK(r.rejected == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_users")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM usage_imports")) == 0);
}

TEST_CASE("Roster and training files feed users, roles, seats and completions")
{
    ImportFixture f;
    const QString roster =
        f.write(QStringLiteral("roster.csv"), "Email;Role;Seat start\n"
                                              "ann@x.example;Admin;05.01.2026\n"
                                              "bob@x.example;End user;2026-01-06\n"
                                              "cy@x.example;manager;\n");
    const ImportResult r = f.import(roster, ImportKind::Roster);
    REQUIRE(r.ok);
    CHECK(r.imported == 3);
    CHECK(f.import(roster, ImportKind::Roster).duplicates == 3);

    const QString training = f.write(QStringLiteral("training.csv"),
                                     "learner_email\tcourse\tcompleted\tpassed\ttrack\n"
                                     "ann@x.example\tAdmin basics\t2026-01-20\tyes\tadmin\n"
                                     "bob@x.example\tGetting started\t01/21/2026\tno\t\n"
                                     "bob@x.example\tGetting started\t2026-01-28\tmaybe\t\n");
    ImportOptions o = f.options(ImportKind::Training, training);
    o.dateOrder = DateOrder::MonthFirst;
    const ImportResult t = UsageImporter(f.ws.path(), o).run(training);
    REQUIRE(t.ok);
    CHECK(t.imported == 2);
    REQUIRE(t.rejected == 1);
    CHECK(t.firstRejects.at(0).reason.contains(QStringLiteral("“maybe” is not yes or no")));

    const UsageRollups rollups = f.ws->usageRollups(f.customer);
    REQUIRE(rollups.users.size() == 3);
    CHECK(rollups.users.at(0).email == QLatin1String("ann@x.example"));
    CHECK(rollups.users.at(0).role == QLatin1String("admin"));
    CHECK(rollups.users.at(0).seatStart == QDate(2026, 1, 5));
    CHECK(rollups.users.at(1).role == QLatin1String("end_user"));
    REQUIRE(rollups.training.size() == 2);
    CHECK(rollups.training.at(1).completedOn == QDate(2026, 1, 21));
    CHECK_FALSE(rollups.training.at(1).passed);
    CHECK(rollups.training.at(1).track == QLatin1String("end_user"));
}

TEST_CASE("The mapping used is remembered for the next file with the same header")
{
    ImportFixture f;
    const QString path = f.write(QStringLiteral("usage.csv"),
                                 "Who,Action,At\nann@x.example,login,2026-03-02 09:00\n");
    ImportOptions o = f.options(ImportKind::Usage, path);
    o.mapping = {{ImportField::UserEmail, 0}, {ImportField::Event, 1}, {ImportField::Timestamp, 2}};
    o.timeZone = QTimeZone("Europe/Berlin");
    const ImportResult r = UsageImporter(f.ws.path(), o).run(path);
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    const QStringList header{QStringLiteral("Who"), QStringLiteral("Action"), QStringLiteral("At")};
    const std::optional<RememberedMapping> remembered =
        f.ws->rememberedMapping(ImportKind::Usage, headerFingerprint(ImportKind::Usage, header));
    REQUIRE(remembered);
    CHECK(mappingFromJson(ImportKind::Usage, remembered->mapping, header) == o.mapping);
    CHECK(remembered->timeZone == QLatin1String("Europe/Berlin"));
    // 09:00 in Berlin is 08:00 UTC; the day is Berlin's.
    CHECK(f.count(QStringLiteral("SELECT at FROM usage_events")) ==
          QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

TEST_CASE("Damaged usage events let the workspace open, and an import refuses to add to them")
{
    ImportFixture f;
    const QString path =
        f.write(QStringLiteral("usage.csv"),
                kHeader + "ann@x.example,admin,login,,2026-03-02T09:00:00,30\n"
                          "bob@x.example,end_user,login,,2026-03-03T10:00:00,20\n");
    REQUIRE(f.import(path).ok);
    const qint64 root =
        f.count(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'usage_events'"));
    const qint64 pageSize = f.count(QStringLiteral("PRAGMA page_size"));
    const QString file = f.ws.path();
    f.ws.reopen(); // nothing cached while the page is overwritten below
    QByteArray bytes = Test::readBytes(file);
    REQUIRE(bytes.size() >= root * pageSize);
    for (qint64 i = (root - 1) * pageSize; i < root * pageSize; ++i)
        bytes[i] = char(0xA5 ^ (i * 31));
    Test::writeBytes(file, bytes);

    // The records the workspace holds are sound: it opens.
    f.ws.reopen();
    CHECK(f.ws->customer(f.customer));
    // Adding to the damaged event log is refused, and the file stays as it is.
    const ImportResult result =
        f.import(f.write(QStringLiteral("more.csv"),
                         kHeader + "cy@x.example,admin,login,,2026-03-04T09:00:00,30\n"));
    CHECK_FALSE(result.ok);
    INFO(result.error.toStdString());
    CHECK(result.error.contains(QLatin1String("usage data is damaged")));
    CHECK(Test::readBytes(file) == bytes);
}
