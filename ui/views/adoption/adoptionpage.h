// The customer's adoption: key figures (login rate, active users, adoption against the seats,
// activation, trend, time in product, training), red flags, four charts over a date range
// (weekly active users against the seats, feature adoption, the activation funnel, training
// by role track) and the history of usage imports. The licensed seats and the activation
// event are edited here, each edit an undo step; usage data comes in through the import
// wizard, which the page asks for with importRequested().
#pragma once

#include "adoption/adoptionmetrics.h"
#include "domain/id.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolBar;

namespace Csm {

class AdoptionChartView;
class KpiCard;
class UsageImportTableModel;
class Workspace;

class AdoptionPage : public QWidget
{
    Q_OBJECT

public:
    // The date ranges offered in the toolbar; Custom is whatever the date fields say.
    enum class RangePreset { Last30Days, Last90Days, SinceGoLive, AllData, Custom };
    enum class Kpi {
        LoginRate,
        ActiveUsers,
        AdoptionRate,
        ActivationRate,
        Trend,
        TimeInProduct,
        TrainingCompletion,
        LastActivity
    };

    explicit AdoptionPage(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // Each is one undo step on the customer.
    void setLicensedSeats(int seats);
    void setActivationEvent(const QString &event);

    // The charts and figures cover `from` to `to`; the figures are as of `to`.
    void setRange(const QDate &from, const QDate &to);
    void setRangePreset(RangePreset preset);
    RangePreset rangePreset() const { return m_preset; }
    QDate rangeFrom() const { return m_from; }
    QDate rangeTo() const { return m_to; }

    const AdoptionMetrics &metrics() const { return m_metrics; }
    // Saves a number or an event name still being typed.
    void commitPendingEdits();

    // For tests and the main window.
    bool isEmptyStateShown() const;
    QWidget *emptyState() const { return m_emptyState; }
    QPushButton *emptyStateImportButton() const { return m_emptyImport; }
    QToolBar *toolBar() const { return m_toolBar; }
    QAction *importAction() const { return m_importAction; }
    QSpinBox *seatsSpinBox() const { return m_seats; }
    QComboBox *activationCombo() const { return m_activation; }
    QComboBox *rangeCombo() const { return m_rangeCombo; }
    QDateEdit *fromEdit() const { return m_fromEdit; }
    QDateEdit *toEdit() const { return m_toEdit; }
    QLabel *flagBanner() const { return m_flags; }
    QLabel *subtitleLabel() const { return m_subtitle; }
    KpiCard *kpiCard(Kpi kpi) const { return m_cards.value(int(kpi)); }
    QList<AdoptionChartView *> charts() const { return m_charts; }
    AdoptionChartView *activeUsersChart() const { return m_charts.value(0); }
    AdoptionChartView *featureChart() const { return m_charts.value(1); }
    AdoptionChartView *funnelChart() const { return m_charts.value(2); }
    AdoptionChartView *trainingChart() const { return m_charts.value(3); }
    UsageImportTableModel *importHistoryModel() const { return m_history; }
    QTableView *importHistoryTable() const { return m_historyTable; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The user asked to import usage data for the customer shown.
    void importRequested();
    // A short confirmation for the status bar ("Saved ...").
    void messagePosted(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildHeader();
    QToolBar *buildToolBar();
    QWidget *buildEmptyState();
    QWidget *buildContent();
    void reloadUsage();
    void refresh();
    void recompute();
    void refreshCustomerFields();
    void refreshKpis();
    void refreshFlags();
    void refreshSubtitle();
    void applyPresetDates();
    void showRangeInFields();
    void layoutGrids();
    void commitActivationText();
    void postMessage(const QString &message);
    // The first and last day with usage or training in the customer's data.
    QDate firstDataDay() const;
    QDate lastDataDay() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    UsageRollups m_rollups;
    AdoptionMetrics m_metrics;
    RangePreset m_preset = RangePreset::Last90Days;
    QDate m_from;
    QDate m_to;
    bool m_updating = false;
    bool m_stale = false; // figures and charts to recompute when next shown
    int m_kpiColumns = 0;
    int m_chartColumns = 0;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_message = nullptr;
    QToolBar *m_toolBar = nullptr;
    QSpinBox *m_seats = nullptr;
    QComboBox *m_activation = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QAction *m_importAction = nullptr;
    QList<QWidget *> m_rangeWidgets;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyImport = nullptr;
    QScrollArea *m_content = nullptr;
    QGridLayout *m_kpiGrid = nullptr;
    QGridLayout *m_chartGrid = nullptr;
    QList<KpiCard *> m_cards;
    QList<AdoptionChartView *> m_charts;
    UsageImportTableModel *m_history = nullptr;
    QTableView *m_historyTable = nullptr;
};

} // namespace Csm
