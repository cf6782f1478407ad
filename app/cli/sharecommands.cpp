// csmw export and csmw import: a customer's shared onboarding file (.onboarding), written for
// a colleague and taken back, merged with what changed here in the meantime.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "sharing/sharefile.h"

#include <QFile>
#include <QLocale>

namespace Csm::Cli {

namespace {

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              CliText::tr("Write the shared file to FILE (required)."),
                              CliText::tr("FILE"));
}

QCommandLineOption passphraseFileOption()
{
    return QCommandLineOption(
        QStringLiteral("passphrase-file"),
        CliText::tr(
            "Protect (export) or open (import) the file with the passphrase on the first line of "
            "F."),
        CliText::tr("F"));
}

QCommandLineOption rollupsOption()
{
    return QCommandLineOption(QStringLiteral("rollups-only"),
                              CliText::tr("Carry the usage rollups only, not every raw event."));
}

QCommandLineOption theirsOption()
{
    return QCommandLineOption(QStringLiteral("theirs"),
                              CliText::tr("Resolve every conflict with the file's value."));
}

QCommandLineOption oursOption()
{
    return QCommandLineOption(QStringLiteral("ours"),
                              CliText::tr("Resolve every conflict with the workspace's value."));
}

QCommandLineOption dryRunOption()
{
    return QCommandLineOption(
        QStringLiteral("dry-run"),
        CliText::tr("Show what taking the file back would change, changing nothing."));
}

// The first line of the passphrase file, without its line end; false after saying why.
bool readPassphrase(const QCommandLineParser &parser, QByteArray *passphrase)
{
    if (!parser.isSet(passphraseFileOption()))
        return true;
    const QString path = parser.value(passphraseFileOption());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("%1: %2").arg(displayPath(path), file.errorString()));
        return false;
    }
    QByteArray line = file.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty()) {
        fail(CliText::tr("%1: the first line is empty; it should hold the passphrase")
                 .arg(displayPath(path)));
        return false;
    }
    *passphrase = line;
    return true;
}

int runExport(const Invocation &invocation)
{
    const QCommandLineParser &parser = *invocation.parser;
    if (!parser.isSet(outputOption()))
        return exportCommand().usageError(CliText::tr("-o FILE is required"));
    ShareOptions options;
    if (!readPassphrase(parser, &options.passphrase))
        return Failure;
    options.usage = parser.isSet(rollupsOption()) ? UsageSharing::RollupsOnly : UsageSharing::Raw;
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
    if (id.isNull())
        return Failure;
    const QString path = parser.value(outputOption());
    const ShareWriteResult result = writeSharedFile(*workspace, id, path, options);
    if (!result.ok)
        return fail(result.error);
    printOut(
        CliText::tr("Shared \"%1\" as %2 (%3%4).")
            .arg(result.info.accountName, displayPath(path),
                 QLocale().formattedDataSize(result.info.fileSize),
                 result.info.encrypted ? CliText::tr(", protected by a passphrase") : QString()) +
        QLatin1Char('\n'));
    return Success;
}

QString sideText(const QString &value, const QString &by, const QDateTime &at)
{
    const QString shown =
        value.isEmpty() ? CliText::tr("(empty)") : QStringLiteral("\"%1\"").arg(value);
    if (by.isEmpty() && !at.isValid())
        return shown;
    return CliText::tr("%1 (%2, %3)").arg(shown, by, timestampToString(at));
}

void printConflicts(const QList<MergeConflict> &conflicts)
{
    for (const MergeConflict &c : conflicts) {
        const QString record = c.recordName.isEmpty()
                                   ? c.entityLabel
                                   : QStringLiteral("%1 \"%2\"").arg(c.entityLabel, c.recordName);
        const QString field = c.field.isEmpty() ? CliText::tr("record") : c.field;
        printOut(CliText::tr("  conflict: %1 [%2.%3]: here %4; there %5")
                     .arg(record, c.entity, field,
                          sideText(c.ours, c.oursModifiedBy, c.oursModifiedAt),
                          sideText(c.theirs, c.theirsModifiedBy, c.theirsModifiedAt)) +
                 QLatin1Char('\n'));
    }
}

