#pragma once

#include "changefield.h"
#include "commandids.h"
#include "domain/stakeholder.h"

namespace Csm {

struct StakeholderFieldChange
{
    using Record = Stakeholder;
    using Id = StakeholderId;
    using Field = StakeholderField;
    static constexpr int MergeId = CommandId::ChangeStakeholderField;

    static const Stakeholder *find(const Workspace &ws, const StakeholderId &id)
    {
        return ws.stakeholder(id);
    }
    static bool update(Workspace &ws, const Stakeholder &s) { return ws.updateStakeholder(s); }
    static void set(Stakeholder &s, StakeholderField f, const QVariant &v)
    {
        setStakeholderValue(s, f, v);
    }
    static QString label(StakeholderField f) { return stakeholderFieldLabel(f); }
    static QString name(const Workspace &, const Stakeholder &s) { return s.name; }
};

// Changes one field of a stakeholder; see ChangeField.
using ChangeStakeholderField = ChangeField<StakeholderFieldChange>;

} // namespace Csm
