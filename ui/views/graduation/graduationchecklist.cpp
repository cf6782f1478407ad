#include "graduationchecklist.h"

#include "successplan/objectiveprogress.h"

#include <QLocale>

namespace Csm {

namespace {

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

QList<GraduationCheck> GraduationChecklist::checks(const GraduationInputs &inputs)
{
    const Customer &c = inputs.customer;
    QList<GraduationCheck> checks;

    checks.append({GraduationItem::GoalsReviewed, c.graduationGoalsReviewed,
                   tr("Original success plan goals reviewed with the customer"),
                   c.graduationGoalsReviewed
                       ? QString()
                       : tr("Go through each objective: reached, missed, and why.")});
    checks.append({GraduationItem::NewGoalsSet, c.graduationNewGoalsSet,
                   tr("New goals set for the next stage"),
                   c.graduationNewGoalsSet
                       ? QString()
                       : tr("Agree what the customer wants to reach next, for the first QBR.")});

    const QString csm = c.ongoingCsm.trimmed();
    checks.append({GraduationItem::OngoingCsm, !csm.isEmpty(), tr("Handed over to the ongoing CSM"),
                   csm.isEmpty() ? tr("Name who takes the account over.")
                                 : tr("Handed over to %1.").arg(csm)});

    const QString cadence = c.ongoingCheckInCadence.trimmed();
    checks.append({GraduationItem::CheckInCadence, !cadence.isEmpty(),
                   tr("Check-in cadence after graduation agreed"),
                   cadence.isEmpty() ? tr("Agree how often to meet from now on, such as monthly.")
                                     : cadence});

    GraduationCheck qbr{GraduationItem::FirstQbr, false, tr("First QBR scheduled"), {}};
    const bool graduated = c.phase == Phase::Graduated;
    const QDate notBefore =
        c.graduationDate.isValid() ? c.graduationDate : (graduated ? QDate() : inputs.today);
    if (!c.firstQbrDate.isValid()) {
        qbr.detail = tr("Set the date of the first quarterly business review.");
    } else if (notBefore.isValid() && c.firstQbrDate < notBefore) {
        qbr.detail = c.graduationDate.isValid()
                         ? tr("%1 is before the graduation on %2.")
                               .arg(longDate(c.firstQbrDate), longDate(c.graduationDate))
                         : tr("%1 has passed; the first QBR comes after graduation.")
                               .arg(longDate(c.firstQbrDate));
    } else {
        qbr.done = true;
        qbr.detail = tr("On %1.").arg(longDate(c.firstQbrDate));
    }
    checks.append(qbr);

    checks.append(
        {GraduationItem::SurveyCollected, inputs.surveyResponses > 0,
         tr("Onboarding survey collected"),
         inputs.surveyResponses > 0
             ? tr("Responses recorded: %1.").arg(QLocale().toString(inputs.surveyResponses))
             : tr("Record the answers in the survey section below.")});
    return checks;
}

QList<ReadinessItem> GraduationChecklist::readiness(const GraduationInputs &inputs)
{
    using Tone = AdoptionStyle::Tone;
    const Customer &c = inputs.customer;
    const QDate today = inputs.today;
    QList<ReadinessItem> items;

    ReadinessItem goals{ReadinessFact::Objectives, Tone::Warning, {}, {}};
    if (inputs.objectives.isEmpty()) {
        goals.label = tr("No measurable objectives");
        goals.detail = tr("The success plan has no objectives to review.");
    } else {
        int achieved = 0;
        int missed = 0;
        for (const Objective &objective : inputs.objectives) {
            const ObjectiveStatus status =
                objectiveProgress(objective, inputs.measurements, today).status;
            achieved += status == ObjectiveStatus::Achieved;
            missed += status == ObjectiveStatus::Missed;
        }
        const int total = int(inputs.objectives.size());
        const double share = double(achieved) / total;
        goals.label = tr("%1 of %2 objectives achieved").arg(achieved).arg(total);
        QStringList detail{
            tr("Goal achievement %1, target above %2")
                .arg(AdoptionStyle::percent(share), AdoptionStyle::percent(goalAchievementTarget))};
        if (missed > 0)
            detail.prepend(tr("Missed: %1").arg(missed));
        goals.detail = detail.join(QStringLiteral(" · "));
        goals.tone = share > goalAchievementTarget ? Tone::Good
                     : missed > 0                  ? Tone::Bad
                                                   : Tone::Warning;
    }
    items.append(goals);

    ReadinessItem value{ReadinessFact::FirstValue, Tone::Warning, {}, {}};
    if (c.firstValueDate.isValid() && c.firstValueDate <= today) {
        value.tone = Tone::Good;
        value.label = tr("First value reached");
        value.detail = c.signatureDate.isValid()
                           ? tr("On %1, day %2 after signature.")
                                 .arg(longDate(c.firstValueDate))
                                 .arg(c.signatureDate.daysTo(c.firstValueDate))
                           : tr("On %1.").arg(longDate(c.firstValueDate));
    } else if (c.firstValueDate.isValid()) {
        value.label = tr("First value not reached yet");
        value.detail = tr("Expected on %1.").arg(longDate(c.firstValueDate));
    } else {
        value.label = tr("First value not reached yet");
        value.detail = tr("No first value date on the handoff page.");
    }
    items.append(value);

    ReadinessItem live{ReadinessFact::GoLive, Tone::Warning, {}, {}};
    if (c.goLiveDate.isValid() && c.goLiveDate <= today) {
        live.tone = Tone::Good;
        live.label = tr("Live");
        live.detail = tr("Since %1.").arg(longDate(c.goLiveDate));
    } else {
        live.label = tr("Not live yet");
        live.detail = c.goLiveDate.isValid()
                          ? tr("Go-live planned for %1.").arg(longDate(c.goLiveDate))
                          : tr("No go-live date yet.");
    }
    items.append(live);

    int openActions = 0;
    int overdue = 0;
    for (const ActionItem &action : inputs.actions) {
        openActions += action.status != ActionStatus::Done;
        overdue += action.isOverdue(today);
    }
    ReadinessItem actions{ReadinessFact::OpenActions, Tone::Good, {}, {}};
    if (openActions == 0) {
        actions.label = tr("No open actions");
        actions.detail = tr("Everything in the action log is done.");
    } else {
        actions.tone = overdue > 0 ? Tone::Bad : Tone::Warning;
        actions.label = tr("Open actions: %1").arg(openActions);
        actions.detail = overdue > 0 ? tr("Overdue: %1. Close them or hand them over.").arg(overdue)
                                     : tr("Close them or hand them over.");
    }
    items.append(actions);

    int openRisks = 0;
    int escalated = 0;
    for (const Risk &risk : inputs.risks) {
        openRisks += risk.status != RiskStatus::Closed;
        escalated += risk.status == RiskStatus::Escalated;
    }
    ReadinessItem risks{ReadinessFact::OpenRisks, Tone::Good, {}, {}};
    if (openRisks == 0) {
        risks.label = tr("No open risks");
        risks.detail = tr("Every risk in the risk log is closed.");
    } else {
        risks.tone = escalated > 0 ? Tone::Bad : Tone::Warning;
        risks.label = tr("Open risks: %1").arg(openRisks);
        risks.detail = escalated > 0
                           ? tr("Escalated: %1. Tell the ongoing CSM about them.").arg(escalated)
                           : tr("Tell the ongoing CSM about them.");
    }
    items.append(risks);
    return items;
}

} // namespace Csm
