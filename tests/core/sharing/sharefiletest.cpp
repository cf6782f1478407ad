// Sharing a customer's onboarding file between two workspaces and taking it back: both ways,
// conflicts, usage data, and every kind of bad file refused with the workspace unchanged.
#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/addrecord.h"
#include "commands/changecustomerfield.h"
#include "commands/changerecordfield.h"
#include "commands/removerecord.h"
#include "interchange/onboardingfilejson.h"
#include "sample/sampleportfolio.h"
#include "sample/sampleusage.h"
#include "sharing/sharefile.h"
#include "storage/sharestore.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Csm;

namespace {

const QByteArray Passphrase = "correct horse battery staple";

ShareOptions fastOptions(const QByteArray &passphrase = {})
{
    ShareOptions options;
    options.passphrase = passphrase;
    options.strength = ShareCrypto::Strength::Minimal;
    return options;
}

// Two colleagues' workspaces, the first with a full customer.
struct TwoDesks
{
    Test::TempWorkspace a;
    Test::TempWorkspace b;
    QTemporaryDir files;
    CustomerId id;

    TwoDesks()
    {
        a->setAuthor(QStringLiteral("Ann Here"));
        b->setAuthor(QStringLiteral("Bob There"));
        const RecordMeta meta{a->now(), a->author(), a->now(), a->author()};
        OnboardingFile file = Test::fullOnboardingFile(meta);
        id = file.customer.id;
        a->undoStack()->push(new AddCustomer(a.get(), file));
        REQUIRE(a->customer(id));
    }

    QString path(const QString &name) const { return files.filePath(name); }

    // Writes the customer from `from` and takes it back into `to` with `choices`.
    TakeBackPlan send(Test::TempWorkspace &from, Test::TempWorkspace &to, const QString &name,
                      const QList<MergeChoice> &choices = {}, bool apply = true)
    {
        from.advance(1000);
        to.advance(1000);
        const ShareWriteResult written = writeSharedFile(*from, id, path(name), fastOptions());
        INFO(written.error.toStdString());
        REQUIRE(written.ok);
        QString error;
        const auto file = SharedFile::open(path(name), {}, &error);
        INFO(error.toStdString());
        REQUIRE(file);
        const TakeBackPlan plan = planTakeBack(*to, *file);
        if (apply)
            REQUIRE(takeBack(*to, *file, plan, choices).isEmpty());
        return plan;
    }
};

template<typename R> const R &firstRecord(Workspace &ws, const CustomerId &id)
{
    REQUIRE_FALSE(ws.records<R>(id).isEmpty());
    return *ws.record<R>(ws.records<R>(id).constFirst().id);
}

void changeCustomer(Test::TempWorkspace &ws, const CustomerId &id, CustomerField field,
                    const QVariant &value)
{
    ws.advance(5000);
    ws->undoStack()->push(new ChangeCustomerField(ws.get(), id, field, value));
}

} // namespace

