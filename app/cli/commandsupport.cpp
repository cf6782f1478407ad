#include "commandsupport.h"

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
        fail(tr("no customer \"%1\" in %2").arg(idOrName, displayPath(workspace.path())));
    else
        fail(tr("%1 customers are named \"%2\"; give the id instead (see \"csmw list\")")
                 .arg(named.size())
                 .arg(idOrName));
    return {};
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        fail(tr("cannot write %1: %2").arg(displayPath(path), file.errorString()));
        return false;
    }
    return true;
}

} // namespace Csm::Cli
