#include "relationshiptriangle.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace Csm {

namespace {

struct RelationshipTriangleText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::RelationshipTriangle)
};

} // namespace

RelationshipTriangle relationshipTriangle(const QList<Stakeholder> &stakeholders)
{
    QList<Stakeholder> people;
    for (const Stakeholder &s : stakeholders) {
        if (s.side == Side::Customer && !s.name.trimmed().isEmpty())
            people.append(s);
    }
    std::sort(people.begin(), people.end(), stakeholderDisplayLess);

    RelationshipTriangle triangle;
    triangle.customerContacts = int(people.size());
    for (const Stakeholder &s : people) {
        switch (s.role) {
        case StakeholderRole::ExecutiveSponsor:
            triangle.executiveSponsors.append(s);
            break;
        case StakeholderRole::Champion:
        case StakeholderRole::DecisionMaker:
        case StakeholderRole::AdminOwner:
        case StakeholderRole::ProjectLead:
            triangle.primaryContacts.append(s);
            break;
        case StakeholderRole::PowerUser:
            triangle.powerUsers.append(s);
            break;
        default:
            break;
        }
    }

    QStringList problems;
    if (triangle.customerContacts == 0)
        problems.append(RelationshipTriangleText::tr("no customer contact"));
    else if (triangle.customerContacts < minimumCustomerContacts)
        problems.append(RelationshipTriangleText::tr("only one customer contact"));
    if (triangle.executiveSponsors.isEmpty())
        problems.append(RelationshipTriangleText::tr("no executive sponsor"));
    if (!problems.isEmpty())
        triangle.singleThreadedWarning = RelationshipTriangleText::tr("Single-threaded: %1")
                                             .arg(problems.join(QLatin1String("; ")));
    return triangle;
}

} // namespace Csm