TEST_CASE("Two workspaces exchange a customer both ways and end with the same content")
{
    TwoDesks desks;
    const CustomerId id = desks.id;

    // Ann shares the customer; Bob has never seen it, so it is added.
    const TakeBackPlan first = desks.send(desks.a, desks.b, QStringLiteral("first.onboarding"));
    CHECK(first.isNewCustomer);
    REQUIRE(desks.b->customer(id));
    CHECK(desks.b->onboardingFile(id) == desks.a->onboardingFile(id));

    // Both edit different things in the meantime.
    changeCustomer(desks.b, id, CustomerField::StatusReason, QStringLiteral("IT admin found"));
    changeCustomer(desks.a, id, CustomerField::Notes, QStringLiteral("Ann's notes"));
    const Risk risk = firstRecord<Risk>(*desks.b, id);
    desks.b->undoStack()->push(new ChangeRecordField<Risk>(
        desks.b.get(), risk.id, RiskField::Status, int(RiskStatus::Closed)));
    ActionItem action;
    action.id = ActionId::create();
    action.customerId = id;
    action.task = QStringLiteral("Send the SSO metadata");
    action.meta = desks.a->newMeta();
    desks.a->undoStack()->push(new AddRecord<ActionItem>(desks.a.get(), action));
    const Decision decision = firstRecord<Decision>(*desks.a, id);
    desks.a->undoStack()->push(new RemoveRecord<Decision>(desks.a.get(), decision.id));
    REQUIRE_FALSE(desks.a->record<Decision>(decision.id));

    // Bob sends it back: merged against the first exchange, no conflicts.
    const int undoBefore = desks.a->undoStack()->count();
    const OnboardingFile annBefore = desks.a->onboardingFile(id);
    const TakeBackPlan back = desks.send(desks.b, desks.a, QStringLiteral("back.onboarding"));
    CHECK_FALSE(back.isNewCustomer);
    CHECK(back.base.has_value());
    CHECK(back.merge.conflicts.isEmpty());
    CHECK(back.merge.counts == MergeCounts{0, 2, 0});
    CHECK(desks.a->customer(id)->statusReason == QLatin1String("IT admin found"));
    CHECK(desks.a->customer(id)->notes == QLatin1String("Ann's notes"));
    CHECK(desks.a->record<Risk>(risk.id)->status == RiskStatus::Closed);
    CHECK(desks.a->record<ActionItem>(action.id));
    CHECK_FALSE(desks.a->record<Decision>(decision.id));
    // The merge is one undo step, and undoing it restores Ann's file exactly.
    CHECK(desks.a->undoStack()->count() == undoBefore + 1);
    desks.a->undoStack()->undo();
    CHECK(desks.a->onboardingFile(id) == annBefore);
    desks.a->undoStack()->redo();
    CHECK(desks.a->customer(id)->statusReason == QLatin1String("IT admin found"));

    // Ann sends her merged file to Bob: he ends with exactly her content, her deletion too.
    const TakeBackPlan again = desks.send(desks.a, desks.b, QStringLiteral("again.onboarding"));
    CHECK(again.merge.conflicts.isEmpty());
    CHECK(again.merge.counts.added == 1);
    CHECK(again.merge.counts.removed == 1);
    CHECK(desks.b->onboardingFile(id) == desks.a->onboardingFile(id));
    CHECK_FALSE(desks.b->record<Decision>(decision.id));

    // The exchange survives a restart: a file taken back after reopening merges the same way.
    desks.b.reopen();
    desks.b->setAuthor(QStringLiteral("Bob There"));
    changeCustomer(desks.b, id, CustomerField::CompetitorReplaced, QStringLiteral("Sheets"));
    desks.send(desks.b, desks.a, QStringLiteral("third.onboarding"));
    CHECK(desks.a->customer(id)->competitorReplaced == QLatin1String("Sheets"));
    CHECK(desks.b->onboardingFile(id) == desks.a->onboardingFile(id));
}

TEST_CASE("A field changed on both sides is a conflict, reported exactly and chosen by the user")
{
    TwoDesks desks;
    const CustomerId id = desks.id;
    desks.send(desks.a, desks.b, QStringLiteral("first.onboarding"));

    changeCustomer(desks.a, id, CustomerField::StatusReason, QStringLiteral("Ann's reason"));
    changeCustomer(desks.b, id, CustomerField::StatusReason, QStringLiteral("Bob's reason"));
    changeCustomer(desks.b, id, CustomerField::Products, QStringLiteral("Enterprise, 200 seats"));
    // The same change on both sides is no conflict.
    changeCustomer(desks.a, id, CustomerField::PainPoints, QStringLiteral("Manual exports"));
    changeCustomer(desks.b, id, CustomerField::PainPoints, QStringLiteral("Manual exports"));

    const OnboardingFile annBefore = desks.a->onboardingFile(id);
    const TakeBackPlan plan =
        desks.send(desks.b, desks.a, QStringLiteral("back.onboarding"), {}, false);
    REQUIRE(plan.merge.conflicts.size() == 1);
    const MergeConflict &c = plan.merge.conflicts.constFirst();
    CHECK(c.kind == MergeConflict::Kind::Field);
    CHECK(c.entity == QLatin1String("customer"));
    CHECK(c.recordId == id.toString());
    CHECK(c.field == QLatin1String(customerFieldSpec(CustomerField::StatusReason).key));
    CHECK(c.base == QLatin1String("No IT admin"));
    CHECK(c.ours == QLatin1String("Ann's reason"));
    CHECK(c.theirs == QLatin1String("Bob's reason"));
    CHECK(c.oursModifiedBy == QLatin1String("Ann Here"));
    CHECK(c.theirsModifiedBy == QLatin1String("Bob There"));
    // Nothing changes until the file is taken back.
    CHECK(desks.a->onboardingFile(id) == annBefore);

    SECTION("keeping ours takes the rest")
    {
        QString error;
        const auto file =
            SharedFile::open(desks.path(QStringLiteral("back.onboarding")), {}, &error);
        REQUIRE(file);
        REQUIRE(takeBack(*desks.a, *file, plan, {MergeChoice::Ours}).isEmpty());
        CHECK(desks.a->customer(id)->statusReason == QLatin1String("Ann's reason"));
        CHECK(desks.a->customer(id)->products == QLatin1String("Enterprise, 200 seats"));
    }
    SECTION("taking theirs")
    {
        QString error;
        const auto file =
            SharedFile::open(desks.path(QStringLiteral("back.onboarding")), {}, &error);
        REQUIRE(file);
        REQUIRE(takeBack(*desks.a, *file, plan, {MergeChoice::Theirs}).isEmpty());
        CHECK(desks.a->customer(id)->statusReason == QLatin1String("Bob's reason"));
        // Sent back, Bob has no conflict left and both sides agree.
        const TakeBackPlan back = desks.send(desks.a, desks.b, QStringLiteral("again.onboarding"));
        CHECK(back.merge.conflicts.isEmpty());
        CHECK(desks.b->onboardingFile(id) == desks.a->onboardingFile(id));
    }
}

