#include "workspace.h"

#include "storage/customerstore.h"
#include "storage/onboardingfilestore.h"
#include "storage/recordstore.h"
#include "storage/settingsstore.h"
#include "storage/stakeholderstore.h"
#include "storage/tombstonestore.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace Csm {

namespace {

// The order records are read back in from the file (see the stores' ORDER BY clauses); memory
// keeps the same order, so that undo and a restart show the same list.
std::pair<QString, QString> customerOrderKey(const Customer &customer)
{
    return {timestampToString(customer.meta.createdAt), customer.id.toString()};
}

bool tombstoneLess(const Tombstone &a, const Tombstone &b)
{
    return std::pair(timestampToString(a.deletedAt), a.id) <
           std::pair(timestampToString(b.deletedAt), b.id);
}

QList<Tombstone> sortedTombstones(QList<Tombstone> tombstones)
{
    std::sort(tombstones.begin(), tombstones.end(), tombstoneLess);
    return tombstones;
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

Workspace::~Workspace()
{
    // Commands hold no pointers into memory that outlives us, but clear them first anyway so
    // nothing runs against a closed database.
    m_undoStack.clear();
}

namespace {

// Every customer's usage rollups, read on a read-only connection of the calling thread.
QHash<CustomerId, UsageRollups> readAllRollups(const QString &path)
{
    const QString name =
        QStringLiteral("csm-prefetch-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QHash<CustomerId, UsageRollups> all;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            all = UsageStore(db).allRollups();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return all;
}

} // namespace

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, OpenError *kind,
                                           UsagePrefetch prefetch)
{
    // The file's quick check runs beside the loading; nothing is written before it is back.
    std::unique_ptr<Database> database = Database::open(path, error, kind, CheckTiming::Concurrent);
    if (!database)
        return nullptr;
    std::unique_ptr<Workspace> workspace(new Workspace(std::move(database)));
    if (prefetch == UsagePrefetch::AllRollups)
        workspace->m_prefetchedRollups = std::async(std::launch::async, readAllRollups, path);
    const QString problem = workspace->load();
    // A damaged file is refused with what the check found, as when it ran first.
    const QString damage = workspace->m_database->waitForCheck();
    if (!damage.isEmpty() || !problem.isEmpty()) {
        if (error)
            *error = !damage.isEmpty()
                         ? damage
                         : QCoreApplication::translate(
                               "Csm::Database", "Cannot open \"%1\": the file is damaged (%2)")
                               .arg(path, problem);
        if (kind)
            *kind = OpenError::Damaged;
        return nullptr;
    }
    return workspace;
}

QString Workspace::load()
{
    const QSqlDatabase db = m_database->connection();
    QList<Customer> customers;
    QString error = CustomerStore(db).loadAll(&customers);
    if (!error.isEmpty())
        return error;
    for (const Customer &customer : customers) {
        m_customers.insert(customer.id, customer);
        m_customerOrder.append(customer.id);
    }

    QList<Stakeholder> stakeholders;
    error = StakeholderStore(db).loadAll(&stakeholders);
    if (!error.isEmpty())
        return error;
    for (const Stakeholder &stakeholder : stakeholders) {
        m_stakeholders.insert(stakeholder.id, stakeholder);
        m_stakeholdersByCustomer[stakeholder.customerId].append(stakeholder.id);
    }

    forEachRecordType([&](auto type) {
        using R = decltype(type);
        if (!error.isEmpty())
            return;
        QList<R> records;
        error = RecordStore<R>(db).loadAll(&records);
        std::sort(records.begin(), records.end(), recordCreatedBefore<R>);
        for (const R &record : std::as_const(records))
            rememberRecord(record);
    });
    if (!error.isEmpty())
        return error;

    QList<Tombstone> tombstones;
    error = TombstoneStore(db).loadAll(&tombstones);
    if (!error.isEmpty())
        return error;
    for (const Tombstone &tombstone : tombstones)
        m_tombstones[CustomerId::fromString(tombstone.customerId)].append(tombstone);

    QHash<QString, QString> values;
    error = SettingsStore(db).loadAll(&values);
    if (!error.isEmpty())
        return error;
    m_settings = WorkspaceSettings::fromValues(values);
    m_settingValues = values;

    // A saved playbook that does not read is left in the file, unused.
    return PlaybookStore(db).loadAll(&m_playbooks);
}

QString Workspace::path() const
{
    return m_database->path();
}

QDateTime Workspace::now() const
{
    // Stored timestamps have millisecond precision; keep memory identical to the file.
    const QDateTime time = m_clock().toUTC();
    return QDateTime::fromMSecsSinceEpoch(time.toMSecsSinceEpoch(), Qt::UTC);
}

QDate Workspace::today() const
{
    return m_clock().toLocalTime().date();
}

const Customer *Workspace::customer(const CustomerId &id) const
{
    const auto it = m_customers.constFind(id);
    return it == m_customers.constEnd() ? nullptr : &it.value();
}

std::optional<CustomerId> Workspace::findCustomer(const QString &idOrName) const
{
    const CustomerId asId = CustomerId::fromString(idOrName.trimmed());
    if (!asId.isNull() && m_customers.contains(asId))
        return asId;
    std::optional<CustomerId> found;
    for (const Customer &customer : m_customers) {
        if (customer.accountName == idOrName) {
            if (found)
                return std::nullopt;
            found = customer.id;
        }
    }
    return found;
}

QList<Stakeholder> Workspace::stakeholders(const CustomerId &customer) const
{
    QList<Stakeholder> result;
    for (const StakeholderId &id : m_stakeholdersByCustomer.value(customer))
        result.append(m_stakeholders.value(id));
    std::sort(result.begin(), result.end(), stakeholderDisplayLess);
    return result;
}

const Stakeholder *Workspace::stakeholder(const StakeholderId &id) const
{
    const auto it = m_stakeholders.constFind(id);
    return it == m_stakeholders.constEnd() ? nullptr : &it.value();
}

QList<Tombstone> Workspace::tombstones(const CustomerId &customer) const
{
    return m_tombstones.value(customer);
}

OnboardingFile Workspace::onboardingFile(const CustomerId &id) const
{
    OnboardingFile file;
    if (const Customer *c = customer(id)) {
        file.customer = *c;
        file.stakeholders = stakeholders(id);
        forEachRecordType([&](auto type) {
            using R = decltype(type);
            file.records<R>() = records<R>(id);
        });
    }
    file.tombstones = tombstones(id);
    return file;
}

template<typename R> QList<R> Workspace::records(const CustomerId &customer) const
{
    const RecordSet<R> &set = recordSet<R>();
    QList<R> result;
    for (const auto &id : set.byCustomer.value(customer))
        result.append(set.byId.value(id));
    return result;
}

template<typename R> const R *Workspace::record(const typename RecordTraits<R>::Id &id) const
{
    const RecordSet<R> &set = recordSet<R>();
    const auto it = set.byId.constFind(id);
    return it == set.byId.constEnd() ? nullptr : &it.value();
}

template<typename R> void Workspace::rememberRecord(const R &record)
{
    RecordSet<R> &set = recordSet<R>();
    set.byId.insert(record.id, record);
    auto &ids = set.byCustomer[record.customerId];
    // Keep creation order, also when undo brings a record back.
    const auto position =
        std::upper_bound(ids.cbegin(), ids.cend(), record, [&set](const R &r, const auto &other) {
            return recordCreatedBefore(r, set.byId.value(other));
        });
    ids.insert(position - ids.cbegin(), record.id);
}

template<typename R> void Workspace::forgetRecords(const CustomerId &customer)
{
    RecordSet<R> &set = recordSet<R>();
    for (const auto &id : set.byCustomer.take(customer))
        set.byId.remove(id);
}

void Workspace::forgetTombstone(const CustomerId &customer, const QString &id)
{
    auto it = m_tombstones.find(customer);
    if (it == m_tombstones.end())
        return;
    it->removeIf([&](const Tombstone &t) { return t.id == id; });
    if (it->isEmpty())
        m_tombstones.erase(it);
}

template<typename R> bool Workspace::insertRecord(const R &record)
{
    if (!m_customers.contains(record.customerId) || recordSet<R>().byId.contains(record.id))
        return false;
    const QSqlDatabase db = m_database->connection();
    const QString id = record.id.toString();
    const bool ok = write([&]() -> QString {
        QString error = RecordStore<R>(db).insert(record);
        if (error.isEmpty())
            error = TombstoneStore(db).remove(id);
        return error;
    });
    if (!ok)
        return false;
    rememberRecord(record);
    forgetTombstone(record.customerId, id);
    Q_EMIT recordAdded(RecordTraits<R>::kind, record.customerId, record.id.uuid());
    return true;
}

template<typename R> bool Workspace::updateRecord(const R &record)
{
    RecordSet<R> &set = recordSet<R>();
    if (!set.byId.contains(record.id))
        return false;
    const bool ok = write([&] { return RecordStore<R>(m_database->connection()).update(record); });
    if (!ok)
        return false;
    set.byId[record.id] = record;
    Q_EMIT recordChanged(RecordTraits<R>::kind, record.customerId, record.id.uuid());
    return true;
}

template<typename R> bool Workspace::updateRecords(const QList<R> &records)
{
    RecordSet<R> &set = recordSet<R>();
    for (const R &record : records) {
        if (!set.byId.contains(record.id))
            return false;
    }
    const QSqlDatabase db = m_database->connection();
    const bool ok = write([&]() -> QString {
        const RecordStore<R> store(db);
        for (const R &record : records) {
            const QString error = store.update(record);
            if (!error.isEmpty())
                return error;
        }
        return {};
    });
    if (!ok)
        return false;
    for (const R &record : records)
        set.byId[record.id] = record;
    for (const R &record : records)
        Q_EMIT recordChanged(RecordTraits<R>::kind, record.customerId, record.id.uuid());
    return true;
}

template<typename R>
bool Workspace::removeRecord(const typename RecordTraits<R>::Id &id,
                             const std::optional<Tombstone> &tombstone)
{
    RecordSet<R> &set = recordSet<R>();
    const auto it = set.byId.constFind(id);
    if (it == set.byId.constEnd())
        return false;
    const CustomerId customer = it->customerId;
    const QSqlDatabase db = m_database->connection();
    const bool ok = write([&]() -> QString {
        QString error = RecordStore<R>(db).remove(id);
        if (error.isEmpty() && tombstone)
            error = TombstoneStore(db).insert(*tombstone);
        return error;
    });
    if (!ok)
        return false;
    set.byId.remove(id);
    set.byCustomer[customer].removeOne(id);
    if (tombstone) {
        auto &tombstones = m_tombstones[customer];
        tombstones.append(*tombstone);
        tombstones = sortedTombstones(tombstones);
    }
    Q_EMIT recordRemoved(RecordTraits<R>::kind, customer, id.uuid());
    return true;
}

// The record types the workspace holds; the template members above exist for these.
#define CSM_WORKSPACE_RECORD(R)                                                                    \
    template QList<R> Workspace::records<R>(const CustomerId &) const;                             \
    template const R *Workspace::record<R>(const RecordTraits<R>::Id &) const;                     \
    template bool Workspace::insertRecord<R>(const R &);                                           \
    template bool Workspace::updateRecord<R>(const R &);                                           \
    template bool Workspace::updateRecords<R>(const QList<R> &);                                   \
    template bool Workspace::removeRecord<R>(const RecordTraits<R>::Id &,                          \
                                             const std::optional<Tombstone> &);
CSM_WORKSPACE_RECORD(Outcome)
CSM_WORKSPACE_RECORD(Objective)
CSM_WORKSPACE_RECORD(OperationalStep)
CSM_WORKSPACE_RECORD(Measurement)
CSM_WORKSPACE_RECORD(KickoffAttendee)
CSM_WORKSPACE_RECORD(ActionItem)
CSM_WORKSPACE_RECORD(Decision)
CSM_WORKSPACE_RECORD(Risk)
CSM_WORKSPACE_RECORD(Workstream)
CSM_WORKSPACE_RECORD(PlanTask)
CSM_WORKSPACE_RECORD(TaskDependency)
CSM_WORKSPACE_RECORD(PhaseGate)
CSM_WORKSPACE_RECORD(GateCriterion)
CSM_WORKSPACE_RECORD(WhitespaceOpportunity)
CSM_WORKSPACE_RECORD(SurveyResponse)
CSM_WORKSPACE_RECORD(ValueItem)
CSM_WORKSPACE_RECORD(ReportNote)
CSM_WORKSPACE_RECORD(AlertSnooze)
#undef CSM_WORKSPACE_RECORD

QString Workspace::insertConflict(const OnboardingFile &file) const
{
    auto nameOf = [this](const CustomerId &id) {
        const Customer *owner = customer(id);
        return owner ? QStringLiteral("\"%1\"").arg(owner->accountName)
                     : tr("deleted customer %1").arg(id.toString());
    };
    if (const Customer *existing = customer(file.customer.id))
        return tr("customer.id: \"%1\" (%2) is already in this workspace")
            .arg(existing->accountName, existing->id.toString());
    for (qsizetype i = 0; i < file.stakeholders.size(); ++i) {
        if (const Stakeholder *existing = stakeholder(file.stakeholders.at(i).id))
            return tr("stakeholders[%1].id: %2 is already a stakeholder of %3")
                .arg(i)
                .arg(existing->id.toString(), nameOf(existing->customerId));
    }
    QString recordConflict;
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        const QList<R> &list = file.records<R>();
        for (qsizetype i = 0; i < list.size() && recordConflict.isEmpty(); ++i) {
            if (const R *existing = record<R>(list.at(i).id))
                recordConflict = tr("%1[%2].id: %3 already belongs to %4")
                                     .arg(QLatin1String(RecordTraits<R>::jsonKey))
                                     .arg(i)
                                     .arg(existing->id.toString(), nameOf(existing->customerId));
        }
    });
    if (!recordConflict.isEmpty())
        return recordConflict;
    // A deletion belongs to one customer's file; another customer cannot bring it along.
    for (auto it = m_tombstones.cbegin(); it != m_tombstones.cend(); ++it) {
        if (it.key() == file.customer.id)
            continue;
        for (qsizetype i = 0; i < file.tombstones.size(); ++i) {
            const QString id = file.tombstones.at(i).id;
            const bool taken = std::any_of(it->cbegin(), it->cend(),
                                           [&](const Tombstone &t) { return t.id == id; });
            if (taken)
                return tr("tombstones[%1].id: %2 is already recorded as deleted from %3")
                    .arg(i)
                    .arg(id, nameOf(it.key()));
        }
    }
    return {};
}

