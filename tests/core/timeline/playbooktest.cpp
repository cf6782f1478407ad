#include "coretestprinting.h"
#include "testsupport.h"

#include "commands/addcustomer.h"
#include "commands/playbookcommands.h"
#include "timeline/playbook.h"
#include "timeline/schedule.h"
#include "workspace/workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace Csm;

namespace {

Customer customerSignedOn(const QDate &signature, Tier tier = Tier::Hybrid)
{
    Customer customer;
    customer.id = CustomerId::create();
    customer.accountName = QStringLiteral("Northwind Logistics");
    customer.tier = tier;
    customer.signatureDate = signature;
    customer.csmOwner = QStringLiteral("Cara Success");
    customer.implementationOwner = QStringLiteral("Ian Plement");
    customer.accountExecutive = QStringLiteral("Ann Exec");
    return customer;
}

// The generated plan as the onboarding file of `customer`.
OnboardingFile asFile(const Customer &customer, const GeneratedPlan &plan)
{
    OnboardingFile file;
    file.customer = customer;
    file.workstreams = plan.workstreams;
    file.tasks = plan.tasks;
    file.dependencies = plan.dependencies;
    file.gates = plan.gates;
    file.gateCriteria = plan.criteria;
    return file;
}

const PlanTask *taskById(const QList<PlanTask> &tasks, const TaskId &id)
{
    const auto it =
        std::find_if(tasks.cbegin(), tasks.cend(), [&](const PlanTask &t) { return t.id == id; });
    return it == tasks.cend() ? nullptr : &*it;
}

const PlanTask *taskNamed(const QList<PlanTask> &tasks, const QString &name)
{
    const auto it = std::find_if(tasks.cbegin(), tasks.cend(),
                                 [&](const PlanTask &t) { return t.name == name; });
    return it == tasks.cend() ? nullptr : &*it;
}

int taskCount(const Playbook &playbook)
{
    int count = 0;
    for (const PlaybookWorkstream &workstream : playbook.workstreams)
        count += int(workstream.tasks.size());
    return count;
}

QByteArray resourceBytes(const QString &id)
{
    QFile file(QStringLiteral(":/playbooks/%1.json").arg(id));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// The built-in hybrid playbook's JSON with `edit` applied, for the broken-file cases.
QByteArray editedHybrid(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(resourceBytes(QStringLiteral("hybrid"))).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

// Changes task `t` of workstream `w` of `root`.
void editTask(QJsonObject &root, int w, int t, const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray workstreams = root.value(QLatin1String("workstreams")).toArray();
    QJsonObject workstream = workstreams.at(w).toObject();
    QJsonArray tasks = workstream.value(QLatin1String("tasks")).toArray();
    QJsonObject task = tasks.at(t).toObject();
    edit(task);
    tasks.replace(t, task);
    workstream.insert(QLatin1String("tasks"), tasks);
    workstreams.replace(w, workstream);
    root.insert(QLatin1String("workstreams"), workstreams);
}

CustomerId addCustomer(Test::TempWorkspace &ws, const Customer &customer)
{
    OnboardingFile file;
    file.customer = customer;
    file.customer.meta = ws->newMeta();
    ws->undoStack()->push(new AddCustomer(ws.get(), file));
    ws.advance(1000);
    return customer.id;
}

template<typename R> int recordCount(Workspace &ws, const CustomerId &customer)
{
    return int(ws.records<R>(customer).size());
}

} // namespace

TEST_CASE("The three built-in playbooks read, one per tier, in tier order")
{
    const QList<Playbook> playbooks = builtInPlaybooks();
    REQUIRE(playbooks.size() == 3);
    for (int i = 0; i < 3; ++i) {
        const Playbook &playbook = playbooks.at(i);
        INFO(playbook.id.toStdString());
        CHECK(playbook.tier == Tier(i));
        CHECK(playbook.id == enumKey(Tier(i)));
        CHECK(playbook.builtIn);
        CHECK_FALSE(playbook.name.isEmpty());
        CHECK_FALSE(playbook.description.isEmpty());
        QString error;
        CHECK(playbookFromJson(resourceBytes(playbook.id), &error));
        CHECK(error.isEmpty());
        CHECK(builtInPlaybook(Tier(i)) == playbook);
    }
}

TEST_CASE("Each built-in playbook has one first-value milestone and all four gates")
{
    for (const Playbook &playbook : builtInPlaybooks()) {
        INFO(playbook.id.toStdString());
        int firstValues = 0;
        for (const PlaybookWorkstream &workstream : playbook.workstreams) {
            CHECK_FALSE(workstream.vendorOwner.isEmpty());
            CHECK_FALSE(workstream.customerOwner.isEmpty());
            for (const PlaybookTask &task : workstream.tasks) {
                CHECK_FALSE(task.vendorOwner.isEmpty());
                if (task.firstValue) {
                    ++firstValues;
                    CHECK(task.type == TaskType::Milestone);
                }
            }
        }
        CHECK(firstValues == 1);
        QList<GateKind> kinds;
        for (const PlaybookGate &gate : playbook.gates) {
            kinds.append(gate.kind);
            CHECK(gate.criteria.size() >= 2);
        }
        std::sort(kinds.begin(), kinds.end());
        CHECK(kinds == QList<GateKind>{GateKind::Implementation, GateKind::GoLive,
                                       GateKind::Activation, GateKind::Graduation});
    }
}

TEST_CASE("High-touch is the richest playbook and waits on security, procurement and legal")
{
    const Playbook highTouch = builtInPlaybook(Tier::HighTouch);
    const Playbook hybrid = builtInPlaybook(Tier::Hybrid);
    const Playbook digital = builtInPlaybook(Tier::Digital);
    CHECK(taskCount(highTouch) >= 25);
    CHECK(taskCount(highTouch) <= 35);
    CHECK(taskCount(digital) <= 12);
    CHECK(taskCount(digital) < taskCount(hybrid));
    CHECK(taskCount(hybrid) < taskCount(highTouch));

    QList<WaitingOn> waits;
    QList<WorkstreamKind> kinds;
    for (const PlaybookWorkstream &workstream : highTouch.workstreams) {
        kinds.append(workstream.kind);
        for (const PlaybookTask &task : workstream.tasks)
            waits.append(task.waitingOn);
    }
    for (WaitingOn wait : {WaitingOn::SecurityReview, WaitingOn::Procurement, WaitingOn::Legal,
                           WaitingOn::CustomerIt})
        CHECK(waits.contains(wait));
    for (WorkstreamKind kind :
         {WorkstreamKind::DataMigration, WorkstreamKind::Integrations,
          WorkstreamKind::SecurityCompliance, WorkstreamKind::Procurement, WorkstreamKind::Training,
          WorkstreamKind::InternalRollout, WorkstreamKind::KpiTracking})
        CHECK(kinds.contains(kind));

    const auto goLive =
        std::find_if(highTouch.gates.cbegin(), highTouch.gates.cend(),
                     [](const PlaybookGate &g) { return g.kind == GateKind::GoLive; });
    REQUIRE(goLive != highTouch.gates.cend());
    CHECK(goLive->criteria.contains(QStringLiteral("SSO verified")));
}

TEST_CASE("A plan made from each built-in playbook satisfies its own dependencies")
{
    // Every weekday of signature, with and without holidays in the way.
    const BusinessCalendar holidays({QDate(2026, 3, 6), QDate(2026, 3, 9), QDate(2026, 4, 3),
                                     QDate(2026, 4, 6), QDate(2026, 5, 1)});
    for (const Playbook &playbook : builtInPlaybooks()) {
        for (const BusinessCalendar &calendar : {BusinessCalendar(), holidays}) {
            for (int weekday = 0; weekday < 7; ++weekday) {
                const QDate signature = QDate(2026, 3, 2).addDays(weekday);
                INFO(playbook.id.toStdString() << " signed " << signature.toString().toStdString());
                const Customer customer = customerSignedOn(signature, *playbook.tier);
                const GeneratedPlan plan = generatePlan(playbook, customer, calendar, {});
                CHECK(plan.tasks.size() == taskCount(playbook));
                CHECK(resolveConstraints(plan.tasks, plan.dependencies, calendar).isEmpty());
                for (const TaskDependency &dependency : plan.dependencies) {
                    const PlanTask *before = taskById(plan.tasks, dependency.predecessorId);
                    const PlanTask *after = taskById(plan.tasks, dependency.successorId);
                    REQUIRE(before);
                    REQUIRE(after);
                    CHECK(dependency.type == DependencyType::FinishToStart);
                    CHECK(after->start > before->finish);
                }
                for (const PlanTask &task : plan.tasks) {
                    CHECK(calendar.isBusinessDay(task.start));
                    CHECK(calendar.isBusinessDay(task.finish));
                    CHECK(task.start >= signature);
                    CHECK(task.baselineStart == task.start);
                    CHECK(task.baselineFinish == task.finish);
                    CHECK(task.customerId == customer.id);
                    CHECK(task.status == TaskStatus::NotStarted);
                }
            }
        }
    }
}

TEST_CASE("First value falls within the tier's target whatever the weekday of signature")
{
    const QHash<Tier, int> targetDays{
        {Tier::HighTouch, 30}, {Tier::Hybrid, 30}, {Tier::Digital, 14}};
    for (const Playbook &playbook : builtInPlaybooks()) {
        for (int weekday = 0; weekday < 7; ++weekday) {
            const QDate signature = QDate(2026, 3, 2).addDays(weekday);
            INFO(playbook.id.toStdString() << " signed " << signature.toString().toStdString());
            const GeneratedPlan plan = generatePlan(playbook, customerSignedOn(signature),
                                                    BusinessCalendar(), QDate(2026, 1, 1));
            QList<PlanTask> firstValue;
            std::copy_if(plan.tasks.cbegin(), plan.tasks.cend(), std::back_inserter(firstValue),
                         [](const PlanTask &t) { return t.firstValue; });
            REQUIRE(firstValue.size() == 1);
            CHECK(firstValue.first().isMilestone());
            CHECK(signature.daysTo(firstValue.first().finish) <= targetDays.value(*playbook.tier));
            // The seed's backwards plan: first value on day 21 at the earliest, except for
            // digital-first, which compresses it.
            if (playbook.tier != Tier::Digital)
                CHECK(signature.daysTo(firstValue.first().finish) >= 21);
        }
    }
}

TEST_CASE("A plan follows the day 1, 3, 7, 10, 14 and 21 pattern from a Monday signature")
{
    const QDate monday(2026, 3, 2);
    const GeneratedPlan plan = generatePlan(builtInPlaybook(Tier::Hybrid), customerSignedOn(monday),
                                            BusinessCalendar(), {});
    auto dayOf = [&](const char *name) {
        const PlanTask *task = taskNamed(plan.tasks, QString::fromUtf8(name));
        REQUIRE(task);
        return monday.daysTo(task->finish);
    };
    CHECK(dayOf("Kickoff workshop: goals confirmed, owners named on both sides") == 1);
    CHECK(dayOf("Data access complete: export or API credentials") == 3);
    CHECK(dayOf("Field mapping verified") <= 8);
    CHECK(dayOf("First draft of the core workflow shared for review") == 10);
    CHECK(dayOf("Usage review with corrections") == 14);
    CHECK(dayOf("First value: core workflow used live in a customer meeting") == 21);
}

TEST_CASE("Without a signature date the plan starts today")
{
    Customer customer = customerSignedOn({});
    const QDate today(2026, 3, 10);
    const GeneratedPlan plan =
        generatePlan(builtInPlaybook(Tier::Digital), customer, BusinessCalendar(), today);
    const auto earliest =
        std::min_element(plan.tasks.cbegin(), plan.tasks.cend(),
                         [](const PlanTask &a, const PlanTask &b) { return a.start < b.start; });
    REQUIRE(earliest != plan.tasks.cend());
    CHECK(earliest->start == QDate(2026, 3, 11)); // day 1: the welcome call
}

TEST_CASE("Our owner roles become the customer's named owners, and back again")
{
    const Customer customer = customerSignedOn(QDate(2026, 3, 2), Tier::HighTouch);
    const GeneratedPlan plan =
        generatePlan(builtInPlaybook(Tier::HighTouch), customer, BusinessCalendar(), {});
    const PlanTask *kickoff =
        taskNamed(plan.tasks, QStringLiteral("Kickoff workshop: goals confirmed, owners named on "
                                             "both sides"));
    REQUIRE(kickoff);
    CHECK(kickoff->vendorOwner == QLatin1String("Cara Success"));
    CHECK(kickoff->customerOwner == QLatin1String("Executive sponsor"));
    const PlanTask *order = taskNamed(plan.tasks, QStringLiteral("Purchase order issued"));
    REQUIRE(order);
    CHECK(order->vendorOwner == QLatin1String("Ann Exec"));

    // Without a named CSM, the role stays as written.
    Customer unnamed = customer;
    unnamed.csmOwner.clear();
    const GeneratedPlan rolePlan =
        generatePlan(builtInPlaybook(Tier::HighTouch), unnamed, BusinessCalendar(), {});
    CHECK(rolePlan.tasks.at(1).vendorOwner == QLatin1String("CSM"));

    // A saved plan names roles again, so another customer's plan names their own people.
    const Playbook saved = playbookFromPlan(asFile(customer, plan), QStringLiteral("Mine"), {});
    CHECK(saved.workstreams.at(0).tasks.at(1).vendorOwner == QLatin1String("CSM"));
    Customer other = customerSignedOn(QDate(2026, 4, 6));
    other.csmOwner = QStringLiteral("Dan Other");
    const GeneratedPlan otherPlan = generatePlan(saved, other, BusinessCalendar(), {});
    CHECK(otherPlan.tasks.at(1).vendorOwner == QLatin1String("Dan Other"));
}

TEST_CASE("Their owner roles become the customer's stakeholders in those roles, and back again")
{
    const Customer customer = customerSignedOn(QDate(2026, 3, 2), Tier::HighTouch);
    Stakeholder sponsor;
    sponsor.id = StakeholderId::create();
    sponsor.customerId = customer.id;
    sponsor.name = QStringLiteral("Eva Sponsor");
    sponsor.side = Side::Customer;
    sponsor.role = StakeholderRole::ExecutiveSponsor;
    Stakeholder ourSponsor = sponsor; // a role of theirs given to one of ours does not count
    ourSponsor.id = StakeholderId::create();
    ourSponsor.name = QStringLiteral("Cara Success");
    ourSponsor.side = Side::Vendor;
    ourSponsor.role = StakeholderRole::Csm;

    const GeneratedPlan plan = generatePlan(builtInPlaybook(Tier::HighTouch), customer,
                                            BusinessCalendar(), {}, {ourSponsor, sponsor});
    const PlanTask *kickoff =
        taskNamed(plan.tasks, QStringLiteral("Kickoff workshop: goals confirmed, owners named on "
                                             "both sides"));
    REQUIRE(kickoff);
    CHECK(kickoff->customerOwner == QLatin1String("Eva Sponsor"));
    // Roles nobody holds stay as written.
    const auto legal = std::find_if(plan.tasks.cbegin(), plan.tasks.cend(), [](const PlanTask &t) {
        return t.customerOwner == QLatin1String("Legal counsel");
    });
    CHECK(legal != plan.tasks.cend());

    OnboardingFile file = asFile(customer, plan);
    file.stakeholders = {ourSponsor, sponsor};
    const Playbook saved = playbookFromPlan(file, QStringLiteral("Mine"), {});
    bool sponsorRole = false;
    for (const PlaybookWorkstream &w : saved.workstreams) {
        for (const PlaybookTask &t : w.tasks) {
            CHECK(t.customerOwner != QLatin1String("Eva Sponsor"));
            sponsorRole = sponsorRole || t.customerOwner == QLatin1String("Executive sponsor");
        }
    }
    CHECK(sponsorRole);
}

TEST_CASE("A playbook written as JSON reads back the same")
{
    for (Playbook playbook : builtInPlaybooks()) {
        INFO(playbook.id.toStdString());
        const QByteArray json = playbookToJson(playbook);
        QString error;
        const std::optional<Playbook> back = playbookFromJson(json, &error);
        INFO(error.toStdString());
        REQUIRE(back);
        playbook.builtIn = false; // a property of where it comes from, not of the file
        CHECK(*back == playbook);
        CHECK(playbookToJson(*back) == json);
    }

    // Everything a file can say, including what the built-in ones leave at its default.
    Playbook custom;
    custom.id = QStringLiteral("a4f3f0c2-6d0b-4d3e-9d8e-0d6c1b7b2a11");
    custom.name = QStringLiteral("Ränder & \"Kanten\"");
    custom.description = QStringLiteral("Line one\nline two");
    PlaybookWorkstream workstream;
    workstream.name = QStringLiteral("Pilot");
    PlaybookTask before{QStringLiteral("a"),
                        QStringLiteral("Before signature"),
                        TaskType::Task,
                        -5,
                        3,
                        QStringLiteral("Account executive"),
                        QString(),
                        WaitingOn::Legal,
                        false,
                        {}};
    PlaybookTask live{QStringLiteral("b"),
                      QStringLiteral("Live"),
                      TaskType::Milestone,
                      12,
                      0,
                      QString(),
                      QStringLiteral("Pat"),
                      WaitingOn::Nobody,
                      true,
                      {QStringLiteral("a")}};
    workstream.tasks = {before, live};
    custom.workstreams = {workstream, PlaybookWorkstream{}};
    custom.workstreams[1].name = QStringLiteral("Empty");
    custom.gates = {PlaybookGate{GateKind::Graduation, 200, {}}};
    const std::optional<Playbook> back = playbookFromJson(playbookToJson(custom), nullptr);
    REQUIRE(back);
    CHECK(*back == custom);
    CHECK_FALSE(back->tier);
}

TEST_CASE("A broken playbook file reports what is wrong and where")
{
    struct Case
    {
        const char *what;
        QByteArray json;
        const char *error;
    };
    auto task = [](int w, int t, std::function<void(QJsonObject &)> edit) {
        return editedHybrid([=](QJsonObject &root) { editTask(root, w, t, edit); });
    };
    const QList<Case> cases{
        {"syntax", QByteArray("{\n  \"format\": \"csm-workspace/playbook\",\n  \"name\" \"x\"\n}"),
         "line 3, column "},
        {"not an object", QByteArray("[]"), "top level: expected an object"},
        {"another format", editedHybrid([](QJsonObject &root) {
             root.insert(QLatin1String("format"), QLatin1String("csm-workspace/onboarding-file"));
         }),
         "format: expected \"csm-workspace/playbook\"; this is not a CSM Workspace playbook"},
        {"newer version",
         editedHybrid([](QJsonObject &root) { root.insert(QLatin1String("format_version"), 2); }),
         "format_version: version 2 was written by a newer CSM Workspace (this one reads up to 1)"},
        {"no name", editedHybrid([](QJsonObject &root) { root.remove(QLatin1String("name")); }),
         "name: missing"},
        {"unknown tier",
         editedHybrid([](QJsonObject &root) { root.insert(QLatin1String("tier"), 3); }),
         "tier: expected one of high_touch, hybrid, digital"},
        {"unknown dependency",
         task(1, 2,
              [](QJsonObject &t) {
                  t.insert(QLatin1String("after"), QJsonArray{QLatin1String("sso")});
              }),
         "workstreams[1].tasks[2].after: no task 'sso'"},
        {"a cycle",
         task(1, 0,
              [](QJsonObject &t) {
                  t.insert(QLatin1String("after"), QJsonArray{QLatin1String("first_draft")});
              }),
         "workstreams[1].tasks[0].after: the tasks wait on each other: 'data_access' \u2192 "
         "'first_draft' \u2192 'first_dataset' \u2192 'mapping_verified' \u2192 'field_mapping' "
         "\u2192 'data_access'"},
        {"itself",
         task(1, 1,
              [](QJsonObject &t) {
                  t.insert(QLatin1String("after"), QJsonArray{QLatin1String("field_mapping")});
              }),
         "workstreams[1].tasks[1].after: a task cannot come after itself"},
        {"a key twice",
         task(2, 0,
              [](QJsonObject &t) { t.insert(QLatin1String("key"), QLatin1String("kickoff")); }),
         "workstreams[2].tasks[0].key: 'kickoff' is the key of another task already"},
        {"first value on a task",
         task(0, 0, [](QJsonObject &t) { t.insert(QLatin1String("first_value"), true); }),
         "workstreams[0].tasks[0].first_value: only a milestone can be the first value"},
        {"two first values",
         task(1, 4, [](QJsonObject &t) { t.insert(QLatin1String("first_value"), true); }),
         "workstreams[6].tasks[1].first_value: 'first_draft' is the first value already; a plan "
         "has one"},
        {"a milestone with a duration",
         task(1, 0, [](QJsonObject &t) { t.insert(QLatin1String("duration_days"), 2); }),
         "workstreams[1].tasks[0].duration_days: a milestone has no duration; leave it out or "
         "give 0"},
        {"a task of no days",
         task(1, 1, [](QJsonObject &t) { t.insert(QLatin1String("duration_days"), 0); }),
         "workstreams[1].tasks[1].duration_days: expected 1 or more days"},
        {"half a day",
         task(1, 1, [](QJsonObject &t) { t.insert(QLatin1String("start_day"), 2.5); }),
         "workstreams[1].tasks[1].start_day: expected a whole number of days"},
        {"unknown waiting",
         task(1, 1,
              [](QJsonObject &t) { t.insert(QLatin1String("waiting_on"), QLatin1String("it")); }),
         "workstreams[1].tasks[1].waiting_on: expected one of nobody, customer_it, "
         "security_review, procurement, legal"},
        {"an empty criterion", editedHybrid([](QJsonObject &root) {
             QJsonArray gates = root.value(QLatin1String("gates")).toArray();
             QJsonObject gate = gates.at(1).toObject();
             gate.insert(QLatin1String("criteria"), QJsonArray{QLatin1String(" ")});
             gates.replace(1, gate);
             root.insert(QLatin1String("gates"), gates);
         }),
         "gates[1].criteria[0]: must not be empty"},
        {"a gate twice", editedHybrid([](QJsonObject &root) {
             QJsonArray gates = root.value(QLatin1String("gates")).toArray();
             gates.append(gates.at(2));
             root.insert(QLatin1String("gates"), gates);
         }),
         "gates[4].kind: the playbook has a 'go_live' gate already"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QString error;
        CHECK_FALSE(playbookFromJson(c.json, &error));
        CHECK_THAT(error.toStdString(), Catch::Matchers::StartsWith(c.error));
    }
}

TEST_CASE("A plan saved as a playbook makes the same plan for a later signature")
{
    const BusinessCalendar calendar;
    for (const Playbook &builtIn : builtInPlaybooks()) {
        INFO(builtIn.id.toStdString());
        const Customer first = customerSignedOn(QDate(2026, 3, 4), *builtIn.tier);
        const GeneratedPlan original = generatePlan(builtIn, first, calendar, {});
        const Playbook saved =
            playbookFromPlan(asFile(first, original), QStringLiteral("Our way"), calendar);
        CHECK(saved.name == QLatin1String("Our way"));
        CHECK(saved.tier == builtIn.tier);
        CHECK_FALSE(saved.builtIn);
        CHECK_FALSE(QUuid::fromString(saved.id).isNull());
        // It is a valid playbook file.
        REQUIRE(playbookFromJson(playbookToJson(saved), nullptr));

        const Customer second = customerSignedOn(QDate(2026, 3, 25), *builtIn.tier);
        const GeneratedPlan again = generatePlan(saved, second, calendar, {});
        REQUIRE(again.tasks.size() == original.tasks.size());
        for (qsizetype i = 0; i < original.tasks.size(); ++i) {
            const PlanTask &a = original.tasks.at(i);
            const PlanTask &b = again.tasks.at(i);
            INFO(a.name.toStdString());
            CHECK(b.name == a.name);
            CHECK(b.type == a.type);
            CHECK(b.start == a.start.addDays(21));
            CHECK(b.finish == a.finish.addDays(21));
            CHECK(b.vendorOwner == a.vendorOwner);
            CHECK(b.customerOwner == a.customerOwner);
            CHECK(b.waitingOn == a.waitingOn);
            CHECK(b.firstValue == a.firstValue);
            CHECK(b.id != a.id);
        }
        auto linkNames = [](const GeneratedPlan &plan) {
            QStringList names;
            for (const TaskDependency &d : plan.dependencies)
                names.append(taskById(plan.tasks, d.predecessorId)->name + QLatin1String(" > ") +
                             taskById(plan.tasks, d.successorId)->name);
            names.sort();
            return names;
        };
        CHECK(linkNames(again) == linkNames(original));
        REQUIRE(again.gates.size() == original.gates.size());
        for (qsizetype i = 0; i < original.gates.size(); ++i) {
            CHECK(again.gates.at(i).kind == original.gates.at(i).kind);
            CHECK(again.gates.at(i).dueDate == original.gates.at(i).dueDate.addDays(21));
        }
        REQUIRE(again.criteria.size() == original.criteria.size());
        for (qsizetype i = 0; i < original.criteria.size(); ++i)
            CHECK(again.criteria.at(i).criterion == original.criteria.at(i).criterion);
        REQUIRE(again.workstreams.size() == original.workstreams.size());
        for (qsizetype i = 0; i < original.workstreams.size(); ++i) {
            CHECK(again.workstreams.at(i).name == original.workstreams.at(i).name);
            CHECK(again.workstreams.at(i).vendorOwner == original.workstreams.at(i).vendorOwner);
        }
    }
}

TEST_CASE("A saved plan keeps tasks without a workstream and leaves progress out")
{
    const Customer customer = customerSignedOn(QDate(2026, 3, 2));
    GeneratedPlan plan = generatePlan(builtInPlaybook(Tier::Digital), customer, {}, {});
    plan.tasks[0].workstreamId = WorkstreamId();
    plan.tasks[0].status = TaskStatus::Done;
    plan.tasks[0].progress = 100;
    const Playbook saved = playbookFromPlan(asFile(customer, plan), QStringLiteral("x"), {});
    REQUIRE(saved.workstreams.size() == plan.workstreams.size() + 1);
    const PlaybookWorkstream &others = saved.workstreams.last();
    REQUIRE(others.tasks.size() == 1);
    CHECK(others.tasks.first().name == plan.tasks.first().name);
    const GeneratedPlan again = generatePlan(saved, customer, {}, {});
    CHECK(again.tasks.size() == plan.tasks.size());
    for (const PlanTask &task : again.tasks) {
        CHECK(task.status == TaskStatus::NotStarted);
        CHECK(task.progress == 0);
    }
}

TEST_CASE("Applying a playbook is one undo step, and undo removes all it added")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, customerSignedOn(QDate(2026, 3, 2)));
    const int stepsBefore = ws->undoStack()->count();
    const Playbook playbook = builtInPlaybook(Tier::Hybrid);

    ws->undoStack()->push(makeApplyPlaybook(ws.get(), id, playbook, false));
    CHECK(ws->undoStack()->count() == stepsBefore + 1);
    CHECK(ws->undoStack()->undoText() == QLatin1String("Apply playbook Hybrid mid-market"));
    CHECK(recordCount<Workstream>(*ws, id) == playbook.workstreams.size());
    CHECK(recordCount<PlanTask>(*ws, id) == taskCount(playbook));
    CHECK(recordCount<PhaseGate>(*ws, id) == 4);
    CHECK(recordCount<TaskDependency>(*ws, id) > 10);
    CHECK(recordCount<GateCriterion>(*ws, id) >= 8);
    const OnboardingFile applied = ws->onboardingFile(id);
    for (const PlanTask &task : applied.tasks) {
        CHECK(task.meta.createdBy == QLatin1String("Test User"));
        CHECK(task.meta.createdAt.date() == QDate(2026, 3, 2));
    }
    CHECK(resolveConstraints(applied.tasks, applied.dependencies, BusinessCalendar()).isEmpty());

    // The playbook's order survives a restart.
    ws.reopen();
    QStringList names;
    for (const PlanTask &task : ws->records<PlanTask>(id))
        names.append(task.name);
    QStringList expected;
    for (const PlaybookWorkstream &workstream : playbook.workstreams) {
        for (const PlaybookTask &task : workstream.tasks)
            expected.append(task.name);
    }
    CHECK(names == expected);

    ws->undoStack()->push(makeApplyPlaybook(ws.get(), id, playbook, false));
    ws->undoStack()->undo();
    CHECK(ws->onboardingFile(id) == applied);
    ws.reopen();
    CHECK(ws->onboardingFile(id) == applied);
}

TEST_CASE("Undo of an applied playbook leaves no trace, and redo brings the same records")
{
    Test::TempWorkspace ws;
    const CustomerId id = addCustomer(ws, customerSignedOn(QDate(2026, 3, 2)));
    const OnboardingFile before = ws->onboardingFile(id);
    ws->undoStack()->push(makeApplyPlaybook(ws.get(), id, builtInPlaybook(Tier::Digital), false));
    const OnboardingFile applied = ws->onboardingFile(id);
    ws->undoStack()->undo();
    CHECK(ws->onboardingFile(id) == before);
    CHECK(ws->tombstones(id).isEmpty());
    ws->undoStack()->redo();
    CHECK(ws->onboardingFile(id) == applied);
}

TEST_CASE("Replacing a plan removes the old one in the same undo step")
{
    Test::TempWorkspace ws;
    const OnboardingFile full = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), full));
    ws.advance(1000);
    const CustomerId id = full.customer.id;
    REQUIRE(recordCount<PlanTask>(*ws, id) > 0);
    const OnboardingFile before = ws->onboardingFile(id);
    const int steps = ws->undoStack()->count();

    ws->undoStack()->push(makeApplyPlaybook(ws.get(), id, builtInPlaybook(Tier::Digital), true));
    CHECK(ws->undoStack()->count() == steps + 1);
    const OnboardingFile after = ws->onboardingFile(id);
    CHECK(after.tasks.size() == taskCount(builtInPlaybook(Tier::Digital)));
    for (const PlanTask &task : before.tasks)
        CHECK_FALSE(ws->record<PlanTask>(task.id));
    for (const GateCriterion &criterion : before.gateCriteria)
        CHECK_FALSE(ws->record<GateCriterion>(criterion.id));
    // The removal is recorded, as any removal is, for merging shared files later.
    CHECK(ws->tombstones(id).size() > before.tombstones.size());
    CHECK(std::count_if(after.tasks.cbegin(), after.tasks.cend(),
                        [](const PlanTask &t) { return t.firstValue; }) == 1);
    // Outcomes, risks and the rest are no part of the plan.
    CHECK(after.risks == before.risks);
    CHECK(after.objectives == before.objectives);

    ws->undoStack()->undo();
    CHECK(ws->onboardingFile(id) == before);
}