TEST_CASE("A record deleted on one side and changed on the other is a conflict")
{
    TwoDesks desks;
    const CustomerId id = desks.id;
    desks.send(desks.a, desks.b, QStringLiteral("first.onboarding"));
    const Risk risk = firstRecord<Risk>(*desks.a, id);
    desks.a->undoStack()->push(new RemoveRecord<Risk>(desks.a.get(), risk.id));
    desks.b->undoStack()->push(new ChangeRecordField<Risk>(
        desks.b.get(), risk.id, RiskField::Mitigation, QStringLiteral("Escalate to the CIO")));

    const TakeBackPlan plan =
        desks.send(desks.b, desks.a, QStringLiteral("back.onboarding"), {}, false);
    REQUIRE(plan.merge.conflicts.size() == 1);
    const MergeConflict &c = plan.merge.conflicts.constFirst();
    CHECK(c.kind == MergeConflict::Kind::DeletedHere);
    CHECK(c.entity == QLatin1String("risk"));
    CHECK(c.recordId == risk.id.toString());
    CHECK(c.recordName == risk.risk.simplified());

    QString error;
    const auto file = SharedFile::open(desks.path(QStringLiteral("back.onboarding")), {}, &error);
    REQUIRE(file);
    REQUIRE(takeBack(*desks.a, *file, plan, {MergeChoice::Theirs}).isEmpty());
    REQUIRE(desks.a->record<Risk>(risk.id));
    CHECK(desks.a->record<Risk>(risk.id)->mitigation == QLatin1String("Escalate to the CIO"));
}

TEST_CASE("Usage data travels raw or as rollups, and the metrics agree on both sides")
{
    Test::TempWorkspace a;
    Test::TempWorkspace b;
    // The sample's usage runs up to the real day its importer stamps.
    a->setClock([] { return QDateTime::currentDateTimeUtc(); });
    b->setClock([] { return QDateTime::currentDateTimeUtc(); });
    a->undoStack()->push(makeAddSamplePortfolio(a.get()));
    addSampleUsage(a.get()); // when the sample came without usage data
    CustomerId id;
    for (const CustomerId &c : a->customerIds()) {
        if (!a->usageImports(c).isEmpty())
            id = c;
    }
    REQUIRE_FALSE(id.isNull());
    QTemporaryDir files;
    const bool raw = GENERATE(true, false);
    ShareOptions options = fastOptions();
    options.usage = raw ? UsageSharing::Raw : UsageSharing::RollupsOnly;
    const QString path = files.filePath(QStringLiteral("usage.onboarding"));
    const ShareWriteResult written = writeSharedFile(*a, id, path, options);
    REQUIRE(written.ok);
    CHECK(written.info.hasUsage);
    const qint64 events = UsageStore(a->database().connection()).eventCount(id);
    CHECK(written.info.usageEvents == (raw ? events : 0));
    // Rollups only is the smaller file, and the dialog's estimate is the file's size.
    const qint64 rawSize = sharedFileSize(*a, id, UsageSharing::Raw);
    const qint64 rollupSize = sharedFileSize(*a, id, UsageSharing::RollupsOnly);
    CHECK(rollupSize < rawSize);
    CHECK(written.info.fileSize == (raw ? rawSize : rollupSize));

    QString error;
    const auto file = SharedFile::open(path, {}, &error);
    INFO(error.toStdString());
    REQUIRE(file);
    const TakeBackPlan plan = planTakeBack(*b, *file);
    CHECK(plan.usage == TakeBackPlan::Usage::Add);
    REQUIRE(takeBack(*b, *file, plan, {}).isEmpty());
    const AdoptionMetrics ours = a->adoptionMetrics(id);
    const AdoptionMetrics theirs = b->adoptionMetrics(id);
    CHECK(theirs.hasData);
    CHECK(theirs.usersProvisioned == ours.usersProvisioned);
    CHECK(theirs.usersLoggedIn == ours.usersLoggedIn);
    CHECK(theirs.weeklyActive == ours.weeklyActive);
    CHECK(theirs.monthlyActive == ours.monthlyActive);
    CHECK(theirs.activatedUsers == ours.activatedUsers);
    CHECK(theirs.features.size() == ours.features.size());
    CHECK(theirs.minutesPerUserPerWeek == ours.minutesPerUserPerWeek);
    CHECK(theirs.trainingCompletion == ours.trainingCompletion);
    CHECK(UsageStore(b->database().connection()).eventCount(id) == (raw ? events : 0));
    CHECK(b->usageImports(id).size() == a->usageImports(id).size());
    CHECK(b->database().integrityProblems().isEmpty());
}

