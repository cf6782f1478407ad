#include "taskdetailspanel.h"

#include "commands/changerecordfield.h"
#include "commands/removerecord.h"
#include "commands/timelinecommands.h"
#include "dependencytablemodel.h"
#include "panelwidgets.h"
#include "timeline/schedule.h"
#include "timelinestyle.h"
#include "widgets/optionaldateedit.h"
#include "widgets/recorddelegate.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Csm {

using namespace TimelineWidgets;

namespace {

template<typename E> QComboBox *enumCombo()
{
    auto *combo = new QComboBox;
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    for (int i = 0; i < enumCount<E>(); ++i)
        combo->addItem(enumDisplayName(E(i)), i);
    return combo;
}

void setLineText(QLineEdit *line, const QString &text)
{
    if (line->text() == text)
        return;
    line->setText(text);
    if (!line->hasFocus())
        line->setCursorPosition(0);
}

} // namespace

TaskDetailsPanel::TaskDetailsPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->setSpacing(6);

    m_hint = hintLabel(tr("Select a task or milestone in the chart to see and edit it here."));
    m_hint->setObjectName(QStringLiteral("taskDetailsHint"));
    layout->addWidget(m_hint);

    m_form = new QWidget;
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(6);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // In a narrow column a field goes under its caption rather than past the right edge.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    formLayout->addLayout(form);
    layout->addWidget(m_form);

    auto add = [&](TaskField field, QWidget *editor, const QString &caption = {}) {
        const QString text = caption.isEmpty() ? recordFieldLabel<PlanTask>(field) : caption;
        editor->setObjectName(QLatin1String(recordFieldSpec<PlanTask>(field).key));
        editor->setAccessibleName(recordFieldLabel<PlanTask>(field));
        m_editors.insert(int(field), editor);
        auto *label = new QLabel(text);
        label->setBuddy(editor);
        form->addRow(label, editor);
        return label;
    };
    auto lineEdit = [this](TaskField field) {
        auto *line = new QLineEdit;
        connect(line, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { edit(field, text); });
        return line;
    };
    auto combo = [this](TaskField field, QComboBox *box) {
        connect(box, &QComboBox::activated, this,
                [this, field, box](int) { edit(field, box->currentData()); });
        return box;
    };

    auto *name = lineEdit(TaskField::Name);
    name->setPlaceholderText(tr("What is done, e.g. Configure SSO"));
    add(TaskField::Name, name, tr("&Task"));
    auto *workstream = new QComboBox;
    workstream->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    workstream->setMinimumContentsLength(8);
    add(TaskField::Workstream, combo(TaskField::Workstream, workstream), tr("&Workstream"));
    add(TaskField::Type, combo(TaskField::Type, enumCombo<TaskType>()), tr("T&ype"));

    auto *start = compactDateEdit(new OptionalDateEdit);
    connect(start, &OptionalDateEdit::dateEdited, this, [this](const QDate &date) {
        const PlanTask *task = m_workspace->record<PlanTask>(m_task);
        if (m_refreshing || !task || !date.isValid())
            return;
        // Moving the start keeps the task's length in working days.
        const BusinessCalendar calendar = workspaceCalendar(*m_workspace);
        const int days = task->start.isValid() && task->finish.isValid()
                             ? std::max(1, calendar.workingDays(task->start, task->finish))
                             : 1;
        moveTo(date, task->isMilestone() ? date : calendar.finishAfter(date, days));
    });
    add(TaskField::Start, start, tr("&Start"));
    auto *finish = compactDateEdit(new OptionalDateEdit);
    connect(finish, &OptionalDateEdit::dateEdited, this, [this](const QDate &date) {
        const PlanTask *task = m_workspace->record<PlanTask>(m_task);
        if (m_refreshing || !task || !date.isValid())
            return;
        moveTo(task->start.isValid() ? task->start : date, date);
    });
    m_finishCaption = add(TaskField::Finish, finish, tr("&Finish"));

    auto *progress = new QSpinBox;
    progress->setRange(0, 100);
    progress->setSuffix(tr(" %"));
    progress->setSingleStep(10);
    connect(progress, &QSpinBox::valueChanged, this,
            [this](int value) { edit(TaskField::Progress, qint64(value)); });
    add(TaskField::Progress, progress, tr("&Progress"));
    add(TaskField::Status, combo(TaskField::Status, enumCombo<TaskStatus>()), tr("St&atus"));

    add(TaskField::VendorOwner, lineEdit(TaskField::VendorOwner), tr("Our o&wner"));
    add(TaskField::CustomerOwner, lineEdit(TaskField::CustomerOwner), tr("&Customer owner"));
    auto *waiting = combo(TaskField::WaitingOn, enumCombo<WaitingOn>());
    waiting->setToolTip(tr("What the task waits for on the customer's side; it counts towards "
                           "the friction score"));
    add(TaskField::WaitingOn, waiting, tr("Waiting &on"));

    auto *firstValue = new QCheckBox(tr("First-value milestone"));
    firstValue->setToolTip(tr("The activation event: where the customer first gets real value. "
                              "One per plan."));
    connect(firstValue, &QCheckBox::clicked, this, [this](bool on) {
        if (m_refreshing)
            return;
        if (on) {
            if (QUndoCommand *command = makeSetFirstValueMilestone(m_workspace, m_task))
                m_workspace->undoStack()->push(command);
        } else {
            edit(TaskField::FirstValue, false);
        }
    });
    firstValue->setObjectName(QLatin1String(recordFieldSpec<PlanTask>(TaskField::FirstValue).key));
    firstValue->setAccessibleName(recordFieldLabel<PlanTask>(TaskField::FirstValue));
    m_editors.insert(int(TaskField::FirstValue), firstValue);
    form->addRow(QString(), firstValue);

    m_baseline = valueLabel();
    m_baseline->setObjectName(QStringLiteral("baseline"));
    form->addRow(tr("Baseline"), m_baseline);
    m_slip = valueLabel();
    m_slip->setObjectName(QStringLiteral("slip"));
    form->addRow(tr("Slip"), m_slip);

    auto *notes = new QPlainTextEdit;
    notes->setTabChangesFocus(true);
    notes->setPlaceholderText(tr("Anything the team should know"));
    notes->setFixedHeight(notes->fontMetrics().height() * 4 + 12);
    connect(notes, &QPlainTextEdit::textChanged, this,
            [this, notes] { edit(TaskField::Notes, notes->toPlainText()); });
    add(TaskField::Notes, notes, tr("&Notes"));

    // Its links.
    formLayout->addWidget(boldLabel(tr("Links")));
    m_dependencies = new DependencyTableModel(workspace, this);
    m_dependencyTable = compactTable(m_dependencies);
    m_dependencyTable->setObjectName(QStringLiteral("taskDependencies"));
    m_dependencyTable->setAccessibleName(tr("Links of the task"));
    m_dependencyTable->setItemDelegate(new RecordDelegate(m_dependencyTable));
    m_dependencyTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                       QAbstractItemView::EditKeyPressed);
    m_dependencyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dependencyTable->horizontalHeader()->setSectionResizeMode(DependencyTableModel::TaskColumn,
                                                                QHeaderView::Stretch);
    m_dependencyTable->horizontalHeader()->setStretchLastSection(false);
    formLayout->addWidget(m_dependencyTable);
    m_noDependencies = hintLabel(tr("Not linked to other tasks."));
    formLayout->addWidget(m_noDependencies);

    auto *buttons = new QHBoxLayout;
    m_link = new QPushButton(tr("Link to a task…"));
    m_link->setObjectName(QStringLiteral("linkTask"));
    m_link->setToolTip(tr("Make this task wait for another one, or another one wait for it"));
    m_removeDependency = new QPushButton(tr("Remove link"));
    m_removeDependency->setObjectName(QStringLiteral("removeDependency"));
    m_removeDependency->setEnabled(false);
    buttons->addWidget(m_link);
    buttons->addWidget(m_removeDependency);
    buttons->addStretch();
    formLayout->addLayout(buttons);

    connect(m_link, &QPushButton::clicked, this, &TaskDetailsPanel::linkRequested);
    connect(m_removeDependency, &QPushButton::clicked, this,
            &TaskDetailsPanel::removeSelectedDependencies);
    connect(m_dependencyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_removeDependency->setEnabled(m_dependencyTable->selectionModel()->hasSelection());
            });
    auto relayout = [this] {
        m_dependencyTable->setVisible(m_dependencies->rowCount() > 0);
        m_noDependencies->setVisible(m_dependencies->rowCount() == 0);
        m_dependencyTable->setFixedHeight(heightForRows(m_dependencyTable, 1, 6));
        m_removeDependency->setEnabled(m_dependencyTable->selectionModel()->hasSelection());
    };
    connect(m_dependencies, &QAbstractItemModel::modelReset, this, relayout);
    connect(m_dependencies, &QAbstractItemModel::rowsInserted, this, relayout);
    connect(m_dependencies, &QAbstractItemModel::rowsRemoved, this, relayout);

    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &id) {
        if (customer != m_customer)
            return;
        if ((kind == RecordKind::Task && id == m_task.uuid()) || kind == RecordKind::Workstream)
            refresh();
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
    connect(workspace, &Workspace::customerRemoved, this, [this](const CustomerId &id) {
        if (id == m_customer)
            refresh();
    });
    relayout();
    refresh();
}

