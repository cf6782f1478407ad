#include "reportcontent.h"

#include "adoption/adoptionmetrics.h"
#include "commands/timelinecommands.h"
#include "domain/enums.h"
#include "successplan/objectiveprogress.h"
#include "successplan/valuereview.h"
#include "timeline/firstvalue.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::Report)
};

// Singular and plural written out in the source: the report is also made by csmw, which loads
// no translation, and "%n day(s)" must not reach a customer's PDF.
QString counted(int n, const char *one, const char *many)
{
    return ReportText::tr(n == 1 ? one : many).arg(n);
}

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

// A value as people write it: at most two decimals, no trailing zeros.
QString number(double value, const QLocale &locale)
{
    return reportNumber(value, locale);
}

QString withUnit(double value, const QString &unit, const QLocale &locale)
{
    const QString n = number(value, locale);
    return unit.isEmpty() ? n : n + QLatin1Char(' ') + unit;
}

QString percent(double fraction, const QLocale &locale)
{
    return locale.toString(std::lround(fraction * 100.0)) + QStringLiteral(" %");
}

QString shortDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString longDate(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::LongFormat) : QString();
}

// Weeks of the onboarding clock start at the signature, else at the kickoff.
QDate clockStart(const Customer &customer)
{
    return customer.signatureDate.isValid() ? customer.signatureDate : customer.kickoffDate;
}

QString objectiveTrend(const Objective &objective, const QList<Measurement> &measurements,
                       const ObjectiveProgress &progress, const QDate &asOf)
{
    if (progress.measurementCount < 2 || !progress.latest)
        return ReportText::tr("Not enough data");
    // The reading before the latest one, by the same order objectiveProgress uses.
    const Measurement *previous = nullptr;
    for (const Measurement &m : measurements) {
        if (m.objectiveId != objective.id || !m.date.isValid() || m.date > asOf ||
            m.id == progress.latest->id)
            continue;
        if (m.date > progress.latest->date)
            continue;
        if (!previous || m.date >= previous->date)
            previous = &m;
    }
    if (!previous)
        return ReportText::tr("Not enough data");
    const double change = progress.latest->value - previous->value;
    const double direction = objective.target >= objective.baseline ? 1.0 : -1.0;
    if (std::abs(change) < 1e-9)
        return ReportText::tr("Flat");
    return change * direction > 0 ? ReportText::tr("Improving") : ReportText::tr("Worsening");
}

ReportSection coverSection(const Customer &customer, const QList<Stakeholder> &people,
                           ReportKind kind, const QDate &asOf, const QLocale &locale)
{
    ReportSection section;
    section.key = key(ReportSectionKey::cover);
    section.title = reportKindTitle(kind);
    const Stakeholder *sponsor = nullptr;
    for (const StakeholderRole role :
         {StakeholderRole::ExecutiveSponsor, StakeholderRole::DecisionMaker}) {
        for (const Stakeholder &s : people) {
            if (s.side == Side::Customer && s.role == role) {
                sponsor = &s;
                break;
            }
        }
        if (sponsor)
            break;
    }
    ReportTable table;
    table.header = {ReportText::tr("Item"), ReportText::tr("Details")};
    table.rows.append({ReportText::tr("Customer"), customer.accountName});
    table.rows.append({ReportText::tr("Meeting"), reportKindTitle(kind)});
    table.rows.append({ReportText::tr("Date"), longDate(asOf, locale)});
    table.rows.append({ReportText::tr("Customer success manager"), customer.csmOwner.isEmpty()
                                                                       ? ReportText::tr("Not named")
                                                                       : customer.csmOwner});
    QString sponsorText = ReportText::tr("Not named");
    if (sponsor) {
        sponsorText = sponsor->name;
        if (!sponsor->title.isEmpty())
            sponsorText = ReportText::tr("%1, %2").arg(sponsor->name, sponsor->title);
    }
    table.rows.append({ReportText::tr("Executive sponsor"), sponsorText});
    if (customer.signatureDate.isValid()) {
        table.rows.append(
            {ReportText::tr("Signed"), ReportText::tr("%1 (day %2 today)")
                                           .arg(longDate(customer.signatureDate, locale))
                                           .arg(customer.daysSinceSignature(asOf))});
    }
    if (!customer.primaryUseCase.isEmpty())
        table.rows.append({ReportText::tr("Primary use case"), customer.primaryUseCase});
    section.addTable(table);
    return section;
}

