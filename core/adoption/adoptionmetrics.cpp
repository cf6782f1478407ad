#include "adoptionmetrics.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace Csm {

QString trendKey(Trend trend)
{
    switch (trend) {
    case Trend::Up:
        return QStringLiteral("up");
    case Trend::Flat:
        return QStringLiteral("flat");
    case Trend::Down:
        return QStringLiteral("down");
    }
    return {};
}

QString trendLabel(Trend trend)
{
    switch (trend) {
    case Trend::Up:
        return QCoreApplication::translate("Csm::Adoption", "Up");
    case Trend::Flat:
        return QCoreApplication::translate("Csm::Adoption", "Flat");
    case Trend::Down:
        return QCoreApplication::translate("Csm::Adoption", "Down");
    }
    return {};
}

namespace {

struct AdoptionText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Adoption)
};

QString percent(double rate)
{
    return QString::number(qRound(rate * 100));
}

// Distinct users with activity in [first, last].
int activeUsers(const UsageRollups &r, const QDate &first, const QDate &last)
{
    std::vector<char> seen(size_t(r.users.size()), 0);
    int count = 0;
    for (const UsageRollups::UserDay &d : r.userDays) {
        if (d.day < first || d.day > last || seen[size_t(d.user)])
            continue;
        seen[size_t(d.user)] = 1;
        ++count;
    }
    return count;
}

} // namespace

