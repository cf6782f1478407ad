#include "domain/customer.h"
#include "workspace/workspacesettings.h"

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("tierForArr with the default thresholds, at the boundaries")
{
    const WorkspaceSettings defaults;
    REQUIRE(defaults.highTouchArrAbove == 50000);
    REQUIRE(defaults.hybridArrFrom == 12000);
    auto tier = [&](qint64 arr) {
        return tierForArr(arr, defaults.highTouchArrAbove, defaults.hybridArrFrom);
    };

    // High-touch above 50 k, hybrid from 12 k to 50 k, digital below 12 k.
    CHECK(tier(1000000) == Tier::HighTouch);
    CHECK(tier(50001) == Tier::HighTouch);
    CHECK(tier(50000) == Tier::Hybrid);
    CHECK(tier(49999) == Tier::Hybrid);
    CHECK(tier(12001) == Tier::Hybrid);
    CHECK(tier(12000) == Tier::Hybrid);
    CHECK(tier(11999) == Tier::Digital);
    CHECK(tier(0) == Tier::Digital);
}

TEST_CASE("tierForArr follows changed thresholds")
{
    CHECK(tierForArr(100000, 100000, 20000) == Tier::Hybrid);
    CHECK(tierForArr(100001, 100000, 20000) == Tier::HighTouch);
    CHECK(tierForArr(19999, 100000, 20000) == Tier::Digital);
}

TEST_CASE("Days since signature count from day 0")
{
    Customer customer;
    const QDate today(2026, 3, 2);
    CHECK(customer.daysSinceSignature(today) == 0); // no signature date yet

    customer.signatureDate = QDate(2026, 3, 2);
    CHECK(customer.daysSinceSignature(today) == 0);
    customer.signatureDate = QDate(2026, 2, 1);
    CHECK(customer.daysSinceSignature(today) == 29);
    customer.signatureDate = QDate(2026, 3, 5);
    CHECK(customer.daysSinceSignature(today) == -3);
}

TEST_CASE("A new customer starts with the documented defaults")
{
    const Customer customer;
    CHECK(customer.id.isNull());
    CHECK(customer.tier == Tier::Hybrid);
    CHECK(customer.phase == Phase::Transition);
    CHECK(customer.status == Status::OnTrack);
    CHECK(customer.currency == QLatin1String("EUR"));
    CHECK(customer.language == QLatin1String("en"));
    CHECK(customer.termMonths == 12);
    CHECK_FALSE(customer.signatureDate.isValid());
}