TEST_CASE("Bad shared files are refused with a reason and the workspace unchanged")
{
    TwoDesks desks;
    const QString good = desks.path(QStringLiteral("good.onboarding"));
    REQUIRE(writeSharedFile(*desks.a, desks.id, good, fastOptions()).ok);
    const QByteArray bytes = Test::readBytes(good);
    const QString protectedPath = desks.path(QStringLiteral("protected.onboarding"));
    REQUIRE(writeSharedFile(*desks.a, desks.id, protectedPath, fastOptions(Passphrase)).ok);
    const QByteArray workspaceBytes = Test::readBytes(desks.b.path());

    const QString bad = desks.path(QStringLiteral("bad.onboarding"));
    QByteArray passphrase;
    ShareError expected = ShareError::None;
    std::string expectedText;

    SECTION("truncated")
    {
        Test::writeBytes(bad, bytes.left(bytes.size() / 2));
        expected = ShareError::Truncated;
        expectedText = "cut short";
    }
    SECTION("a byte flipped in a value")
    {
        QByteArray changed = bytes;
        const qsizetype at = changed.indexOf("IT security review is slow");
        REQUIRE(at > 0);
        changed[at + 3] = char(changed[at + 3] ^ 0x20);
        Test::writeBytes(bad, changed);
        expected = ShareError::Damaged;
        expectedText = "checksum";
    }
    SECTION("another application's SQLite file")
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(bad);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expected = ShareError::NotOnboardingFile;
        expectedText = "another application";
    }
    SECTION("a newer schema")
    {
        QByteArray changed = bytes;
        // PRAGMA user_version lives at offset 60 of the header, big-endian.
        changed[60] = 0;
        changed[61] = 0;
        changed[62] = 0x7f;
        changed[63] = 0;
        Test::writeBytes(bad, changed);
        expected = ShareError::TooNew;
        expectedText = "newer version";
    }
    SECTION("a workspace rather than a shared file")
    {
        Test::writeBytes(bad, Test::readBytes(desks.a.path()));
        expected = ShareError::NotShared;
        expectedText = "workspace";
    }
    SECTION("not a database at all")
    {
        Test::writeBytes(bad, QByteArray("account,phase\nNorthwind,Adoption\n").repeated(20));
        expected = ShareError::NotOnboardingFile;
        expectedText = "not an SQLite database";
    }
    SECTION("no passphrase for a protected file")
    {
        Test::writeBytes(bad, Test::readBytes(protectedPath));
        expected = ShareError::NeedsPassphrase;
        expectedText = "passphrase";
    }
    SECTION("a wrong passphrase")
    {
        Test::writeBytes(bad, Test::readBytes(protectedPath));
        passphrase = "wrong horse";
        expected = ShareError::WrongPassphrase;
        expectedText = "passphrase";
    }
    SECTION("a protected file changed after it was protected")
    {
        QByteArray changed = Test::readBytes(protectedPath);
        changed[changed.size() / 2] = char(changed[changed.size() / 2] ^ 0x01);
        Test::writeBytes(bad, changed);
        passphrase = Passphrase;
        expected = ShareError::Tampered;
        expectedText = "changed";
    }
    SECTION("a protected file cut short")
    {
        Test::writeBytes(bad, Test::readBytes(protectedPath).chopped(100));
        passphrase = Passphrase;
        expected = ShareError::Truncated;
    }

    QString error;
    ShareError kind = ShareError::None;
    const auto file = SharedFile::open(bad, passphrase, &error, &kind);
    CHECK_FALSE(file);
    CHECK(kind == expected);
    INFO(error.toStdString());
    // The message names the file the user chose, not a temporary copy.
    CHECK(error.contains(QStringLiteral("bad.onboarding")));
    if (!expectedText.empty())
        CHECK(error.contains(QString::fromStdString(expectedText)));
    CHECK_FALSE(error.contains(QStringLiteral("received")));
    CHECK(Test::readBytes(desks.b.path()) == workspaceBytes);
    CHECK(desks.b->customerIds().isEmpty());

    // The good files still open, the protected one with its passphrase.
    CHECK(SharedFile::open(good, {}, &error));
    CHECK(SharedFile::open(protectedPath, Passphrase, &error));
}

