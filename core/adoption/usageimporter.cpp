#include "usageimporter.h"

#include "storage/sqlitestatement.h"

#include "adoption/timestampparser.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace Csm {

namespace {

struct UsageImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::UsageImporter)
};

} // namespace

ImportPreview previewImportFile(const QString &path, int rows)
{
    ImportPreview preview;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error =
            UsageImporterText::tr("%1: cannot be read (%2)").arg(name, file.errorString());
        return preview;
    }
    preview.format = detectCsvFormat(file.peek(64 * 1024));
    if (!preview.format.problem.isEmpty()) {
        preview.error = UsageImporterText::tr("%1: %2").arg(name, preview.format.problem);
        return preview;
    }
    CsvReader reader(&file, preview.format);
    QStringList fields;
    if (!reader.readRecord(&fields)) {
        preview.error = reader.error().isEmpty()
                            ? UsageImporterText::tr("%1: the file is empty").arg(name)
                            : UsageImporterText::tr("%1: %2").arg(name, reader.error());
        return preview;
    }
    for (QString &h : fields)
        h = h.trimmed();
    preview.header = fields;
    QList<QByteArray> dateSamples;
    while (preview.rows.size() < rows && reader.readRecord(&fields)) {
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
            continue;
        preview.rows.append(fields);
        for (const QString &f : std::as_const(fields))
            if (f.contains(u'/'))
                dateSamples.append(f.toUtf8());
    }
    if (!reader.error().isEmpty())
        preview.error = UsageImporterText::tr("%1: %2").arg(name, reader.error());
    QList<std::string_view> samples;
    for (const QByteArray &s : std::as_const(dateSamples))
        samples.append(std::string_view(s.constData(), size_t(s.size())));
    if (const std::optional<DateOrder> order = detectDateOrder(samples)) {
        preview.dateOrder = *order;
        preview.dateOrderCertain = true;
    }
    return preview;
}

UsageImporter::UsageImporter(QString workspacePath, ImportOptions options)
    : m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options))
{}

namespace {

// 64-bit FNV-1a, then mixed; never 0 (0 marks an empty slot in HashSet).
quint64 hashBytes(std::string_view bytes, quint64 seed = 0xcbf29ce484222325ULL)
{
    quint64 h = seed;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x ? x : 1;
}

// A set of row hashes: open addressing, linear probing. Holds millions in a few MB, and is
// several times faster than std::unordered_set for this.
class HashSet
{
public:
    HashSet() { m_slots.assign(1 << 16, 0); }
    // Room for `count` hashes without growing.
    void reserve(qint64 count)
    {
        size_t capacity = m_slots.size();
        while (capacity * 3 < size_t(count) * 4)
            capacity *= 2;
        if (capacity > m_slots.size()) {
            std::vector<quint64> old(capacity, 0);
            old.swap(m_slots);
            m_size = 0;
            for (const quint64 h : old)
                if (h)
                    insert(h);
        }
    }
    // True when `h` was not there yet.
    bool insert(quint64 h)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = h & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == h)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = h;
                ++m_size;
                return true;
            }
        }
    }

    // Asks for the slot of `h` to be in cache by the time insert() looks.
    void prefetch(quint64 h) const { __builtin_prefetch(&m_slots[h & (m_slots.size() - 1)]); }

private:
    void grow()
    {
        std::vector<quint64> old(m_slots.size() * 2, 0);
        old.swap(m_slots);
        m_size = 0;
        for (const quint64 h : old)
            if (h)
                insert(h);
    }
    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

// A map from 64-bit keys to small values: open addressing, linear probing, keys mixed. The
// rollups add to one entry per row, so this sits in the import's inner loop.
template<typename V> class FlatMap
{
public:
    FlatMap() { m_slots.resize(1 << 12); }
    V &operator[](quint64 key)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        const size_t mask = m_slots.size() - 1;
        for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.used && slot.key == key)
                return slot.value;
            if (!slot.used) {
                slot.used = true;
                slot.key = key;
                ++m_size;
                return slot.value;
            }
        }
    }
    template<typename F> void forEach(F f) const
    {
        for (const Slot &slot : m_slots)
            if (slot.used)
                f(slot.key, slot.value);
    }

private:
    struct Slot
    {
        quint64 key = 0;
        V value{};
        bool used = false;
    };
    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot &slot : old)
            if (slot.used)
                (*this)[slot.key] = slot.value;
    }
    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template<typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

using Statement = SqliteStatement;

// A QSQLITE connection of our own, removed again on scope exit; `raw` is its sqlite3 handle.
class Connection
{
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("csm-import-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!QFileInfo::exists(path) || !db.open()) {
            m_error = db.lastError().text();
            return;
        }
        raw = sqliteHandle(db);
    }
    ~Connection()
    {
        raw = nullptr;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    sqlite3 *raw = nullptr;
    QString error() const { return raw ? QString() : m_error; }

private:
    QString m_name;
    QString m_error;
};

bool exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

