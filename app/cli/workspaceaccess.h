// Opening the workspace a command works on, with the tool's rules and messages.
#pragma once

#include "workspace/workspace.h"

#include <memory>

namespace Csm::Cli {

enum class WorkspaceAccess {
    MustExist,       // commands that only read never create a workspace
    CreateIfMissing, // commands that add something start a new workspace when there is none
};

// Opens the workspace at `path` and sets the author from the user's settings. On failure
// writes the reason on standard error and returns null.
std::unique_ptr<Workspace> openWorkspace(const QString &path, WorkspaceAccess access);

} // namespace Csm::Cli
