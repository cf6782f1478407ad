// The texts of the e-mails a CSM sends, one table per language. They are customer-facing
// texts in the customer's language, not the user's, so they are written here and not
// translated with tr(). Placeholders are %1, %2...; the values filled in are plain text.
#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QStringView>

#include <utility>

namespace Csm {

struct EmailTemplate
{
    QStringView code;             // "en", "de", "fr"
    QLocale::Language language;   // numbers and dates follow this language
    QLocale::Territory territory; // when the customer's language names no territory

    // Both e-mails
    QStringView greetingOne;  // %1 the one recipient's name
    QStringView greetingMany; // more than one recipient
    QStringView greetingNone; // nobody named
    QStringView team;         // stands for the CSM at the start of a sentence when none is named
    QStringView signOff;      // above the sender's name
    QStringView colon;        // ends a heading in the plain text: ":", in French " :"

    // Introduction e-mail, sent by the account executive
    QStringView introSubject;      // %1 account, %2 CSM
    QStringView introSubjectNoCsm; // %1 account
    QStringView introWelcome;      // %1 CSM, %2 account
    QStringView introWelcomeNoCsm; // %1 account
    QStringView introRole;         // %1 CSM
    QStringView kickoffOn;         // %1 minutes, %2 date and weekday
    QStringView kickoffProposeBy;  // %1 minutes, %2 latest date, %3 CSM
    QStringView kickoffPropose;    // %1 minutes, %2 CSM
    QStringView kickoffPurpose;
    QStringView introQuestions; // %1 CSM

    // Kickoff recap, sent by the CSM
    QStringView recapSubject;        // %1 account, %2 kickoff date
    QStringView recapSubjectUndated; // %1 account
    QStringView recapThanks;         // %1 kickoff date and weekday
    QStringView recapThanksUndated;
    QStringView goalsHeading;
    QStringView goalsNone;
    QStringView goalDated;   // %1 metric, %2 baseline, %3 target, %4 target date
    QStringView goalUndated; // %1 metric, %2 baseline, %3 target
    QStringView quickWinHeading;
    QStringView actionsHeading;
    QStringView actionDue;   // %1 task, %2 owner, %3 due date
    QStringView actionNoDue; // %1 task, %2 owner
    QStringView ownerToBeNamed;
    QStringView contactHeading;
    QStringView nextCheckIn;        // %1 date and weekday, %2 the cadence as agreed
    QStringView checkInsAsAgreed;   // %1 the cadence as agreed, when it gives no date
    QStringView checkInsToBeAgreed; // no cadence yet
    QStringView channels;           // %1
    QStringView escalationPath;     // %1
    QStringView recapQuestions;
};

// The template for a customer language ("de", "de-CH", "de_AT" give German, "fr", "fr-CA"
// French; anything else, English).
const EmailTemplate &emailTemplate(const QString &customerLanguage);

// The locale numbers and dates are written in: the customer's language with its territory
// when it is the template's language ("en-GB", "de-CH"), else the template's default
// (English: United States, German: Germany, French: France).
QLocale emailLocale(const QString &customerLanguage);

// A day as the e-mails write it, in `locale`'s long format: "March 1, 2026", "1. März 2026",
// "1er mars 2026"; with its weekday: "Sunday, March 1, 2026", "dimanche 1er mars 2026".
QString emailDay(const QLocale &locale, const QDate &date, bool withWeekday = false);

// Every template in code, and each text of a template with its name; for tests.
QList<const EmailTemplate *> emailTemplates();
QList<std::pair<const char *, QStringView>> emailTemplateTexts(const EmailTemplate &t);

} // namespace Csm
