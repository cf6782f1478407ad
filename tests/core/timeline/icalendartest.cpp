#include "coretestprinting.h"

#include "timeline/icalendar.h"
#include "timeline/playbook.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <algorithm>

using namespace Csm;

namespace {

const QDateTime stamp(QDate(2026, 3, 6), QTime(16, 45, 30), Qt::UTC);

// Northwind Logistics with the hybrid playbook's plan, its kickoff and a weekly cadence.
OnboardingFile northwind()
{
    OnboardingFile file;
    Customer &c = file.customer;
    c.id = CustomerId::fromString(u"00000000-0000-4000-8000-000000000001");
    c.accountName = QStringLiteral("Northwind Logistics");
    c.tier = Tier::Hybrid;
    c.signatureDate = QDate(2026, 3, 2);
    c.kickoffDate = QDate(2026, 3, 5); // a Thursday
    c.kickoffDurationMinutes = 45;
    c.checkInCadence = QStringLiteral("Weekly, Tuesdays");
    c.meetingChannels = QStringLiteral("Teams");
    c.csmOwner = QStringLiteral("Cara Success");
    const GeneratedPlan plan = generatePlan(builtInPlaybook(Tier::Hybrid), c, {}, {});
    file.workstreams = plan.workstreams;
    file.tasks = plan.tasks;
    file.dependencies = plan.dependencies;
    file.gates = plan.gates;
    file.gateCriteria = plan.criteria;

    Stakeholder eva;
    eva.id = StakeholderId::create();
    eva.customerId = c.id;
    eva.name = QStringLiteral("Eva Sponsor");
    file.stakeholders.append(eva);
    KickoffAttendee attendee;
    attendee.id = AttendeeId::create();
    attendee.customerId = c.id;
    attendee.stakeholderId = eva.id;
    file.attendees.append(attendee);
    return file;
}

// The content lines, unfolded.
QStringList unfolded(const QByteArray &ics)
{
    QByteArray text = ics;
    text.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(text).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty()); // the last line ends in CRLF too
    lines.removeLast();
    return lines;
}

// The lines of the event whose UID starts with `uid`, from its UID on.
QStringList eventLines(const QStringList &lines, const QString &uid)
{
    const auto it = std::find_if(lines.cbegin(), lines.cend(), [&](const QString &line) {
        return line.startsWith(QStringLiteral("UID:") + uid);
    });
    const qsizetype at = it - lines.cbegin();
    REQUIRE(it != lines.cend());
    REQUIRE(at > 0);
    REQUIRE(lines.at(at - 1) == QLatin1String("BEGIN:VEVENT"));
    const qsizetype end = lines.indexOf(QStringLiteral("END:VEVENT"), at);
    return lines.mid(at, end - at);
}

QString uidOf(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces) + QLatin1String("@csm-workspace");
}

} // namespace

TEST_CASE("Every milestone and gate of the plan is an all-day event on its date")
{
    const OnboardingFile file = northwind();
    const QStringList lines = unfolded(onboardingCalendar(file, stamp));
    CHECK(lines.first() == QLatin1String("BEGIN:VCALENDAR"));
    CHECK(lines.contains(QStringLiteral("VERSION:2.0")));
    CHECK(lines.last() == QLatin1String("END:VCALENDAR"));

    int milestones = 0;
    for (const PlanTask &task : file.tasks) {
        if (!task.isMilestone())
            continue;
        ++milestones;
        INFO(task.name.toStdString());
        const QStringList event = eventLines(lines, uidOf(task.id.uuid()));
        CHECK(event.contains(QStringLiteral("DTSTART;VALUE=DATE:") +
                             task.finish.toString(QStringLiteral("yyyyMMdd"))));
        CHECK(event.contains(QStringLiteral("DTEND;VALUE=DATE:") +
                             task.finish.addDays(1).toString(QStringLiteral("yyyyMMdd"))));
        CHECK(event.contains(QStringLiteral("DTSTAMP:20260306T164530Z")));
        CHECK(event.contains(QStringLiteral("TRANSP:TRANSPARENT")));
        const QString summary = QStringLiteral("SUMMARY:Northwind Logistics: ") +
                                icalEscapeText(task.name) +
                                (task.firstValue ? QStringLiteral(" (first value)") : QString());
        CHECK(event.contains(summary));
    }
    CHECK(milestones >= 5);
    for (const PhaseGate &gate : file.gates) {
        const QStringList event = eventLines(lines, uidOf(gate.id.uuid()));
        CHECK(event.contains(QStringLiteral("DTSTART;VALUE=DATE:") +
                             gate.dueDate.toString(QStringLiteral("yyyyMMdd"))));
        CHECK(event.contains(QStringLiteral("SUMMARY:Northwind Logistics: ") +
                             enumDisplayName(gate.kind) + QStringLiteral(" gate")));
    }
    // Plain tasks are not events: milestones, gates, the kickoff and the check-ins are.
    CHECK(lines.count(QStringLiteral("BEGIN:VEVENT")) == milestones + file.gates.size() + 2);
}

