#include "portfoliometricsview.h"

#include "views/adoption/adoptionstyle.h"
#include "views/adoption/kpicard.h"
#include "widgets/pagewidgets.h"
#include "widgets/scrollingpage.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Csm {

namespace {

// More months than this crowd the axis of a chart half the page wide: the latest ones show.
constexpr int MaxCohorts = 12;
// Above this many months the bars carry no labels, which would overlap.
constexpr int MaxLabelledCohorts = 8;

QString dayFigure(double value, bool business)
{
    // One decimal at most, none for a whole number, as the command line writes them.
    const double rounded = std::round(value * 10.0) / 10.0;
    if (std::abs(rounded - std::round(rounded)) < 1e-9) {
        const int n = int(std::lround(rounded));
        return business ? PortfolioMetricsView::tr("%n business day(s)", nullptr, n)
                        : PortfolioMetricsView::tr("%n day(s)", nullptr, n);
    }
    const QString number = QLocale().toString(rounded, 'f', 1);
    return business ? PortfolioMetricsView::tr("%1 business days").arg(number)
                    : PortfolioMetricsView::tr("%1 days").arg(number);
}

QString figure(MetricUnit unit, double value)
{
    switch (unit) {
    case MetricUnit::Days:
        return dayFigure(value, false);
    case MetricUnit::BusinessDays:
        return dayFigure(value, true);
    case MetricUnit::Fraction:
        return AdoptionStyle::percent(value);
    case MetricUnit::Satisfaction:
        return PortfolioMetricsView::tr("%1 of 5").arg(QLocale().toString(value, 'f', 1));
    case MetricUnit::Nps:
        break;
    }
    return PortfolioMetricsView::tr("NPS %1").arg(QLocale().toString(qint64(std::lround(value))));
}

QString targetText(const PortfolioMetric &metric)
{
    // onTarget() counts the target itself as met, hence "at most" rather than "under".
    const QString target = figure(metric.unit, metric.target);
    return metric.lowerIsBetter ? PortfolioMetricsView::tr("Target at most %1").arg(target)
                                : PortfolioMetricsView::tr("Target at least %1").arg(target);
}

// The tooltip: what the figure is computed over, with the count the metric was computed from.
QString explanation(const PortfolioMetric &metric)
{
    const QString &key = metric.key;
    const int n = metric.count;
    if (key == QLatin1String("time_to_kickoff"))
        return PortfolioMetricsView::tr(
            "Business days from signature to the kickoff: the median over the %n "
            "customer(s) whose kickoff was held.",
            nullptr, n);
    if (key == QLatin1String("kickoff_completion"))
        return PortfolioMetricsView::tr(
            "Kickoffs held, of the %n customer(s) whose kickoff was held or whose kickoff "
            "deadline has passed.",
            nullptr, n);
    if (key == QLatin1String("ttfv"))
        return PortfolioMetricsView::tr(
            "Days from signature to first value: the median over the %n customer(s) who "
            "reached first value.",
            nullptr, n);
    if (key == QLatin1String("on_time_rate"))
        return PortfolioMetricsView::tr(
            "Milestones done by their baseline finish, of the %n milestone(s) done that "
            "have a baseline.",
            nullptr, n);
    if (key == QLatin1String("adoption_30_days"))
        return PortfolioMetricsView::tr(
            "Active users over seats at the adoption checkpoint after go-live: the mean "
            "over the %n customer(s) past that checkpoint.",
            nullptr, n);
    if (key == QLatin1String("goal_achievement"))
        return PortfolioMetricsView::tr(
            "Objectives achieved by the goal day, over the objectives of the %n "
            "customer(s) past that day.",
            nullptr, n);
    if (key == QLatin1String("onboarding_completion"))
        return PortfolioMetricsView::tr(
            "Customers who graduated, of the %n customer(s) who graduated or were signed "
            "the length of an onboarding ago or more.",
            nullptr, n);
    if (key == QLatin1String("satisfaction"))
        return PortfolioMetricsView::tr("The mean of %n survey answer(s), on a scale from 1 to 5.",
                                        nullptr, n);
    if (key == QLatin1String("nps"))
        return PortfolioMetricsView::tr(
            "Promoters less detractors, in points of the %n survey answer(s).", nullptr, n);
    return PortfolioMetricsView::tr("Computed over %n customer(s).", nullptr, n);
}

AdoptionStyle::Tone toneOf(const PortfolioMetric &metric)
{
    const std::optional<bool> onTarget = metric.onTarget();
    if (!onTarget)
        return AdoptionStyle::Tone::Neutral;
    return *onTarget ? AdoptionStyle::Tone::Good : AdoptionStyle::Tone::Bad;
}

// Whole counts from 0 in at most five steps of 1, 2 or 5 times a power of ten, with room
// above `highest` for the label of the highest bar.
void setCountRange(QValueAxis *axis, double highest)
{
    const int wanted = std::max(1, int(std::ceil(highest * 1.15)));
    static constexpr int multipliers[] = {1, 2, 5};
    int step = 1;
    for (int k = 1; (wanted + step - 1) / step > 5; ++k)
        step = multipliers[k % 3] * int(std::lround(std::pow(10.0, k / 3)));
    const int steps = (wanted + step - 1) / step;
    axis->setRange(0, steps * step);
    axis->setTickCount(steps + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
}

QString count(int n)
{
    return QLocale().toString(n);
}

QString cohortMonth(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMM yyyy"));
}

// Axis labels are rich text: broken at their last space, the labels of six ranges fit under
// a chart half the page wide. The category axes do not truncate their labels: Charts cuts
// them short well before they would touch, and leaves out the ones that would overlap anyway.
QString twoLines(const QString &label)
{
    QString html = label.toHtmlEscaped();
    const qsizetype space = html.lastIndexOf(QLatin1Char(' '));
    if (space > 0)
        html.replace(space, 1, QStringLiteral("<br>"));
    return html;
}

QString cohortText(const SignatureCohort &cohort)
{
    QString text = PortfolioMetricsView::tr("%1: %n customer(s) signed", nullptr, cohort.customers)
                       .arg(cohortMonth(cohort.month));
    text += QLatin1Char('\n') + PortfolioMetricsView::tr("%1 with first value (%2)")
                                    .arg(count(cohort.withFirstValue),
                                         AdoptionStyle::percent(cohort.shareWithFirstValue));
    if (cohort.medianTtfv)
        text += QLatin1Char('\n') + PortfolioMetricsView::tr("Median time to first value: %1")
                                        .arg(dayFigure(*cohort.medianTtfv, false));
    return text;
}

// Shows, while a bar of `set` is hovered, the text of its index in `texts`.
void showTextsOnHover(QBarSet *set, QChartView *view, const QStringList &texts)
{
    QObject::connect(set, &QBarSet::hovered, view, [view, texts](bool status, int index) {
        if (status && index >= 0 && index < texts.size())
            QToolTip::showText(QCursor::pos(), texts.at(index), view);
        else
            QToolTip::hideText();
    });
}

QBarSet *barSet(const QString &name, const QColor &color, const QColor &labelColor)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(labelColor);
    return set;
}

QChartView *makeChartView(const QString &objectName, const QString &name)
{
    auto *view = new QChartView;
    view->setObjectName(objectName);
    view->setAccessibleName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::StyledPanel);
    view->setMinimumHeight(260);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return view;
}

} // namespace