ReportChart objectiveChart(const Objective &objective, const QList<Measurement> &measurements,
                           const QDate &asOf, const QLocale &locale)
{
    ReportChart chart;
    chart.type = ReportChart::Type::Line;
    chart.title = objective.metric;
    chart.unit = objective.unit;
    chart.baseline = objective.baseline;
    chart.target = objective.target;
    chart.targetLabel = ReportText::tr("Target");
    QList<Measurement> own;
    for (const Measurement &m : measurements) {
        if (m.objectiveId == objective.id && m.date.isValid() && m.date <= asOf)
            own.append(m);
    }
    std::stable_sort(own.begin(), own.end(),
                     [](const Measurement &a, const Measurement &b) { return a.date < b.date; });
    for (const Measurement &m : own)
        chart.points.append({locale.toString(m.date, QStringLiteral("d MMM")), m.value});
    return chart;
}

ReportSection goalsSection(const Customer &customer, const QList<Objective> &objectives,
                           const QList<Measurement> &measurements, const QDate &asOf,
                           const QLocale &locale)
{
    ReportSection section;
    section.key = key(ReportSectionKey::goals);
    section.title = ReportText::tr("Goals and progress");
    if (objectives.isEmpty()) {
        section.addParagraph(
            ReportText::tr("No measurable objectives have been agreed yet. Agreeing two or "
                           "three goals with a baseline and a target is the first step of "
                           "the next period."));
        return section;
    }
    ReportTable table;
    table.header = {ReportText::tr("Objective"), ReportText::tr("Baseline"),
                    ReportText::tr("Target"),    ReportText::tr("Actual"),
                    ReportText::tr("Status"),    ReportText::tr("Trend")};
    table.numeric = {false, true, true, true, false, false};
    struct Goal
    {
        const Objective *objective;
        ObjectiveProgress progress;
    };
    QList<Goal> goals;
    int achieved = 0;
    for (const Objective &objective : objectives) {
        const ObjectiveProgress progress = objectiveProgress(objective, measurements, asOf);
        goals.append({&objective, progress});
        if (progress.status == ObjectiveStatus::Achieved)
            ++achieved;
        table.rows.append({objective.metric, withUnit(objective.baseline, objective.unit, locale),
                           withUnit(objective.target, objective.unit, locale),
                           progress.latest
                               ? withUnit(progress.latest->value, objective.unit, locale)
                               : ReportText::tr("No data"),
                           enumDisplayName(progress.status),
                           objectiveTrend(objective, measurements, progress, asOf)});
    }
    section.addParagraph(
        ReportText::tr("%1 of %2 achieved so far.")
            .arg(achieved)
            .arg(counted(int(objectives.size()), QT_TRANSLATE_NOOP("Csm::Report", "%1 objective"),
                         QT_TRANSLATE_NOOP("Csm::Report", "%1 objectives"))));
    section.addTable(table);

    const QDate start = clockStart(customer);
    for (const Goal &goal : goals) {
        const Objective &objective = *goal.objective;
        section.addSubheading(objective.metric);
        GoalSentenceInput input;
        input.metric = objective.metric;
        input.unit = objective.unit;
        input.baseline = objective.baseline;
        input.target = objective.target;
        input.targetDate = objective.targetDate;
        input.statusKey = enumKey(goal.progress.status);
        if (start.isValid() && objective.targetDate.isValid())
            input.targetWeek =
                std::max<int>(1, int(std::ceil(start.daysTo(objective.targetDate) / 7.0)));
        if (goal.progress.latest) {
            input.actual = goal.progress.latest->value;
            if (start.isValid())
                input.weeksSoFar =
                    std::max<int>(0, int(start.daysTo(goal.progress.latest->date) / 7));
        }
        section.addParagraph(goalSentence(input, locale));
        if (goal.progress.measurementCount > 0)
            section.addChart(objectiveChart(objective, measurements, asOf, locale));
    }
    return section;
}

