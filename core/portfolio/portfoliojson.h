// The portfolio as JSON, as `csmw portfolio --json` prints it. Keys and enum values are stable
// and do not change with the language; reasons, labels and explanations are translated text.
#pragma once

#include "portfoliometrics.h"

#include <QJsonObject>

namespace Csm {

QString metricUnitKey(MetricUnit unit); // "days", "business_days", "fraction", ...
QJsonObject portfolioRowToJson(const PortfolioRow &row);
QJsonObject portfolioToJson(const QList<PortfolioRow> &rows, const PortfolioMetrics &metrics);

} // namespace Csm
