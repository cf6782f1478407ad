#include "emailtemplates.h"

#include <QRegularExpression>

namespace Csm {

namespace {

// clang-format off
const EmailTemplate english{
    .code = u"en",
    .language = QLocale::English,
    .territory = QLocale::UnitedStates,

    .greetingOne = u"Hello %1,",
    .greetingMany = u"Hello everyone,",
    .greetingNone = u"Hello,",
    .team = u"Our Customer Success team",
    .signOff = u"Best regards,",

    .introSubject = u"%1: introducing %2, your Customer Success Manager",
    .introSubjectNoCsm = u"%1: introducing your Customer Success team",
    .introWelcome = u"Thank you again for your trust, and welcome on board. I am glad to "
                    u"introduce %1, who is the Customer Success Manager for %2 from today on.",
    .introWelcomeNoCsm = u"Thank you again for your trust, and welcome on board. From today on, "
                         u"our Customer Success team guides %1 through the onboarding.",
    .introRole = u"%1 guides you through the onboarding, from the kickoff to the first "
                 u"measurable results, and is your first point of contact from now on. I stay "
                 u"involved as your account executive.",
    .kickoffOn = u"Next step: the kickoff workshop (%1 minutes) on %2.",
    .kickoffProposeBy = u"Next step: the kickoff workshop (%1 minutes). %3 will propose a date "
                        u"no later than %2.",
    .kickoffPropose = u"Next step: the kickoff workshop (%1 minutes). %2 will propose a date in "
                      u"the next few days.",
    .kickoffPurpose = u"Together we confirm your success criteria, the implementation plan and "
                      u"a first quick win.",
    .introQuestions = u"If you have any questions before then, simply reply to all.",

    .recapSubject = u"%1: recap of our kickoff on %2",
    .recapSubjectUndated = u"%1: recap of our kickoff",
    .recapThanks = u"Thank you for the kickoff workshop on %1. Here is what we agreed and what "
                   u"comes next.",
    .recapThanksUndated = u"Thank you for the kickoff workshop. Here is what we agreed and what "
                          u"comes next.",
    .goalsHeading = u"Goals we confirmed",
    .goalsNone = u"We have not confirmed measurable goals yet; we will do so at our next "
                 u"check-in.",
    .goalDated = u"%1: from %2 to %3 by %4",
    .goalUndated = u"%1: from %2 to %3",
    .quickWinHeading = u"Quick win, our first result within two weeks",
    .actionsHeading = u"Action items",
    .actionDue = u"%1 (%2, due %3)",
    .actionNoDue = u"%1 (%2)",
    .ownerToBeNamed = u"owner to be named",
    .contactHeading = u"How we stay in touch",
    .nextCheckIn = u"Next check-in: %1 (%2)",
    .checkInsAsAgreed = u"Check-ins: %1",
    .checkInsToBeAgreed = u"Check-ins: to be agreed",
    .channels = u"Channels: %1",
    .escalationPath = u"Escalation path: %1",
    .recapQuestions = u"If anything is missing or not right, please reply to all.",
};

const EmailTemplate german{
    .code = u"de",
    .language = QLocale::German,
    .territory = QLocale::Germany,

    .greetingOne = u"Guten Tag %1,",
    .greetingMany = u"Guten Tag zusammen,",
    .greetingNone = u"Guten Tag,",
    .team = u"Unser Customer-Success-Team",
    .signOff = u"Viele Grüße",

    .introSubject = u"%1: Ihr Customer Success Manager %2",
    .introSubjectNoCsm = u"%1: Ihr Customer-Success-Team",
    .introWelcome = u"vielen Dank für Ihr Vertrauen und herzlich willkommen! Ich freue mich, "
                    u"Ihnen %1 vorzustellen, ab heute Customer Success Manager für %2.",
    .introWelcomeNoCsm = u"vielen Dank für Ihr Vertrauen und herzlich willkommen! Ab heute "
                         u"begleitet unser Customer-Success-Team %1 durch das Onboarding.",
    .introRole = u"%1 begleitet Sie durch das Onboarding, vom Kickoff bis zu den ersten "
                 u"messbaren Ergebnissen, und ist ab jetzt Ihre erste Ansprechperson. Ich "
                 u"bleibe als Ihr Account Executive weiter an Bord.",
    .kickoffOn = u"Nächster Schritt: der Kickoff-Workshop (%1 Minuten) am %2.",
    .kickoffProposeBy = u"Nächster Schritt: der Kickoff-Workshop (%1 Minuten). %3 schlägt "
                        u"Ihnen einen Termin bis spätestens %2 vor.",
    .kickoffPropose = u"Nächster Schritt: der Kickoff-Workshop (%1 Minuten). %2 schlägt Ihnen "
                      u"in den nächsten Tagen einen Termin vor.",
    .kickoffPurpose = u"Dort bestätigen wir gemeinsam Ihre Erfolgskriterien, den "
                      u"Implementierungsplan und einen ersten Quick Win.",
    .introQuestions = u"Falls Sie bis dahin Fragen haben, antworten Sie einfach an alle.",

    .recapSubject = u"%1: Zusammenfassung unseres Kickoffs am %2",
    .recapSubjectUndated = u"%1: Zusammenfassung unseres Kickoffs",
    .recapThanks = u"vielen Dank für den Kickoff-Workshop am %1. Hier fasse ich zusammen, was "
                   u"wir vereinbart haben und wie es weitergeht.",
    .recapThanksUndated = u"vielen Dank für den Kickoff-Workshop. Hier fasse ich zusammen, was "
                          u"wir vereinbart haben und wie es weitergeht.",
    .goalsHeading = u"Bestätigte Ziele",
    .goalsNone = u"Messbare Ziele haben wir noch nicht bestätigt; das holen wir beim nächsten "
                 u"Check-in nach.",
    .goalDated = u"%1: von %2 auf %3 bis %4",
    .goalUndated = u"%1: von %2 auf %3",
    .quickWinHeading = u"Quick Win, unser erstes Ergebnis innerhalb von zwei Wochen",
    .actionsHeading = u"Aufgaben",
    .actionDue = u"%1 (%2, fällig am %3)",
    .actionNoDue = u"%1 (%2)",
    .ownerToBeNamed = u"verantwortlich: noch offen",
    .contactHeading = u"So bleiben wir in Kontakt",
    .nextCheckIn = u"Nächster Check-in: %1 (%2)",
    .checkInsAsAgreed = u"Check-ins: %1",
    .checkInsToBeAgreed = u"Check-ins: noch zu vereinbaren",
    .channels = u"Kanäle: %1",
    .escalationPath = u"Eskalationsweg: %1",
    .recapQuestions = u"Falls etwas fehlt oder nicht stimmt, antworten Sie bitte an alle.",
};
// clang-format on

// "de-CH", "de_AT", " DE " -> "de".
QString primaryLanguage(const QString &language)
{
    QString code = language.trimmed().toLower();
    const qsizetype end = code.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return end < 0 ? code : code.left(end);
}

} // namespace

const EmailTemplate &emailTemplate(const QString &customerLanguage)
{
    const QString code = primaryLanguage(customerLanguage);
    for (const EmailTemplate *t : emailTemplates()) {
        if (t->code == code)
            return *t;
    }
    return english;
}

QLocale emailLocale(const QString &customerLanguage)
{
    const EmailTemplate &t = emailTemplate(customerLanguage);
    QString name = customerLanguage.trimmed();
    name.replace(u'_', u'-');
    if (name.contains(u'-')) {
        const QLocale customer(name);
        if (customer.language() == t.language)
            return customer;
    }
    return QLocale(t.language, t.territory);
}

QList<const EmailTemplate *> emailTemplates()
{
    return {&english, &german};
}

QList<std::pair<const char *, QStringView>> emailTemplateTexts(const EmailTemplate &t)
{
    return {
        {"greetingOne", t.greetingOne},
        {"greetingMany", t.greetingMany},
        {"greetingNone", t.greetingNone},
        {"team", t.team},
        {"signOff", t.signOff},
        {"introSubject", t.introSubject},
        {"introSubjectNoCsm", t.introSubjectNoCsm},
        {"introWelcome", t.introWelcome},
        {"introWelcomeNoCsm", t.introWelcomeNoCsm},
        {"introRole", t.introRole},
        {"kickoffOn", t.kickoffOn},
        {"kickoffProposeBy", t.kickoffProposeBy},
        {"kickoffPropose", t.kickoffPropose},
        {"kickoffPurpose", t.kickoffPurpose},
        {"introQuestions", t.introQuestions},
        {"recapSubject", t.recapSubject},
        {"recapSubjectUndated", t.recapSubjectUndated},
        {"recapThanks", t.recapThanks},
        {"recapThanksUndated", t.recapThanksUndated},
        {"goalsHeading", t.goalsHeading},
        {"goalsNone", t.goalsNone},
        {"goalDated", t.goalDated},
        {"goalUndated", t.goalUndated},
        {"quickWinHeading", t.quickWinHeading},
        {"actionsHeading", t.actionsHeading},
        {"actionDue", t.actionDue},
        {"actionNoDue", t.actionNoDue},
        {"ownerToBeNamed", t.ownerToBeNamed},
        {"contactHeading", t.contactHeading},
        {"nextCheckIn", t.nextCheckIn},
        {"checkInsAsAgreed", t.checkInsAsAgreed},
        {"checkInsToBeAgreed", t.checkInsToBeAgreed},
        {"channels", t.channels},
        {"escalationPath", t.escalationPath},
        {"recapQuestions", t.recapQuestions},
    };
}

} // namespace Csm
