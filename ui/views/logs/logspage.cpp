#include "logspage.h"

#include "commands/removerecord.h"
#include "logtable.h"
#include "models/recordtablemodel.h"

#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Csm {

namespace {

// Likelihood and impact together: high when either is high and the other at least medium.
int severity(const Risk &risk)
{
    return int(risk.likelihood) + int(risk.impact);
}

} // namespace

LogsPage::LogsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_actionModel(new RecordTableModel<ActionItem>(
          workspace,
          {ActionField::Task, ActionField::Owner, ActionField::DueDate, ActionField::Status}, this))
    , m_decisionModel(
          new RecordTableModel<Decision>(workspace,
                                         {DecisionField::Date, DecisionField::Decision,
                                          DecisionField::ApprovedBy, DecisionField::Rationale},
                                         this))
    , m_riskModel(new RecordTableModel<Risk>(
          workspace,
          {RiskField::Risk, RiskField::Likelihood, RiskField::Impact, RiskField::Status,
           RiskField::Owner, RiskField::Mitigation, RiskField::Trigger, RiskField::RaisedAtKickoff},
          this))
    , m_tabs(new QTabWidget)
    , m_actions(new LogTable(m_actionModel, tr("Add action")))
    , m_decisions(new LogTable(m_decisionModel, tr("Add decision")))
    , m_risks(new LogTable(m_riskModel, tr("Add risk")))
{
    // Overdue actions and severe open risks stand out.
    m_actionModel->setRowHighlight([workspace](const ActionItem &action) {
        return action.isOverdue(workspace->today()) ? QBrush(QColor(0xc6, 0x28, 0x28, 60))
                                                    : QBrush();
    });
    m_riskModel->setRowHighlight([](const Risk &risk) {
        if (risk.status == RiskStatus::Closed)
            return QBrush();
        if (risk.status == RiskStatus::Escalated || severity(risk) >= 3)
            return QBrush(QColor(0xe6, 0x51, 0x00, 60));
        return QBrush();
    });

    const QDate today = workspace->today();
    m_actions->view()->setAccessibleName(tr("Action log"));
    m_actions->searchField()->setAccessibleName(tr("Search the actions"));
    m_decisions->view()->setAccessibleName(tr("Decision log"));
    m_decisions->searchField()->setAccessibleName(tr("Search the decisions"));
    m_risks->view()->setAccessibleName(tr("Risk register"));
    m_risks->searchField()->setAccessibleName(tr("Search the risks"));
    m_actions->setFilters({
        {tr("All actions"), {}},
        {tr("Not done"),
         [this](int row) {
             const ActionItem *a = m_actionModel->recordAt(row);
             return a && a->status != ActionStatus::Done;
         }},
        {tr("Overdue"),
         [this, workspace](int row) {
             const ActionItem *a = m_actionModel->recordAt(row);
             return a && a->isOverdue(workspace->today());
         }},
        {tr("Blocked"),
         [this](int row) {
             const ActionItem *a = m_actionModel->recordAt(row);
             return a && a->status == ActionStatus::Blocked;
         }},
        {tr("Done"),
         [this](int row) {
             const ActionItem *a = m_actionModel->recordAt(row);
             return a && a->status == ActionStatus::Done;
         }},
    });
    m_risks->setFilters({
        {tr("All risks"), {}},
        {tr("Not closed"),
         [this](int row) {
             const Risk *r = m_riskModel->recordAt(row);
             return r && r->status != RiskStatus::Closed;
         }},
        {tr("Raised at kickoff"),
         [this](int row) {
             const Risk *r = m_riskModel->recordAt(row);
             return r && r->raisedAtKickoff;
         }},
        {tr("Closed"),
         [this](int row) {
             const Risk *r = m_riskModel->recordAt(row);
             return r && r->status == RiskStatus::Closed;
         }},
    });

    m_actions->setAdder([this, today] {
        ActionItem action;
        action.owner = m_workspace->author();
        action.dueDate = today.addDays(7);
        return m_actionModel->addRecord(action, tr("Add action"));
    });
    m_decisions->setAdder([this, today] {
        Decision decision;
        decision.date = today;
        return m_decisionModel->addRecord(decision, tr("Add decision"));
    });
    m_risks->setAdder([this] {
        Risk risk;
        risk.owner = m_workspace->author();
        return m_riskModel->addRecord(risk, tr("Add risk"));
    });
    m_actions->setRemover([this](const QList<int> &rows) {
        removeRows(m_actionModel, rows, tr("Remove %n action(s)", nullptr, int(rows.size())));
    });
    m_decisions->setRemover([this](const QList<int> &rows) {
        removeRows(m_decisionModel, rows, tr("Remove %n decision(s)", nullptr, int(rows.size())));
    });
    m_risks->setRemover([this](const QList<int> &rows) {
        removeRows(m_riskModel, rows, tr("Remove %n risk(s)", nullptr, int(rows.size())));
    });

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_actions, QString());
    m_tabs->addTab(m_decisions, QString());
    m_tabs->addTab(m_risks, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_tabs);

    for (RecordTableModelBase *model :
         std::initializer_list<RecordTableModelBase *>{m_actionModel, m_decisionModel, m_riskModel})
        connect(model, &RecordTableModelBase::recordsChanged, this, &LogsPage::updateTabTitles);
    updateTabTitles();
}

