#include "coretestprinting.h"
#include "testsupport.h"

#include "email/onboardingemails.h"

#include <catch2/catch.hpp>

using namespace Csm;

namespace {

const QString goldenDir = QStringLiteral(CSM_TEST_DATA_DIR "/email/");

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

// Northwind Logistics, a week after signature: the whole team, three confirmed objectives,
// a quick win, action items in every state and the kickoff attendees. Every id and time is
// fixed, so the e-mails never change.
OnboardingFile northwind(const QString &language)
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = fixedId<CustomerId>(1);
    c.accountName = QStringLiteral("Northwind Logistics");
    c.language = language;
    c.signatureDate = QDate(2026, 3, 2); // a Monday
    c.accountExecutive = QStringLiteral("Ann Exec");
    c.csmOwner = QStringLiteral("Cara Success");
    c.phase = Phase::Kickoff;
    c.kickoffDate = QDate(2026, 3, 5); // a Thursday
    c.kickoffDurationMinutes = 60;
    c.checkInCadence = language.startsWith(QLatin1String("de"))   ? QStringLiteral("wöchentlich")
                       : language.startsWith(QLatin1String("fr")) ? QStringLiteral("hebdomadaire")
                                                                  : QStringLiteral("weekly");
    c.meetingChannels = QStringLiteral("Microsoft Teams, Slack #northwind-onboarding");
    c.escalationPath = QStringLiteral("Cara Success, then Dana Head (VP Customer Success)");
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
        {"Pia Power", "pia.power@northwind.example", Side::Customer, StakeholderRole::PowerUser},
        {"Ann Exec", "ann.exec@vendor.example", Side::Vendor, StakeholderRole::AccountExecutive},
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

    Outcome outcome;
    outcome.id = fixedId<OutcomeId>(200);
    outcome.customerId = c.id;
    outcome.title = QStringLiteral("Less manual dispatch work");
    outcome.meta = metaAt(10);
    file.outcomes.append(outcome);

    struct Goal
    {
        const char *metric;
        const char *unit;
        double baseline;
        double target;
        QDate targetDate;
        bool confirmed;
        bool quickWin;
    };
    const QList<Goal> goals{
        {"Admin time per week", "h", 8, 2, QDate(2026, 6, 1), true, false},
        {"Shipments tracked automatically", "%", 12.5, 80, QDate(2026, 5, 15), true, false},
        {"Orders processed per month", "", 12000, 18000, QDate(), true, false},
        {"Dispatch dashboards in daily use", "dashboards", 0, 3, QDate(2026, 3, 16), true, true},
        {"Onboarding NPS", "", 20, 50, QDate(2026, 6, 1), false, false},
    };
    n = 0;
    for (const Goal &g : goals) {
        Objective o;
        o.id = fixedId<ObjectiveId>(300 + n);
        o.customerId = c.id;
        o.outcomeId = outcome.id;
        o.metric = QString::fromUtf8(g.metric);
        o.unit = QString::fromUtf8(g.unit);
        o.baseline = g.baseline;
        o.target = g.target;
        o.targetDate = g.targetDate;
        o.confirmedAtKickoff = g.confirmed;
        o.quickWin = g.quickWin;
        o.meta = metaAt(20 + n++);
        file.objectives.append(o);
    }

