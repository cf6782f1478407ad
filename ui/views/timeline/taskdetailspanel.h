// The current task or milestone of the plan in full: every field editable (dates move the
// tasks that depend on it), the baseline and the slip against it read-only, and its links to
// other tasks with their type and lag, each removable. Every edit is an undo step.
#pragma once

#include "domain/timeline.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Csm {

class DependencyTableModel;
class OptionalDateEdit;
class Workspace;

class TaskDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDetailsPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setTask(const TaskId &task);
    TaskId task() const { return m_task; }

    // Removes the selected links, as one undo step.
    void removeSelectedDependencies();
    // Saves what is typed in an open link cell.
    void commitPendingEdits();

    // For tests and for focusing a field from elsewhere.
    QWidget *editor(TaskField field) const { return m_editors.value(int(field)); }
    QLabel *baselineLabel() const { return m_baseline; }
    QLabel *slipLabel() const { return m_slip; }
    QTableView *dependencyTable() const { return m_dependencyTable; }
    DependencyTableModel *dependencyModel() const { return m_dependencies; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *removeDependencyButton() const { return m_removeDependency; }

    // Wide enough for the form even while no task is shown, so the side panel does not widen
    // when one is.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user asked to link this task to another one.
    void linkRequested();

private:
    void edit(TaskField field, const QVariant &value);
    void moveTo(const QDate &start, const QDate &finish);
    void refresh();
    void refreshWorkstreams(const PlanTask &task);

    Workspace *m_workspace;
    TaskId m_task;
    CustomerId m_customer;
    bool m_refreshing = false;

    QHash<int, QWidget *> m_editors; // by TaskField
    QLabel *m_hint = nullptr;
    QWidget *m_form = nullptr;
    QLabel *m_finishCaption = nullptr;
    QLabel *m_baseline = nullptr;
    QLabel *m_slip = nullptr;
    DependencyTableModel *m_dependencies = nullptr;
    QTableView *m_dependencyTable = nullptr;
    QLabel *m_noDependencies = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_removeDependency = nullptr;
};

} // namespace Csm