RecordMeta Workspace::newMeta() const
{
    const QDateTime time = now();
    return {time, m_author, time, m_author};
}

void Workspace::touch(RecordMeta &meta) const
{
    meta.modifiedAt = now();
    meta.modifiedBy = m_author;
}

Tombstone Workspace::makeTombstone(const QString &id, const QString &entity,
                                   const CustomerId &customer) const
{
    return {id, entity, customer.toString(), now(), m_author};
}

bool Workspace::write(const std::function<QString()> &work)
{
    QSqlDatabase db = m_database->connection();
    QString error;
    if (!db.transaction()) {
        error = db.lastError().text();
    } else {
        error = work();
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
        if (!error.isEmpty())
            db.rollback();
    }
    if (error.isEmpty())
        return true;
    m_lastError =
        QCoreApplication::translate("Csm::Workspace", "The change could not be saved to \"%1\": %2")
            .arg(path(), error);
    Q_EMIT storageFailed(m_lastError);
    return false;
}

bool Workspace::setSetting(const QString &key, const QString &value)
{
    if (!write([&] { return SettingsStore(m_database->connection()).set(key, value); }))
        return false;
    m_settingValues.insert(key, value);
    m_settings = WorkspaceSettings::fromValues(m_settingValues);
    Q_EMIT settingsChanged();
    return true;
}

