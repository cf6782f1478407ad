#include "adoptionchartview.h"

#include "adoptionstyle.h"

#include <QAction>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Csm {

namespace {

qreal dayToX(const QDate &day)
{
    return qreal(day.startOfDay().toMSecsSinceEpoch());
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A round upper end for a count axis: 5, 10, 20, 25, 50, 100...
int niceCeiling(double value)
{
    if (value <= 5)
        return 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return int(std::lround(step * magnitude));
    }
    return int(std::ceil(value));
}

// 0 to 100 % in steps of 20, with room past 100 for the label of a full bar.
void percentAxis(QValueAxis *axis)
{
    axis->setRange(0, 118);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(20);
    axis->setLabelFormat(QStringLiteral("%d %%"));
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString trackLabel(const QString &track)
{
    if (track == QLatin1String("admin"))
        return AdoptionChartView::tr("Admin");
    if (track == QLatin1String("end_user"))
        return AdoptionChartView::tr("End user");
    if (track == QLatin1String("manager"))
        return AdoptionChartView::tr("Manager");
    if (track.isEmpty())
        return AdoptionChartView::tr("No track");
    QString label = track;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    label[0] = label.at(0).toUpper();
    return label;
}

} // namespace

AdoptionChartView::AdoptionChartView(Kind kind, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(title());
    setFrameShape(QFrame::StyledPanel);

    m_exportAction = new QAction(tr("Export as PNG…"), this);
    m_exportAction->setToolTip(tr("Save this chart as a PNG image"));
    connect(m_exportAction, &QAction::triggered, this, &AdoptionChartView::chooseExportPng);
    addAction(m_exportAction);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    rebuild();
}

QString AdoptionChartView::title() const
{
    switch (m_kind) {
    case Kind::ActiveUsers:
        return tr("Weekly active users");
    case Kind::FeatureAdoption:
        return tr("Feature adoption");
    case Kind::ActivationFunnel:
        return tr("Activation funnel");
    case Kind::TrainingCompletion:
        return tr("Training completion by role track");
    }
    return {};
}

void AdoptionChartView::setMetrics(const AdoptionMetrics &metrics, const QDate &from,
                                   const QDate &to)
{
    m_metrics = metrics;
    m_from = from;
    m_to = to;
    rebuild();
}

int AdoptionChartView::valueCount() const
{
    switch (m_kind) {
    case Kind::ActiveUsers:
        return int(m_metrics.weeks.size());
    case Kind::FeatureAdoption:
        return int(std::min<qsizetype>(m_metrics.features.size(), MaxFeatures));
    case Kind::ActivationFunnel:
        return m_metrics.usersProvisioned > 0 ? 4 : 0;
    case Kind::TrainingCompletion:
        return int(m_metrics.training.size());
    }
    return 0;
}

QString AdoptionChartView::hoverText(int index) const
{
    if (index < 0 || index >= valueCount())
        return {};
    switch (m_kind) {
    case Kind::ActiveUsers: {
        const WeekActivity &week = m_metrics.weeks.at(index);
        const int seats =
            m_metrics.licensedSeats > 0 ? m_metrics.licensedSeats : m_metrics.usersProvisioned;
        QString text = tr("Week of %1: %n active users", nullptr, week.activeUsers)
                           .arg(QLocale().toString(week.weekStart, QLocale::ShortFormat));
        if (seats > 0)
            text += QLatin1Char('\n') +
                    (m_metrics.licensedSeats > 0 ? tr("%1 of the licensed seats")
                                                 : tr("%1 of the users provisioned"))
                        .arg(AdoptionStyle::percent(double(week.activeUsers) / seats));
        text += QLatin1Char('\n') + tr("%n events", nullptr, week.events);
        return text;
    }
    case Kind::FeatureAdoption: {
        const FeatureAdoption &feature = m_metrics.features.at(index);
        return tr("%1: used by %2 (%3 of the active users), %n events", nullptr, feature.events)
            .arg(feature.feature, tr("%n users", nullptr, feature.users),
                 AdoptionStyle::percent(feature.share));
    }
    case Kind::ActivationFunnel: {
        const int provisioned = m_metrics.funnelProvisioned;
        const int steps[] = {m_metrics.funnelProvisioned, m_metrics.funnelLoggedIn,
                             m_metrics.funnelCoreFeature, m_metrics.funnelActivated};
        const QString names[] = {tr("Provisioned"), tr("Logged in"), tr("Used the core feature"),
                                 m_metrics.activationEvent.isEmpty()
                                     ? tr("Activation event (none chosen)")
                                     : tr("Did %1").arg(m_metrics.activationEvent)};
        QString text = tr("%1: %n users", nullptr, steps[index]).arg(names[index]);
        if (index > 0 && provisioned > 0) {
            text += QLatin1Char('\n') +
                    tr("%1 of the users provisioned")
                        .arg(AdoptionStyle::percent(double(steps[index]) / provisioned));
            if (steps[index - 1] > 0)
                text += QLatin1Char('\n') +
                        tr("%1 of the step before")
                            .arg(AdoptionStyle::percent(double(steps[index]) / steps[index - 1]));
        }
        return text;
    }
    case Kind::TrainingCompletion: {
        const TrackCompletion &track = m_metrics.training.at(index);
        return tr("%1: %2 of %n users completed a course (%3)", nullptr, track.users)
            .arg(trackLabel(track.track))
            .arg(track.completed)
            .arg(AdoptionStyle::percent(track.rate));
    }
    }
    return {};
}

void AdoptionChartView::rebuild()
{
    m_rebuilding = true;
    // A new chart each time: axes removed from a chart leave their labels on screen until the
    // event loop deletes them, while a deleted chart takes everything with it at once.
    auto *c = new QChart;
    c->setAnimationOptions(QChart::NoAnimation);
    c->setMargins(QMargins(6, 4, 6, 4));
    c->setBackgroundRoundness(0);
    c->legend()->setAlignment(Qt::AlignBottom);
    // The theme first: it resets the colours set below.
    c->setTheme(AdoptionStyle::isDark(palette()) ? QChart::ChartThemeDark
                                                 : QChart::ChartThemeLight);
    c->setTitle(title());
    QChart *previous = chart();
    setChart(c);
    delete previous;
    m_emptyMessage.clear();
    switch (m_kind) {
    case Kind::ActiveUsers:
        buildActiveUsers();
        break;
    case Kind::FeatureAdoption:
        buildFeatureAdoption();
        break;
    case Kind::ActivationFunnel:
        buildActivationFunnel();
        break;
    case Kind::TrainingCompletion:
        buildTrainingCompletion();
        break;
    }
    styleChart();
    m_rebuilding = false;
    viewport()->update();
}

void AdoptionChartView::styleChart()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    QChart *c = chart();
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.1);
    c->setTitleFont(titleFont);
    c->setTitleBrush(text);
    QLegend *legend = c->legend();
    legend->setFont(font());
    legend->setLabelColor(text);
    legend->setBackgroundVisible(false);
    if (!m_emptyMessage.isEmpty())
        legend->setVisible(false);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setTitleFont(small);
        axis->setTitleBrush(text);
        axis->setGridLineColor(mix(base, text, 0.15));
        axis->setLinePenColor(mix(base, text, 0.45));
        axis->setMinorGridLineVisible(false);
    }
    setBackgroundBrush(base);
}

