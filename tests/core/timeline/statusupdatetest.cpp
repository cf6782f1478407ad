#include "coretestprinting.h"
#include "testsupport.h"

#include "timeline/playbook.h"
#include "timeline/statusupdate.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace Csm;

namespace {

const QString goldenDir = QStringLiteral(CSM_TEST_DATA_DIR "/statusupdate/");

template<typename IdType> IdType fixedId(int n)
{
    const IdType id = IdType::fromString(
        QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    REQUIRE_FALSE(id.isNull());
    return id;
}

RecordMeta metaAt(int minute)
{
    const QDateTime time = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(60 * minute);
    return {time, QStringLiteral("Cara Success"), time, QStringLiteral("Cara Success")};
}

// Friday of the third week after a Monday signature.
const QDate friday(2026, 3, 20);

PlanTask &task(OnboardingFile &file, const char *name)
{
    const auto it = std::find_if(file.tasks.begin(), file.tasks.end(), [&](const PlanTask &t) {
        return t.name == QString::fromUtf8(name);
    });
    REQUIRE(it != file.tasks.end());
    return *it;
}

void markDone(OnboardingFile &file, const char *name)
{
    PlanTask &t = task(file, name);
    t.status = TaskStatus::Done;
    t.progress = 100;
}

// Northwind Logistics three weeks in, on the hybrid playbook: the first steps done, the usage
// review late, integrations blocked, the security questionnaire waiting on the customer, the
// go-live moved back by three days; risks and action items in every state. Ids, times and
// dates are fixed, so the update never changes.
OnboardingFile northwind(const QString &language)
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = fixedId<CustomerId>(1);
    c.accountName = QStringLiteral("Northwind Logistics");
    c.language = language;
    c.tier = Tier::Hybrid;
    c.signatureDate = QDate(2026, 3, 2); // a Monday
    c.csmOwner = QStringLiteral("Cara Success");
    c.phase = Phase::Implementation;
    c.status = Status::AtRisk;
    c.statusReason = QStringLiteral("Internal note: the champion is overloaded");
    c.kickoffDate = QDate(2026, 3, 3);
    c.meta = metaAt(0);

    struct Person
    {
        const char *name;
        const char *email;
        Side side;
        StakeholderRole role;
    };
    const QList<Person> people{
        {"Eva Sponsor", "eva.sponsor@northwind.example", Side::Customer,
         StakeholderRole::ExecutiveSponsor},
        {"Tom Champion", "tom.champion@northwind.example", Side::Customer,
         StakeholderRole::Champion},
        {"Lena Admin", "", Side::Customer, StakeholderRole::AdminOwner},
        {"Ed User", "ed.user@northwind.example", Side::Customer, StakeholderRole::EndUser},
        {"Cara Success", "cara.success@vendor.example", Side::Vendor, StakeholderRole::Csm},
        {"Ian Plement", "ian.plement@vendor.example", Side::Vendor,
         StakeholderRole::Implementation},
    };
    int n = 0;
    for (const Person &p : people) {
        Stakeholder s;
        s.id = fixedId<StakeholderId>(100 + n);
        s.customerId = c.id;
        s.name = QString::fromUtf8(p.name);
        s.email = QString::fromUtf8(p.email);
        s.side = p.side;
        s.role = p.role;
        s.meta = metaAt(1 + n++);
        file.stakeholders.append(s);
    }

    c.implementationOwner = QStringLiteral("Ian Plement");
    const GeneratedPlan plan = generatePlan(builtInPlaybook(Tier::Hybrid), c, {}, {});
    file.workstreams = plan.workstreams;
    file.tasks = plan.tasks;
    file.dependencies = plan.dependencies;
    file.gates = plan.gates;
    file.gateCriteria = plan.criteria;

    for (const char *name :
         {"Kickoff workshop: goals confirmed, owners named on both sides",
          "Data access complete: export or API credentials", "Field mapping and configuration",
          "Field mapping verified", "First dataset imported and validated",
          "First draft of the core workflow shared for review", "Baseline KPI captured",
          "Power-user training on the core workflow (45 min)"})
        markDone(file, name);
    // The admin training was moved to Monday and held.
    PlanTask &admin = task(file, "Admin training: configuration and users (60 min)");
    admin.start = admin.finish = QDate(2026, 3, 16);
    admin.status = TaskStatus::Done;
    PlanTask &sso = task(file, "SSO set up and verified with the identity provider");
    sso.customerOwner = QStringLiteral("Lena Admin");
    PlanTask &review = task(file, "Usage review with corrections");
    review.status = TaskStatus::InProgress;
    PlanTask &integrations = task(file, "Standard integrations connected: CRM and messaging");
    integrations.status = TaskStatus::Blocked;
    integrations.progress = 60;
    integrations.customerOwner = QStringLiteral("Lena Admin");
    PlanTask &questionnaire = task(file, "Security questionnaire answered");
    questionnaire.status = TaskStatus::InProgress;
    questionnaire.progress = 80;
    PlanTask &goLive = task(file, "Go-live");
    goLive.start = goLive.finish = QDate(2026, 4, 2);

    for (PhaseGate &gate : file.gates) {
        if (gate.kind == GateKind::Implementation)
            gate.passedDate = QDate(2026, 3, 16);
    }

    struct RiskRow
    {
        const char *risk;
        RiskLevel likelihood;
        RiskLevel impact;
        const char *mitigation;
        const char *owner;
        RiskStatus status;
    };
    const QList<RiskRow> risks{
        {"Peak season starts in week 10", RiskLevel::Medium, RiskLevel::High,
         "Go-live a week before peak; depot managers trained first", "Tom Champion",
         RiskStatus::Open},
        {"IT security queue is three weeks long", RiskLevel::High, RiskLevel::High,
         "Security call booked; questionnaire answered early", "Eva Sponsor",
         RiskStatus::Mitigating},
        {"Data export from <OldTool> & spreadsheets is incomplete", RiskLevel::Low,
         RiskLevel::Medium, "", "", RiskStatus::Open},
        {"No admin named", RiskLevel::High, RiskLevel::High, "Lena named", "Eva Sponsor",
         RiskStatus::Closed},
    };
    n = 0;
    for (const RiskRow &r : risks) {
        Risk risk;
        risk.id = fixedId<RiskId>(600 + n);
        risk.customerId = c.id;
        risk.risk = QString::fromUtf8(r.risk);
        risk.likelihood = r.likelihood;
        risk.impact = r.impact;
        risk.mitigation = QString::fromUtf8(r.mitigation);
        risk.owner = QString::fromUtf8(r.owner);
        risk.status = r.status;
        risk.meta = metaAt(60 + n++);
        file.risks.append(risk);
    }

    struct Action
    {
        const char *task;
        const char *owner;
        QDate due;
        ActionStatus status;
    };
    const QList<Action> actions{
        {"Grant CRM admin rights to the integration user", "Lena Admin", QDate(2026, 3, 13),
         ActionStatus::Open},
        {"Send the R&D team's sample export", "Tom Champion", QDate(2026, 3, 24),
         ActionStatus::InProgress},
        {"Book the end-user training rooms", "", QDate(), ActionStatus::Open},
        {"Send the kickoff slides", "Cara Success", QDate(2026, 3, 4), ActionStatus::Done},
    };
    n = 0;
    for (const Action &a : actions) {
        ActionItem item;
        item.id = fixedId<ActionId>(400 + n);
        item.customerId = c.id;
        item.task = QString::fromUtf8(a.task);
        item.owner = QString::fromUtf8(a.owner);
        item.dueDate = a.due;
        item.status = a.status;
        item.meta = metaAt(30 + n++);
        file.actions.append(item);
    }
    return file;
}

// The e-mail as one text: headers, a blank line, the plain body.
QString asText(const Email &email)
{
    QString text = QLatin1String("Subject: ") + email.subject + QLatin1String("\nTo: ") +
                   email.to.join(QLatin1String(", ")) + u'\n';
    if (!email.cc.isEmpty())
        text += QLatin1String("Cc: ") + email.cc.join(QLatin1String(", ")) + u'\n';
    return text + u'\n' + email.plainText;
}

void checkGolden(const QString &name, const QString &text)
{
    const QString path = goldenDir + name;
    INFO(path.toStdString());
    if (qEnvironmentVariableIsSet("CSM_UPDATE_GOLDEN"))
        Test::writeBytes(path, text.toUtf8());
    CHECK(text == QString::fromUtf8(Test::readBytes(path)));
}

StatusUpdate updateOf(const OnboardingFile &file, const QDate &asOf = friday)
{
    return weeklyStatusUpdate(file, BusinessCalendar(), asOf);
}

QStringList names(const QList<PlanTask> &tasks)
{
    QStringList result;
    for (const PlanTask &t : tasks)
        result.append(t.name);
    return result;
}

// The lines of the plain text under `heading`, up to the next blank line.
QStringList section(const QString &text, const QString &heading)
{
    const QStringList lines = text.split(u'\n');
    const qsizetype at = lines.indexOf(heading + u':');
    REQUIRE(at >= 0);
    QStringList result;
    for (qsizetype i = at + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i)
        result.append(lines.at(i));
    return result;
}

} // namespace