AdoptionMetrics computeAdoptionMetrics(const UsageRollups &r, const AdoptionInputs &in)
{
    AdoptionMetrics m;
    m.licensedSeats = in.licensedSeats;
    m.activationEvent = in.activationEvent;
    const QDate asOf = in.asOf;
    const size_t userCount = size_t(r.users.size());
    m.hasData = !r.userDays.isEmpty() || !r.training.isEmpty() || !r.users.isEmpty();

    // Who is provisioned: the roster when there is one, else everyone seen.
    const bool haveRoster = std::any_of(r.users.cbegin(), r.users.cend(),
                                        [](const UsageRollups::User &u) { return u.inRoster; });
    std::vector<char> provisioned(userCount, 0);
    for (size_t i = 0; i < userCount; ++i)
        provisioned[i] = !haveRoster || r.users.at(qsizetype(i)).inRoster;
    m.usersProvisioned = int(std::count(provisioned.cbegin(), provisioned.cend(), 1));
    const int seatBase = in.licensedSeats > 0 ? in.licensedSeats : m.usersProvisioned;
    auto rate = [](double part, double whole) { return whole > 0 ? part / whole : 0.0; };

    // Each user's first day of activity, and the last day up to asOf.
    std::vector<QDate> firstActive(userCount);
    for (const UsageRollups::UserDay &d : r.userDays) {
        if (d.day > asOf)
            continue;
        QDate &first = firstActive[size_t(d.user)];
        if (!first.isValid() || d.day < first)
            first = d.day;
        if (!m.lastActivity.isValid() || d.day > m.lastActivity)
            m.lastActivity = d.day;
    }
    auto loggedInBy = [&](const QDate &day) {
        int n = 0;
        for (size_t i = 0; i < userCount; ++i)
            n += provisioned[i] && firstActive[i].isValid() && firstActive[i] <= day;
        return n;
    };
    m.usersLoggedIn = loggedInBy(asOf);
    m.loginRate = rate(m.usersLoggedIn, m.usersProvisioned);

    m.dailyActive = activeUsers(r, asOf, asOf);
    m.weeklyActive = activeUsers(r, asOf.addDays(-6), asOf);
    m.monthlyActive = activeUsers(r, asOf.addDays(-29), asOf);
    m.adoptionRate = rate(m.monthlyActive, seatBase);
    m.stickiness = rate(m.dailyActive, m.monthlyActive);

    // Activation and the funnel.
    const qsizetype activation =
        in.activationEvent.isEmpty() ? -1 : r.events.indexOf(in.activationEvent);
    const qsizetype core = in.coreFeature.isEmpty() ? -1 : r.features.indexOf(in.coreFeature);
    std::vector<char> activated(userCount, 0);
    std::vector<char> usedCore(userCount, 0);
    for (const UsageRollups::UserName &u : r.userEvents)
        if (u.name == activation && activation >= 0 && u.first <= asOf)
            activated[size_t(u.user)] = 1;
    const bool anyFeature = in.coreFeature.isEmpty();
    for (const UsageRollups::UserName &u : r.userFeatures)
        if ((anyFeature || u.name == core) && u.first <= asOf)
            usedCore[size_t(u.user)] = 1;
    for (size_t i = 0; i < userCount; ++i) {
        if (!provisioned[i])
            continue;
        m.activatedUsers += activated[i];
        m.funnelCoreFeature += usedCore[i];
    }
    m.activationRate = rate(m.activatedUsers, m.usersProvisioned);
    m.funnelProvisioned = m.usersProvisioned;
    m.funnelLoggedIn = m.usersLoggedIn;
    m.funnelActivated = m.activatedUsers;

    // Features in the range: used at least once in it, judged by the first and last day of use.
    const QDate from = in.from.isValid() ? in.from : asOf.addDays(-89);
    const QDate to = in.to.isValid() ? std::min(in.to, asOf) : asOf;
    const int activeInRange = activeUsers(r, from, to);
    std::vector<int> featureUsers(size_t(r.features.size()), 0);
    std::vector<int> featureEvents(size_t(r.features.size()), 0);
    std::vector<int> featuresOfUser(userCount, 0);
    for (const UsageRollups::UserName &u : r.userFeatures) {
        if (u.first > to || u.last < from)
            continue;
        ++featureUsers[size_t(u.name)];
        featureEvents[size_t(u.name)] += u.count;
        ++featuresOfUser[size_t(u.user)];
    }
    for (qsizetype f = 0; f < r.features.size(); ++f) {
        if (featureUsers[size_t(f)] == 0)
            continue;
        m.features.append({r.features.at(f), featureUsers[size_t(f)],
                           rate(featureUsers[size_t(f)], activeInRange), featureEvents[size_t(f)]});
    }
    std::sort(m.features.begin(), m.features.end(),
              [](const FeatureAdoption &a, const FeatureAdoption &b) {
                  return a.users != b.users ? a.users > b.users : a.feature < b.feature;
              });
    {
        int withFeatures = 0;
        qint64 total = 0;
        std::vector<char> active(userCount, 0);
        for (const UsageRollups::UserDay &d : r.userDays)
            if (d.day >= from && d.day <= to)
                active[size_t(d.user)] = 1;
        for (size_t i = 0; i < userCount; ++i) {
            if (active[i]) {
                ++withFeatures;
                total += featuresOfUser[i];
            }
        }
        m.featuresPerUser = rate(double(total), withFeatures);
    }

    // Frequency and time in product over the last four weeks.
    {
        const QDate start = asOf.addDays(-27);
        qint64 activeDays = 0;
        qint64 seconds = 0;
        for (const UsageRollups::UserDay &d : r.userDays) {
            if (d.day < start || d.day > asOf)
                continue;
            ++activeDays;
            seconds += d.durationSeconds;
        }
        const int users = activeUsers(r, start, asOf);
        m.activeDaysPerUserPerWeek = rate(double(activeDays), users * 4.0);
        m.minutesPerUserPerWeek = rate(seconds / 60.0, users * 4.0);
    }

    // Weekly active users, Monday to Sunday, over the range.
    if (from <= to) {
        const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
        const qint64 weekCount = firstMonday.daysTo(to) / 7 + 1;
        std::vector<std::vector<char>> seen(size_t(weekCount), std::vector<char>(userCount, 0));
        for (qint64 w = 0; w < weekCount; ++w)
            m.weeks.append({firstMonday.addDays(7 * w), 0, 0});
        for (const UsageRollups::UserDay &d : r.userDays) {
            if (d.day < firstMonday || d.day > to)
                continue;
            const size_t w = size_t(firstMonday.daysTo(d.day) / 7);
            WeekActivity &week = m.weeks[qsizetype(w)];
            week.events += d.events;
            if (!seen[w][size_t(d.user)]) {
                seen[w][size_t(d.user)] = 1;
                ++week.activeUsers;
            }
        }
    }

    // Trend: weekly active users in the last 7 days against the mean of the three weeks
    // before. (A slope over the four would call a customer who stopped last week "up" when
    // the weeks before were climbing.)
    {
        for (int i = 0; i < 4; ++i) {
            const QDate end = asOf.addDays(-7 * (3 - i));
            m.trendWindows[size_t(i)] = activeUsers(r, end.addDays(-6), end);
        }
        const double before = (m.trendWindows[0] + m.trendWindows[1] + m.trendWindows[2]) / 3.0;
        const int last = m.trendWindows[3];
        m.trendChange = before > 0 ? (last - before) / before : (last > 0 ? 1.0 : 0.0);
        m.trend = m.trendChange > 0.10    ? Trend::Up
                  : m.trendChange < -0.10 ? Trend::Down
                                          : Trend::Flat;
    }

    // Training by role track.
    {
        QHash<int, QString> trackOf;
        QHash<int, bool> passed;
        for (const UsageRollups::Training &t : r.training) {
            if (t.completedOn > asOf)
                continue;
            if (!trackOf.contains(t.user))
                trackOf.insert(t.user, t.track);
            passed[t.user] = passed.value(t.user) || t.passed;
        }
        if (!r.training.isEmpty()) {
            QMap<QString, TrackCompletion> tracks;
            for (size_t i = 0; i < userCount; ++i) {
                const int user = int(i);
                if (!provisioned[i] && !trackOf.contains(user))
                    continue;
                QString track = r.users.at(user).role;
                if (track.isEmpty())
                    track = trackOf.value(user);
                if (track.isEmpty())
                    track = QStringLiteral("end_user");
                TrackCompletion &c = tracks[track];
                c.track = track;
                ++c.users;
                c.completed += passed.value(user) ? 1 : 0;
            }
            int users = 0;
            int completed = 0;
            for (TrackCompletion &c : tracks) {
                c.rate = rate(c.completed, c.users);
                users += c.users;
                completed += c.completed;
                m.training.append(c);
            }
            m.trainingCompletion = rate(completed, users);
        }
    }

    // Checkpoints after go-live, and the red flags.
    if (in.goLive.isValid()) {
        const QDate loginDay = in.goLive.addDays(in.loginRateAfterDays);
        if (loginDay <= asOf)
            m.loginRateAtFlag = rate(loggedInBy(loginDay), m.usersProvisioned);
        const QDate adoptionDay = in.goLive.addDays(in.adoptionAfterDays);
        if (adoptionDay <= asOf)
            m.adoptionAtTarget =
                rate(activeUsers(r, adoptionDay.addDays(-29), adoptionDay), seatBase);
        if (loginDay <= asOf && m.loginRate < in.loginRateFlag && m.usersProvisioned > 0) {
            m.flags.append({AdoptionFlag::Kind::LowLoginRate, QStringLiteral("low_login_rate"),
                            AdoptionText::tr("Login rate %1 % two weeks after go-live, under %2 %")
                                .arg(percent(m.loginRate), percent(in.loginRateFlag))});
        }
        if (adoptionDay <= asOf && m.adoptionRate < in.adoptionTarget) {
            m.flags.append(
                {AdoptionFlag::Kind::LowAdoption, QStringLiteral("low_adoption"),
                 AdoptionText::tr("Adoption %1 % of seats 30 days after go-live, under %2 %")
                     .arg(percent(m.adoptionRate), percent(in.adoptionTarget))});
        }
    }
    if (!in.graduated && (m.hasData || (in.goLive.isValid() && in.goLive <= asOf))) {
        const QDate since = m.lastActivity.isValid() ? m.lastActivity : in.goLive;
        if (since.isValid() && since.daysTo(asOf) >= in.silentStallDays) {
            m.flags.append({AdoptionFlag::Kind::SilentStall, QStringLiteral("silent_stall"),
                            m.lastActivity.isValid()
                                ? AdoptionText::tr("No usage for %1 days (last on %2)")
                                      .arg(since.daysTo(asOf))
                                      .arg(QLocale().toString(since, QLocale::ShortFormat))
                                : AdoptionText::tr("No usage since go-live %1 days ago")
                                      .arg(since.daysTo(asOf))});
        }
    }
    return m;
}

