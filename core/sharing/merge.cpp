#include "merge.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <span>

namespace Csm {

namespace {

struct MergeText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Merge)
};

// What the merge needs of each kind of record: its fields, id, entity and name.
template<typename T> struct MergeTraits
{
    static auto fields() { return RecordTraits<T>::fields(); }
    static QString entity() { return QString::fromLatin1(RecordTraits<T>::entity); }
    static QString label() { return recordKindName(RecordTraits<T>::kind); }
    static QString fieldLabel(const FieldSpec<T, RecordField<T>> &spec)
    {
        return QCoreApplication::translate(RecordTraits<T>::context, spec.label);
    }
};

template<> struct MergeTraits<Customer>
{
    static auto fields() { return customerFields(); }
    static QString entity() { return QStringLiteral("customer"); }
    static QString label() { return MergeText::tr("Customer"); }
    static QString fieldLabel(const CustomerFieldSpec &spec)
    {
        return QCoreApplication::translate("Csm::Customer", spec.label);
    }
};

template<> struct MergeTraits<Stakeholder>
{
    static auto fields() { return stakeholderFields(); }
    static QString entity() { return QStringLiteral("stakeholder"); }
    static QString label() { return MergeText::tr("Stakeholder"); }
    static QString fieldLabel(const StakeholderFieldSpec &spec)
    {
        return QCoreApplication::translate("Csm::Stakeholder", spec.label);
    }
};

template<typename T> QString idText(const T &record)
{
    return record.id.toString();
}

// The later of two modifications; the author breaks a tie, so both sides pick the same.
bool modifiedBefore(const RecordMeta &a, const RecordMeta &b)
{
    return std::tie(a.modifiedAt, a.modifiedBy) < std::tie(b.modifiedAt, b.modifiedBy);
}

class Merger
{
public:
    Merger(const std::optional<OnboardingFile> &base, const OnboardingFile &ours,
           const OnboardingFile &theirs, const QList<MergeChoice> &choices)
        : m_base(base)
        , m_ours(ours)
        , m_theirs(theirs)
        , m_choices(choices)
    {
        for (const Tombstone &t : ours.tombstones)
            m_oursDeleted.insert(t.id);
        for (const Tombstone &t : theirs.tombstones)
            m_theirsDeleted.insert(t.id);
        nameRecords(ours);
        nameRecords(theirs);
    }

    MergeResult run()
    {
        MergeResult &out = m_result;
        {
            QList<Customer> merged;
            const QList<Customer> base =
                m_base ? QList<Customer>{m_base->customer} : QList<Customer>{};
            mergeList<Customer>(m_base ? &base : nullptr, {m_ours.customer}, {m_theirs.customer},
                                merged);
            out.merged.customer = merged.value(0, m_ours.customer);
        }
        mergeList<Stakeholder>(m_base ? &m_base->stakeholders : nullptr, m_ours.stakeholders,
                               m_theirs.stakeholders, out.merged.stakeholders);
        forEachRecordType([&](auto type) {
            using R = decltype(type);
            mergeList<R>(m_base ? &m_base->records<R>() : nullptr, m_ours.records<R>(),
                         m_theirs.records<R>(), out.merged.records<R>());
        });
        dropDangling();
        mergeTombstones();
        out.changesOurs = !(out.merged == m_ours);
        return std::move(m_result);
    }

private:
    void nameRecords(const OnboardingFile &file)
    {
        m_names.insert(file.customer.id.toString(), file.customer.accountName);
        for (const Stakeholder &s : file.stakeholders)
            m_names.insert(s.id.toString(), s.name.simplified());
        forEachRecordType([&](auto type) {
            using R = decltype(type);
            for (const R &record : file.records<R>())
                m_names.insert(idText(record), firstText(record));
        });
    }

    template<typename T> static QString firstText(const T &record)
    {
        for (const auto &spec : MergeTraits<T>::fields()) {
            if (spec.kind == FieldKind::Text)
                return readField(record, spec.member).toString().simplified();
        }
        return {};
    }

