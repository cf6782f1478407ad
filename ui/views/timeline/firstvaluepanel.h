// The first-value forecast of a customer's plan: when the first-value milestone will be
// reached at the pace reported so far, how many days that is from signature against the
// tier's target and the plan, and the tasks that push it out, each a click away in the chart.
#pragma once

#include "domain/id.h"

#include <QWidget>

class QLabel;
class QListView;

namespace Csm {

class TaskListModel;
class Workspace;

class FirstValuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit FirstValuePanel(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    void refresh();

    // A one-line summary for the section header ("Day 34 of 30").
    QString summary() const { return m_summary; }

    QLabel *badge() const { return m_badge; }
    QLabel *projectedLabel() const { return m_projected; }
    QLabel *daysLabel() const { return m_days; }
    QLabel *comparisonLabel() const { return m_comparison; }
    QLabel *milestoneLabel() const { return m_milestone; }
    QListView *pushingList() const { return m_list; }
    TaskListModel *pushingModel() const { return m_model; }

Q_SIGNALS:
    void taskActivated(const Csm::TaskId &task);

private:
    Workspace *m_workspace;
    CustomerId m_customer;
    QString m_summary;

    QLabel *m_badge;
    QLabel *m_projected;
    QLabel *m_days;
    QLabel *m_comparison;
    QLabel *m_milestone;
    QLabel *m_listCaption;
    QListView *m_list;
    TaskListModel *m_model;
};

} // namespace Csm
