// The 1-2-3 relationship triangle on the customer's side: one executive sponsor, two primary
// contacts, three power users. An onboarding that hangs on a single person is fragile.
#pragma once

#include "domain/stakeholder.h"

#include <QList>
#include <QString>

namespace Csm {

// How many people each corner of the triangle should have.
inline constexpr int triangleSponsorsWanted = 1;
inline constexpr int trianglePrimaryContactsWanted = 2;
inline constexpr int trianglePowerUsersWanted = 3;

// A customer with fewer contacts than this is single-threaded.
inline constexpr int minimumCustomerContacts = 2;

struct RelationshipTriangle
{
    // Customer-side stakeholders with a name, in display order (oldest first).
    QList<Stakeholder> executiveSponsors; // 1
    QList<Stakeholder> primaryContacts;   // 2: champion, decision maker, admin owner, project lead
    QList<Stakeholder> powerUsers;        // 3
    int customerContacts = 0;             // every named customer-side stakeholder, any role

    // "Single-threaded: only one customer contact; no executive sponsor"; empty when the
    // customer has at least two named contacts and an executive sponsor.
    QString singleThreadedWarning;

    bool isSingleThreaded() const { return !singleThreadedWarning.isEmpty(); }
};

// The triangle drawn from a customer's stakeholders; vendor-side people and stakeholders
// without a name are left out.
RelationshipTriangle relationshipTriangle(const QList<Stakeholder> &stakeholders);

} // namespace Csm