PortfolioMetricsView::PortfolioMetricsView(QWidget *parent)
    : QWidget(parent)
{
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(12);

    m_cardGrid = new QGridLayout;
    m_cardGrid->setSpacing(8);
    for (int c = 0; c < 3; ++c)
        m_cardGrid->setColumnStretch(c, 1);
    column->addLayout(m_cardGrid);

    m_emptyHint = hintLabel(tr("No customers yet"));
    m_emptyHint->setObjectName(QStringLiteral("metricsEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMinimumHeight(260);
    column->addWidget(m_emptyHint, 1);

    m_charts = new QWidget;
    // The hints in a row of their own, so that the two charts keep one height when only one
    // of them has a hint.
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->setRowStretch(0, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    m_ttfvChart = makeChartView(QStringLiteral("ttfvChart"), tr("Time to first value"));
    m_ttfvHint = hintLabel();
    m_ttfvHint->setObjectName(QStringLiteral("ttfvHint"));
    m_cohortChart = makeChartView(QStringLiteral("cohortChart"), tr("Cohorts by signature month"));
    m_cohortHint = hintLabel();
    m_cohortHint->setObjectName(QStringLiteral("cohortHint"));
    grid->addWidget(m_ttfvChart, 0, 0);
    grid->addWidget(m_cohortChart, 0, 1);
    grid->addWidget(m_ttfvHint, 1, 0);
    grid->addWidget(m_cohortHint, 1, 1);
    column->addWidget(m_charts, 1);

    setScrollingContent(this, content);
    redraw();
}

void PortfolioMetricsView::setMetrics(const PortfolioMetrics &metrics)
{
    m_metrics = metrics;
    // Charts cost more than the rest of the portfolio page: a hidden tab draws when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    redraw();
}

void PortfolioMetricsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        redraw();
}

KpiCard *PortfolioMetricsView::card(const QString &metricKey) const
{
    return m_cardsByKey.value(metricKey, nullptr);
}

void PortfolioMetricsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The charts hold colours and fonts of their own, taken from the widget when drawn.
    if (m_ttfvChart &&
        (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)) {
        if (isVisible())
            redraw();
        else
            m_stale = true;
    }
}

void PortfolioMetricsView::redraw()
{
    m_stale = false;
    updateCards();
    const bool empty = m_metrics.customers == 0;
    m_emptyHint->setVisible(empty);
    m_charts->setVisible(!empty);
    drawTtfv();
    drawCohorts();
}

void PortfolioMetricsView::rebuildCards()
{
    // Deleting a card takes it out of the grid as well.
    qDeleteAll(m_cards);
    m_cards.clear();
    m_cardsByKey.clear();
    for (const PortfolioMetric &metric : std::as_const(m_metrics.metrics)) {
        auto *kpi = new KpiCard(metric.label);
        kpi->setObjectName(QStringLiteral("metric_") + metric.key);
        const int index = int(m_cards.size());
        m_cardGrid->addWidget(kpi, index / 3, index % 3);
        m_cards.append(kpi);
        m_cardsByKey.insert(metric.key, kpi);
    }
}

void PortfolioMetricsView::updateCards()
{
    // The same metrics come on every call but for their labels, which follow the settings
    // ("Goal achievement by day 90"): the cards are made again only when those change.
    const QList<PortfolioMetric> &metrics = m_metrics.metrics;
    bool same = m_cards.size() == metrics.size();
    for (qsizetype i = 0; same && i < metrics.size(); ++i)
        same = m_cardsByKey.value(metrics.at(i).key) == m_cards.at(i) &&
               m_cards.at(i)->title() == metrics.at(i).label;
    if (!same)
        rebuildCards();

    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const PortfolioMetric &metric = metrics.at(i);
        KpiCard *kpi = m_cards.at(i);
        const QString target = targetText(metric);
        if (metric.value) {
            const QString detail =
                metric.detail.isEmpty() ? target : tr("%1; %2").arg(target, metric.detail);
            kpi->setValue(figure(metric.unit, *metric.value), detail, toneOf(metric));
        } else {
            kpi->setValue(tr("–"), tr("No data yet. %1").arg(target), AdoptionStyle::Tone::Neutral);
        }
        kpi->setExplanation(explanation(metric));
    }
}

