// Three-way merge of one customer's onboarding file: the state both sides last shared (the
// base), ours (this workspace) and theirs (the file taken back). Records match by id. A field
// changed on one side only takes that side's value; a field changed on both sides to different
// values is a conflict for the user; a record deleted on one side is deleted, unless the other
// side changed it, which is a conflict too. Without a base (the file was never shared from
// here) a record missing on one side is kept unless that side recorded its deletion, and every
// field that differs is a conflict.
#pragma once

#include "domain/onboardingfile.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Csm {

struct MergeConflict
{
    enum class Kind {
        Field,        // both sides changed the field to different values
        DeletedThere, // they deleted the record, we changed it
        DeletedHere,  // we deleted the record, they changed it
    };
    Kind kind = Kind::Field;
    QString entity;      // "customer", "stakeholder" or the record's entity ("risk")
    QString entityLabel; // translated: "Customer", "Risk"
    QString recordId;
    QString recordName; // what names the record: a title, a person's name, a date
    QString field;      // the field's key; empty for a deletion
    QString fieldLabel; // translated
    // The values for display (translated enum names, local dates); for a deletion the side
    // that deleted shows "Deleted".
    QString base;
    QString ours;
    QString theirs;
    QDateTime oursModifiedAt;
    QString oursModifiedBy;
    QDateTime theirsModifiedAt;
    QString theirsModifiedBy;

    friend bool operator==(const MergeConflict &, const MergeConflict &) = default;
};

enum class MergeChoice { Ours, Theirs };

// What taking their side changes here, counted by record (the customer counts as one).
struct MergeCounts
{
    int added = 0;   // records they added
    int changed = 0; // records with fields taken from theirs
    int removed = 0; // records they deleted (with the records that hung off them)

    bool isEmpty() const { return added == 0 && changed == 0 && removed == 0; }
    friend bool operator==(const MergeCounts &, const MergeCounts &) = default;
};

struct MergeResult
{
    OnboardingFile merged;
    // In a stable order (customer, stakeholders, then the records kind by kind, in the order
    // of ours, then theirs), so that choices can be given by position.
    QList<MergeConflict> conflicts;
    MergeCounts counts;
    // One line per change taken from theirs: "Risk \"SSO\": Status changed".
    QStringList changes;
    // Whether `merged` differs from ours at all.
    bool changesOurs = false;
};

// Merges `theirs` into `ours`. `choices` resolves the conflicts by position; conflicts
// without a choice keep ours. Both files must be the same customer's.
MergeResult mergeOnboardingFiles(const std::optional<OnboardingFile> &base,
                                 const OnboardingFile &ours, const OnboardingFile &theirs,
                                 const QList<MergeChoice> &choices = {});

// The translated name of a kind of record, singular: "Risk", "Task".
QString recordKindName(RecordKind kind);

} // namespace Csm