TEST_CASE("Events are in date order, and a milestone without a date is left out")
{
    OnboardingFile file = northwind();
    const auto milestone = std::find_if(file.tasks.begin(), file.tasks.end(),
                                        [](const PlanTask &t) { return t.isMilestone(); });
    milestone->start = QDate();
    milestone->finish = QDate();
    const QStringList lines = unfolded(onboardingCalendar(file, stamp));
    CHECK_FALSE(lines.contains(QStringLiteral("UID:") + uidOf(milestone->id.uuid())));
    QStringList starts;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("DTSTART")))
            starts.append(line.section(u':', 1));
    }
    QStringList sorted = starts;
    std::sort(sorted.begin(), sorted.end());
    CHECK(starts == sorted);
}

TEST_CASE("The kickoff and the check-ins are meetings of the customer")
{
    const QStringList lines = unfolded(onboardingCalendar(northwind(), stamp));
    const QStringList kickoff =
        eventLines(lines, QStringLiteral("kickoff-00000000-0000-4000-8000-000000000001"));
    CHECK(kickoff.contains(QStringLiteral("DTSTART;VALUE=DATE:20260305")));
    CHECK(kickoff.contains(QStringLiteral("SUMMARY:Northwind Logistics: kickoff workshop")));
    CHECK(kickoff.contains(QStringLiteral("DESCRIPTION:45 minutes\\nAttendees: Eva Sponsor")));

    // Weekly on Tuesdays: the first Tuesday after the Thursday kickoff, then every week.
    const QStringList checkIns =
        eventLines(lines, QStringLiteral("checkins-00000000-0000-4000-8000-000000000001"));
    CHECK(checkIns.contains(QStringLiteral("DTSTART;VALUE=DATE:20260310")));
    CHECK(checkIns.contains(QStringLiteral("RRULE:FREQ=WEEKLY")));
    CHECK(checkIns.contains(
        QStringLiteral("DESCRIPTION:Cadence: Weekly\\, Tuesdays\\nChannels: Teams")));
}

TEST_CASE("Check-ins repeat as the cadence says")
{
    struct Case
    {
        const char *cadence;
        QDate kickoff;
        const char *start;
        const char *rule;
    };
    const QList<Case> cases{
        {"daily", QDate(2026, 3, 5), "20260306", "FREQ=DAILY"},
        {"alle zwei Wochen, montags", QDate(2026, 3, 5), "20260309", "FREQ=WEEKLY;INTERVAL=2"},
        {"biweekly", QDate(2026, 3, 5), "20260319", "FREQ=WEEKLY;INTERVAL=2"},
        {"monthly on Mondays", QDate(2026, 3, 5), "20260406", "FREQ=MONTHLY;BYDAY=1MO"},
        {"monthly", QDate(2026, 3, 5), "20260405", "FREQ=MONTHLY;BYMONTHDAY=5"},
        // The last day of shorter months.
        {"monatlich", QDate(2026, 1, 31), "20260228", "FREQ=MONTHLY;BYMONTHDAY=31,-1;BYSETPOS=1"},
        {"monthly", QDate(2026, 1, 30), "20260228", "FREQ=MONTHLY;BYMONTHDAY=30,-1;BYSETPOS=1"},
    };
    for (const Case &c : cases) {
        INFO(c.cadence);
        OnboardingFile file = northwind();
        file.customer.checkInCadence = QString::fromUtf8(c.cadence);
        file.customer.kickoffDate = c.kickoff;
        const QStringList event =
            eventLines(unfolded(onboardingCalendar(file, stamp)),
                       QStringLiteral("checkins-00000000-0000-4000-8000-000000000001"));
        CHECK(event.contains(QStringLiteral("DTSTART;VALUE=DATE:") + QLatin1String(c.start)));
        CHECK(event.contains(QStringLiteral("RRULE:") + QLatin1String(c.rule)));
    }

    // Without a kickoff date the rhythm starts on the day of the export.
    OnboardingFile file = northwind();
    file.customer.kickoffDate = QDate();
    const QStringList lines = unfolded(onboardingCalendar(file, stamp));
    CHECK_FALSE(lines.contains(QStringLiteral("UID:kickoff-00000000-0000-4000-8000-000000000001"
                                              "@csm-workspace")));
    CHECK(eventLines(lines, QStringLiteral("checkins-00000000-0000-4000-8000-000000000001"))
              .contains(QStringLiteral("DTSTART;VALUE=DATE:20260310")));

    // A cadence that is not understood gives no check-ins.
    file.customer.checkInCadence = QStringLiteral("after each sprint");
    CHECK_FALSE(QString::fromUtf8(onboardingCalendar(file, stamp)).contains(u"checkins-"));
}

