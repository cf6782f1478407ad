#include "coretestprinting.h"
#include "portfoliofixture.h"

#include "commands/snoozealert.h"
#include "portfolio/alerts.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace Csm;
using namespace Csm::Test;
using F = PortfolioFixture;

namespace {

// A copy: the lists the tests look into are temporaries.
std::optional<PortfolioAlert> find(const QList<PortfolioAlert> &alerts, AlertKind kind)
{
    for (const PortfolioAlert &alert : alerts) {
        if (alert.kind == kind)
            return alert;
    }
    return std::nullopt;
}

QList<PortfolioAlert> alertsOf(const OnboardingFile &file, const QDate &day = F::today(),
                               const UsageRollups &usage = {}, const PortfolioSettings &s = {},
                               const QList<QDate> &holidays = {})
{
    return customerAlerts(F::facts(file, day, usage, s, holidays), s);
}

// Live since `daysAgo` days with `seats` seats.
OnboardingFile live(int daysAgo, int seats)
{
    OnboardingFile file = F::healthy();
    file.customer.goLiveDate = F::today().addDays(-daysAgo);
    file.customer.licensedSeats = seats;
    return file;
}

} // namespace

TEST_CASE("Alert kinds have stable keys")
{
    CHECK(alertKindKey(AlertKind::SilentStall) == QLatin1String("silent_stall"));
    CHECK(alertKindKey(AlertKind::BlockerPastSla) == QLatin1String("blocker_past_sla"));
    for (int i = 0; i < alertKindCount; ++i) {
        const AlertKind kind = AlertKind(i);
        CHECK(alertKindFromKey(alertKindKey(kind)) == kind);
        CHECK_FALSE(alertKindName(kind).isEmpty());
    }
    CHECK_FALSE(alertKindFromKey(u"stalled").has_value());
}

TEST_CASE("A healthy onboarding raises no alert")
{
    CHECK(alertsOf(F::healthy()).isEmpty());
}

TEST_CASE("A graduated customer gets no onboarding alert")
{
    OnboardingFile file = F::healthy();
    file.customer.csmOwner.clear();
    file.stakeholders.clear();
    file.tasks.first().status = TaskStatus::Blocked;
    REQUIRE_FALSE(alertsOf(file).isEmpty());
    file.customer.phase = Phase::Graduated;
    CHECK(alertsOf(file).isEmpty());
}

TEST_CASE("Silent stall: no usage for 7 days after go-live")
{
    const QDate today = F::today();
    const OnboardingFile file = live(30, 10);
    const UsageRollups stopped = F::usage(10, 10, today.addDays(-30), today.addDays(-10));
    const QList<PortfolioAlert> alerts = alertsOf(file, today, stopped);
    const std::optional<PortfolioAlert> alert = find(alerts, AlertKind::SilentStall);
    REQUIRE(alert);
    CHECK(alert->severity == AlertSeverity::Critical);
    CHECK(alert->page == QLatin1String("adoption"));
    CHECK(alert->reason.startsWith(QLatin1String("No usage for 10 days")));
    CHECK(alert->reason.endsWith(QLatin1String("alert after 7 days)")));
    CHECK(alert->situation == QLatin1String("usage:2026-03-01"));

    SECTION("the situation stays while nothing happens")
    {
        const std::optional<PortfolioAlert> later =
            find(alertsOf(file, today.addDays(3), stopped), AlertKind::SilentStall);
        REQUIRE(later);
        CHECK(later->situation == alert->situation);
    }
    SECTION("does not fire with usage 6 days ago")
    {
        CHECK_FALSE(
            find(alertsOf(file, today, F::usage(10, 10, today.addDays(-30), today.addDays(-6))),
                 AlertKind::SilentStall));
    }
    SECTION("clears with usage today, and comes back in a new situation")
    {
        const UsageRollups resumed = F::usage(10, 10, today.addDays(-30), today);
        CHECK_FALSE(find(alertsOf(file, today, resumed), AlertKind::SilentStall));
        const std::optional<PortfolioAlert> again =
            find(alertsOf(file, today.addDays(8), resumed), AlertKind::SilentStall);
        REQUIRE(again);
        CHECK(again->situation == QLatin1String("usage:2026-03-11"));
    }
    SECTION("the threshold is a setting")
    {
        PortfolioSettings settings;
        settings.silentStallDays = 14;
        CHECK_FALSE(find(alertsOf(file, today, stopped, settings), AlertKind::SilentStall));
    }
}

