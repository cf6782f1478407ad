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
    read("tier.high_touch_arr_above", settings.highTouchArrAbove);
    read("tier.hybrid_arr_from", settings.hybridArrFrom);
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