    struct Action
    {
        const char *task;
        const char *owner;
        QDate due;
        ActionStatus status;
    };
    const QList<Action> actions{
        {"Send SSO metadata to our IT team", "Lena Admin", QDate(2026, 3, 9), ActionStatus::Open},
        {"Share a sample shipment export", "Tom Champion", QDate(2026, 3, 6),
         ActionStatus::InProgress},
        {"Send the kickoff slides", "Cara Success", QDate(2026, 3, 5), ActionStatus::Done},
        {"Name a second power user", "", QDate(), ActionStatus::Open},
        {"Confirm the data retention policy", "Eva Sponsor", QDate(2026, 3, 12),
         ActionStatus::Blocked},
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

    n = 0;
    for (int person : {0, 1, 2, 5}) {
        KickoffAttendee attendee;
        attendee.id = fixedId<AttendeeId>(500 + n);
        attendee.customerId = c.id;
        attendee.stakeholderId = file.stakeholders.at(person).id;
        attendee.meetingRole = QStringLiteral("Participant");
        attendee.meta = metaAt(40 + n++);
        file.attendees.append(attendee);
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

const QDate dayAfterHandoff(2026, 3, 3);
const QDate dayAfterKickoff(2026, 3, 6);

} // namespace

TEST_CASE("The introduction e-mail matches the golden files, in English, German and French")
{
    for (const char *language : {"en", "de", "fr"}) {
        INFO(language);
        const Email email =
            introductionEmail(northwind(QString::fromLatin1(language)), dayAfterHandoff);
        const QString base = QLatin1String("introduction-") + QLatin1String(language);
        checkGolden(base + QLatin1String(".txt"), asText(email));
        checkGolden(base + QLatin1String(".html"), email.html);
    }
}

TEST_CASE("The kickoff recap matches the golden files, in English, German and French")
{
    for (const char *language : {"en", "de", "fr"}) {
        INFO(language);
        const Email email =
            kickoffRecapEmail(northwind(QString::fromLatin1(language)), dayAfterKickoff);
        const QString base = QLatin1String("kickoff-recap-") + QLatin1String(language);
        checkGolden(base + QLatin1String(".txt"), asText(email));
        checkGolden(base + QLatin1String(".html"), email.html);
    }
}

TEST_CASE("The introduction goes to customer contacts with an address, cc our AE and CSM")
{
    const Email email = introductionEmail(northwind(QStringLiteral("en")), dayAfterHandoff);
    CHECK(email.to == QStringList{QStringLiteral("eva.sponsor@northwind.example"),
                                  QStringLiteral("tom.champion@northwind.example"),
                                  QStringLiteral("pia.power@northwind.example")});
    CHECK(email.cc == QStringList{QStringLiteral("ann.exec@vendor.example"),
                                  QStringLiteral("cara.success@vendor.example")});
    CHECK(email.subject.contains(QLatin1String("Northwind Logistics")));
    CHECK(email.subject.contains(QLatin1String("Cara Success")));
    CHECK(email.plainText.contains(QLatin1String("Ann Exec")));
    CHECK(email.plainText.contains(QLatin1String("Thursday, March 5, 2026")));
}

TEST_CASE("Invalid and repeated addresses are left out")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.stakeholders[0].email = QStringLiteral("not an address");
    file.stakeholders[3].email = QStringLiteral(" TOM.champion@northwind.example ");
    file.stakeholders[4].email = QStringLiteral("tom.champion@northwind.example");
    const Email email = introductionEmail(file, dayAfterHandoff);
    CHECK(email.to == QStringList{QStringLiteral("tom.champion@northwind.example")});
    CHECK(email.cc == QStringList{QStringLiteral("cara.success@vendor.example")});
    CHECK(email.plainText.startsWith(QLatin1String("Hello Tom Champion,\n\n")));
}

TEST_CASE("Without a kickoff date the introduction says by when the CSM proposes one")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.kickoffDate = QDate();
    // Five business days after Monday, March 2 is Monday, March 9.
    CHECK(introductionEmail(file, dayAfterHandoff)
              .plainText.contains(QLatin1String("Next step: the kickoff workshop (60 minutes). "
                                                "Cara Success will propose a date no later than "
                                                "March 9, 2026.")));
    CHECK(introductionEmail(file, QDate(2026, 3, 9))
              .plainText.contains(QLatin1String("no later than March 9, 2026.")));
    CHECK(introductionEmail(file, QDate(2026, 3, 10))
              .plainText.contains(QLatin1String("Cara Success will propose a date in the next "
                                                "few days.")));
    file.customer.signatureDate = QDate();
    CHECK(introductionEmail(file, dayAfterHandoff)
              .plainText.contains(QLatin1String("in the next few days")));
    file.customer.language = QStringLiteral("de");
    file.customer.signatureDate = QDate(2026, 3, 2);
    CHECK(introductionEmail(file, dayAfterHandoff)
              .plainText.contains(QStringLiteral("Cara Success schlägt Ihnen einen Termin bis "
                                                 "spätestens 9. März 2026 vor.")));
}