bool Workspace::insertOnboardingFile(const OnboardingFile &file)
{
    const CustomerId id = file.customer.id;
    if (id.isNull())
        return false;
    const QString conflict = insertConflict(file);
    if (!conflict.isEmpty()) {
        m_lastError = tr("The customer could not be added to \"%1\": %2").arg(path(), conflict);
        Q_EMIT storageFailed(m_lastError);
        return false;
    }
    const QSqlDatabase db = m_database->connection();
    const bool ok = write([&]() -> QString { return storeOnboardingFile(db, file); });
    if (!ok)
        return false;
    const auto position = std::upper_bound(
        m_customerOrder.cbegin(), m_customerOrder.cend(), customerOrderKey(file.customer),
        [this](const std::pair<QString, QString> &key, const CustomerId &other) {
            return key < customerOrderKey(m_customers.value(other));
        });
    m_customerOrder.insert(position - m_customerOrder.cbegin(), id);
    m_customers.insert(id, file.customer);
    for (const Stakeholder &stakeholder : file.stakeholders) {
        m_stakeholders.insert(stakeholder.id, stakeholder);
        m_stakeholdersByCustomer[id].append(stakeholder.id);
    }
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        for (const R &record : file.records<R>())
            rememberRecord(record);
    });
    if (file.tombstones.isEmpty())
        m_tombstones.remove(id);
    else
        m_tombstones.insert(id, sortedTombstones(file.tombstones));
    Q_EMIT customerAdded(id);
    return true;
}

