#include "gatespanel.h"

#include "checkboxdelegate.h"
#include "commands/addrecord.h"
#include "commands/changerecordfield.h"
#include "commands/removerecord.h"
#include "commands/timelinecommands.h"
#include "gatetablemodel.h"
#include "models/recordtablemodel.h"
#include "panelwidgets.h"
#include "timeline/playbook.h"
#include "timelinestyle.h"
#include "widgets/optionaldateedit.h"
#include "workspace/workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Csm {

using namespace TimelineWidgets;

GatesPanel::GatesPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_gates(new GateTableModel(workspace, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(6);

    m_gateTable = compactTable(m_gates);
    m_gateTable->setObjectName(QStringLiteral("gates"));
    m_gateTable->setAccessibleName(tr("Phase gates"));
    m_gateTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gateTable->horizontalHeader()->setSectionResizeMode(GateTableModel::StatusColumn,
                                                          QHeaderView::Stretch);
    layout->addWidget(m_gateTable);

    m_noGates = hintLabel(tr("No phase gates yet. A gate holds the customer at the end of a "
                             "phase until its criteria are met."));
    layout->addWidget(m_noGates);

    auto *gateButtons = new QHBoxLayout;
    m_addGate = new QToolButton;
    m_addGate->setObjectName(QStringLiteral("addGate"));
    m_addGate->setText(tr("Add gate"));
    m_addGate->setToolTip(tr("Add a phase gate the plan does not have yet"));
    m_addGate->setPopupMode(QToolButton::InstantPopup);
    m_addGate->setMenu(new QMenu(m_addGate));
    m_addGate->setFocusPolicy(Qt::StrongFocus);
    m_removeGate = new QPushButton(tr("Remove gate"));
    m_removeGate->setObjectName(QStringLiteral("removeGate"));
    m_removeGate->setToolTip(tr("Remove the selected gate with its criteria"));
    gateButtons->addWidget(m_addGate);
    gateButtons->addWidget(m_removeGate);
    gateButtons->addStretch();
    layout->addLayout(gateButtons);

    // The selected gate.
    auto *details = new QGroupBox;
    details->setObjectName(QStringLiteral("gateDetails"));
    m_details = details;
    auto *detailLayout = new QVBoxLayout(details);
    detailLayout->setSpacing(6);
    m_detailsTitle = boldLabel();
    detailLayout->addWidget(m_detailsTitle);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_due = compactDateEdit(new OptionalDateEdit);
    m_due->setObjectName(QStringLiteral("gateDue"));
    m_due->setAccessibleName(tr("Gate due date"));
    auto *dueCaption = new QLabel(tr("&Due"));
    dueCaption->setBuddy(m_due);
    form->addRow(dueCaption, m_due);

    m_passed = valueLabel();
    m_passed->setObjectName(QStringLiteral("gatePassed"));
    form->addRow(tr("Passed"), m_passed);
    detailLayout->addLayout(form);

    m_missed = new QLabel;
    m_missed->setObjectName(QStringLiteral("gateMissed"));
    m_missed->setWordWrap(true);
    m_missed->setTextFormat(Qt::PlainText);
    m_missed->hide();
    detailLayout->addWidget(m_missed);

    auto *passButtons = new QHBoxLayout;
    m_markPassed = new QPushButton(tr("Mark passed"));
    m_markPassed->setObjectName(QStringLiteral("markGatePassed"));
    m_reopen = new QPushButton(tr("Reopen"));
    m_reopen->setObjectName(QStringLiteral("reopenGate"));
    m_reopen->setToolTip(tr("Clear the passed date"));
    passButtons->addWidget(m_markPassed);
    passButtons->addWidget(m_reopen);
    passButtons->addStretch();
    detailLayout->addLayout(passButtons);

    detailLayout->addWidget(boldLabel(tr("Criteria")));
    m_criteria = new RecordTableModel<GateCriterion>(
        workspace, {CriterionField::Met, CriterionField::Criterion}, this);
    m_criteria->setFilter([this](const GateCriterion &c) { return c.gateId == m_gate; });
    m_criteriaTable = compactTable(m_criteria);
    m_criteriaTable->setObjectName(QStringLiteral("gateCriteria"));
    m_criteriaTable->setAccessibleName(tr("Gate criteria"));
    m_criteriaTable->setItemDelegate(new CheckBoxDelegate(m_criteriaTable));
    m_criteriaTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed);
    m_criteriaTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    detailLayout->addWidget(m_criteriaTable);
    m_criteriaHint = hintLabel(tr("No criteria yet: add what must be true to pass, such as "
                                  "\"SSO verified\" or \"first dataset validated\"."));
    detailLayout->addWidget(m_criteriaHint);

    auto *criterionRow = new QHBoxLayout;
    m_newCriterion = new QLineEdit;
    m_newCriterion->setObjectName(QStringLiteral("newCriterion"));
    m_newCriterion->setPlaceholderText(tr("New criterion, e.g. SSO verified"));
    m_newCriterion->setAccessibleName(tr("New criterion"));
    m_addCriterion = new QPushButton(tr("Add"));
    m_addCriterion->setObjectName(QStringLiteral("addCriterion"));
    m_addCriterion->setToolTip(tr("Add the criterion to this gate"));
    m_addCriterion->setEnabled(false);
    m_removeCriterion = new QPushButton(tr("Remove"));
    m_removeCriterion->setObjectName(QStringLiteral("removeCriterion"));
    m_removeCriterion->setToolTip(tr("Remove the selected criterion"));
    m_removeCriterion->setEnabled(false);
    // The new criterion on a line of its own, so its text has room in a narrow column.
    detailLayout->addWidget(m_newCriterion);
    criterionRow->addStretch();
    criterionRow->addWidget(m_addCriterion);
    criterionRow->addWidget(m_removeCriterion);
    detailLayout->addLayout(criterionRow);
    layout->addWidget(details);

    connect(m_gates, &GateTableModel::gatesChanged, this, &GatesPanel::refresh);
    connect(m_gateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_refreshing || !current.isValid())
                    return;
                m_gate = m_gates->idAt(current.row());
                refreshDetails();
            });
    connect(m_criteria, &RecordTableModelBase::recordsChanged, this, &GatesPanel::refreshDetails);
    connect(m_criteriaTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_removeCriterion->setEnabled(m_criteriaTable->selectionModel()->hasSelection());
            });
    connect(m_due, &OptionalDateEdit::dateEdited, this, [this](const QDate &date) {
        if (m_refreshing || !m_workspace->record<PhaseGate>(m_gate))
            return;
        m_workspace->undoStack()->push(
            new ChangeRecordField<PhaseGate>(m_workspace, m_gate, GateField::DueDate, date));
    });
    connect(m_markPassed, &QPushButton::clicked, this, &GatesPanel::markPassed);
    connect(m_reopen, &QPushButton::clicked, this, &GatesPanel::reopen);
    connect(m_removeGate, &QPushButton::clicked, this, &GatesPanel::removeCurrentGate);
    connect(m_newCriterion, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_addCriterion->setEnabled(!text.trimmed().isEmpty() &&
                                   m_workspace->record<PhaseGate>(m_gate));
    });
    auto add = [this] {
        const QString text = m_newCriterion->text().trimmed();
        if (text.isEmpty())
            return;
        addCriterion(text);
        m_newCriterion->clear();
    };
    connect(m_newCriterion, &QLineEdit::returnPressed, this, add);
    connect(m_addCriterion, &QPushButton::clicked, this, add);
    connect(m_removeCriterion, &QPushButton::clicked, this, &GatesPanel::removeSelectedCriteria);
    connect(workspace, &Workspace::customerChanged, this, [this](const CustomerId &id) {
        if (id == m_customer)
            refreshAddGateMenu(); // the tier decides the default due dates
    });
}