void AdoptionChartView::buildActiveUsers()
{
    QChart *c = chart();
    const QPalette pal = palette();
    const QList<WeekActivity> &weeks = m_metrics.weeks;
    int maxActive = 0;
    for (const WeekActivity &week : weeks)
        maxActive = std::max(maxActive, week.activeUsers);
    if (weeks.isEmpty() || maxActive == 0)
        m_emptyMessage = tr("No active users in this range");

    const bool seatsKnown = m_metrics.licensedSeats > 0;
    const int seats = seatsKnown ? m_metrics.licensedSeats : m_metrics.usersProvisioned;

    auto *active = new QLineSeries;
    auto *zero = new QLineSeries;
    for (const WeekActivity &week : weeks) {
        const qreal x = dayToX(week.weekStart);
        active->append(x, week.activeUsers);
        zero->append(x, 0);
    }
    auto *area = new QAreaSeries(active, zero);
    area->setName(tr("Active users"));
    const QColor primary = AdoptionStyle::primaryColor(pal);
    QColor fill = primary;
    fill.setAlphaF(0.25f);
    area->setBrush(fill);
    area->setPen(QPen(primary, 2.5));
    c->addSeries(area);
    connect(area, &QAreaSeries::hovered, this,
            [this](const QPointF &point, bool state) { showHover(state, nearestWeek(point)); });
    // The weeks as points on the area's edge, easier to hover; the area stands for them in
    // the legend.
    auto *points = new QLineSeries;
    points->append(active->points());
    points->setPen(QPen(primary, 2.5));
    points->setPointsVisible(weeks.size() <= 26);
    c->addSeries(points);
    connect(points, &QLineSeries::hovered, this,
            [this](const QPointF &point, bool state) { showHover(state, nearestWeek(point)); });

    QDate first = m_from.isValid() ? m_from : QDate();
    QDate last = m_to.isValid() ? m_to : QDate();
    if (!weeks.isEmpty()) {
        if (!first.isValid() || weeks.constFirst().weekStart < first)
            first = weeks.constFirst().weekStart;
        if (!last.isValid() || weeks.constLast().weekStart > last)
            last = weeks.constLast().weekStart;
    }
    if (!first.isValid())
        first = QDate::currentDate().addDays(-28);
    if (!last.isValid() || last <= first)
        last = first.addDays(7);

    QLineSeries *seatLine = nullptr;
    QLineSeries *targetLine = nullptr;
    if (seats > 0) {
        seatLine = new QLineSeries;
        seatLine->setName(seatsKnown ? tr("Seats (%1)").arg(count(seats))
                                     : tr("Users provisioned (%1)").arg(count(seats)));
        seatLine->append(dayToX(first), seats);
        seatLine->append(dayToX(last), seats);
        seatLine->setPen(QPen(AdoptionStyle::secondaryColor(pal), 1.5));
        c->addSeries(seatLine);

        const double target = seats * 0.8;
        targetLine = new QLineSeries;
        const QString targetText =
            QLocale().toString(target, 'f', target == std::floor(target) ? 0 : 1);
        targetLine->setName(tr("80 % target (%1)").arg(targetText));
        targetLine->append(dayToX(first), target);
        targetLine->append(dayToX(last), target);
        targetLine->setPen(QPen(AdoptionStyle::targetColor(pal), 2, Qt::DashLine));
        c->addSeries(targetLine);
    }

    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(first.startOfDay(), last.startOfDay());
    const int weekCount = int(first.daysTo(last) / 7) + 1;
    x->setTickCount(std::clamp(weekCount + 1, 2, 7));
    auto *y = new QValueAxis;
    y->setRange(0, niceCeiling(std::max(seats, maxActive) * 1.1));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(6);
    y->setTitleText(tr("Users"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    const auto series = c->series();
    for (QAbstractSeries *s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    c->legend()->setVisible(true);
    const auto markers = c->legend()->markers(points);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

void AdoptionChartView::buildFeatureAdoption()
{
    QChart *c = chart();
    const QPalette pal = palette();
    const int shown = valueCount();
    if (shown == 0)
        m_emptyMessage = tr("No feature used in this range");

    auto *set = new QBarSet(tr("Share of the active users who used the feature"));
    QStringList categories;
    // Horizontal bars run from the bottom up: the most used feature goes last, on top.
    for (int i = shown - 1; i >= 0; --i) {
        const FeatureAdoption &feature = m_metrics.features.at(i);
        set->append(std::round(feature.share * 100.0));
        categories.append(feature.feature);
    }
    auto *x = new QValueAxis;
    percentAxis(x);
    x->setTitleText(tr("Share of the active users"));
    addBars(c, new QHorizontalBarSeries, set, AdoptionStyle::primaryColor(pal),
            QStringLiteral("@value %"), categories, x,
            [shown](int index) { return shown - 1 - index; });
}

void AdoptionChartView::buildActivationFunnel()
{
    QChart *c = chart();
    const QPalette pal = palette();
    if (m_metrics.usersProvisioned == 0)
        m_emptyMessage = tr("No users provisioned yet");
    const int provisioned = m_metrics.funnelProvisioned;
    const int steps[] = {m_metrics.funnelProvisioned, m_metrics.funnelLoggedIn,
                         m_metrics.funnelCoreFeature, m_metrics.funnelActivated};
    const QString names[] = {tr("Provisioned"), tr("Logged in"), tr("Used core feature"),
                             m_metrics.activationEvent.isEmpty() ? tr("Activation (none chosen)")
                                                                 : tr("Activated")};
    auto *set = new QBarSet(tr("Users"));
    QStringList categories;
    // From the top down, as a funnel reads: horizontal bars run from the bottom up.
    for (int i = 3; i >= 0; --i) {
        set->append(steps[i]);
        const QString share = provisioned > 0
                                  ? AdoptionStyle::percent(double(steps[i]) / provisioned)
                                  : QStringLiteral("–");
        categories.append(i == 0 ? names[i] : tr("%1 (%2)").arg(names[i], share));
    }
    auto *x = new QValueAxis;
    // Room at the right for the label of the longest bar.
    x->setRange(0, niceCeiling(std::max(provisioned, 1) * 1.15));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(6);
    x->setTitleText(tr("Users"));
    addBars(c, new QHorizontalBarSeries, set, AdoptionStyle::primaryColor(pal),
            QStringLiteral("@value"), categories, x, [](int index) { return 3 - index; });
}

void AdoptionChartView::buildTrainingCompletion()
{
    QChart *c = chart();
    const QPalette pal = palette();
    if (m_metrics.training.isEmpty())
        m_emptyMessage = tr("No training completions imported");
    auto *set = new QBarSet(tr("Completed"));
    QStringList categories;
    for (const TrackCompletion &track : m_metrics.training) {
        set->append(std::round(track.rate * 100.0));
        categories.append(
            tr("%1 (%2 of %3)").arg(trackLabel(track.track)).arg(track.completed).arg(track.users));
    }
    auto *y = new QValueAxis;
    percentAxis(y);
    y->setTitleText(tr("Users who completed a course"));
    addBars(c, new QBarSeries, set, AdoptionStyle::targetColor(pal), QStringLiteral("@value %"),
            categories, y, [](int index) { return index; });
}

void AdoptionChartView::addBars(QChart *c, QAbstractBarSeries *series, QBarSet *set,
                                const QColor &color, const QString &labelFormat,
                                const QStringList &categories, QValueAxis *values,
                                const std::function<int(int)> &hoverIndex)
{
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(palette().color(QPalette::Text));
    series->append(set);
    series->setBarWidth(horizontal ? 0.65 : 0.5);
    series->setLabelsVisible(true);
    series->setLabelsFormat(labelFormat);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    c->addSeries(series);
    connect(set, &QBarSet::hovered, this,
            [this, hoverIndex](bool state, int index) { showHover(state, hoverIndex(index)); });

    auto *base = new QBarCategoryAxis;
    base->append(categories.isEmpty() ? QStringList{QString()} : categories);
    c->addAxis(base, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    c->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(base);
    series->attachAxis(values);
    c->legend()->setVisible(false);
}

int AdoptionChartView::nearestWeek(const QPointF &point) const
{
    int best = -1;
    qreal distance = 0;
    for (int i = 0; i < m_metrics.weeks.size(); ++i) {
        const qreal d = std::abs(dayToX(m_metrics.weeks.at(i).weekStart) - point.x());
        if (best < 0 || d < distance) {
            best = i;
            distance = d;
        }
    }
    return best;
}

void AdoptionChartView::showHover(bool state, int index)
{
    if (!state || m_rebuilding) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), hoverText(index), this);
}

void AdoptionChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_emptyMessage.isEmpty())
        return;
    painter->save();
    painter->setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter->setFont(font());
    painter->drawText(chart()->plotArea(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
    painter->restore();
}

void AdoptionChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

QString AdoptionChartView::suggestedFileName() const
{
    QString chartName;
    switch (m_kind) {
    case Kind::ActiveUsers:
        chartName = tr("weekly-active-users");
        break;
    case Kind::FeatureAdoption:
        chartName = tr("feature-adoption");
        break;
    case Kind::ActivationFunnel:
        chartName = tr("activation-funnel");
        break;
    case Kind::TrainingCompletion:
        chartName = tr("training-completion");
        break;
    }
    QString name = m_fileBaseName.simplified();
    name.replace(QRegularExpression(QStringLiteral(R"([^\w\-]+)")), QStringLiteral("-"));
    return (name.isEmpty() ? chartName : name + QLatin1Char('-') + chartName) +
           QStringLiteral(".png");
}

void AdoptionChartView::chooseExportPng()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), suggestedFileName(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPng(path, &error))
        QMessageBox::warning(this, tr("Cannot export the chart"), error);
}

QImage AdoptionChartView::renderImage(qreal scale)
{
    const QSize logical = size().expandedTo(QSize(480, 320));
    QImage image(logical * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(logical)), QRect(QPoint(0, 0), logical));
    painter.end();
    return image;
}

bool AdoptionChartView::exportPng(const QString &path, QString *error)
{
    const QImage image = renderImage();
    // Written beside and renamed over: an image open elsewhere never sees half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

} // namespace Csm