LogsPage::~LogsPage() = default;

void LogsPage::setCustomer(const CustomerId &customer)
{
    m_actionModel->setCustomer(customer);
    m_decisionModel->setCustomer(customer);
    m_riskModel->setCustomer(customer);
}

template<typename R>
void LogsPage::removeRows(RecordTableModel<R> *model, const QList<int> &rows, const QString &text)
{
    QList<typename RecordTraits<R>::Id> ids;
    for (int row : rows)
        ids.append(model->idAt(row));
    QUndoStack *stack = m_workspace->undoStack();
    stack->beginMacro(text);
    for (const auto &id : ids)
        stack->push(new RemoveRecord<R>(m_workspace, id));
    stack->endMacro();
}

void LogsPage::updateTabTitles()
{
    const QDate today = m_workspace->today();
    const CustomerId customer = m_actionModel->customer();
    int open = 0;
    int overdue = 0;
    for (const ActionItem &action : m_workspace->records<ActionItem>(customer)) {
        open += action.status != ActionStatus::Done;
        overdue += action.isOverdue(today);
    }
    QString actions = tr("Actions (%1 open)").arg(open);
    if (overdue > 0)
        actions = tr("Actions (%1 open, %2 overdue)").arg(open).arg(overdue);
    m_tabs->setTabText(0, actions);
    m_tabs->setTabText(1,
                       tr("Decisions (%1)").arg(m_workspace->records<Decision>(customer).size()));
    int openRisks = 0;
    for (const Risk &risk : m_workspace->records<Risk>(customer))
        openRisks += risk.status != RiskStatus::Closed;
    m_tabs->setTabText(2, tr("Risks (%1 open)").arg(openRisks));
}

void LogsPage::showRecord(const QUuid &id)
{
    const auto select = [this](LogTable *table, int sourceRow) {
        if (sourceRow < 0)
            return false;
        m_tabs->setCurrentWidget(table);
        const QModelIndex index =
            table->proxy()->mapFromSource(table->proxy()->sourceModel()->index(sourceRow, 0));
        if (!index.isValid())
            return true; // hidden by the table's filter: the tab at least
        table->view()->setCurrentIndex(index);
        table->view()->scrollTo(index);
        return true;
    };
    if (select(m_actions, m_actionModel->rowOf(ActionId(id))))
        return;
    if (select(m_risks, m_riskModel->rowOf(RiskId(id))))
        return;
    select(m_decisions, m_decisionModel->rowOf(DecisionId(id)));
}

} // namespace Csm