TEST_CASE("Silent stall: no progress on the plan for 7 days")
{
    OnboardingFile file = F::healthy();
    for (PlanTask &task : file.tasks)
        task.meta = F::metaOn(F::today().addDays(-9));
    const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::SilentStall);
    REQUIRE(alert);
    CHECK(alert->page == QLatin1String("timeline"));
    CHECK(alert->reason.startsWith(QLatin1String("No progress on the plan for 9 days")));
    CHECK(alert->situation == QLatin1String("plan:2026-03-02"));

    SECTION("clears when a task changes")
    {
        file.tasks.last().meta.modifiedAt = QDateTime(F::today(), QTime(10, 0), Qt::UTC);
        CHECK_FALSE(find(alertsOf(file), AlertKind::SilentStall));
    }
    SECTION("does not fire when every task is done")
    {
        for (PlanTask &task : file.tasks)
            task.status = TaskStatus::Done;
        CHECK_FALSE(find(alertsOf(file), AlertKind::SilentStall));
    }
}

TEST_CASE("Single-threaded: fewer than two customer contacts or no executive sponsor")
{
    OnboardingFile file = F::healthy();
    const Customer &c = file.customer;
    SECTION("one contact")
    {
        file.stakeholders.removeLast();
        file.stakeholders.append(F::person(c, "Alex Vendor", StakeholderRole::Csm, Side::Vendor));
        const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::SingleThreaded);
        REQUIRE(alert);
        CHECK(alert->reason == QLatin1String("Only 1 customer contact (at least 2 wanted)"));
        CHECK(alert->page == QLatin1String("handoff"));
        CHECK(alert->situation == QLatin1String("contacts:1;sponsor:yes"));

        file.stakeholders.append(F::person(c, "Kim Admin", StakeholderRole::AdminOwner));
        CHECK_FALSE(find(alertsOf(file), AlertKind::SingleThreaded));
    }
    SECTION("no sponsor")
    {
        file.stakeholders.first().role = StakeholderRole::DecisionMaker;
        const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::SingleThreaded);
        REQUIRE(alert);
        CHECK(alert->reason ==
              QLatin1String("No executive sponsor named among the customer's contacts"));
        CHECK(alert->situation == QLatin1String("contacts:2;sponsor:no"));
        // Another contact without a sponsor: the same situation.
        file.stakeholders.append(F::person(c, "Kim Admin", StakeholderRole::AdminOwner));
        CHECK(find(alertsOf(file), AlertKind::SingleThreaded)->situation == alert->situation);
    }
    SECTION("nobody")
    {
        file.stakeholders.clear();
        const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::SingleThreaded);
        REQUIRE(alert);
        CHECK(alert->reason == QLatin1String("No customer contact named (at least 2 wanted)"));
        CHECK(alert->situation == QLatin1String("contacts:0;sponsor:no"));
    }
}

TEST_CASE("Orphaned account: no CSM owner, or no kickoff date 48 h after signature")
{
    OnboardingFile file = F::healthy();
    SECTION("no owner")
    {
        file.customer.csmOwner = QStringLiteral("  ");
        const std::optional<PortfolioAlert> alert =
            find(alertsOf(file), AlertKind::OrphanedAccount);
        REQUIRE(alert);
        CHECK(alert->reason == QLatin1String("No CSM owner named"));
        CHECK(alert->page == QLatin1String("handoff"));
        CHECK(alert->situation == QLatin1String("owner"));
        file.customer.csmOwner = QStringLiteral("Casey Morgan");
        CHECK_FALSE(find(alertsOf(file), AlertKind::OrphanedAccount));
    }
    SECTION("no kickoff scheduled")
    {
        file.customer.signatureDate = F::today().addDays(-2);
        file.customer.kickoffDate = QDate();
        const std::optional<PortfolioAlert> alert =
            find(alertsOf(file), AlertKind::OrphanedAccount);
        REQUIRE(alert);
        CHECK(alert->reason ==
              QLatin1String("No kickoff scheduled 2 days after signature (target: within 48 h)"));
        CHECK(alert->page == QLatin1String("kickoff"));
        CHECK(alert->situation == QLatin1String("kickoff"));
        // One day after signature is too early to tell.
        CHECK_FALSE(find(alertsOf(file, F::today().addDays(-1)), AlertKind::OrphanedAccount));
        file.customer.kickoffDate = F::today().addDays(2);
        CHECK_FALSE(find(alertsOf(file), AlertKind::OrphanedAccount));
    }
}

