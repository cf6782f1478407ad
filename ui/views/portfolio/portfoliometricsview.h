// The Metrics tab of the portfolio page: one card per portfolio metric against its target, the
// time to first value by range of days and the cohorts by signature month.
#pragma once

#include "portfolio/portfoliometrics.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace Csm {

class KpiCard;

class PortfolioMetricsView : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioMetricsView(QWidget *parent = nullptr);

    // Redraws the cards and both charts.
    void setMetrics(const PortfolioMetrics &metrics);
    const PortfolioMetrics &metrics() const { return m_metrics; }

    KpiCard *card(const QString &metricKey) const; // nullptr when unknown
    QChartView *ttfvChart() const { return m_ttfvChart; }
    QChartView *cohortChart() const { return m_cohortChart; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    bool m_stale = false; // metrics set while hidden, not drawn yet
    void redraw();
    void rebuildCards();
    void updateCards();
    void drawTtfv();
    void drawCohorts();
    // A fresh chart for `view`, its old one deleted; the chart is styled once the series and
    // axes are in, by styleChart().
    QChart *replaceChart(QChartView *view, const QString &title);
    void styleChart(QChart *chart) const;

    PortfolioMetrics m_metrics;
    QGridLayout *m_cardGrid = nullptr;
    QList<KpiCard *> m_cards; // in the order of the metrics
    QHash<QString, KpiCard *> m_cardsByKey;
    QWidget *m_charts = nullptr;
    QLabel *m_emptyHint = nullptr;
    QChartView *m_ttfvChart = nullptr;
    QLabel *m_ttfvHint = nullptr;
    QChartView *m_cohortChart = nullptr;
    QLabel *m_cohortHint = nullptr;
};

} // namespace Csm