TEST_CASE("Writing a shared file over an existing one replaces it only when complete")
{
    TwoDesks desks;
    const QString path = desks.path(QStringLiteral("shared.onboarding"));
    Test::writeBytes(path, "the previous file");
    ShareWriteResult result = writeSharedFile(*desks.a, CustomerId::create(), path, fastOptions());
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QStringLiteral("shared.onboarding")));
    CHECK(Test::readBytes(path) == "the previous file");
    result = writeSharedFile(*desks.a, desks.id, path, fastOptions());
    REQUIRE(result.ok);
    CHECK(Test::readBytes(path).startsWith("SQLite format 3"));
    // No temporary file is left beside it.
    CHECK(QDir(desks.files.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("shared.onboarding")});
    // And the exchange is remembered for the merge.
    const QList<ShareSnapshot> snapshots =
        ShareStore(desks.a->database().connection()).snapshots(desks.id);
    REQUIRE(snapshots.size() == 1);
    CHECK(snapshots.constFirst().id == result.info.exchangeId);
    CHECK(snapshots.constFirst().direction == QLatin1String("sent"));
}

TEST_CASE("Mutated shared files never crash the reader")
{
    TwoDesks desks;
    const QString good = desks.path(QStringLiteral("good.onboarding"));
    REQUIRE(writeSharedFile(*desks.a, desks.id, good, fastOptions()).ok);
    const QByteArray bytes = Test::readBytes(good);
    const QString protectedPath = desks.path(QStringLiteral("protected.onboarding"));
    REQUIRE(writeSharedFile(*desks.a, desks.id, protectedPath, fastOptions(Passphrase)).ok);
    const QByteArray protectedBytes = Test::readBytes(protectedPath);
    const QByteArray workspaceBytes = Test::readBytes(desks.b.path());

    QRandomGenerator random(20261206);
    const QString path = desks.path(QStringLiteral("mutated.onboarding"));
    int opened = 0;
    int refused = 0;
    for (int round = 0; round < 120; ++round) {
        const bool encrypted = round % 4 == 3;
        QByteArray mutated = encrypted ? protectedBytes : bytes;
        switch (random.bounded(4)) {
        case 0: // flip a few bytes
            for (int i = 0, n = 1 + int(random.bounded(8)); i < n; ++i) {
                const qsizetype at = qsizetype(random.bounded(quint32(mutated.size())));
                mutated[at] = char(mutated[at] ^ char(1 << random.bounded(8)));
            }
            break;
        case 1: // cut
            mutated.truncate(qsizetype(random.bounded(quint32(mutated.size()))));
            break;
        case 2: // overwrite a run with random bytes
        {
            const qsizetype at = qsizetype(random.bounded(quint32(mutated.size())));
            for (qsizetype i = at; i < std::min(mutated.size(), at + 64); ++i)
                mutated[i] = char(random.bounded(256));
            break;
        }
        default: // flip within the header pages, where the schema lives
            for (int i = 0; i < 4; ++i) {
                const qsizetype at =
                    qsizetype(random.bounded(quint32(std::min<qsizetype>(mutated.size(), 8192))));
                mutated[at] = char(mutated[at] ^ 0x10);
            }
        }
        Test::writeBytes(path, mutated);
        QString error;
        ShareError kind = ShareError::None;
        const auto file =
            SharedFile::open(path, encrypted ? Passphrase : QByteArray(), &error, &kind);
        if (!file) {
            ++refused;
            CHECK_FALSE(error.isEmpty());
            continue;
        }
        ++opened;
        // What opens is a readable customer file; planning on it works.
        const TakeBackPlan plan = planTakeBack(*desks.b, *file);
        CHECK(plan.info.customer == desks.id);
    }
    INFO("opened " << opened << ", refused " << refused);
    CHECK(refused > 60);
    CHECK(Test::readBytes(desks.b.path()) == workspaceBytes);
}