bool Workspace::removeOnboardingFile(const CustomerId &id, const QList<Tombstone> &tombstonesAfter)
{
    if (!m_customers.contains(id))
        return false;
    const QSqlDatabase db = m_database->connection();
    const bool ok = write([&]() -> QString {
        // Stakeholders and all other records go with the customer through ON DELETE CASCADE.
        QString error = CustomerStore(db).remove(id);
        if (error.isEmpty())
            error = TombstoneStore(db).replaceForCustomer(id, tombstonesAfter);
        return error;
    });
    if (!ok)
        return false;
    for (const StakeholderId &stakeholder : m_stakeholdersByCustomer.take(id))
        m_stakeholders.remove(stakeholder);
    forEachRecordType([&](auto type) { forgetRecords<decltype(type)>(id); });
    m_customers.remove(id);
    m_customerOrder.removeOne(id);
    if (tombstonesAfter.isEmpty())
        m_tombstones.remove(id);
    else
        m_tombstones.insert(id, sortedTombstones(tombstonesAfter));
    Q_EMIT customerRemoved(id);
    return true;
}

bool Workspace::replaceOnboardingFile(const OnboardingFile &file)
{
    const CustomerId id = file.customer.id;
    if (!m_customers.contains(id))
        return false;
    const OnboardingFile before = onboardingFile(id);
    const QSqlDatabase db = m_database->connection();
    const bool ok = write([&]() -> QString {
        // Everything of the customer's goes through ON DELETE CASCADE, and comes back.
        const QString error = CustomerStore(db).remove(id);
        return error.isEmpty() ? storeOnboardingFile(db, file) : error;
    });
    if (!ok)
        return false;

    m_customers.insert(id, file.customer);
    m_customerOrder.removeOne(id);
    const auto position = std::upper_bound(
        m_customerOrder.cbegin(), m_customerOrder.cend(), customerOrderKey(file.customer),
        [this](const std::pair<QString, QString> &key, const CustomerId &other) {
            return key < customerOrderKey(m_customers.value(other));
        });
    m_customerOrder.insert(position - m_customerOrder.cbegin(), id);
    for (const StakeholderId &stakeholder : m_stakeholdersByCustomer.take(id))
        m_stakeholders.remove(stakeholder);
    for (const Stakeholder &stakeholder : file.stakeholders) {
        m_stakeholders.insert(stakeholder.id, stakeholder);
        m_stakeholdersByCustomer[id].append(stakeholder.id);
    }
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        forgetRecords<R>(id);
        for (const R &record : file.records<R>())
            rememberRecord(record);
    });
    if (file.tombstones.isEmpty())
        m_tombstones.remove(id);
    else
        m_tombstones.insert(id, sortedTombstones(file.tombstones));

    // Removals first, then additions, then changes, as models expect.
    const auto emitDiff = [&](const auto &old, const auto &now, const auto &removed,
                              const auto &added, const auto &changed) {
        using T = typename std::remove_cvref_t<decltype(old)>::value_type;
        QHash<QString, const T *> oldById;
        QHash<QString, const T *> nowById;
        for (const T &r : old)
            oldById.insert(r.id.toString(), &r);
        for (const T &r : now)
            nowById.insert(r.id.toString(), &r);
        for (const T &r : old) {
            if (!nowById.contains(r.id.toString()))
                removed(r);
        }
        for (const T &r : now) {
            const T *was = oldById.value(r.id.toString());
            if (!was)
                added(r);
            else if (!(*was == r))
                changed(r);
        }
    };
    if (!(before.customer == file.customer))
        Q_EMIT customerChanged(id);
    bool peopleChanged = false;
    emitDiff(
        before.stakeholders, file.stakeholders,
        [&](const Stakeholder &s) {
            peopleChanged = true;
            Q_EMIT stakeholderRemoved(id, s.id);
        },
        [&](const Stakeholder &s) {
            peopleChanged = true;
            Q_EMIT stakeholderAdded(id, s.id);
        },
        [&](const Stakeholder &s) {
            peopleChanged = true;
            Q_EMIT stakeholderChanged(id, s.id);
        });
    if (peopleChanged)
        Q_EMIT stakeholdersChanged(id);
    forEachRecordType([&](auto type) {
        using R = decltype(type);
        constexpr RecordKind kind = RecordTraits<R>::kind;
        emitDiff(
            before.records<R>(), file.records<R>(),
            [&](const R &r) { Q_EMIT recordRemoved(kind, id, r.id.uuid()); },
            [&](const R &r) { Q_EMIT recordAdded(kind, id, r.id.uuid()); },
            [&](const R &r) { Q_EMIT recordChanged(kind, id, r.id.uuid()); });
    });
    return true;
}

