// csmw: the command line of CSM Workspace. Parses the command line and hands over to one
// of the commands; each command lives in its own file.
#include "command.h"
#include "console.h"
#include "workspace/applicationidentity.h"
#include "workspace/translations.h"
#include "workspace/userpreferences.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <algorithm>
#include <memory>

using namespace Csm::Cli;

namespace {

QList<Command> allCommands()
{
    return {sampleCommand(),       listCommand(),   exportJsonCommand(),
            importJsonCommand(),   checkCommand(),  applyPlaybookCommand(),
            statusUpdateCommand(), icsCommand(),    importUsageCommand(),
            adoptionCommand(),     reportCommand(), portfolioCommand(),
            exportCommand(),       importCommand()};
}

const Command *findCommand(const QList<Command> &commands, const QString &name)
{
    const auto it = std::find_if(commands.cbegin(), commands.cend(),
                                 [&](const Command &c) { return c.name == name; });
    return it == commands.cend() ? nullptr : &*it;
}

struct GlobalOptions
{
    QCommandLineOption workspace{QStringList{QStringLiteral("workspace")},
                                 CliText::tr("The workspace file. Default: %1")
                                     .arg(displayPath(Csm::defaultWorkspacePath())),
                                 CliText::tr("PATH")};
    QCommandLineOption help{QStringList{QStringLiteral("h"), QStringLiteral("help")},
                            CliText::tr("Show this help.")};
    QCommandLineOption version{QStringList{QStringLiteral("version")},
                               CliText::tr("Show the version.")};
};

QString optionList(const QList<QCommandLineOption> &options)
{
    QList<QStringList> rows;
    for (const QCommandLineOption &option : options) {
        QStringList names;
        for (const QString &name : option.names())
            names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
        QString left = names.join(QLatin1String(", "));
        if (!option.valueName().isEmpty())
            left += QLatin1Char(' ') + option.valueName();
        rows.append({QString(), left, option.description()});
    }
    return alignedTable(rows);
}

QString usageLine(const QString &rest)
{
    return CliText::tr("Usage: csmw [--workspace PATH] %1").arg(rest);
}

QString generalHelp(const QList<Command> &commands, const GlobalOptions &global)
{
    QList<QStringList> rows;
    // Names and arguments only, so the list stays readable; each command's help shows its
    // options.
    for (const Command &command : commands) {
        QStringList usage{command.name};
        usage += command.argumentNames;
        if (!command.options.isEmpty())
            usage.append(CliText::tr("[OPTIONS]"));
        rows.append({QString(), usage.join(QLatin1Char(' ')), command.summary});
    }
    rows.append(
        {QString(), CliText::tr("help [COMMAND]"), CliText::tr("Show this help, or a command's.")});

    QString text = usageLine(CliText::tr("COMMAND [ARGS]")) + QLatin1String("\n\n");
    text += wrapped(CliText::tr("Works with a CSM Workspace file from the command line.")) +
            QLatin1Char('\n');
    text += CliText::tr("Commands:") + QLatin1Char('\n') + alignedTable(rows) + QLatin1Char('\n');
    text += CliText::tr("Options:") + QLatin1Char('\n') +
            optionList({global.workspace, global.help, global.version}) + QLatin1Char('\n');
    text += CliText::tr("CUSTOMER is a customer's id or exact account name.") + QLatin1Char('\n');
    text +=
        CliText::tr("Exit status: 0 on success, 1 when the command could not be done, 2 for bad "
                    "usage.") +
        QLatin1Char('\n');
    return text;
}

QString commandHelp(const Command &command, const GlobalOptions &global)
{
    QString text = usageLine(command.synopsis()) + QLatin1String("\n\n");
    text += wrapped(command.description) + QLatin1Char('\n');
    text += CliText::tr("Options:") + QLatin1Char('\n') +
            optionList(command.options + QList<QCommandLineOption>{global.workspace, global.help});
    return text;
}

// Bad usage: the reason, the usage line and where to find more; exit code 2.
int usageError(const QString &reason, const Command *command = nullptr)
{
    fail(reason);
    if (command) {
        printErr(usageLine(command->synopsis()) + QLatin1Char('\n'));
        printErr(CliText::tr("Try \"csmw help %1\" for more information.").arg(command->name) +
                 QLatin1Char('\n'));
    } else {
        printErr(usageLine(CliText::tr("COMMAND [ARGS]")) + QLatin1Char('\n'));
        printErr(CliText::tr("Try \"csmw --help\" for more information.") + QLatin1Char('\n'));
    }
    return UsageError;
}

int runHelp(const QList<Command> &commands, const GlobalOptions &global, const QStringList &args)
{
    if (args.isEmpty()) {
        printOut(generalHelp(commands, global));
        return Success;
    }
    const Command *command = args.size() == 1 ? findCommand(commands, args.first()) : nullptr;
    if (!command)
        return usageError(args.size() == 1 ? CliText::tr("unknown command \"%1\"").arg(args.first())
                                           : CliText::tr("help takes at most one command"));
    printOut(commandHelp(*command, global));
    return Success;
}

int run(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();
    const GlobalOptions global;

    // First the options before the command; everything from the command on is its own.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.addOptions({global.workspace, global.help, global.version});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(global.help))
        return runHelp(commands, global, {});
    if (parser.isSet(global.version)) {
        printOut(QStringLiteral("csmw %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty())
        return usageError(CliText::tr("no command given"));
    const QString name = rest.takeFirst();
    if (name == QLatin1String("help"))
        return runHelp(commands, global, rest);
    const Command *command = findCommand(commands, name);
    if (!command)
        return usageError(CliText::tr("unknown command \"%1\"").arg(name));

    QCommandLineParser commandParser;
    commandParser.addOptions(command->options);
    // Accepted after the command too, where people tend to type it.
    commandParser.addOptions({global.workspace, global.help});
    if (!commandParser.parse(QStringList{arguments.constFirst()} + rest))
        return usageError(commandParser.errorText(), command);
    if (commandParser.isSet(global.help)) {
        printOut(commandHelp(*command, global));
        return Success;
    }
    const QStringList positional = commandParser.positionalArguments();
    if (positional.size() < command->argumentNames.size() && !command->argumentsOptional)
        return usageError(CliText::tr("%1: missing %2")
                              .arg(command->name, command->argumentNames.at(positional.size())),
                          command);
    if (positional.size() > command->argumentNames.size())
        return usageError(CliText::tr("%1: unexpected argument \"%2\"")
                              .arg(command->name, positional.at(command->argumentNames.size())),
                          command);

    Invocation invocation;
    if (commandParser.isSet(global.workspace))
        invocation.workspacePath = commandParser.value(global.workspace);
    else if (parser.isSet(global.workspace))
        invocation.workspacePath = parser.value(global.workspace);
    else
        invocation.workspacePath = Csm::defaultWorkspacePath();
    if (invocation.workspacePath.isEmpty())
        return usageError(CliText::tr("--workspace needs a path"), command);
    invocation.arguments = positional;
    invocation.parser = &commandParser;
    return command->run(invocation);
}

// Whether the command named on the command line draws text (report: fonts need a
// QGuiApplication); every other command runs on a QCoreApplication.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--workspace") {
            ++i;
            continue;
        }
        if (arg.startsWith('-'))
            continue;
        return arg == "report";
    }
    return false;
}

QtMessageHandler previousHandler = nullptr;

// The offscreen platform looks for a runtime folder that a tool started from cron or ssh may
// not have; that notice is no concern of a csmw user, and stderr carries only csmw's own lines.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // A command-line tool draws off screen, with or without a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Csm::setApplicationIdentity();
    // The language chosen in Preferences, else the system's, as in the application.
    Csm::Translators translators;
    Csm::installTranslations(translators, Csm::UserPreferences::load(QSettings()).language);
    return run(app->arguments());
}