TEST_CASE("The weekly status update matches the golden files, in English, German and French")
{
    for (const char *language : {"en", "de", "fr"}) {
        INFO(language);
        const OnboardingFile file = northwind(QString::fromLatin1(language));
        const Email email = statusUpdateEmail(file, updateOf(file));
        const QString base = QLatin1String("weekly-") + QLatin1String(language);
        checkGolden(base + QLatin1String(".txt"), asText(email));
        checkGolden(base + QLatin1String(".html"), email.html);
    }
}

TEST_CASE("The update goes to the customer's people but end users, cc ours")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    Email email = statusUpdateEmail(file, updateOf(file));
    CHECK(email.to == QStringList{QStringLiteral("eva.sponsor@northwind.example"),
                                  QStringLiteral("tom.champion@northwind.example")});
    CHECK(email.cc == QStringList{QStringLiteral("cara.success@vendor.example"),
                                  QStringLiteral("ian.plement@vendor.example")});
    CHECK(email.plainText.startsWith(QLatin1String("Hello everyone,\n\n")));
    CHECK(email.plainText.endsWith(
        QLatin1String("Best regards,\nCara Success\ncara.success@vendor.example\n")));

    // An address on both sides goes to the customer; one customer contact is greeted by name.
    file.stakeholders[0].email.clear();
    file.stakeholders[5].email = QStringLiteral("Tom.Champion@northwind.example");
    email = statusUpdateEmail(file, updateOf(file));
    CHECK(email.to == QStringList{QStringLiteral("tom.champion@northwind.example")});
    CHECK(email.cc == QStringList{QStringLiteral("cara.success@vendor.example")});
    CHECK(email.plainText.startsWith(QLatin1String("Hello Tom Champion,\n\n")));
}

