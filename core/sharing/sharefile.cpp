#include "sharefile.h"

#include "commands/addcustomer.h"
#include "interchange/onboardingfilejson.h"
#include "storage/database.h"
#include "storage/onboardingfilestore.h"
#include "storage/sharestore.h"
#include "storage/sqlitestatement.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoCommand>

#include <sqlite3.h>

namespace Csm {

namespace {

struct SharedFileText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::SharedFile)
};

QString describe(const QString &path, const QString &reason)
{
    return SharedFileText::tr("\"%1\" cannot be taken in: %2.")
        .arg(QDir::toNativeSeparators(path), reason);
}

// The usage tables of one customer's dataset, in the order they are copied.
const char *const UsageTables[] = {"usage_imports",       "usage_users",     "usage_names",
                                   "usage_events",        "usage_user_days", "usage_user_names",
                                   "training_completions"};

QString execAll(QSqlQuery &query, const QString &sql)
{
    return query.exec(sql) ? QString() : query.lastError().text();
}

// A digest of everything the file carries: the onboarding file as JSON (deterministic), the
// usage rows of every table in key order and what the file says about itself. SQLite checks
// its pages, not their values; this catches a value changed on the way.
QByteArray contentDigest(const QSqlDatabase &db, const OnboardingFile &file)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(onboardingFileToJson(file));
    sqlite3 *handle = sqliteHandle(db);
    static const char *const queries[] = {
        "SELECT * FROM usage_datasets ORDER BY id",
        "SELECT * FROM usage_imports ORDER BY id",
        "SELECT * FROM usage_users ORDER BY id",
        "SELECT * FROM usage_names ORDER BY id",
        "SELECT * FROM usage_events ORDER BY id",
        "SELECT * FROM usage_user_days ORDER BY dataset, user_id, day",
        "SELECT * FROM usage_user_names ORDER BY dataset, user_id, name_id",
        "SELECT * FROM training_completions ORDER BY id",
        "SELECT * FROM share_info WHERE key <> 'content_digest' ORDER BY key",
    };
    for (const char *sql : queries) {
        SqliteStatement statement(handle, sql);
        if (!statement)
            return {};
        hash.addData(QByteArrayView(sql));
        sqlite3_stmt *stmt = statement.get();
        const int columns = sqlite3_column_count(stmt);
        while (statement.step() == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                const int type = sqlite3_column_type(stmt, c);
                const char tag = char('0' + type);
                hash.addData(QByteArrayView(&tag, 1));
                if (type == SQLITE_INTEGER) {
                    const qint64 v = sqlite3_column_int64(stmt, c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v));
                } else if (type != SQLITE_NULL) {
                    const auto *bytes = static_cast<const char *>(sqlite3_column_blob(stmt, c));
                    const int size = sqlite3_column_bytes(stmt, c);
                    hash.addData(
                        QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
                    hash.addData(QByteArrayView(bytes, size));
                }
            }
        }
    }
    return hash.result().toHex();
}

QString setInfo(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO share_info (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    return query.exec() ? QString() : query.lastError().text();
}

QHash<QString, QString> readInfo(const QSqlDatabase &db)
{
    QHash<QString, QString> info;
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT key, value FROM share_info"))) {
        while (query.next())
            info.insert(query.value(0).toString(), query.value(1).toString());
    }
    return info;
}

