// Thresholds stored in the workspace, with the defaults from the onboarding playbooks.
#pragma once

#include <QHash>
#include <QString>

namespace Csm {

struct WorkspaceSettings
{
    qint64 highTouchArrAbove = 50000; // ARR above this: high-touch enterprise
    qint64 hybridArrFrom = 12000;     // ARR from this up: hybrid mid-market; below: digital

    static WorkspaceSettings fromValues(const QHash<QString, QString> &values);
};

} // namespace Csm
