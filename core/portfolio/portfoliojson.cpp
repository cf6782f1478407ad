#include "portfoliojson.h"

#include <QJsonArray>

#include <cmath>

namespace Csm {

namespace {

template<typename T> QJsonValue optional(const std::optional<T> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// Fractions and means rounded to 4 decimals, so the output reads well and stays stable.
QJsonValue rounded(const std::optional<double> &value)
{
    if (!value)
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 10000) / 10000;
}

QJsonObject healthToJson(const CustomerHealth &health)
{
    QJsonObject json;
    json.insert(QLatin1String("score"), optional(health.score));
    json.insert(QLatin1String("band"),
                health.score ? QJsonValue(healthBandKey(health.band)) : QJsonValue());
    QJsonArray parts;
    for (const HealthPart &part : health.parts) {
        QJsonObject p;
        p.insert(QLatin1String("part"), healthPartKey(part.kind));
        p.insert(QLatin1String("has_data"), part.hasData);
        p.insert(QLatin1String("score"), part.hasData ? QJsonValue(part.score) : QJsonValue());
        p.insert(QLatin1String("weight"), part.weight);
        p.insert(QLatin1String("share"), rounded(part.share));
        p.insert(QLatin1String("explanation"), part.explanation);
        parts.append(p);
    }
    json.insert(QLatin1String("parts"), parts);
    return json;
}

QJsonObject alertToJson(const PortfolioAlert &alert)
{
    QJsonObject json;
    json.insert(QLatin1String("kind"), alert.key());
    json.insert(QLatin1String("severity"), alertSeverityKey(alert.severity));
    json.insert(QLatin1String("reason"), alert.reason);
    json.insert(QLatin1String("page"), alert.page);
    json.insert(QLatin1String("record_id"),
                alert.recordId.isNull()
                    ? QJsonValue()
                    : QJsonValue(alert.recordId.toString(QUuid::WithoutBraces)));
    json.insert(QLatin1String("situation"), alert.situation);
    if (alert.snooze) {
        QJsonObject snooze;
        snooze.insert(QLatin1String("note"), alert.snooze->note);
        snooze.insert(QLatin1String("until"), date(alert.snooze->until));
        snooze.insert(QLatin1String("by"), alert.snooze->meta.modifiedBy);
        snooze.insert(QLatin1String("at"),
                      alert.snooze->meta.modifiedAt.toUTC().toString(Qt::ISODate));
        json.insert(QLatin1String("snoozed"), snooze);
    } else {
        json.insert(QLatin1String("snoozed"), QJsonValue());
    }
    return json;
}

QJsonObject todayToJson(const TodayItem &item)
{
    QJsonObject json;
    json.insert(QLatin1String("kind"), todayKindKey(item.kind));
    json.insert(QLatin1String("customer_id"), item.customer.toString());
    json.insert(QLatin1String("account_name"), item.customerName);
    json.insert(QLatin1String("date"), date(item.date));
    json.insert(QLatin1String("text"), item.text);
    json.insert(QLatin1String("page"), item.page);
    return json;
}

} // namespace

QString metricUnitKey(MetricUnit unit)
{
    switch (unit) {
    case MetricUnit::Days:
        return QStringLiteral("days");
    case MetricUnit::BusinessDays:
        return QStringLiteral("business_days");
    case MetricUnit::Fraction:
        return QStringLiteral("fraction");
    case MetricUnit::Satisfaction:
        return QStringLiteral("satisfaction");
    case MetricUnit::Nps:
        break;
    }
    return QStringLiteral("nps");
}

QJsonObject portfolioRowToJson(const PortfolioRow &row)
{
    QJsonObject json;
    json.insert(QLatin1String("id"), row.id.toString());
    json.insert(QLatin1String("account_name"), row.accountName);
    json.insert(QLatin1String("tier"), enumKey(row.tier));
    json.insert(QLatin1String("phase"), enumKey(row.phase));
    json.insert(QLatin1String("status"), enumKey(row.status));
    json.insert(QLatin1String("signature_date"), date(row.signatureDate));
    json.insert(QLatin1String("days_since_signature"), optional(row.daysSinceSignature));
    json.insert(QLatin1String("kickoff_held"), row.kickoffHeld);
    json.insert(QLatin1String("time_to_kickoff"), optional(row.timeToKickoff));
    json.insert(QLatin1String("first_value_date"), date(row.firstValueDate));
    json.insert(QLatin1String("ttfv_days"), optional(row.ttfvDays));
    json.insert(QLatin1String("days_without_first_value"), optional(row.daysWithoutFirstValue));
    json.insert(QLatin1String("ttfv_target_days"), row.ttfvTargetDays);
    json.insert(QLatin1String("first_value_forecast"), date(row.firstValueForecast));
    json.insert(QLatin1String("milestones_finished"), row.milestonesFinished);
    json.insert(QLatin1String("milestones_on_time"), row.milestonesOnTime);
    json.insert(QLatin1String("on_time_rate"), rounded(row.onTimeRate));
    json.insert(QLatin1String("adoption_rate"), rounded(row.adoptionRate));
    json.insert(QLatin1String("adoption_30_days"), rounded(row.adoptionAt30));
    json.insert(QLatin1String("objectives"), row.objectives);
    json.insert(QLatin1String("objectives_achieved"), row.objectivesAchieved);
    json.insert(QLatin1String("goal_achievement"), rounded(row.goalAchievement));
    json.insert(QLatin1String("satisfaction"), rounded(row.survey.averageSatisfaction));
    json.insert(QLatin1String("nps"), rounded(row.survey.nps));
    if (row.nextMilestone) {
        QJsonObject next;
        next.insert(QLatin1String("name"), row.nextMilestone->name);
        next.insert(QLatin1String("date"), date(row.nextMilestone->date));
        next.insert(QLatin1String("gate"), row.nextMilestone->isGate);
        json.insert(QLatin1String("next_milestone"), next);
    } else {
        json.insert(QLatin1String("next_milestone"), QJsonValue());
    }
    json.insert(QLatin1String("graduated"), row.graduated);
    json.insert(QLatin1String("health"), healthToJson(row.health));
    QJsonArray alerts;
    for (const PortfolioAlert &alert : row.alerts)
        alerts.append(alertToJson(alert));
    json.insert(QLatin1String("alerts"), alerts);
    return json;
}

QJsonObject portfolioToJson(const QList<PortfolioRow> &rows, const PortfolioMetrics &metrics)
{
    QJsonObject json;
    json.insert(QLatin1String("as_of"), date(metrics.today));
    json.insert(QLatin1String("customer_count"), metrics.customers);
    json.insert(QLatin1String("alert_count"), metrics.alerts);

    QJsonArray list;
    for (const PortfolioMetric &m : metrics.metrics) {
        QJsonObject o;
        o.insert(QLatin1String("key"), m.key);
        o.insert(QLatin1String("label"), m.label);
        o.insert(QLatin1String("unit"), metricUnitKey(m.unit));
        o.insert(QLatin1String("value"), rounded(m.value));
        o.insert(QLatin1String("target"), m.target);
        o.insert(QLatin1String("lower_is_better"), m.lowerIsBetter);
        const std::optional<bool> onTarget = m.onTarget();
        o.insert(QLatin1String("on_target"), onTarget ? QJsonValue(*onTarget) : QJsonValue());
        o.insert(QLatin1String("count"), m.count);
        o.insert(QLatin1String("detail"), m.detail);
        list.append(o);
    }
    json.insert(QLatin1String("metrics"), list);

    QJsonArray buckets;
    for (const TtfvBucket &b : metrics.ttfvDistribution) {
        QJsonObject o;
        o.insert(QLatin1String("from_days"), b.fromDays);
        o.insert(QLatin1String("to_days"), b.toDays < 0 ? QJsonValue() : QJsonValue(b.toDays));
        o.insert(QLatin1String("customers"), b.customers);
        buckets.append(o);
    }
    json.insert(QLatin1String("ttfv_distribution"), buckets);
    json.insert(QLatin1String("without_first_value"), metrics.withoutFirstValue);

    QJsonArray cohorts;
    for (const SignatureCohort &c : metrics.cohorts) {
        QJsonObject o;
        o.insert(QLatin1String("month"), c.month.toString(QStringLiteral("yyyy-MM")));
        o.insert(QLatin1String("customers"), c.customers);
        o.insert(QLatin1String("with_first_value"), c.withFirstValue);
        o.insert(QLatin1String("median_ttfv"), rounded(c.medianTtfv));
        o.insert(QLatin1String("share_with_first_value"), rounded(c.shareWithFirstValue));
        cohorts.append(o);
    }
    json.insert(QLatin1String("cohorts"), cohorts);

    QJsonObject health;
    for (int band = 0; band < 3; ++band)
        health.insert(healthBandKey(HealthBand(band)), metrics.healthBands.at(size_t(band)));
    json.insert(QLatin1String("health_bands"), health);

    QJsonArray customers;
    for (const PortfolioRow &row : rows)
        customers.append(portfolioRowToJson(row));
    json.insert(QLatin1String("customers"), customers);

    QJsonArray today;
    for (const TodayItem &item : metrics.todayItems)
        today.append(todayToJson(item));
    json.insert(QLatin1String("today"), today);
    return json;
}

} // namespace Csm
