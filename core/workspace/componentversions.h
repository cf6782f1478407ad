// The libraries the application runs on, with the versions loaded at run time, for the About
// dialog and for bug reports.
#pragma once

#include <QList>
#include <QString>

namespace Csm {

struct ComponentVersion
{
    QString name;
    QString version;
};

// Qt, SQLite and libsodium, in that order.
QList<ComponentVersion> componentVersions();

} // namespace Csm
