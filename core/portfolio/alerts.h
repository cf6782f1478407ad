// The alerts of the portfolio: the failure patterns of DOMAIN.md, detected before a customer
// stalls. Each says why it fired, in a sentence with the figures and the target, where it is
// fixed, and the facts that made it fire (its situation), so that an alert snoozed for one
// situation comes back when the situation changes.
//
// The rules, for a customer not graduated (a graduated customer gets none):
// - Silent stall: no usage for silent_stall_days (the adoption red flag, once live or with
//   usage data), or a plan with unfinished tasks none of which changed for silent_stall_days.
//   Situation: the day of the last usage or of the last change to the plan.
// - Single-threaded: fewer than minimum_customer_contacts named customer contacts, or no named
//   executive sponsor (the relationship triangle). Situation: the number of contacts and
//   whether there is a sponsor.
// - Orphaned account: no named CSM owner, or no kickoff date orphaned_kickoff_hours after
//   signature (counted in whole days from the signature date). Situation: what is missing.
// - Slow start: the kickoff is not held and either slow_start_business_days business days of
//   the workspace's calendar have passed since signature, or it is scheduled later than that.
//   Clears once the kickoff is held. Situation: unscheduled, or the date it is scheduled for.
// - Goals undefined: the kickoff is held but no objective with a metric and a target different
//   from its baseline is confirmed at the kickoff. Situation: the number of objectives.
// - Victory declared too early: live for adoption_after_days, usage data imported, and the
//   adoption rate under adoption_target. Situation: the adoption rate in steps of 10 points.
// - Overdue tasks: tasks not done whose finish is before today. Situation: their ids.
// - Missed gates: phase gates not passed whose due date is before today. Situation: their ids.
// - Overdue actions: action items not done whose due date is before today. Situation: ids.
// - Blocker past its SLA: a task or action item blocked, or a risk escalated, unchanged for
//   more than blocker_sla_business_days business days (it counts from the record's last
//   change, which is when it was marked so, unless it was edited since). Situation: their ids.
// - Login rate red flag: the adoption red flag, login rate under login_rate_flag from
//   login_rate_after_days after go-live. Situation: the login rate in steps of 10 points.
//
// An alert the CSM snoozed (an AlertSnooze of its kind) is still listed, with the snooze, as
// long as its situation is the one it was snoozed in and the snooze's last day has not passed;
// it does not count as an active alert then. Once the situation changes it is active again.
#pragma once

#include "customerfacts.h"
#include "portfoliosettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

namespace Csm {

class Workspace;

enum class AlertKind {
    SilentStall,
    SingleThreaded,
    OrphanedAccount,
    SlowStart,
    GoalsUndefined,
    VictoryTooEarly,
    OverdueTasks,
    MissedGates,
    OverdueActions,
    BlockerPastSla,
    LowLoginRate,
};
inline constexpr int alertKindCount = 11;

enum class AlertSeverity { Warning, Critical };

// Stable keys ("silent_stall", "single_threaded", ...) for storage and JSON.
QString alertKindKey(AlertKind kind);
std::optional<AlertKind> alertKindFromKey(QStringView key);
QString alertKindName(AlertKind kind);            // translated, "Silent stall"
QString alertSeverityKey(AlertSeverity severity); // "warning", "critical"

// The pages of a customer, by the key the main window remembers them by.
namespace AlertPage {
inline constexpr const char *handoff = "handoff";
inline constexpr const char *kickoff = "kickoff";
inline constexpr const char *successPlan = "successPlan";
inline constexpr const char *timeline = "timeline";
inline constexpr const char *adoption = "adoption";
inline constexpr const char *logs = "logs";
inline constexpr const char *graduation = "graduation";
} // namespace AlertPage

struct PortfolioAlert
{
    AlertKind kind = AlertKind::SilentStall;
    AlertSeverity severity = AlertSeverity::Warning;
    QString reason;    // translated sentence with the figures and the target
    QString page;      // AlertPage key of where it is fixed
    QUuid recordId;    // the record to select there, when one is the cause (null otherwise)
    QString situation; // stable fingerprint of the facts that made it fire
    std::optional<AlertSnooze> snooze; // set while the CSM has it snoozed

    QString key() const { return alertKindKey(kind); }
    bool isActive() const { return !snooze.has_value(); }
    bool operator==(const PortfolioAlert &) const = default;
};

// The snooze among `snoozes` that silences `alert` on `today`: the newest of its kind whose
// situation is the alert's and whose last day, if any, is today or later. Null when none.
const AlertSnooze *matchingSnooze(const PortfolioAlert &alert, const QList<AlertSnooze> &snoozes,
                                  const QDate &today);
// The snoozes of the alert's kind, any situation: what a new snooze of it replaces.
QList<AlertSnooze> snoozesOfKind(AlertKind kind, const QList<AlertSnooze> &snoozes);

// How many of `alerts` are active (not snoozed).
int activeAlertCount(const QList<PortfolioAlert> &alerts);

// The customer's alerts as of `today`, in the order of AlertKind, snoozed ones with their
// snooze.
QList<PortfolioAlert> customerAlerts(const Workspace &workspace, const CustomerId &customer,
                                     const PortfolioSettings &settings, const QDate &today);
QList<PortfolioAlert> customerAlerts(const CustomerFacts &facts, const PortfolioSettings &settings);

// A blocker: a task or action item blocked, or a risk escalated. Its SLA counts from the day
// the record was last changed (when it was marked so, unless edited since) and ends
// blocker_sla_business_days business days later; past it on the business day after.
struct PortfolioBlocker
{
    QUuid id;
    QString name;
    QDate since;       // invalid when the record has no change time
    QDate slaDeadline; // the last day within the SLA
    const char *page = AlertPage::logs;
};
QList<PortfolioBlocker> openBlockers(const CustomerFacts &facts, const PortfolioSettings &settings);

} // namespace Csm