ReportSection firstValueSection(const Workspace &ws, const OnboardingFile &file, const QDate &asOf,
                                const QLocale &locale)
{
    const Customer &customer = file.customer;
    ReportSection section;
    section.key = key(ReportSectionKey::firstValue);
    section.title = ReportText::tr("Time to first value");

    QList<int> portfolio;
    for (const CustomerId &id : ws.customerIds()) {
        const Customer *c = ws.customer(id);
        if (c && c->signatureDate.isValid() && c->firstValueDate.isValid())
            portfolio.append(int(c->signatureDate.daysTo(c->firstValueDate)));
    }

    const FirstValueTargets targets;
    const FirstValueForecast forecast =
        forecastFirstValue(file, workspaceCalendar(ws), targets, asOf);
    const int targetDays = targets.forTier(customer.tier);

    if (!customer.signatureDate.isValid()) {
        section.addParagraph(ReportText::tr(
            "No signature date is recorded, so time to first value cannot be counted."));
        return section;
    }
    ReportTable table;
    table.header = {ReportText::tr("Measure"), ReportText::tr("Date"),
                    ReportText::tr("Days from signature")};
    table.numeric = {false, false, true};
    if (customer.firstValueDate.isValid()) {
        const int days = int(customer.signatureDate.daysTo(customer.firstValueDate));
        section.addParagraph(ReportText::tr("First value was reached on %1, %2 after signature.")
                                 .arg(longDate(customer.firstValueDate, locale),
                                      counted(days, QT_TRANSLATE_NOOP("Csm::Report", "%1 day"),
                                              QT_TRANSLATE_NOOP("Csm::Report", "%1 days"))));
        table.rows.append({ReportText::tr("First value reached"),
                           shortDate(customer.firstValueDate, locale), locale.toString(days)});
    } else if (forecast.hasMilestone && forecast.reached && forecast.projected.isValid()) {
        // The plan's first-value milestone is done though no first value date was entered.
        section.addParagraph(
            ReportText::tr("First value was reached on %1 with \"%2\", %3 after signature.")
                .arg(longDate(forecast.projected, locale), forecast.milestoneName,
                     counted(forecast.projectedDays, QT_TRANSLATE_NOOP("Csm::Report", "%1 day"),
                             QT_TRANSLATE_NOOP("Csm::Report", "%1 days"))));
        table.rows.append({ReportText::tr("First value reached"),
                           shortDate(forecast.projected, locale),
                           locale.toString(forecast.projectedDays)});
    } else if (forecast.hasMilestone && forecast.projected.isValid()) {
        section.addParagraph(
            ReportText::tr(
                "First value is not reached yet. At the pace so far, \"%1\" is expected on %2, "
                "%3 after signature.")
                .arg(forecast.milestoneName, longDate(forecast.projected, locale),
                     counted(forecast.projectedDays, QT_TRANSLATE_NOOP("Csm::Report", "%1 day"),
                             QT_TRANSLATE_NOOP("Csm::Report", "%1 days"))));
        table.rows.append({ReportText::tr("First value forecast"),
                           shortDate(forecast.projected, locale),
                           locale.toString(forecast.projectedDays)});
    } else {
        section.addParagraph(ReportText::tr("First value is not reached yet, and the plan has no "
                                            "first-value milestone to forecast it from."));
    }
    if (forecast.hasMilestone && forecast.planned.isValid())
        table.rows.append({ReportText::tr("Plan"), shortDate(forecast.planned, locale),
                           locale.toString(forecast.plannedDays)});
    table.rows.append(
        {ReportText::tr("Target for the tier (%1)").arg(enumDisplayName(customer.tier)), QString(),
         locale.toString(targetDays)});
    if (!portfolio.isEmpty())
        table.rows.append({ReportText::tr("Portfolio median (%1)")
                               .arg(counted(int(portfolio.size()),
                                            QT_TRANSLATE_NOOP("Csm::Report", "%1 customer"),
                                            QT_TRANSLATE_NOOP("Csm::Report", "%1 customers"))),
                           QString(), number(medianOf(portfolio), locale)});
    section.addTable(table);
    return section;
}

