// The phase gates of a customer's plan: each gate's due date and where it stands, missed gates
// flagged, and for the selected gate its checklist of measurable criteria (add, remove, tick)
// and "Mark passed" once every criterion is met. Every edit is an undo step.
#pragma once

#include "domain/timeline.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace Csm {

class GateTableModel;
class OptionalDateEdit;
class Workspace;
template<typename R> class RecordTableModel;

class GatesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GatesPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setCustomer(const CustomerId &customer);
    CustomerId customer() const { return m_customer; }

    // The gate whose details show; the first missed gate, else the first not passed, when
    // the customer changes.
    GateId currentGate() const { return m_gate; }
    void selectGate(const GateId &gate);

    // Each is one undo step.
    void addGate(GateKind kind);
    void removeCurrentGate();
    void addCriterion(const QString &text);
    void removeSelectedCriteria();
    void setCriterionMet(const CriterionId &criterion, bool met);
    // Records today as the day the current gate was passed; only when all its criteria are met.
    void markPassed();
    // Clears the passed date of the current gate.
    void reopen();
    void commitPendingEdits();

    QString summary() const;

    GateTableModel *gateModel() const { return m_gates; }
    QTableView *gateTable() const { return m_gateTable; }
    RecordTableModel<GateCriterion> *criteriaModel() const { return m_criteria; }
    QTableView *criteriaTable() const { return m_criteriaTable; }
    OptionalDateEdit *dueDateEdit() const { return m_due; }
    QLabel *passedLabel() const { return m_passed; }
    QLabel *missedLabel() const { return m_missed; }
    QPushButton *markPassedButton() const { return m_markPassed; }
    QPushButton *reopenButton() const { return m_reopen; }
    QLineEdit *newCriterionEdit() const { return m_newCriterion; }
    QPushButton *addCriterionButton() const { return m_addCriterion; }
    QPushButton *removeCriterionButton() const { return m_removeCriterion; }
    QToolButton *addGateButton() const { return m_addGate; }
    QPushButton *removeGateButton() const { return m_removeGate; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void refreshDetails();
    void refreshAddGateMenu();
    bool allCriteriaMet() const;

    Workspace *m_workspace;
    CustomerId m_customer;
    GateId m_gate;
    GateId m_criteriaGate; // the gate whose criteria the model holds
    bool m_refreshing = false;

    GateTableModel *m_gates;
    QTableView *m_gateTable = nullptr;
    QToolButton *m_addGate = nullptr;
    QPushButton *m_removeGate = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_detailsTitle = nullptr;
    OptionalDateEdit *m_due = nullptr;
    QLabel *m_passed = nullptr;
    QLabel *m_missed = nullptr;
    QPushButton *m_markPassed = nullptr;
    QPushButton *m_reopen = nullptr;
    RecordTableModel<GateCriterion> *m_criteria = nullptr;
    QTableView *m_criteriaTable = nullptr;
    QLabel *m_criteriaHint = nullptr;
    QLineEdit *m_newCriterion = nullptr;
    QPushButton *m_addCriterion = nullptr;
    QPushButton *m_removeCriterion = nullptr;
    QLabel *m_noGates = nullptr;
};

} // namespace Csm
