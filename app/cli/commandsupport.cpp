#include "commandsupport.h"

#include "command.h"

#include "console.h"

#include <QSaveFile>

namespace Csm::Cli {

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
        fail(CliText::tr("no customer \"%1\" in %2").arg(idOrName, displayPath(workspace.path())));
    else
        fail(CliText::tr("%1 customers are named \"%2\"; give the id instead (see \"csmw list\")")
                 .arg(named.size())
                 .arg(idOrName));
    return {};
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(CliText::tr("cannot write %1: %2").arg(displayPath(path), file.errorString()));
        return false;
    }
    return true;
}

QCommandLineOption asOfOption(const QString &description)
{
    return QCommandLineOption(QStringList{QStringLiteral("as-of")}, description,
                              CliText::tr("DATE"));
}

bool readAsOf(const Command &command, const QCommandLineParser &parser, QDate *asOf, int *exitCode)
{
    const QString text = parser.value(QStringLiteral("as-of"));
    if (!parser.isSet(QStringLiteral("as-of")))
        return true;
    *asOf = QDate::fromString(text, Qt::ISODate);
    if (asOf->isValid())
        return true;
    *exitCode =
        command.usageError(CliText::tr("%1: --as-of expects a date as YYYY-MM-DD, not \"%2\"")
                               .arg(command.name, text));
    return false;
}

} // namespace Csm::Cli