TEST_CASE("Slow start: no kickoff within 5 business days of signature")
{
    OnboardingFile file = F::healthy();
    file.customer.signatureDate = QDate(2026, 3, 2); // a Monday
    file.customer.kickoffDate = QDate();
    const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::SlowStart);
    REQUIRE(alert);
    CHECK(alert->reason ==
          QLatin1String("No kickoff 7 business days after signature (target: within 5)"));
    CHECK(alert->page == QLatin1String("kickoff"));
    CHECK(alert->situation == QLatin1String("unscheduled"));
    CHECK(find(alertsOf(file, QDate(2026, 3, 12)), AlertKind::SlowStart)->situation ==
          alert->situation);

    SECTION("does not fire on the fifth business day")
    {
        CHECK_FALSE(find(alertsOf(file, QDate(2026, 3, 9)), AlertKind::SlowStart));
    }
    SECTION("a holiday moves the deadline")
    {
        CHECK(find(alertsOf(file, QDate(2026, 3, 10)), AlertKind::SlowStart));
        CHECK_FALSE(find(alertsOf(file, QDate(2026, 3, 10), {}, {}, {QDate(2026, 3, 4)}),
                         AlertKind::SlowStart));
    }
    SECTION("a kickoff scheduled too late fires before it is held")
    {
        file.customer.kickoffDate = QDate(2026, 3, 12);
        const std::optional<PortfolioAlert> late =
            find(alertsOf(file, QDate(2026, 3, 5)), AlertKind::SlowStart);
        REQUIRE(late);
        CHECK(
            late->reason ==
            QLatin1String("Kickoff scheduled 8 business days after signature (target: within 5)"));
        CHECK(late->situation == QLatin1String("scheduled:2026-03-12"));
    }
    SECTION("clears once the kickoff is held")
    {
        file.customer.kickoffDate = QDate(2026, 3, 10);
        CHECK_FALSE(find(alertsOf(file), AlertKind::SlowStart));
    }
    SECTION("the business days are a setting")
    {
        PortfolioSettings settings;
        settings.slowStartBusinessDays = 7;
        CHECK_FALSE(find(alertsOf(file, F::today(), {}, settings), AlertKind::SlowStart));
    }
}

TEST_CASE("Goals undefined: kickoff held without a confirmed measurable objective")
{
    OnboardingFile file = F::healthy();
    file.objectives.first().confirmedAtKickoff = false;
    const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::GoalsUndefined);
    REQUIRE(alert);
    CHECK(alert->page == QLatin1String("successPlan"));
    CHECK(alert->situation == QLatin1String("objectives:1"));
    CHECK(alert->reason.contains(QLatin1String("no measurable objective is confirmed")));

    SECTION("an objective without a target is not measurable")
    {
        file.objectives.first().confirmedAtKickoff = true;
        file.objectives.first().target = file.objectives.first().baseline;
        CHECK(find(alertsOf(file), AlertKind::GoalsUndefined));
    }
    SECTION("no objective at all is another situation")
    {
        file.objectives.clear();
        CHECK(find(alertsOf(file), AlertKind::GoalsUndefined)->situation ==
              QLatin1String("objectives:0"));
    }
    SECTION("does not fire before the kickoff")
    {
        file.customer.kickoffDate = F::today().addDays(1);
        CHECK_FALSE(find(alertsOf(file), AlertKind::GoalsUndefined));
    }
    SECTION("clears when confirmed")
    {
        file.objectives.first().confirmedAtKickoff = true;
        CHECK_FALSE(find(alertsOf(file), AlertKind::GoalsUndefined));
    }
}