bool Workspace::updateCustomer(const Customer &customer)
{
    if (!m_customers.contains(customer.id))
        return false;
    const bool ok = write([&] { return CustomerStore(m_database->connection()).update(customer); });
    if (!ok)
        return false;
    m_customers[customer.id] = customer;
    Q_EMIT customerChanged(customer.id);
    return true;
}

bool Workspace::insertStakeholder(const Stakeholder &stakeholder)
{
    if (!m_customers.contains(stakeholder.customerId) || m_stakeholders.contains(stakeholder.id))
        return false;
    const QSqlDatabase db = m_database->connection();
    const QString id = stakeholder.id.toString();
    const bool ok = write([&]() -> QString {
        QString error = StakeholderStore(db).insert(stakeholder);
        if (error.isEmpty())
            error = TombstoneStore(db).remove(id);
        return error;
    });
    if (!ok)
        return false;
    m_stakeholders.insert(stakeholder.id, stakeholder);
    m_stakeholdersByCustomer[stakeholder.customerId].append(stakeholder.id);
    forgetTombstone(stakeholder.customerId, id);
    Q_EMIT stakeholderAdded(stakeholder.customerId, stakeholder.id);
    Q_EMIT stakeholdersChanged(stakeholder.customerId);
    return true;
}

bool Workspace::updateStakeholder(const Stakeholder &stakeholder)
{
    if (!m_stakeholders.contains(stakeholder.id))
        return false;
    const bool ok =
        write([&] { return StakeholderStore(m_database->connection()).update(stakeholder); });
    if (!ok)
        return false;
    m_stakeholders[stakeholder.id] = stakeholder;
    Q_EMIT stakeholderChanged(stakeholder.customerId, stakeholder.id);
    Q_EMIT stakeholdersChanged(stakeholder.customerId);
    return true;
}

