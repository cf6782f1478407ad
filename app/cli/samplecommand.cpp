// csmw sample: adds the sample portfolio, so a new user sees the product working at once.
#include "command.h"
#include "console.h"
#include "workspaceaccess.h"

#include "sample/sampleportfolio.h"

namespace Csm::Cli {

namespace {

int runSample(const Invocation &invocation)
{
    const auto workspace =
        openWorkspace(invocation.workspacePath, WorkspaceAccess::CreateIfMissing);
    if (!workspace)
        return Failure;
    const int before = workspace->customerCount();
    QUndoCommand *command = makeAddSamplePortfolio(workspace.get());
    if (!command) {
        printOut(CliText::tr("All sample customers are already in %1.")
                     .arg(displayPath(workspace->path())) +
                 QLatin1Char('\n'));
        return Success;
    }
    workspace->undoStack()->push(command);
    if (!workspace->lastError().isEmpty())
        return fail(workspace->lastError());
    printOut(CliText::tr("Sample customers added to %1: %2.")
                 .arg(displayPath(workspace->path()))
                 .arg(workspace->customerCount() - before) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace

Command sampleCommand()
{
    Command command;
    command.name = QStringLiteral("sample");
    command.summary = CliText::tr("Add the sample portfolio to the workspace.");
    command.description = CliText::tr(
        "Adds seven sample customers across all phases and tiers, with dates relative to "
        "today. Sample customers already in the workspace (same account name) are left "
        "as they are. Creates the workspace if there is none.");
    command.run = runSample;
    return command;
}

} // namespace Csm::Cli