TEST_CASE("What shipped is what was done in the last 7 days, milestones and gates included")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    PlanTask &review = task(file, "Usage review with corrections");
    review.status = TaskStatus::Done;
    StatusUpdate update = updateOf(file);
    CHECK(update.weekStart == QDate(2026, 3, 14));
    // The admin training and the usage review finished on Monday; the power-user training the
    // Friday before.
    CHECK(names(update.shipped) ==
          QStringList{QStringLiteral("Admin training: configuration and users (60 min)"),
                      QStringLiteral("Usage review with corrections")});
    REQUIRE(update.gatesPassed.size() == 1);
    CHECK(update.gatesPassed.first().kind == GateKind::Implementation);

    // Seven days later the week has moved on, the gate too.
    update = updateOf(file, friday.addDays(7));
    CHECK(update.shipped.isEmpty());
    CHECK(update.gatesPassed.isEmpty());
    // On its last day the usage review still counts.
    update = updateOf(file, QDate(2026, 3, 22));
    CHECK(update.shipped.size() == 2);
    update = updateOf(file, QDate(2026, 3, 23));
    CHECK(update.shipped.isEmpty());

    const QString text = statusUpdateEmail(file, updateOf(file)).plainText;
    CHECK(section(text, QStringLiteral("Shipped in the last 7 days")) ==
          QStringList{
              QStringLiteral("- Admin training: configuration and users (60 min) (March 16, 2026)"),
              QStringLiteral("- Usage review with corrections (March 16, 2026)"),
              QStringLiteral("- Implementation gate passed (March 16, 2026)")});
}