TEST_CASE("Victory declared too early: live but adoption under target after 30 days")
{
    const QDate today = F::today();
    const OnboardingFile file = live(40, 10);
    // All ten logged in early on; three still active.
    UsageRollups usage = F::usage(10, 10, today.addDays(-40), today.addDays(-35));
    usage.userDays += F::usage(10, 3, today.addDays(-20), today).userDays;
    const std::optional<PortfolioAlert> alert =
        find(alertsOf(file, today, usage), AlertKind::VictoryTooEarly);
    REQUIRE(alert);
    CHECK(alert->reason ==
          QLatin1String(
              "Live for 40 days but adoption is 30 % of seats (target: 80 % after 30 days)"));
    CHECK(alert->page == QLatin1String("adoption"));
    CHECK(alert->situation == QLatin1String("adoption:30"));

    SECTION("does not fire before 30 days after go-live")
    {
        CHECK_FALSE(find(alertsOf(file, today.addDays(-15), usage), AlertKind::VictoryTooEarly));
    }
    SECTION("does not fire without usage data")
    {
        CHECK_FALSE(find(alertsOf(file, today), AlertKind::VictoryTooEarly));
    }
    SECTION("clears when adoption reaches the target")
    {
        usage.userDays += F::usage(10, 9, today.addDays(-5), today).userDays;
        CHECK_FALSE(find(alertsOf(file, today, usage), AlertKind::VictoryTooEarly));
    }
}

TEST_CASE("Overdue tasks, missed gates and overdue actions")
{
    OnboardingFile file = F::healthy();
    const Customer &c = file.customer;
    SECTION("tasks")
    {
        file.tasks.append(F::task(c, "Map the fields", F::today().addDays(-1)));
        const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::OverdueTasks);
        REQUIRE(alert);
        CHECK(alert->page == QLatin1String("timeline"));
        CHECK(alert->recordId == file.tasks.last().id.uuid());
        CHECK(alert->situation == file.tasks.last().id.toString());
        CHECK(alert->reason.startsWith(QLatin1String("\"Map the fields\" was due on")));
        // The next day, the same task: the same situation.
        CHECK(find(alertsOf(file, F::today().addDays(1)), AlertKind::OverdueTasks)->situation ==
              alert->situation);
        // A second one: a new situation, the oldest named.
        file.tasks.append(F::task(c, "Load the data", F::today().addDays(-4)));
        const std::optional<PortfolioAlert> two = find(alertsOf(file), AlertKind::OverdueTasks);
        CHECK(two->situation != alert->situation);
        CHECK(
            two->reason.startsWith(QLatin1String("2 tasks overdue, the oldest \"Load the data\"")));
        for (PlanTask &task : file.tasks)
            task.status = TaskStatus::Done;
        CHECK_FALSE(find(alertsOf(file), AlertKind::OverdueTasks));
    }
    SECTION("gates")
    {
        PhaseGate gate;
        gate.id = GateId::create();
        gate.customerId = c.id;
        gate.kind = GateKind::GoLive;
        gate.dueDate = F::today().addDays(-3);
        gate.meta = F::metaOn(F::today());
        file.gates.append(gate);
        const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::MissedGates);
        REQUIRE(alert);
        CHECK(alert->reason.startsWith(QLatin1String("Go-live gate not passed, due on")));
        CHECK(alert->recordId == gate.id.uuid());
        CHECK_FALSE(find(alertsOf(file, F::today().addDays(-3)), AlertKind::MissedGates));
        file.gates.first().passedDate = F::today();
        CHECK_FALSE(find(alertsOf(file), AlertKind::MissedGates));
    }
    SECTION("actions")
    {
        ActionItem action;
        action.id = ActionId::create();
        action.customerId = c.id;
        action.task = QStringLiteral("Send the SSO metadata");
        action.dueDate = F::today().addDays(-1);
        action.meta = F::metaOn(F::today());
        file.actions.append(action);
        const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::OverdueActions);
        REQUIRE(alert);
        CHECK(alert->page == QLatin1String("logs"));
        CHECK(alert->situation == action.id.toString());
        file.actions.first().dueDate = F::today();
        CHECK_FALSE(find(alertsOf(file), AlertKind::OverdueActions));
        file.actions.first().dueDate = F::today().addDays(-1);
        file.actions.first().status = ActionStatus::Done;
        CHECK_FALSE(find(alertsOf(file), AlertKind::OverdueActions));
    }
}

