#include "statusupdate.h"

#include "schedule.h"

#include "email/emailbody.h"
#include "email/emailpeople.h"
#include "email/emailtemplates.h"
#include "successplan/qualification.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <tuple>

namespace Csm {

namespace {

// The texts of the update, one table per language. Like the other e-mails they are
// customer-facing texts in the customer's language, written here and not translated with
// tr(). Placeholders are %1, %2...; the values filled in are plain text.
struct UpdateTexts
{
    QStringView code;

    QStringView subject; // %1 account, %2 date
    QStringView intro;   // %1 account, %2 date

    QStringView overallHeading;
    QStringView status; // %1 status
    QStringView planOnTrack;
    QStringView planSlippingOne;
    QStringView planSlippingMany; // %1 business days
    QStringView planNone;

    QStringView shippedHeading;
    QStringView shippedNone;
    QStringView taskDone;      // %1 task, %2 date
    QStringView milestoneDone; // %1 milestone, %2 date
    QStringView gatePassed;    // %1 gate, %2 date

    QStringView blockedHeading;
    QStringView blockedNone;
    QStringView blockedTask; // %1 task
    QStringView waitingTask; // %1 task, %2 what it waits on

    QStringView nextHeading;
    QStringView nextNone;
    QStringView due;          // %1 date
    QStringView overdueSince; // %1 date
    QStringView starts;       // %1 date

    QStringView milestonesHeading;
    QStringView milestoneReached;  // %1 milestone, %2 date
    QStringView milestoneOnTrack;  // %1 milestone, %2 date
    QStringView milestoneEarly;    // %1 milestone, %2 planned, %3 expected
    QStringView milestoneLateOne;  // %1 milestone, %2 planned, %3 expected
    QStringView milestoneLateMany; // %1 milestone, %2 planned, %3 expected, %4 business days

    QStringView firstValueHeading;
    QStringView firstValueNone;
    QStringView firstValueReached;         // %1 milestone, %2 date, %3 days after signature
    QStringView firstValueExpected;        // %1 milestone, %2 date, %3 days, %4 planned date
    QStringView firstValueReachedUndated;  // %1 milestone, %2 date
    QStringView firstValueExpectedUndated; // %1 milestone, %2 date, %3 planned date
    QStringView firstValueBeyondTarget;    // %1 target days
    QStringView firstValueHeldUpBy;        // %1 tasks
    QStringView taskSeparator;             // between the tasks of firstValueHeldUpBy

    QStringView risksHeading;
    QStringView risksNone;
    QStringView risk;       // %1 risk, %2 likelihood, %3 impact
    QStringView mitigation; // %1
    QStringView mitigationNone;
    QStringView riskOwner; // %1

    QStringView actionsHeading;
    QStringView actionsNone;
    QStringView actionOverdue; // %1 task, %2 owner, %3 due date

    QStringView closing;