TEST_CASE(
    "Blocked lists blocked tasks and those waiting on the customer once they are due to start")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    StatusUpdate update = updateOf(file);
    CHECK(names(update.blocked) ==
          QStringList{QStringLiteral("Security questionnaire answered"),
                      QStringLiteral("Standard integrations connected: CRM and messaging"),
                      QStringLiteral("SSO set up and verified with the identity provider")});
    const QString text = statusUpdateEmail(file, update).plainText;
    CHECK(text.contains(QLatin1String("- Security questionnaire answered: waiting on your security "
                                      "review (Ian Plement / IT admin, overdue since March 10, "
                                      "2026)\n")));
    CHECK(text.contains(QLatin1String("- Standard integrations connected: CRM and messaging: "
                                      "blocked (Ian Plement / Lena Admin, overdue since March 13, "
                                      "2026)\n")));
    CHECK(text.contains(QLatin1String("- SSO set up and verified with the identity provider: "
                                      "waiting on your IT team (Ian Plement / Lena Admin, overdue "
                                      "since March 18, 2026)\n")));

    // Waiting on the customer before its start is not blocking yet; done is never blocked.
    update = updateOf(file, QDate(2026, 3, 3));
    CHECK(names(update.blocked) ==
          QStringList{QStringLiteral("Standard integrations connected: CRM and messaging")});
    task(file, "Security questionnaire answered").status = TaskStatus::Done;
    task(file, "Standard integrations connected: CRM and messaging").status = TaskStatus::Done;
    task(file, "SSO set up and verified with the identity provider").status = TaskStatus::Done;
    update = updateOf(file);
    CHECK(update.blocked.isEmpty());
    CHECK(statusUpdateEmail(file, update)
              .plainText.contains(QLatin1String("Blocked:\nNothing is blocked.\n")));
}

TEST_CASE("Next lists what is under way or overdue and what starts in the coming 7 days")
{
    const OnboardingFile file = northwind(QStringLiteral("en"));
    const StatusUpdate update = updateOf(file);
    const QStringList next = names(update.next);
    CHECK(next.contains(QStringLiteral("Usage review with corrections")));
    CHECK(next.contains(QStringLiteral("End-user training, live and recorded (45 min)")));
    CHECK(next.contains(QStringLiteral("Manager training: reports and coaching (30 min)")));
    CHECK(next.contains(
        QStringLiteral("First value: core workflow used live in a customer meeting")));
    // Blocked tasks are under Blocked, later ones wait for their week.
    CHECK_FALSE(next.contains(QStringLiteral("Security questionnaire answered")));
    CHECK_FALSE(
        next.contains(QStringLiteral("SSO set up and verified with the identity provider")));
    CHECK_FALSE(next.contains(QStringLiteral("Go-live")));
    CHECK_FALSE(next.contains(QStringLiteral("Value review: goals, adoption, value delivered")));
    for (const PlanTask &t : update.next)
        CHECK_FALSE(t.isDone());
}

TEST_CASE("The plan slips by the business days its latest milestone is projected late")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    // Go-live was moved from Monday, March 30 to Thursday, April 2.
    StatusUpdate update = updateOf(file);
    CHECK(update.planSlipDays == 3);
    const auto goLive = std::find_if(
        update.milestones.cbegin(), update.milestones.cend(),
        [](const MilestoneTracking &m) { return m.task.name == QLatin1String("Go-live"); });
    REQUIRE(goLive != update.milestones.cend());
    CHECK(goLive->planned == QDate(2026, 3, 30));
    CHECK(goLive->projected == QDate(2026, 4, 2));
    CHECK(goLive->slipDays == 3);
    const QString text = statusUpdateEmail(file, update).plainText;
    CHECK(text.contains(QLatin1String("- Plan: slipping by 3 working days\n")));
    CHECK(text.contains(QLatin1String("- Go-live: planned for March 30, 2026, now expected April "
                                      "2, 2026 (3 working days late)\n")));

    // An overdue task pushes the milestones after it: the blocked integrations cannot finish
    // before April 1, so SSO and go-live follow.
    PlanTask &back = task(file, "Go-live");
    back.start = back.finish = back.baselineFinish;
    update = updateOf(file, QDate(2026, 4, 1));
    CHECK(update.planSlipDays > 0);

    // With every task on its baseline and nothing overdue the plan is on track.
    for (PlanTask &t : file.tasks) {
        if (t.finish < friday)
            t.status = TaskStatus::Done;
    }
    update = updateOf(file);
    CHECK(update.planSlipDays == 0);
    CHECK(statusUpdateEmail(file, update).plainText.contains(QLatin1String("- Plan: on track\n")));
}

