// csmw ics: a customer's milestones, gates and meetings for the calendar application.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "timeline/icalendar.h"

namespace Csm::Cli {

namespace {

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                              CliText::tr("Write to FILE instead of standard output."),
                              CliText::tr("FILE"));
}

int runIcs(const Invocation &invocation)
{
    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
    if (id.isNull())
        return Failure;
    const QByteArray calendar = onboardingCalendar(workspace->onboardingFile(id), workspace->now());
    if (!invocation.parser->isSet(outputOption())) {
        writeOut(calendar);
        return Success;
    }
    const QString path = invocation.parser->value(outputOption());
    if (!writeFileAtomically(path, calendar))
        return Failure;
    const int events = int(calendar.count("BEGIN:VEVENT"));
    printOut(
        CliText::tr("Wrote the calendar of \"%1\" to %2 (events: %3).")
            .arg(workspace->customer(id)->accountName, displayPath(path), QString::number(events)) +
        QLatin1Char('\n'));
    return Success;
}

} // namespace

Command icsCommand()
{
    Command command;
    command.name = QStringLiteral("ics");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.summary =
        CliText::tr("Write a customer's milestones, gates and meetings as an iCalendar file.");
    command.description = CliText::tr(
        "Writes the dates of CUSTOMER's onboarding as an iCalendar (.ics) file for a calendar "
        "application: each milestone and phase gate, the kickoff workshop and the agreed "
        "check-ins, as all-day events. Each event keeps its identifier from one export to the "
        "next, so importing again updates the events instead of adding copies. With -o, the "
        "file is replaced only once it has been written completely.");
    command.options = {outputOption()};
    command.run = runIcs;
    return command;
}

} // namespace Csm::Cli
