// One open workspace: its database, the customers and stakeholders held in memory, the undo
// stack, and the typed change signals that models listen to.
#pragma once

#include "domain/customer.h"
#include "domain/onboardingfile.h"
#include "domain/stakeholder.h"
#include "email/email.h"
#include "storage/database.h"
#include "storage/playbookstore.h"
#include "storage/usagestore.h"
#include "workspace/workspacesettings.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <tuple>

namespace Csm {

// Whether opening a workspace also starts reading every customer's usage rollups on a thread
// of its own, for a portfolio shown right away (allUsageRollups() then takes them).
enum class UsagePrefetch { None, AllRollups };

class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    // Opens or creates the workspace file. On failure returns null and explains in `error`.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                           OpenError *kind = nullptr,
                                           UsagePrefetch prefetch = UsagePrefetch::None);

    QString path() const;
    const Database &database() const { return *m_database; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // The name recorded as creator and modifier of what this session changes.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }
    // The user as the e-mails written in this session sign: set from Preferences.
    EmailSender sender() const { return m_sender; }
    void setSender(const EmailSender &sender) { m_sender = sender; }

    // The clock used for timestamps; tests replace it to get reproducible files.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;
    QDate today() const;

    const WorkspaceSettings &settings() const { return m_settings; }
    // The stored text of one workspace setting ("calendar.holidays"); empty when not set.
    QString settingValue(const QString &key) const { return m_settingValues.value(key); }

    // Reading
    QList<CustomerId> customerIds() const { return m_customerOrder; }
    int customerCount() const { return int(m_customerOrder.size()); }
    const Customer *customer(const CustomerId &id) const;
    // Finds a customer by id or by exact account name; several matches count as none.
    std::optional<CustomerId> findCustomer(const QString &idOrName) const;
    QList<Stakeholder> stakeholders(const CustomerId &customer) const;
    const Stakeholder *stakeholder(const StakeholderId &id) const;
    QList<Tombstone> tombstones(const CustomerId &customer) const;
    OnboardingFile onboardingFile(const CustomerId &customer) const;

    // The customer's records of one kind (outcomes, risks, ...), in the order they were made.
    template<typename R> QList<R> records(const CustomerId &customer) const;
    template<typename R> const R *record(const typename RecordTraits<R>::Id &id) const;

    // Why `file` cannot be added as a new customer, or an empty string when it can: its
    // customer, a stakeholder or a recorded deletion already belongs to this workspace. The
    // reason starts with the JSON path of the record ("stakeholders[2].id: ...").
    QString insertConflict(const OnboardingFile &file) const;

    // Fills `meta` as a record made now by the author.
    RecordMeta newMeta() const;
    // Marks `meta` as changed now by the author.
    void touch(RecordMeta &meta) const;

    // Mutators. Only undo commands call these. Each writes through in one transaction,
    // updates memory after the commit and emits one change signal; on failure nothing
    // changes, storageFailed() is emitted and false is returned.
    bool insertOnboardingFile(const OnboardingFile &file);
    bool setSetting(const QString &key, const QString &value);
    bool removeOnboardingFile(const CustomerId &id, const QList<Tombstone> &tombstonesAfter);
    // Replaces an existing customer's whole onboarding file (a merge, and its undo) in one
    // transaction; emits the signal of each customer, stakeholder and record that changed.
    bool replaceOnboardingFile(const OnboardingFile &file);
    bool updateCustomer(const Customer &customer);
    bool insertStakeholder(const Stakeholder &stakeholder);
    bool updateStakeholder(const Stakeholder &stakeholder);
    bool removeStakeholder(const StakeholderId &id, const std::optional<Tombstone> &tombstone);
    template<typename R> bool insertRecord(const R &record);
    template<typename R> bool updateRecord(const R &record);
    // Several records of one kind in one transaction (all or none), one signal each.
    template<typename R> bool updateRecords(const QList<R> &records);
    template<typename R>
    bool removeRecord(const typename RecordTraits<R>::Id &id,
                      const std::optional<Tombstone> &tombstone);

    // The tombstone a record deleted now by the author leaves behind.
    Tombstone makeTombstone(const QString &id, const QString &entity,
                            const CustomerId &customer) const;

    QString lastError() const { return m_lastError; }

    // The playbook templates the user saved, by name (the built-in ones: builtInPlaybooks()).
    QList<SavedPlaybook> userPlaybooks() const { return m_playbooks; }
    const SavedPlaybook *userPlaybook(const QString &id) const;
    // Mutators for the undo commands, like the ones above: adds the playbook or replaces the
    // one with its id; removes one. Each emits playbooksChanged().
    bool savePlaybook(const SavedPlaybook &playbook);
    bool removePlaybook(const QString &id);

    // Imported usage data. It is not edited, so it bypasses the undo stack: an import is
    // written by UsageImporter on its own connection, in one transaction, and then announced
    // here with notifyUsageImported(), which emits usageChanged().
    UsageRollups usageRollups(const CustomerId &customer) const;
    // Every customer's at once (customers without usage data left out); the prefetched ones
    // the first time, when opened with UsagePrefetch::AllRollups.
    QHash<CustomerId, UsageRollups> allUsageRollups() const;
    QList<UsageImportRecord> usageImports(const CustomerId &customer) const;
    std::optional<RememberedMapping> rememberedMapping(ImportKind kind,
                                                       const QString &fingerprint) const;
    // The inputs of the customer's adoption metrics as of `asOf`, over the `days` before it.
    AdoptionInputs adoptionInputs(const CustomerId &customer, const QDate &asOf,
                                  int days = 90) const;
    // The customer's adoption metrics today (over the last 90 days).
    AdoptionMetrics adoptionMetrics(const CustomerId &customer) const;
    void notifyUsageImported(const CustomerId &customer);

Q_SIGNALS:
    void customerAdded(const Csm::CustomerId &id);
    void customerRemoved(const Csm::CustomerId &id);
    void customerChanged(const Csm::CustomerId &id);
    void stakeholderAdded(const Csm::CustomerId &customer, const Csm::StakeholderId &id);
    void stakeholderRemoved(const Csm::CustomerId &customer, const Csm::StakeholderId &id);
    void stakeholderChanged(const Csm::CustomerId &customer, const Csm::StakeholderId &id);
    // After any of the three above: for views that only care that the people changed.
    void stakeholdersChanged(const Csm::CustomerId &customer);
    void recordAdded(Csm::RecordKind kind, const Csm::CustomerId &customer, const QUuid &id);
    void recordRemoved(Csm::RecordKind kind, const Csm::CustomerId &customer, const QUuid &id);
    void recordChanged(Csm::RecordKind kind, const Csm::CustomerId &customer, const QUuid &id);
    void settingsChanged();
    void storageFailed(const QString &message);
    void playbooksChanged();
    // An import into the customer's usage data committed.
    void usageChanged(const Csm::CustomerId &customer);

private:
    explicit Workspace(std::unique_ptr<Database> database);
    QString load();
    bool write(const std::function<QString()> &work);

    std::unique_ptr<Database> m_database;
    QUndoStack m_undoStack;
    QString m_author;
    EmailSender m_sender;
    std::function<QDateTime()> m_clock;
    WorkspaceSettings m_settings;
    QHash<QString, QString> m_settingValues;
    QString m_lastError;
    QList<SavedPlaybook> m_playbooks;
    // Every customer's usage rollups being read on another connection (UsagePrefetch).
    mutable std::future<QHash<CustomerId, UsageRollups>> m_prefetchedRollups;

    QHash<CustomerId, Customer> m_customers;
    QList<CustomerId> m_customerOrder;
    QHash<StakeholderId, Stakeholder> m_stakeholders;
    QHash<CustomerId, QList<StakeholderId>> m_stakeholdersByCustomer;
    QHash<CustomerId, QList<Tombstone>> m_tombstones;

    // The records of one kind, by id and by customer in creation order.
    template<typename R> struct RecordSet
    {
        QHash<typename RecordTraits<R>::Id, R> byId;
        QHash<CustomerId, QList<typename RecordTraits<R>::Id>> byCustomer;
    };
    template<typename R> RecordSet<R> &recordSet() { return std::get<RecordSet<R>>(m_records); }
    template<typename R> const RecordSet<R> &recordSet() const
    {
        return std::get<RecordSet<R>>(m_records);
    }
    template<typename R> void rememberRecord(const R &record);
    template<typename R> void forgetRecords(const CustomerId &customer);
    void forgetTombstone(const CustomerId &customer, const QString &id);

    std::tuple<RecordSet<Outcome>, RecordSet<Objective>, RecordSet<OperationalStep>,
               RecordSet<Measurement>, RecordSet<KickoffAttendee>, RecordSet<ActionItem>,
               RecordSet<Decision>, RecordSet<Risk>, RecordSet<Workstream>, RecordSet<PlanTask>,
               RecordSet<TaskDependency>, RecordSet<PhaseGate>, RecordSet<GateCriterion>,
               RecordSet<WhitespaceOpportunity>, RecordSet<SurveyResponse>, RecordSet<ValueItem>,
               RecordSet<ReportNote>, RecordSet<AlertSnooze>>
        m_records;
};

} // namespace Csm
