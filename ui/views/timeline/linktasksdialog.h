// Links two tasks of a plan: which one waits for which, the type of link and the lag in
// business days. A link that would close a circle is refused with the reason, and the dialog
// stays open to pick again.
#pragma once

#include "domain/timeline.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace Csm {

class Workspace;

class LinkTasksDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts with `task` as the task that waits, for the task listed before it.
    LinkTasksDialog(Workspace *workspace, const CustomerId &customer, const TaskId &task,
                    QWidget *parent = nullptr);

    void setPredecessor(const TaskId &task);
    void setSuccessor(const TaskId &task);
    void setType(DependencyType type);
    void setLag(int businessDays);
    TaskId predecessor() const;
    TaskId successor() const;

    // Links the tasks as one undo step and closes; on refusal shows why and stays open.
    void accept() override;

    QComboBox *predecessorCombo() const { return m_predecessor; }
    QComboBox *successorCombo() const { return m_successor; }
    QComboBox *typeCombo() const { return m_type; }
    QSpinBox *lagSpin() const { return m_lag; }
    QLabel *errorLabel() const { return m_error; }

private:
    Workspace *m_workspace;
    CustomerId m_customer;
    QComboBox *m_predecessor;
    QComboBox *m_successor;
    QComboBox *m_type;
    QSpinBox *m_lag;
    QLabel *m_error;
};

} // namespace Csm
