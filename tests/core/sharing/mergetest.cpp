// The three-way merge on its own: one-sided changes, conflicts, deletions, records whose
// parent went, and the two-way merge of files never exchanged from here.
#include "coretestprinting.h"
#include "testsupport.h"

#include "sharing/merge.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

OnboardingFile baseFile()
{
    const QDateTime at(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    return Test::fullOnboardingFile({at, QStringLiteral("Ann"), at, QStringLiteral("Ann")});
}

void touch(RecordMeta &meta, const QString &who, int minutes)
{
    meta.modifiedAt = meta.modifiedAt.addSecs(60 * minutes);
    meta.modifiedBy = who;
}

} // namespace

TEST_CASE("Changes made on one side only are taken without conflicts")
{
    const OnboardingFile base = baseFile();
    OnboardingFile ours = base;
    OnboardingFile theirs = base;
    ours.customer.notes = QStringLiteral("ours");
    touch(ours.customer.meta, QStringLiteral("Ann"), 5);
    theirs.customer.industry = QStringLiteral("theirs");
    touch(theirs.customer.meta, QStringLiteral("Bob"), 10);
    theirs.risks.first().status = RiskStatus::Closed;
    touch(theirs.risks.first().meta, QStringLiteral("Bob"), 10);

    const MergeResult result = mergeOnboardingFiles(base, ours, theirs);
    CHECK(result.conflicts.isEmpty());
    CHECK(result.merged.customer.notes == QLatin1String("ours"));
    CHECK(result.merged.customer.industry == QLatin1String("theirs"));
    CHECK(result.merged.risks.first().status == RiskStatus::Closed);
    // The later change's stamp, so both sides end with the same record.
    CHECK(result.merged.customer.meta.modifiedBy == QLatin1String("Bob"));
    CHECK(result.counts == MergeCounts{0, 2, 0});
    CHECK(result.changes.size() == 2);
    CHECK(result.changesOurs);
    // The other way round gives the same content.
    CHECK(mergeOnboardingFiles(base, theirs, ours).merged == result.merged);
    // Nothing new: no change at all.
    CHECK_FALSE(mergeOnboardingFiles(base, result.merged, ours).changesOurs);
}

TEST_CASE("Their deletion is honoured unless the record changed here, and children go along")
{
    const OnboardingFile base = baseFile();
    OnboardingFile ours = base;
    OnboardingFile theirs = base;
    // They delete the workstream (with its tasks and the dependency) and the decision.
    theirs.workstreams.clear();
    theirs.tasks.clear();
    theirs.dependencies.clear();
    theirs.decisions.clear();
    // We changed the decision, and added a task to the workstream they deleted.
    ours.decisions.first().rationale = QStringLiteral("Changed here");
    PlanTask extra = ours.tasks.first();
    extra.id = TaskId::create();
    extra.name = QStringLiteral("Added here");
    ours.tasks.append(extra);

    const MergeResult kept = mergeOnboardingFiles(base, ours, theirs);
    REQUIRE(kept.conflicts.size() == 1);
    CHECK(kept.conflicts.first().kind == MergeConflict::Kind::DeletedThere);
    CHECK(kept.conflicts.first().entity == QLatin1String("decision"));
    CHECK(kept.merged.decisions.size() == 1); // kept by default
    CHECK(kept.merged.workstreams.isEmpty());
    // Our task hung off the deleted workstream: it goes with it, and the change list says so.
    CHECK(kept.merged.tasks.isEmpty());
    CHECK(kept.merged.dependencies.isEmpty());
    CHECK(kept.changes.filter(QStringLiteral("Added here")).size() == 1);

    const MergeResult deleted = mergeOnboardingFiles(base, ours, theirs, {MergeChoice::Theirs});
    CHECK(deleted.merged.decisions.isEmpty());
}

TEST_CASE("Without a common exchange, recorded deletions decide and every difference conflicts")
{
    const OnboardingFile original = baseFile();
    OnboardingFile ours = original;
    OnboardingFile theirs = original;
    // They deleted the risk and recorded it; we added an action they never saw.
    const Risk risk = theirs.risks.takeFirst();
    theirs.tombstones.append({risk.id.toString(), QStringLiteral("risk"),
                              risk.customerId.toString(), risk.meta.modifiedAt.addDays(1),
                              QStringLiteral("Bob")});
    ActionItem action = ours.actions.first();
    action.id = ActionId::create();
    ours.actions.append(action);
    theirs.customer.notes = QStringLiteral("their notes");

    const MergeResult result = mergeOnboardingFiles(std::nullopt, ours, theirs);
    CHECK(result.merged.risks.isEmpty());
    CHECK(result.merged.actions.size() == 2);
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.first().field ==
          QLatin1String(customerFieldSpec(CustomerField::Notes).key));
    CHECK(result.conflicts.first().base.isEmpty());
    CHECK(result.merged.customer.notes == ours.customer.notes);
    // The deletion is kept as a tombstone on both sides.
    CHECK(std::any_of(result.merged.tombstones.cbegin(), result.merged.tombstones.cend(),
                      [&](const Tombstone &t) { return t.id == risk.id.toString(); }));
}