TEST_CASE("Without a named CSM the introduction speaks of the team")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.csmOwner.clear();
    file.customer.kickoffDate = QDate();
    file.stakeholders.removeIf([](const Stakeholder &s) { return s.role == StakeholderRole::Csm; });
    const Email email = introductionEmail(file, dayAfterHandoff);
    CHECK(email.subject ==
          QLatin1String("Northwind Logistics: introducing your Customer Success team"));
    CHECK(email.plainText.contains(
        QLatin1String("our Customer Success team guides Northwind Logistics")));
    CHECK(email.plainText.contains(QLatin1String("Our Customer Success team will propose a date")));
    CHECK(email.cc == QStringList{QStringLiteral("ann.exec@vendor.example")});
}

TEST_CASE("The CSM and AE come from the stakeholders when the owner fields are empty")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.csmOwner.clear();
    file.customer.accountExecutive.clear();
    file.stakeholders[5].name = QStringLiteral("Carl Stakeholder");
    file.stakeholders[4].name = QStringLiteral("Andy Stakeholder");
    const Email email = introductionEmail(file, dayAfterHandoff);
    CHECK(email.subject.contains(QLatin1String("Carl Stakeholder")));
    // Signed with the address on their stakeholder record.
    CHECK(email.plainText.endsWith(
        QLatin1String("Best regards,\nAndy Stakeholder\nann.exec@vendor.example\n")));
}

TEST_CASE("The recap goes to the customer's attendees with an address, cc ours")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    const Email email = kickoffRecapEmail(file, dayAfterKickoff);
    CHECK(email.to == QStringList{QStringLiteral("eva.sponsor@northwind.example"),
                                  QStringLiteral("tom.champion@northwind.example")});
    CHECK(email.cc == QStringList{QStringLiteral("cara.success@vendor.example")});
    CHECK(email.plainText.startsWith(QLatin1String("Hello everyone,\n\n")));

    // The greeting names the customer's people only: with Tom gone and two of ours attending,
    // it is for Eva.
    file.attendees.removeIf(
        [&](const KickoffAttendee &a) { return a.stakeholderId == file.stakeholders[1].id; });
    KickoffAttendee ann = file.attendees.first();
    ann.id = AttendeeId::create();
    ann.stakeholderId = file.stakeholders[4].id; // Ann Exec, our account executive
    file.attendees.append(ann);
    const Email fewer = kickoffRecapEmail(file, dayAfterKickoff);
    CHECK(fewer.to == QStringList{QStringLiteral("eva.sponsor@northwind.example")});
    CHECK(fewer.cc == QStringList{QStringLiteral("ann.exec@vendor.example"),
                                  QStringLiteral("cara.success@vendor.example")});
    CHECK(fewer.plainText.startsWith(QLatin1String("Hello Eva Sponsor,\n\n")));

    // Only our side attended: nobody to greet by name, and nobody in "to".
    file.attendees.removeIf(
        [&](const KickoffAttendee &a) { return a.stakeholderId == file.stakeholders[0].id; });
    const Email ours = kickoffRecapEmail(file, dayAfterKickoff);
    CHECK(ours.to.isEmpty());
    CHECK(ours.cc.size() == 2);
    CHECK(ours.plainText.startsWith(QLatin1String("Hello,\n\n")));
}

TEST_CASE("An address given on both sides goes to the customer only")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.stakeholders[5].email = QStringLiteral("Tom.Champion@northwind.example");
    const Email email = kickoffRecapEmail(file, dayAfterKickoff);
    CHECK(email.to == QStringList{QStringLiteral("eva.sponsor@northwind.example"),
                                  QStringLiteral("tom.champion@northwind.example")});
    CHECK(email.cc.isEmpty());
}

TEST_CASE("The recap's next check-in falls on the weekday of the cadence")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.checkInCadence = QStringLiteral("Weekly, Tuesdays 10:00");
    CHECK(kickoffRecapEmail(file, dayAfterKickoff)
              .plainText.contains(QLatin1String(
                  "- Next check-in: Tuesday, March 10, 2026 (Weekly, Tuesdays 10:00)\n")));
    file.customer.language = QStringLiteral("de");
    file.customer.checkInCadence = QStringLiteral("alle zwei Wochen, montags");
    CHECK(kickoffRecapEmail(file, QDate(2026, 3, 9))
              .plainText.contains(QStringLiteral(
                  "- Nächster Check-in: Montag, 23. März 2026 (alle zwei Wochen, montags)\n")));
}