TEST_CASE("Applying beside an existing plan keeps its first-value milestone")
{
    Test::TempWorkspace ws;
    const OnboardingFile full = Test::fullOnboardingFile(ws->newMeta());
    ws->undoStack()->push(new AddCustomer(ws.get(), full));
    const CustomerId id = full.customer.id;
    QList<TaskId> marked;
    for (const PlanTask &task : ws->records<PlanTask>(id)) {
        if (task.firstValue)
            marked.append(task.id);
    }
    REQUIRE(marked.size() == 1);
    ws->undoStack()->push(makeApplyPlaybook(ws.get(), id, builtInPlaybook(Tier::Digital), false));
    QList<TaskId> after;
    for (const PlanTask &task : ws->records<PlanTask>(id)) {
        if (task.firstValue)
            after.append(task.id);
    }
    CHECK(after == marked);
}

TEST_CASE("A playbook is not applied to an unknown customer")
{
    Test::TempWorkspace ws;
    CHECK(makeApplyPlaybook(ws.get(), CustomerId::create(), builtInPlaybook(Tier::Hybrid), true) ==
          nullptr);
}

TEST_CASE("Saved playbooks are kept in the workspace, replaced, removed, with undo")
{
    Test::TempWorkspace ws;
    int changed = 0;
    QObject::connect(ws.get(), &Workspace::playbooksChanged, [&] { ++changed; });
    const CustomerId id = addCustomer(ws, customerSignedOn(QDate(2026, 3, 2)));
    ws->undoStack()->push(makeApplyPlaybook(ws.get(), id, builtInPlaybook(Tier::Hybrid), false));
    Playbook mine =
        playbookFromPlan(ws->onboardingFile(id), QStringLiteral("Mid-market, fast"), {});

    ws->undoStack()->push(makeSavePlaybook(ws.get(), mine));
    CHECK(changed == 1);
    REQUIRE(ws->userPlaybooks().size() == 1);
    const SavedPlaybook first = ws->userPlaybooks().first();
    CHECK(first.playbook == mine);
    CHECK(first.meta.createdBy == QLatin1String("Test User"));
    CHECK(ws->undoStack()->undoText() == QLatin1String("Save playbook Mid-market, fast"));

    ws.reopen();
    REQUIRE(ws->userPlaybooks().size() == 1);
    CHECK(ws->userPlaybooks().first() == first);
    changed = 0;
    QObject::connect(ws.get(), &Workspace::playbooksChanged, [&] { ++changed; });

    // Saving under the same id replaces it, keeping who made it first.
    ws.advance(60000);
    mine.name = QStringLiteral("Mid-market, faster");
    mine.gates.removeLast();
    ws->undoStack()->push(makeSavePlaybook(ws.get(), mine));
    REQUIRE(ws->userPlaybooks().size() == 1);
    const SavedPlaybook second = ws->userPlaybooks().first();
    CHECK(second.playbook.name == QLatin1String("Mid-market, faster"));
    CHECK(second.meta.createdAt == first.meta.createdAt);
    CHECK(second.meta.modifiedAt > first.meta.modifiedAt);
    ws->undoStack()->undo();
    CHECK(ws->userPlaybooks() == QList<SavedPlaybook>{first});

    ws->undoStack()->push(makeRemovePlaybook(ws.get(), mine.id));
    CHECK(ws->userPlaybooks().isEmpty());
    CHECK(changed == 3);
    ws.reopen();
    CHECK(ws->userPlaybooks().isEmpty());
    CHECK(makeRemovePlaybook(ws.get(), mine.id) == nullptr);
}

