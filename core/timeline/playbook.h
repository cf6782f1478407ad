// Playbook templates: a whole implementation plan (workstreams, tasks and milestones with
// their dependencies, phase gates with criteria) described relative to the signature date, so
// it can be generated for any customer. One ships per tier (resources/playbooks/*.json); the
// user can save any customer's plan as a new one, kept in the workspace.
#pragma once

#include "businesscalendar.h"
#include "domain/onboardingfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Csm {

struct PlaybookTask
{
    QString key; // unique within the playbook; dependencies name it
    QString name;
    TaskType type = TaskType::Task;
    int startDay = 0;     // calendar days after signature (day 0); moved to a business day
    int durationDays = 1; // working days; a milestone has none
    QString vendorOwner;  // a role or a name ("CSM", "Implementation")
    QString customerOwner;
    WaitingOn waitingOn = WaitingOn::Nobody;
    bool firstValue = false;
    QStringList after; // keys of the tasks this one starts after (finish-to-start)
    bool operator==(const PlaybookTask &) const = default;
};

struct PlaybookWorkstream
{
    QString name;
    WorkstreamKind kind = WorkstreamKind::Other;
    QString vendorOwner;
    QString customerOwner;
    QList<PlaybookTask> tasks;
    bool operator==(const PlaybookWorkstream &) const = default;
};

struct PlaybookGate
{
    GateKind kind = GateKind::Implementation;
    int dueDay = 0; // calendar days after signature; moved to a business day
    QStringList criteria;
    bool operator==(const PlaybookGate &) const = default;
};

struct Playbook
{
    QString id; // "high_touch", "hybrid", "digital" for the built-in ones; a UUID for the user's
    QString name;
    QString description;
    std::optional<Tier> tier; // the tier it is made for, if any
    bool builtIn = false;
    QList<PlaybookWorkstream> workstreams;
    QList<PlaybookGate> gates;
    bool operator==(const Playbook &) const = default;
};

// The built-in playbooks, one per tier, in tier order.
QList<Playbook> builtInPlaybooks();
// The built-in playbook of a tier.
Playbook builtInPlaybook(Tier tier);

// JSON of a playbook, the format of resources/playbooks (documented there). Reading reports
// the first problem with its place ("workstreams[1].tasks[2].after: no task 'sso'").
QByteArray playbookToJson(const Playbook &playbook);
std::optional<Playbook> playbookFromJson(const QByteArray &json, QString *error);

// The plan records of a playbook for a customer, dated from its signature date (today when it
// has none): new ids, the customer's id, meta left empty for the caller to stamp, and the
// baseline set to the planned dates. Owners named by role get the customer's people: ours from
// the customer's owner fields ("CSM"), theirs from `stakeholders` ("Champion").
struct GeneratedPlan
{
    QList<Workstream> workstreams;
    QList<PlanTask> tasks;
    QList<TaskDependency> dependencies;
    QList<PhaseGate> gates;
    QList<GateCriterion> criteria;
};
GeneratedPlan generatePlan(const Playbook &playbook, const Customer &customer,
                           const BusinessCalendar &calendar, const QDate &today,
                           const QList<Stakeholder> &stakeholders = {});

// A customer's plan as a playbook named `name`: days relative to its signature date (to its
// earliest task when it has none), the customer's people as owners turned back into their
// roles, progress and status left out.
Playbook playbookFromPlan(const OnboardingFile &file, const QString &name,
                          const BusinessCalendar &calendar);

} // namespace Csm
