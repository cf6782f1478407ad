// The portfolio: one row per customer (where the onboarding stands, its figures against the
// targets, health and alerts, and what needs doing today), and the portfolio's metrics against
// the targets of DOMAIN.md, with the time-to-first-value distribution and the cohorts by
// signature month, aggregated from the rows. A view computes every row once, then after an
// edit recomputes the row of the customer concerned and aggregates again
// (PortfolioSnapshot does that).
//
// Definitions, per customer, as of `today`:
// - Time to kickoff: business days of the workspace's calendar from signature to the kickoff,
//   once held (its date on or before today).
// - Time to first value: days from signature to the first value date, once reached (on or
//   before today), else to the day the plan's first-value milestone was done. Not reached:
//   the days since signature so far, and the forecast of the first-value milestone.
// - On-time rate: milestones done whose finish is on or before their baseline finish, over
//   the milestones done that have a baseline.
// - Adoption at 30 days: active users over seats on go-live + adoption_after_days (the
//   adoption metrics' checkpoint), once that day has come; the current adoption rate beside.
// - Goal achievement: objectives achieved over objectives, today; and as of day
//   goal_achievement_day after signature, once that day has come (the portfolio metric).
// - Onboarding completion: graduated (phase Graduated, or a graduation date on or before
//   today); counted once graduated or signed at least onboarding_length_days ago.
// - Kickoff completion counts once the kickoff is held or its deadline
//   (slow_start_business_days after signature) has passed.
#pragma once

#include "alerts.h"
#include "customerfacts.h"
#include "health.h"
#include "portfoliosettings.h"
#include "successplan/valuereview.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace Csm {

class Workspace;

// What needs doing today, across the portfolio.
enum class TodayKind {
    ActionOverdue, // an action item not done, due before today
    ActionDue,     // due today
    Meeting,       // kickoff, handoff meeting, check-in or first QBR in the next 7 days
    SlaRunningOut, // a blocker's SLA, or the kickoff's deadline, ends within the warning days
};
QString todayKindKey(TodayKind kind); // "action_overdue", "action_due", "meeting", "sla"

struct TodayItem
{
    TodayKind kind = TodayKind::ActionDue;
    CustomerId customer;
    QString customerName;
    QDate date;   // due date, meeting date or last day within the SLA
    QString text; // translated: "Check-in (weekly, Tuesdays)", "Send the SSO metadata (Dana Lee)"
    QString page; // AlertPage key
    QUuid recordId;
    bool operator==(const TodayItem &) const = default;
};

struct NextMilestone
{
    QString name;
    QDate date;
    QUuid id; // the task or gate
    bool isGate = false;
};

struct PortfolioRow
{
    CustomerId id;
    QString accountName;
    Tier tier = Tier::Hybrid;
    Phase phase = Phase::Transition;
    Status status = Status::OnTrack; // after the qualification rule
    QString statusReason;
    QString csmOwner;
    QDate signatureDate;
    std::optional<int> daysSinceSignature; // none without a signature date

    bool kickoffHeld = false;
    bool kickoffDue = false; // held, or its deadline has passed: counts for kickoff completion
    std::optional<int> timeToKickoff; // business days, once held

    int ttfvTargetDays = 0;                   // the tier's target
    QDate firstValueDate;                     // when reached
    std::optional<int> ttfvDays;              // days from signature to first value, once reached
    std::optional<int> daysWithoutFirstValue; // since signature, while not reached
    QDate firstValueForecast; // the forecast of the plan's first-value milestone, when any

    int milestonesFinished = 0; // done, with a baseline
    int milestonesOnTime = 0;
    std::optional<double> onTimeRate;

    bool hasUsage = false;
    std::optional<double> adoptionRate; // now, with usage data
    std::optional<double> adoptionAt30; // at go-live + adoption_after_days, once reached

    int objectives = 0;
    int objectivesAchieved = 0;
    std::optional<double> goalAchievement; // today
    bool goalDayReached = false;
    int objectivesAtGoalDay = 0;
    int achievedAtGoalDay = 0;

