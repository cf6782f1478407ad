#include "portfoliometrics.h"

#include "portfolioformat.h"
#include "successplan/checkincadence.h"
#include "successplan/objectiveprogress.h"
#include "successplan/qualification.h"
#include "timeline/firstvalue.h"
#include "workspace/workspace.h"

#include <future>
#include <thread>

#include <QMap>

#include <algorithm>
#include <numeric>

namespace Csm {

namespace {

using namespace PortfolioFormat;

// Overdue first, then by date, then by customer.
bool todayLess(const TodayItem &a, const TodayItem &b)
{
    const bool aLate = a.kind == TodayKind::ActionOverdue;
    const bool bLate = b.kind == TodayKind::ActionOverdue;
    if (aLate != bLate)
        return aLate;
    if (a.date != b.date)
        return a.date < b.date;
    return a.customerName.localeAwareCompare(b.customerName) < 0;
}

TodayItem todayItem(TodayKind kind, const Customer &customer, const QDate &date,
                    const QString &text, const char *page, const QUuid &record = {})
{
    TodayItem item;
    item.kind = kind;
    item.customer = customer.id;
    item.customerName = customer.accountName;
    item.date = date;
    item.text = text;
    item.page = QString::fromLatin1(page);
    item.recordId = record;
    return item;
}

void slasRunningOut(const CustomerFacts &facts, const PortfolioSettings &settings,
                    QList<TodayItem> &items);

QList<TodayItem> todayItems(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    const Customer &c = facts.customer();
    const QDate today = facts.today;
    const bool graduated = facts.isGraduated();
    QList<TodayItem> items;

    for (const ActionItem &action : facts.file.actions) {
        if (action.status == ActionStatus::Done || !action.dueDate.isValid() ||
            action.dueDate > today)
            continue;
        const QString text =
            action.owner.trimmed().isEmpty()
                ? action.task
                : PortfolioText::tr("%1 (%2)").arg(action.task, action.owner.trimmed());
        items.append(
            todayItem(action.dueDate < today ? TodayKind::ActionOverdue : TodayKind::ActionDue, c,
                      action.dueDate, text, AlertPage::logs, action.id.uuid()));
    }

    // Meetings in the 7 days from today.
    const QDate weekEnd = today.addDays(6);
    const auto inWeek = [&](const QDate &d) { return d.isValid() && d >= today && d <= weekEnd; };
    if (inWeek(c.handoffMeetingDate))
        items.append(todayItem(TodayKind::Meeting, c, c.handoffMeetingDate,
                               PortfolioText::tr("Handoff meeting"), AlertPage::handoff));
    if (inWeek(c.kickoffDate))
        items.append(todayItem(TodayKind::Meeting, c, c.kickoffDate,
                               PortfolioText::tr("Kickoff workshop"), AlertPage::kickoff));
    if (!graduated) {
        const QDate checkIn = nextCheckIn(c, today.addDays(-1));
        if (inWeek(checkIn) && checkIn != c.kickoffDate)
            items.append(
                todayItem(TodayKind::Meeting, c, checkIn,
                          PortfolioText::tr("Check-in (%1)").arg(c.checkInCadence.trimmed()),
                          AlertPage::kickoff));
    }
    if (inWeek(c.firstQbrDate))
        items.append(todayItem(TodayKind::Meeting, c, c.firstQbrDate,
                               PortfolioText::tr("First QBR"), AlertPage::graduation));

    if (!graduated)
        slasRunningOut(facts, settings, items);
    std::stable_sort(items.begin(), items.end(), todayLess);
    return items;
}

void slasRunningOut(const CustomerFacts &facts, const PortfolioSettings &settings,
                    QList<TodayItem> &items)
{
    const Customer &c = facts.customer();
    const QDate today = facts.today;
    // SLAs running out: blockers within their SLA, and the kickoff's deadline.
    const auto runningOut = [&](const QDate &deadline) {
        return deadline.isValid() && deadline >= today &&
               facts.calendar.businessDaysBetween(today, deadline) <=
                   settings.slaWarningBusinessDays;
    };
    for (const PortfolioBlocker &blocker : openBlockers(facts, settings)) {
        if (runningOut(blocker.slaDeadline))
            items.append(todayItem(TodayKind::SlaRunningOut, c, blocker.slaDeadline,
                                   PortfolioText::tr("Answer the blocker \"%1\"").arg(blocker.name),
                                   blocker.page, blocker.id));
    }
    if (c.signatureDate.isValid() && !facts.kickoffHeld()) {
        const QDate deadline =
            facts.calendar.addBusinessDays(c.signatureDate, settings.slowStartBusinessDays);
        const bool scheduledInTime = c.kickoffDate.isValid() && c.kickoffDate <= deadline;
        if (!scheduledInTime && runningOut(deadline))
            items.append(todayItem(TodayKind::SlaRunningOut, c, deadline,
                                   PortfolioText::tr("Hold the kickoff (within %1 of signature)")
                                       .arg(businessDays(settings.slowStartBusinessDays)),
                                   AlertPage::kickoff));
    }
}

std::optional<NextMilestone> nextMilestone(const CustomerFacts &facts)
{
    std::optional<NextMilestone> next;
    for (const PlanTask &task : facts.file.tasks) {
        if (!task.isMilestone() || task.isDone() || !task.finish.isValid())
            continue;
        if (!next || task.finish < next->date)
            next = NextMilestone{task.name, task.finish, task.id.uuid(), false};
    }
    if (next)
        return next;
    for (const PhaseGate &gate : facts.file.gates) {
        if (gate.isPassed() || !gate.dueDate.isValid())
            continue;
        if (!next || gate.dueDate < next->date)
            next = NextMilestone{PortfolioText::tr("%1 gate").arg(enumDisplayName(gate.kind)),
                                 gate.dueDate, gate.id.uuid(), true};
    }
    return next;
}

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / whole;
}

} // namespace

