// The friction score of a customer's plan against its target (below 10): how much of the plan
// waits on the customer's side, external reviews weighing most, and the tasks that count.
#pragma once

#include "domain/id.h"

#include <QWidget>

class QLabel;
class QListView;

namespace Csm {

class TaskListModel;
class Workspace;

class FrictionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FrictionPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    void refresh();

    int score() const { return m_score; }
    QString summary() const;

    QLabel *scoreLabel() const { return m_scoreLabel; }
    QLabel *badge() const { return m_badge; }
    QListView *taskList() const { return m_list; }
    TaskListModel *taskModel() const { return m_model; }

Q_SIGNALS:
    void taskActivated(const Csm::TaskId &task);

private:
    Workspace *m_workspace;
    CustomerId m_customer;
    int m_score = 0;

    QLabel *m_scoreLabel;
    QLabel *m_badge;
    QLabel *m_explanation;
    QListView *m_list;
    TaskListModel *m_model;
};

} // namespace Csm
