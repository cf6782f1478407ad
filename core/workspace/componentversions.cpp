#include "workspace/componentversions.h"

#include <QtGlobal>

#include <sodium.h>
#include <sqlite3.h>

namespace Csm {

QList<ComponentVersion> componentVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string())},
    };
}

} // namespace Csm