TEST_CASE("The recap lists only action items not done, by due date")
{
    const QString text =
        kickoffRecapEmail(northwind(QStringLiteral("en")), dayAfterKickoff).plainText;
    CHECK_FALSE(text.contains(QLatin1String("kickoff slides")));
    const qsizetype sample = text.indexOf(QLatin1String("Share a sample shipment export"));
    const qsizetype sso = text.indexOf(QLatin1String("Send SSO metadata"));
    const qsizetype retention = text.indexOf(QLatin1String("Confirm the data retention"));
    const qsizetype power = text.indexOf(QLatin1String("Name a second power user"));
    CHECK(sample >= 0);
    CHECK(sample < sso);
    CHECK(sso < retention);
    CHECK(retention < power);
    CHECK(text.contains(QLatin1String("- Name a second power user (owner to be named)\n")));
}

TEST_CASE("A recap without goals, actions, cadence or kickoff date still reads well")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.objectives.clear();
    file.actions.clear();
    file.attendees.clear();
    file.customer.kickoffDate = QDate();
    file.customer.checkInCadence.clear();
    file.customer.meetingChannels.clear();
    file.customer.escalationPath.clear();
    const Email email = kickoffRecapEmail(file, dayAfterKickoff);
    CHECK(email.subject == QLatin1String("Northwind Logistics: recap of our kickoff"));
    CHECK(email.to.isEmpty());
    CHECK(email.plainText ==
          QLatin1String("Hello,\n\n"
                        "Thank you for the kickoff workshop. Here is what we agreed and what comes "
                        "next.\n\n"
                        "Goals we confirmed:\n"
                        "We have not confirmed measurable goals yet; we will do so at our next "
                        "check-in.\n\n"
                        "How we stay in touch:\n"
                        "- Check-ins: to be agreed\n\n"
                        "If anything is missing or not right, please reply to all.\n\n"
                        "Best regards,\nCara Success\ncara.success@vendor.example\n"));
}

TEST_CASE("A cadence the recap does not understand is quoted as agreed")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.checkInCadence = QStringLiteral("after each sprint");
    CHECK(kickoffRecapEmail(file, dayAfterKickoff)
              .plainText.contains(QLatin1String("- Check-ins: after each sprint\n")));
}

TEST_CASE("Other languages fall back to English, with English formatting")
{
    const Email italian = kickoffRecapEmail(northwind(QStringLiteral("it")), dayAfterKickoff);
    OnboardingFile english = northwind(QStringLiteral("en"));
    CHECK(italian.plainText == kickoffRecapEmail(english, dayAfterKickoff).plainText);
    CHECK(italian.html.contains(QLatin1String("<html lang=\"en\">")));
}

TEST_CASE("Numbers and dates follow the customer's language and region")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    CHECK(kickoffRecapEmail(file, dayAfterKickoff)
              .plainText.contains(QLatin1String("Shipments tracked automatically: from 12.5% to "
                                                "80% by May 15, 2026")));
    file.customer.language = QStringLiteral("en-GB");
    CHECK(kickoffRecapEmail(file, dayAfterKickoff)
              .plainText.contains(QLatin1String("by 15 May 2026")));
    file.customer.language = QStringLiteral("de");
    const QString german = kickoffRecapEmail(file, dayAfterKickoff).plainText;
    CHECK(german.contains(QLatin1String("von 12,5 % auf 80 % bis 15. Mai 2026")));
    CHECK(german.contains(QLatin1String("von 12.000 auf 18.000")));
}