// Adoption as of the meeting date: the figures of the 90 days before it.
ReportSection adoptionSection(const Workspace &ws, const Customer &customer, const QDate &asOf,
                              const QLocale &locale)
{
    ReportSection section;
    section.key = key(ReportSectionKey::adoption);
    section.title = ReportText::tr("Adoption");
    const AdoptionMetrics metrics =
        computeAdoptionMetrics(ws.usageRollups(customer.id), ws.adoptionInputs(customer.id, asOf));
    if (!metrics.hasData) {
        section.addParagraph(
            ReportText::tr("No product usage has been imported for this customer yet."));
        return section;
    }
    const int seats = metrics.licensedSeats > 0 ? metrics.licensedSeats : metrics.usersProvisioned;
    section.addParagraph(
        ReportText::tr(
            "%1 of %2 licensed seats were active in the last 30 days (%3); usage is %4 against "
            "the three weeks before.")
            .arg(locale.toString(metrics.monthlyActive), locale.toString(seats),
                 percent(metrics.adoptionRate, locale), trendLabel(metrics.trend).toLower()));
    ReportTable table;
    table.header = {ReportText::tr("Measure"), ReportText::tr("Value")};
    table.numeric = {false, true};
    table.rows.append({ReportText::tr("Licensed seats"), locale.toString(seats)});
    table.rows.append(
        {ReportText::tr("Active users, last 30 days"), locale.toString(metrics.monthlyActive)});
    table.rows.append(
        {ReportText::tr("Active users, last 7 days"), locale.toString(metrics.weeklyActive)});
    table.rows.append(
        {ReportText::tr("Adoption (active users / seats)"), percent(metrics.adoptionRate, locale)});
    table.rows.append({ReportText::tr("Login rate"), percent(metrics.loginRate, locale)});
    if (!metrics.activationEvent.isEmpty())
        table.rows.append({ReportText::tr("Activation rate (%1)").arg(metrics.activationEvent),
                           percent(metrics.activationRate, locale)});
    table.rows.append(
        {ReportText::tr("Trend"), ReportText::tr("%1 (%2)").arg(
                                      trendLabel(metrics.trend),
                                      (metrics.trendChange >= 0 ? QStringLiteral("+") : QString()) +
                                          percent(metrics.trendChange, locale))});
    if (!metrics.training.isEmpty())
        table.rows.append(
            {ReportText::tr("Training completion"), percent(metrics.trainingCompletion, locale)});
    section.addTable(table);

    if (!metrics.features.isEmpty()) {
        section.addSubheading(ReportText::tr("Feature adoption"));
        ReportTable features;
        features.header = {ReportText::tr("Feature"), ReportText::tr("Users"),
                           ReportText::tr("Share of active users")};
        features.numeric = {false, true, true};
        for (const FeatureAdoption &f : metrics.features.mid(0, 8))
            features.rows.append({f.feature, locale.toString(f.users), percent(f.share, locale)});
        section.addTable(features);
    }
    if (!metrics.weeks.isEmpty()) {
        ReportChart chart;
        chart.type = ReportChart::Type::Bar;
        chart.title = ReportText::tr("Weekly active users");
        // The last twelve weeks at most, from the first week with any use.
        qsizetype from = std::max<qsizetype>(0, metrics.weeks.size() - 12);
        while (from < metrics.weeks.size() - 1 && metrics.weeks.at(from).activeUsers == 0)
            ++from;
        for (qsizetype i = from; i < metrics.weeks.size(); ++i)
            chart.points.append(
                {locale.toString(metrics.weeks.at(i).weekStart, QStringLiteral("d MMM")),
                 double(metrics.weeks.at(i).activeUsers)});
        if (seats > 0) {
            chart.target = seats;
            chart.targetLabel = ReportText::tr("Seats");
        }
        section.addChart(chart);
    }
    return section;
}

