#include "workspacesettings.h"

#include <QStringList>

#include <algorithm>

namespace Csm {

WorkspaceSettings WorkspaceSettings::fromValues(const QHash<QString, QString> &values)
{
    WorkspaceSettings settings;
    auto read = [&](const char *key, qint64 &target) {
        bool ok = false;
        const qint64 value = values.value(QLatin1String(key)).toLongLong(&ok);
        if (ok)
            target = value;
    };
    read(highTouchArrAboveKey, settings.highTouchArrAbove);
    read(hybridArrFromKey, settings.hybridArrFrom);
    read(defaultHourlyRateKey, settings.defaultHourlyRate);
    const QString currency = values.value(QLatin1String(defaultCurrencyKey)).trimmed().toUpper();
    if (currency.size() == 3 && std::all_of(currency.cbegin(), currency.cend(),
                                            [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        settings.defaultCurrency = currency;
    const QStringList days =
        values.value(QLatin1String(holidaysKey)).split(u',', Qt::SkipEmptyParts);
    for (const QString &day : days) {
        const QDate date = QDate::fromString(day.trimmed(), Qt::ISODate);
        if (date.isValid())
            settings.holidays.append(date);
    }
    return settings;
}

QString WorkspaceSettings::holidaysValue(QList<QDate> holidays)
{
    holidays.removeIf([](const QDate &d) { return !d.isValid(); });
    std::sort(holidays.begin(), holidays.end());
    holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());
    QStringList days;
    for (const QDate &day : std::as_const(holidays))
        days.append(day.toString(Qt::ISODate));
    return days.join(u',');
}

} // namespace Csm
