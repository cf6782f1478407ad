// One customer's onboarding file as a whole: what is exported, imported, deleted and restored.
#pragma once

#include "alertsnooze.h"
#include "customer.h"
#include "governance.h"
#include "recordmeta.h"
#include "stakeholder.h"
#include "successplan.h"
#include "timeline.h"
#include "valuereview.h"

#include <QList>

namespace Csm {

struct OnboardingFile
{
    Customer customer;
    QList<Stakeholder> stakeholders;
    QList<Outcome> outcomes;
    QList<Objective> objectives;
    QList<OperationalStep> steps;
    QList<Measurement> measurements;
    QList<KickoffAttendee> attendees;
    QList<ActionItem> actions;
    QList<Decision> decisions;
    QList<Risk> risks;
    QList<Workstream> workstreams;
    QList<PlanTask> tasks;
    QList<TaskDependency> dependencies;
    QList<PhaseGate> gates;
    QList<GateCriterion> gateCriteria;
    QList<WhitespaceOpportunity> opportunities;
    QList<SurveyResponse> surveyResponses;
    QList<ValueItem> valueItems;
    QList<ReportNote> reportNotes;
    QList<AlertSnooze> alertSnoozes;
    QList<Tombstone> tombstones;

    bool operator==(const OnboardingFile &) const = default;

    // The list of records of type R.
    template<typename R> QList<R> &records();
    template<typename R> const QList<R> &records() const
    {
        return const_cast<OnboardingFile *>(this)->records<R>();
    }
};

template<> inline QList<Outcome> &OnboardingFile::records<Outcome>()
{
    return outcomes;
}
template<> inline QList<Objective> &OnboardingFile::records<Objective>()
{
    return objectives;
}
template<> inline QList<OperationalStep> &OnboardingFile::records<OperationalStep>()
{
    return steps;
}
template<> inline QList<Measurement> &OnboardingFile::records<Measurement>()
{
    return measurements;
}
template<> inline QList<KickoffAttendee> &OnboardingFile::records<KickoffAttendee>()
{
    return attendees;
}
template<> inline QList<ActionItem> &OnboardingFile::records<ActionItem>()
{
    return actions;
}
template<> inline QList<Decision> &OnboardingFile::records<Decision>()
{
    return decisions;
}
template<> inline QList<Risk> &OnboardingFile::records<Risk>()
{
    return risks;
}
template<> inline QList<Workstream> &OnboardingFile::records<Workstream>()
{
    return workstreams;
}
template<> inline QList<PlanTask> &OnboardingFile::records<PlanTask>()
{
    return tasks;
}
template<> inline QList<TaskDependency> &OnboardingFile::records<TaskDependency>()
{
    return dependencies;
}
template<> inline QList<PhaseGate> &OnboardingFile::records<PhaseGate>()
{
    return gates;
}
template<> inline QList<GateCriterion> &OnboardingFile::records<GateCriterion>()
{
    return gateCriteria;
}
template<> inline QList<WhitespaceOpportunity> &OnboardingFile::records<WhitespaceOpportunity>()
{
    return opportunities;
}
template<> inline QList<SurveyResponse> &OnboardingFile::records<SurveyResponse>()
{
    return surveyResponses;
}
template<> inline QList<ValueItem> &OnboardingFile::records<ValueItem>()
{
    return valueItems;
}
template<> inline QList<ReportNote> &OnboardingFile::records<ReportNote>()
{
    return reportNotes;
}
template<> inline QList<AlertSnooze> &OnboardingFile::records<AlertSnooze>()
{
    return alertSnoozes;
}

// Calls f(R{}) once for each kind of record besides customer and stakeholders, parents
// before children.
template<typename F> void forEachRecordType(F &&f)
{
    f(Outcome{});
    f(Objective{});
    f(OperationalStep{});
    f(Measurement{});
    f(KickoffAttendee{});
    f(ActionItem{});
    f(Decision{});
    f(Risk{});
    f(Workstream{});
    f(PlanTask{});
    f(TaskDependency{});
    f(PhaseGate{});
    f(GateCriterion{});
    f(WhitespaceOpportunity{});
    f(SurveyResponse{});
    f(ValueItem{});
    f(ReportNote{});
    f(AlertSnooze{});
}

} // namespace Csm
