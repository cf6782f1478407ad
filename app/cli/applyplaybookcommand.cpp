// csmw apply-playbook: a customer's implementation plan made from a playbook template.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "commands/playbookcommands.h"
#include "timeline/playbook.h"

#include <algorithm>
#include <optional>

namespace Csm::Cli {

namespace {

QCommandLineOption playbookOption()
{
    return QCommandLineOption(
        QStringList{QStringLiteral("playbook")},
        CliText::tr("The playbook: high_touch, hybrid, digital, or the id or name of a saved one. "
                    "Default: the one of the customer's tier."),
        CliText::tr("PLAYBOOK"));
}

QCommandLineOption replaceOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("replace")},
                              CliText::tr("Replace the customer's current plan."));
}

// A built-in playbook by id, else a saved one by id, else a saved one by exact name.
std::optional<Playbook> findPlaybook(const Workspace &workspace, const QString &wanted)
{
    for (const Playbook &playbook : builtInPlaybooks()) {
        if (playbook.id == wanted)
            return playbook;
    }
    const QList<SavedPlaybook> saved = workspace.userPlaybooks();
    for (const SavedPlaybook &s : saved) {
        if (s.playbook.id == wanted)
            return s.playbook;
    }
    QList<Playbook> named;
    for (const SavedPlaybook &s : saved) {
        if (s.playbook.name == wanted)
            named.append(s.playbook);
    }
    if (named.size() == 1)
        return named.first();
    if (named.size() > 1) {
        fail(CliText::tr("%1 saved playbooks are named \"%2\"; give the id instead")
                 .arg(named.size())
                 .arg(wanted));
        return std::nullopt;
    }
    QStringList known;
    for (const Playbook &playbook : builtInPlaybooks())
        known.append(playbook.id);
    for (const SavedPlaybook &s : saved)
        known.append(QLatin1Char('"') + s.playbook.name + QLatin1Char('"'));
    fail(CliText::tr("no playbook \"%1\" in %2; there are %3")
             .arg(wanted, displayPath(workspace.path()), known.join(QLatin1String(", "))));
    return std::nullopt;
}

int runApplyPlaybook(const Invocation &invocation)
{
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
    if (id.isNull())
        return Failure;
    const Customer &customer = *workspace->customer(id);
    const std::optional<Playbook> playbook =
        invocation.parser->isSet(playbookOption())
            ? findPlaybook(*workspace, invocation.parser->value(playbookOption()))
            : std::optional<Playbook>(builtInPlaybook(customer.tier));
    if (!playbook)
        return Failure;

    const bool replace = invocation.parser->isSet(replaceOption());
    const qsizetype planned = workspace->records<PlanTask>(id).size();
    const bool hasPlan = planned > 0 || !workspace->records<Workstream>(id).isEmpty() ||
                         !workspace->records<PhaseGate>(id).isEmpty();
    if (hasPlan && !replace)
        return fail(
            CliText::tr("\"%1\" already has a plan (tasks and milestones: %2); give --replace to "
                        "replace it")
                .arg(customer.accountName, QString::number(planned)));

    QUndoCommand *command = makeApplyPlaybook(workspace.get(), id, *playbook, replace);
    const int before = workspace->undoStack()->count();
    workspace->undoStack()->push(command);
    if (workspace->undoStack()->count() == before)
        return fail(workspace->lastError().isEmpty()
                        ? CliText::tr("the plan could not be saved to %1")
                              .arg(displayPath(workspace->path()))
                        : workspace->lastError());

    const QList<PlanTask> tasks = workspace->records<PlanTask>(id);
    printOut(CliText::tr(
                 "Applied the playbook \"%1\" to \"%2\": %3 workstreams, %4 tasks and milestones, "
                 "%5 gates.")
                 .arg(playbook->name, customer.accountName,
                      QString::number(workspace->records<Workstream>(id).size()),
                      QString::number(tasks.size()),
                      QString::number(workspace->records<PhaseGate>(id).size())) +
             QLatin1Char('\n'));
    const auto firstValue = std::find_if(tasks.cbegin(), tasks.cend(),
                                         [](const PlanTask &task) { return task.firstValue; });
    if (firstValue != tasks.cend() && firstValue->finish.isValid())
        printOut(CliText::tr("Planned first value: %1 (%2).")
                     .arg(firstValue->finish.toString(Qt::ISODate), firstValue->name) +
                 QLatin1Char('\n'));
    return Success;
}

} // namespace

Command applyPlaybookCommand()
{
    Command command;
    command.name = QStringLiteral("apply-playbook");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.summary = CliText::tr("Make a customer's implementation plan from a playbook.");
    command.description = CliText::tr(
        "Makes the implementation plan of CUSTOMER from a playbook template: workstreams, "
        "tasks and milestones with their dependencies, and phase gates with their criteria, "
        "dated from the signature date (from today without one) on business days. The "
        "default playbook is the one of the customer's tier. A customer that already has a "
        "plan keeps it unless --replace is given; then the current plan is removed first.");
    command.options = {playbookOption(), replaceOption()};
    command.run = runApplyPlaybook;
    return command;
}

} // namespace Csm::Cli