ReportSection nextQuarterSection(const OnboardingFile &file, ReportKind kind, const QDate &asOf,
                                 const QLocale &locale)
{
    ReportSection section;
    section.key = key(ReportSectionKey::nextQuarter);
    section.title = kind == ReportKind::Graduation ? ReportText::tr("New goals and next steps")
                                                   : ReportText::tr("Next quarter");
    ReportTable goals;
    goals.header = {ReportText::tr("Objective"), ReportText::tr("Target"), ReportText::tr("By"),
                    ReportText::tr("Status")};
    goals.numeric = {false, true, false, false};
    for (const Objective &objective : file.objectives) {
        if (!objective.targetDate.isValid() || objective.targetDate <= asOf)
            continue;
        const ObjectiveProgress progress = objectiveProgress(objective, file.measurements, asOf);
        goals.rows.append({objective.metric, withUnit(objective.target, objective.unit, locale),
                           shortDate(objective.targetDate, locale),
                           enumDisplayName(progress.status)});
    }
    ReportTable actions;
    actions.header = {ReportText::tr("Action"), ReportText::tr("Owner"), ReportText::tr("Due"),
                      ReportText::tr("Status")};
    QList<ActionItem> open;
    for (const ActionItem &a : file.actions) {
        if (a.status != ActionStatus::Done)
            open.append(a);
    }
    std::stable_sort(open.begin(), open.end(), [](const ActionItem &a, const ActionItem &b) {
        if (a.dueDate.isValid() != b.dueDate.isValid())
            return a.dueDate.isValid();
        return a.dueDate < b.dueDate;
    });
    for (const ActionItem &a : open)
        actions.rows.append(
            {a.task, a.owner, shortDate(a.dueDate, locale),
             a.isOverdue(asOf) ? ReportText::tr("Overdue") : enumDisplayName(a.status)});

    if (goals.rows.isEmpty() && actions.rows.isEmpty()) {
        section.addParagraph(
            ReportText::tr("No goals with a later target date and no open actions."));
        return section;
    }
    if (!goals.rows.isEmpty()) {
        section.addSubheading(ReportText::tr("Goals ahead"));
        section.addTable(goals);
    }
    if (!actions.rows.isEmpty()) {
        section.addSubheading(ReportText::tr("Open actions"));
        section.addTable(actions);
    }
    return section;
}

QString money(double amount, const Customer &customer, const QLocale &locale)
{
    return locale.toString(std::llround(amount)) + QLatin1Char(' ') + customer.currency;
}

// Value delivered: each value item's hours saved x rate, revenue and cost impact, per year.
std::optional<ReportSection> valueDeliveredSection(const OnboardingFile &file,
                                                   const QLocale &locale)
{
    if (file.valueItems.isEmpty())
        return std::nullopt;
    ReportSection section;
    section.key = key(ReportSectionKey::valueDelivered);
    section.title = ReportText::tr("Value delivered");
    const ValueTotals totals = valueTotals(file.valueItems);
    section.addParagraph(
        ReportText::tr("About %1 a year so far: %2 hours saved a month, revenue and cost "
                       "impact included.")
            .arg(money(totals.totalPerYear, file.customer, locale),
                 number(totals.hoursSavedPerMonth, locale)));
    ReportTable table;
    table.header = {ReportText::tr("Value"), ReportText::tr("Hours saved a month"),
                    ReportText::tr("Hours x rate a year"), ReportText::tr("Revenue a year"),
                    ReportText::tr("Cost a year")};
    table.numeric = {false, true, true, true, true};
    for (const ValueItem &item : file.valueItems)
        table.rows.append({item.description, number(item.hoursSavedPerMonth, locale),
                           money(hoursValuePerMonth(item) * 12, file.customer, locale),
                           money(double(item.revenueImpact), file.customer, locale),
                           money(double(item.costImpact), file.customer, locale)});
    section.addTable(table);
    return section;
}

// Expansion: the whitespace map, with advocates and skeptics.
std::optional<ReportSection> expansionSection(const OnboardingFile &file, const QLocale &locale)
{
    if (file.opportunities.isEmpty())
        return std::nullopt;
    ReportSection section;
    section.key = key(ReportSectionKey::expansion);
    section.title = ReportText::tr("Expansion opportunities");
    const WhitespaceTotals totals = whitespaceTotals(file.opportunities);
    section.addParagraph(ReportText::tr("Open opportunities worth %1 in annual recurring revenue.")
                             .arg(money(double(totals.open), file.customer, locale)));
    ReportTable table;
    table.header = {ReportText::tr("Opportunity"), ReportText::tr("Kind"),
                    ReportText::tr("Status"),      ReportText::tr("Potential ARR"),
                    ReportText::tr("Advocates"),   ReportText::tr("Skeptics")};
    table.numeric = {false, false, false, true, false, false};
    for (const WhitespaceOpportunity &o : file.opportunities)
        table.rows.append({o.name, enumDisplayName(o.dimension), enumDisplayName(o.status),
                           money(double(o.potentialArr), file.customer, locale), o.advocates,
                           o.skeptics});
    section.addTable(table);
    return section;
}

