// The CSM's home page across all customers: the portfolio table with health and alerts, what
// needs doing today, and the portfolio's metrics against their targets.
#pragma once

#include "domain/id.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Csm {

class PortfolioDetailPanel;
class PortfolioFilterModel;
class PortfolioMetricsView;
class PortfolioModel;
class PortfolioTracker;
class TodayModel;
class Workspace;
struct PortfolioAlert;

class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPage(Workspace *workspace, QWidget *parent = nullptr);
    ~PortfolioPage() override;

    PortfolioTracker *tracker() const { return m_tracker; }
    PortfolioModel *model() const { return m_model; }
    PortfolioFilterModel *filterModel() const { return m_filter; }
    TodayModel *todayModel() const { return m_todayModel; }
    QTreeView *table() const { return m_table; }
    QTableView *todayView() const { return m_todayView; }
    PortfolioDetailPanel *detailPanel() const { return m_detail; }
    PortfolioMetricsView *metricsView() const { return m_metrics; }
    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *showFilter() const { return m_show; }
    QComboBox *groupBy() const { return m_group; }
    QLabel *summary() const { return m_summary; }

    // Selects the customer's row in the table (showing all customers if a filter hides it).
    void selectCustomer(const CustomerId &customer);
    CustomerId currentCustomer() const;

    // Opens the snooze dialog for `alert`; pushes the snooze when the user confirms.
    void snoozeAlert(const CustomerId &customer, const PortfolioAlert &alert);
    void wakeAlert(const CustomerId &customer, const PortfolioAlert &alert);
    void editThresholds();

Q_SIGNALS:
    // The row selected in the table changed to this customer.
    void currentCustomerChanged(const Csm::CustomerId &customer);
    // The user wants the customer's pages: `page` (an AlertPage key, empty for the last one
    // shown) and the record to select there, if any.
    void customerRequested(const Csm::CustomerId &customer, const QString &page,
                           const QUuid &record);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildCustomersTab();
    QWidget *buildTodayTab();
    void refreshSummary();
    void refreshTodayTab();
    void refreshDetail();
    void afterReset();
    void openTodayItem(int row);

    Workspace *m_workspace;
    PortfolioTracker *m_tracker;
    PortfolioModel *m_model;
    PortfolioFilterModel *m_filter;
    TodayModel *m_todayModel;
    QLabel *m_summary = nullptr;
    QPushButton *m_thresholds = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_show = nullptr;
    QComboBox *m_group = nullptr;
    QSplitter *m_split = nullptr;
    QTreeView *m_table = nullptr;
    PortfolioDetailPanel *m_detail = nullptr;
    QTableView *m_todayView = nullptr;
    QLabel *m_todayEmpty = nullptr;
    PortfolioMetricsView *m_metrics = nullptr;
    CustomerId m_selectedBeforeReset;
};

} // namespace Csm
