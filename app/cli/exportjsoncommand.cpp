// csmw export-json: one customer's onboarding file as JSON, to pass on or to keep.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "interchange/onboardingfilejson.h"

namespace Csm::Cli {

namespace {

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              CliText::tr("Write to FILE instead of standard output."),
                              CliText::tr("FILE"));
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
    if (!writeFileAtomically(path, json))
        return Failure;
    printOut(CliText::tr("Exported \"%1\" to %2.")
                 .arg(workspace->customer(id)->accountName, displayPath(path)) +
             QLatin1Char('\n'));
    return Success;
}

} // namespace

Command exportJsonCommand()
{
    Command command;
    command.name = QStringLiteral("export-json");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.summary = CliText::tr("Write a customer's onboarding file as JSON.");
    command.description = CliText::tr(
        "Writes the onboarding file of CUSTOMER (an id or an exact account name) as JSON: the "
        "customer, the stakeholders and the records of deletions. The same data always gives "
        "the same bytes. With -o, the file is replaced only once it has been written "
        "completely.");
    command.options = {outputOption()};
    command.run = runExportJson;
    return command;
}

} // namespace Csm::Cli