bool Workspace::removeStakeholder(const StakeholderId &id,
                                  const std::optional<Tombstone> &tombstone)
{
    const auto it = m_stakeholders.constFind(id);
    if (it == m_stakeholders.constEnd())
        return false;
    const CustomerId customer = it->customerId;
    const QSqlDatabase db = m_database->connection();
    const bool ok = write([&]() -> QString {
        QString error = StakeholderStore(db).remove(id);
        if (error.isEmpty() && tombstone)
            error = TombstoneStore(db).insert(*tombstone);
        return error;
    });
    if (!ok)
        return false;
    m_stakeholders.remove(id);
    m_stakeholdersByCustomer[customer].removeOne(id);
    if (tombstone) {
        // The file keeps one tombstone per id.
        QList<Tombstone> &tombstones = m_tombstones[customer];
        tombstones.removeIf([&](const Tombstone &t) { return t.id == tombstone->id; });
        tombstones.append(*tombstone);
        std::sort(tombstones.begin(), tombstones.end(), tombstoneLess);
    }
    Q_EMIT stakeholderRemoved(customer, id);
    Q_EMIT stakeholdersChanged(customer);
    return true;
}

const SavedPlaybook *Workspace::userPlaybook(const QString &id) const
{
    const auto it = std::find_if(m_playbooks.cbegin(), m_playbooks.cend(),
                                 [&](const SavedPlaybook &p) { return p.playbook.id == id; });
    return it == m_playbooks.cend() ? nullptr : &*it;
}