TEST_CASE("Milestones show planned and projected dates, first value its forecast")
{
    const OnboardingFile file = northwind(QStringLiteral("en"));
    const StatusUpdate update = updateOf(file);
    int milestones = 0;
    for (const PlanTask &t : file.tasks)
        milestones += t.isMilestone() ? 1 : 0;
    CHECK(update.milestones.size() == milestones);
    CHECK(std::is_sorted(update.milestones.cbegin(), update.milestones.cend(),
                         [](const MilestoneTracking &a, const MilestoneTracking &b) {
                             return a.planned < b.planned;
                         }));
    REQUIRE(update.firstValue.hasMilestone);
    const auto firstValue =
        std::find_if(update.milestones.cbegin(), update.milestones.cend(),
                     [](const MilestoneTracking &m) { return m.task.firstValue; });
    REQUIRE(firstValue != update.milestones.cend());
    CHECK(firstValue->projected == update.firstValue.projected);
    CHECK(firstValue->planned == QDate(2026, 3, 23));
    const QString text = statusUpdateEmail(file, update).plainText;
    CHECK(text.contains(QLatin1String("First value:\nFirst value: core workflow used live in a "
                                      "customer meeting: expected on ")));
}

TEST_CASE("Risks not closed come most severe first with their mitigation")
{
    const OnboardingFile file = northwind(QStringLiteral("en"));
    const StatusUpdate update = updateOf(file);
    REQUIRE(update.risks.size() == 3);
    CHECK(update.risks.at(0).risk == QLatin1String("IT security queue is three weeks long"));
    CHECK(update.risks.at(1).risk == QLatin1String("Peak season starts in week 10"));
    const QString text = statusUpdateEmail(file, update).plainText;
    CHECK_FALSE(text.contains(QLatin1String("No admin named")));
    CHECK(text.contains(QLatin1String("- Peak season starts in week 10 (likelihood medium, impact "
                                      "high)\n  Mitigation: Go-live a week before peak; depot "
                                      "managers trained first\n  Owner: Tom Champion\n")));
    CHECK(text.contains(QLatin1String("  Mitigation: to be defined\n")));
}

TEST_CASE("Open action items come by due date with their owners, overdue ones marked")
{
    const OnboardingFile file = northwind(QStringLiteral("en"));
    const QString text = statusUpdateEmail(file, updateOf(file)).plainText;
    CHECK(section(text, QStringLiteral("Open action items")) ==
          QStringList{
              QStringLiteral("- Grant CRM admin rights to the integration user (Lena Admin, "
                             "overdue since March 13, 2026)"),
              QStringLiteral("- Send the R&D team's sample export (Tom Champion, due March 24, "
                             "2026)"),
              QStringLiteral("- Book the end-user training rooms (owner to be named)"),
          });
}

TEST_CASE("The status the application shows heads the update, its internal reason does not")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    QString text = statusUpdateEmail(file, updateOf(file)).plainText;
    CHECK(text.contains(QLatin1String("- Status: at risk\n")));
    CHECK_FALSE(text.contains(QLatin1String("Internal note")));
    // An unmet qualification puts an onboarding on track at risk, here as in the application.
    file.customer.status = Status::OnTrack;
    file.customer.decisionMakerAvailable = Answer::No;
    const StatusUpdate update = updateOf(file);
    CHECK(update.status == Status::AtRisk);
    CHECK_FALSE(update.statusReason.isEmpty());
}