TEST_CASE("Text values escape backslash, semicolon, comma and line breaks")
{
    CHECK(icalEscapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")) ==
          QLatin1String("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
    CHECK(icalEscapeText(QStringLiteral("Tab\tstays\a")) == QLatin1String("Tab\tstays"));
    CHECK(icalEscapeText(QStringLiteral("Grüße: 5 €")) == QStringLiteral("Grüße: 5 €"));

    OnboardingFile file = northwind();
    file.customer.accountName = QStringLiteral("Smith, Jones; Partners");
    file.tasks[1].name = QStringLiteral("Access\\export; verified, signed");
    file.tasks[1].notes = QStringLiteral("Line one\nLine two");
    const QStringList lines = unfolded(onboardingCalendar(file, stamp));
    CHECK(lines.contains(QStringLiteral("SUMMARY:Smith\\, Jones\\; Partners: "
                                        "Access\\\\export\\; verified\\, signed")));
    const QStringList event = eventLines(lines, uidOf(file.tasks[1].id.uuid()));
    const auto description = std::find_if(event.cbegin(), event.cend(), [](const QString &l) {
        return l.startsWith(QLatin1String("DESCRIPTION:"));
    });
    REQUIRE(description != event.cend());
    CHECK(description->endsWith(QLatin1String("\\nLine one\\nLine two")));
    CHECK(lines.contains(QStringLiteral("X-WR-CALNAME:Smith\\, Jones\\; Partners onboarding")));
}

TEST_CASE("Long lines fold at 75 octets without splitting a character")
{
    const QString longLine = QStringLiteral("DESCRIPTION:") + QString(30, u'a') +
                             QString(40, QChar(0x00e4)) + QStringLiteral("\U0001F680 end");
    const QByteArray folded = icalFoldLine(longLine);
    CHECK(folded.endsWith("\r\n"));
    const QList<QByteArray> parts = folded.chopped(2).split('\n');
    REQUIRE(parts.size() >= 2);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = parts.at(i);
        if (i + 1 < parts.size()) {
            REQUIRE(part.endsWith('\r'));
            part.chop(1);
        }
        INFO(part.toStdString());
        CHECK(part.size() <= 75);
        if (i > 0)
            CHECK(part.startsWith(' '));
        // Each line is valid UTF-8 on its own.
        CHECK(QString::fromUtf8(part).toUtf8() == part);
        CHECK_FALSE(QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
    }
    QByteArray joined = folded;
    joined.replace("\r\n ", "");
    CHECK(joined == longLine.toUtf8() + "\r\n");

    // Short lines are left alone; exactly 75 octets fit.
    CHECK(icalFoldLine(QString(75, u'x')) == QByteArray(75, 'x') + "\r\n");
    CHECK(icalFoldLine(QString(76, u'x')) == QByteArray(75, 'x') + "\r\n x\r\n");

    // In a whole calendar, no line is longer and every line ends in CRLF.
    OnboardingFile file = northwind();
    file.tasks[1].name = QString(120, QChar(0x00fc));
    const QByteArray ics = onboardingCalendar(file, stamp);
    CHECK_FALSE(ics.contains("\n\n"));
    for (const QByteArray &line : ics.split('\n')) {
        if (line.isEmpty())
            continue;
        CHECK(line.endsWith('\r'));
        CHECK(line.size() <= 76);
    }
    CHECK(ics.count('\n') == ics.count("\r\n"));
}

TEST_CASE("UIDs stay the same from one export to the next, DTSTAMP is the time given in UTC")
{
    const OnboardingFile file = northwind();
    const QDateTime berlin(QDate(2026, 3, 6), QTime(17, 45, 30), QTimeZone(3600));
    const QByteArray first = onboardingCalendar(file, berlin);
    CHECK(first.contains("DTSTAMP:20260306T164530Z\r\n"));
    const QByteArray later =
        onboardingCalendar(file, QDateTime(QDate(2026, 4, 1), QTime(8, 0), Qt::UTC));
    QByteArray restamped = later;
    restamped.replace("DTSTAMP:20260401T080000Z", "DTSTAMP:20260306T164530Z");
    CHECK(restamped == first);
}