void GatesPanel::setCustomer(const CustomerId &customer)
{
    const bool same = customer == m_customer;
    m_customer = customer;
    if (!same)
        m_gate = {};
    m_gates->setCustomer(customer); // refreshes
}

void GatesPanel::selectGate(const GateId &gate)
{
    m_gate = gate;
    refresh();
}

QString GatesPanel::summary() const
{
    const int missed = m_gates->missedCount();
    if (missed > 0)
        return tr("%n missed", nullptr, missed);
    int passed = 0;
    for (int row = 0; row < m_gates->rowCount(); ++row) {
        const PhaseGate *gate = m_workspace->record<PhaseGate>(m_gates->idAt(row));
        passed += gate && gate->isPassed();
    }
    return m_gates->rowCount() == 0 ? QString()
                                    : tr("%1 of %2 passed").arg(passed).arg(m_gates->rowCount());
}

void GatesPanel::refresh()
{
    m_refreshing = true;
    // Keep the gate shown; when it is gone, show the first that needs attention.
    if (m_gates->rowOf(m_gate) < 0) {
        m_gate = {};
        for (int row = 0; row < m_gates->rowCount() && m_gate.isNull(); ++row) {
            if (m_gates->index(row, 0).data(GateTableModel::MissedRole).toBool())
                m_gate = m_gates->idAt(row);
        }
        for (int row = 0; row < m_gates->rowCount() && m_gate.isNull(); ++row) {
            const PhaseGate *gate = m_workspace->record<PhaseGate>(m_gates->idAt(row));
            if (gate && !gate->isPassed())
                m_gate = gate->id;
        }
        if (m_gate.isNull())
            m_gate = m_gates->idAt(0);
    }
    const int row = m_gates->rowOf(m_gate);
    if (row >= 0)
        m_gateTable->setCurrentIndex(m_gates->index(row, 0));
    else
        m_gateTable->setCurrentIndex({});
    m_refreshing = false;

    const bool any = m_gates->rowCount() > 0;
    m_gateTable->setVisible(any);
    m_noGates->setVisible(!any && m_workspace->customer(m_customer));
    m_gateTable->setFixedHeight(heightForRows(m_gateTable, 1, 6));
    refreshAddGateMenu();
    refreshDetails();
}

