#include "coretestprinting.h"

#include "domain/stakeholder.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Csm;

TEST_CASE("E-mail addresses: plausible ones pass, broken ones do not")
{
    for (const char *valid : {"a@b.co", "first.last@example.com", "x+tag@sub.example.org",
                              "m.ellis@northwind.example", "o'brien@example.ie"}) {
        INFO(valid);
        CHECK(isValidEmail(QString::fromLatin1(valid)));
    }
    for (const char *invalid :
         {"", "plain", "a@b", "@example.com", "a@@example.com", "a b@example.com", "a@exa mple.com",
          "a@.com", "a@example.", "a@example..com", "a@b@example.com", " a@example.com"}) {
        INFO(invalid);
        CHECK_FALSE(isValidEmail(QString::fromLatin1(invalid)));
    }
}

TEST_CASE("Stakeholders are listed customer side first, then by creation time")
{
    const QDateTime t0(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
    auto make = [&](Side side, int msecs, const char *name) {
        Stakeholder s;
        s.id = StakeholderId::create();
        s.side = side;
        s.name = QString::fromLatin1(name);
        s.meta.createdAt = t0.addMSecs(msecs);
        return s;
    };
    QList<Stakeholder> list{
        make(Side::Vendor, 0, "vendor early"), make(Side::Customer, 20, "customer late"),
        make(Side::Customer, 10, "customer early"), make(Side::Vendor, 5, "vendor late")};
    std::sort(list.begin(), list.end(), stakeholderDisplayLess);
    QStringList names;
    for (const Stakeholder &s : list)
        names.append(s.name);
    CHECK(names == QStringList{QStringLiteral("customer early"), QStringLiteral("customer late"),
                               QStringLiteral("vendor early"), QStringLiteral("vendor late")});

    // Equal times fall back to the id, so the order never depends on insertion.
    Stakeholder a = make(Side::Customer, 0, "a");
    Stakeholder b = make(Side::Customer, 0, "b");
    CHECK(stakeholderDisplayLess(a, b) != stakeholderDisplayLess(b, a));
}
