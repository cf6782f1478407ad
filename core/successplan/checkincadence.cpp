#include "checkincadence.h"

#include <QStringList>

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

} // namespace

CheckInCadence parseCheckInCadence(const QString &text)
{
    // Two weeks first: "biweekly" and "zweiwöchentlich" contain the weekly words.
    if (containsAny(text, {u"biweekly", u"bi-weekly", u"fortnight", u"every two weeks",
                           u"every 2 weeks", u"zweiwöchentlich", u"alle zwei wochen",
                           u"alle 2 wochen", u"14-tägig", u"14 tägig", u"vierzehntägig"}))
        return {CadenceUnit::Days, 14};
    if (containsAny(text, {u"weekly", u"every week", u"wöchentlich", u"jede woche"}))
        return {CadenceUnit::Days, 7};
    if (containsAny(text, {u"monthly", u"every month", u"monatlich", u"jeden monat"}))
        return {CadenceUnit::Months, 1};
    if (containsAny(text, {u"daily", u"every day", u"täglich", u"jeden tag"}))
        return {CadenceUnit::Days, 1};
    return {};
}

QDate nextCheckIn(const Customer &customer, const QDate &today)
{
    const CheckInCadence cadence = parseCheckInCadence(customer.checkInCadence);
    if (!cadence.isValid() || !today.isValid())
        return {};
    const QDate anchor = customer.kickoffDate.isValid() ? customer.kickoffDate : today;
    if (cadence.unit == CadenceUnit::Days) {
        const qint64 step = cadence.count;
        const qint64 elapsed = anchor.daysTo(today);
        const qint64 steps = elapsed < 0 ? 1 : elapsed / step + 1;
        return anchor.addDays(steps * step);
    }
    for (int k = 1;; ++k) {
        const QDate date = anchor.addMonths(k * cadence.count);
        if (date > today)
            return date;
    }
}

} // namespace Csm
