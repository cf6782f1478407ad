#include "coretestprinting.h"

#include "successplan/relationshiptriangle.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

struct Person
{
    StakeholderRole role;
    Side side = Side::Customer;
    const char *name = "Someone";
};

QList<Stakeholder> people(const QList<Person> &list)
{
    QList<Stakeholder> result;
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    for (const Person &p : list) {
        Stakeholder s;
        s.id = StakeholderId::create();
        s.name = QString::fromUtf8(p.name);
        s.side = p.side;
        s.role = p.role;
        s.meta.createdAt = start.addSecs(60 * result.size());
        result.append(s);
    }
    return result;
}

QStringList names(const QList<Stakeholder> &list)
{
    QStringList result;
    for (const Stakeholder &s : list)
        result.append(s.name);
    return result;
}

} // namespace

TEST_CASE("The triangle and the single-threaded warning, case by case")
{
    using R = StakeholderRole;
    struct Case
    {
        const char *name;
        QList<Person> people;
        int sponsors;
        int primary;
        int powerUsers;
        int contacts;
        const char *warning;
    };
    const QList<Case> cases{
        {"nobody", {}, 0, 0, 0, 0, "Single-threaded: no customer contact; no executive sponsor"},
        {"only a sponsor",
         {{R::ExecutiveSponsor}},
         1,
         0,
         0,
         1,
         "Single-threaded: only one customer contact"},
        {"only a champion",
         {{R::Champion}},
         0,
         1,
         0,
         1,
         "Single-threaded: only one customer contact; no executive sponsor"},
        {"sponsor and champion", {{R::ExecutiveSponsor}, {R::Champion}}, 1, 1, 0, 2, ""},
        {"two contacts without a sponsor",
         {{R::Champion}, {R::PowerUser}},
         0,
         1,
         1,
         2,
         "Single-threaded: no executive sponsor"},
        {"our own people do not count",
         {{R::Champion}, {R::Csm, Side::Vendor}, {R::AccountExecutive, Side::Vendor}},
         0,
         1,
         0,
         1,
         "Single-threaded: only one customer contact; no executive sponsor"},
        {"people without a name do not count",
         {{R::ExecutiveSponsor}, {R::Champion, Side::Customer, " "}},
         1,
         0,
         0,
         1,
         "Single-threaded: only one customer contact"},
        {"end users count as contacts but sit in no corner",
         {{R::ExecutiveSponsor}, {R::EndUser}},
         1,
         0,
         0,
         2,
         ""},
        {"a full triangle",
         {{R::ExecutiveSponsor},
          {R::Champion},
          {R::DecisionMaker},
          {R::AdminOwner},
          {R::ProjectLead},
          {R::PowerUser},
          {R::PowerUser},
          {R::PowerUser},
          {R::EndUser},
          {R::Implementation, Side::Vendor}},
         1,
         4,
         3,
         9,
         ""},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const RelationshipTriangle triangle = relationshipTriangle(people(c.people));
        CHECK(triangle.executiveSponsors.size() == c.sponsors);
        CHECK(triangle.primaryContacts.size() == c.primary);
        CHECK(triangle.powerUsers.size() == c.powerUsers);
        CHECK(triangle.customerContacts == c.contacts);
        CHECK(triangle.singleThreadedWarning == QString::fromUtf8(c.warning));
        CHECK(triangle.isSingleThreaded() == (c.warning[0] != '\0'));
    }
}

TEST_CASE("Each corner lists its people in the order they were added")
{
    using R = StakeholderRole;
    QList<Stakeholder> list = people({{R::ProjectLead, Side::Customer, "Lea Lead"},
                                      {R::PowerUser, Side::Customer, "Pia Power"},
                                      {R::Champion, Side::Customer, "Tom Champion"},
                                      {R::PowerUser, Side::Customer, "Paul Power"}});
    std::reverse(list.begin(), list.end());
    const RelationshipTriangle triangle = relationshipTriangle(list);
    CHECK(names(triangle.primaryContacts) ==
          QStringList{QStringLiteral("Lea Lead"), QStringLiteral("Tom Champion")});
    CHECK(names(triangle.powerUsers) ==
          QStringList{QStringLiteral("Pia Power"), QStringLiteral("Paul Power")});
}

TEST_CASE("The triangle's targets are one, two, three")
{
    STATIC_REQUIRE(triangleSponsorsWanted == 1);
    STATIC_REQUIRE(trianglePrimaryContactsWanted == 2);
    STATIC_REQUIRE(trianglePowerUsersWanted == 3);
    STATIC_REQUIRE(minimumCustomerContacts == 2);
}
