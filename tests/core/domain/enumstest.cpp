#include "domain/enums.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace Csm;

namespace {

template<typename E> void checkKeysRoundTrip()
{
    QSet<QString> keys;
    for (int i = 0; i < enumCount<E>(); ++i) {
        const E value = E(i);
        const QString key = enumKey(value);
        INFO(key.toStdString());
        CHECK_FALSE(key.isEmpty());
        CHECK(enumFromKey<E>(key) == value);
        CHECK_FALSE(enumDisplayName(value).isEmpty());
        keys.insert(key);
    }
    CHECK(keys.size() == enumCount<E>());
    CHECK(enumKeys<E>().size() == enumCount<E>());
    CHECK_FALSE(enumFromKey<E>(QStringLiteral("no_such_key")).has_value());
    CHECK_FALSE(enumFromKey<E>(QString()).has_value());
}

} // namespace

TEST_CASE("Every enum value has a unique storage key that reads back as itself")
{
    checkKeysRoundTrip<Tier>();
    checkKeysRoundTrip<Phase>();
    checkKeysRoundTrip<Status>();
    checkKeysRoundTrip<Side>();
    checkKeysRoundTrip<StakeholderRole>();
    checkKeysRoundTrip<Sentiment>();
    checkKeysRoundTrip<WhitespaceDimension>();
    checkKeysRoundTrip<OpportunityStatus>();
}

TEST_CASE("Enum counts cover the last value")
{
    CHECK(enumCount<Tier>() == int(Tier::Digital) + 1);
    CHECK(enumCount<Phase>() == int(Phase::Graduated) + 1);
    CHECK(enumCount<Status>() == int(Status::Paused) + 1);
    CHECK(enumCount<Side>() == int(Side::Vendor) + 1);
    CHECK(enumCount<StakeholderRole>() == int(StakeholderRole::SupportEscalation) + 1);
    CHECK(enumCount<Sentiment>() == int(Sentiment::Skeptic) + 1);
    CHECK(enumCount<WhitespaceDimension>() == int(WhitespaceDimension::UseCase) + 1);
    CHECK(enumCount<OpportunityStatus>() == int(OpportunityStatus::Lost) + 1);
}

TEST_CASE("Storage keys are the documented ones")
{
    // Keys are written to files; renaming one breaks every existing workspace.
    CHECK(enumKey(Tier::HighTouch) == QLatin1String("high_touch"));
    CHECK(enumKey(Phase::ValueRealization) == QLatin1String("value_realization"));
    CHECK(enumKey(Status::AtRisk) == QLatin1String("at_risk"));
    CHECK(enumKey(Side::Vendor) == QLatin1String("vendor"));
    CHECK(enumKey(StakeholderRole::ExecutiveSponsor) == QLatin1String("executive_sponsor"));
    CHECK(enumKey(Sentiment::Skeptic) == QLatin1String("skeptic"));
    CHECK(enumKey(WhitespaceDimension::UseCase) == QLatin1String("use_case"));
    CHECK(enumKey(OpportunityStatus::NotStarted) == QLatin1String("not_started"));
}

TEST_CASE("Vendor roles are exactly our own team's roles")
{
    for (int i = 0; i < enumCount<StakeholderRole>(); ++i) {
        const auto role = StakeholderRole(i);
        const bool vendor =
            role == StakeholderRole::Csm || role == StakeholderRole::AccountExecutive ||
            role == StakeholderRole::Implementation || role == StakeholderRole::SupportEscalation;
        INFO(enumKey(role).toStdString());
        CHECK(isVendorRole(role) == vendor);
    }
}
