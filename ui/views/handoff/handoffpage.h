// The handoff form: account, contract, owners, what sales learned, stakeholders on both
// sides and notes. Saves as the user types; every edit is an undo step.
#pragma once

#include "domain/customer.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Csm {

class CustomerForm;
class StakeholderModel;
class Workspace;

class HandoffPage : public QWidget
{
    Q_OBJECT

public:
    explicit HandoffPage(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // For tests and for focusing a field from elsewhere.
    QWidget *editor(CustomerField field) const;
    QLabel *errorLabel(CustomerField field) const;
    QLabel *stakeholderProblemsLabel() const { return m_stakeholderProblems; }
    QTableView *stakeholderTable() const { return m_stakeholderTable; }
    StakeholderModel *stakeholderModel() const { return m_stakeholderModel; }
    QProgressBar *completenessBar() const { return m_completenessBar; }
    QLabel *missingLabel() const { return m_missingLabel; }
    QLabel *statusBanner() const { return m_statusBanner; }

    void addStakeholder(bool vendorSide);
    // Saves what is typed in an open table cell editor (the form's fields save as they go).
    void commitPendingEdits();
    void removeSelectedStakeholders();

private:
    QWidget *buildHeader();
    QWidget *buildStakeholders();
    QWidget *buildNotes();
    void refresh();
    void refreshCompleteness();

    Workspace *m_workspace;
    CustomerId m_customer;
    CustomerForm *m_form;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QProgressBar *m_completenessBar = nullptr;
    QLabel *m_missingLabel = nullptr;
    QLabel *m_statusBanner = nullptr;
    StakeholderModel *m_stakeholderModel = nullptr;
    QTableView *m_stakeholderTable = nullptr;
    QLabel *m_stakeholderProblems = nullptr;
    QPushButton *m_removeStakeholder = nullptr;
};

} // namespace Csm