QJsonObject adoptionMetricsToJson(const AdoptionMetrics &m)
{
    QJsonObject json;
    auto ratio = [](double v) { return std::round(v * 10000) / 10000; };
    json.insert(QLatin1String("has_data"), m.hasData);
    json.insert(QLatin1String("licensed_seats"), m.licensedSeats);
    json.insert(QLatin1String("users_provisioned"), m.usersProvisioned);
    json.insert(QLatin1String("users_logged_in"), m.usersLoggedIn);
    json.insert(QLatin1String("login_rate"), ratio(m.loginRate));
    json.insert(QLatin1String("daily_active_users"), m.dailyActive);
    json.insert(QLatin1String("weekly_active_users"), m.weeklyActive);
    json.insert(QLatin1String("monthly_active_users"), m.monthlyActive);
    json.insert(QLatin1String("adoption_rate"), ratio(m.adoptionRate));
    json.insert(QLatin1String("stickiness"), ratio(m.stickiness));
    json.insert(QLatin1String("activation_event"), m.activationEvent);
    json.insert(QLatin1String("activated_users"), m.activatedUsers);
    json.insert(QLatin1String("activation_rate"), ratio(m.activationRate));
    json.insert(QLatin1String("funnel"),
                QJsonObject{{QLatin1String("provisioned"), m.funnelProvisioned},
                            {QLatin1String("logged_in"), m.funnelLoggedIn},
                            {QLatin1String("used_core_feature"), m.funnelCoreFeature},
                            {QLatin1String("activated"), m.funnelActivated}});
    QJsonArray features;
    for (const FeatureAdoption &f : m.features)
        features.append(QJsonObject{{QLatin1String("feature"), f.feature},
                                    {QLatin1String("users"), f.users},
                                    {QLatin1String("share"), ratio(f.share)},
                                    {QLatin1String("events"), f.events}});
    json.insert(QLatin1String("feature_adoption"), features);
    json.insert(QLatin1String("active_days_per_user_per_week"), ratio(m.activeDaysPerUserPerWeek));
    json.insert(QLatin1String("features_per_user"), ratio(m.featuresPerUser));
    json.insert(QLatin1String("minutes_per_user_per_week"), ratio(m.minutesPerUserPerWeek));
    QJsonArray training;
    for (const TrackCompletion &t : m.training)
        training.append(QJsonObject{{QLatin1String("track"), t.track},
                                    {QLatin1String("users"), t.users},
                                    {QLatin1String("completed"), t.completed},
                                    {QLatin1String("rate"), ratio(t.rate)}});
    json.insert(QLatin1String("training"), training);
    json.insert(QLatin1String("training_completion"), ratio(m.trainingCompletion));
    QJsonArray weeks;
    for (const WeekActivity &w : m.weeks)
        weeks.append(QJsonObject{{QLatin1String("week"), w.weekStart.toString(Qt::ISODate)},
                                 {QLatin1String("active_users"), w.activeUsers},
                                 {QLatin1String("events"), w.events}});
    json.insert(QLatin1String("weeks"), weeks);
    json.insert(QLatin1String("trend"), trendKey(m.trend));
    json.insert(QLatin1String("trend_change"), ratio(m.trendChange));
    QJsonArray windows;
    for (const int w : m.trendWindows)
        windows.append(w);
    json.insert(QLatin1String("trend_weekly_active_users"), windows);
    json.insert(QLatin1String("adoption_30_days_after_go_live"),
                m.adoptionAtTarget ? QJsonValue(ratio(*m.adoptionAtTarget)) : QJsonValue());
    json.insert(QLatin1String("login_rate_14_days_after_go_live"),
                m.loginRateAtFlag ? QJsonValue(ratio(*m.loginRateAtFlag)) : QJsonValue());
    json.insert(QLatin1String("last_activity"),
                m.lastActivity.isValid() ? QJsonValue(m.lastActivity.toString(Qt::ISODate))
                                         : QJsonValue());
    QJsonArray flags;
    for (const AdoptionFlag &f : m.flags)
        flags.append(
            QJsonObject{{QLatin1String("flag"), f.key}, {QLatin1String("message"), f.message}});
    json.insert(QLatin1String("red_flags"), flags);
    return json;
}

