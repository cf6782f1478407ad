#include "usagestore.h"

#include "sqlitestatement.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Csm {

namespace {

const QDate kEpoch(1970, 1, 1);

QDate dayToDate(qint64 day)
{
    return kEpoch.addDays(day);
}

std::optional<qint64> datasetOf(const QSqlDatabase &db, const CustomerId &customer)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM usage_datasets WHERE customer_id = ?"));
    query.addBindValue(customer.toString());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace

UsageRollups UsageStore::rollups(const CustomerId &customer, QString *error) const
{
    UsageRollups rollups;
    const std::optional<qint64> dataset = datasetOf(m_db, customer);
    if (!dataset)
        return rollups;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    auto fail = [&] {
        if (error)
            *error = query.lastError().text();
        return UsageRollups();
    };

    QHash<qint64, int> users;
    query.prepare(QStringLiteral("SELECT id, email, role, seat_start, in_roster FROM usage_users "
                                 "WHERE dataset = ? ORDER BY email"));
    query.addBindValue(*dataset);
    if (!query.exec())
        return fail();
    while (query.next()) {
        users.insert(query.value(0).toLongLong(), int(rollups.users.size()));
        UsageRollups::User user;
        user.email = query.value(1).toString();
        user.role = query.value(2).toString();
        user.seatStart = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        user.inRoster = query.value(4).toBool();
        rollups.users.append(user);
    }

    // Names: kind 0 events, kind 1 features.
    QHash<qint64, std::pair<int, int>> names; // id -> (kind, index)
    query.prepare(QStringLiteral(
        "SELECT id, kind, name FROM usage_names WHERE dataset = ? ORDER BY kind, name"));
    query.addBindValue(*dataset);
    if (!query.exec())
        return fail();
    while (query.next()) {
        const int kind = query.value(1).toInt();
        QStringList &list = kind == 0 ? rollups.events : rollups.features;
        names.insert(query.value(0).toLongLong(), {kind, int(list.size())});
        list.append(query.value(2).toString());
    }

    query.prepare(QStringLiteral("SELECT user_id, day, events, duration_s FROM usage_user_days "
                                 "WHERE dataset = ? ORDER BY day, user_id"));
    query.addBindValue(*dataset);
    if (!query.exec())
        return fail();
    while (query.next()) {
        UsageRollups::UserDay d;
        d.user = users.value(query.value(0).toLongLong(), -1);
        d.day = dayToDate(query.value(1).toLongLong());
        d.events = query.value(2).toInt();
        d.durationSeconds = query.value(3).toLongLong();
        if (d.user >= 0)
            rollups.userDays.append(d);
    }

    query.prepare(QStringLiteral("SELECT user_id, name_id, first_day, last_day, events FROM "
                                 "usage_user_names WHERE dataset = ? ORDER BY user_id, name_id"));
    query.addBindValue(*dataset);
    if (!query.exec())
        return fail();
    while (query.next()) {
        const auto name = names.find(query.value(1).toLongLong());
        const int user = users.value(query.value(0).toLongLong(), -1);
        if (name == names.end() || user < 0)
            continue;
        UsageRollups::UserName u;
        u.user = user;
        u.name = name->second;
        u.first = dayToDate(query.value(2).toLongLong());
        u.last = dayToDate(query.value(3).toLongLong());
        u.count = query.value(4).toInt();
        (name->first == 0 ? rollups.userEvents : rollups.userFeatures).append(u);
    }

    query.prepare(
        QStringLiteral("SELECT user_id, course, track, completed_on, passed FROM "
                       "training_completions WHERE dataset = ? ORDER BY completed_on, id"));
    query.addBindValue(*dataset);
    if (!query.exec())
        return fail();
    while (query.next()) {
        UsageRollups::Training t;
        t.user = users.value(query.value(0).toLongLong(), -1);
        t.course = query.value(1).toString();
        t.track = query.value(2).toString();
        t.completedOn = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        t.passed = query.value(4).toBool();
        if (t.user >= 0)
            rollups.training.append(t);
    }
    return rollups;
}

QHash<CustomerId, UsageRollups> UsageStore::allRollups(QString *error) const
{
    // Hundreds of thousands of rows: read through SQLite's C interface, which spares a
    // QVariant per value (QSqlQuery made this several times slower).
    sqlite3 *db = sqliteHandle(m_db);
    QHash<qint64, UsageRollups> byDataset;
    QHash<qint64, CustomerId> customers;
    bool failed = false;
    // Runs `sql`, calling `row` for each result row; false on an error.
    const auto each = [&](const char *sql, const auto &row) {
        if (failed)
            return;
        SqliteStatement statement(db, sql);
        int rc = statement ? statement.step() : SQLITE_ERROR;
        for (; rc == SQLITE_ROW; rc = statement.step())
            row(statement);
        if (rc != SQLITE_DONE) {
            failed = true;
            if (error)
                *error = db ? QString::fromUtf8(sqlite3_errmsg(db))
                            : QStringLiteral("not an SQLite connection");
        }
    };
    const auto date = [](std::string_view text) {
        return QDate::fromString(QLatin1String(text.data(), qsizetype(text.size())), Qt::ISODate);
    };

    each("SELECT id, customer_id FROM usage_datasets", [&](const SqliteStatement &q) {
        customers.insert(q.column(0), CustomerId::fromString(q.string(1)));
    });

    // Ids of users and names are unique across datasets.
    QHash<qint64, int> users;
    each("SELECT dataset, id, email, role, seat_start, in_roster FROM usage_users "
         "ORDER BY dataset, email",
         [&](const SqliteStatement &q) {
             UsageRollups &rollups = byDataset[q.column(0)];
             users.insert(q.column(1), int(rollups.users.size()));
             UsageRollups::User user;
             user.email = q.string(2);
             user.role = q.string(3);
             user.seatStart = date(q.text(4));
             user.inRoster = q.column(5) != 0;
             rollups.users.append(user);
         });

    QHash<qint64, std::pair<int, int>> names; // id -> (kind, index)
    each("SELECT dataset, id, kind, name FROM usage_names ORDER BY dataset, kind, name",
         [&](const SqliteStatement &q) {
             UsageRollups &rollups = byDataset[q.column(0)];
             const int kind = int(q.column(2));
             QStringList &list = kind == 0 ? rollups.events : rollups.features;
             names.insert(q.column(1), {kind, int(list.size())});
             list.append(q.string(3));
         });

    // Rows come dataset by dataset: look the dataset up once per run of rows.
    UsageRollups *current = nullptr;
    qint64 currentDataset = -1;
    const auto rollupsOf = [&](qint64 dataset) -> UsageRollups & {
        if (dataset != currentDataset) {
            current = &byDataset[dataset];
            currentDataset = dataset;
        }
        return *current;
    };
    // In key order (dataset, user, day): no sort, which would take longer than the reading.
    each("SELECT dataset, user_id, day, events, duration_s FROM usage_user_days",
         [&](const SqliteStatement &q) {
             UsageRollups::UserDay d;
             d.user = users.value(q.column(1), -1);
             d.day = dayToDate(q.column(2));
             d.events = int(q.column(3));
             d.durationSeconds = q.column(4);
             if (d.user >= 0)
                 rollupsOf(q.column(0)).userDays.append(d);
         });

    each("SELECT dataset, user_id, name_id, first_day, last_day, events FROM "
         "usage_user_names ORDER BY dataset, user_id, name_id",
         [&](const SqliteStatement &q) {
             const auto name = names.constFind(q.column(2));
             const int user = users.value(q.column(1), -1);
             if (name == names.constEnd() || user < 0)
                 return;
             UsageRollups::UserName u;
             u.user = user;
             u.name = name->second;
             u.first = dayToDate(q.column(3));
             u.last = dayToDate(q.column(4));
             u.count = int(q.column(5));
             UsageRollups &rollups = rollupsOf(q.column(0));
             (name->first == 0 ? rollups.userEvents : rollups.userFeatures).append(u);
         });

    each("SELECT dataset, user_id, course, track, completed_on, passed FROM "
         "training_completions ORDER BY dataset, completed_on, id",
         [&](const SqliteStatement &q) {
             UsageRollups::Training t;
             t.user = users.value(q.column(1), -1);
             t.course = q.string(2);
             t.track = q.string(3);
             t.completedOn = date(q.text(4));
             t.passed = q.column(5) != 0;
             if (t.user >= 0)
                 rollupsOf(q.column(0)).training.append(t);
         });

    QHash<CustomerId, UsageRollups> all;
    for (auto it = byDataset.begin(); it != byDataset.end(); ++it) {
        if (!it->users.isEmpty())
            all.insert(customers.value(it.key()), std::move(*it));
    }
    return all;
}

QList<UsageImportRecord> UsageStore::imports(const CustomerId &customer) const
{
    QList<UsageImportRecord> list;
    const std::optional<qint64> dataset = datasetOf(m_db, customer);
    if (!dataset)
        return list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT uuid, kind, file_name, imported_at, imported_by, rows_read, imported, "
        "duplicates, rejected FROM usage_imports WHERE dataset = ? ORDER BY id DESC"));
    query.addBindValue(*dataset);
    if (!query.exec())
        return list;
    while (query.next()) {
        UsageImportRecord r;
        r.id = query.value(0).toString();
        importKindFromKey(query.value(1).toString(), &r.kind);
        r.fileName = query.value(2).toString();
        r.importedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        r.importedBy = query.value(4).toString();
        r.rowsRead = query.value(5).toLongLong();
        r.imported = query.value(6).toLongLong();
        r.duplicates = query.value(7).toLongLong();
        r.rejected = query.value(8).toLongLong();
        list.append(r);
    }
    return list;
}

std::optional<RememberedMapping> UsageStore::rememberedMapping(ImportKind kind,
                                                               const QString &fingerprint) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT mapping, time_zone, date_order FROM import_mappings "
                                 "WHERE kind = ? AND fingerprint = ?"));
    query.addBindValue(importKindKey(kind));
    query.addBindValue(fingerprint);
    if (!query.exec() || !query.next())
        return std::nullopt;
    RememberedMapping remembered;
    remembered.mapping = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    remembered.timeZone = query.value(1).toString();
    remembered.dateOrder = query.value(2).toString() == QLatin1String("month_first")
                               ? DateOrder::MonthFirst
                               : DateOrder::DayFirst;
    return remembered;
}

qint64 UsageStore::eventCount(const CustomerId &customer) const
{
    const std::optional<qint64> dataset = datasetOf(m_db, customer);
    if (!dataset)
        return 0;
    QSqlQuery query(m_db);
    // A dataset's events are the ids from dataset << 40 on (see the migration).
    query.prepare(QStringLiteral("SELECT count(*) FROM usage_events WHERE id >= ? AND id < ?"));
    query.addBindValue(*dataset << 40);
    query.addBindValue((*dataset + 1) << 40);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace Csm
