// One chart of the Adoption page, drawn from the customer's adoption metrics: weekly active
// users against the seats and the adoption target, feature adoption, the activation funnel, or
// training completion by role track. Values show on hover; the chart follows the palette and
// exports itself as a PNG image.
#pragma once

#include "adoption/adoptionmetrics.h"

#include <QChartView>

#include <functional>

class QAbstractBarSeries;
class QAction;
class QBarSet;
class QValueAxis;

namespace Csm {

class AdoptionChartView : public QChartView
{
    Q_OBJECT

public:
    enum class Kind { ActiveUsers, FeatureAdoption, ActivationFunnel, TrainingCompletion };

    // At most this many features are drawn, the most used ones.
    static constexpr int MaxFeatures = 8;

    explicit AdoptionChartView(Kind kind, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString title() const;

    // Draws the metrics, whose weekly series covers `from` to `to`.
    void setMetrics(const AdoptionMetrics &metrics, const QDate &from, const QDate &to);
    const AdoptionMetrics &metrics() const { return m_metrics; }

    // What the chart says instead of drawing, when there is nothing to draw; empty otherwise.
    QString emptyMessage() const { return m_emptyMessage; }
    // The number of points or bars of the main series.
    int valueCount() const;
    // The text shown on hovering over the main series' point or bar `index`.
    QString hoverText(int index) const;

    // The customer's name, for the suggested file name of exports.
    void setFileBaseName(const QString &name) { m_fileBaseName = name; }
    QString suggestedFileName() const;
    // Asks for a file, then exports; failures are shown in a message box.
    void chooseExportPng();
    // Writes the chart at twice its size on screen, atomically; on failure returns false and says
    // why in `error`.
    bool exportPng(const QString &path, QString *error);
    QImage renderImage(qreal scale = 2.0);
    QAction *exportAction() const { return m_exportAction; }

Q_SIGNALS:
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void buildActiveUsers();
    void buildFeatureAdoption();
    void buildActivationFunnel();
    void buildTrainingCompletion();
    // Puts `set` in `series` (bars in one colour, labelled with `labelFormat`) on `c`, with
    // the category axis along the bars' base and `values` along their length; hovering bar
    // i shows the hover text of value hoverIndex(i).
    void addBars(QChart *c, QAbstractBarSeries *series, QBarSet *set, const QColor &color,
                 const QString &labelFormat, const QStringList &categories, QValueAxis *values,
                 const std::function<int(int)> &hoverIndex);
    void styleChart();
    void showHover(bool state, int index);
    int nearestWeek(const QPointF &point) const;

    Kind m_kind;
    AdoptionMetrics m_metrics;
    QDate m_from;
    QDate m_to;
    QString m_emptyMessage;
    QString m_fileBaseName;
    QAction *m_exportAction = nullptr;
    bool m_rebuilding = false;
};

} // namespace Csm
