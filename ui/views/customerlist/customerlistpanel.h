// The side panel: search, filters and sort over the customer list.
#pragma once

#include "domain/id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Csm {

class CustomerFilterModel;
class CustomerListModel;
class Workspace;

class CustomerListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerListPanel(Workspace *workspace, QWidget *parent = nullptr);

    CustomerId currentCustomer() const;
    void selectCustomer(const CustomerId &id);
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *phaseFilter() const { return m_phase; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *tierFilter() const { return m_tier; }
    QComboBox *sortChoice() const { return m_sort; }
    QListView *view() const { return m_view; }
    CustomerFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void currentCustomerChanged(const Csm::CustomerId &id);

private:
    void applySort();
    void updateEmptyHint();

    CustomerListModel *m_model;
    CustomerFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_phase;
    QComboBox *m_status;
    QComboBox *m_tier;
    QComboBox *m_sort;
    QListView *m_view;
    QLabel *m_emptyHint;
    QLabel *m_count;
};

} // namespace Csm