qint64 pragma(sqlite3 *db, const char *sql)
{
    Statement s(db, sql);
    return s && s.step() == SQLITE_ROW ? s.column(0) : -1;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

QString quoted(std::string_view text)
{
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min<size_t>(text.size(), 60)));
    if (text.size() > 60)
        s += QStringLiteral("…");
    return QStringLiteral("“%1”").arg(s);
}

// admin, end_user, manager; empty for an empty field; nullopt for anything else.
std::optional<std::string_view> normaliseRole(std::string_view text, std::string &scratch)
{
    text = trim(text);
    if (text.empty())
        return std::string_view();
    scratch.clear();
    for (const char c : text) {
        if (c == ' ' || c == '-')
            scratch.push_back('_');
        else
            scratch.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    if (scratch == "admin" || scratch == "administrator")
        return std::string_view("admin");
    if (scratch == "end_user" || scratch == "enduser" || scratch == "user" || scratch == "member")
        return std::string_view("end_user");
    if (scratch == "manager")
        return std::string_view("manager");
    return std::nullopt;
}

// Lower-cased, trimmed e-mail in `out`; false when it does not look like one.
bool normaliseEmail(std::string_view text, std::string &out)
{
    text = trim(text);
    out.clear();
    int at = 0;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ';')
            return false;
        at += c == '@';
        out.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    }
    const size_t pos = out.find('@');
    return at == 1 && pos > 0 && pos + 1 < out.size();
}

std::optional<qint64> parseSeconds(std::string_view text, bool *negative)
{
    text = trim(text);
    *negative = false;
    if (text.empty())
        return 0;
    size_t i = 0;
    if (text[0] == '-') {
        *negative = true;
        i = 1;
    }
    qint64 value = 0;
    int digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++digits)
        value = std::min<qint64>(value * 10 + (text[i] - '0'), qint64(1) << 40);
    if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
        ++i;
        int fraction = 0;
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++fraction) {
            if (fraction == 0 && text[i] >= '5')
                ++value;
        }
        if (fraction == 0)
            return std::nullopt;
    }
    if (i != text.size() || digits == 0)
        return std::nullopt;
    return *negative ? -value : value;
}

std::optional<bool> parsePassed(std::string_view text, std::string &scratch)
{
    text = trim(text);
    if (text.empty())
        return true;
    scratch.clear();
    for (const char c : text)
        scratch.push_back(char(c >= 'A' && c <= 'Z' ? c + 32 : c));
    for (const char *yes :
         {"yes", "y", "true", "1", "pass", "passed", "completed", "complete", "ja"})
        if (scratch == yes)
            return true;
    for (const char *no : {"no", "n", "false", "0", "fail", "failed", "incomplete", "nein"})
        if (scratch == no)
            return false;
    return std::nullopt;
}

// CSV text of one field, quoted when it must be.
void appendCsvField(QByteArray &out, std::string_view field)
{
    const bool quote = field.find_first_of(",\"\r\n;\t") != std::string_view::npos;
    if (!quote) {
        out.append(field.data(), qsizetype(field.size()));
        return;
    }
    out.append('"');
    for (const char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

// The day (days since 1970) and UTC seconds of a parsed time in `zone`.
class ZoneClock
{
public:
    explicit ZoneClock(const QTimeZone &zone)
        : m_zone(zone)
        , m_utc(
              !zone.isValid() || zone == QTimeZone::utc() ||
              (zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0 && !zone.hasDaylightTime()))
    {}

    // Fills UTC seconds and the local day.
    void place(const ParsedTime &t, qint64 *utc, qint64 *day)
    {
        if (m_utc) {
            *utc = t.hasOffset ? t.utcSeconds() : t.wallSeconds;
            *day = floorDiv(*utc, 86400);
            return;
        }
        if (t.hasOffset) {
            *utc = t.utcSeconds();
            *day = floorDiv(*utc + offsetAt(*utc), 86400);
        } else {
            // The offset an hour-bucket of wall time has; exact except in the hour a clock
            // change skips or repeats.
            *utc = t.wallSeconds - offsetAt(t.wallSeconds - offsetAt(t.wallSeconds));
            *day = floorDiv(t.wallSeconds, 86400);
        }
    }

private:
    static qint64 floorDiv(qint64 a, qint64 b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }
    int offsetAt(qint64 utcSeconds)
    {
        const qint64 hour = floorDiv(utcSeconds, 3600);
        const auto it = m_offsets.find(hour);
        if (it != m_offsets.end())
            return it->second;
        const int offset =
            m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(hour * 3600, QTimeZone::utc()));
        m_offsets.emplace(hour, offset);
        return offset;
    }

    QTimeZone m_zone;
    bool m_utc;
    std::unordered_map<qint64, int> m_offsets;
};

struct DayTotals
{
    qint64 events = 0;
    qint64 duration = 0;
};

struct NameTotals
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 events = 0;
};

struct UserEntry
{
    qint64 id = 0;
    quint64 hash = 0;
    // This import's rollups of the user: one cell per day from dayBase, one per name slot.
    // Dense arrays, because a map lookup per row costs more than the rest of the row.
    qint64 dayBase = 0;
    std::vector<DayTotals> days;
    std::vector<NameTotals> names;
    std::string role;
    bool inRoster = false;
    std::string seatStart; // ISO date or empty
    bool roleStored = false;
};