    SurveySummary survey;

    std::optional<NextMilestone> nextMilestone;

    bool graduated = false;
    bool completionDue = false; // counts for onboarding completion

    CustomerHealth health;
    QList<PortfolioAlert> alerts;
    QList<TodayItem> todayItems;
};

PortfolioRow computeRow(const CustomerFacts &facts, const PortfolioSettings &settings);
PortfolioRow computeRow(const Workspace &workspace, const CustomerId &customer,
                        const PortfolioSettings &settings, const QDate &today);
// Every customer's row, in the workspace's order.
QList<PortfolioRow> computeRows(const Workspace &workspace, const PortfolioSettings &settings,
                                const QDate &today);

enum class MetricUnit { Days, BusinessDays, Fraction, Satisfaction, Nps };

struct PortfolioMetric
{
    QString key;   // "time_to_kickoff", "kickoff_completion", "ttfv", "on_time_rate",
                   // "adoption_30_days", "goal_achievement", "onboarding_completion",
                   // "satisfaction", "nps"
    QString label; // translated
    MetricUnit unit = MetricUnit::Days;
    std::optional<double> value; // none without data
    double target = 0;
    bool lowerIsBetter = false; // on target at or below the target (times), else at or above
    int count = 0;              // customers (survey answers for satisfaction and NPS) counted
    QString detail;             // translated, e.g. "mean 3.4, 5 of 6 within 5 business days"

    // None without a value.
    std::optional<bool> onTarget() const;
};

struct TtfvBucket
{
    int fromDays = 0;
    int toDays = -1; // included; -1: no upper bound
    int customers = 0;
    QString label; // "0-7 days", "over 90 days"
};

struct SignatureCohort
{
    QDate month; // first day of the signature month
    int customers = 0;
    int withFirstValue = 0;
    std::optional<double> medianTtfv;
    double shareWithFirstValue = 0;
};

struct PortfolioMetrics
{
    QDate today;
    int customers = 0;
    QList<PortfolioMetric> metrics;
    QList<TtfvBucket> ttfvDistribution; // customers with first value, by days to it
    int withoutFirstValue = 0;
    QList<SignatureCohort> cohorts; // by signature month, oldest first
    QList<TodayItem> todayItems;    // every row's, overdue first, then by date and customer
    int alerts = 0;
    std::array<int, 3> healthBands{}; // customers per HealthBand with a score

    const PortfolioMetric *metric(QStringView key) const;
};

PortfolioMetrics aggregatePortfolio(const QList<PortfolioRow> &rows,
                                    const PortfolioSettings &settings, const QDate &today);

// The median; none for no values; the mean of the two middle ones for an even count.
std::optional<double> median(QList<double> values);

// The rows and metrics of one workspace, kept up to date one customer at a time.
class PortfolioSnapshot
{
public:
    void computeAll(const Workspace &workspace, const PortfolioSettings &settings,
                    const QDate &today);
    // After an edit of one customer: its row again (added, or dropped when the customer is
    // gone), then the metrics.
    void recompute(const Workspace &workspace, const CustomerId &customer);
    // The same for several customers, with the metrics once.
    void recompute(const Workspace &workspace, const QList<CustomerId> &customers);

    const QList<PortfolioRow> &rows() const { return m_rows; }
    const PortfolioMetrics &metrics() const { return m_metrics; }
    int indexOf(const CustomerId &customer) const { return m_index.value(customer, -1); }
    const PortfolioSettings &settings() const { return m_settings; }
    QDate today() const { return m_today; }

private:
    void reindex();
    void recomputeRow(const Workspace &workspace, const CustomerId &customer);

    PortfolioSettings m_settings;
    QDate m_today;
    QList<PortfolioRow> m_rows;
    QHash<CustomerId, int> m_index;
    PortfolioMetrics m_metrics;
};

} // namespace Csm