    template<typename T> QString recordName(const T &record) const
    {
        if constexpr (std::is_same_v<T, KickoffAttendee>) {
            return m_names.value(record.stakeholderId.toString());
        } else if constexpr (std::is_same_v<T, PhaseGate>) {
            return enumDisplayName(record.kind);
        } else if constexpr (std::is_same_v<T, TaskDependency>) {
            return QStringLiteral("%1 \u2192 %2")
                .arg(m_names.value(record.predecessorId.toString()),
                     m_names.value(record.successorId.toString()));
        } else if constexpr (std::is_same_v<T, Measurement>) {
            return record.date.isValid() ? QLocale().toString(record.date, QLocale::ShortFormat)
                                         : QString();
        } else if constexpr (std::is_same_v<T, Customer>) {
            return record.accountName;
        } else if constexpr (std::is_same_v<T, Stakeholder>) {
            return record.name.simplified();
        } else {
            return firstText(record);
        }
    }

    template<typename T, typename Spec>
    QString displayValue(const T &record, const Spec &spec) const
    {
        return std::visit(
            [&](auto ptr) -> QString {
                using V = std::remove_cvref_t<decltype(record.*ptr)>;
                const V &v = record.*ptr;
                if constexpr (std::is_enum_v<V>)
                    return enumDisplayName(v);
                else if constexpr (std::is_same_v<V, QDate>)
                    return v.isValid() ? QLocale().toString(v, QLocale::ShortFormat) : QString();
                else if constexpr (IsId<V>::value)
                    return v.isNull() ? QString() : m_names.value(v.toString(), v.toString());
                else if constexpr (std::is_same_v<V, bool>)
                    return v ? MergeText::tr("Yes") : MergeText::tr("No");
                else if constexpr (std::is_same_v<V, QString>)
                    return v;
                else
                    return QLocale().toString(v);
            },
            spec.member);
    }

    template<typename T> static bool sameValues(const T &a, const T &b)
    {
        for (const auto &spec : MergeTraits<T>::fields()) {
            if (fieldToJson(a, spec.member) != fieldToJson(b, spec.member))
                return false;
        }
        return true;
    }

    MergeChoice nextChoice()
    {
        const qsizetype index = m_result.conflicts.size() - 1;
        return index < m_choices.size() ? m_choices.at(index) : MergeChoice::Ours;
    }

    template<typename T>
    MergeConflict conflictFor(MergeConflict::Kind kind, const T *ours, const T *theirs) const
    {
        MergeConflict c;
        c.kind = kind;
        c.entity = MergeTraits<T>::entity();
        c.entityLabel = MergeTraits<T>::label();
        const T &any = ours ? *ours : *theirs;
        c.recordId = idText(any);
        c.recordName = recordName(any);
        if (ours) {
            c.oursModifiedAt = ours->meta.modifiedAt;
            c.oursModifiedBy = ours->meta.modifiedBy;
        }
        if (theirs) {
            c.theirsModifiedAt = theirs->meta.modifiedAt;
            c.theirsModifiedBy = theirs->meta.modifiedBy;
        }
        return c;
    }

    template<typename T> QString changeLine(const T &record, const QString &what) const
    {
        const QString name = recordName(record);
        return name.isEmpty() ? QStringLiteral("%1: %2").arg(MergeTraits<T>::label(), what)
                              : QStringLiteral("%1 \u201c%2\u201d: %3")
                                    .arg(MergeTraits<T>::label(), name, what);
    }

    template<typename T> void noteChange(const T &record, const QString &what)
    {
        m_result.changes.append(changeLine(record, what));
    }