// Copies one dataset's usage rows from the attached database `from` into `to`, the dataset
// `fromDataset` becoming `toDataset`. Integer keys are private to each file, so they move by
// offsets past the keys already used in `to`; event ids keep the dataset in their high bits.
QString copyUsage(QSqlDatabase db, const QString &from, const QString &to, qint64 fromDataset,
                  qint64 toDataset, bool withEvents)
{
    QSqlQuery query(db);
    const auto offset = [&](const char *table) -> qint64 {
        query.exec(
            QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1.%2").arg(to, QLatin1String(table)));
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    const qint64 io = offset("usage_imports");
    const qint64 uo = offset("usage_users");
    const qint64 no = offset("usage_names");
    const qint64 to2 = offset("training_completions");
    // Every value below is an integer computed here, or a schema name of ours.
    const QString s = QString::number(fromDataset);
    const QString d = QString::number(toDataset);
    const QStringList statements = {
        QStringLiteral("INSERT INTO %2.usage_imports SELECT id + %3, uuid, %4, kind, file_name, "
                       "imported_at, imported_by, rows_read, imported, duplicates, rejected, "
                       "mapping FROM %1.usage_imports WHERE dataset = %5")
            .arg(from, to, QString::number(io), d, s),
        QStringLiteral("INSERT INTO %2.usage_users SELECT id + %3, %4, email, role, seat_start, "
                       "in_roster FROM %1.usage_users WHERE dataset = %5")
            .arg(from, to, QString::number(uo), d, s),
        QStringLiteral("INSERT INTO %2.usage_names SELECT id + %3, %4, kind, name FROM "
                       "%1.usage_names WHERE dataset = %5")
            .arg(from, to, QString::number(no), d, s),
        QStringLiteral("INSERT INTO %2.usage_user_days SELECT %3, user_id + %4, day, events, "
                       "duration_s FROM %1.usage_user_days WHERE dataset = %5")
            .arg(from, to, d, QString::number(uo), s),
        QStringLiteral("INSERT INTO %2.usage_user_names SELECT %3, user_id + %4, name_id + %5, "
                       "first_day, last_day, events FROM %1.usage_user_names WHERE dataset = %6")
            .arg(from, to, d, QString::number(uo), QString::number(no), s),
        QStringLiteral("INSERT INTO %2.training_completions SELECT id + %3, %4, import_id + %5, "
                       "user_id + %6, course, track, completed_on, passed, row_hash FROM "
                       "%1.training_completions WHERE dataset = %7")
            .arg(from, to, QString::number(to2), d, QString::number(io), QString::number(uo), s),
    };
    for (const QString &sql : statements) {
        if (const QString error = execAll(query, sql); !error.isEmpty())
            return error;
    }
    if (withEvents) {
        const QString sql =
            QStringLiteral(
                "INSERT INTO %2.usage_events SELECT id - (%3 << 40) + (%4 << 40), import_id + %5, "
                "user_id + %6, at, day, event_id + %7, feature_id + %7, duration_s, row_hash FROM "
                "%1.usage_events WHERE id >= %3 << 40 AND id < (%3 + 1) << 40")
                .arg(from, to, s, d, QString::number(io), QString::number(uo), QString::number(no));
        if (const QString error = execAll(query, sql); !error.isEmpty())
            return error;
    }
    return {};
}

std::optional<qint64> datasetOf(QSqlDatabase db, const QString &schema, const CustomerId &id)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT id FROM %1.usage_datasets WHERE customer_id = ?").arg(schema));
    query.addBindValue(id.toString());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QString deleteDataset(QSqlDatabase db, qint64 dataset)
{
    QSqlQuery query(db);
    const QString d = QString::number(dataset);
    for (const char *table : UsageTables) {
        const QString sql =
            qstrcmp(table, "usage_events") == 0
                ? QStringLiteral("DELETE FROM main.usage_events WHERE id >= %1 << 40 AND id < "
                                 "(%1 + 1) << 40")
                      .arg(d)
                : QStringLiteral("DELETE FROM main.%1 WHERE dataset = %2")
                      .arg(QLatin1String(table), d);
        if (const QString error = execAll(query, sql); !error.isEmpty())
            return error;
    }
    return {};
}

QString attach(QSqlDatabase db, const QString &path, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS %1").arg(name));
    query.addBindValue(path);
    return query.exec() ? QString() : query.lastError().text();
}

void detach(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("DETACH DATABASE %1").arg(name));
}

// Builds the shared file's database at `path` (a new local file).
QString buildDatabase(const Workspace &workspace, const CustomerId &customer, const QString &path,
                      UsageSharing usage, ShareInfo *info)
{
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database)
        return error;
    QSqlDatabase db = database->connection();
    const OnboardingFile file = workspace.onboardingFile(customer);
    if (!db.transaction())
        return db.lastError().text();
    error = storeOnboardingFile(db, file);
    if (!error.isEmpty() || !db.commit()) {
        if (error.isEmpty())
            error = db.lastError().text();
        db.rollback();
        return error;
    }

    // The usage data, straight from the workspace file. ATTACH cannot run in a transaction.
    if (const QString e = attach(db, workspace.path(), QStringLiteral("workspace")); !e.isEmpty())
        return e;
    const std::optional<qint64> dataset = datasetOf(db, QStringLiteral("workspace"), customer);
    if (!db.transaction()) {
        detach(db, QStringLiteral("workspace"));
        return db.lastError().text();
    }
    QSqlQuery query(db);
    if (dataset) {
        query.prepare(QStringLiteral("INSERT INTO usage_datasets (id, customer_id) VALUES (?, ?)"));
        query.addBindValue(*dataset);
        query.addBindValue(customer.toString());
        if (!query.exec())
            error = query.lastError().text();
        if (error.isEmpty())
            error = copyUsage(db, QStringLiteral("workspace"), QStringLiteral("main"), *dataset,
                              *dataset, usage == UsageSharing::Raw);
    }
    QStringList importIds;
    qint64 events = 0;
    if (error.isEmpty() &&
        query.exec(QStringLiteral("SELECT uuid FROM usage_imports ORDER BY id"))) {
        while (query.next())
            importIds.append(query.value(0).toString());
    }
    if (error.isEmpty() && query.exec(QStringLiteral("SELECT COUNT(*) FROM usage_events")) &&
        query.next())
        events = query.value(0).toLongLong();

    QJsonArray known;
    for (const ShareSnapshot &s : ShareStore(workspace.database().connection()).snapshots(customer))
        known.append(s.id);
    known.append(info->exchangeId);
    info->customer = customer;
    info->accountName = file.customer.accountName;
    info->hasUsage = dataset.has_value();
    info->usage = usage;
    info->usageEvents = events;
    info->usageImportIds = importIds;
    info->knownExchanges.clear();
    for (const QJsonValue &v : std::as_const(known))
        info->knownExchanges.append(v.toString());
    const QList<std::pair<QString, QString>> values = {
        {QStringLiteral("format"), QString::fromLatin1(SharedFileFormat)},
        {QStringLiteral("format_version"), QString::number(SharedFileFormatVersion)},
        {QStringLiteral("exchange_id"), info->exchangeId},
        {QStringLiteral("customer_id"), customer.toString()},
        {QStringLiteral("account_name"), file.customer.accountName},
        {QStringLiteral("written_at"), timestampToString(info->writtenAt)},
        {QStringLiteral("written_by"), info->writtenBy},
        {QStringLiteral("usage"), !dataset                     ? QStringLiteral("none")
                                  : usage == UsageSharing::Raw ? QStringLiteral("raw")
                                                               : QStringLiteral("rollups")},
        {QStringLiteral("known_exchanges"),
         QString::fromUtf8(QJsonDocument(known).toJson(QJsonDocument::Compact))},
    };
    for (const auto &[key, value] : values) {
        if (error.isEmpty())
            error = setInfo(db, key, value);
    }
    if (error.isEmpty())
        error = setInfo(db, QStringLiteral("content_digest"),
                        QString::fromLatin1(contentDigest(db, file)));
    if (!error.isEmpty() || !db.commit()) {
        if (error.isEmpty())
            error = db.lastError().text();
        db.rollback();
    }
    detach(db, QStringLiteral("workspace"));
    return error;
}

