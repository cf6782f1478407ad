#include "alerts.h"

#include "portfolioformat.h"
#include "successplan/relationshiptriangle.h"
#include "timeline/schedule.h"
#include "workspace/workspace.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Csm {

namespace {

struct KindEntry
{
    const char *key;
    const char *name;
};

constexpr std::array<KindEntry, alertKindCount> kindEntries{{
    {"silent_stall", QT_TRANSLATE_NOOP("Csm::Portfolio", "Silent stall")},
    {"single_threaded", QT_TRANSLATE_NOOP("Csm::Portfolio", "Single-threaded")},
    {"orphaned_account", QT_TRANSLATE_NOOP("Csm::Portfolio", "Orphaned account")},
    {"slow_start", QT_TRANSLATE_NOOP("Csm::Portfolio", "Slow start")},
    {"goals_undefined", QT_TRANSLATE_NOOP("Csm::Portfolio", "Goals undefined")},
    {"victory_too_early", QT_TRANSLATE_NOOP("Csm::Portfolio", "Victory declared too early")},
    {"overdue_tasks", QT_TRANSLATE_NOOP("Csm::Portfolio", "Overdue tasks")},
    {"missed_gates", QT_TRANSLATE_NOOP("Csm::Portfolio", "Missed phase gates")},
    {"overdue_actions", QT_TRANSLATE_NOOP("Csm::Portfolio", "Overdue actions")},
    {"blocker_past_sla", QT_TRANSLATE_NOOP("Csm::Portfolio", "Blocker past its SLA")},
    {"low_login_rate", QT_TRANSLATE_NOOP("Csm::Portfolio", "Login rate red flag")},
}};

using namespace PortfolioFormat;

PortfolioAlert makeAlert(AlertKind kind, AlertSeverity severity, const QString &reason,
                         const char *page, const QString &situation, const QUuid &record = {})
{
    PortfolioAlert alert;
    alert.kind = kind;
    alert.severity = severity;
    alert.reason = reason;
    alert.page = QString::fromLatin1(page);
    alert.recordId = record;
    alert.situation = situation;
    return alert;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// Ids sorted, so the fingerprint does not depend on the order records were made in.
QString idList(QStringList ids)
{
    ids.sort();
    return ids.join(u',');
}

QDateTime changedAt(const RecordMeta &meta)
{
    return meta.modifiedAt.isValid() ? meta.modifiedAt : meta.createdAt;
}

QDate changedOn(const RecordMeta &meta)
{
    const QDateTime when = changedAt(meta);
    return when.isValid() ? when.toLocalTime().date() : QDate();
}

QString rateStep(double rate)
{
    // Steps of 10 points: 0 for 0-9 %, 10 for 10-19 % ...
    return QString::number(int(std::clamp(rate, 0.0, 1.0) * 10) * 10);
}

void silentStall(const CustomerFacts &facts, const PortfolioSettings &settings,
                 QList<PortfolioAlert> &alerts)
{
    const QDate today = facts.today;
    for (const AdoptionFlag &flag : facts.adoption.flags) {
        if (flag.kind != AdoptionFlag::Kind::SilentStall)
            continue;
        const QDate since = facts.adoption.lastActivity.isValid() ? facts.adoption.lastActivity
                                                                  : facts.customer().goLiveDate;
        const QString reason =
            facts.adoption.lastActivity.isValid()
                ? PortfolioText::tr("No usage for %1 (last on %2; alert after %3)")
                      .arg(days(int(since.daysTo(today))), shortDate(since),
                           days(settings.silentStallDays))
                : PortfolioText::tr("No usage since go-live %1 ago (alert after %2)")
                      .arg(days(int(since.daysTo(today))), days(settings.silentStallDays));
        alerts.append(makeAlert(AlertKind::SilentStall, AlertSeverity::Critical, reason,
                                AlertPage::adoption, QStringLiteral("usage:") + isoDate(since)));
        return;
    }

    // No progress on the plan: unfinished tasks, none changed for the stall's days. The latest
    // change is found by instant and only it is turned into a local day: the conversion asks
    // the C library, which looks at the zone file each time.
    bool unfinished = false;
    QDateTime latest;
    for (const PlanTask &task : facts.file.tasks) {
        unfinished = unfinished || !task.isDone();
        const QDateTime changed = changedAt(task.meta);
        if (changed.isValid() && (!latest.isValid() || changed > latest))
            latest = changed;
    }
    for (const GateCriterion &criterion : facts.file.gateCriteria) {
        const QDateTime changed = changedAt(criterion.meta);
        if (changed.isValid() && latest.isValid() && changed > latest)
            latest = changed;
    }
    const QDate lastChange = latest.isValid() ? latest.toLocalTime().date() : QDate();
    if (!unfinished || !lastChange.isValid() || lastChange.daysTo(today) < settings.silentStallDays)
        return;
    alerts.append(makeAlert(
        AlertKind::SilentStall, AlertSeverity::Critical,
        PortfolioText::tr("No progress on the plan for %1 (last change on %2; alert after "
                          "%3)")
            .arg(days(int(lastChange.daysTo(today))), shortDate(lastChange),
                 days(settings.silentStallDays)),
        AlertPage::timeline, QStringLiteral("plan:") + isoDate(lastChange)));
}

void singleThreaded(const CustomerFacts &facts, const PortfolioSettings &settings,
                    QList<PortfolioAlert> &alerts)
{
    const RelationshipTriangle triangle = relationshipTriangle(facts.file.stakeholders);
    const bool fewContacts = triangle.customerContacts < settings.minimumCustomerContacts;
    const bool noSponsor = triangle.executiveSponsors.isEmpty();
    if (!fewContacts && !noSponsor)
        return;
    const int n = triangle.customerContacts;
    const int wanted = settings.minimumCustomerContacts;
    QString reason;
    if (n == 0)
        reason = PortfolioText::tr("No customer contact named (at least %1 wanted)").arg(wanted);
    else if (fewContacts && noSponsor)
        reason = counted(n,
                         QT_TRANSLATE_NOOP("Csm::Portfolio", "Only %1 customer contact and no "
                                                             "executive sponsor (at least %2 "
                                                             "contacts wanted)"),
                         QT_TRANSLATE_NOOP("Csm::Portfolio", "Only %1 customer contacts and no "
                                                             "executive sponsor (at least %2 "
                                                             "contacts wanted)"))
                     .arg(wanted);
    else if (fewContacts)
        reason = counted(n,
                         QT_TRANSLATE_NOOP("Csm::Portfolio",
                                           "Only %1 customer contact (at least %2 wanted)"),
                         QT_TRANSLATE_NOOP("Csm::Portfolio",
                                           "Only %1 customer contacts (at least %2 wanted)"))
                     .arg(wanted);
    else
        reason = PortfolioText::tr("No executive sponsor named among the customer's contacts");
    alerts.append(
        makeAlert(AlertKind::SingleThreaded, AlertSeverity::Warning, reason, AlertPage::handoff,
                  QStringLiteral("contacts:%1;sponsor:%2")
                      .arg(std::min(triangle.customerContacts, settings.minimumCustomerContacts))
                      .arg(noSponsor ? QLatin1String("no") : QLatin1String("yes"))));
}

void orphanedAccount(const CustomerFacts &facts, const PortfolioSettings &settings,
                     QList<PortfolioAlert> &alerts)
{
    const Customer &c = facts.customer();
    const bool noOwner = c.csmOwner.trimmed().isEmpty();
    const qint64 daysSigned =
        c.signatureDate.isValid() ? c.signatureDate.daysTo(facts.today) : qint64(-1);
    const bool noKickoff = !c.kickoffDate.isValid() && daysSigned >= 0 &&
                           daysSigned * 24 >= settings.orphanedKickoffHours;
    if (!noOwner && !noKickoff)
        return;
    QString reason;
    QString situation;
    if (noOwner && noKickoff) {
        reason = PortfolioText::tr(
                     "No CSM owner named and no kickoff scheduled %1 after signature (target: "
                     "within %2 h)")
                     .arg(days(int(daysSigned)))
                     .arg(settings.orphanedKickoffHours);
        situation = QStringLiteral("owner,kickoff");
    } else if (noOwner) {
        reason = PortfolioText::tr("No CSM owner named");
        situation = QStringLiteral("owner");
    } else {
        reason = PortfolioText::tr("No kickoff scheduled %1 after signature (target: within %2 h)")
                     .arg(days(int(daysSigned)))
                     .arg(settings.orphanedKickoffHours);
        situation = QStringLiteral("kickoff");
    }
    alerts.append(makeAlert(AlertKind::OrphanedAccount, AlertSeverity::Critical, reason,
                            noOwner ? AlertPage::handoff : AlertPage::kickoff, situation));
}

void slowStart(const CustomerFacts &facts, const PortfolioSettings &settings,
               QList<PortfolioAlert> &alerts)
{
    const Customer &c = facts.customer();
    if (!c.signatureDate.isValid() || facts.kickoffHeld())
        return;
    const QDate deadline =
        facts.calendar.addBusinessDays(c.signatureDate, settings.slowStartBusinessDays);
    if (c.kickoffDate.isValid()) {
        if (c.kickoffDate <= deadline)
            return;
        alerts.append(
            makeAlert(AlertKind::SlowStart, AlertSeverity::Warning,
                      PortfolioText::tr("Kickoff scheduled %1 after signature (target: within %2)")
                          .arg(businessDays(
                              facts.calendar.businessDaysBetween(c.signatureDate, c.kickoffDate)))
                          .arg(settings.slowStartBusinessDays),
                      AlertPage::kickoff, QStringLiteral("scheduled:") + isoDate(c.kickoffDate)));
        return;
    }
    if (facts.today <= deadline)
        return;
    alerts.append(makeAlert(
        AlertKind::SlowStart, AlertSeverity::Warning,
        PortfolioText::tr("No kickoff %1 after signature (target: within %2)")
            .arg(businessDays(facts.calendar.businessDaysBetween(c.signatureDate, facts.today)))
            .arg(settings.slowStartBusinessDays),
        AlertPage::kickoff, QStringLiteral("unscheduled")));
}

void goalsUndefined(const CustomerFacts &facts, QList<PortfolioAlert> &alerts)
{
    if (!facts.kickoffHeld())
        return;
    const auto measurable = [](const Objective &o) {
        return o.confirmedAtKickoff && !o.metric.trimmed().isEmpty() && o.target != o.baseline;
    };
    if (std::any_of(facts.file.objectives.cbegin(), facts.file.objectives.cend(), measurable))
        return;
    const int count = int(facts.file.objectives.size());
    const QString held = shortDate(facts.customer().kickoffDate);
    const QString reason =
        count == 0
            ? PortfolioText::tr("Kickoff held on %1 but the success plan has no objective")
                  .arg(held)
            : PortfolioText::tr(
                  "Kickoff held on %1 but no measurable objective is confirmed (%2 in the "
                  "success plan)")
                  .arg(held, counted(count, QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 objective"),
                                     QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 objectives")));
    alerts.append(makeAlert(AlertKind::GoalsUndefined, AlertSeverity::Warning, reason,
                            AlertPage::successPlan, QStringLiteral("objectives:%1").arg(count)));
}

void victoryTooEarly(const CustomerFacts &facts, const PortfolioSettings &settings,
                     QList<PortfolioAlert> &alerts)
{
    const AdoptionMetrics &m = facts.adoption;
    if (!m.hasData)
        return;
    for (const AdoptionFlag &flag : m.flags) {
        if (flag.kind != AdoptionFlag::Kind::LowAdoption)
            continue;
        const QDate live = facts.customer().goLiveDate;
        alerts.append(makeAlert(
            AlertKind::VictoryTooEarly, AlertSeverity::Warning,
            PortfolioText::tr("Live for %1 but adoption is %2 of seats (target: %3 after %4)")
                .arg(days(int(live.daysTo(facts.today))), percent(m.adoptionRate),
                     percent(settings.adoptionTarget), days(settings.adoptionAfterDays)),
            AlertPage::adoption, QStringLiteral("adoption:") + rateStep(m.adoptionRate)));
        return;
    }
}

void overdueTasks(const CustomerFacts &facts, QList<PortfolioAlert> &alerts)
{
    QStringList ids;
    const PlanTask *oldest = nullptr;
    for (const PlanTask &task : facts.file.tasks) {
        if (!isOverdue(task, facts.today))
            continue;
        ids.append(task.id.toString());
        if (!oldest || task.finish < oldest->finish)
            oldest = &task;
    }
    if (!oldest)
        return;
    const QString reason =
        ids.size() == 1
            ? PortfolioText::tr("\"%1\" was due on %2").arg(oldest->name, shortDate(oldest->finish))
            : PortfolioText::tr("%1 overdue, the oldest \"%2\" due on %3")
                  .arg(counted(int(ids.size()), QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 task"),
                               QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 tasks")),
                       oldest->name, shortDate(oldest->finish));
    alerts.append(makeAlert(AlertKind::OverdueTasks, AlertSeverity::Warning, reason,
                            AlertPage::timeline, idList(ids), oldest->id.uuid()));
}

void missedGates(const CustomerFacts &facts, QList<PortfolioAlert> &alerts)
{
    QStringList ids;
    QStringList names;
    const PhaseGate *first = nullptr;
    for (const PhaseGate &gate : facts.file.gates) {
        if (!gate.isMissed(facts.today))
            continue;
        ids.append(gate.id.toString());
        names.append(enumDisplayName(gate.kind));
        if (!first || gate.dueDate < first->dueDate)
            first = &gate;
    }
    if (!first)
        return;
    const QString reason =
        ids.size() == 1
            ? PortfolioText::tr("%1 gate not passed, due on %2")
                  .arg(enumDisplayName(first->kind), shortDate(first->dueDate))
            : PortfolioText::tr("%1 not passed: %2")
                  .arg(counted(int(ids.size()), QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 gate"),
                               QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 gates")),
                       names.join(PortfolioText::tr(", ")));
    alerts.append(makeAlert(AlertKind::MissedGates, AlertSeverity::Warning, reason,
                            AlertPage::timeline, idList(ids), first->id.uuid()));
}

void overdueActions(const CustomerFacts &facts, QList<PortfolioAlert> &alerts)
{
    QStringList ids;
    const ActionItem *oldest = nullptr;
    for (const ActionItem &action : facts.file.actions) {
        if (!action.isOverdue(facts.today))
            continue;
        ids.append(action.id.toString());
        if (!oldest || action.dueDate < oldest->dueDate)
            oldest = &action;
    }
    if (!oldest)
        return;
    const QString reason =
        ids.size() == 1
            ? PortfolioText::tr("Action \"%1\" was due on %2")
                  .arg(oldest->task, shortDate(oldest->dueDate))
            : PortfolioText::tr("%1 overdue, the oldest \"%2\" due on %3")
                  .arg(counted(int(ids.size()), QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 action"),
                               QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 actions")),
                       oldest->task, shortDate(oldest->dueDate));
    alerts.append(makeAlert(AlertKind::OverdueActions, AlertSeverity::Warning, reason,
                            AlertPage::logs, idList(ids), oldest->id.uuid()));
}

void blockersPastSla(const CustomerFacts &facts, const PortfolioSettings &settings,
                     QList<PortfolioAlert> &alerts)
{
    QStringList ids;
    const QList<PortfolioBlocker> all = openBlockers(facts, settings);
    const PortfolioBlocker *oldest = nullptr;
    for (const PortfolioBlocker &blocker : all) {
        if (!blocker.slaDeadline.isValid() || facts.today <= blocker.slaDeadline)
            continue;
        ids.append(blocker.id.toString(QUuid::WithoutBraces));
        if (!oldest || blocker.since < oldest->since)
            oldest = &blocker;
    }
    if (!oldest)
        return;
    const QString age =
        businessDays(facts.calendar.businessDaysBetween(oldest->since, facts.today));
    const QString sla = businessDays(settings.blockerSlaBusinessDays);
    const QString reason =
        ids.size() == 1
            ? PortfolioText::tr("\"%1\" blocked for %2 without an answer (SLA: %3)")
                  .arg(oldest->name, age, sla)
            : PortfolioText::tr("%1 past their SLA of %2, the oldest \"%3\" for %4")
                  .arg(counted(int(ids.size()), QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 blocker"),
                               QT_TRANSLATE_NOOP("Csm::Portfolio", "%1 blockers")),
                       sla, oldest->name, age);
    alerts.append(makeAlert(AlertKind::BlockerPastSla, AlertSeverity::Critical, reason,
                            oldest->page, idList(ids), oldest->id));
}

void lowLoginRate(const CustomerFacts &facts, const PortfolioSettings &settings,
                  QList<PortfolioAlert> &alerts)
{
    const AdoptionMetrics &m = facts.adoption;
    for (const AdoptionFlag &flag : m.flags) {
        if (flag.kind != AdoptionFlag::Kind::LowLoginRate)
            continue;
        alerts.append(
            makeAlert(AlertKind::LowLoginRate, AlertSeverity::Warning,
                      PortfolioText::tr("Login rate %1 %2 after go-live (red flag under %3)")
                          .arg(percent(m.loginRate), days(settings.loginRateAfterDays),
                               percent(settings.loginRateFlag)),
                      AlertPage::adoption, QStringLiteral("login:") + rateStep(m.loginRate)));
        return;
    }
}

} // namespace

QString alertKindKey(AlertKind kind)
{
    return QString::fromLatin1(kindEntries.at(size_t(kind)).key);
}

std::optional<AlertKind> alertKindFromKey(QStringView key)
{
    for (size_t i = 0; i < kindEntries.size(); ++i) {
        if (key == QLatin1String(kindEntries[i].key))
            return AlertKind(i);
    }
    return std::nullopt;
}

QString alertKindName(AlertKind kind)
{
    return QCoreApplication::translate("Csm::Portfolio", kindEntries.at(size_t(kind)).name);
}

QString alertSeverityKey(AlertSeverity severity)
{
    return severity == AlertSeverity::Critical ? QStringLiteral("critical")
                                               : QStringLiteral("warning");
}

QList<PortfolioBlocker> openBlockers(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    QList<PortfolioBlocker> list;
    const auto add = [&](const QUuid &id, const QString &name, const RecordMeta &meta,
                         const char *page) {
        PortfolioBlocker blocker;
        blocker.id = id;
        blocker.name = name;
        blocker.since = changedOn(meta);
        if (blocker.since.isValid())
            blocker.slaDeadline =
                facts.calendar.addBusinessDays(blocker.since, settings.blockerSlaBusinessDays);
        blocker.page = page;
        list.append(blocker);
    };
    for (const PlanTask &task : facts.file.tasks) {
        if (task.status == TaskStatus::Blocked)
            add(task.id.uuid(), task.name, task.meta, AlertPage::timeline);
    }
    for (const ActionItem &action : facts.file.actions) {
        if (action.status == ActionStatus::Blocked)
            add(action.id.uuid(), action.task, action.meta, AlertPage::logs);
    }
    for (const Risk &risk : facts.file.risks) {
        if (risk.status == RiskStatus::Escalated)
            add(risk.id.uuid(), risk.risk, risk.meta, AlertPage::logs);
    }
    return list;
}

QList<PortfolioAlert> customerAlerts(const CustomerFacts &facts, const PortfolioSettings &settings)
{
    QList<PortfolioAlert> alerts;
    if (facts.customer().id.isNull() || facts.isGraduated())
        return alerts;
    silentStall(facts, settings, alerts);
    singleThreaded(facts, settings, alerts);
    orphanedAccount(facts, settings, alerts);
    slowStart(facts, settings, alerts);
    goalsUndefined(facts, alerts);
    victoryTooEarly(facts, settings, alerts);
    overdueTasks(facts, alerts);
    missedGates(facts, alerts);
    overdueActions(facts, alerts);
    blockersPastSla(facts, settings, alerts);
    lowLoginRate(facts, settings, alerts);
    for (PortfolioAlert &alert : alerts) {
        if (const AlertSnooze *snooze = matchingSnooze(alert, facts.file.alertSnoozes, facts.today))
            alert.snooze = *snooze;
    }
    return alerts;
}

const AlertSnooze *matchingSnooze(const PortfolioAlert &alert, const QList<AlertSnooze> &snoozes,
                                  const QDate &today)
{
    const AlertSnooze *found = nullptr;
    const QString key = alert.key();
    for (const AlertSnooze &snooze : snoozes) {
        if (snooze.alert != key || snooze.situation != alert.situation)
            continue;
        if (snooze.until.isValid() && snooze.until < today)
            continue;
        if (!found || found->meta.modifiedAt < snooze.meta.modifiedAt)
            found = &snooze;
    }
    return found;
}

QList<AlertSnooze> snoozesOfKind(AlertKind kind, const QList<AlertSnooze> &snoozes)
{
    QList<AlertSnooze> result;
    const QString key = alertKindKey(kind);
    for (const AlertSnooze &snooze : snoozes) {
        if (snooze.alert == key)
            result.append(snooze);
    }
    return result;
}

int activeAlertCount(const QList<PortfolioAlert> &alerts)
{
    return int(std::count_if(alerts.cbegin(), alerts.cend(),
                             [](const PortfolioAlert &alert) { return alert.isActive(); }));
}

QList<PortfolioAlert> customerAlerts(const Workspace &workspace, const CustomerId &customer,
                                     const PortfolioSettings &settings, const QDate &today)
{
    return customerAlerts(gatherFacts(workspace, customer, settings, today), settings);
}

} // namespace Csm
