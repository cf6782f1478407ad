// csmw export-json: one customer's onboarding file as JSON, to pass on or to keep.
#include "command.h"
#include "console.h"
#include "workspaceaccess.h"

#include "interchange/onboardingfilejson.h"

#include <QSaveFile>

namespace Csm::Cli {

namespace {

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write to FILE instead of standard output."), tr("FILE"));
}

// The customer with this id, else the one with exactly this account name. On failure
// says why and returns a null id.
CustomerId resolveCustomer(const Workspace &workspace, const QString &idOrName)
{
    const CustomerId asId = CustomerId::fromString(idOrName.trimmed());
    if (!asId.isNull() && workspace.customer(asId))
        return asId;
    QList<CustomerId> named;
    for (const CustomerId &id : workspace.customerIds()) {
        if (workspace.customer(id)->accountName == idOrName)
            named.append(id);
    }
    if (named.size() == 1)
        return named.first();
    if (named.isEmpty())
        fail(tr("no customer \"%1\" in %2").arg(idOrName, displayPath(workspace.path())));
    else
        fail(tr("%1 customers are named \"%2\"; give the id instead (see \"csmw list\")")
                 .arg(named.size())
                 .arg(idOrName));
    return {};
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    // Written beside the target and renamed over it, so a failure leaves the old file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(tr("cannot write %1: %2").arg(displayPath(path), file.errorString()));
        return false;
    }
    return true;
}

int runExportJson(const Invocation &invocation)
{
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
    if (id.isNull())
        return Failure;
    const QByteArray json = onboardingFileToJson(workspace->onboardingFile(id));
    if (!invocation.parser->isSet(outputOption())) {
        writeOut(json);
        return Success;
    }
    const QString path = invocation.parser->value(outputOption());
    if (!writeFile(path, json))
        return Failure;
    printOut(
        tr("Exported \"%1\" to %2.").arg(workspace->customer(id)->accountName, displayPath(path)) +
        QLatin1Char('\n'));
    return Success;
}

} // namespace

Command exportJsonCommand()
{
    Command command;
    command.name = QStringLiteral("export-json");
    command.argumentNames = {tr("CUSTOMER")};
    command.summary = tr("Write a customer's onboarding file as JSON.");
    command.description =
        tr("Writes the onboarding file of CUSTOMER (an id or an exact account name) as JSON: the "
           "customer, the stakeholders and the records of deletions. The same data always gives "
           "the same bytes. With -o, the file is replaced only once it has been written "
           "completely.");
    command.options = {outputOption()};
    command.run = runExportJson;
    return command;
}

} // namespace Csm::Cli
