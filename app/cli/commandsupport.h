// What several csmw commands share: finding the customer named on the command line, and
// writing a file so that an interruption never leaves half of it.
#pragma once

#include "workspace/workspace.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QDate>
#include <QString>

class QCommandLineParser;

namespace Csm::Cli {

struct Command;

// The option --as-of DATE, with the command's own description.
QCommandLineOption asOfOption(const QString &description);
// Reads --as-of into `asOf` (left invalid when not given). A value that is not a YYYY-MM-DD
// date is a usage error of `command`: returns false with its exit code in `exitCode`.
bool readAsOf(const Command &command, const QCommandLineParser &parser, QDate *asOf, int *exitCode);

// The customer with this id, else the one with exactly this account name. On failure says
// why on standard error and returns a null id.
CustomerId resolveCustomer(const Workspace &workspace, const QString &idOrName);

// Writes `bytes` beside `path` and renames the result over it. On failure says why on
// standard error and returns false; the file at `path` is then left as it was.
bool writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace Csm::Cli
