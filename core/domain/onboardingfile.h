// One customer's onboarding file as a whole: what is exported, imported, deleted and restored.
#pragma once

#include "customer.h"
#include "recordmeta.h"
#include "stakeholder.h"

#include <QList>

namespace Csm {

struct OnboardingFile
{
    Customer customer;
    QList<Stakeholder> stakeholders;
    QList<Tombstone> tombstones;

    bool operator==(const OnboardingFile &) const = default;
};

} // namespace Csm
