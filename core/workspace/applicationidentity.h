// Names and default locations shared by the GUI and the command-line tool.
#pragma once

#include <QString>

namespace Csm {

class Workspace;

// Sets organisation and application names, so both binaries find the same settings and
// the same default workspace. Call right after creating the application object.
void setApplicationIdentity();

// The workspace used when none is given: workspace.csmw in the user's application data folder.
QString defaultWorkspacePath();

// The name recorded on records this user creates or changes: the "user/name" setting, else
// the login name.
QString defaultAuthorName();

// Sets who works in `workspace`: the author of its changes (defaultAuthorName) and the sender
// of its e-mails (the "user/name" and "user/email" settings, without the login name).
void setWorkspaceUser(Workspace &workspace);

} // namespace Csm