TEST_CASE("Blockers past their SLA of 2 business days")
{
    OnboardingFile file = F::healthy();
    PlanTask &blocked = file.tasks.last();
    blocked.status = TaskStatus::Blocked;
    blocked.meta = F::metaOn(QDate(2026, 3, 2)); // marked blocked on a Monday
    const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::BlockerPastSla);
    REQUIRE(alert);
    CHECK(alert->severity == AlertSeverity::Critical);
    CHECK(alert->reason ==
          QLatin1String("\"Configure SSO\" blocked for 7 business days without an answer (SLA: "
                        "2 business days)"));
    CHECK(alert->page == QLatin1String("timeline"));
    CHECK(alert->recordId == blocked.id.uuid());

    SECTION("within the SLA on the second business day")
    {
        CHECK_FALSE(find(alertsOf(file, QDate(2026, 3, 4)), AlertKind::BlockerPastSla));
        CHECK(find(alertsOf(file, QDate(2026, 3, 5)), AlertKind::BlockerPastSla));
    }
    SECTION("escalated risks and blocked actions are blockers too")
    {
        Risk risk;
        risk.id = RiskId::create();
        risk.customerId = file.customer.id;
        risk.risk = QStringLiteral("No IT admin");
        risk.status = RiskStatus::Escalated;
        risk.meta = F::metaOn(QDate(2026, 3, 3));
        file.risks.append(risk);
        const std::optional<PortfolioAlert> two = find(alertsOf(file), AlertKind::BlockerPastSla);
        REQUIRE(two);
        CHECK(two->situation != alert->situation);
        CHECK(two->reason.startsWith(QLatin1String("2 blockers past their SLA")));
    }
    SECTION("clears when unblocked")
    {
        blocked.status = TaskStatus::InProgress;
        CHECK_FALSE(find(alertsOf(file), AlertKind::BlockerPastSla));
    }
}

TEST_CASE("Login rate red flag: under 60 % two weeks after go-live")
{
    const QDate today = F::today();
    const OnboardingFile file = live(20, 4);
    const UsageRollups low = F::usage(10, 4, today.addDays(-20), today);
    const std::optional<PortfolioAlert> alert =
        find(alertsOf(file, today, low), AlertKind::LowLoginRate);
    REQUIRE(alert);
    CHECK(alert->reason ==
          QLatin1String("Login rate 40 % 14 days after go-live (red flag under 60 %)"));
    CHECK(alert->situation == QLatin1String("login:40"));

    SECTION("does not fire before 14 days")
    {
        CHECK_FALSE(find(alertsOf(file, today.addDays(-7), low), AlertKind::LowLoginRate));
    }
    SECTION("clears at 60 %")
    {
        CHECK_FALSE(find(alertsOf(file, today, F::usage(10, 6, today.addDays(-20), today)),
                         AlertKind::LowLoginRate));
    }
    SECTION("the flag is a setting")
    {
        PortfolioSettings settings;
        settings.loginRateFlag = 0.3;
        CHECK_FALSE(find(alertsOf(file, today, low, settings), AlertKind::LowLoginRate));
    }
}

TEST_CASE("Alerts read from the workspace")
{
    TempWorkspace ws;
    OnboardingFile file = F::healthy();
    file.customer.csmOwner.clear();
    REQUIRE(ws->insertOnboardingFile(file));
    const QList<PortfolioAlert> alerts =
        customerAlerts(*ws, file.customer.id, PortfolioSettings(), F::today());
    REQUIRE(alerts.size() == 1);
    CHECK(alerts.first().kind == AlertKind::OrphanedAccount);
    CHECK(customerAlerts(*ws, CustomerId::create(), PortfolioSettings(), F::today()).isEmpty());
}