QChart *PortfolioMetricsView::replaceChart(QChartView *view, const QString &title)
{
    // A new chart rather than the old one emptied: the labels of axes removed from a chart
    // stay on screen until the event loop deletes them, a deleted chart takes them at once.
    auto *chart = new QChart;
    // The theme before any colour, since setting it resets them.
    chart->setTheme(AdoptionStyle::isDark(palette()) ? QChart::ChartThemeDark
                                                     : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    // Behind the chart's margins too.
    view->setBackgroundBrush(palette().color(QPalette::Base));
    return chart;
}

void PortfolioMetricsView::styleChart(QChart *chart) const
{
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);

    QFont heading = font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.1);
    chart->setTitleFont(heading);
    chart->setTitleBrush(text);

    chart->legend()->setFont(font());
    chart->legend()->setLabelColor(text);
    chart->legend()->setBackgroundVisible(false);

    // Grid and axis lines as the text seen through, so they suit light and dark alike.
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QColor line = text;
    line.setAlphaF(0.45f);
    QFont axisFont = font();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(axisFont);
        axis->setLabelsColor(text);
        axis->setTitleFont(axisFont);
        axis->setTitleBrush(text);
        axis->setLinePenColor(line);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineVisible(false);
    }
}

void PortfolioMetricsView::drawTtfv()
{
    QChart *chart = replaceChart(m_ttfvChart, tr("Time to first value"));
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);

    QBarSet *set = barSet(tr("Customers"), AdoptionStyle::primaryColor(pal), text);
    QStringList labels;
    QStringList hoverTexts;
    int highest = 0;
    for (const TtfvBucket &bucket : std::as_const(m_metrics.ttfvDistribution)) {
        set->append(bucket.customers);
        labels.append(twoLines(bucket.label));
        hoverTexts.append(tr("%1: %n customer(s)", nullptr, bucket.customers).arg(bucket.label));
        highest = std::max(highest, bucket.customers);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    showTextsOnHover(set, m_ttfvChart, hoverTexts);

    auto *buckets = new QBarCategoryAxis;
    buckets->append(labels.isEmpty() ? QStringList{QString()} : labels);
    buckets->setTitleText(tr("Days from signature"));
    buckets->setTruncateLabels(false);
    auto *customers = new QValueAxis;
    setCountRange(customers, highest);
    customers->setTitleText(tr("Customers"));
    chart->addAxis(buckets, Qt::AlignBottom);
    chart->addAxis(customers, Qt::AlignLeft);
    series->attachAxis(buckets);
    series->attachAxis(customers);
    chart->legend()->setVisible(false);
    styleChart(chart);

    const int without = m_metrics.withoutFirstValue;
    m_ttfvHint->setText(tr("%n customer(s) without first value yet", nullptr, without));
    m_ttfvHint->setVisible(without > 0);
    m_ttfvChart->setAccessibleDescription(hoverTexts.join(QLatin1String("; ")));
}