bool Workspace::savePlaybook(const SavedPlaybook &playbook)
{
    if (playbook.playbook.id.isEmpty() || playbook.playbook.builtIn)
        return false;
    if (!write([&] { return PlaybookStore(m_database->connection()).save(playbook); }))
        return false;
    m_playbooks.removeIf(
        [&](const SavedPlaybook &p) { return p.playbook.id == playbook.playbook.id; });
    m_playbooks.append(playbook);
    // The order the store reads them back in.
    std::sort(m_playbooks.begin(), m_playbooks.end(),
              [](const SavedPlaybook &a, const SavedPlaybook &b) {
                  return std::pair(a.playbook.name, a.playbook.id) <
                         std::pair(b.playbook.name, b.playbook.id);
              });
    Q_EMIT playbooksChanged();
    return true;
}

bool Workspace::removePlaybook(const QString &id)
{
    if (!userPlaybook(id))
        return false;
    if (!write([&] { return PlaybookStore(m_database->connection()).remove(id); }))
        return false;
    m_playbooks.removeIf([&](const SavedPlaybook &p) { return p.playbook.id == id; });
    Q_EMIT playbooksChanged();
    return true;
}

} // namespace Csm

namespace Csm {

UsageRollups Workspace::usageRollups(const CustomerId &customer) const
{
    return UsageStore(m_database->connection()).rollups(customer);
}

QHash<CustomerId, UsageRollups> Workspace::allUsageRollups() const
{
    if (m_prefetchedRollups.valid())
        return m_prefetchedRollups.get();
    return UsageStore(m_database->connection()).allRollups();
}

QList<UsageImportRecord> Workspace::usageImports(const CustomerId &customer) const
{
    return UsageStore(m_database->connection()).imports(customer);
}

std::optional<RememberedMapping> Workspace::rememberedMapping(ImportKind kind,
                                                              const QString &fingerprint) const
{
    return UsageStore(m_database->connection()).rememberedMapping(kind, fingerprint);
}

AdoptionInputs Workspace::adoptionInputs(const CustomerId &id, const QDate &asOf, int days) const
{
    AdoptionInputs inputs;
    inputs.asOf = asOf;
    inputs.from = asOf.addDays(-(days - 1));
    inputs.to = asOf;
    if (const Customer *c = customer(id)) {
        inputs.licensedSeats = int(c->licensedSeats);
        inputs.activationEvent = c->activationEvent;
        inputs.goLive = c->goLiveDate;
        inputs.graduated = c->phase == Phase::Graduated;
    }
    return inputs;
}

AdoptionMetrics Workspace::adoptionMetrics(const CustomerId &customer) const
{
    return computeAdoptionMetrics(usageRollups(customer), adoptionInputs(customer, today()));
}

void Workspace::notifyUsageImported(const CustomerId &customer)
{
    // Rollups read before this import are out of date.
    if (m_prefetchedRollups.valid())
        m_prefetchedRollups.get();
    Q_EMIT usageChanged(customer);
}

} // namespace Csm