struct NameEntry
{
    qint64 id = 0;
    quint64 hash = 0;
    int slot = 0; // index into UserEntry::names
};

// A valid usage row, between validation and writing.
struct PendingEvent
{
    UserEntry *user;
    const NameEntry *event;
    const NameEntry *feature;
    qint64 utc;
    qint64 day;
    qint64 duration;
    quint64 hash;
};

} // namespace

ImportResult UsageImporter::run(const QString &filePath)
{
    QElapsedTimer timer;
    timer.start();
    ImportResult result;
    const QString fileName = QFileInfo(filePath).fileName();
    const ImportOptions &o = m_options;
    const bool write = o.write;
    auto fail = [&](const QString &message) {
        result.ok = false;
        result.error = message;
        result.imported = 0;
        result.milliseconds = timer.elapsed();
        return result;
    };

    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            UsageImporterText::tr("%1: cannot be read (%2)").arg(fileName, file.errorString()));
    const CsvFormat format = detectCsvFormat(file.peek(64 * 1024));
    if (!format.problem.isEmpty())
        return fail(UsageImporterText::tr("%1: %2").arg(fileName, format.problem));
    CsvReader reader(&file, format, 1 << 20);
    if (!reader.readRecord()) {
        return fail(reader.error().isEmpty()
                        ? UsageImporterText::tr(
                              "%1: the file is empty; it needs a header row naming the columns")
                              .arg(fileName)
                        : UsageImporterText::tr("%1: %2").arg(fileName, reader.error()));
    }
    QStringList header;
    for (int i = 0; i < reader.fieldCount(); ++i) {
        const std::string_view h = trim(reader.field(i));
        header.append(QString::fromUtf8(h.data(), qsizetype(h.size())));
    }
    for (const ImportField missing : unmappedRequired(o.kind, o.mapping))
        return fail(UsageImporterText::tr("%1: no column is chosen for the required field “%2”")
                        .arg(fileName, importFieldLabel(missing)));
    for (auto it = o.mapping.cbegin(); it != o.mapping.cend(); ++it) {
        if (it.value() >= header.size())
            return fail(UsageImporterText::tr(
                            "%1: the field “%2” is mapped to column %3, but the header has %4 "
                            "columns")
                            .arg(fileName, importFieldLabel(it.key()))
                            .arg(it.value() + 1)
                            .arg(header.size()));
    }
    const int columns = int(header.size());
    auto col = [&](ImportField f) { return o.mapping.value(f, -1); };
    const int cEmail = col(ImportField::UserEmail);
    const int cRole = col(ImportField::UserRole);
    const int cEvent = col(ImportField::Event);
    const int cFeature = col(ImportField::Feature);
    const int cTime = col(ImportField::Timestamp);
    const int cDuration = col(ImportField::DurationSeconds);
    const int cSeat = col(ImportField::SeatStart);
    const int cCourse = col(ImportField::Course);
    const int cTrack = col(ImportField::RoleTrack);
    const int cCompleted = col(ImportField::CompletedOn);
    const int cPassed = col(ImportField::Passed);

    Connection connection(m_workspacePath);
    sqlite3 *db = connection.raw;
    if (!db)
        return fail(UsageImporterText::tr("%1: the workspace cannot be opened (%2)")
                        .arg(QFileInfo(m_workspacePath).fileName(), connection.error()));
    if (pragma(db, "PRAGMA application_id") != qint64(Database::ApplicationId) ||
        pragma(db, "PRAGMA user_version") != Database::latestSchemaVersion())
        return fail(UsageImporterText::tr("%1: not a workspace of this version of the application")
                        .arg(QFileInfo(m_workspacePath).fileName()));
    exec(db, "PRAGMA foreign_keys = ON");
    exec(db, "PRAGMA cache_size = -65536");
    if (write) {
        // Opening a workspace checks every table but the raw event log (see Database): it is
        // checked here, before this import adds to it.
        Statement check(db, "PRAGMA quick_check(usage_events)");
        const bool ok = check && check.step() == SQLITE_ROW && check.text(0) == "ok";
        if (!ok)
            return fail(UsageImporterText::tr(
                            "%1: the workspace's usage data is damaged (%2); nothing was imported")
                            .arg(QFileInfo(m_workspacePath).fileName(),
                                 check ? QString::fromUtf8(check.text(0).data(),
                                                           qsizetype(check.text(0).size()))
                                       : QString::fromUtf8(sqlite3_errmsg(db))));
    }
    QString stepError; // SQLite's message at the first failed step, before a reset clears it
    auto sqlError = [&] {
        return UsageImporterText::tr(
                   "%1: the workspace could not be written (%2); nothing was imported")
            .arg(QFileInfo(m_workspacePath).fileName(),
                 stepError.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : stepError);
    };
    // One transaction, taken for writing at once so no other writer slips in between.
    if (write && !exec(db, "BEGIN IMMEDIATE"))
        return fail(sqlError());
    bool committed = false;
    auto rollback = qScopeGuard([&] {
        if (write && !committed)
            exec(db, "ROLLBACK");
    });

    const QByteArray customerId = o.customer.toString().toUtf8();
    qint64 dataset = -1;
    {
        Statement s(db, "SELECT id FROM usage_datasets WHERE customer_id = ?");
        s.bind(1, std::string_view(customerId.constData(), size_t(customerId.size())));
        if (s.step() == SQLITE_ROW)
            dataset = s.column(0);
    }
    if (dataset < 0 && write) {
        Statement s(db, "INSERT INTO usage_datasets (customer_id) VALUES (?)");
        s.bind(1, std::string_view(customerId.constData(), size_t(customerId.size())));
        if (s.step() != SQLITE_DONE)
            return fail(sqlError());
        dataset = sqlite3_last_insert_rowid(db);
    }

    // What the customer has already: users, names, and the hashes of rows imported before.
    StringMap<UserEntry> users;
    StringMap<NameEntry> events;
    StringMap<NameEntry> features;
    QList<qint64> nameIds; // by slot
    HashSet seen;
    // Rows in the file, guessed from its size, so the set rarely grows.
    seen.reserve(std::min<qint64>(file.size() / 48, qint64(1) << 26));
    qint64 fakeId = -1;
    {
        Statement s(db, "SELECT id, email, role, in_roster, seat_start FROM usage_users WHERE "
                        "dataset = ?");
        s.bind(1, dataset);
        while (s.step() == SQLITE_ROW) {
            UserEntry u;
            u.id = s.column(0);
            const std::string_view email = s.text(1);
            u.hash = hashBytes(email);
            u.role = std::string(s.text(2));
            u.inRoster = s.column(3) != 0;
            u.seatStart = std::string(s.text(4));
            u.roleStored = !u.role.empty();
            users.emplace(std::string(email), std::move(u));
        }
        Statement n(db, "SELECT id, kind, name FROM usage_names WHERE dataset = ?");
        n.bind(1, dataset);
        while (n.step() == SQLITE_ROW) {
            const std::string_view name = n.text(2);
            const qint64 kind = n.column(1);
            (kind == 0 ? events : features)
                .emplace(std::string(name),
                         NameEntry{n.column(0),
                                   hashBytes(name, 0x9e3779b97f4a7c15ULL + quint64(kind)),
                                   int(nameIds.size())});
            nameIds.append(n.column(0));
        }
        Statement h(db, o.kind == ImportKind::Training
                            ? "SELECT row_hash FROM training_completions WHERE dataset = ?1"
                            : "SELECT row_hash FROM usage_events WHERE id >= ?1 << 40 AND id "
                              "< (?1 + 1) << 40");
        h.bind(1, dataset);
        if (o.kind != ImportKind::Roster)
            while (h.step() == SQLITE_ROW)
                seen.insert(quint64(h.column(0)));
    }

    qint64 importId = 0;
    const QString importUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime importedAt =
        o.importedAt.isValid() ? o.importedAt : QDateTime::currentDateTimeUtc();
    const QJsonObject mappingJson = mappingToJson(o.kind, o.mapping, header);
    if (write) {
        Statement s(db, "INSERT INTO usage_imports (uuid, dataset, kind, file_name, imported_at, "
                        "imported_by, rows_read, imported, duplicates, rejected, mapping) "
                        "VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?)");
        s.bind(1, importUuid);
        s.bind(2, dataset);
        s.bind(3, importKindKey(o.kind));
        s.bind(4, fileName);
        s.bind(5, importedAt.toUTC().toString(Qt::ISODateWithMs));
        s.bind(6, o.author);
        s.bind(7, QString::fromUtf8(QJsonDocument(mappingJson).toJson(QJsonDocument::Compact)));
        if (s.step() != SQLITE_DONE)
            return fail(sqlError());
        importId = sqlite3_last_insert_rowid(db);
    }

    Statement insertUser(db, "INSERT INTO usage_users (dataset, email, role, seat_start, "
                             "in_roster) VALUES (?, ?, ?, ?, ?)");
    Statement updateUser(db, "UPDATE usage_users SET role = ?, seat_start = ?, in_roster = ? "
                             "WHERE id = ?");
    Statement insertName(db, "INSERT INTO usage_names (dataset, kind, name) VALUES (?, ?, ?)");
    Statement insertEvent(db, "INSERT INTO usage_events (id, import_id, user_id, at, day, "
                              "event_id, feature_id, duration_s, row_hash) VALUES (?, ?, ?, ?, "
                              "?, ?, ?, ?, ?)");
    // The next id in the dataset's range of the events table.
    qint64 nextEventId = dataset << 40;
    if (write) {
        Statement last(db, "SELECT max(id) FROM usage_events WHERE id >= ?1 << 40 AND id < (?1 "
                           "+ 1) << 40");
        last.bind(1, dataset);
        if (last.step() == SQLITE_ROW && sqlite3_column_type(last.get(), 0) != SQLITE_NULL)
            nextEventId = last.column(0) + 1;
    }
    Statement insertTraining(db, "INSERT OR IGNORE INTO training_completions (dataset, "
                                 "import_id, user_id, course, track, completed_on, passed, "
                                 "row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insertUser || !updateUser || !insertName || !insertEvent || !insertTraining)
        return fail(sqlError());
    bool writeFailed = false;
    auto noteStep = [&](int rc) {
        if (rc == SQLITE_DONE || rc == SQLITE_ROW)
            return;
        if (!writeFailed)
            stepError = QString::fromUtf8(sqlite3_errmsg(db));
        writeFailed = true;
    };

    auto internUser = [&](const std::string &email, std::string_view role) -> UserEntry * {
        auto it = users.find(email);
        if (it == users.end()) {
            UserEntry u;
            u.hash = hashBytes(email);
            u.role = std::string(role);
            u.roleStored = !role.empty();
            if (write) {
                insertUser.bind(1, dataset);
                insertUser.bind(2, std::string_view(email));
                insertUser.bind(3, role);
                insertUser.bindNull(4);
                insertUser.bind(5, qint64(0));
                noteStep(insertUser.step());
                insertUser.reset();
                u.id = sqlite3_last_insert_rowid(db);
            } else {
                u.id = fakeId--;
            }
            it = users.emplace(email, std::move(u)).first;
        } else if (!role.empty() && !it->second.roleStored && !it->second.inRoster) {
            // The first role a usage file gives a user the roster did not name.
            it->second.role = std::string(role);
            it->second.roleStored = true;
            if (write) {
                updateUser.bind(1, role);
                updateUser.bind(2, std::string_view(it->second.seatStart));
                if (it->second.seatStart.empty())
                    updateUser.bindNull(2);
                updateUser.bind(3, qint64(0));
                updateUser.bind(4, it->second.id);
                noteStep(updateUser.step());
                updateUser.reset();
            }
        }
        return &it->second;
    };
    auto internName = [&](StringMap<NameEntry> &map, int kind,
                          std::string_view name) -> NameEntry * {
        auto it = map.find(name);
        if (it != map.end())
            return &it->second;
        NameEntry e;
        e.hash = hashBytes(name, 0x9e3779b97f4a7c15ULL + quint64(kind));
        if (write) {
            insertName.bind(1, dataset);
            insertName.bind(2, qint64(kind));
            insertName.bind(3, name);
            noteStep(insertName.step());
            insertName.reset();
            e.id = sqlite3_last_insert_rowid(db);
        } else {
            e.id = fakeId--;
        }
        e.slot = int(nameIds.size());
        nameIds.append(e.id);
        return &map.emplace(std::string(name), e).first->second;
    };

    // Rejected rows go to a CSV as they come: row, column, reason, then the row as it was.
    std::optional<QSaveFile> rejects;
    QByteArray rejectsBuffer;
    auto flushRejects = [&] {
        if (rejects && !rejectsBuffer.isEmpty()) {
            rejects->write(rejectsBuffer);
            rejectsBuffer.clear();
        }
    };
    auto reject = [&](int column, const QString &reason) {
        ++result.rejected;
        const QString columnName = column >= 0 && column < columns ? header.at(column) : QString();
        if (result.firstRejects.size() < ImportResult::MaxRejectsKept)
            result.firstRejects.append({reader.recordLine(), columnName, reason});
        if (o.rejectsPath.isEmpty())
            return;
        if (!rejects) {
            rejects.emplace(o.rejectsPath);
            if (!rejects->open(QIODevice::WriteOnly)) {
                rejects.reset();
                return;
            }
            QByteArray head("\xEF\xBB\xBFrow,column,reason");
            for (const QString &h : std::as_const(header)) {
                head.append(',');
                appendCsvField(head, h.toUtf8().toStdString());
            }
            head.append("\r\n");
            rejects->write(head);
        }
        rejectsBuffer.append(QByteArray::number(reader.recordLine()));
        rejectsBuffer.append(',');
        appendCsvField(rejectsBuffer, columnName.toUtf8().toStdString());
        rejectsBuffer.append(',');
        appendCsvField(rejectsBuffer, reason.toUtf8().toStdString());
        for (int i = 0; i < reader.fieldCount(); ++i) {
            rejectsBuffer.append(',');
            appendCsvField(rejectsBuffer, reader.field(i));
        }
        rejectsBuffer.append("\r\n");
        if (rejectsBuffer.size() > (1 << 20))
            flushRejects();
    };

    // Users whose days span more than ten years fall back on a map.
    FlatMap<DayTotals> dayTotals;
    constexpr qint64 MaxDenseDays = 3660;
    auto addDay = [&](UserEntry &user, qint64 day, qint64 duration) {
        DayTotals *cell = nullptr;
        if (user.days.empty()) {
            user.dayBase = day;
            user.days.resize(1);
        }
        if (day < user.dayBase && user.dayBase + qint64(user.days.size()) - day <= MaxDenseDays) {
            user.days.insert(user.days.begin(), size_t(user.dayBase - day), DayTotals());
            user.dayBase = day;
        } else if (day >= user.dayBase + qint64(user.days.size()) &&
                   day - user.dayBase < MaxDenseDays) {
            user.days.resize(size_t(day - user.dayBase + 1));
        }
        if (day >= user.dayBase && day < user.dayBase + qint64(user.days.size()))
            cell = &user.days[size_t(day - user.dayBase)];
        else
            cell = &dayTotals[(quint64(user.id) << 24) | quint64(day & 0xffffff)];
        ++cell->events;
        cell->duration += duration;
    };
    auto addName = [&](UserEntry &user, const NameEntry &name, qint64 day) {
        if (user.names.size() <= size_t(name.slot))
            user.names.resize(size_t(name.slot) + 1);
        NameTotals &t = user.names[size_t(name.slot)];
        if (t.events == 0 || day < t.first)
            t.first = day;
        if (t.events == 0 || day > t.last)
            t.last = day;
        ++t.events;
    };
    // Valid rows wait in a batch while the slots of their hashes are fetched into the cache.
    std::vector<PendingEvent> batch;
    batch.reserve(256);
    auto writeBatch = [&] {
        for (const PendingEvent &e : batch) {
            if (!seen.insert(e.hash)) {
                ++result.duplicates;
                continue;
            }
            ++result.imported;
            if (!write)
                continue;
            sqlite3_stmt *st = insertEvent.get();
            sqlite3_bind_int64(st, 1, nextEventId++);
            sqlite3_bind_int64(st, 2, importId);
            sqlite3_bind_int64(st, 3, e.user->id);
            sqlite3_bind_int64(st, 4, e.utc);
            sqlite3_bind_int64(st, 5, e.day);
            sqlite3_bind_int64(st, 6, e.event->id);
            if (e.feature)
                sqlite3_bind_int64(st, 7, e.feature->id);
            else
                sqlite3_bind_null(st, 7);
            sqlite3_bind_int64(st, 8, e.duration);
            sqlite3_bind_int64(st, 9, qint64(e.hash));
            noteStep(sqlite3_step(st));
            sqlite3_reset(st);
            addDay(*e.user, e.day, e.duration);
            addName(*e.user, *e.event, e.day);
            if (e.feature)
                addName(*e.user, *e.feature, e.day);
        }
        batch.clear();
    };

    ZoneClock clock(o.timeZone);
    const qint64 latest = importedAt.toSecsSinceEpoch() + 2 * 86400;
    const qint64 bytesTotal = file.size();
    std::string email;
    std::string scratch;
    QElapsedTimer progressTimer;
    progressTimer.start();
    auto report = [&] {
        if (!m_progress)
            return;
        ImportProgress p;
        p.rowsRead = result.rowsRead;
        p.bytesRead = reader.bytesRead();
        p.bytesTotal = bytesTotal;
        const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
        p.rowsPerSecond = double(result.rowsRead) / seconds;
        m_progress(p);
    };
    auto fieldText = [&](int column) -> std::string_view {
        return column >= 0 ? reader.field(column) : std::string_view();
    };

    while (reader.readRecord()) {
        if (reader.fieldCount() == 1 && trim(reader.field(0)).empty())
            continue; // a blank line
        ++result.rowsRead;
        if ((result.rowsRead & 4095) == 0) {
            if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
                result.cancelled = true;
                if (rejects)
                    rejects->cancelWriting();
                return fail(
                    UsageImporterText::tr("%1: the import was cancelled; nothing was changed")
                        .arg(fileName));
            }
            if (writeFailed)
                return fail(sqlError());
            if ((result.rowsRead & 65535) == 0)
                report();
        }
        if (reader.fieldCount() != columns) {
            reject(-1, UsageImporterText::tr("the row has %1 columns, the header %2")
                           .arg(reader.fieldCount())
                           .arg(columns));
            continue;
        }
        if (reader.oversizedField() >= 0) {
            reject(reader.oversizedField(),
                   UsageImporterText::tr("the field is longer than 1 MiB"));
            continue;
        }
        if (trim(fieldText(cEmail)).empty()) {
            reject(cEmail, UsageImporterText::tr("missing e-mail"));
            continue;
        }
        if (!normaliseEmail(fieldText(cEmail), email)) {
            reject(cEmail, UsageImporterText::tr("%1 is not an e-mail address")
                               .arg(quoted(fieldText(cEmail))));
            continue;
        }
        const std::optional<std::string_view> role = normaliseRole(fieldText(cRole), scratch);
        if (!role) {
            reject(cRole,
                   UsageImporterText::tr("unknown role %1 (expected admin, end user or manager)")
                       .arg(quoted(fieldText(cRole))));
            continue;
        }

        if (o.kind == ImportKind::Usage) {
            const std::string_view event = trim(fieldText(cEvent));
            if (event.empty()) {
                reject(cEvent, UsageImporterText::tr("missing event"));
                continue;
            }
            if (event.size() > 200) {
                reject(cEvent,
                       UsageImporterText::tr("the event name is longer than 200 characters"));
                continue;
            }
            const std::string_view feature = trim(fieldText(cFeature));
            if (feature.size() > 200) {
                reject(cFeature,
                       UsageImporterText::tr("the feature name is longer than 200 characters"));
                continue;
            }
            const std::string_view timeText = fieldText(cTime);
            if (trim(timeText).empty()) {
                reject(cTime, UsageImporterText::tr("missing time"));
                continue;
            }
            const std::optional<ParsedTime> time = parseTimestamp(timeText, o.dateOrder);
            if (!time) {
                reject(cTime, UsageImporterText::tr(
                                  "%1 is not a date and time (expected e.g. 2026-01-05T09:12:00)")
                                  .arg(quoted(timeText)));
                continue;
            }
            bool negative = false;
            const std::optional<qint64> duration = parseSeconds(fieldText(cDuration), &negative);
            if (!duration) {
                reject(cDuration, UsageImporterText::tr("%1 is not a number of seconds")
                                      .arg(quoted(fieldText(cDuration))));
                continue;
            }
            if (negative) {
                reject(cDuration,
                       UsageImporterText::tr("negative duration (%1 seconds)").arg(*duration));
                continue;
            }
            qint64 utc = 0;
            qint64 day = 0;
            clock.place(*time, &utc, &day);
            if (utc > latest) {
                reject(cTime, UsageImporterText::tr("%1 is in the future").arg(quoted(timeText)));
                continue;
            }
            UserEntry *user = internUser(email, *role);
            const NameEntry *eventEntry = internName(events, 0, event);
            const NameEntry *featureEntry =
                feature.empty() ? nullptr : internName(features, 1, feature);
            const quint64 hash = mix(user->hash ^ (eventEntry->hash * 3) ^
                                     (featureEntry ? featureEntry->hash * 5 : 0) ^
                                     (quint64(utc) * 0x9e3779b97f4a7c15ULL) ^
                                     (quint64(*duration) * 0xff51afd7ed558ccdULL));
            seen.prefetch(hash);
            batch.push_back({user, eventEntry, featureEntry, utc, day, *duration, hash});
            if (batch.size() == 256)
                writeBatch();
        } else if (o.kind == ImportKind::Roster) {
            std::optional<QDate> seat;
            if (!trim(fieldText(cSeat)).empty()) {
                seat = parseDateField(fieldText(cSeat), o.dateOrder);
                if (!seat) {
                    reject(cSeat,
                           UsageImporterText::tr("%1 is not a date (expected e.g. 2026-01-05)")
                               .arg(quoted(fieldText(cSeat))));
                    continue;
                }
            }
            const std::string seatText =
                seat ? seat->toString(Qt::ISODate).toStdString() : std::string();
            const bool known = users.find(email) != users.end();
            UserEntry *user = internUser(email, *role);
            const std::string newRole = role->empty() ? user->role : std::string(*role);
            const std::string newSeat = seatText.empty() ? user->seatStart : seatText;
            if (known && user->inRoster && user->role == newRole && user->seatStart == newSeat) {
                ++result.duplicates;
                continue;
            }
            user->role = newRole;
            user->seatStart = newSeat;
            user->inRoster = true;
            user->roleStored = !newRole.empty();
            ++result.imported;
            if (!write)
                continue;
            updateUser.bind(1, std::string_view(newRole));
            if (newSeat.empty())
                updateUser.bindNull(2);
            else
                updateUser.bind(2, std::string_view(newSeat));
            updateUser.bind(3, qint64(1));
            updateUser.bind(4, user->id);
            noteStep(updateUser.step());
            updateUser.reset();
        } else {
            const std::string_view course = trim(fieldText(cCourse));
            if (course.empty()) {
                reject(cCourse, UsageImporterText::tr("missing course"));
                continue;
            }
            if (trim(fieldText(cCompleted)).empty()) {
                reject(cCompleted, UsageImporterText::tr("missing completion date"));
                continue;
            }
            const std::optional<QDate> completed =
                parseDateField(fieldText(cCompleted), o.dateOrder);
            if (!completed) {
                reject(cCompleted,
                       UsageImporterText::tr("%1 is not a date (expected e.g. 2026-01-05)")
                           .arg(quoted(fieldText(cCompleted))));
                continue;
            }
            std::string trackScratch;
            const std::optional<std::string_view> track =
                normaliseRole(fieldText(cTrack), trackScratch);
            if (!track) {
                reject(cTrack, UsageImporterText::tr(
                                   "unknown role track %1 (expected admin, end user or manager)")
                                   .arg(quoted(fieldText(cTrack))));
                continue;
            }
            const std::optional<bool> passed = parsePassed(fieldText(cPassed), scratch);
            if (!passed) {
                reject(
                    cPassed,
                    UsageImporterText::tr("%1 is not yes or no").arg(quoted(fieldText(cPassed))));
                continue;
            }
            UserEntry *user = internUser(email, *role);
            const std::string trackText = track->empty() ? user->role : std::string(*track);
            const QByteArray completedText = completed->toString(Qt::ISODate).toUtf8();
            const quint64 hash = mix(user->hash ^ hashBytes(course, 0x51) * 3 ^
                                     quint64(completed->toJulianDay()) * 0x9e3779b97f4a7c15ULL ^
                                     (*passed ? 0x5555 : 0xaaaa) ^ hashBytes(trackText, 0x77) * 7);
            if (!seen.insert(hash)) {
                ++result.duplicates;
                continue;
            }
            ++result.imported;
            if (!write)
                continue;
            insertTraining.bind(1, dataset);
            insertTraining.bind(2, importId);
            insertTraining.bind(3, user->id);
            insertTraining.bind(4, course);
            insertTraining.bind(5, std::string_view(trackText));
            insertTraining.bind(
                6, std::string_view(completedText.constData(), size_t(completedText.size())));
            insertTraining.bind(7, qint64(*passed ? 1 : 0));
            insertTraining.bind(8, qint64(hash));
            noteStep(insertTraining.step());
            insertTraining.reset();
        }
    }
    writeBatch();
    if (!reader.error().isEmpty()) {
        if (rejects)
            rejects->cancelWriting();
        return fail(UsageImporterText::tr("%1: %2").arg(fileName, reader.error()));
    }
    if (m_cancel && m_cancel->load()) {
        result.cancelled = true;
        if (rejects)
            rejects->cancelWriting();
        return fail(UsageImporterText::tr("%1: the import was cancelled; nothing was changed")
                        .arg(fileName));
    }
    if (writeFailed)
        return fail(sqlError());
    report();

    if (write) {
        // The rollups: add this import's totals to what was there.
        Statement days(db, "INSERT INTO usage_user_days (dataset, user_id, day, events, "
                           "duration_s) VALUES (?, ?, ?, ?, ?) ON CONFLICT (dataset, user_id, "
                           "day) DO UPDATE SET events = events + excluded.events, duration_s = "
                           "duration_s + excluded.duration_s");
        auto writeDay = [&](qint64 userId, qint64 day, const DayTotals &totals) {
            days.bind(1, dataset);
            days.bind(2, userId);
            days.bind(3, day);
            days.bind(4, totals.events);
            days.bind(5, totals.duration);
            noteStep(days.step());
            days.reset();
        };
        for (const auto &[key, user] : users) {
            for (size_t i = 0; i < user.days.size(); ++i)
                if (user.days[i].events > 0)
                    writeDay(user.id, user.dayBase + qint64(i), user.days[i]);
        }
        dayTotals.forEach([&](quint64 key, const DayTotals &totals) {
            days.bind(1, dataset);
            days.bind(2, qint64(key >> 24));
            qint64 day = qint64(key & 0xffffff);
            if (day & 0x800000)
                day -= 0x1000000;
            days.bind(3, day);
            days.bind(4, totals.events);
            days.bind(5, totals.duration);
            noteStep(days.step());
            days.reset();
        });
        Statement names(db, "INSERT INTO usage_user_names (dataset, user_id, name_id, first_day, "
                            "last_day, events) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dataset, "
                            "user_id, name_id) DO UPDATE SET first_day = min(first_day, "
                            "excluded.first_day), last_day = max(last_day, excluded.last_day), "
                            "events = events + excluded.events");
        for (const auto &[key, user] : users) {
            for (size_t slot = 0; slot < user.names.size(); ++slot) {
                const NameTotals &totals = user.names[slot];
                if (totals.events == 0)
                    continue;
                names.bind(1, dataset);
                names.bind(2, user.id);
                names.bind(3, nameIds.at(qsizetype(slot)));
                names.bind(4, totals.first);
                names.bind(5, totals.last);
                names.bind(6, totals.events);
                noteStep(names.step());
                names.reset();
            }
        }
        Statement counts(db, "UPDATE usage_imports SET rows_read = ?, imported = ?, duplicates = "
                             "?, rejected = ? WHERE id = ?");
        counts.bind(1, result.rowsRead);
        counts.bind(2, result.imported);
        counts.bind(3, result.duplicates);
        counts.bind(4, result.rejected);
        counts.bind(5, importId);
        noteStep(counts.step());
        Statement remember(db, "INSERT OR REPLACE INTO import_mappings (kind, fingerprint, "
                               "mapping, time_zone, date_order) VALUES (?, ?, ?, ?, ?)");
        remember.bind(1, importKindKey(o.kind));
        remember.bind(2, headerFingerprint(o.kind, header));
        remember.bind(3,
                      QString::fromUtf8(QJsonDocument(mappingJson).toJson(QJsonDocument::Compact)));
        remember.bind(4, QString::fromUtf8(o.timeZone.id()));
        remember.bind(5, o.dateOrder == DateOrder::MonthFirst ? QStringLiteral("month_first")
                                                              : QStringLiteral("day_first"));
        noteStep(remember.step());
        if (writeFailed)
            return fail(sqlError());
    }
    flushRejects();
    if (rejects && !rejects->commit())
        return fail(UsageImporterText::tr("%1: the rejected rows could not be written (%2)")
                        .arg(QFileInfo(o.rejectsPath).fileName(), rejects->errorString()));
    if (write) {
        if (!exec(db, "COMMIT"))
            return fail(sqlError());
        committed = true;
    }
    result.ok = true;
    result.milliseconds = timer.elapsed();
    return result;
}

} // namespace Csm
