#include "command.h"

#include "console.h"

namespace Csm::Cli {

QString Command::synopsis() const
{
    QStringList parts{name};
    parts += argumentNames;
    for (const QCommandLineOption &option : options) {
        // The short form when there is one: it is what people type.
        QString shortest = option.names().constFirst();
        for (const QString &candidate : option.names()) {
            if (candidate.size() < shortest.size())
                shortest = candidate;
        }
        QString text =
            (shortest.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + shortest;
        if (!option.valueName().isEmpty())
            text += QLatin1Char(' ') + option.valueName();
        parts.append(QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

int Command::usageError(const QString &reason) const
{
    fail(reason);
    printErr(CliText::tr("Usage: csmw [--workspace PATH] %1").arg(synopsis()) + QLatin1Char('\n'));
    printErr(CliText::tr("Try \"csmw help %1\" for more information.").arg(name) +
             QLatin1Char('\n'));
    return UsageError;
}

} // namespace Csm::Cli
