// SQLite's C interface on a connection Qt's driver opened, for the few reads and writes where
// QSqlQuery's QVariant per value costs more than the work itself (bulk import, reading every
// customer's usage rollups).
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <string_view>

namespace Csm {

// The sqlite3 handle of an open QSQLITE connection; null for another driver.
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

// A prepared statement on a raw connection, finalised on scope exit.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql)
    {
        if (!db || sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_stmt = nullptr;
    }
    ~SqliteStatement() { sqlite3_finalize(m_stmt); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    explicit operator bool() const { return m_stmt != nullptr; }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
    void bind(int i, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, std::string_view text)
    {
        // A null pointer would bind NULL, not an empty text.
        sqlite3_bind_text(m_stmt, i, text.data() ? text.data() : "", int(text.size()),
                          SQLITE_TRANSIENT);
    }
    // Steps once: SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_stmt); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    qint64 column(int i) const { return sqlite3_column_int64(m_stmt, i); }
    std::string_view text(int i) const
    {
        const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
        return t ? std::string_view(t, size_t(sqlite3_column_bytes(m_stmt, i)))
                 : std::string_view();
    }
    QString string(int i) const
    {
        const std::string_view t = text(i);
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Csm