    // Both sides have the record: field by field.
    template<typename T> T mergeRecord(const T *base, const T &ours, const T &theirs)
    {
        T merged = ours;
        bool taken = false;
        for (const auto &spec : MergeTraits<T>::fields()) {
            const QJsonValue o = fieldToJson(ours, spec.member);
            const QJsonValue t = fieldToJson(theirs, spec.member);
            if (o == t)
                continue;
            const QJsonValue b = base ? fieldToJson(*base, spec.member) : QJsonValue();
            bool takeTheirs = false;
            if (base && o == b) {
                takeTheirs = true;
            } else if (base && t == b) {
                takeTheirs = false;
            } else {
                MergeConflict c = conflictFor(MergeConflict::Kind::Field, &ours, &theirs);
                c.field = QString::fromLatin1(spec.key);
                c.fieldLabel = MergeTraits<T>::fieldLabel(spec);
                c.base = base ? displayValue(*base, spec) : QString();
                c.ours = displayValue(ours, spec);
                c.theirs = displayValue(theirs, spec);
                m_result.conflicts.append(c);
                takeTheirs = nextChoice() == MergeChoice::Theirs;
            }
            if (takeTheirs) {
                fieldFromJson(merged, spec.member, t);
                noteChange(ours, MergeText::tr("%1 changed").arg(MergeTraits<T>::fieldLabel(spec)));
                taken = true;
            }
        }
        if (taken)
            ++m_result.counts.changed;
        // The later modification on either side, so that both sides end with the same meta.
        if (modifiedBefore(ours.meta, theirs.meta)) {
            merged.meta.modifiedAt = theirs.meta.modifiedAt;
            merged.meta.modifiedBy = theirs.meta.modifiedBy;
        }
        return merged;
    }

    template<typename T>
    void mergeList(const QList<T> *base, const QList<T> &ours, const QList<T> &theirs,
                   QList<T> &out)
    {
        QHash<QString, const T *> baseById;
        QHash<QString, const T *> theirsById;
        if (base) {
            for (const T &r : *base)
                baseById.insert(idText(r), &r);
        }
        for (const T &r : theirs)
            theirsById.insert(idText(r), &r);
        QSet<QString> seen;
        for (const T &o : ours) {
            const QString id = idText(o);
            seen.insert(id);
            const T *b = baseById.value(id);
            if (const T *t = theirsById.value(id)) {
                out.append(mergeRecord(b, o, *t));
                continue;
            }
            // Missing there: deleted there, or added here since.
            const bool deletedThere = b || (!base && m_theirsDeleted.contains(id));
            if (!deletedThere) {
                out.append(o);
                continue;
            }
            const bool changedHere = b ? !sameValues(*b, o) : false;
            bool keep = false;
            if (changedHere) {
                MergeConflict c = conflictFor<T>(MergeConflict::Kind::DeletedThere, &o, nullptr);
                c.ours = MergeText::tr("Changed");
                c.theirs = MergeText::tr("Deleted");
                m_result.conflicts.append(c);
                keep = nextChoice() == MergeChoice::Ours;
            }
            if (keep) {
                out.append(o);
            } else {
                ++m_result.counts.removed;
                noteChange(o, MergeText::tr("deleted"));
            }
        }
        for (const T &t : theirs) {
            const QString id = idText(t);
            if (seen.contains(id))
                continue;
            const T *b = baseById.value(id);
            const bool deletedHere = b || (!base && m_oursDeleted.contains(id));
            if (!deletedHere) {
                out.append(t);
                ++m_result.counts.added;
                noteChange(t, MergeText::tr("added"));
                continue;
            }
            const bool changedThere = b ? !sameValues(*b, t) : false;
            if (!changedThere)
                continue;
            MergeConflict c = conflictFor<T>(MergeConflict::Kind::DeletedHere, nullptr, &t);
            c.ours = MergeText::tr("Deleted");
            c.theirs = MergeText::tr("Changed");
            m_result.conflicts.append(c);
            if (nextChoice() == MergeChoice::Theirs) {
                out.append(t);
                ++m_result.counts.added;
                noteChange(t, MergeText::tr("brought back"));
            }
        }
    }

