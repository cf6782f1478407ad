#include "icalendar.h"

#include "successplan/checkincadence.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace Csm {

namespace {

struct ICalendarText
{
    Q_DECLARE_TR_FUNCTIONS(Csm::ICalendar)
};

constexpr const char *uidDomain = "@csm-workspace";

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

struct Event
{
    QString uid;
    QDate date;
    QString summary;
    QString description;
    QString category;
    QString rrule;            // empty: a single day
    bool transparent = false; // a marker that does not make the CSM busy
};

QString rruleFor(const CheckInCadence &cadence, const QDate &anchor)
{
    static const char *const days[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    if (cadence.unit == CadenceUnit::Days) {
        const int weeks = cadence.count / 7;
        QString rule =
            cadence.count % 7 == 0 ? QStringLiteral("FREQ=WEEKLY") : QStringLiteral("FREQ=DAILY");
        const int interval = cadence.count % 7 == 0 ? weeks : cadence.count;
        if (interval > 1)
            rule += QStringLiteral(";INTERVAL=%1").arg(interval);
        return rule;
    }
    QString rule = QStringLiteral("FREQ=MONTHLY");
    if (cadence.count > 1)
        rule += QStringLiteral(";INTERVAL=%1").arg(cadence.count);
    if (cadence.weekday >= 1 && cadence.weekday <= 7)
        return rule + QStringLiteral(";BYDAY=1") + QLatin1String(days[cadence.weekday - 1]);
    // The kickoff's day of the month, or the month's last day when the month is shorter.
    const int day = anchor.day();
    if (day <= 28)
        return rule + QStringLiteral(";BYMONTHDAY=%1").arg(day);
    return rule + QStringLiteral(";BYMONTHDAY=%1,-1;BYSETPOS=1").arg(day);
}

QString ownersText(const QString &vendor, const QString &customer)
{
    const QString ours = vendor.trimmed();
    const QString theirs = customer.trimmed();
    if (ours.isEmpty() && theirs.isEmpty())
        return {};
    if (theirs.isEmpty())
        return ICalendarText::tr("Owner: %1").arg(ours);
    if (ours.isEmpty())
        return ICalendarText::tr("Customer owner: %1").arg(theirs);
    return ICalendarText::tr("Owners: %1 (ours), %2 (customer)").arg(ours, theirs);
}

QList<Event> events(const OnboardingFile &file, const QDate &today)
{
    const Customer &customer = file.customer;
    const QString account = customer.accountName.trimmed();
    const QString customerUid = customer.id.toString();
    QList<Event> result;

    for (const PlanTask &task : file.tasks) {
        const QDate date = task.finish.isValid() ? task.finish : task.start;
        if (!task.isMilestone() || !date.isValid())
            continue;
        Event event;
        event.uid = task.id.toString() + QLatin1String(uidDomain);
        event.date = date;
        event.summary =
            task.firstValue
                ? ICalendarText::tr("%1: %2 (first value)").arg(account, task.name.simplified())
                : ICalendarText::tr("%1: %2").arg(account, task.name.simplified());
        QStringList lines;
        const auto workstream =
            std::find_if(file.workstreams.cbegin(), file.workstreams.cend(),
                         [&](const Workstream &w) { return w.id == task.workstreamId; });
        if (workstream != file.workstreams.cend())
            lines.append(ICalendarText::tr("Workstream: %1").arg(workstream->name.simplified()));
        const QString owners = ownersText(task.vendorOwner, task.customerOwner);
        if (!owners.isEmpty())
            lines.append(owners);
        lines.append(ICalendarText::tr("Status: %1").arg(enumDisplayName(task.status)));
        if (task.waitingOn != WaitingOn::Nobody && !task.isDone())
            lines.append(ICalendarText::tr("Waiting on: %1").arg(enumDisplayName(task.waitingOn)));
        if (task.baselineFinish.isValid() && task.baselineFinish != date)
            lines.append(
                ICalendarText::tr("Planned for %1").arg(task.baselineFinish.toString(Qt::ISODate)));
        if (!task.notes.trimmed().isEmpty())
            lines.append(task.notes.trimmed());
        event.description = lines.join(u'\n');
        event.category = ICalendarText::tr("Milestone");
        event.transparent = true;
        result.append(event);
    }

    for (const PhaseGate &gate : file.gates) {
        if (!gate.dueDate.isValid())
            continue;
        Event event;
        event.uid = gate.id.toString() + QLatin1String(uidDomain);
        event.date = gate.dueDate;
        event.summary = ICalendarText::tr("%1: %2 gate").arg(account, enumDisplayName(gate.kind));
        QStringList lines;
        if (gate.isPassed())
            lines.append(
                ICalendarText::tr("Passed on %1").arg(gate.passedDate.toString(Qt::ISODate)));
        for (const GateCriterion &criterion : file.gateCriteria) {
            if (criterion.gateId == gate.id)
                lines.append((criterion.met ? QStringLiteral("[x] ") : QStringLiteral("[ ] ")) +
                             criterion.criterion.simplified());
        }
        event.description = lines.join(u'\n');
        event.category = ICalendarText::tr("Phase gate");
        event.transparent = true;
        result.append(event);
    }

    if (customer.kickoffDate.isValid()) {
        Event event;
        event.uid = QStringLiteral("kickoff-") + customerUid + QLatin1String(uidDomain);
        event.date = customer.kickoffDate;
        event.summary = ICalendarText::tr("%1: kickoff workshop").arg(account);
        QStringList lines;
        const qint64 minutes =
            customer.kickoffDurationMinutes > 0 ? customer.kickoffDurationMinutes : 60;
        lines.append(ICalendarText::tr("%1 minutes").arg(minutes));
        QStringList attendees;
        for (const KickoffAttendee &attendee : file.attendees) {
            const auto person =
                std::find_if(file.stakeholders.cbegin(), file.stakeholders.cend(),
                             [&](const Stakeholder &s) { return s.id == attendee.stakeholderId; });
            if (person != file.stakeholders.cend() && !person->name.trimmed().isEmpty())
                attendees.append(person->name.simplified());
        }
        if (!attendees.isEmpty())
            lines.append(
                ICalendarText::tr("Attendees: %1").arg(attendees.join(QLatin1String(", "))));
        event.description = lines.join(u'\n');
        event.category = ICalendarText::tr("Meeting");
        result.append(event);
    }

    const CheckInCadence cadence = parseCheckInCadence(customer.checkInCadence);
    const QDate anchor = customer.kickoffDate.isValid() ? customer.kickoffDate : today;
    const QDate first = nextCheckIn(customer, anchor);
    if (cadence.isValid() && first.isValid()) {
        Event event;
        event.uid = QStringLiteral("checkins-") + customerUid + QLatin1String(uidDomain);
        event.date = first;
        event.summary = ICalendarText::tr("%1: check-in").arg(account);
        QStringList lines{
            ICalendarText::tr("Cadence: %1").arg(customer.checkInCadence.simplified())};
        if (!customer.meetingChannels.trimmed().isEmpty())
            lines.append(
                ICalendarText::tr("Channels: %1").arg(customer.meetingChannels.simplified()));
        event.description = lines.join(u'\n');
        event.category = ICalendarText::tr("Meeting");
        event.rrule = rruleFor(cadence, anchor);
        result.append(event);
    }

    std::sort(result.begin(), result.end(), [](const Event &a, const Event &b) {
        return std::tie(a.date, a.uid) < std::tie(b.date, b.uid);
    });
    return result;
}

} // namespace

QString icalEscapeText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            result += QLatin1String("\\\\");
            break;
        case u';':
            result += QLatin1String("\\;");
            break;
        case u',':
            result += QLatin1String("\\,");
            break;
        case u'\r':
            // CR LF is one line break.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            result += QLatin1String("\\n");
            break;
        case u'\n':
            result += QLatin1String("\\n");
            break;
        default:
            if (c.unicode() == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f))
                result += c;
        }
    }
    return result;
}

