// The thresholds and targets of the portfolio: when an alert fires, how health is weighed and
// what each portfolio metric aims for. Defaults from DOMAIN.md; each is a workspace setting
// ("portfolio.silent_stall_days"), so a Preferences dialog can list and change them.
#pragma once

#include "timeline/firstvalue.h"

#include <QHash>
#include <QString>

#include <span>

namespace Csm {

class Workspace;

struct PortfolioSettings
{
    // Alerts
    int silentStallDays = 7;         // no usage or no plan progress for this many days
    int slowStartBusinessDays = 5;   // kickoff held within this many business days of signature
    int orphanedKickoffHours = 48;   // a kickoff date set this long after signature
    int minimumCustomerContacts = 2; // fewer named customer contacts: single-threaded
    double loginRateFlag = 0.60;     // login rate under this ...
    int loginRateAfterDays = 14;     // ... this many days after go-live
    // Blockers (blocked tasks and actions, escalated risks) are answered within this many
    // business days of being raised. DOMAIN.md asks 1 business day for critical blockers; as
    // a blocker's severity is not recorded, the default allows one more day for all of them.
    int blockerSlaBusinessDays = 2;
    // "SLAs running out" on the Today list: an SLA that ends within this many business days.
    int slaWarningBusinessDays = 1;

    // Targets of the portfolio metrics
    double kickoffCompletionTarget = 1.0; // onboardings whose kickoff was held
    int ttfvTargetDays = 30;              // days from signature to first value (enterprise)
    int ttfvDigitalTargetDays = 14;       // the same for digital-first customers
    double onTimeRateTarget = 0.85;       // milestones finished by their baseline date
    double adoptionTarget = 0.80;         // active users / seats ...
    int adoptionAfterDays = 30;           // ... this many days after go-live
    double goalAchievementTarget = 0.75;  // objectives achieved ...
    int goalAchievementDay = 90;          // ... by this day after signature
    double completionTarget = 0.90;       // onboardings that graduated ...
    int onboardingLengthDays = 90;        // ... of those signed at least this long ago
    double satisfactionTarget = 4.5;      // onboarding survey, 1 to 5
    double npsTarget = 50;                // onboarding NPS, -100 to 100

    // Health: the weight of each part (any non-negative numbers; they are normalised over
    // the parts with data) and the bands (Gainsight's 0-50 red, 51-75 yellow, 76-100 green).
    int weightSchedule = 25;
    int weightAdoption = 25;
    int weightGoals = 20;
    int weightRelationship = 15;
    int weightEngagement = 15;
    int healthGoodFrom = 76;  // from this score up: good
    int healthWatchFrom = 51; // from this score up: watch; below: at risk

    bool operator==(const PortfolioSettings &) const = default;

    // The first-value targets of the forecast, per tier, from the settings above.
    FirstValueTargets firstValueTargets() const;
    int ttfvTargetDaysFor(Tier tier) const { return firstValueTargets().forTier(tier); }

    // Reads the settings stored under their keys; a missing, unreadable or out-of-range value
    // keeps its default.
    static PortfolioSettings fromValues(const QHash<QString, QString> &values);
    static PortfolioSettings fromWorkspace(const Workspace &workspace);
    // Every setting's stored text by key, for writing back (ChangeWorkspaceSetting).
    QHash<QString, QString> toValues() const;
};

// How a setting is shown and edited.
enum class PortfolioSettingUnit {
    Days,
    BusinessDays,
    Hours,
    Count,
    Fraction, // stored as a fraction (0.6), shown as a percentage (60 %)
    Score,    // satisfaction 1-5, NPS -100-100, health 0-100
    Weight,
};

struct PortfolioSettingSpec
{
    const char *key;   // "portfolio.silent_stall_days"
    const char *label; // source text in the "Csm::Portfolio" context
    PortfolioSettingUnit unit;
    double minimum;
    double maximum;
    int PortfolioSettings::*intMember = nullptr; // one of the two is set
    double PortfolioSettings::*doubleMember = nullptr;

    double value(const PortfolioSettings &settings) const;
    void setValue(PortfolioSettings &settings, double value) const;
    QString displayLabel() const; // translated
};

// Every portfolio setting, in the order a dialog lists them.
std::span<const PortfolioSettingSpec> portfolioSettingSpecs();
const PortfolioSettingSpec *portfolioSettingSpec(QStringView key);

} // namespace Csm
