#include "outcomedetailpanel.h"

#include "commands/changerecordfield.h"
#include "successplan/objectiveprogress.h"
#include "workspace/workspace.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Csm {

OutcomeDetailPanel::OutcomeDetailPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLineEdit)
    , m_description(new QPlainTextEdit)
    , m_summary(new QLabel)
{
    auto *group = new QGroupBox(tr("Outcome"));
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("The business value, e.g. reduce reporting time by 50 %"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5 + 14);
    m_description->setPlaceholderText(
        tr("Why it matters to the customer, in their words, and how they will tell it is done."));
    m_summary->setWordWrap(true);
    m_summary->setEnabled(false);
    form->addRow(recordFieldLabel<Outcome>(OutcomeField::Title), m_title);
    form->addRow(recordFieldLabel<Outcome>(OutcomeField::Description), m_description);
    form->addRow(QString(), m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    layout->addStretch();

    connect(m_title, &QLineEdit::textEdited, this,
            [this](const QString &text) { edit(OutcomeField::Title, text); });
    connect(m_description, &QPlainTextEdit::textChanged, this,
            [this] { edit(OutcomeField::Description, m_description->toPlainText()); });

    auto follow = [this](RecordKind kind, const CustomerId &customer, const QUuid &) {
        if (customer == m_customer &&
            (kind == RecordKind::Outcome || kind == RecordKind::Objective ||
             kind == RecordKind::Measurement))
            refresh();
    };
    connect(workspace, &Workspace::recordAdded, this, follow);
    connect(workspace, &Workspace::recordRemoved, this, follow);
    connect(workspace, &Workspace::recordChanged, this, follow);
}

void OutcomeDetailPanel::setOutcome(const OutcomeId &outcome)
{
    m_outcome = outcome;
    const Outcome *record = m_workspace->record<Outcome>(outcome);
    m_customer = record ? record->customerId : CustomerId();
    refresh();
}

void OutcomeDetailPanel::edit(OutcomeField field, const QVariant &value)
{
    if (m_refreshing || !m_workspace->record<Outcome>(m_outcome))
        return;
    auto *command = new ChangeRecordField<Outcome>(m_workspace, m_outcome, field, value);
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_workspace->undoStack()->push(command);
}

void OutcomeDetailPanel::refresh()
{
    const Outcome *outcome = m_workspace->record<Outcome>(m_outcome);
    setEnabled(outcome != nullptr);
    if (!outcome)
        return;
    const Outcome current = *outcome;
    m_refreshing = true;
    if (m_title->text() != current.title) {
        m_title->setText(current.title);
        if (!m_title->hasFocus())
            m_title->setCursorPosition(0);
    }
    if (m_description->toPlainText() != current.description) {
        const int position = m_description->textCursor().position();
        m_description->setPlainText(current.description);
        QTextCursor cursor = m_description->textCursor();
        cursor.setPosition(qMin(position, int(current.description.size())));
        m_description->setTextCursor(cursor);
    }
    m_refreshing = false;

    // How its objectives stand, summed up here and never stored.
    const QList<Measurement> measurements = m_workspace->records<Measurement>(m_customer);
    int counts[enumCount<ObjectiveStatus>()] = {};
    int total = 0;
    for (const Objective &objective : m_workspace->records<Objective>(m_customer)) {
        if (objective.outcomeId != m_outcome)
            continue;
        ++total;
        ++counts[int(objectiveProgress(objective, measurements, m_workspace->today()).status)];
    }
    if (total == 0) {
        m_summary->setText(tr("No objectives yet: add one that shows, in numbers, that this "
                              "outcome is being reached."));
        return;
    }
    QStringList parts;
    for (int status = 0; status < enumCount<ObjectiveStatus>(); ++status) {
        if (counts[status] > 0)
            parts.append(tr("%1 %2", "count and status")
                             .arg(counts[status])
                             .arg(enumDisplayName(ObjectiveStatus(status)).toLower()));
    }
    m_summary->setText(tr("Objectives: %1").arg(parts.join(tr(", "))));
}

} // namespace Csm