// The onboarding survey: average satisfaction and NPS against the targets, and what each
// respondent said.
std::optional<ReportSection> surveySection(const OnboardingFile &file, const QLocale &locale)
{
    if (file.surveyResponses.isEmpty())
        return std::nullopt;
    ReportSection section;
    section.key = key(ReportSectionKey::survey);
    section.title = ReportText::tr("Onboarding survey");
    const SurveySummary summary = summariseSurvey(file.surveyResponses);
    const QString responses =
        counted(summary.responses, QT_TRANSLATE_NOOP("Csm::Report", "%1 response"),
                QT_TRANSLATE_NOOP("Csm::Report", "%1 responses"));
    const QString satisfaction =
        summary.averageSatisfaction
            ? ReportText::tr("%1 out of 5").arg(number(*summary.averageSatisfaction, locale))
            : ReportText::tr("not given");
    const QString nps = summary.nps ? number(*summary.nps, locale) : ReportText::tr("not given");
    section.addParagraph(
        ReportText::tr("%1: satisfaction %2 (target above 4.5), onboarding NPS %3 (target "
                       "above 50).")
            .arg(responses, satisfaction, nps));
    ReportTable figures;
    figures.header = {ReportText::tr("Measure"), ReportText::tr("Value")};
    figures.numeric = {false, true};
    figures.rows.append(
        {ReportText::tr("Average satisfaction (1-5)"),
         summary.averageSatisfaction ? number(*summary.averageSatisfaction, locale) : QString()});
    figures.rows.append({ReportText::tr("Onboarding NPS"), nps});
    figures.rows.append({ReportText::tr("Promoters (9-10)"), locale.toString(summary.promoters)});
    figures.rows.append({ReportText::tr("Passives (7-8)"), locale.toString(summary.passives)});
    figures.rows.append({ReportText::tr("Detractors (0-6)"), locale.toString(summary.detractors)});
    section.addTable(figures);

    ReportTable answers;
    answers.header = {ReportText::tr("Respondent"), ReportText::tr("Role"),
                      ReportText::tr("Satisfaction"), ReportText::tr("Recommend"),
                      ReportText::tr("Comment")};
    answers.numeric = {false, false, true, true, false};
    for (const SurveyResponse &r : file.surveyResponses)
        answers.rows.append({r.respondent, r.role,
                             r.satisfaction >= 1 ? locale.toString(r.satisfaction) : QString(),
                             r.npsScore >= 0 ? locale.toString(r.npsScore) : QString(), r.comment});
    section.addSubheading(ReportText::tr("Responses"));
    section.addTable(answers);
    return section;
}

// The graduation hand-over: the checklist and who looks after the customer from now on. Left
// out until the CSM has started on it.
std::optional<ReportSection> handoverSection(const Customer &customer, const QDate &asOf,
                                             const QLocale &locale)
{
    const bool started = customer.graduationGoalsReviewed || customer.graduationNewGoalsSet ||
                         !customer.ongoingCsm.isEmpty() ||
                         !customer.ongoingCheckInCadence.isEmpty() ||
                         customer.firstQbrDate.isValid() || customer.graduationDate.isValid();
    if (!started)
        return std::nullopt;
    ReportSection section;
    section.key = key(ReportSectionKey::handover);
    section.title = ReportText::tr("Hand-over to ongoing success management");
    const QString csm = customer.ongoingCsm.isEmpty()
                            ? ReportText::tr("the ongoing CSM (not named yet)")
                            : customer.ongoingCsm;
    if (customer.firstQbrDate.isValid())
        section.addParagraph(
            ReportText::tr("From here %1 looks after %2, with a first quarterly business "
                           "review on %3.")
                .arg(csm, customer.accountName, longDate(customer.firstQbrDate, locale)));
    else
        section.addParagraph(
            ReportText::tr("From here %1 looks after %2; the first quarterly business "
                           "review is still to be scheduled.")
                .arg(csm, customer.accountName));
    auto yesNo = [](bool done) { return done ? ReportText::tr("Done") : ReportText::tr("Open"); };
    ReportTable table;
    table.header = {ReportText::tr("Item"), ReportText::tr("Details")};
    table.rows.append(
        {ReportText::tr("Original goals reviewed"), yesNo(customer.graduationGoalsReviewed)});
    table.rows.append({ReportText::tr("New goals set"), yesNo(customer.graduationNewGoalsSet)});
    table.rows.append({ReportText::tr("Ongoing CSM"), customer.ongoingCsm});
    table.rows.append({ReportText::tr("Check-in cadence"), customer.ongoingCheckInCadence});
    table.rows.append({ReportText::tr("First QBR"), longDate(customer.firstQbrDate, locale)});
    if (customer.graduationDate.isValid())
        table.rows.append({customer.graduationDate <= asOf ? ReportText::tr("Graduated")
                                                           : ReportText::tr("Graduation"),
                           longDate(customer.graduationDate, locale)});
    section.addTable(table);
    return section;
}

} // namespace