int runImport(const Invocation &invocation)
{
    const QCommandLineParser &parser = *invocation.parser;
    if (parser.isSet(theirsOption()) && parser.isSet(oursOption()))
        return importCommand().usageError(CliText::tr("--theirs and --ours exclude each other"));
    QByteArray passphrase;
    if (!readPassphrase(parser, &passphrase))
        return Failure;
    const QString path = invocation.arguments.at(0);
    // The file is taken in and checked before the workspace is opened: a bad file never
    // creates a workspace.
    QString error;
    ShareError kind = ShareError::None;
    const std::unique_ptr<SharedFile> file = SharedFile::open(path, passphrase, &error, &kind);
    if (!file) {
        if (kind == ShareError::NeedsPassphrase)
            error += QLatin1Char(' ') + CliText::tr("Give it with --passphrase-file F.");
        return fail(error);
    }
    const auto workspace =
        openWorkspace(invocation.workspacePath, WorkspaceAccess::CreateIfMissing);
    if (!workspace)
        return Failure;
    const TakeBackPlan plan = planTakeBack(*workspace, *file);
    if (!plan.problem.isEmpty())
        return fail(QStringLiteral("%1: %2").arg(displayPath(path), plan.problem));

    const ShareInfo &info = file->info();
    printOut(CliText::tr("%1: \"%2\", written by %3 on %4.")
                 .arg(displayPath(path), info.accountName, info.writtenBy,
                      timestampToString(info.writtenAt)) +
             QLatin1Char('\n'));
    QList<MergeChoice> choices;
    if (plan.isNewCustomer) {
        printOut(CliText::tr("A new customer: adding it (stakeholders: %1).")
                     .arg(plan.theirs.stakeholders.size()) +
                 QLatin1Char('\n'));
    } else {
        printOut((plan.base
                      ? CliText::tr("Merging against the exchange of %1.")
                            .arg(timestampToString(plan.baseExchangedAt))
                      : CliText::tr("Never exchanged from here: every difference is a conflict.")) +
                 QLatin1Char('\n'));
        const MergeCounts &counts = plan.merge.counts;
        printOut(CliText::tr("From the file: %1 added, %2 changed, %3 deleted; conflicts: %4.")
                     .arg(counts.added)
                     .arg(counts.changed)
                     .arg(counts.removed)
                     .arg(plan.merge.conflicts.size()) +
                 QLatin1Char('\n'));
        for (const QString &change : plan.merge.changes)
            printOut(QStringLiteral("  %1\n").arg(change));
        printConflicts(plan.merge.conflicts);
        const MergeChoice all =
            parser.isSet(theirsOption()) ? MergeChoice::Theirs : MergeChoice::Ours;
        if (!plan.merge.conflicts.isEmpty() && !parser.isSet(theirsOption()) &&
            !parser.isSet(oursOption()) && !parser.isSet(dryRunOption()))
            return fail(
                CliText::tr("conflicts: %1; nothing was changed. Choose with --theirs or --ours, "
                            "or take the file back in the application to choose field by field.")
                    .arg(plan.merge.conflicts.size()));
        choices = QList<MergeChoice>(plan.merge.conflicts.size(), all);
    }
    if (!plan.usageNote.isEmpty())
        note(plan.usageNote);
    if (parser.isSet(dryRunOption()))
        return Success;
    if (const QString problem = takeBack(*workspace, *file, plan, choices); !problem.isEmpty())
        return fail(problem);
    printOut((plan.isNewCustomer ? CliText::tr("Added \"%1\".") : CliText::tr("Took back \"%1\"."))
                 .arg(info.accountName) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace

Command exportCommand()
{
    Command command;
    command.name = QStringLiteral("export");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.summary =
        CliText::tr("Share a customer's onboarding file (.onboarding) with a colleague.");
    command.description = CliText::tr(
        "Writes CUSTOMER (an id or an exact account name) as a shared onboarding file: an "
        "SQLite file with the customer, its records and its usage data, which another CSM "
        "Workspace takes in with import and can send back. The file is built in a temporary "
        "folder and replaces FILE only once complete. With --passphrase-file it is encrypted "
        "(XChaCha20-Poly1305, key from Argon2id).");
    command.options = {outputOption(), passphraseFileOption(), rollupsOption()};
    command.run = runExport;
    return command;
}

Command importCommand()
{
    Command command;
    command.name = QStringLiteral("import");
    command.argumentNames = {CliText::tr("FILE")};
    command.summary =
        CliText::tr("Take a shared onboarding file in: add the customer or merge it.");
    command.description = CliText::tr(
        "Copies FILE in, checks it (application, version, integrity, foreign keys, content "
        "checksum) and takes it in: a new customer is added; a customer already here is "
        "merged record by record against the last exchange both sides know, as one undo step. "
        "A field changed on both sides is a conflict: the import stops listing them unless "
        "--theirs or --ours says which side wins. Creates the workspace if there is none.");
    command.options = {passphraseFileOption(), theirsOption(), oursOption(), dryRunOption()};
    command.run = runImport;
    return command;
}

} // namespace Csm::Cli
