#include "applicationidentity.h"

#include "userpreferences.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Csm {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CSM Workspace"));
    QCoreApplication::setApplicationName(QStringLiteral("csm-workspace"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSM_VERSION));
}

QString defaultWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("workspace.csmw"));
}

QString defaultAuthorName()
{
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString login = qEnvironmentVariable(variable).trimmed();
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("unknown");
}

void setWorkspaceUser(Workspace &workspace)
{
    workspace.setAuthor(defaultAuthorName());
    const UserPreferences preferences = UserPreferences::load(QSettings());
    workspace.setSender({preferences.name.trimmed(), preferences.email.trimmed()});
}

} // namespace Csm