QString reportNumber(double value, const QLocale &locale)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    QString text = locale.toString(rounded, 'f', 2);
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ValueReview:
        return QStringLiteral("value-review");
    case ReportKind::Ebr:
        return QStringLiteral("ebr");
    case ReportKind::Graduation:
        return QStringLiteral("graduation");
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(QStringView key)
{
    for (const ReportKind kind : {ReportKind::ValueReview, ReportKind::Ebr, ReportKind::Graduation})
        if (key == reportKindKey(kind))
            return kind;
    return std::nullopt;
}

QString reportKindTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ValueReview:
        return ReportText::tr("Value review");
    case ReportKind::Ebr:
        return ReportText::tr("Executive business review");
    case ReportKind::Graduation:
        return ReportText::tr("Graduation summary");
    }
    return {};
}

QStringList reportSectionKeys(ReportKind kind)
{
    using namespace ReportSectionKey;
    switch (kind) {
    case ReportKind::ValueReview:
        return {key(cover),    key(goals),          key(firstValue),
                key(adoption), key(valueDelivered), key(nextQuarter)};
    case ReportKind::Ebr:
        return {key(cover),          key(goals),  key(firstValue), key(adoption),
                key(valueDelivered), key(survey), key(expansion),  key(nextQuarter)};
    case ReportKind::Graduation:
        return {key(cover),          key(goals),  key(firstValue),  key(adoption),
                key(valueDelivered), key(survey), key(nextQuarter), key(handover)};
    }
    return {};
}

QString reportSectionTitle(ReportKind kind, const QString &section)
{
    using namespace ReportSectionKey;
    if (section == QLatin1String(cover))
        return ReportText::tr("Cover");
    if (section == QLatin1String(goals))
        return ReportText::tr("Goals and progress");
    if (section == QLatin1String(firstValue))
        return ReportText::tr("Time to first value");
    if (section == QLatin1String(adoption))
        return ReportText::tr("Adoption");
    if (section == QLatin1String(valueDelivered))
        return ReportText::tr("Value delivered");
    if (section == QLatin1String(survey))
        return ReportText::tr("Onboarding survey");
    if (section == QLatin1String(expansion))
        return ReportText::tr("Expansion opportunities");
    if (section == QLatin1String(nextQuarter))
        return kind == ReportKind::Graduation ? ReportText::tr("New goals and next steps")
                                              : ReportText::tr("Next quarter");
    if (section == QLatin1String(handover))
        return ReportText::tr("Hand-over to ongoing success management");
    return section;
}

QStringList ReportSection::paragraphs() const
{
    QStringList list;
    for (const ReportBlock &b : blocks)
        if (b.type == ReportBlock::Type::Paragraph)
            list.append(b.text);
    return list;
}

QList<ReportTable> ReportSection::tables() const
{
    QList<ReportTable> list;
    for (const ReportBlock &b : blocks)
        if (b.type == ReportBlock::Type::Table)
            list.append(b.table);
    return list;
}

QList<ReportChart> ReportSection::charts() const
{
    QList<ReportChart> list;
    for (const ReportBlock &b : blocks)
        if (b.type == ReportBlock::Type::Chart)
            list.append(b.chart);
    return list;
}

void ReportSection::addSubheading(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Subheading;
    b.text = text;
    blocks.append(b);
}

void ReportSection::addParagraph(const QString &text)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Paragraph;
    b.text = text;
    blocks.append(b);
}

void ReportSection::addTable(const ReportTable &table)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Table;
    b.table = table;
    blocks.append(b);
}

void ReportSection::addChart(const ReportChart &chart)
{
    ReportBlock b;
    b.type = ReportBlock::Type::Chart;
    b.chart = chart;
    blocks.append(b);
}

const ReportSection *ReportContent::section(const QString &key) const
{
    for (const ReportSection &s : sections)
        if (s.key == key)
            return &s;
    return nullptr;
}

