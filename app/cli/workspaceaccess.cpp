#include "workspaceaccess.h"

#include "console.h"
#include "workspace/applicationidentity.h"

#include <QFileInfo>

namespace Csm::Cli {

std::unique_ptr<Workspace> openWorkspace(const QString &path, WorkspaceAccess access)
{
    if (access == WorkspaceAccess::MustExist) {
        // An empty file would be set up as a new workspace by Workspace::open.
        const QFileInfo info(path);
        if (!info.exists() || (info.isFile() && info.size() == 0)) {
            fail(CliText::tr("no workspace at %1").arg(displayPath(path)));
            return nullptr;
        }
    }
    QString error;
    std::unique_ptr<Workspace> workspace = Workspace::open(path, &error);
    if (!workspace) {
        fail(error);
        return nullptr;
    }
    setWorkspaceUser(*workspace);
    const QString backup = workspace->database().backupPath();
    if (!backup.isEmpty())
        note(CliText::tr("%1 was upgraded to schema %2; the file as it was is kept at %3")
                 .arg(displayPath(path))
                 .arg(workspace->database().schemaVersion())
                 .arg(displayPath(backup)));
    return workspace;
}

} // namespace Csm::Cli