QString todayKindKey(TodayKind kind)
{
    switch (kind) {
    case TodayKind::ActionOverdue:
        return QStringLiteral("action_overdue");
    case TodayKind::ActionDue:
        return QStringLiteral("action_due");
    case TodayKind::Meeting:
        return QStringLiteral("meeting");
    case TodayKind::SlaRunningOut:
        break;
    }
    return QStringLiteral("sla");
}

std::optional<double> median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

PortfolioRow computeRow(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    PortfolioRow row;
    const Customer &c = facts.customer();
    const QDate today = facts.today;
    row.id = c.id;
    row.accountName = c.accountName;
    row.tier = c.tier;
    row.phase = c.phase;
    const EffectiveStatus status = effectiveStatus(c, facts.file.stakeholders);
    row.status = status.status;
    row.statusReason = status.reason;
    row.csmOwner = c.csmOwner;
    row.signatureDate = c.signatureDate;
    const bool signedUp = c.signatureDate.isValid() && c.signatureDate <= today;
    if (c.signatureDate.isValid())
        row.daysSinceSignature = int(c.signatureDate.daysTo(today));
    row.graduated = facts.isGraduated();

    // Kickoff
    row.kickoffHeld = facts.kickoffHeld();
    if (signedUp) {
        const QDate deadline =
            facts.calendar.addBusinessDays(c.signatureDate, settings.slowStartBusinessDays);
        row.kickoffDue = row.kickoffHeld || today > deadline;
        if (row.kickoffHeld)
            row.timeToKickoff = facts.calendar.businessDaysBetween(c.signatureDate, c.kickoffDate);
    }

    // First value
    const FirstValueTargets targets = settings.firstValueTargets();
    row.ttfvTargetDays = targets.forTier(c.tier);
    if (c.firstValueDate.isValid() && c.firstValueDate <= today) {
        row.firstValueDate = c.firstValueDate;
    } else if (std::any_of(facts.file.tasks.cbegin(), facts.file.tasks.cend(),
                           [](const PlanTask &t) { return t.firstValue; })) {
        const FirstValueForecast forecast =
            forecastFirstValue(facts.file, facts.calendar, targets, today);
        if (forecast.reached && forecast.projected.isValid() && forecast.projected <= today)
            row.firstValueDate = forecast.projected;
        else if (forecast.hasMilestone)
            row.firstValueForecast = forecast.projected;
    }
    if (signedUp) {
        if (row.firstValueDate.isValid())
            row.ttfvDays = int(c.signatureDate.daysTo(row.firstValueDate));
        else
            row.daysWithoutFirstValue = int(c.signatureDate.daysTo(today));
    }

    // Milestones against their baseline
    for (const PlanTask &task : facts.file.tasks) {
        if (!task.isMilestone() || !task.isDone() || !task.baselineFinish.isValid() ||
            !task.finish.isValid())
            continue;
        ++row.milestonesFinished;
        row.milestonesOnTime += task.finish <= task.baselineFinish ? 1 : 0;
    }
    row.onTimeRate = ratio(row.milestonesOnTime, row.milestonesFinished);

    // Adoption
    row.hasUsage = facts.adoption.hasData;
    if (row.hasUsage) {
        row.adoptionRate = facts.adoption.adoptionRate;
        row.adoptionAt30 = facts.adoption.adoptionAtTarget;
    }

    // Goals
    row.objectives = int(facts.file.objectives.size());
    const QDate goalDay =
        c.signatureDate.isValid() ? c.signatureDate.addDays(settings.goalAchievementDay) : QDate();
    row.goalDayReached = goalDay.isValid() && goalDay <= today;
    for (const Objective &objective : facts.file.objectives) {
        if (objectiveProgress(objective, facts.file.measurements, today).status ==
            ObjectiveStatus::Achieved)
            ++row.objectivesAchieved;
        if (row.goalDayReached) {
            ++row.objectivesAtGoalDay;
            if (objectiveProgress(objective, facts.file.measurements, goalDay).status ==
                ObjectiveStatus::Achieved)
                ++row.achievedAtGoalDay;
        }
    }
    row.goalAchievement = ratio(row.objectivesAchieved, row.objectives);

    row.survey = summariseSurvey(facts.file.surveyResponses);
    row.nextMilestone = nextMilestone(facts);
    row.completionDue = row.graduated || (signedUp && c.signatureDate.daysTo(today) >=
                                                          settings.onboardingLengthDays);

    row.health = customerHealth(facts, settings);
    row.alerts = customerAlerts(facts, settings);
    row.todayItems = todayItems(facts, settings);
    return row;
}

