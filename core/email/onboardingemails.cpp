#include "onboardingemails.h"

#include "emailbody.h"
#include "emailpeople.h"
#include "emailtemplates.h"

#include "successplan/checkincadence.h"
#include "successplan/kickofftiming.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace Csm {

namespace {

QString number(const QLocale &locale, double value)
{
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

// A value and its unit, with a space between them, but "12.5%" in English.
QString quantity(const QLocale &locale, double value, const QString &unit)
{
    const QString u = unit.trimmed();
    if (u.isEmpty())
        return number(locale, value);
    if (u == QLatin1String("%") && locale.language() == QLocale::English)
        return number(locale, value) + u;
    return number(locale, value) + u' ' + u;
}

QList<Stakeholder> inDisplayOrder(QList<Stakeholder> people)
{
    std::sort(people.begin(), people.end(), stakeholderDisplayLess);
    return people;
}

QString greeting(const EmailTemplate &t, const QStringList &names)
{
    if (names.size() > 1)
        return t.greetingMany.toString();
    if (names.size() == 1 && !names.first().isEmpty())
        return fill(t.greetingOne, names.first());
    return t.greetingNone.toString();
}

QString goalLine(const EmailTemplate &t, const QLocale &locale, const Objective &objective)
{
    const QString metric = objective.metric.trimmed();
    const QString from = quantity(locale, objective.baseline, objective.unit);
    const QString to = quantity(locale, objective.target, objective.unit);
    if (objective.targetDate.isValid())
        return fill(t.goalDated, metric, from, to, emailDay(locale, objective.targetDate));
    return fill(t.goalUndated, metric, from, to);
}

} // namespace

Email introductionEmail(const OnboardingFile &file, const QDate &today, const EmailSender &sender)
{
    const Customer &customer = file.customer;
    const EmailTemplate &t = emailTemplate(customer.language);
    const QLocale locale = emailLocale(customer.language);
    const QList<Stakeholder> people = inDisplayOrder(file.stakeholders);

    Email email;
    QStringList greeted;
    for (const Stakeholder &s : people) {
        if (s.side == Side::Customer && addAddress(email.to, {}, s))
            greeted.append(s.name.trimmed());
    }
    for (const Stakeholder &s : people) {
        if (s.side == Side::Vendor &&
            (s.role == StakeholderRole::AccountExecutive || s.role == StakeholderRole::Csm))
            addAddress(email.cc, email.to, s);
    }

    const QString account = customer.accountName.trimmed();
    const QString csm = ownerName(customer.csmOwner, people, StakeholderRole::Csm);
    const QString ae =
        ownerName(customer.accountExecutive, people, StakeholderRole::AccountExecutive);
    email.subject =
        csm.isEmpty() ? fill(t.introSubjectNoCsm, account) : fill(t.introSubject, account, csm);

    EmailBody body(t.colon);
    body.paragraph(greeting(t, greeted));
    if (csm.isEmpty()) {
        body.paragraph(fill(t.introWelcomeNoCsm, account));
    } else {
        body.paragraph(fill(t.introWelcome, csm, account));
        body.paragraph(fill(t.introRole, csm));
    }

    const QString csmAtStart = csm.isEmpty() ? t.team.toString() : csm;
    const QString minutes =
        locale.toString(customer.kickoffDurationMinutes > 0 ? customer.kickoffDurationMinutes : 60);
    QString kickoff;
    if (customer.kickoffDate.isValid()) {
        kickoff = fill(t.kickoffOn, minutes, emailDay(locale, customer.kickoffDate, true));
    } else {
        const QDate latest = kickoffDeadline(customer);
        kickoff = latest.isValid() && latest >= today
                      ? fill(t.kickoffProposeBy, minutes, emailDay(locale, latest), csmAtStart)
                      : fill(t.kickoffPropose, minutes, csmAtStart);
    }
    body.paragraph(kickoff + u' ' + t.kickoffPurpose.toString());
    body.paragraph(t.introQuestions.toString());
    body.paragraph(signature(t, ae, people, sender));

    email.plainText = body.plainText();
    email.html = body.html(t.code, email.subject);
    return email;
}

Email kickoffRecapEmail(const OnboardingFile &file, const QDate &today, const EmailSender &sender)
{
    const Customer &customer = file.customer;
    const EmailTemplate &t = emailTemplate(customer.language);
    const QLocale locale = emailLocale(customer.language);
    const QList<Stakeholder> people = inDisplayOrder(file.stakeholders);

    QList<Stakeholder> attendees;
    for (const Stakeholder &s : people) {
        if (std::any_of(file.attendees.cbegin(), file.attendees.cend(),
                        [&](const KickoffAttendee &a) { return a.stakeholderId == s.id; }))
            attendees.append(s);
    }
    Email email;
    QStringList greeted;
    for (const Stakeholder &s : attendees) {
        if (s.side == Side::Customer && addAddress(email.to, {}, s))
            greeted.append(s.name.trimmed());
    }
    for (const Stakeholder &s : attendees) {
        if (s.side == Side::Vendor)
            addAddress(email.cc, email.to, s);
    }

    const QString account = customer.accountName.trimmed();
    const QString csm = ownerName(customer.csmOwner, people, StakeholderRole::Csm);
    const QDate kickoff = customer.kickoffDate;
    email.subject = kickoff.isValid() ? fill(t.recapSubject, account, emailDay(locale, kickoff))
                                      : fill(t.recapSubjectUndated, account);

    EmailBody body(t.colon);
    body.paragraph(greeting(t, greeted));
    body.paragraph(kickoff.isValid() ? fill(t.recapThanks, emailDay(locale, kickoff, true))
                                     : t.recapThanksUndated.toString());

    QList<Objective> objectives = file.objectives;
    std::sort(objectives.begin(), objectives.end(), recordCreatedBefore<Objective>);
    QStringList goals;
    QStringList quickWins;
    for (const Objective &objective : objectives) {
        if (objective.quickWin)
            quickWins.append(goalLine(t, locale, objective));
        else if (objective.confirmedAtKickoff)
            goals.append(goalLine(t, locale, objective));
    }
    if (goals.isEmpty())
        body.section(t.goalsHeading.toString(), t.goalsNone.toString());
    else
        body.list(t.goalsHeading.toString(), goals);
    if (!quickWins.isEmpty())
        body.list(t.quickWinHeading.toString(), quickWins);

    QList<ActionItem> actions;
    for (const ActionItem &action : file.actions) {
        if (action.status != ActionStatus::Done)
            actions.append(action);
    }
    std::sort(actions.begin(), actions.end(), [](const ActionItem &a, const ActionItem &b) {
        return std::tuple(!a.dueDate.isValid(), a.dueDate, a.meta.createdAt, a.id) <
               std::tuple(!b.dueDate.isValid(), b.dueDate, b.meta.createdAt, b.id);
    });
    QStringList actionLines;
    for (const ActionItem &action : actions) {
        const QString owner =
            action.owner.trimmed().isEmpty() ? t.ownerToBeNamed.toString() : action.owner.trimmed();
        actionLines.append(
            action.dueDate.isValid()
                ? fill(t.actionDue, action.task.trimmed(), owner, emailDay(locale, action.dueDate))
                : fill(t.actionNoDue, action.task.trimmed(), owner));
    }
    if (!actionLines.isEmpty())
        body.list(t.actionsHeading.toString(), actionLines);

    QStringList contact;
    const QString cadence = customer.checkInCadence.trimmed();
    const QDate next = nextCheckIn(customer, today);
    if (next.isValid())
        contact.append(fill(t.nextCheckIn, emailDay(locale, next, true), cadence));
    else if (!cadence.isEmpty())
        contact.append(fill(t.checkInsAsAgreed, cadence));
    else
        contact.append(t.checkInsToBeAgreed.toString());
    if (!customer.meetingChannels.trimmed().isEmpty())
        contact.append(fill(t.channels, customer.meetingChannels.trimmed()));
    if (!customer.escalationPath.trimmed().isEmpty())
        contact.append(fill(t.escalationPath, customer.escalationPath.trimmed()));
    body.list(t.contactHeading.toString(), contact);

    body.paragraph(t.recapQuestions.toString());
    body.paragraph(signature(t, csm.isEmpty() ? sender.name : csm, people, sender));

    email.plainText = body.plainText();
    email.html = body.html(t.code, email.subject);
    return email;
}

} // namespace Csm