QSize TaskDetailsPanel::minimumSizeHint() const
{
    const QMargins margins = layout()->contentsMargins();
    return QWidget::minimumSizeHint().expandedTo(
        QSize(m_form->minimumSizeHint().width() + margins.left() + margins.right(), 0));
}

void TaskDetailsPanel::setTask(const TaskId &task)
{
    if (task != m_task)
        commitPendingEdits();
    m_task = task;
    const PlanTask *record = m_workspace->record<PlanTask>(task);
    m_customer = record ? record->customerId : CustomerId();
    m_dependencies->setTask(record ? task : TaskId());
    refresh();
}

void TaskDetailsPanel::edit(TaskField field, const QVariant &value)
{
    const PlanTask *task = m_workspace->record<PlanTask>(m_task);
    if (m_refreshing || !task)
        return;
    QUndoStack *stack = m_workspace->undoStack();
    if (field == TaskField::Type && TaskType(value.toInt()) == TaskType::Milestone &&
        !task->isMilestone() && task->start.isValid() && task->finish != task->start) {
        // A milestone is a single day: it keeps its start.
        const QDate start = task->start;
        stack->beginMacro(tr("Make %1 a milestone").arg(task->name.simplified()));
        stack->push(new ChangeRecordField<PlanTask>(m_workspace, m_task, field, value));
        if (QUndoCommand *move = makeMoveTask(m_workspace, m_task, start, start))
            stack->push(move);
        stack->endMacro();
        return;
    }
    auto *command = new ChangeRecordField<PlanTask>(m_workspace, m_task, field, value);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    stack->push(command);
}

