// The customer's Joint Success Plan (3xO): outcomes, the measurable objectives that prove
// them and the operational steps that reach them, as a tree editor with a detail panel for
// the selected objective and the quick-win checks at the top. Every edit is an undo step.
#pragma once

#include "domain/id.h"

#include <QWidget>

class QAbstractButton;
class QAction;
class QLabel;
class QModelIndex;
class QStackedWidget;
class QTreeView;

namespace Csm {

class ObjectiveDetailPanel;
class OutcomeDetailPanel;
class SuccessPlanDelegate;
class SuccessPlanTreeModel;
class Workspace;

class SuccessPlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit SuccessPlanPage(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // Each adds one record as one undo step, selects it and opens its title for editing.
    void addOutcome();
    // Under the selected outcome (or the outcome of the selected objective or step).
    void addObjective();
    // Under the selected objective (or the objective of the selected step).
    void addStep();
    // Removes the selected item with everything under it, as one undo step.
    void removeSelected();
    // Saves what is typed in an open cell editor.
    void commitPendingEdits();

    // For tests and for the main window.
    SuccessPlanTreeModel *treeModel() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    ObjectiveDetailPanel *objectivePanel() const { return m_objectivePanel; }
    OutcomeDetailPanel *outcomePanel() const { return m_outcomePanel; }
    QLabel *quickWinWarningLabel() const { return m_warning; }
    QLabel *quickWinHintLabel() const { return m_quickWinHint; }
    QWidget *emptyState() const { return m_emptyState; }
    bool isEmptyStateShown() const;
    QAbstractButton *addOutcomeButton() const { return m_addOutcomeButton; }
    QAbstractButton *addObjectiveButton() const { return m_addObjectiveButton; }
    QAbstractButton *addStepButton() const { return m_addStepButton; }
    QAbstractButton *removeButton() const { return m_removeButton; }
    QAbstractButton *emptyStateAddButton() const { return m_emptyAddButton; }

private:
    QWidget *buildHeader();
    QWidget *buildEmptyState();
    QWidget *buildEditor();
    QAction *makeAction(const QString &text, const QKeySequence &shortcut,
                        void (SuccessPlanPage::*slot)());
    void refresh();
    void refreshActions();
    void fitColumns(bool growOnly);
    void showDetails();
    void selectAndEdit(const QModelIndex &index);
    QModelIndex currentIndex() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    SuccessPlanTreeModel *m_model;
    SuccessPlanDelegate *m_delegate = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_quickWinHint = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyState = nullptr;
    QWidget *m_editor = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_details = nullptr;
    QLabel *m_detailsHint = nullptr;
    OutcomeDetailPanel *m_outcomePanel = nullptr;
    ObjectiveDetailPanel *m_objectivePanel = nullptr;

    QAction *m_addOutcome = nullptr;
    QAction *m_addObjective = nullptr;
    QAction *m_addStep = nullptr;
    QAction *m_remove = nullptr;
    QAbstractButton *m_addOutcomeButton = nullptr;
    QAbstractButton *m_addObjectiveButton = nullptr;
    QAbstractButton *m_addStepButton = nullptr;
    QAbstractButton *m_removeButton = nullptr;
    QAbstractButton *m_emptyAddButton = nullptr;
};

} // namespace Csm