PortfolioRow computeRow(const Workspace &workspace, const CustomerId &customer,
                        const PortfolioSettings &settings, const QDate &today)
{
    return computeRow(gatherFacts(workspace, customer, settings, today), settings);
}

QList<PortfolioRow> computeRows(const Workspace &workspace, const PortfolioSettings &settings,
                                const QDate &today)
{
    const QList<CustomerId> ids = workspace.customerIds();
    // One read of every customer's usage data instead of one per customer.
    const QHash<CustomerId, UsageRollups> usage = workspace.allUsageRollups();
    const UsageRollups none;
    const auto rowsOf = [&](qsizetype from, qsizetype to) {
        QList<PortfolioRow> part;
        part.reserve(to - from);
        for (qsizetype i = from; i < to; ++i) {
            const auto it = usage.constFind(ids.at(i));
            part.append(computeRow(gatherFacts(workspace, ids.at(i), settings, today,
                                               it == usage.constEnd() ? none : *it),
                                   settings));
        }
        return part;
    };
    // Rows are independent and only read the workspace, so a large portfolio is split over two
    // threads: it is computed when the application opens on it.
    const qsizetype half =
        ids.size() >= 200 && std::thread::hardware_concurrency() > 1 ? ids.size() / 2 : ids.size();
    std::future<QList<PortfolioRow>> second;
    if (half < ids.size())
        second = std::async(std::launch::async, rowsOf, half, ids.size());
    QList<PortfolioRow> rows = rowsOf(0, half);
    if (second.valid())
        rows.append(second.get());
    return rows;
}

std::optional<bool> PortfolioMetric::onTarget() const
{
    if (!value)
        return std::nullopt;
    return lowerIsBetter ? *value <= target : *value >= target;
}