QByteArray icalFoldLine(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    QByteArray result;
    qsizetype position = 0;
    qsizetype room = 75; // octets on the first line; continuation lines spend one on a space
    while (bytes.size() - position > room) {
        qsizetype end = position + room;
        // Never between the bytes of one character: back up to the start of the one cut.
        while (end > position && (uchar(bytes.at(end)) & 0xC0) == 0x80)
            --end;
        result += bytes.mid(position, end - position) + "\r\n ";
        position = end;
        room = 74;
    }
    return result + bytes.mid(position) + "\r\n";
}

QByteArray onboardingCalendar(const OnboardingFile &file, const QDateTime &stamp)
{
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    auto line = [&out](const QString &text) { out += icalFoldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//CSM Workspace//Onboarding plan//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") +
         icalEscapeText(
             ICalendarText::tr("%1 onboarding").arg(file.customer.accountName.trimmed())));
    for (const Event &event : events(file, stamp.toUTC().date())) {
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + event.uid);
        line(QStringLiteral("DTSTAMP:") + dtstamp);
        line(QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(event.date));
        line(QStringLiteral("DTEND;VALUE=DATE:") + dateValue(event.date.addDays(1)));
        if (!event.rrule.isEmpty())
            line(QStringLiteral("RRULE:") + event.rrule);
        line(QStringLiteral("SUMMARY:") + icalEscapeText(event.summary));
        if (!event.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + icalEscapeText(event.description));
        line(QStringLiteral("CATEGORIES:") + icalEscapeText(event.category));
        if (event.transparent)
            line(QStringLiteral("TRANSP:TRANSPARENT"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Csm