void PortfolioMetricsView::drawCohorts()
{
    QChart *chart = replaceChart(m_cohortChart, tr("Cohorts by signature month"));
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);

    const QList<SignatureCohort> &all = m_metrics.cohorts;
    const QList<SignatureCohort> shown = all.mid(std::max<qsizetype>(0, all.size() - MaxCohorts));

    QBarSet *signedSet = barSet(tr("Signed"), AdoptionStyle::secondaryColor(pal), text);
    QBarSet *valueSet = barSet(tr("With first value"), AdoptionStyle::primaryColor(pal), text);
    auto *median = new QLineSeries;
    median->setName(tr("Median TTFV (days)"));
    QStringList months;
    QStringList hoverTexts;
    int highest = 0;
    double longestMedian = 0;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const SignatureCohort &cohort = shown.at(i);
        signedSet->append(cohort.customers);
        valueSet->append(cohort.withFirstValue);
        // The year under the first month and where it changes, as calendars write it: twelve
        // labels fit under a chart half the page wide. Categories must differ, so a month
        // name seen before keeps its year.
        const QString name = QLocale().toString(cohort.month, QStringLiteral("MMM"));
        const bool newYear = i == 0 || shown.at(i - 1).month.year() != cohort.month.year();
        months.append(newYear || months.contains(name) ? twoLines(cohortMonth(cohort.month))
                                                       : name);
        hoverTexts.append(cohortText(cohort));
        highest = std::max(highest, cohort.customers);
        // On a category axis a point's x is the index of its category.
        if (cohort.medianTtfv) {
            median->append(qreal(i), *cohort.medianTtfv);
            longestMedian = std::max(longestMedian, *cohort.medianTtfv);
        }
    }
    auto *series = new QBarSeries;
    series->append(signedSet);
    series->append(valueSet);
    series->setBarWidth(0.75);
    series->setLabelsVisible(shown.size() <= MaxLabelledCohorts);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    showTextsOnHover(signedSet, m_cohortChart, hoverTexts);
    showTextsOnHover(valueSet, m_cohortChart, hoverTexts);

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(months.isEmpty() ? QStringList{QString()} : months);
    monthAxis->setTruncateLabels(false);
    auto *customers = new QValueAxis;
    setCountRange(customers, highest);
    customers->setTitleText(tr("Customers"));
    chart->addAxis(monthAxis, Qt::AlignBottom);
    chart->addAxis(customers, Qt::AlignLeft);
    series->attachAxis(monthAxis);
    series->attachAxis(customers);

    if (median->count() > 0) {
        const QColor lineColor = AdoptionStyle::targetColor(pal);
        median->setPen(QPen(lineColor, 2));
        median->setPointsVisible(true);
        chart->addSeries(median);
        auto *days = new QValueAxis;
        setCountRange(days, longestMedian);
        days->setTitleText(tr("Days"));
        chart->addAxis(days, Qt::AlignRight);
        median->attachAxis(monthAxis);
        median->attachAxis(days);
        styleChart(chart);
        // The right axis in the line's colour says which series it measures; its grid would
        // cross the customers' one.
        days->setLabelsColor(lineColor);
        days->setTitleBrush(lineColor);
        days->setGridLineVisible(false);
    } else {
        delete median;
        styleChart(chart);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);

    if (all.isEmpty())
        m_cohortHint->setText(tr("No signature dates yet"));
    else if (all.size() > shown.size())
        m_cohortHint->setText(
            tr("The last %1 of %n signature months", nullptr, int(all.size())).arg(shown.size()));
    else
        m_cohortHint->clear();
    m_cohortHint->setVisible(!m_cohortHint->text().isEmpty());
    m_cohortChart->setAccessibleDescription(hoverTexts.join(QLatin1String("; ")));
}

} // namespace Csm
