// Builds SQLite files by hand, outside the application's own code, for the storage tests,
// and watches what Qt warns about meanwhile.
#pragma once

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <initializer_list>

namespace Csm::Test {

// A connection of its own to a file, closed and removed when it goes out of scope.
class SqliteFile
{
public:
    explicit SqliteFile(const QString &path)
        : m_name(QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }

    ~SqliteFile()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    void exec(const QString &sql, std::initializer_list<QVariant> values = {}) const
    {
        QSqlQuery query(db());
        REQUIRE(query.prepare(sql));
        for (const QVariant &value : values)
            query.addBindValue(value);
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec());
    }

    QVariant value(const QString &sql) const
    {
        QSqlQuery query(db());
        INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
        REQUIRE(query.next());
        return query.value(0);
    }

private:
    QString m_name;
};

// Collects the warnings Qt prints while it exists.
class WarningLog
{
public:
    WarningLog()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&WarningLog::handle);
    }
    ~WarningLog()
    {
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }
    WarningLog(const WarningLog &) = delete;
    WarningLog &operator=(const WarningLog &) = delete;

    QStringList messages;

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && s_current)
            s_current->messages.append(message);
    }

    static inline WarningLog *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
};

} // namespace Csm::Test
