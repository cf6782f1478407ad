// The customer's three governance logs: actions, decisions and risks.
#pragma once

#include "domain/governance.h"

#include <QWidget>

class QTabWidget;

namespace Csm {

class LogTable;
class Workspace;
template<typename R> class RecordTableModel;

class LogsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogsPage(Workspace *workspace, QWidget *parent = nullptr);
    ~LogsPage() override;

    void setCustomer(const CustomerId &customer);
    // Shows the action, decision or risk with this id, selected in its tab.
    void showRecord(const QUuid &id);

    LogTable *actions() const { return m_actions; }
    LogTable *decisions() const { return m_decisions; }
    LogTable *risks() const { return m_risks; }
    RecordTableModel<ActionItem> *actionModel() const { return m_actionModel; }
    RecordTableModel<Risk> *riskModel() const { return m_riskModel; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void updateTabTitles();
    template<typename R>
    void removeRows(RecordTableModel<R> *model, const QList<int> &rows, const QString &text);

    Workspace *m_workspace;
    RecordTableModel<ActionItem> *m_actionModel;
    RecordTableModel<Decision> *m_decisionModel;
    RecordTableModel<Risk> *m_riskModel;
    QTabWidget *m_tabs;
    LogTable *m_actions;
    LogTable *m_decisions;
    LogTable *m_risks;
};

} // namespace Csm
