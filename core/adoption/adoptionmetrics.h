// Adoption metrics of one customer, computed from the usage rollups the importer keeps (one
// row per user and day, per user and event or feature, the roster and training), never from
// the raw events, so they take milliseconds however many events were imported.
// The definitions are in core/adoption/README.md.
#pragma once

#include "domain/id.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Csm {

// What the importer keeps for one customer. Days are QDate; indices point into `users`,
// `events` and `features`.
struct UsageRollups
{
    struct User
    {
        QString email;
        QString role;    // "admin", "end_user", "manager" or empty
        QDate seatStart; // from the roster; invalid when not known
        bool inRoster = false;
    };
    struct UserDay
    {
        int user = 0;
        QDate day;
        int events = 0;
        qint64 durationSeconds = 0;
    };
    // A user's use of one event or feature.
    struct UserName
    {
        int user = 0;
        int name = 0; // index into events or features
        QDate first;
        QDate last;
        int count = 0;
    };
    struct Training
    {
        int user = 0;
        QString course;
        QString track; // role track ("admin", "end_user", "manager")
        QDate completedOn;
        bool passed = true;
    };

    QList<User> users;
    QStringList events;   // event names ("login", "report_shared")
    QStringList features; // feature names ("dashboard")
    QList<UserDay> userDays;
    QList<UserName> userEvents;
    QList<UserName> userFeatures;
    QList<Training> training;

    bool isEmpty() const { return users.isEmpty(); }
};

enum class Trend { Up, Flat, Down };
QString trendKey(Trend trend);   // "up", "flat", "down"
QString trendLabel(Trend trend); // translated

struct AdoptionInputs
{
    int licensedSeats = 0;   // 0: not known; rates then use the users provisioned
    QString activationEvent; // the core action that proves first value; empty: none chosen
    QDate goLive;            // invalid when not live yet
    bool graduated = false;
    QDate asOf; // "today" for the metrics
    QDate from; // the range the weekly series and the charts cover
    QDate to;
    // Thresholds, defaults from DOMAIN.md.
    double loginRateFlag = 0.60; // login rate under this two weeks after go-live
    int loginRateAfterDays = 14;
    double adoptionTarget = 0.80; // active users / seats 30 days after go-live
    int adoptionAfterDays = 30;
    int silentStallDays = 7; // no usage for this many days
    QString coreFeature;     // the feature that counts as "core" in the funnel; empty:
                             // any feature
};

struct FeatureAdoption
{
    QString feature;
    int users = 0;    // distinct users who used it in the range
    double share = 0; // of the users active in the range
    int events = 0;
};

struct TrackCompletion
{
    QString track;
    int users = 0;     // users on the track (roster role, or the track of their courses)
    int completed = 0; // of them, with at least one passed course
    double rate = 0;
};

struct WeekActivity
{
    QDate weekStart; // a Monday
    int activeUsers = 0;
    int events = 0;
};

struct AdoptionFlag
{
    enum class Kind { LowLoginRate, LowAdoption, SilentStall };
    Kind kind;
    QString key;     // "low_login_rate", "low_adoption", "silent_stall"
    QString message; // translated, with the figures ("Login rate 42 % two weeks after go-live,
                     // under 60 %")
};

struct AdoptionMetrics
{
    bool hasData = false;
    int licensedSeats = 0;
    int usersProvisioned = 0; // roster users, or all users seen when no roster was imported
    int usersLoggedIn = 0;    // provisioned users with any activity up to asOf
    double loginRate = 0;     // usersLoggedIn / usersProvisioned
    int dailyActive = 0;      // users active on asOf
    int weeklyActive = 0;     // in the 7 days up to asOf
    int monthlyActive = 0;    // in the 30 days up to asOf
    double adoptionRate = 0;  // monthlyActive / seats (or provisioned)
    double stickiness = 0;    // dailyActive / monthlyActive
    QString activationEvent;
    int activatedUsers = 0;
    double activationRate = 0; // activatedUsers / usersProvisioned
    // The funnel: provisioned, logged in, used the core feature, did the activation event.
    int funnelProvisioned = 0;
    int funnelLoggedIn = 0;
    int funnelCoreFeature = 0;
    int funnelActivated = 0;
    QList<FeatureAdoption> features;     // most used first
    double activeDaysPerUserPerWeek = 0; // frequency, over the last 4 weeks, active users
    double featuresPerUser = 0;          // depth: distinct features per active user in range
    double minutesPerUserPerWeek = 0;    // time in product, last 4 weeks, active users
    QList<TrackCompletion> training;
    double trainingCompletion = 0; // all tracks together
    QList<WeekActivity> weeks;     // each week of the range
    // Weekly active users in the four 7-day windows up to asOf, oldest first; the trend
    // compares the last with the mean of the three before it.
    std::array<int, 4> trendWindows{};
    Trend trend = Trend::Flat;
    double trendChange = 0; // the last window against that mean (0.25: a quarter more)
    std::optional<double> adoptionAtTarget; // active / seats at go-live + 30 days, when reached
    std::optional<double> loginRateAtFlag;  // login rate at go-live + 14 days, when reached
    QDate lastActivity;
    QList<AdoptionFlag> flags;
};

AdoptionMetrics computeAdoptionMetrics(const UsageRollups &rollups, const AdoptionInputs &inputs);

// The metrics as JSON, as `csmw adoption --json` prints them.
QJsonObject adoptionMetricsToJson(const AdoptionMetrics &metrics);

// Usage metrics an objective of the success plan can take its measurements from:
// "login_rate", "weekly_active_users", "monthly_active_users", "adoption_rate",
// "activation_rate", "training_completion", and "feature:<name>" for a feature's share.
QStringList usageMetricKeys(const UsageRollups &rollups);
QString usageMetricLabel(const QString &key);
// The metric's value now (rates as percentages), or nothing for an unknown key or no data.
std::optional<double> usageMetricValue(const AdoptionMetrics &metrics, const QString &key);

} // namespace Csm