void TaskDetailsPanel::moveTo(const QDate &start, const QDate &finish)
{
    if (QUndoCommand *command = makeMoveTask(m_workspace, m_task, start, finish))
        m_workspace->undoStack()->push(command);
    else
        refresh(); // nothing moved: show the stored dates again
}

void TaskDetailsPanel::refresh()
{
    const PlanTask *record = m_workspace->record<PlanTask>(m_task);
    m_form->setVisible(record != nullptr);
    m_hint->setVisible(record == nullptr);
    if (!record)
        return;
    const PlanTask task = *record;
    m_refreshing = true;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const TaskField field = TaskField(it.key());
        const QVariant value = recordValue(task, field);
        QWidget *editor = it.value();
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            setLineText(line, value.toString());
        } else if (auto *date = qobject_cast<OptionalDateEdit *>(editor)) {
            if (date->date() != value.toDate() || !date->hasAcceptableInput())
                date->setDate(value.toDate());
        } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
            if (spin->value() != value.toInt())
                spin->setValue(value.toInt());
        } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
            check->setChecked(value.toBool());
        } else if (auto *notes = qobject_cast<QPlainTextEdit *>(editor)) {
            if (notes->toPlainText() != value.toString())
                notes->setPlainText(value.toString());
        } else if (auto *box = qobject_cast<QComboBox *>(editor)) {
            if (field != TaskField::Workstream)
                box->setCurrentIndex(box->findData(value.toInt()));
        }
    }
    refreshWorkstreams(task);
    const bool milestone = task.isMilestone();
    m_editors.value(int(TaskField::Finish))->setVisible(!milestone);
    m_finishCaption->setVisible(!milestone);
    m_refreshing = false;

    const BusinessCalendar calendar = workspaceCalendar(*m_workspace);
    if (!task.baselineFinish.isValid()) {
        m_baseline->setText(tr("None saved yet"));
    } else if (milestone || task.baselineStart == task.baselineFinish) {
        m_baseline->setText(TimelineStyle::shortDate(task.baselineFinish));
    } else {
        m_baseline->setText(tr("%1 to %2")
                                .arg(TimelineStyle::shortDate(task.baselineStart),
                                     TimelineStyle::shortDate(task.baselineFinish)));
    }
    const int slip = slipDays(task, calendar);
    QString slipText;
    if (!task.baselineFinish.isValid())
        slipText = tr("Measured once a baseline is saved");
    else if (slip > 0)
        slipText = tr("%n business day(s) late", nullptr, slip);
    else if (slip < 0)
        slipText = tr("%n business day(s) early", nullptr, -slip);
    else
        slipText = tr("On its baseline");
    if (isOverdue(task, m_workspace->today()))
        slipText = tr("%1; overdue").arg(slipText);
    m_slip->setText(slipText);
}

void TaskDetailsPanel::refreshWorkstreams(const PlanTask &task)
{
    auto *combo = qobject_cast<QComboBox *>(m_editors.value(int(TaskField::Workstream)));
    combo->clear();
    for (const Workstream &w : m_workspace->records<Workstream>(m_customer))
        combo->addItem(w.name.trimmed().isEmpty() ? tr("(unnamed workstream)") : w.name,
                       w.id.toString());
    int index = combo->findData(task.workstreamId.toString());
    if (index < 0) {
        combo->addItem(tr("(none)"), QString());
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void TaskDetailsPanel::removeSelectedDependencies()
{
    QList<DependencyId> ids;
    for (const QModelIndex &index : m_dependencyTable->selectionModel()->selectedRows())
        ids.append(m_dependencies->idAt(index.row()));
    if (ids.isEmpty())
        return;
    commitPendingEdits();
    if (ids.size() == 1) {
        m_workspace->undoStack()->push(new RemoveRecord<TaskDependency>(m_workspace, ids.first()));
        return;
    }
    auto *macro = new QUndoCommand(tr("Remove links"));
    for (const DependencyId &id : ids)
        new RemoveRecord<TaskDependency>(m_workspace, id, macro);
    m_workspace->undoStack()->push(macro);
}

void TaskDetailsPanel::commitPendingEdits()
{
    commitOpenEditors(m_dependencyTable);
}

} // namespace Csm
