#include "sharestore.h"

#include "domain/recordmeta.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Csm {

namespace {

RememberedSharedFile sharedFileFrom(const QSqlQuery &query)
{
    RememberedSharedFile file;
    file.customer = CustomerId::fromString(query.value(0).toString());
    file.path = query.value(1).toString();
    file.size = query.value(2).toLongLong();
    file.modifiedAt = timestampFromString(query.value(3).toString());
    return file;
}

} // namespace

QString ShareStore::insertSnapshot(const ShareSnapshot &snapshot, const QByteArray &content) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO share_snapshots (id, customer_id, exchanged_at, direction, "
        "file_path, content) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(snapshot.id);
    query.addBindValue(snapshot.customer.toString());
    query.addBindValue(timestampToString(snapshot.exchangedAt));
    query.addBindValue(snapshot.direction);
    query.addBindValue(snapshot.filePath);
    query.addBindValue(content);
    return query.exec() ? QString() : query.lastError().text();
}

QList<ShareSnapshot> ShareStore::snapshots(const CustomerId &customer) const
{
    QList<ShareSnapshot> result;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, exchanged_at, direction, file_path FROM "
                       "share_snapshots WHERE customer_id = ? ORDER BY exchanged_at, id"));
    query.addBindValue(customer.toString());
    if (!query.exec())
        return result;
    while (query.next()) {
        ShareSnapshot s;
        s.id = query.value(0).toString();
        s.customer = customer;
        s.exchangedAt = timestampFromString(query.value(1).toString());
        s.direction = query.value(2).toString();
        s.filePath = query.value(3).toString();
        result.append(s);
    }
    return result;
}

std::optional<QByteArray> ShareStore::snapshotContent(const QString &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT content FROM share_snapshots WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

QString ShareStore::rememberSharedFile(const RememberedSharedFile &file) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO shared_files (customer_id, path, "
                                 "file_size, file_modified_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(file.customer.toString());
    query.addBindValue(file.path);
    query.addBindValue(file.size);
    query.addBindValue(timestampToString(file.modifiedAt));
    return query.exec() ? QString() : query.lastError().text();
}

QString ShareStore::forgetSharedFile(const CustomerId &customer) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM shared_files WHERE customer_id = ?"));
    query.addBindValue(customer.toString());
    return query.exec() ? QString() : query.lastError().text();
}

QList<RememberedSharedFile> ShareStore::sharedFiles() const
{
    QList<RememberedSharedFile> result;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT customer_id, path, file_size, file_modified_at FROM "
                                   "shared_files ORDER BY path")))
        return result;
    while (query.next())
        result.append(sharedFileFrom(query));
    return result;
}

std::optional<RememberedSharedFile> ShareStore::sharedFile(const CustomerId &customer) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT customer_id, path, file_size, file_modified_at FROM "
                                 "shared_files WHERE customer_id = ?"));
    query.addBindValue(customer.toString());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return sharedFileFrom(query);
}

} // namespace Csm
