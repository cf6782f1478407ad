#include "portfoliosettings.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace Csm {

namespace {

using Unit = PortfolioSettingUnit;
using S = PortfolioSettings;

PortfolioSettingSpec intSpec(const char *key, const char *label, Unit unit, double minimum,
                             double maximum, int S::*member)
{
    return {key, label, unit, minimum, maximum, member, nullptr};
}

PortfolioSettingSpec doubleSpec(const char *key, const char *label, Unit unit, double minimum,
                                double maximum, double S::*member)
{
    return {key, label, unit, minimum, maximum, nullptr, member};
}

const std::array<PortfolioSettingSpec, 27> &specs()
{
    static const std::array<PortfolioSettingSpec, 27> table{{
        intSpec("portfolio.silent_stall_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Silent stall after days without usage or "
                                                    "plan progress"),
                Unit::Days, 1, 365, &S::silentStallDays),
        intSpec("portfolio.slow_start_business_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Kickoff within business days of signature"),
                Unit::BusinessDays, 1, 60, &S::slowStartBusinessDays),
        intSpec("portfolio.orphaned_kickoff_hours",
                QT_TRANSLATE_NOOP("Csm::Portfolio",
                                  "Orphaned without a kickoff date after hours from signature"),
                Unit::Hours, 1, 24 * 30, &S::orphanedKickoffHours),
        intSpec("portfolio.minimum_customer_contacts",
                QT_TRANSLATE_NOOP("Csm::Portfolio",
                                  "Single-threaded with fewer customer contacts than"),
                Unit::Count, 1, 20, &S::minimumCustomerContacts),
        doubleSpec("portfolio.login_rate_flag",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Login rate red flag below"), Unit::Fraction,
                   0, 1, &S::loginRateFlag),
        intSpec("portfolio.login_rate_after_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Login rate checked days after go-live"),
                Unit::Days, 1, 365, &S::loginRateAfterDays),
        intSpec("portfolio.blocker_sla_business_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Blockers answered within business days"),
                Unit::BusinessDays, 0, 60, &S::blockerSlaBusinessDays),
        intSpec(
            "portfolio.sla_warning_business_days",
            QT_TRANSLATE_NOOP("Csm::Portfolio", "Warn of an SLA running out business days before"),
            Unit::BusinessDays, 0, 30, &S::slaWarningBusinessDays),
        doubleSpec("portfolio.kickoff_completion_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Kickoff completion target"), Unit::Fraction,
                   0, 1, &S::kickoffCompletionTarget),
        intSpec("portfolio.ttfv_target_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Time to first value target in days"),
                Unit::Days, 1, 730, &S::ttfvTargetDays),
        intSpec("portfolio.ttfv_digital_target_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio",
                                  "Time to first value target in days, digital-first"),
                Unit::Days, 1, 730, &S::ttfvDigitalTargetDays),
        doubleSpec("portfolio.on_time_rate_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Implementation on-time rate target"),
                   Unit::Fraction, 0, 1, &S::onTimeRateTarget),
        doubleSpec("portfolio.adoption_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "User adoption target"), Unit::Fraction, 0,
                   1, &S::adoptionTarget),
        intSpec("portfolio.adoption_after_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "User adoption measured days after go-live"),
                Unit::Days, 1, 365, &S::adoptionAfterDays),
        doubleSpec("portfolio.goal_achievement_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Goal achievement target"), Unit::Fraction,
                   0, 1, &S::goalAchievementTarget),
        intSpec("portfolio.goal_achievement_day",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Goal achievement measured on day"), Unit::Days,
                1, 730, &S::goalAchievementDay),
        doubleSpec("portfolio.completion_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Onboarding completion target"),
                   Unit::Fraction, 0, 1, &S::completionTarget),
        intSpec("portfolio.onboarding_length_days",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Onboarding expected to finish in days"),
                Unit::Days, 1, 730, &S::onboardingLengthDays),
        doubleSpec("portfolio.satisfaction_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Onboarding satisfaction target"),
                   Unit::Score, 1, 5, &S::satisfactionTarget),
        doubleSpec("portfolio.nps_target",
                   QT_TRANSLATE_NOOP("Csm::Portfolio", "Onboarding NPS target"), Unit::Score, -100,
                   100, &S::npsTarget),
        intSpec("portfolio.health_weight_schedule",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health weight of the schedule"), Unit::Weight,
                0, 100, &S::weightSchedule),
        intSpec("portfolio.health_weight_adoption",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health weight of adoption"), Unit::Weight, 0,
                100, &S::weightAdoption),
        intSpec("portfolio.health_weight_goals",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health weight of the goals"), Unit::Weight, 0,
                100, &S::weightGoals),
        intSpec("portfolio.health_weight_relationship",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health weight of the relationship"),
                Unit::Weight, 0, 100, &S::weightRelationship),
        intSpec("portfolio.health_weight_engagement",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health weight of engagement"), Unit::Weight, 0,
                100, &S::weightEngagement),
        intSpec("portfolio.health_good_from",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health good from score"), Unit::Score, 1, 100,
                &S::healthGoodFrom),
        intSpec("portfolio.health_watch_from",
                QT_TRANSLATE_NOOP("Csm::Portfolio", "Health to watch from score"), Unit::Score, 1,
                100, &S::healthWatchFrom),
    }};
    return table;
}

} // namespace

double PortfolioSettingSpec::value(const PortfolioSettings &settings) const
{
    return intMember ? double(settings.*intMember) : settings.*doubleMember;
}

void PortfolioSettingSpec::setValue(PortfolioSettings &settings, double value) const
{
    if (intMember)
        settings.*intMember = int(std::lround(value));
    else
        settings.*doubleMember = value;
}

QString PortfolioSettingSpec::displayLabel() const
{
    return QCoreApplication::translate("Csm::Portfolio", label);
}

std::span<const PortfolioSettingSpec> portfolioSettingSpecs()
{
    return specs();
}

const PortfolioSettingSpec *portfolioSettingSpec(QStringView key)
{
    for (const PortfolioSettingSpec &spec : specs()) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

FirstValueTargets PortfolioSettings::firstValueTargets() const
{
    FirstValueTargets targets;
    targets.highTouchDays = ttfvTargetDays;
    targets.hybridDays = ttfvTargetDays;
    targets.digitalDays = ttfvDigitalTargetDays;
    return targets;
}

PortfolioSettings PortfolioSettings::fromValues(const QHash<QString, QString> &values)
{
    PortfolioSettings settings;
    for (const PortfolioSettingSpec &spec : specs()) {
        const QString text = values.value(QLatin1String(spec.key)).trimmed();
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < spec.minimum || value > spec.maximum)
            continue;
        if (spec.intMember && value != std::floor(value))
            continue;
        spec.setValue(settings, value);
    }
    return settings;
}

PortfolioSettings PortfolioSettings::fromWorkspace(const Workspace &workspace)
{
    QHash<QString, QString> values;
    for (const PortfolioSettingSpec &spec : specs()) {
        const QString key = QLatin1String(spec.key);
        const QString value = workspace.settingValue(key);
        if (!value.isEmpty())
            values.insert(key, value);
    }
    return fromValues(values);
}

QHash<QString, QString> PortfolioSettings::toValues() const
{
    QHash<QString, QString> values;
    for (const PortfolioSettingSpec &spec : specs()) {
        const double value = spec.value(*this);
        values.insert(QLatin1String(spec.key), spec.intMember ? QString::number(qint64(value))
                                                              : QString::number(value, 'g', 15));
    }
    return values;
}

} // namespace Csm