void GatesPanel::refreshAddGateMenu()
{
    QMenu *menu = m_addGate->menu();
    menu->clear();
    QList<GateKind> present;
    for (const PhaseGate &gate : m_workspace->records<PhaseGate>(m_customer))
        present.append(gate.kind);
    for (int i = 0; i < enumCount<GateKind>(); ++i) {
        const GateKind kind = GateKind(i);
        if (present.contains(kind))
            continue;
        QAction *action = menu->addAction(tr("%1 gate").arg(enumDisplayName(kind)));
        connect(action, &QAction::triggered, this, [this, kind] { addGate(kind); });
    }
    m_addGate->setEnabled(m_workspace->customer(m_customer) && !menu->isEmpty());
}

bool GatesPanel::allCriteriaMet() const
{
    bool any = false;
    for (const GateCriterion &c : m_workspace->records<GateCriterion>(m_customer)) {
        if (c.gateId != m_gate)
            continue;
        any = true;
        if (!c.met)
            return false;
    }
    return any;
}

void GatesPanel::refreshDetails()
{
    const PhaseGate *gate = m_workspace->record<PhaseGate>(m_gate);
    m_details->setVisible(gate != nullptr);
    m_removeGate->setEnabled(gate != nullptr);
    if (m_criteriaGate != m_gate || m_criteria->customer() != m_customer) {
        // Another gate: the criteria model filters again (its filter reads m_gate) and tells
        // us through recordsChanged. Otherwise it keeps its rows, so an open editor survives.
        m_criteriaGate = m_gate;
        m_criteria->setCustomer(m_customer);
        return;
    }
    if (!gate)
        return;

    const QDate today = m_workspace->today();
    m_refreshing = true;
    m_detailsTitle->setText(tr("%1 gate").arg(enumDisplayName(gate->kind)));
    m_details->setAccessibleName(m_detailsTitle->text());
    if (m_due->date() != gate->dueDate || !m_due->hasAcceptableInput())
        m_due->setDate(gate->dueDate);
    m_refreshing = false;

    m_passed->setText(gate->isPassed()
                          ? tr("Passed on %1").arg(TimelineStyle::longDate(gate->passedDate))
                          : tr("Not passed yet"));
    m_missed->setStyleSheet(TimelineStyle::noticeStyle(palette()));
    m_missed->setVisible(gate->isMissed(today));
    if (gate->isMissed(today))
        m_missed->setText(tr("Missed: it was due on %1 and is not passed. Agree a new date with "
                             "the customer or get the open criteria met.")
                              .arg(TimelineStyle::longDate(gate->dueDate)));

    const bool allMet = allCriteriaMet();
    m_markPassed->setVisible(!gate->isPassed());
    m_markPassed->setEnabled(allMet);
    m_markPassed->setToolTip(allMet ? tr("Record today as the day this gate was passed")
                                    : tr("Every criterion must be met first"));
    m_reopen->setVisible(gate->isPassed());
    m_criteriaTable->setVisible(m_criteria->rowCount() > 0);
    m_criteriaHint->setVisible(m_criteria->rowCount() == 0);
    m_criteriaTable->setFixedHeight(heightForRows(m_criteriaTable, 1, 8));
    m_addCriterion->setEnabled(!m_newCriterion->text().trimmed().isEmpty());
}

void GatesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_missed->setStyleSheet(TimelineStyle::noticeStyle(palette()));
    QWidget::changeEvent(event);
}

void GatesPanel::addGate(GateKind kind)
{
    const Customer *customer = m_workspace->customer(m_customer);
    if (!customer)
        return;
    const BusinessCalendar calendar = workspaceCalendar(*m_workspace);
    // Due when the tier's playbook puts it, counted from signature.
    const QDate dayZero =
        customer->signatureDate.isValid() ? customer->signatureDate : m_workspace->today();
    QDate due;
    for (const PlaybookGate &g : builtInPlaybook(customer->tier).gates) {
        if (g.kind == kind)
            due = calendar.nextBusinessDay(dayZero.addDays(g.dueDay));
    }
    PhaseGate gate;
    gate.id = GateId::create();
    gate.customerId = m_customer;
    gate.kind = kind;
    gate.dueDate = due;
    gate.meta = m_workspace->newMeta();
    m_workspace->undoStack()->push(new AddRecord<PhaseGate>(m_workspace, gate));
    selectGate(gate.id);
}

void GatesPanel::removeCurrentGate()
{
    if (!m_workspace->record<PhaseGate>(m_gate))
        return;
    commitPendingEdits();
    m_workspace->undoStack()->push(makeRemoveGate(m_workspace, m_gate));
}

void GatesPanel::addCriterion(const QString &text)
{
    if (!m_workspace->record<PhaseGate>(m_gate) || text.trimmed().isEmpty())
        return;
    GateCriterion criterion;
    criterion.gateId = m_gate;
    criterion.criterion = text.trimmed();
    m_criteria->addRecord(criterion);
}

void GatesPanel::removeSelectedCriteria()
{
    QList<CriterionId> ids;
    for (const QModelIndex &index : m_criteriaTable->selectionModel()->selectedRows())
        ids.append(m_criteria->idAt(index.row()));
    if (ids.isEmpty())
        return;
    if (ids.size() == 1) {
        m_workspace->undoStack()->push(new RemoveRecord<GateCriterion>(m_workspace, ids.first()));
        return;
    }
    auto *macro = new QUndoCommand(tr("Remove criteria"));
    for (const CriterionId &id : ids)
        new RemoveRecord<GateCriterion>(m_workspace, id, macro);
    m_workspace->undoStack()->push(macro);
}

void GatesPanel::setCriterionMet(const CriterionId &criterion, bool met)
{
    const GateCriterion *c = m_workspace->record<GateCriterion>(criterion);
    if (!c || c->met == met)
        return;
    m_workspace->undoStack()->push(
        new ChangeRecordField<GateCriterion>(m_workspace, criterion, CriterionField::Met, met));
}

void GatesPanel::markPassed()
{
    const PhaseGate *gate = m_workspace->record<PhaseGate>(m_gate);
    if (!gate || gate->isPassed() || !allCriteriaMet())
        return;
    auto *command = new ChangeRecordField<PhaseGate>(m_workspace, m_gate, GateField::PassedDate,
                                                     m_workspace->today());
    command->setText(tr("Mark the %1 gate passed").arg(enumDisplayName(gate->kind)));
    m_workspace->undoStack()->push(command);
}

void GatesPanel::reopen()
{
    const PhaseGate *gate = m_workspace->record<PhaseGate>(m_gate);
    if (!gate || !gate->isPassed())
        return;
    auto *command =
        new ChangeRecordField<PhaseGate>(m_workspace, m_gate, GateField::PassedDate, QDate());
    command->setText(tr("Reopen the %1 gate").arg(enumDisplayName(gate->kind)));
    m_workspace->undoStack()->push(command);
}

void GatesPanel::commitPendingEdits()
{
    commitOpenEditors(m_criteriaTable);
}

} // namespace Csm
