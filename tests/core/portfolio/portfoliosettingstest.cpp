#include "testsupport.h"

#include "commands/changeworkspacesetting.h"
#include "portfolio/portfoliosettings.h"
#include "workspace/workspace.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace Csm;

TEST_CASE("Portfolio settings default to the targets of the playbooks")
{
    const PortfolioSettings s = PortfolioSettings::fromValues({});
    CHECK(s == PortfolioSettings());
    CHECK(s.silentStallDays == 7);
    CHECK(s.slowStartBusinessDays == 5);
    CHECK(s.orphanedKickoffHours == 48);
    CHECK(s.minimumCustomerContacts == 2);
    CHECK(s.loginRateFlag == 0.60);
    CHECK(s.loginRateAfterDays == 14);
    CHECK(s.adoptionTarget == 0.80);
    CHECK(s.adoptionAfterDays == 30);
    CHECK(s.ttfvTargetDays == 30);
    CHECK(s.onTimeRateTarget == 0.85);
    CHECK(s.goalAchievementTarget == 0.75);
    CHECK(s.completionTarget == 0.90);
    CHECK(s.satisfactionTarget == 4.5);
    CHECK(s.npsTarget == 50);
    CHECK(s.blockerSlaBusinessDays == 2);
    CHECK(s.weightSchedule + s.weightAdoption + s.weightGoals + s.weightRelationship +
              s.weightEngagement ==
          100);
    CHECK(s.firstValueTargets().forTier(Tier::Digital) == 14);
}

TEST_CASE("Every portfolio setting has its own key, a label and a range holding its default")
{
    const PortfolioSettings defaults;
    QSet<QString> keys;
    for (const PortfolioSettingSpec &spec : portfolioSettingSpecs()) {
        const QString key = QLatin1String(spec.key);
        CHECK(key.startsWith(QLatin1String("portfolio.")));
        CHECK_FALSE(keys.contains(key));
        keys.insert(key);
        CHECK_FALSE(spec.displayLabel().isEmpty());
        CHECK((spec.intMember != nullptr) != (spec.doubleMember != nullptr));
        CHECK(spec.value(defaults) >= spec.minimum);
        CHECK(spec.value(defaults) <= spec.maximum);
        CHECK(portfolioSettingSpec(key) == &spec);
    }
    CHECK(keys.size() == qsizetype(portfolioSettingSpecs().size()));
    CHECK(keys.size() == defaults.toValues().size());
    CHECK(portfolioSettingSpec(u"portfolio.nothing") == nullptr);
}

TEST_CASE("Unreadable or out-of-range portfolio settings keep their default")
{
    const PortfolioSettings s = PortfolioSettings::fromValues({
        {QStringLiteral("portfolio.silent_stall_days"), QStringLiteral("soon")},
        {QStringLiteral("portfolio.slow_start_business_days"), QStringLiteral("0")},
        {QStringLiteral("portfolio.login_rate_flag"), QStringLiteral("1.5")},
        {QStringLiteral("portfolio.minimum_customer_contacts"), QStringLiteral("2.5")},
        {QStringLiteral("portfolio.nps_target"), QStringLiteral("nan")},
        {QStringLiteral("portfolio.adoption_target"), QStringLiteral(" 0.7 ")},
    });
    CHECK(s.silentStallDays == 7);
    CHECK(s.slowStartBusinessDays == 5);
    CHECK(s.loginRateFlag == 0.60);
    CHECK(s.minimumCustomerContacts == 2);
    CHECK(s.npsTarget == 50);
    CHECK(s.adoptionTarget == 0.7);
}

TEST_CASE("Portfolio settings round trip through the workspace")
{
    Test::TempWorkspace ws;
    CHECK(PortfolioSettings::fromWorkspace(*ws) == PortfolioSettings());

    PortfolioSettings changed;
    changed.silentStallDays = 10;
    changed.loginRateFlag = 0.55;
    changed.blockerSlaBusinessDays = 1;
    changed.weightGoals = 40;
    changed.npsTarget = -10;
    changed.satisfactionTarget = 4.25;
    const QHash<QString, QString> values = changed.toValues();
    CHECK(values.value(QStringLiteral("portfolio.silent_stall_days")) == QLatin1String("10"));
    CHECK(values.value(QStringLiteral("portfolio.login_rate_flag")) == QLatin1String("0.55"));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        REQUIRE(ws->setSetting(it.key(), it.value()));
    CHECK(PortfolioSettings::fromWorkspace(*ws) == changed);
    ws.reopen();
    CHECK(PortfolioSettings::fromWorkspace(*ws) == changed);

    SECTION("one setting changed as an undo step")
    {
        ws->undoStack()->push(new ChangeWorkspaceSetting(
            ws.get(), QStringLiteral("portfolio.silent_stall_days"), QStringLiteral("3"),
            QStringLiteral("Change the silent stall")));
        CHECK(PortfolioSettings::fromWorkspace(*ws).silentStallDays == 3);
        ws->undoStack()->undo();
        CHECK(PortfolioSettings::fromWorkspace(*ws).silentStallDays == 10);
    }
}
