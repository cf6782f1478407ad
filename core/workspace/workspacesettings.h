// Thresholds stored in the workspace, with the defaults from the onboarding playbooks.
#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Csm {

struct WorkspaceSettings
{
    qint64 highTouchArrAbove = 50000; // ARR above this: high-touch enterprise
    qint64 hybridArrFrom = 12000;     // ARR from this up: hybrid mid-market; below: digital
    // Days off besides weekends, skipped when the plan counts business days. Stored as ISO
    // dates separated by commas under "calendar.holidays".
    QList<QDate> holidays;
    // What a new customer and a new value item start with.
    QString defaultCurrency = QStringLiteral("EUR"); // ISO 4217 code
    qint64 defaultHourlyRate = 75;                   // in the customer's currency

    static WorkspaceSettings fromValues(const QHash<QString, QString> &values);

    static constexpr const char *holidaysKey = "calendar.holidays";
    static constexpr const char *highTouchArrAboveKey = "tier.high_touch_arr_above";
    static constexpr const char *hybridArrFromKey = "tier.hybrid_arr_from";
    static constexpr const char *defaultCurrencyKey = "defaults.currency";
    static constexpr const char *defaultHourlyRateKey = "defaults.hourly_rate";
    // The stored form of a list of holidays: sorted, each once, valid dates only.
    static QString holidaysValue(QList<QDate> holidays);
};

} // namespace Csm