TEST_CASE("A customer without a plan still gets an update that reads well")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.workstreams.clear();
    file.tasks.clear();
    file.dependencies.clear();
    file.gates.clear();
    file.gateCriteria.clear();
    file.risks.clear();
    file.actions.clear();
    const Email email = statusUpdateEmail(file, updateOf(file));
    CHECK(email.plainText ==
          QLatin1String("Hello everyone,\n\n"
                        "Here is where the onboarding of Northwind Logistics stands as of March "
                        "20, 2026.\n\n"
                        "Overall status:\n- Status: at risk\n- Plan: not set up yet\n\n"
                        "Shipped in the last 7 days:\nNothing was finished this week.\n\n"
                        "Blocked:\nNothing is blocked.\n\n"
                        "Next 7 days:\nNothing is planned for the coming week.\n\n"
                        "Open risks:\nNo open risks.\n\n"
                        "Open action items:\nNo open action items.\n\n"
                        "Questions or corrections? Simply reply to all.\n\n"
                        "Best regards,\nCara Success\ncara.success@vendor.example\n"));
}

TEST_CASE("Every text from the file is escaped in the HTML")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.accountName = QStringLiteral("<b>Bold</b> & Co");
    task(file, "Usage review with corrections").name = QStringLiteral("Review <script>x</script>");
    const Email email = statusUpdateEmail(file, updateOf(file));
    CHECK_FALSE(email.html.contains(QLatin1String("<b>")));
    CHECK_FALSE(email.html.contains(QLatin1String("<script>")));
    CHECK(email.html.contains(QLatin1String("&lt;b&gt;Bold&lt;/b&gt; &amp; Co")));
    CHECK(email.html.contains(QLatin1String("Review &lt;script&gt;x&lt;/script&gt;")));
    CHECK(email.html.contains(QLatin1String("&lt;OldTool&gt; &amp; spreadsheets")));
    CHECK(email.subject.startsWith(QLatin1String("<b>Bold</b> & Co: weekly status update")));
}

TEST_CASE("The update is written in the language asked for, else the customer's")
{
    const OnboardingFile file = northwind(QStringLiteral("de-CH"));
    const StatusUpdate update = updateOf(file);
    CHECK(statusUpdateEmail(file, update).subject ==
          QStringLiteral("Northwind Logistics: Wochenbericht vom 20. März 2026"));
    CHECK(statusUpdateEmail(file, update, QStringLiteral("en")).subject ==
          QLatin1String("Northwind Logistics: weekly status update, March 20, 2026"));
    CHECK(statusUpdateEmail(northwind(QStringLiteral("en")), update, QStringLiteral("de"))
              .plainText.startsWith(QStringLiteral("Guten Tag zusammen,\n\nhier ist der Stand")));
    // French typography: a no-break space before the colon, dates as France writes them.
    CHECK(statusUpdateEmail(file, update, QStringLiteral("fr")).subject ==
          QStringLiteral("Northwind Logistics\u00a0: point d’avancement hebdomadaire du 20 mars "
                         "2026"));
    CHECK(statusUpdateEmail(northwind(QStringLiteral("fr-CA")), update)
              .plainText.startsWith(QStringLiteral("Bonjour à tous,\n\nVoici où en est")));
}

TEST_CASE("What holds up the first value is listed, with French punctuation in French")
{
    // The usage review now waits on the blocked integrations and, started earlier, has more
    // work of its own left.
    OnboardingFile file = northwind(QStringLiteral("fr"));
    TaskDependency integrations;
    integrations.id = DependencyId::create();
    integrations.customerId = file.customer.id;
    integrations.predecessorId =
        task(file, "Standard integrations connected: CRM and messaging").id;
    integrations.successorId = task(file, "Usage review with corrections").id;
    file.dependencies.append(integrations);
    task(file, "Usage review with corrections").start = QDate(2026, 3, 12);
    const StatusUpdate update = updateOf(file, QDate(2026, 3, 24));
    REQUIRE(update.firstValue.pushedBy.size() == 2);

    CHECK(section(statusUpdateEmail(file, update).plainText,
                  QStringLiteral("Première valeur\u00a0")) ==
          QStringList{
              QStringLiteral("First value: core workflow used live in a customer meeting\u00a0: "
                             "attendu le 31 mars 2026, 29e jour après la signature "
                             "(prévu\u00a0: 23 mars 2026)."),
              QStringLiteral("Retardé par\u00a0: Standard integrations connected: CRM and "
                             "messaging\u00a0; Usage review with corrections")});
    CHECK(
        statusUpdateEmail(file, update, QStringLiteral("en"))
            .plainText.contains(QLatin1String("\nHeld up by: Standard integrations connected: CRM "
                                              "and messaging; Usage review with corrections\n")));
}