QStringList usageMetricKeys(const UsageRollups &rollups)
{
    QStringList keys{QStringLiteral("login_rate"),          QStringLiteral("daily_active_users"),
                     QStringLiteral("weekly_active_users"), QStringLiteral("monthly_active_users"),
                     QStringLiteral("adoption_rate"),       QStringLiteral("activation_rate"),
                     QStringLiteral("training_completion")};
    for (const QString &feature : rollups.features)
        keys.append(QStringLiteral("feature:") + feature);
    return keys;
}

QString usageMetricLabel(const QString &key)
{
    if (key.startsWith(QLatin1String("feature:")))
        return AdoptionText::tr("Feature adoption: %1 (%)").arg(key.mid(8));
    static const QHash<QString, const char *> labels{
        {QStringLiteral("login_rate"), QT_TRANSLATE_NOOP("Csm::Adoption", "Login rate (%)")},
        {QStringLiteral("daily_active_users"),
         QT_TRANSLATE_NOOP("Csm::Adoption", "Daily active users")},
        {QStringLiteral("weekly_active_users"),
         QT_TRANSLATE_NOOP("Csm::Adoption", "Weekly active users")},
        {QStringLiteral("monthly_active_users"),
         QT_TRANSLATE_NOOP("Csm::Adoption", "Monthly active users")},
        {QStringLiteral("adoption_rate"),
         QT_TRANSLATE_NOOP("Csm::Adoption", "Active users of seats (%)")},
        {QStringLiteral("activation_rate"),
         QT_TRANSLATE_NOOP("Csm::Adoption", "Activation rate (%)")},
        {QStringLiteral("training_completion"),
         QT_TRANSLATE_NOOP("Csm::Adoption", "Training completion (%)")},
    };
    const char *label = labels.value(key);
    return label ? AdoptionText::tr(label) : key;
}

std::optional<double> usageMetricValue(const AdoptionMetrics &m, const QString &key)
{
    if (!m.hasData)
        return std::nullopt;
    auto pct = [](double v) { return std::round(v * 1000) / 10; };
    if (key == QLatin1String("login_rate"))
        return pct(m.loginRate);
    if (key == QLatin1String("daily_active_users"))
        return m.dailyActive;
    if (key == QLatin1String("weekly_active_users"))
        return m.weeklyActive;
    if (key == QLatin1String("monthly_active_users"))
        return m.monthlyActive;
    if (key == QLatin1String("adoption_rate"))
        return pct(m.adoptionRate);
    if (key == QLatin1String("activation_rate"))
        return pct(m.activationRate);
    if (key == QLatin1String("training_completion"))
        return pct(m.trainingCompletion);
    if (key.startsWith(QLatin1String("feature:"))) {
        const QString name = key.mid(8);
        for (const FeatureAdoption &f : m.features)
            if (f.feature == name)
                return pct(f.share);
        return 0.0;
    }
    return std::nullopt;
}

} // namespace Csm
