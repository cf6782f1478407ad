#include "workspacesettings.h"

namespace Csm {

WorkspaceSettings WorkspaceSettings::fromValues(const QHash<QString, QString> &values)
{
    WorkspaceSettings settings;
    auto read = [&](const char *key, qint64 &target) {
        bool ok = false;
        const qint64 value = values.value(QLatin1String(key)).toLongLong(&ok);
        if (ok)
            target = value;
    };
    read("tier.high_touch_arr_above", settings.highTouchArrAbove);
    read("tier.hybrid_arr_from", settings.hybridArrFrom);
    return settings;
}

} // namespace Csm
