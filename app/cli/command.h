// What every csmw command declares: its name, arguments and options, and how it runs.
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Csm::Cli {

// What a command receives once the command line has been checked.
struct Invocation
{
    QString workspacePath;
    QStringList arguments;            // the positional arguments after the command's name
    const QCommandLineParser *parser; // to read the command's own options
};

struct Command
{
    QString name;
    QStringList argumentNames; // shown in usage, e.g. CUSTOMER; all required
    // The command checks its arguments itself (report: CUSTOMER or --all).
    bool argumentsOptional = false;
    QString summary;     // one line for the command list
    QString description; // a paragraph for the command's own help
    QList<QCommandLineOption> options;
    std::function<int(const Invocation &)> run;

    // The usage line after "csmw [--workspace PATH] ", e.g. "export-json CUSTOMER [-o FILE]".
    QString synopsis() const;
    // Bad usage of this command: says why, the usage line and where to find more on standard
    // error, and returns the usage error exit code.
    int usageError(const QString &reason) const;
};

Command sampleCommand();
Command listCommand();
Command exportJsonCommand();
Command importJsonCommand();
Command checkCommand();
Command applyPlaybookCommand();
Command icsCommand();
Command statusUpdateCommand();
Command importUsageCommand();
Command adoptionCommand();
Command reportCommand();
Command portfolioCommand();
Command exportCommand();
Command importCommand();

} // namespace Csm::Cli