const PortfolioMetric *PortfolioMetrics::metric(QStringView key) const
{
    for (const PortfolioMetric &m : metrics) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

PortfolioMetrics aggregatePortfolio(const QList<PortfolioRow> &rows,
                                    const PortfolioSettings &settings, const QDate &today)
{
    PortfolioMetrics result;
    result.today = today;
    result.customers = int(rows.size());

    QList<double> kickoffDays;
    int kickoffDue = 0;
    int kickoffHeld = 0;
    QList<double> ttfv;
    int ttfvWithin = 0;
    int milestonesFinished = 0;
    int milestonesOnTime = 0;
    QList<double> adoption30;
    int adoptionOnTarget = 0;
    int objectivesAtGoalDay = 0;
    int achievedAtGoalDay = 0;
    int goalCustomers = 0;
    int completionDue = 0;
    int completed = 0;
    int satisfactionAnswers = 0;
    double satisfactionSum = 0;
    int npsAnswers = 0;
    int promoters = 0;
    int detractors = 0;

    result.ttfvDistribution = {
        {0, 7, 0, PortfolioText::tr("0-7 days")},
        {8, 14, 0, PortfolioText::tr("8-14 days")},
        {15, 30, 0, PortfolioText::tr("15-30 days")},
        {31, 60, 0, PortfolioText::tr("31-60 days")},
        {61, 90, 0, PortfolioText::tr("61-90 days")},
        {91, -1, 0, PortfolioText::tr("over 90 days")},
    };
    QMap<QDate, SignatureCohort> cohorts;
    QMap<QDate, QList<double>> cohortTtfv;

    for (const PortfolioRow &row : rows) {
        if (row.kickoffDue) {
            ++kickoffDue;
            kickoffHeld += row.kickoffHeld ? 1 : 0;
        }
        if (row.timeToKickoff)
            kickoffDays.append(*row.timeToKickoff);
        if (row.ttfvDays) {
            ttfv.append(*row.ttfvDays);
            ttfvWithin += *row.ttfvDays <= row.ttfvTargetDays ? 1 : 0;
            for (TtfvBucket &bucket : result.ttfvDistribution) {
                if (*row.ttfvDays >= bucket.fromDays &&
                    (bucket.toDays < 0 || *row.ttfvDays <= bucket.toDays)) {
                    ++bucket.customers;
                    break;
                }
            }
        } else if (row.signatureDate.isValid()) {
            ++result.withoutFirstValue;
        }
        milestonesFinished += row.milestonesFinished;
        milestonesOnTime += row.milestonesOnTime;
        if (row.adoptionAt30) {
            adoption30.append(*row.adoptionAt30);
            adoptionOnTarget += *row.adoptionAt30 >= settings.adoptionTarget ? 1 : 0;
        }
        if (row.goalDayReached && row.objectivesAtGoalDay > 0) {
            ++goalCustomers;
            objectivesAtGoalDay += row.objectivesAtGoalDay;
            achievedAtGoalDay += row.achievedAtGoalDay;
        }
        if (row.completionDue) {
            ++completionDue;
            completed += row.graduated ? 1 : 0;
        }
        if (row.survey.averageSatisfaction) {
            satisfactionAnswers += row.survey.satisfactionAnswers;
            satisfactionSum += *row.survey.averageSatisfaction * row.survey.satisfactionAnswers;
        }
        npsAnswers += row.survey.npsAnswers;
        promoters += row.survey.promoters;
        detractors += row.survey.detractors;

        if (row.signatureDate.isValid()) {
            const QDate month(row.signatureDate.year(), row.signatureDate.month(), 1);
            SignatureCohort &cohort = cohorts[month];
            cohort.month = month;
            ++cohort.customers;
            if (row.ttfvDays) {
                ++cohort.withFirstValue;
                cohortTtfv[month].append(*row.ttfvDays);
            }
        }
        result.alerts += activeAlertCount(row.alerts);
        if (row.health.score)
            ++result.healthBands.at(size_t(row.health.band));
        result.todayItems += row.todayItems;
    }

    for (SignatureCohort &cohort : cohorts) {
        cohort.medianTtfv = median(cohortTtfv.value(cohort.month));
        cohort.shareWithFirstValue = double(cohort.withFirstValue) / cohort.customers;
        result.cohorts.append(cohort);
    }

    std::stable_sort(result.todayItems.begin(), result.todayItems.end(), todayLess);

    const auto mean = [](const QList<double> &values) -> std::optional<double> {
        if (values.isEmpty())
            return std::nullopt;
        return std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
    };
    const auto number = [](double value) { return QLocale().toString(value, 'f', 1); };

    PortfolioMetric kickoff;
    kickoff.key = QStringLiteral("time_to_kickoff");
    kickoff.label = PortfolioText::tr("Time to kickoff (median)");
    kickoff.unit = MetricUnit::BusinessDays;
    kickoff.value = median(kickoffDays);
    kickoff.target = settings.slowStartBusinessDays;
    kickoff.lowerIsBetter = true;
    kickoff.count = int(kickoffDays.size());
    if (kickoff.value) {
        const int within = int(std::count_if(kickoffDays.cbegin(), kickoffDays.cend(),
                                             [&](double d) { return d <= kickoff.target; }));
        kickoff.detail = PortfolioText::tr("mean %1, %2 of %3 within %4")
                             .arg(number(*mean(kickoffDays)))
                             .arg(within)
                             .arg(kickoff.count)
                             .arg(businessDays(settings.slowStartBusinessDays));
    }
    result.metrics.append(kickoff);

    PortfolioMetric completion;
    completion.key = QStringLiteral("kickoff_completion");
    completion.label = PortfolioText::tr("Kickoff completion");
    completion.unit = MetricUnit::Fraction;
    completion.value = ratio(kickoffHeld, kickoffDue);
    completion.target = settings.kickoffCompletionTarget;
    completion.count = kickoffDue;
    if (completion.value)
        completion.detail =
            PortfolioText::tr("%1 of %2 kickoffs due were held").arg(kickoffHeld).arg(kickoffDue);
    result.metrics.append(completion);

    PortfolioMetric firstValue;
    firstValue.key = QStringLiteral("ttfv");
    firstValue.label = PortfolioText::tr("Time to first value (median)");
    firstValue.unit = MetricUnit::Days;
    firstValue.value = median(ttfv);
    firstValue.target = settings.ttfvTargetDays;
    firstValue.lowerIsBetter = true;
    firstValue.count = int(ttfv.size());
    if (firstValue.value)
        firstValue.detail =
            PortfolioText::tr("%1 of %2 within their tier's target, %3 not reached yet")
                .arg(ttfvWithin)
                .arg(firstValue.count)
                .arg(result.withoutFirstValue);
    result.metrics.append(firstValue);

    PortfolioMetric onTime;
    onTime.key = QStringLiteral("on_time_rate");
    onTime.label = PortfolioText::tr("Implementation on-time rate");
    onTime.unit = MetricUnit::Fraction;
    onTime.value = ratio(milestonesOnTime, milestonesFinished);
    onTime.target = settings.onTimeRateTarget;
    onTime.count = milestonesFinished;
    if (onTime.value)
        onTime.detail = PortfolioText::tr("%1 of %2 milestones done by their baseline date")
                            .arg(milestonesOnTime)
                            .arg(milestonesFinished);
    result.metrics.append(onTime);

    PortfolioMetric adoption;
    adoption.key = QStringLiteral("adoption_30_days");
    adoption.label = PortfolioText::tr("User adoption %1 after go-live (mean)")
                         .arg(days(settings.adoptionAfterDays));
    adoption.unit = MetricUnit::Fraction;
    adoption.value = mean(adoption30);
    adoption.target = settings.adoptionTarget;
    adoption.count = int(adoption30.size());
    if (adoption.value)
        adoption.detail =
            PortfolioText::tr("%1 of %2 on target")
                .arg(adoptionOnTarget)
                .arg(counted(adoption.count, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 customer"),
                             QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 customers")));
    result.metrics.append(adoption);

    PortfolioMetric goals;
    goals.key = QStringLiteral("goal_achievement");
    goals.label = PortfolioText::tr("Goal achievement by day %1").arg(settings.goalAchievementDay);
    goals.unit = MetricUnit::Fraction;
    goals.value = ratio(achievedAtGoalDay, objectivesAtGoalDay);
    goals.target = settings.goalAchievementTarget;
    goals.count = goalCustomers;
    if (goals.value)
        goals.detail =
            PortfolioText::tr("%1 of %2 objectives achieved, %3")
                .arg(achievedAtGoalDay)
                .arg(objectivesAtGoalDay)
                .arg(counted(goalCustomers, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 customer"),
                             QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 customers")));
    result.metrics.append(goals);

    PortfolioMetric done;
    done.key = QStringLiteral("onboarding_completion");
    done.label = PortfolioText::tr("Onboarding completion");
    done.unit = MetricUnit::Fraction;
    done.value = ratio(completed, completionDue);
    done.target = settings.completionTarget;
    done.count = completionDue;
    if (done.value)
        done.detail = PortfolioText::tr("%1 of %2 graduated (signed %3 ago or more, or graduated)")
                          .arg(completed)
                          .arg(completionDue)
                          .arg(days(settings.onboardingLengthDays));
    result.metrics.append(done);

    PortfolioMetric satisfaction;
    satisfaction.key = QStringLiteral("satisfaction");
    satisfaction.label = PortfolioText::tr("Onboarding satisfaction (1-5)");
    satisfaction.unit = MetricUnit::Satisfaction;
    if (satisfactionAnswers > 0)
        satisfaction.value = satisfactionSum / satisfactionAnswers;
    satisfaction.target = settings.satisfactionTarget;
    satisfaction.count = satisfactionAnswers;
    if (satisfaction.value)
        satisfaction.detail =
            counted(satisfactionAnswers, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 answer"),
                    QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 answers"));
    result.metrics.append(satisfaction);

    PortfolioMetric nps;
    nps.key = QStringLiteral("nps");
    nps.label = PortfolioText::tr("Onboarding NPS");
    nps.unit = MetricUnit::Nps;
    if (npsAnswers > 0)
        nps.value = 100.0 * (promoters - detractors) / npsAnswers;
    nps.target = settings.npsTarget;
    nps.count = npsAnswers;
    if (nps.value)
        nps.detail = PortfolioText::tr("promoters %1, detractors %2, of %3")
                         .arg(promoters)
                         .arg(detractors)
                         .arg(counted(npsAnswers, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 answer"),
                                      QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 answers")));
    result.metrics.append(nps);
    return result;
}

void PortfolioSnapshot::computeAll(const Workspace &workspace, const PortfolioSettings &settings,
                                   const QDate &today)
{
    m_settings = settings;
    m_today = today;
    m_rows = computeRows(workspace, settings, today);
    reindex();
    m_metrics = aggregatePortfolio(m_rows, m_settings, m_today);
}

void PortfolioSnapshot::recompute(const Workspace &workspace, const CustomerId &customer)
{
    recomputeRow(workspace, customer);
    m_metrics = aggregatePortfolio(m_rows, m_settings, m_today);
}

void PortfolioSnapshot::recompute(const Workspace &workspace, const QList<CustomerId> &customers)
{
    for (const CustomerId &customer : customers)
        recomputeRow(workspace, customer);
    m_metrics = aggregatePortfolio(m_rows, m_settings, m_today);
}

void PortfolioSnapshot::recomputeRow(const Workspace &workspace, const CustomerId &customer)
{
    const int index = indexOf(customer);
    if (!workspace.customer(customer)) {
        if (index >= 0) {
            m_rows.removeAt(index);
            reindex();
        }
    } else if (index >= 0) {
        m_rows[index] = computeRow(workspace, customer, m_settings, m_today);
    } else {
        m_rows.append(computeRow(workspace, customer, m_settings, m_today));
        reindex();
    }
}

void PortfolioSnapshot::reindex()
{
    m_index.clear();
    for (int i = 0; i < int(m_rows.size()); ++i)
        m_index.insert(m_rows.at(i).id, i);
}

} // namespace Csm
