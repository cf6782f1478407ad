#include "checkincadence.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Csm {

namespace {

bool containsAny(const QString &text, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *word : words) {
        if (text.contains(QStringView(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CheckInCadence parseRhythm(const QString &text)
{
    // Two weeks first: "biweekly", "zweiwöchentlich" and "bimensuel" contain the weekly and
    // monthly words.
    if (containsAny(text, {u"biweekly", u"bi-weekly", u"fortnight", u"every two weeks",
                           u"every 2 weeks", u"zweiwöchentlich", u"alle zwei wochen",
                           u"alle 2 wochen", u"14-tägig", u"14 tägig", u"vierzehntägig",
                           u"toutes les deux semaines", u"toutes les 2 semaines",
                           u"tous les quinze jours", u"tous les 15 jours", u"bimensuel"}))
        return {CadenceUnit::Days, 14};
    if (containsAny(text, {u"weekly", u"every week", u"wöchentlich", u"jede woche", u"hebdomadaire",
                           u"chaque semaine", u"toutes les semaines"}))
        return {CadenceUnit::Days, 7};
    if (containsAny(text,
                    {u"quarterly", u"every three months", u"every 3 months", u"vierteljährlich",
                     u"quartalsweise", u"alle drei monate", u"alle 3 monate", u"trimestriel",
                     u"chaque trimestre", u"tous les trois mois", u"tous les 3 mois"}))
        return {CadenceUnit::Months, 3};
    if (containsAny(text, {u"monthly", u"every month", u"monatlich", u"jeden monat", u"mensuel",
                           u"chaque mois", u"tous les mois"}))
        return {CadenceUnit::Months, 1};
    if (containsAny(text, {u"daily", u"every day", u"täglich", u"jeden tag", u"quotidien",
                           u"chaque jour", u"tous les jours"}))
        return {CadenceUnit::Days, 1};
    return {};
}

// The weekday named first in `text` as a word of its own, 1 Monday to 7 Sunday; 0 when none
// is.
int namedWeekday(const QString &text)
{
    static const QHash<QString, int> days = [] {
        // One line a day, Monday first.
        const QStringList names[] = {
            {QStringLiteral("monday"), QStringLiteral("mondays"), QStringLiteral("mon"),
             QStringLiteral("montag"), QStringLiteral("montags"), QStringLiteral("lundi"),
             QStringLiteral("lundis")},
            {QStringLiteral("tuesday"), QStringLiteral("tuesdays"), QStringLiteral("tue"),
             QStringLiteral("tues"), QStringLiteral("dienstag"), QStringLiteral("dienstags"),
             QStringLiteral("mardi"), QStringLiteral("mardis")},
            {QStringLiteral("wednesday"), QStringLiteral("wednesdays"), QStringLiteral("wed"),
             QStringLiteral("mittwoch"), QStringLiteral("mittwochs"), QStringLiteral("mercredi"),
             QStringLiteral("mercredis")},
            {QStringLiteral("thursday"), QStringLiteral("thursdays"), QStringLiteral("thu"),
             QStringLiteral("thur"), QStringLiteral("thurs"), QStringLiteral("donnerstag"),
             QStringLiteral("donnerstags"), QStringLiteral("jeudi"), QStringLiteral("jeudis")},
            {QStringLiteral("friday"), QStringLiteral("fridays"), QStringLiteral("fri"),
             QStringLiteral("freitag"), QStringLiteral("freitags"), QStringLiteral("vendredi"),
             QStringLiteral("vendredis")},
            {QStringLiteral("saturday"), QStringLiteral("saturdays"), QStringLiteral("sat"),
             QStringLiteral("samstag"), QStringLiteral("samstags"), QStringLiteral("sonnabend"),
             QStringLiteral("sonnabends"), QStringLiteral("samedi"), QStringLiteral("samedis")},
            {QStringLiteral("sunday"), QStringLiteral("sundays"), QStringLiteral("sun"),
             QStringLiteral("sonntag"), QStringLiteral("sonntags"), QStringLiteral("dimanche"),
             QStringLiteral("dimanches")},
        };
        QHash<QString, int> hash;
        for (int day = 1; day <= 7; ++day) {
            for (const QString &name : names[day - 1])
                hash.insert(name, day);
        }
        return hash;
    }();
    static const QRegularExpression word(
        QStringLiteral("\\b(%1)\\b").arg(QStringList(days.keyBegin(), days.keyEnd()).join(u'|')),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = word.match(text);
    return match.hasMatch() ? days.value(match.captured(1).toLower()) : 0;
}

// The first `weekday` on or after `date`.
QDate onOrAfter(const QDate &date, int weekday)
{
    return date.addDays((weekday - date.dayOfWeek() + 7) % 7);
}

} // namespace

CheckInCadence parseCheckInCadence(const QString &text)
{
    CheckInCadence cadence = parseRhythm(text);
    if (cadence.isValid())
        cadence.weekday = namedWeekday(text);
    return cadence;
}

QDate nextCheckIn(const Customer &customer, const QDate &today)
{
    const CheckInCadence cadence = parseCheckInCadence(customer.checkInCadence);
    if (!cadence.isValid() || !today.isValid())
        return {};
    const QDate anchor = customer.kickoffDate.isValid() ? customer.kickoffDate : today;
    // A check-in comes after today and after the kickoff.
    const QDate after = std::max(anchor, today);
    if (cadence.unit == CadenceUnit::Days) {
        const qint64 step = cadence.count;
        // Daily check-ins are every day, whatever weekday the text names.
        const QDate first =
            cadence.weekday != 0 && step % 7 == 0 ? onOrAfter(anchor, cadence.weekday) : anchor;
        const qint64 steps = first > after ? 0 : first.daysTo(after) / step + 1;
        return first.addDays(steps * step);
    }
    if (cadence.weekday != 0) {
        const QDate month(anchor.year(), anchor.month(), 1);
        for (int k = 1;; ++k) {
            const QDate date = onOrAfter(month.addMonths(k * cadence.count), cadence.weekday);
            if (date > after)
                return date;
        }
    }
    for (int k = 1;; ++k) {
        const QDate date = anchor.addMonths(k * cadence.count);
        if (date > after)
            return date;
    }
}

} // namespace Csm
