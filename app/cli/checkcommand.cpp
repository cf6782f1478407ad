// csmw check: where the workspace is, which schema it has, what it holds, and whether it is sound.
#include "command.h"
#include "console.h"
#include "workspaceaccess.h"

namespace Csm::Cli {

namespace {

int runCheck(const Invocation &invocation)
{
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const Database &database = workspace->database();
    qsizetype stakeholders = 0;
    for (const CustomerId &id : workspace->customerIds())
        stakeholders += workspace->stakeholders(id).size();
    const QStringList problems = database.integrityProblems();

    const QList<QStringList> rows{
        {CliText::tr("Workspace:"), displayPath(workspace->path())},
        {CliText::tr("Schema version:"), CliText::tr("%1 (this version of csmw knows up to %2)")
                                             .arg(database.schemaVersion())
                                             .arg(Database::latestSchemaVersion())},
        {CliText::tr("Customers:"), QString::number(workspace->customerCount())},
        {CliText::tr("Stakeholders:"), QString::number(stakeholders)},
        {CliText::tr("Integrity:"),
         problems.isEmpty() ? CliText::tr("ok") : CliText::tr("%1 problems").arg(problems.size())},
    };
    QString text = alignedTable(rows);
    for (const QString &problem : problems)
        text += QLatin1String("  ") + problem + QLatin1Char('\n');
    printOut(text);
    if (!problems.isEmpty())
        return fail(CliText::tr("%1 has integrity problems").arg(displayPath(workspace->path())));
    return Success;
}

} // namespace

Command checkCommand()
{
    Command command;
    command.name = QStringLiteral("check");
    command.summary = CliText::tr("Check the workspace file and show what it holds.");
    command.description = CliText::tr(
        "Shows the workspace file, its schema version and the latest this version knows, the "
        "number of customers and stakeholders, and runs SQLite's integrity and foreign key "
        "checks. Exits with 1 when a problem is found.");
    command.run = runCheck;
    return command;
}

} // namespace Csm::Cli