TEST_CASE("A snoozed alert is silent until its situation changes")
{
    OnboardingFile file = F::healthy();
    const Customer &c = file.customer;
    file.stakeholders.removeLast(); // single-threaded: contacts:1;sponsor:yes
    const std::optional<PortfolioAlert> alert = find(alertsOf(file), AlertKind::SingleThreaded);
    REQUIRE(alert);
    REQUIRE(alert->isActive());

    AlertSnooze snooze;
    snooze.id = AlertSnoozeId::create();
    snooze.customerId = c.id;
    snooze.alert = alert->key();
    snooze.situation = alert->situation;
    snooze.note = QStringLiteral("Champion joins after the reorg");
    snooze.meta = F::metaOn(F::today());
    file.alertSnoozes.append(snooze);

    SECTION("snoozed in the same situation")
    {
        const QList<PortfolioAlert> alerts = alertsOf(file);
        const std::optional<PortfolioAlert> snoozed = find(alerts, AlertKind::SingleThreaded);
        REQUIRE(snoozed);
        CHECK_FALSE(snoozed->isActive());
        REQUIRE(snoozed->snooze);
        CHECK(snoozed->snooze->note == QLatin1String("Champion joins after the reorg"));
        CHECK(activeAlertCount(alerts) == 0);
    }
    SECTION("back when the situation changes")
    {
        file.stakeholders.first().role = StakeholderRole::DecisionMaker; // sponsor:no now
        const std::optional<PortfolioAlert> back = find(alertsOf(file), AlertKind::SingleThreaded);
        REQUIRE(back);
        CHECK(back->isActive());
        CHECK(back->situation == QLatin1String("contacts:1;sponsor:no"));
    }
    SECTION("back after the snooze's last day")
    {
        file.alertSnoozes.first().until = F::today();
        CHECK_FALSE(find(alertsOf(file), AlertKind::SingleThreaded)->isActive());
        CHECK(find(alertsOf(file, F::today().addDays(1)), AlertKind::SingleThreaded)->isActive());
    }
    SECTION("a snooze of another kind does not silence it")
    {
        file.alertSnoozes.first().alert = alertKindKey(AlertKind::SlowStart);
        CHECK(find(alertsOf(file), AlertKind::SingleThreaded)->isActive());
    }
    SECTION("gone when fixed, snoozed or not")
    {
        file.stakeholders.append(F::person(c, "Kim Admin", StakeholderRole::AdminOwner));
        CHECK_FALSE(find(alertsOf(file), AlertKind::SingleThreaded));
    }
}

TEST_CASE("Snoozing and bringing back an alert are undo steps kept with the customer")
{
    TempWorkspace ws;
    OnboardingFile file = F::healthy();
    file.customer.csmOwner.clear();
    REQUIRE(ws->insertOnboardingFile(file));
    const CustomerId id = file.customer.id;
    const auto alerts = [&] { return customerAlerts(*ws, id, PortfolioSettings(), F::today()); };
    REQUIRE(alerts().size() == 1);
    const PortfolioAlert orphaned = alerts().first();
    REQUIRE(orphaned.isActive());

    ws->undoStack()->push(makeSnoozeAlert(
        ws.get(), id, orphaned, QStringLiteral(" New CSM starts Monday "), F::today().addDays(5)));
    CHECK(ws->undoStack()->undoText() == QLatin1String("Snooze alert Orphaned account"));
    REQUIRE(ws->records<AlertSnooze>(id).size() == 1);
    CHECK(ws->records<AlertSnooze>(id).first().note == QLatin1String("New CSM starts Monday"));
    CHECK(ws->records<AlertSnooze>(id).first().until == F::today().addDays(5));
    CHECK_FALSE(alerts().first().isActive());

    // Snoozed again: the new snooze replaces the old one, and one undo brings the old one back.
    ws->undoStack()->push(
        makeSnoozeAlert(ws.get(), id, alerts().first(), QStringLiteral("Later"), {}));
    REQUIRE(ws->records<AlertSnooze>(id).size() == 1);
    CHECK(ws->records<AlertSnooze>(id).first().note == QLatin1String("Later"));
    ws->undoStack()->undo();
    REQUIRE(ws->records<AlertSnooze>(id).size() == 1);
    CHECK(ws->records<AlertSnooze>(id).first().note == QLatin1String("New CSM starts Monday"));

    QUndoCommand *wake = makeWakeAlert(ws.get(), id, alerts().first());
    REQUIRE(wake);
    ws->undoStack()->push(wake);
    CHECK(ws->undoStack()->undoText() == QLatin1String("Bring back alert Orphaned account"));
    CHECK(ws->records<AlertSnooze>(id).isEmpty());
    CHECK(alerts().first().isActive());
    // The removed snooze leaves a tombstone for merging shared files.
    CHECK(
        std::any_of(ws->tombstones(id).cbegin(), ws->tombstones(id).cend(),
                    [](const Tombstone &t) { return t.entity == QLatin1String("alert_snooze"); }));
    CHECK_FALSE(makeWakeAlert(ws.get(), id, alerts().first()));

    // Kept in the workspace file.
    ws->undoStack()->undo();
    REQUIRE(ws->records<AlertSnooze>(id).size() == 1);
    ws.reopen();
    REQUIRE(ws->records<AlertSnooze>(id).size() == 1);
    CHECK_FALSE(alerts().first().isActive());
}
