#include "linktasksdialog.h"

#include "commands/timelinecommands.h"
#include "timelinestyle.h"
#include "widgets/countspinbox.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoCommand>
#include <QVBoxLayout>

namespace Csm {

LinkTasksDialog::LinkTasksDialog(Workspace *workspace, const CustomerId &customer,
                                 const TaskId &task, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customer(customer)
    , m_predecessor(new QComboBox)
    , m_successor(new QComboBox)
    , m_type(new QComboBox)
    , m_lag(new CountSpinBox(CountSpinBox::Unit::BusinessDays))
    , m_error(new QLabel)
{
    setWindowTitle(tr("Link tasks"));

    // Tasks named with their workstream, in the plan's order.
    QHash<WorkstreamId, QString> workstreams;
    for (const Workstream &w : workspace->records<Workstream>(customer))
        workstreams.insert(w.id, w.name.simplified());
    for (const PlanTask &t : workspace->records<PlanTask>(customer)) {
        const QString stream = workstreams.value(t.workstreamId);
        const QString text =
            stream.isEmpty() ? t.name.simplified() : tr("%1 › %2").arg(stream, t.name.simplified());
        m_predecessor->addItem(text, t.id.toString());
        m_successor->addItem(text, t.id.toString());
    }
    for (int i = 0; i < enumCount<DependencyType>(); ++i)
        m_type->addItem(enumDisplayName(DependencyType(i)), i);
    m_type->setToolTip(tr("Finish to start: the second task starts after the first one "
                          "finishes. Start to start: it starts once the first one starts. Finish "
                          "to finish: it finishes once the first one finishes."));
    m_lag->setRange(-60, 120);
    m_lag->setToolTip(tr("Days to wait after the first task, in business days"));

    m_predecessor->setAccessibleName(tr("First task"));
    m_successor->setAccessibleName(tr("Task that waits"));
    m_type->setAccessibleName(tr("Type of link"));
    m_lag->setAccessibleName(tr("Lag in business days"));
    m_predecessor->setObjectName(QStringLiteral("predecessor"));
    m_successor->setObjectName(QStringLiteral("successor"));

    m_error->setObjectName(QStringLiteral("linkError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(TimelineStyle::noticeStyle(palette()));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto row = [form](const QString &text, QWidget *editor) {
        auto *label = new QLabel(text);
        label->setBuddy(editor);
        form->addRow(label, editor);
    };
    row(tr("&First task"), m_predecessor);
    row(tr("&Waits for it"), m_successor);
    row(tr("T&ype"), m_type);
    row(tr("&Lag"), m_lag);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LinkTasksDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The second task waits for the first one:")));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    // Any change of choice clears the last refusal.
    auto clearError = [this] { m_error->hide(); };
    connect(m_predecessor, &QComboBox::currentIndexChanged, this, clearError);
    connect(m_successor, &QComboBox::currentIndexChanged, this, clearError);
    connect(m_type, &QComboBox::currentIndexChanged, this, clearError);

    // The current task waits for the task before it in the plan, as a start.
    const int at = m_successor->findData(task.toString());
    if (at >= 0) {
        m_successor->setCurrentIndex(at);
        m_predecessor->setCurrentIndex(at > 0 ? at - 1 : qMin(1, m_predecessor->count() - 1));
    }
}

void LinkTasksDialog::setPredecessor(const TaskId &task)
{
    m_predecessor->setCurrentIndex(m_predecessor->findData(task.toString()));
}

void LinkTasksDialog::setSuccessor(const TaskId &task)
{
    m_successor->setCurrentIndex(m_successor->findData(task.toString()));
}

void LinkTasksDialog::setType(DependencyType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void LinkTasksDialog::setLag(int businessDays)
{
    m_lag->setValue(businessDays);
}

TaskId LinkTasksDialog::predecessor() const
{
    return TaskId::fromString(m_predecessor->currentData().toString());
}

TaskId LinkTasksDialog::successor() const
{
    return TaskId::fromString(m_successor->currentData().toString());
}

void LinkTasksDialog::accept()
{
    QString error;
    QUndoCommand *command =
        makeAddDependency(m_workspace, predecessor(), successor(),
                          DependencyType(m_type->currentData().toInt()), m_lag->value(), &error);
    if (!command) {
        m_error->setText(error.isEmpty() ? tr("These tasks cannot be linked.") : error);
        m_error->show();
        return;
    }
    m_workspace->undoStack()->push(command);
    QDialog::accept();
}

} // namespace Csm
