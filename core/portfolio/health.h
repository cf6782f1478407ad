// A customer's health: a transparent score from 0 to 100 made of five parts, each with its own
// score, a one-line explanation and whether it has data. The overall score is the weighted
// mean of the parts with data (weights from the settings, renormalised over those parts), so
// a part without data neither helps nor hurts. Bands as Gainsight's scorecards: at risk up to
// 50, watch 51 to 75, good from 76 (both thresholds are settings).
//
// The parts:
// - Schedule: the plan's tasks due before today that are done, as a share, less 15 points per
//   phase gate missed (not below 0). 100 while nothing is due yet. No data without a plan.
// - Adoption: the adoption rate against its target (rate / target, capped at 100), less 20
//   points when the login rate red flag is raised. No data before go-live without usage data.
// - Goals: objectives achieved or on track count fully, at risk half, missed not at all, over
//   the objectives with a status (no data: no measurement yet). No data without any.
// - Relationship: the 1-2-3 triangle: 40 for a named executive sponsor, 30 for two primary
//   contacts (15 for one), 30 for three power users (10 each); less 20 when the sponsor is a
//   skeptic. Always has data: no contact at all is a score of 0.
// - Engagement: the last contact with the customer (a stakeholder's last contact, or the
//   kickoff held): 100 within silent_stall_days, then down evenly to 0 at four times that.
//   No data without any contact date.
#pragma once

#include "customerfacts.h"
#include "portfoliosettings.h"

#include <QList>
#include <QString>

#include <optional>

namespace Csm {

class Workspace;

enum class HealthPartKind { Schedule, Adoption, Goals, Relationship, Engagement };
inline constexpr int healthPartCount = 5;
enum class HealthBand { AtRisk, Watch, Good };

QString healthPartKey(HealthPartKind kind);  // "schedule", "adoption", ...
QString healthPartName(HealthPartKind kind); // translated
QString healthBandKey(HealthBand band);      // "at_risk", "watch", "good"
QString healthBandName(HealthBand band);     // translated

struct HealthPart
{
    HealthPartKind kind = HealthPartKind::Schedule;
    bool hasData = false;
    int score = 0;       // 0-100; 0 without data
    int weight = 0;      // from the settings
    double share = 0;    // its weight over the weights of the parts with data; 0 without data
    QString explanation; // one line, translated
};

struct CustomerHealth
{
    QList<HealthPart> parts;  // one per HealthPartKind, in its order
    std::optional<int> score; // none when no part has data (or all weights of those are 0)
    HealthBand band = HealthBand::Watch;

    const HealthPart &part(HealthPartKind kind) const { return parts.at(int(kind)); }
};

// The band of a score with the settings' thresholds.
HealthBand healthBand(int score, const PortfolioSettings &settings);
// The overall score and band from parts whose score and data are set: fills each part's
// weight and share.
void combineHealth(CustomerHealth &health, const PortfolioSettings &settings);

CustomerHealth customerHealth(const CustomerFacts &facts, const PortfolioSettings &settings);
CustomerHealth customerHealth(const Workspace &workspace, const CustomerId &customer,
                              const PortfolioSettings &settings, const QDate &today);

} // namespace Csm