TEST_CASE("Saved playbooks are listed by name, and the built-in ones cannot be saved")
{
    Test::TempWorkspace ws;
    Playbook b = builtInPlaybook(Tier::Digital);
    b.builtIn = false;
    b.id.clear();
    b.name = QStringLiteral("B");
    Playbook a = b;
    a.name = QStringLiteral("A");
    ws->undoStack()->push(makeSavePlaybook(ws.get(), b));
    ws->undoStack()->push(makeSavePlaybook(ws.get(), a));
    QStringList names;
    for (const SavedPlaybook &saved : ws->userPlaybooks()) {
        names.append(saved.playbook.name);
        CHECK_FALSE(QUuid::fromString(saved.playbook.id).isNull());
    }
    CHECK(names == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(makeSavePlaybook(ws.get(), builtInPlaybook(Tier::Digital)) == nullptr);
}

TEST_CASE("A saved playbook that no longer reads is left out and the workspace opens")
{
    Test::TempWorkspace ws;
    Playbook mine = builtInPlaybook(Tier::Digital);
    mine.builtIn = false;
    mine.id.clear();
    ws->undoStack()->push(makeSavePlaybook(ws.get(), mine));
    REQUIRE(ws->userPlaybooks().size() == 1);
    {
        QSqlQuery query(ws->database().connection());
        REQUIRE(query.exec(QStringLiteral(
            "UPDATE playbooks SET definition = '{\"format\": \"csm-workspace/playbook\", "
            "\"format_version\": 9}'")));
    }
    ws.reopen();
    CHECK(ws->userPlaybooks().isEmpty());
    QList<SavedPlaybook> loaded;
    QStringList unreadable;
    CHECK(PlaybookStore(ws->database().connection()).loadAll(&loaded, &unreadable).isEmpty());
    REQUIRE(unreadable.size() == 1);
    CHECK(unreadable.first().contains(QLatin1String("format_version: version 9")));
}