TEST_CASE("Text from the file is escaped in the HTML and kept as is in the plain text")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    file.customer.accountName = QStringLiteral("<b>Acme</b> & \"Sons\" %2");
    file.customer.escalationPath = QStringLiteral("Cara <cara@vendor.example>\nthen Dana & Co");
    file.objectives[0].metric = QStringLiteral("<script>alert(1)</script>");
    file.actions[0].task = QStringLiteral("Fix <i>this</i> & that");
    for (const Email &email :
         {introductionEmail(file, dayAfterHandoff), kickoffRecapEmail(file, dayAfterKickoff)}) {
        CHECK(email.subject.startsWith(QLatin1String("<b>Acme</b> & \"Sons\" %2: ")));
        CHECK(email.html.contains(
            QLatin1String("&lt;b&gt;Acme&lt;/b&gt; &amp; &quot;Sons&quot; %2")));
        CHECK_FALSE(email.html.contains(QLatin1String("<b>")));
    }
    const Email recap = kickoffRecapEmail(file, dayAfterKickoff);
    CHECK_FALSE(recap.html.contains(QLatin1String("<script>")));
    CHECK_FALSE(recap.html.contains(QLatin1String("<i>")));
    CHECK(recap.html.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;")));
    CHECK(recap.html.contains(QLatin1String("Fix &lt;i&gt;this&lt;/i&gt; &amp; that")));
    CHECK(recap.html.contains(
        QLatin1String("<li>Escalation path: Cara &lt;cara@vendor.example&gt;<br>then Dana &amp; "
                      "Co</li>")));
    CHECK(recap.plainText.contains(QLatin1String("- <script>alert(1)</script>: from 8 h to 2 h")));
    CHECK(recap.plainText.contains(
        QLatin1String("- Escalation path: Cara <cara@vendor.example>\n  then Dana & Co\n")));
}

TEST_CASE("The generated e-mail opens in the mail program with everything in it")
{
    const Email email = kickoffRecapEmail(northwind(QStringLiteral("de")), dayAfterKickoff);
    const QUrl url = email.mailtoUrl();
    REQUIRE(url.isValid());
    const QByteArray encoded = url.toEncoded();
    CHECK(encoded.startsWith("mailto:eva.sponsor@northwind.example,tom.champion@northwind.example"
                             "?subject=Northwind%20Logistics%3A%20"));
    CHECK(encoded.contains("&cc=cara.success@vendor.example&"));
    CHECK_FALSE(encoded.contains(' '));
    CHECK(encoded.contains("Zusammenfassung%20unseres%20Kickoffs%20am%205.%20M%C3%A4rz%202026"));
    CHECK(encoded.contains("%0D%0A"));
}

TEST_CASE("The user's name and address from Preferences sign what they send")
{
    OnboardingFile file = northwind(QStringLiteral("en"));
    const EmailSender me{QStringLiteral("Cara Success"), QStringLiteral("cara@home.example")};

    SECTION("The address on the stakeholder record comes first")
    {
        const Email email = kickoffRecapEmail(file, dayAfterKickoff, me);
        CHECK(email.plainText.endsWith(
            QLatin1String("Best regards,\nCara Success\ncara.success@vendor.example\n")));
    }
    SECTION("Without one, the user's address signs when the user is the CSM")
    {
        for (Stakeholder &s : file.stakeholders) {
            if (s.role == StakeholderRole::Csm)
                s.email.clear();
        }
        const Email email = kickoffRecapEmail(file, dayAfterKickoff, me);
        CHECK(email.plainText.endsWith(
            QLatin1String("Best regards,\nCara Success\ncara@home.example\n")));
        CHECK(email.html.contains(QLatin1String("Cara Success<br>cara@home.example</p>")));
    }
    SECTION("No CSM named: the user signs")
    {
        file.customer.csmOwner.clear();
        file.stakeholders.removeIf(
            [](const Stakeholder &s) { return s.role == StakeholderRole::Csm; });
        const Email email = kickoffRecapEmail(file, dayAfterKickoff, me);
        CHECK(email.plainText.endsWith(
            QLatin1String("Best regards,\nCara Success\ncara@home.example\n")));
    }
    SECTION("Another person's e-mail never carries the user's address")
    {
        file.customer.csmOwner = QStringLiteral("Someone Else");
        const Email recap = kickoffRecapEmail(file, dayAfterKickoff, me);
        CHECK(recap.plainText.endsWith(QLatin1String("Best regards,\nSomeone Else\n")));
        // The introduction is the account executive's.
        const Email intro = introductionEmail(file, dayAfterHandoff, me);
        CHECK_FALSE(intro.plainText.contains(QLatin1String("cara@home.example")));
    }
}
