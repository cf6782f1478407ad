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
    .colon = u":",

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
    .colon = u":",

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
const EmailTemplate french{
    .code = u"fr",
    .language = QLocale::French,
    .territory = QLocale::France,

    .greetingOne = u"Bonjour %1,",
    .greetingMany = u"Bonjour à tous,",
    .greetingNone = u"Bonjour,",
    .team = u"Notre équipe Customer Success",
    .signOff = u"Cordialement,",
    .colon = u" :",

    .introSubject = u"%1 : je vous présente %2, votre Customer Success Manager",
    .introSubjectNoCsm = u"%1 : votre équipe Customer Success",
    .introWelcome = u"Merci encore pour votre confiance, et bienvenue à bord. J’ai le plaisir "
                    u"de vous présenter %1, Customer Success Manager de %2 à partir "
                    u"d’aujourd’hui.",
    .introWelcomeNoCsm = u"Merci encore pour votre confiance, et bienvenue à bord. À partir "
                         u"d’aujourd’hui, notre équipe Customer Success accompagne %1 tout au "
                         u"long de l’onboarding.",
    .introRole = u"%1 vous accompagne tout au long de l’onboarding, du kick-off aux premiers "
                 u"résultats mesurables, et devient dès maintenant votre premier point "
                 u"de contact. Je reste à vos côtés en tant qu’account executive.",
    .kickoffOn = u"Prochaine étape : l’atelier de kick-off (%1 minutes) le %2.",
    .kickoffProposeBy = u"Prochaine étape : l’atelier de kick-off (%1 minutes). %3 vous "
                        u"proposera une date au plus tard le %2.",
    .kickoffPropose = u"Prochaine étape : l’atelier de kick-off (%1 minutes). %2 vous "
                      u"proposera une date dans les prochains jours.",
    .kickoffPurpose = u"Ensemble, nous y confirmerons vos critères de succès, le plan de mise en "
                      u"œuvre et un premier gain rapide.",
    .introQuestions = u"Si vous avez des questions d’ici là, répondez simplement à tous.",

    .recapSubject = u"%1 : compte rendu de notre kick-off du %2",
    .recapSubjectUndated = u"%1 : compte rendu de notre kick-off",
    .recapThanks = u"Merci pour l’atelier de kick-off du %1. Voici ce que nous avons convenu "
                   u"et la suite.",
    .recapThanksUndated = u"Merci pour l’atelier de kick-off. Voici ce que nous avons convenu "
                          u"et la suite.",
    .goalsHeading = u"Objectifs confirmés",
    .goalsNone = u"Nous n’avons pas encore confirmé d’objectifs mesurables ; nous le ferons "
                 u"lors de notre prochain point de suivi.",
    .goalDated = u"%1 : de %2 à %3 d’ici le %4",
    .goalUndated = u"%1 : de %2 à %3",
    .quickWinHeading = u"Gain rapide, notre premier résultat sous deux semaines",
    .actionsHeading = u"Actions",
    .actionDue = u"%1 (%2, échéance le %3)",
    .actionNoDue = u"%1 (%2)",
    .ownerToBeNamed = u"responsable à désigner",
    .contactHeading = u"Comment nous restons en contact",
    .nextCheckIn = u"Prochain point de suivi : %1 (%2)",
    .checkInsAsAgreed = u"Points de suivi : %1",
    .checkInsToBeAgreed = u"Points de suivi : à convenir",
    .channels = u"Canaux : %1",
    .escalationPath = u"Chemin d’escalade : %1",
    .recapQuestions = u"S’il manque quelque chose ou si un point est inexact, merci de "
                      u"répondre à tous.",
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

QString emailDay(const QLocale &locale, const QDate &date, bool withWeekday)
{
    static const QRegularExpression weekday(QStringLiteral("^dddd,?\\s*"));
    // The day of the month alone ("d"), not inside "dd" or "dddd".
    static const QRegularExpression dayOfMonth(QStringLiteral("(?<!d)d(?!d)"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    if (!withWeekday)
        format.remove(weekday);
    // French writes the first of the month as an ordinal: "1er mars".
    if (locale.language() == QLocale::French && date.day() == 1)
        format.replace(dayOfMonth, QStringLiteral("d'er'"));
    return locale.toString(date, format);
}

QList<const EmailTemplate *> emailTemplates()
{
    return {&english, &german, &french};
}

QList<std::pair<const char *, QStringView>> emailTemplateTexts(const EmailTemplate &t)
{
    return {
        {"greetingOne", t.greetingOne},
        {"greetingMany", t.greetingMany},
        {"greetingNone", t.greetingNone},
        {"team", t.team},
        {"signOff", t.signOff},
        {"colon", t.colon},
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
