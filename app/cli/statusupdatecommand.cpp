// csmw status-update: the week's status update of a customer, ready to paste into an e-mail.
#include "command.h"
#include "commandsupport.h"
#include "console.h"
#include "workspaceaccess.h"

#include "commands/timelinecommands.h"
#include "timeline/statusupdate.h"

namespace Csm::Cli {

namespace {

QCommandLineOption languageOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("language")},
                              CliText::tr("Write the update in LANGUAGE: en, de or fr. Default: "
                                          "the customer's language."),
                              CliText::tr("LANGUAGE"));
}

QCommandLineOption htmlOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("html")},
                              CliText::tr("Print the HTML document instead of the plain text."));
}

QCommandLineOption asOfOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("as-of")},
                              CliText::tr("The update as of DATE (YYYY-MM-DD) instead of today."),
                              CliText::tr("DATE"));
}

// Bad usage found in an option's value: the reason, the usage line and where to find more.
int usageError(const QString &reason)
{
    return statusUpdateCommand().usageError(reason);
}

int runStatusUpdate(const Invocation &invocation)
{
    QString language;
    if (invocation.parser->isSet(languageOption())) {
        language = invocation.parser->value(languageOption()).trimmed().toLower();
        if (language != QLatin1String("en") && language != QLatin1String("de") &&
            language != QLatin1String("fr"))
            return usageError(
                CliText::tr("status-update: --language must be en, de or fr, not \"%1\"")
                    .arg(invocation.parser->value(languageOption())));
    }
    QDate asOf;
    if (invocation.parser->isSet(asOfOption())) {
        const QString text = invocation.parser->value(asOfOption());
        asOf = QDate::fromString(text, Qt::ISODate);
        if (!asOf.isValid())
            return usageError(
                CliText::tr("status-update: --as-of expects a date as YYYY-MM-DD, not \"%1\"")
                    .arg(text));
    }

    const auto workspace = openWorkspace(invocation.workspacePath, WorkspaceAccess::MustExist);
    if (!workspace)
        return Failure;
    const CustomerId id = resolveCustomer(*workspace, invocation.arguments.at(0));
    if (id.isNull())
        return Failure;
    if (!asOf.isValid())
        asOf = workspace->today();

    const OnboardingFile file = workspace->onboardingFile(id);
    const StatusUpdate update = weeklyStatusUpdate(file, workspaceCalendar(*workspace), asOf);
    const Email email = statusUpdateEmail(file, update, language, workspace->sender());
    if (invocation.parser->isSet(htmlOption())) {
        printOut(email.html);
        return Success;
    }
    QString text = CliText::tr("Subject: %1").arg(email.subject) + QLatin1Char('\n');
    text += CliText::tr("To: %1").arg(email.to.join(QLatin1String(", "))) + QLatin1Char('\n');
    if (!email.cc.isEmpty())
        text += CliText::tr("Cc: %1").arg(email.cc.join(QLatin1String(", "))) + QLatin1Char('\n');
    printOut(text + QLatin1Char('\n') + email.plainText);
    return Success;
}

} // namespace

Command statusUpdateCommand()
{
    Command command;
    command.name = QStringLiteral("status-update");
    command.argumentNames = {CliText::tr("CUSTOMER")};
    command.summary = CliText::tr("Print a customer's weekly status update.");
    command.description = CliText::tr(
        "Prints the weekly status update of CUSTOMER as an e-mail in the customer's language "
        "(or the one given): the overall status and whether the plan slips, what shipped in "
        "the last 7 days, what is blocked or waits on the customer, what comes in the next 7 "
        "days, the milestones with their planned and expected dates, the first-value "
        "forecast, open risks with their mitigation and open action items. Plain text with "
        "the subject and recipients first, or the HTML document with --html.");
    command.options = {languageOption(), htmlOption(), asOfOption()};
    command.run = runStatusUpdate;
    return command;
}

} // namespace Csm::Cli
