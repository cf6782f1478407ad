// csmw import-json: adds a customer from an onboarding file in the JSON interchange format.
#include "command.h"
#include "console.h"
#include "workspaceaccess.h"

#include "commands/addcustomer.h"
#include "handoff/validation.h"
#include "interchange/onboardingfilejson.h"

#include <QFile>

#include <algorithm>

namespace Csm::Cli {

namespace {

// What the application would flag in its forms; the file is imported all the same, as the
// application saves such records too.
void warnAboutContent(const QString &source, const OnboardingFile &file)
{
    for (const CustomerProblem &problem : validateCustomer(file.customer)) {
        warn(
            QStringLiteral("%1: customer.%2: %3")
                .arg(source, QLatin1String(customerFieldSpec(problem.field).key), problem.message));
    }
    // Stakeholders are in file order, so the index matches the file.
    for (qsizetype i = 0; i < file.stakeholders.size(); ++i) {
        for (const StakeholderProblem &problem : validateStakeholder(file.stakeholders.at(i))) {
            warn(QStringLiteral("%1: stakeholders[%2].%3: %4")
                     .arg(source)
                     .arg(i)
                     .arg(QLatin1String(stakeholderFieldSpec(problem.field).key), problem.message));
        }
    }
}

// A file whose records are already in the workspace would need merging, which comes later.
bool refuseExisting(const QString &source, const Workspace &workspace, const OnboardingFile &file)
{
    const QString conflict = workspace.insertConflict(file);
    if (conflict.isEmpty())
        return false;
    fail(CliText::tr("%1: %2 in %3; merging a file back into the workspace is not supported yet")
             .arg(source, conflict, displayPath(workspace.path())));
    return true;
}

int runImportJson(const Invocation &invocation)
{
    const QString path = invocation.arguments.at(0);
    const QString source = displayPath(path);

    // The file is read and checked before the workspace is opened, so a bad file never
    // creates a workspace.
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(source, input.errorString()));
    const QByteArray bytes = input.readAll();
    if (input.error() != QFileDevice::NoError)
        return fail(QStringLiteral("%1: %2").arg(source, input.errorString()));
    QString error;
    const std::optional<OnboardingFile> file = onboardingFileFromJson(bytes, &error);
    if (!file)
        return fail(QStringLiteral("%1: %2").arg(source, error));

    const auto workspace =
        openWorkspace(invocation.workspacePath, WorkspaceAccess::CreateIfMissing);
    if (!workspace)
        return Failure;
    if (refuseExisting(source, *workspace, *file))
        return Failure;
    warnAboutContent(source, *file);

    workspace->undoStack()->push(new AddCustomer(workspace.get(), *file));
    if (!workspace->customer(file->customer.id))
        return fail(workspace->lastError());
    printOut(CliText::tr("Imported \"%1\" from %2 (stakeholders: %3).")
                 .arg(file->customer.accountName, source)
                 .arg(file->stakeholders.size()) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace

Command importJsonCommand()
{
    Command command;
    command.name = QStringLiteral("import-json");
    command.argumentNames = {CliText::tr("FILE")};
    command.summary = CliText::tr("Add a customer from a JSON onboarding file.");
    command.description = CliText::tr(
        "Reads an onboarding file written by export-json (or by the application), checks it, "
        "and adds the customer with its stakeholders to the workspace. A customer that is "
        "already in the workspace is refused: merging a file back comes later. Creates the "
        "workspace if there is none.");
    command.run = runImportJson;
    return command;
}

} // namespace Csm::Cli