    // A record whose parent is gone goes with it, as deleting the parent here would have
    // taken it: a task whose workstream they deleted, an objective without its outcome.
    void dropDangling()
    {
        OnboardingFile &file = m_result.merged;
        for (bool dropped = true; dropped;) {
            dropped = false;
            QSet<QString> present;
            present.insert(file.customer.id.toString());
            for (const Stakeholder &s : file.stakeholders)
                present.insert(s.id.toString());
            forEachRecordType([&](auto type) {
                using R = decltype(type);
                for (const R &r : file.records<R>())
                    present.insert(idText(r));
            });
            forEachRecordType([&](auto type) {
                using R = decltype(type);
                QList<R> &list = file.records<R>();
                const auto dangling = [&](const R &r) {
                    for (const auto &spec : RecordTraits<R>::fields()) {
                        if (spec.kind != FieldKind::Reference)
                            continue;
                        const QString ref = readField(r, spec.member).toString();
                        if (!ref.isEmpty() && !present.contains(ref))
                            return true;
                    }
                    return false;
                };
                for (const R &r : list) {
                    if (!dangling(r))
                        continue;
                    dropped = true;
                    const QString id = idText(r);
                    const bool wasOurs =
                        std::any_of(m_ours.records<R>().cbegin(), m_ours.records<R>().cend(),
                                    [&](const R &o) { return idText(o) == id; });
                    if (wasOurs) {
                        ++m_result.counts.removed;
                        noteChange(r, MergeText::tr("deleted with the record it belonged to"));
                    } else {
                        --m_result.counts.added;
                        m_result.changes.removeOne(changeLine(r, MergeText::tr("added")));
                    }
                }
                list.erase(std::remove_if(list.begin(), list.end(), dangling), list.end());
            });
        }
    }

    // Both sides' deletions are kept, except of records that exist after the merge.
    void mergeTombstones()
    {
        OnboardingFile &file = m_result.merged;
        QSet<QString> present;
        for (const Stakeholder &s : file.stakeholders)
            present.insert(s.id.toString());
        forEachRecordType([&](auto type) {
            using R = decltype(type);
            for (const R &r : file.records<R>())
                present.insert(idText(r));
        });
        QHash<QString, Tombstone> byId;
        for (const QList<Tombstone> *list : {&m_theirs.tombstones, &m_ours.tombstones}) {
            for (const Tombstone &t : *list) {
                if (present.contains(t.id))
                    continue;
                auto it = byId.find(t.id);
                // The earlier deletion wins on both sides, so they end the same.
                if (it == byId.end() ||
                    std::tie(t.deletedAt, t.deletedBy) < std::tie(it->deletedAt, it->deletedBy))
                    byId.insert(t.id, t);
            }
        }
        QList<Tombstone> tombstones = byId.values();
        std::sort(tombstones.begin(), tombstones.end(), [](const Tombstone &a, const Tombstone &b) {
            return std::tie(a.deletedAt, a.id) < std::tie(b.deletedAt, b.id);
        });
        file.tombstones = tombstones;
    }

    const std::optional<OnboardingFile> &m_base;
    const OnboardingFile &m_ours;
    const OnboardingFile &m_theirs;
    const QList<MergeChoice> &m_choices;
    QSet<QString> m_oursDeleted;
    QSet<QString> m_theirsDeleted;
    QHash<QString, QString> m_names;
    MergeResult m_result;
};

} // namespace

MergeResult mergeOnboardingFiles(const std::optional<OnboardingFile> &base,
                                 const OnboardingFile &ours, const OnboardingFile &theirs,
                                 const QList<MergeChoice> &choices)
{
    return Merger(base, ours, theirs, choices).run();
}

QString recordKindName(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Outcome:
        return MergeText::tr("Outcome");
    case RecordKind::Objective:
        return MergeText::tr("Objective");
    case RecordKind::Step:
        return MergeText::tr("Step");
    case RecordKind::Measurement:
        return MergeText::tr("Measurement");
    case RecordKind::Attendee:
        return MergeText::tr("Attendee");
    case RecordKind::Action:
        return MergeText::tr("Action");
    case RecordKind::Decision:
        return MergeText::tr("Decision");
    case RecordKind::Risk:
        return MergeText::tr("Risk");
    case RecordKind::Workstream:
        return MergeText::tr("Workstream");
    case RecordKind::Task:
        return MergeText::tr("Task");
    case RecordKind::Dependency:
        return MergeText::tr("Dependency");
    case RecordKind::Gate:
        return MergeText::tr("Gate");
    case RecordKind::Criterion:
        return MergeText::tr("Gate criterion");
    case RecordKind::Opportunity:
        return MergeText::tr("Opportunity");
    case RecordKind::SurveyResponse:
        return MergeText::tr("Survey response");
    case RecordKind::ValueItem:
        return MergeText::tr("Value item");
    case RecordKind::ReportNote:
        return MergeText::tr("Report note");
    case RecordKind::AlertSnooze:
        return MergeText::tr("Snoozed alert");
    }
    return {};
}

} // namespace Csm