// Copies `from` over `to` atomically: the old file stays until the new one is complete.
QString copyAtomically(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return in.errorString();
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    QByteArray buffer;
    while (!in.atEnd()) {
        buffer = in.read(1 << 20);
        if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
            return in.errorString();
        if (out.write(buffer) != buffer.size())
            return out.errorString();
    }
    if (!out.commit())
        return out.errorString();
    return {};
}

class MergeCustomer : public QUndoCommand
{
public:
    MergeCustomer(Workspace *workspace, OnboardingFile before, OnboardingFile after)
        : m_workspace(workspace)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(QCoreApplication::translate("Csm::Commands", "Take back shared file of %1")
                    .arg(m_after.customer.accountName));
    }
    void redo() override
    {
        if (!m_workspace->replaceOnboardingFile(m_after))
            setObsolete(true);
    }
    void undo() override { m_workspace->replaceOnboardingFile(m_before); }

private:
    Workspace *m_workspace;
    OnboardingFile m_before;
    OnboardingFile m_after;
};

} // namespace

ShareWriteResult writeSharedFile(Workspace &workspace, const CustomerId &customer,
                                 const QString &path, const ShareOptions &options)
{
    ShareWriteResult result;
    const auto fail = [&](const QString &reason) {
        result.error =
            QCoreApplication::translate("Csm::SharedFile", "\"%1\" cannot be written: %2.")
                .arg(QDir::toNativeSeparators(path), reason);
        return result;
    };
    if (!workspace.customer(customer))
        return fail(SharedFileText::tr("the customer is not in the workspace"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(SharedFileText::tr("no temporary folder could be made"));
    result.info.exchangeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.info.writtenAt = workspace.now();
    result.info.writtenBy = workspace.author();
    const QString plain = dir.filePath(QStringLiteral("shared.onboarding"));
    if (const QString error =
            buildDatabase(workspace, customer, plain, options.usage, &result.info);
        !error.isEmpty())
        return fail(error);
    QString local = plain;
    if (!options.passphrase.isEmpty()) {
        local = dir.filePath(QStringLiteral("shared.protected"));
        if (const QString error =
                ShareCrypto::encryptFile(plain, local, options.passphrase, options.strength);
            !error.isEmpty())
            return fail(error);
        result.info.encrypted = true;
    }
    if (const QString error = copyAtomically(local, path); !error.isEmpty())
        return fail(error);
    result.info.fileSize = QFileInfo(path).size();

    const OnboardingFile content = workspace.onboardingFile(customer);
    ShareSnapshot snapshot{result.info.exchangeId, customer, result.info.writtenAt,
                           QStringLiteral("sent"), QFileInfo(path).absoluteFilePath()};
    if (const QString error = ShareStore(workspace.database().connection())
                                  .insertSnapshot(snapshot, onboardingFileToJson(content));
        !error.isEmpty())
        return fail(error);
    result.ok = true;
    return result;
}

qint64 sharedFileSize(const Workspace &workspace, const CustomerId &customer, UsageSharing usage)
{
    QTemporaryDir dir;
    ShareInfo info;
    info.exchangeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString plain = dir.filePath(QStringLiteral("measure.onboarding"));
    if (!dir.isValid())
        return -1;
    if (!buildDatabase(workspace, customer, plain, usage, &info).isEmpty())
        return -1;
    return QFileInfo(plain).size();
}

bool sharedFileNeedsPassphrase(const QString &path)
{
    return ShareCrypto::isEncryptedFile(path);
}

SharedFile::~SharedFile() = default;

std::unique_ptr<SharedFile> SharedFile::open(const QString &path, const QByteArray &passphrase,
                                             QString *error, ShareError *kind)
{
    const auto fail = [&](ShareError what, const QString &reason) -> std::unique_ptr<SharedFile> {
        if (error)
            *error = describe(path, reason);
        if (kind)
            *kind = what;
        return nullptr;
    };
    if (kind)
        *kind = ShareError::None;
    std::unique_ptr<SharedFile> shared(new SharedFile);
    shared->m_sourcePath = QFileInfo(path).absoluteFilePath();
    if (!shared->m_dir.isValid())
        return fail(ShareError::CannotRead,
                    SharedFileText::tr("no temporary folder could be made"));
    QFile source(path);
    if (!source.exists())
        return fail(ShareError::CannotRead, SharedFileText::tr("the file does not exist"));
    const QString copy = shared->m_dir.filePath(QStringLiteral("received"));
    if (!source.copy(copy))
        return fail(ShareError::CannotRead, source.errorString());
    shared->m_info.fileSize = QFileInfo(copy).size();
    QString local = copy;
    if (ShareCrypto::isEncryptedFile(copy)) {
        shared->m_info.encrypted = true;
        if (passphrase.isEmpty())
            return fail(ShareError::NeedsPassphrase,
                        SharedFileText::tr("it is protected by a passphrase"));
        local = shared->m_dir.filePath(QStringLiteral("received.onboarding"));
        DecryptError decryptError = DecryptError::None;
        const QString message = ShareCrypto::decryptFile(copy, local, passphrase, &decryptError);
        if (!message.isEmpty()) {
            // The message names the local copy; the user knows the file by its own name.
            if (error)
                *error = QString(message).replace(QDir::toNativeSeparators(copy),
                                                  QDir::toNativeSeparators(path));
            if (kind) {
                switch (decryptError) {
                case DecryptError::WrongPassphrase:
                    *kind = ShareError::WrongPassphrase;
                    break;
                case DecryptError::Tampered:
                    *kind = ShareError::Tampered;
                    break;
                case DecryptError::Truncated:
                    *kind = ShareError::Truncated;
                    break;
                case DecryptError::Unsupported:
                    *kind = ShareError::Unsupported;
                    break;
                default:
                    *kind = ShareError::CannotRead;
                }
            }
            return nullptr;
        }
    }
    shared->m_localPath = local;

    // SQLite's header states the file's size in pages: a shorter file was cut on the way.
    {
        QFile db(local);
        if (db.open(QIODevice::ReadOnly)) {
            const QByteArray header = db.read(100);
            if (header.startsWith("SQLite format 3") && header.size() == 100) {
                const auto byte = [&](int i) { return quint32(quint8(header.at(i))); };
                quint32 pageSize = (byte(16) << 8) | byte(17);
                if (pageSize == 1)
                    pageSize = 65536;
                const quint32 pages =
                    (byte(28) << 24) | (byte(29) << 16) | (byte(30) << 8) | byte(31);
                const qint64 expected = qint64(pageSize) * pages;
                if (pages > 0 && db.size() < expected)
                    return fail(ShareError::Truncated,
                                SharedFileText::tr("the file is cut short (%1 of %2 bytes)")
                                    .arg(db.size())
                                    .arg(expected));
            } else if (!header.startsWith("SQLite format 3") &&
                       QByteArrayLiteral("SQLite format 3").startsWith(header)) {
                return fail(ShareError::Truncated, SharedFileText::tr("the file is cut short"));
            }
        }
    }

    // The version before Database::open upgrades the local copy of an older file.
    int fileVersion = 0;
    {
        QString reason;
        OpenError openError = OpenError::None;
        std::unique_ptr<Database> database = Database::open(local, &reason, &openError);
        if (!database) {
            // Database names the local copy; the user knows the file by its own name.
            reason.replace(QDir::toNativeSeparators(local), QDir::toNativeSeparators(path));
            switch (openError) {
            case OpenError::NotSqlite:
                if (QFileInfo(local).size() < 100)
                    return fail(ShareError::Truncated, SharedFileText::tr("the file is cut short"));
                return fail(
                    ShareError::NotOnboardingFile,
                    SharedFileText::tr("it is not a CSM Workspace file (not an SQLite database)"));
            case OpenError::ForeignApplication:
                return fail(ShareError::NotOnboardingFile,
                            SharedFileText::tr("it is another application's database, not a shared "
                                               "onboarding file"));
            case OpenError::TooNew:
                if (error)
                    *error = reason;
                if (kind)
                    *kind = ShareError::TooNew;
                return nullptr;
            case OpenError::Damaged:
                return fail(ShareError::Damaged, SharedFileText::tr("the file is damaged"));
            default:
                if (error)
                    *error = reason;
                if (kind)
                    *kind = ShareError::CannotRead;
                return nullptr;
            }
        }
        const QStringList problems = database->integrityProblems();
        if (!problems.isEmpty())
            return fail(ShareError::Damaged,
                        SharedFileText::tr("the file is damaged (%1)").arg(problems.constFirst()));
        if (database->backupPath().isEmpty())
            fileVersion = database->schemaVersion();
        const QHash<QString, QString> info = readInfo(database->connection());
        if (info.value(QStringLiteral("format")) != QLatin1String(SharedFileFormat))
            return fail(ShareError::NotShared,
                        SharedFileText::tr("it is a workspace, not one customer's shared file"));
        if (info.value(QStringLiteral("format_version")).toInt() > SharedFileFormatVersion)
            return fail(ShareError::TooNew,
                        SharedFileText::tr(
                            "it was written by a newer version of CSM Workspace. Please update "
                            "the application"));
        ShareInfo &out = shared->m_info;
        out.exchangeId = info.value(QStringLiteral("exchange_id"));
        out.customer = CustomerId::fromString(info.value(QStringLiteral("customer_id")));
        out.accountName = info.value(QStringLiteral("account_name"));
        out.writtenAt = timestampFromString(info.value(QStringLiteral("written_at")));
        out.writtenBy = info.value(QStringLiteral("written_by"));
        const QString usage = info.value(QStringLiteral("usage"));
        out.hasUsage = usage == QLatin1String("raw") || usage == QLatin1String("rollups");
        out.usage =
            usage == QLatin1String("rollups") ? UsageSharing::RollupsOnly : UsageSharing::Raw;
        const QJsonArray known =
            QJsonDocument::fromJson(info.value(QStringLiteral("known_exchanges")).toUtf8()).array();
        for (const QJsonValue &v : known)
            out.knownExchanges.append(v.toString());
        if (out.exchangeId.isEmpty() || out.customer.isNull())
            return fail(ShareError::Damaged,
                        SharedFileText::tr("it does not say which customer it holds"));
        QSqlQuery query(database->connection());
        if (query.exec(QStringLiteral("SELECT uuid FROM usage_imports ORDER BY id"))) {
            while (query.next())
                out.usageImportIds.append(query.value(0).toString());
        }
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM usage_events")) && query.next())
            out.usageEvents = query.value(0).toLongLong();
        if (query.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && query.next() &&
            query.value(0).toInt() != 1)
            return fail(ShareError::NotShared,
                        SharedFileText::tr("it holds more than one customer"));
        shared->m_info.exchangeId = out.exchangeId;
        // Read the records while this connection still holds the digest.
        const QString stored = info.value(QStringLiteral("content_digest"));
        database.reset();

        QString openError2;
        std::unique_ptr<Workspace> reader = Workspace::open(local, &openError2);
        if (!reader)
            return fail(ShareError::Damaged, openError2);
        if (!reader->customer(out.customer))
            return fail(ShareError::Damaged,
                        SharedFileText::tr("the customer it names is not in it"));
        shared->m_file = reader->onboardingFile(out.customer);
        // A file of this version must give the same digest; an older one was upgraded here,
        // which changes its JSON, and relies on SQLite's checks alone.
        if (fileVersion == Database::latestSchemaVersion() &&
            contentDigest(reader->database().connection(), shared->m_file) != stored.toLatin1())
            return fail(ShareError::Damaged,
                        SharedFileText::tr(
                            "its content does not match its checksum: it was changed or damaged "
                            "on the way"));
    }
    return shared;
}

TakeBackPlan planTakeBack(const Workspace &workspace, const SharedFile &file)
{
    TakeBackPlan plan;
    plan.info = file.info();
    plan.sourcePath = file.sourcePath();
    plan.theirs = file.file();
    const CustomerId id = plan.info.customer;
    plan.isNewCustomer = workspace.customer(id) == nullptr;
    if (plan.isNewCustomer) {
        plan.problem = workspace.insertConflict(plan.theirs);
        plan.merge.merged = plan.theirs;
        plan.merge.changesOurs = true;
        plan.merge.counts.added = 1;
    } else {
        plan.ours = workspace.onboardingFile(id);
        const ShareStore store(workspace.database().connection());
        const QSet<QString> known(plan.info.knownExchanges.cbegin(),
                                  plan.info.knownExchanges.cend());
        const QList<ShareSnapshot> ours = store.snapshots(id);
        for (auto it = ours.crbegin(); it != ours.crend(); ++it) {
            if (!known.contains(it->id))
                continue;
            const std::optional<QByteArray> content = store.snapshotContent(it->id);
            QString error;
            std::optional<OnboardingFile> base =
                content ? onboardingFileFromJson(*content, &error) : std::nullopt;
            if (base) {
                plan.base = std::move(base);
                plan.baseExchangeId = it->id;
                plan.baseExchangedAt = it->exchangedAt;
                break;
            }
        }
        plan.merge = mergeOnboardingFiles(plan.base, plan.ours, plan.theirs);
    }

    // Usage data is imported, not edited: the side whose imports include the other's wins.
    if (!plan.info.hasUsage)
        return plan;
    const QList<UsageImportRecord> imports = workspace.usageImports(id);
    if (imports.isEmpty()) {
        plan.usage = TakeBackPlan::Usage::Add;
        return plan;
    }
    QSet<QString> ourIds;
    for (const UsageImportRecord &r : imports)
        ourIds.insert(r.id);
    const QSet<QString> theirIds(plan.info.usageImportIds.cbegin(),
                                 plan.info.usageImportIds.cend());
    if (theirIds == ourIds) {
        plan.usage = TakeBackPlan::Usage::None;
    } else if (theirIds.contains(ourIds)) {
        const bool weHaveEvents = UsageStore(workspace.database().connection()).eventCount(id) > 0;
        if (plan.info.usage == UsageSharing::RollupsOnly && weHaveEvents) {
            plan.usage = TakeBackPlan::Usage::KeepOurs;
            plan.usageNote =
                SharedFileText::tr("The file has newer usage imports but carries their rollups "
                                   "only; the raw events here are kept. Ask for the file with raw "
                                   "usage data to take them.");
        } else {
            plan.usage = TakeBackPlan::Usage::Replace;
        }
    } else {
        plan.usage = TakeBackPlan::Usage::KeepOurs;
        plan.usageNote =
            ourIds.contains(theirIds)
                ? SharedFileText::tr(
                      "The usage data here already includes everything the file carries.")
                : SharedFileText::tr(
                      "Both sides imported usage data the other does not have; the data here is "
                      "kept. Import the other side's usage files here to combine them.");
        if (ourIds.contains(theirIds))
            plan.usage = TakeBackPlan::Usage::None;
    }
    return plan;
}

MergeResult TakeBackPlan::resolve(const QList<MergeChoice> &choices) const
{
    if (isNewCustomer)
        return merge;
    return mergeOnboardingFiles(base, ours, theirs, choices);
}

QString takeBack(Workspace &workspace, const SharedFile &file, const TakeBackPlan &plan,
                 const QList<MergeChoice> &choices)
{
    if (!plan.problem.isEmpty())
        return plan.problem;
    const CustomerId id = plan.info.customer;
    QUndoStack *stack = workspace.undoStack();
    const int before = stack->count();
    const int index = stack->index();
    if (plan.isNewCustomer) {
        stack->push(new AddCustomer(&workspace, plan.theirs));
    } else {
        const MergeResult result = plan.resolve(choices);
        if (result.changesOurs)
            stack->push(new MergeCustomer(&workspace, plan.ours, result.merged));
    }
    const bool pushed = stack->count() != before || stack->index() != index;
    const bool wanted = plan.isNewCustomer || plan.resolve(choices).changesOurs;
    if (wanted && !pushed)
        return workspace.lastError().isEmpty()
                   ? SharedFileText::tr("The file could not be taken back.")
                   : workspace.lastError();

    QSqlDatabase db = workspace.database().connection();
    ShareStore store(db);
    const ShareSnapshot snapshot{plan.info.exchangeId, id, workspace.now(),
                                 QStringLiteral("received"), plan.sourcePath};
    QString error = store.insertSnapshot(snapshot, onboardingFileToJson(plan.theirs));
    if (error.isEmpty()) {
        if (const auto remembered = store.sharedFile(id);
            remembered && QFileInfo(remembered->path) == QFileInfo(plan.sourcePath)) {
            const QFileInfo info(plan.sourcePath);
            error = store.rememberSharedFile(
                {id, remembered->path, info.size(), info.lastModified().toUTC()});
        }
    }

    if (error.isEmpty() &&
        (plan.usage == TakeBackPlan::Usage::Add || plan.usage == TakeBackPlan::Usage::Replace)) {
        error = attach(db, file.localPath(), QStringLiteral("shared"));
        if (error.isEmpty()) {
            const std::optional<qint64> theirs = datasetOf(db, QStringLiteral("shared"), id);
            std::optional<qint64> ours = datasetOf(db, QStringLiteral("main"), id);
            if (!db.transaction()) {
                error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                if (!ours) {
                    query.prepare(
                        QStringLiteral("INSERT INTO usage_datasets (customer_id) VALUES (?)"));
                    query.addBindValue(id.toString());
                    if (query.exec())
                        ours = query.lastInsertId().toLongLong();
                    else
                        error = query.lastError().text();
                } else {
                    error = deleteDataset(db, *ours);
                }
                if (error.isEmpty() && theirs && ours)
                    error = copyUsage(db, QStringLiteral("shared"), QStringLiteral("main"), *theirs,
                                      *ours, plan.info.usage == UsageSharing::Raw);
                if (error.isEmpty() && !db.commit())
                    error = db.lastError().text();
                if (!error.isEmpty())
                    db.rollback();
            }
            detach(db, QStringLiteral("shared"));
        }
        if (error.isEmpty())
            workspace.notifyUsageImported(id);
    }
    return error;
}

} // namespace Csm