    std::array<QStringView, 4> statuses;    // Status
    std::array<QStringView, 5> waitingOn;   // WaitingOn
    std::array<QStringView, 3> levels;      // RiskLevel, of the impact
    std::array<QStringView, 3> likelihoods; // RiskLevel, of the likelihood (French agrees them)
    std::array<QStringView, 4> gates;       // GateKind
};

// clang-format off
const UpdateTexts english{
    .code = u"en",

    .subject = u"%1: weekly status update, %2",
    .intro = u"Here is where the onboarding of %1 stands as of %2.",

    .overallHeading = u"Overall status",
    .status = u"Status: %1",
    .planOnTrack = u"Plan: on track",
    .planSlippingOne = u"Plan: slipping by 1 working day",
    .planSlippingMany = u"Plan: slipping by %1 working days",
    .planNone = u"Plan: not set up yet",

    .shippedHeading = u"Shipped in the last 7 days",
    .shippedNone = u"Nothing was finished this week.",
    .taskDone = u"%1 (%2)",
    .milestoneDone = u"Milestone reached: %1 (%2)",
    .gatePassed = u"%1 gate passed (%2)",

    .blockedHeading = u"Blocked",
    .blockedNone = u"Nothing is blocked.",
    .blockedTask = u"%1: blocked",
    .waitingTask = u"%1: waiting on %2",

    .nextHeading = u"Next 7 days",
    .nextNone = u"Nothing is planned for the coming week.",
    .due = u"due %1",
    .overdueSince = u"overdue since %1",
    .starts = u"starts %1",

    .milestonesHeading = u"Milestones",
    .milestoneReached = u"%1: reached on %2",
    .milestoneOnTrack = u"%1: planned for %2, on track",
    .milestoneEarly = u"%1: planned for %2, now expected %3",
    .milestoneLateOne = u"%1: planned for %2, now expected %3 (1 working day late)",
    .milestoneLateMany = u"%1: planned for %2, now expected %3 (%4 working days late)",

    .firstValueHeading = u"First value",
    .firstValueNone = u"The plan has no first-value milestone yet.",
    .firstValueReached = u"%1: reached on %2, day %3 after signature.",
    .firstValueExpected = u"%1: expected on %2, day %3 after signature (planned: %4).",
    .firstValueReachedUndated = u"%1: reached on %2.",
    .firstValueExpectedUndated = u"%1: expected on %2 (planned: %3).",
    .firstValueBeyondTarget = u"That is later than our target of %1 days.",
    .firstValueHeldUpBy = u"Held up by: %1",
    .taskSeparator = u"; ",

    .risksHeading = u"Open risks",
    .risksNone = u"No open risks.",
    .risk = u"%1 (likelihood %2, impact %3)",
    .mitigation = u"Mitigation: %1",
    .mitigationNone = u"Mitigation: to be defined",
    .riskOwner = u"Owner: %1",

    .actionsHeading = u"Open action items",
    .actionsNone = u"No open action items.",
    .actionOverdue = u"%1 (%2, overdue since %3)",

    .closing = u"Questions or corrections? Simply reply to all.",

    .statuses = {u"on track", u"at risk", u"stalled", u"paused"},
    .waitingOn = {u"nobody", u"your IT team", u"your security review", u"your procurement team",
                  u"your legal team"},
    .levels = {u"low", u"medium", u"high"},
    .likelihoods = {u"low", u"medium", u"high"},
    .gates = {u"Implementation", u"Go-live", u"Activation", u"Graduation"},
};

const UpdateTexts german{
    .code = u"de",

    .subject = u"%1: Wochenbericht vom %2",
    .intro = u"hier ist der Stand des Onboardings von %1 am %2.",

    .overallHeading = u"Gesamtstatus",
    .status = u"Status: %1",
    .planOnTrack = u"Plan: im Zeitplan",
    .planSlippingOne = u"Plan: 1 Arbeitstag Verzug",
    .planSlippingMany = u"Plan: %1 Arbeitstage Verzug",
    .planNone = u"Plan: noch nicht aufgesetzt",

    .shippedHeading = u"Erledigt in den letzten 7 Tagen",
    .shippedNone = u"Diese Woche wurde nichts abgeschlossen.",
    .taskDone = u"%1 (%2)",
    .milestoneDone = u"Meilenstein erreicht: %1 (%2)",
    .gatePassed = u"Phasen-Gate „%1“ bestanden (%2)",

    .blockedHeading = u"Blockiert",
    .blockedNone = u"Nichts ist blockiert.",
    .blockedTask = u"%1: blockiert",
    .waitingTask = u"%1: wartet auf %2",

    .nextHeading = u"Die nächsten 7 Tage",
    .nextNone = u"Für die kommende Woche ist nichts geplant.",
    .due = u"fällig am %1",
    .overdueSince = u"überfällig seit %1",
    .starts = u"Beginn am %1",

    .milestonesHeading = u"Meilensteine",
    .milestoneReached = u"%1: erreicht am %2",
    .milestoneOnTrack = u"%1: geplant für %2, im Zeitplan",
    .milestoneEarly = u"%1: geplant für %2, jetzt erwartet am %3",
    .milestoneLateOne = u"%1: geplant für %2, jetzt erwartet am %3 (1 Arbeitstag Verzug)",
    .milestoneLateMany = u"%1: geplant für %2, jetzt erwartet am %3 (%4 Arbeitstage Verzug)",

    .firstValueHeading = u"Erster messbarer Nutzen",
    .firstValueNone = u"Der Plan hat noch keinen Meilenstein für den ersten Nutzen.",
    .firstValueReached = u"%1: erreicht am %2, Tag %3 nach Vertragsabschluss.",
    .firstValueExpected = u"%1: erwartet am %2, Tag %3 nach Vertragsabschluss (geplant: %4).",
    .firstValueReachedUndated = u"%1: erreicht am %2.",
    .firstValueExpectedUndated = u"%1: erwartet am %2 (geplant: %3).",
    .firstValueBeyondTarget = u"Das ist später als unser Ziel von %1 Tagen.",
    .firstValueHeldUpBy = u"Verzögert durch: %1",
    .taskSeparator = u"; ",

    .risksHeading = u"Offene Risiken",
    .risksNone = u"Keine offenen Risiken.",
    .risk = u"%1 (Wahrscheinlichkeit %2, Auswirkung %3)",
    .mitigation = u"Gegenmaßnahme: %1",
    .mitigationNone = u"Gegenmaßnahme: noch festzulegen",
    .riskOwner = u"Verantwortlich: %1",

    .actionsHeading = u"Offene Aufgaben",
    .actionsNone = u"Keine offenen Aufgaben.",
    .actionOverdue = u"%1 (%2, überfällig seit %3)",

    .closing = u"Fragen oder Korrekturen? Antworten Sie einfach an alle.",

    .statuses = {u"im Plan", u"gefährdet", u"ins Stocken geraten", u"pausiert"},
    .waitingOn = {u"niemanden", u"Ihre IT", u"Ihre Sicherheitsprüfung", u"Ihren Einkauf",
                  u"Ihre Rechtsabteilung"},
    .levels = {u"niedrig", u"mittel", u"hoch"},
    .likelihoods = {u"niedrig", u"mittel", u"hoch"},
    .gates = {u"Implementierung", u"Go-live", u"Aktivierung", u"Abschluss des Onboardings"},
};
const UpdateTexts french{
    .code = u"fr",

    .subject = u"%1 : point d’avancement hebdomadaire du %2",
    .intro = u"Voici où en est l’onboarding de %1 au %2.",

    .overallHeading = u"Statut global",
    .status = u"Statut : %1",
    .planOnTrack = u"Planning : dans les temps",
    .planSlippingOne = u"Planning : 1 jour ouvré de retard",
    .planSlippingMany = u"Planning : %1 jours ouvrés de retard",
    .planNone = u"Planning : pas encore établi",

    .shippedHeading = u"Terminé ces 7 derniers jours",
    .shippedNone = u"Rien n’a été terminé cette semaine.",
    .taskDone = u"%1 (%2)",
    .milestoneDone = u"Jalon atteint : %1 (%2)",
    .gatePassed = u"Étape de validation « %1 » franchie (%2)",

    .blockedHeading = u"Bloqué",
    .blockedNone = u"Rien n’est bloqué.",
    .blockedTask = u"%1 : bloqué",
    .waitingTask = u"%1 : en attente de %2",

    .nextHeading = u"Les 7 prochains jours",
    .nextNone = u"Rien n’est prévu pour la semaine à venir.",
    .due = u"échéance le %1",
    .overdueSince = u"en retard depuis le %1",
    .starts = u"début le %1",

    .milestonesHeading = u"Jalons",
    .milestoneReached = u"%1 : atteint le %2",
    .milestoneOnTrack = u"%1 : prévu le %2, dans les temps",
    .milestoneEarly = u"%1 : prévu le %2, désormais attendu le %3",
    .milestoneLateOne = u"%1 : prévu le %2, désormais attendu le %3 (1 jour ouvré de retard)",
    .milestoneLateMany = u"%1 : prévu le %2, désormais attendu le %3 (%4 jours ouvrés "
                         u"de retard)",

    .firstValueHeading = u"Première valeur",
    .firstValueNone = u"Le planning n’a pas encore de jalon de première valeur.",
    .firstValueReached = u"%1 : atteint le %2, %3e jour après la signature.",
    .firstValueExpected = u"%1 : attendu le %2, %3e jour après la signature (prévu : %4).",
    .firstValueReachedUndated = u"%1 : atteint le %2.",
    .firstValueExpectedUndated = u"%1 : attendu le %2 (prévu : %3).",
    .firstValueBeyondTarget = u"C’est plus tard que notre objectif de %1 jours.",
    .firstValueHeldUpBy = u"Retardé par : %1",
    .taskSeparator = u" ; ",

    .risksHeading = u"Risques ouverts",
    .risksNone = u"Aucun risque ouvert.",
    .risk = u"%1 (probabilité : %2, impact : %3)",
    .mitigation = u"Atténuation : %1",
    .mitigationNone = u"Atténuation : à définir",
    .riskOwner = u"Responsable : %1",

    .actionsHeading = u"Actions ouvertes",
    .actionsNone = u"Aucune action ouverte.",
    .actionOverdue = u"%1 (%2, en retard depuis le %3)",

    .closing = u"Des questions ou des corrections ? Répondez simplement à tous.",

    .statuses = {u"dans les temps", u"à risque", u"à l’arrêt", u"en pause"},
    .waitingOn = {u"personne", u"votre équipe informatique", u"votre revue de sécurité",
                  u"votre service achats", u"votre service juridique"},
    .levels = {u"faible", u"moyen", u"élevé"},
    .likelihoods = {u"faible", u"moyenne", u"élevée"},
    .gates = {u"Mise en œuvre", u"Mise en production", u"Activation", u"Fin de l’onboarding"},
};
// clang-format on

const UpdateTexts &updateTexts(const EmailTemplate &t)
{
    if (t.code == german.code)
        return german;
    if (t.code == french.code)
        return french;
    return english;
}

// "Ian Plement / Data owner": the owners on both sides that are named.
QString owners(const PlanTask &task)
{
    QStringList names;
    for (const QString &name : {task.vendorOwner.trimmed(), task.customerOwner.trimmed()}) {
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(QLatin1String(" / "));
}

// A task with details in brackets: "Configure SSO (Ian Plement / IT admin, due March 9, 2026)".
QString withDetails(const QString &text, const QStringList &details)
{
    QStringList present;
    for (const QString &detail : details) {
        if (!detail.isEmpty())
            present.append(detail);
    }
    return present.isEmpty()
               ? text
               : text + QLatin1String(" (") + present.join(QLatin1String(", ")) + u')';
}

bool finishesBefore(const PlanTask &a, const PlanTask &b)
{
    return std::tuple(a.finish, a.start, a.name, a.id) <
           std::tuple(b.finish, b.start, b.name, b.id);
}

// The plan as it is expected to go from `asOf` on: done tasks as they are; a task not done
// whose finish has passed finishes on the next business day, pushing what depends on it.
QHash<TaskId, PlanTask> projectedTasks(const OnboardingFile &file, const BusinessCalendar &calendar,
                                       const QDate &asOf)
{
    QList<PlanTask> tasks = file.tasks;
    const QDate earliest = calendar.nextBusinessDay(asOf);
    for (PlanTask &task : tasks) {
        if (task.isDone() || !task.finish.isValid() || task.finish >= asOf)
            continue;
        task.finish = earliest;
        if (task.isMilestone() || !task.start.isValid() || task.start > task.finish)
            task.start = task.finish;
    }
    QHash<TaskId, PlanTask> byId;
    for (const PlanTask &task : std::as_const(tasks))
        byId.insert(task.id, task);
    for (const TaskDates &move : resolveConstraints(tasks, file.dependencies, calendar)) {
        auto it = byId.find(move.task);
        if (it != byId.end() && !it->isDone()) {
            it->start = move.start;
            it->finish = move.finish;
        }
    }
    return byId;
}

int severity(const Risk &risk)
{
    return int(risk.impact) * 3 + int(risk.likelihood);
}

} // namespace

StatusUpdate weeklyStatusUpdate(const OnboardingFile &file, const BusinessCalendar &calendar,
                                const QDate &asOf, const FirstValueTargets &targets)
{
    StatusUpdate update;
    update.asOf = asOf;
    update.weekStart = asOf.addDays(-6);
    update.weekEnd = asOf.addDays(7);

    const EffectiveStatus status = effectiveStatus(file.customer, file.stakeholders);
    update.status = status.status;
    update.statusReason = status.reason;
    update.hasPlan = !file.tasks.isEmpty();
    update.firstValue = forecastFirstValue(file, calendar, targets, asOf);

    const QHash<TaskId, PlanTask> projected = projectedTasks(file, calendar, asOf);
    auto inWeek = [&](const QDate &date) {
        return date.isValid() && date >= update.weekStart && date <= asOf;
    };
    int taskSlip = 0;
    for (const PlanTask &task : file.tasks) {
        if (task.isDone()) {
            if (inWeek(task.finish))
                update.shipped.append(task);
        } else if (task.status == TaskStatus::Blocked ||
                   (task.waitingOn != WaitingOn::Nobody && task.start.isValid() &&
                    task.start <= asOf)) {
            update.blocked.append(task);
        } else if (task.start.isValid() && task.start <= update.weekEnd) {
            update.next.append(task);
        }

        const PlanTask expected = projected.value(task.id, task);
        if (!task.isDone() && task.baselineFinish.isValid() && expected.finish.isValid())
            taskSlip = std::max(taskSlip,
                                calendar.businessDaysBetween(task.baselineFinish, expected.finish));

        if (!task.isMilestone() || !(task.finish.isValid() || task.start.isValid()))
            continue;
        MilestoneTracking milestone;
        milestone.task = task;
        const QDate date = task.finish.isValid() ? task.finish : task.start;
        milestone.planned = task.baselineFinish.isValid() ? task.baselineFinish : date;
        milestone.reached = task.isDone();
        milestone.projected = milestone.reached ? date : expected.finish;
        const FirstValueForecast &forecast = update.firstValue;
        if (forecast.hasMilestone && forecast.milestone == task.id && forecast.projected.isValid())
            milestone.projected = forecast.projected;
        milestone.slipDays = calendar.businessDaysBetween(milestone.planned, milestone.projected);
        update.milestones.append(milestone);
    }
    std::sort(update.shipped.begin(), update.shipped.end(), finishesBefore);
    std::sort(update.blocked.begin(), update.blocked.end(), finishesBefore);
    // What is under way by when it is due, what is yet to start by when it starts.
    auto nextDate = [&](const PlanTask &task) {
        return task.start > asOf && !task.isMilestone() ? task.start : task.finish;
    };
    std::sort(update.next.begin(), update.next.end(), [&](const PlanTask &a, const PlanTask &b) {
        return std::tuple(nextDate(a), a.name, a.id) < std::tuple(nextDate(b), b.name, b.id);
    });
    std::sort(update.milestones.begin(), update.milestones.end(),
              [](const MilestoneTracking &a, const MilestoneTracking &b) {
                  return std::tuple(a.planned, a.projected, a.task.name, a.task.id) <
                         std::tuple(b.planned, b.projected, b.task.name, b.task.id);
              });

    bool anyOpenMilestone = false;
    for (const MilestoneTracking &milestone : std::as_const(update.milestones)) {
        if (!milestone.reached) {
            anyOpenMilestone = true;
            update.planSlipDays = std::max(update.planSlipDays, milestone.slipDays);
        }
    }
    if (!anyOpenMilestone)
        update.planSlipDays = taskSlip;

    for (const PhaseGate &gate : file.gates) {
        if (inWeek(gate.passedDate))
            update.gatesPassed.append(gate);
    }
    std::sort(update.gatesPassed.begin(), update.gatesPassed.end(),
              [](const PhaseGate &a, const PhaseGate &b) {
                  return std::tuple(a.passedDate, int(a.kind)) <
                         std::tuple(b.passedDate, int(b.kind));
              });

    for (const Risk &risk : file.risks) {
        if (risk.status != RiskStatus::Closed)
            update.risks.append(risk);
    }
    std::stable_sort(update.risks.begin(), update.risks.end(), [](const Risk &a, const Risk &b) {
        return std::tuple(-severity(a), a.meta.createdAt, a.id) <
               std::tuple(-severity(b), b.meta.createdAt, b.id);
    });
    for (const ActionItem &action : file.actions) {
        if (action.status != ActionStatus::Done)
            update.actions.append(action);
    }
    std::sort(update.actions.begin(), update.actions.end(),
              [](const ActionItem &a, const ActionItem &b) {
                  return std::tuple(!a.dueDate.isValid(), a.dueDate, a.meta.createdAt, a.id) <
                         std::tuple(!b.dueDate.isValid(), b.dueDate, b.meta.createdAt, b.id);
              });
    return update;
}

Email statusUpdateEmail(const OnboardingFile &file, const StatusUpdate &update,
                        const QString &language, const EmailSender &sender)
{
    const Customer &customer = file.customer;
    const QString lang = language.trimmed().isEmpty() ? customer.language : language;
    const EmailTemplate &t = emailTemplate(lang);
    const UpdateTexts &u = updateTexts(t);
    const QLocale locale = emailLocale(lang);
    auto day = [&](const QDate &date) { return emailDay(locale, date); };

    QList<Stakeholder> people = file.stakeholders;
    std::sort(people.begin(), people.end(), stakeholderDisplayLess);
    Email email;
    QStringList greeted;
    for (const Stakeholder &s : people) {
        if (s.side == Side::Customer && s.role != StakeholderRole::EndUser &&
            addAddress(email.to, {}, s))
            greeted.append(s.name.trimmed());
    }
    for (const Stakeholder &s : people) {
        if (s.side == Side::Vendor)
            addAddress(email.cc, email.to, s);
    }

    const QString account = customer.accountName.trimmed();
    email.subject = fill(u.subject, account, day(update.asOf));

    EmailBody body(t.colon);
    if (greeted.size() > 1)
        body.paragraph(t.greetingMany.toString());
    else if (greeted.size() == 1 && !greeted.first().isEmpty())
        body.paragraph(fill(t.greetingOne, greeted.first()));
    else
        body.paragraph(t.greetingNone.toString());
    body.paragraph(fill(u.intro, account, day(update.asOf)));

    // Overall status
    QStringList overall{fill(u.status, u.statuses.at(size_t(update.status)).toString())};
    if (!update.hasPlan)
        overall.append(u.planNone.toString());
    else if (update.planSlipDays <= 0)
        overall.append(u.planOnTrack.toString());
    else if (update.planSlipDays == 1)
        overall.append(u.planSlippingOne.toString());
    else
        overall.append(fill(u.planSlippingMany, locale.toString(update.planSlipDays)));
    body.list(u.overallHeading.toString(), overall);

    // Shipped
    QStringList shipped;
    for (const PlanTask &task : update.shipped)
        shipped.append(fill(task.isMilestone() ? u.milestoneDone : u.taskDone,
                            task.name.simplified(), day(task.finish)));
    for (const PhaseGate &gate : update.gatesPassed)
        shipped.append(
            fill(u.gatePassed, u.gates.at(size_t(gate.kind)).toString(), day(gate.passedDate)));
    body.list(u.shippedHeading.toString(), shipped, u.shippedNone.toString());

    auto dueText = [&](const PlanTask &task) {
        if (!task.finish.isValid())
            return QString();
        return fill(task.finish < update.asOf ? u.overdueSince : u.due, day(task.finish));
    };

    // Blocked
    QStringList blocked;
    for (const PlanTask &task : update.blocked) {
        const QString name = task.name.simplified();
        const QString text =
            task.waitingOn != WaitingOn::Nobody
                ? fill(u.waitingTask, name, u.waitingOn.at(size_t(task.waitingOn)).toString())
                : fill(u.blockedTask, name);
        blocked.append(withDetails(text, {owners(task), dueText(task)}));
    }
    body.list(u.blockedHeading.toString(), blocked, u.blockedNone.toString());

    // Next
    QStringList next;
    for (const PlanTask &task : update.next) {
        const QString when = task.start > update.asOf && !task.isMilestone()
                                 ? fill(u.starts, day(task.start))
                                 : dueText(task);
        next.append(withDetails(task.name.simplified(), {owners(task), when}));
    }
    body.list(u.nextHeading.toString(), next, u.nextNone.toString());

    // Milestones
    QStringList milestones;
    for (const MilestoneTracking &m : update.milestones) {
        const QString name = m.task.name.simplified();
        if (m.reached)
            milestones.append(fill(u.milestoneReached, name, day(m.projected)));
        else if (m.slipDays > 1)
            milestones.append(fill(u.milestoneLateMany, name, day(m.planned), day(m.projected),
                                   locale.toString(m.slipDays)));
        else if (m.slipDays == 1)
            milestones.append(fill(u.milestoneLateOne, name, day(m.planned), day(m.projected)));
        else if (m.projected != m.planned)
            milestones.append(fill(u.milestoneEarly, name, day(m.planned), day(m.projected)));
        else
            milestones.append(fill(u.milestoneOnTrack, name, day(m.planned)));
    }
    if (!milestones.isEmpty())
        body.list(u.milestonesHeading.toString(), milestones);

    // First value
    const FirstValueForecast &fv = update.firstValue;
    if (!fv.hasMilestone) {
        if (update.hasPlan)
            body.list(u.firstValueHeading.toString(), {}, u.firstValueNone.toString());
    } else {
        const bool dated = customer.signatureDate.isValid();
        const QString name = fv.milestoneName.simplified();
        QString text;
        if (fv.reached)
            text = dated ? fill(u.firstValueReached, name, day(fv.projected),
                                locale.toString(fv.projectedDays))
                         : fill(u.firstValueReachedUndated, name, day(fv.projected));
        else
            text =
                dated ? fill(u.firstValueExpected, name, day(fv.projected),
                             locale.toString(fv.projectedDays), day(fv.planned))
                      : fill(u.firstValueExpectedUndated, name, day(fv.projected), day(fv.planned));
        if (dated && fv.beyondTarget)
            text += u' ' + fill(u.firstValueBeyondTarget, locale.toString(fv.targetDays));
        if (!fv.reached && !fv.pushedBy.isEmpty()) {
            QStringList names;
            for (const TaskId &id : fv.pushedBy) {
                const auto task = std::find_if(file.tasks.cbegin(), file.tasks.cend(),
                                               [&](const PlanTask &p) { return p.id == id; });
                if (task != file.tasks.cend())
                    names.append(task->name.simplified());
            }
            if (!names.isEmpty())
                text += u'\n' + fill(u.firstValueHeldUpBy, names.join(u.taskSeparator));
        }
        body.list(u.firstValueHeading.toString(), {}, text);
    }

    // Risks
    QStringList risks;
    for (const Risk &risk : update.risks) {
        QString text =
            fill(u.risk, risk.risk.trimmed(), u.likelihoods.at(size_t(risk.likelihood)).toString(),
                 u.levels.at(size_t(risk.impact)).toString());
        text += u'\n' + (risk.mitigation.trimmed().isEmpty()
                             ? u.mitigationNone.toString()
                             : fill(u.mitigation, risk.mitigation.trimmed()));
        if (!risk.owner.trimmed().isEmpty())
            text += u'\n' + fill(u.riskOwner, risk.owner.trimmed());
        risks.append(text);
    }
    body.list(u.risksHeading.toString(), risks, u.risksNone.toString());

    // Action items
    QStringList actions;
    for (const ActionItem &action : update.actions) {
        const QString owner =
            action.owner.trimmed().isEmpty() ? t.ownerToBeNamed.toString() : action.owner.trimmed();
        const QString task = action.task.trimmed();
        if (action.isOverdue(update.asOf))
            actions.append(fill(u.actionOverdue, task, owner, day(action.dueDate)));
        else if (action.dueDate.isValid())
            actions.append(fill(t.actionDue, task, owner, day(action.dueDate)));
        else
            actions.append(fill(t.actionNoDue, task, owner));
    }
    body.list(u.actionsHeading.toString(), actions, u.actionsNone.toString());

    body.paragraph(u.closing.toString());
    const QString csm = ownerName(customer.csmOwner, people, StakeholderRole::Csm);
    body.paragraph(signature(t, csm.isEmpty() ? sender.name : csm, people, sender));

    email.plainText = body.plainText();
    email.html = body.html(t.code, email.subject);
    return email;
}

} // namespace Csm