QStringList ReportContent::sectionKeys() const
{
    QStringList keys;
    for (const ReportSection &s : sections)
        keys.append(s.key);
    return keys;
}

double medianOf(QList<int> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(mid);
    return (values.at(mid - 1) + values.at(mid)) / 2.0;
}

QString goalSentence(const GoalSentenceInput &input, const QLocale &locale)
{
    const QString from = withUnit(input.baseline, input.unit, locale);
    const QString to = withUnit(input.target, input.unit, locale);
    QString by;
    if (input.targetWeek)
        by = ReportText::tr("by week %1").arg(*input.targetWeek);
    else if (input.targetDate.isValid())
        by = ReportText::tr("by %1").arg(longDate(input.targetDate, locale));

    QString goal;
    const bool hold = std::abs(input.target - input.baseline) < 1e-9;
    if (hold)
        goal = by.isEmpty()
                   ? ReportText::tr("Your goal was to keep %1 at %2").arg(input.metric, to)
                   : ReportText::tr("Your goal was to keep %1 at %2 %3").arg(input.metric, to, by);
    else if (input.target > input.baseline)
        goal = by.isEmpty() ? ReportText::tr("Your goal was to increase %1 from %2 to %3")
                                  .arg(input.metric, from, to)
                            : ReportText::tr("Your goal was to increase %1 from %2 to %3 %4")
                                  .arg(input.metric, from, to, by);
    else
        goal = by.isEmpty() ? ReportText::tr("Your goal was to reduce %1 from %2 to %3")
                                  .arg(input.metric, from, to)
                            : ReportText::tr("Your goal was to reduce %1 from %2 to %3 %4")
                                  .arg(input.metric, from, to, by);

    if (!input.actual)
        return ReportText::tr("%1; there is no measurement yet.").arg(goal);

    QString status;
    if (input.statusKey == QLatin1String("achieved"))
        status = ReportText::tr("and have reached it");
    else if (input.statusKey == QLatin1String("missed"))
        status = ReportText::tr("and the target date has passed");
    else if (input.statusKey == QLatin1String("at_risk"))
        status = ReportText::tr("and at risk");
    else
        status = ReportText::tr("and on track");
    const QString actual = withUnit(*input.actual, input.unit, locale);
    if (input.weeksSoFar)
        return ReportText::tr("%1; you are at %2 after %3 %4.")
            .arg(goal, actual,
                 counted(*input.weeksSoFar, QT_TRANSLATE_NOOP("Csm::Report", "%1 week"),
                         QT_TRANSLATE_NOOP("Csm::Report", "%1 weeks")),
                 status);
    return ReportText::tr("%1; you are at %2 %3.").arg(goal, actual, status);
}

ReportContent buildReport(const Workspace &ws, const CustomerId &customerId, ReportKind kind,
                          const ReportOptions &options, const QDate &asOf)
{
    ReportContent content;
    content.kind = kind;
    content.title = reportKindTitle(kind);
    content.date = asOf;
    content.locale = options.locale;
    const Customer *customer = ws.customer(customerId);
    if (!customer)
        return content;
    content.customerName = customer->accountName;
    content.preparedBy = customer->csmOwner;
    const OnboardingFile file = ws.onboardingFile(customerId);
    const QLocale &locale = options.locale;

    for (const QString &sectionKey : reportSectionKeys(kind)) {
        if (options.sections && !options.sections->contains(sectionKey))
            continue;
        std::optional<ReportSection> section;
        if (sectionKey == QLatin1String(ReportSectionKey::cover))
            section = coverSection(*customer, file.stakeholders, kind, asOf, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::goals))
            section = goalsSection(*customer, file.objectives, file.measurements, asOf, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::firstValue))
            section = firstValueSection(ws, file, asOf, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::adoption))
            section = adoptionSection(ws, *customer, asOf, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::valueDelivered))
            section = valueDeliveredSection(file, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::expansion))
            section = expansionSection(file, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::nextQuarter))
            section = nextQuarterSection(file, kind, asOf, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::survey))
            section = surveySection(file, locale);
        else if (sectionKey == QLatin1String(ReportSectionKey::handover))
            section = handoverSection(file.customer, asOf, locale);
        if (!section)
            continue;
        section->commentary = options.commentary.value(sectionKey).trimmed();
        content.sections.append(*section);
    }
    return content;
}

} // namespace Csm
