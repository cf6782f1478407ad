#include "command.h"

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

} // namespace Csm::Cli
